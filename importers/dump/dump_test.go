package dump_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/vita-project/vita/importers/dump"
)

// page is what a test checks of a Page: everything but its offset, which is checked apart.
type page struct {
	Title    string
	NS       int
	ID       int64
	Redirect bool
	Text     string
}

func collect(t *testing.T, src []byte) ([]page, error) {
	t.Helper()
	var out []page
	var last int64 = -1
	for p, err := range dump.Pages(bytes.NewReader(src)) {
		if err != nil {
			return out, err
		}
		if p.Offset <= last {
			t.Errorf("page %q at offset %d, after one at %d", p.Title, p.Offset, last)
		}
		last = p.Offset
		out = append(out, page{p.Title, p.Namespace, p.ID, p.Redirect, string(p.Text)})
	}
	return out, nil
}

func TestPages(t *testing.T) {
	const head = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">`
	tests := []struct {
		name    string
		src     string
		want    []page
		wantErr string // a part of the error's text; "" for none
	}{
		{"namespaces, ids, a redirect",
			head + `<page><title>A</title><ns>0</ns><id>1</id><revision><id>77</id><text>a</text></revision></page>
			<page><title>Talk:A</title><ns>1</ns><id>2</id><revision><text>t</text></revision></page>
			<page><title>B</title><ns>0</ns><id>3</id><redirect title="A"/><revision><text>#REDIRECT [[A]]</text></revision></page></mediawiki>`,
			[]page{{"A", 0, 1, false, "a"}, {"Talk:A", 1, 2, false, "t"}, {"B", 0, 3, true, "#REDIRECT [[A]]"}}, ""},
		{"unicode titles and entities",
			`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + head + `<page><title>Юлия Кръстева &amp; 王小明</title><ns>0</ns><id>9</id>` +
				`<revision><text xml:space="preserve">&lt;ref&gt;A &amp; B&lt;/ref&gt; &quot;q&quot; &#1070; &#x4E2D; é</text></revision></page></mediawiki>`,
			[]page{{"Юлия Кръстева & 王小明", 0, 9, false, `<ref>A & B</ref> "q" Ю 中 é`}}, ""},
		{"a history: the last revision's text",
			head + `<page><title>A</title><ns>0</ns><id>1</id><revision><text>old</text></revision><revision><text>new</text></revision></page></mediawiki>`,
			[]page{{"A", 0, 1, false, "new"}}, ""},
		{"a revision without text, a deleted text",
			head + `<page><title>A</title><ns>0</ns><id>1</id><revision><id>5</id></revision></page>` +
				`<page><title>B</title><ns>0</ns><id>2</id><revision><text deleted="deleted"/></revision></page></mediawiki>`,
			[]page{{"A", 0, 1, false, ""}, {"B", 0, 2, false, ""}}, ""},
		{"an old export without <ns>: the namespace from the title",
			head + `<siteinfo><namespaces><namespace key="0"/><namespace key="1">Talk</namespace></namespaces></siteinfo>` +
				`<page><title>Talk:A</title><id>1</id><revision><text>t</text></revision></page>` +
				`<page><title>Odd: a title</title><id>2</id><revision><text>o</text></revision></page></mediawiki>`,
			[]page{{"Talk:A", 1, 1, false, "t"}, {"Odd: a title", 0, 2, false, "o"}}, ""},
		{"a lone page as the root",
			`<page><title>A</title><ns>0</ns><id>1</id><revision><text>a</text></revision></page>`,
			[]page{{"A", 0, 1, false, "a"}}, ""},
		{"CDATA and text in pieces",
			head + `<page><title>A</title><ns>0</ns><id>1</id><revision><text>x<![CDATA[<b>]]>y</text></revision></page></mediawiki>`,
			[]page{{"A", 0, 1, false, "x<b>y"}}, ""},
		{"malformed XML: the pages before it, then an error with the title and offset",
			head + `<page><title>A</title><ns>0</ns><id>1</id><revision><text>a</text></revision></page>` +
				`<page><title>B</title><ns>0</ns><id>2</id><revision><text>b</revision></page></mediawiki>`,
			[]page{{"A", 0, 1, false, "a"}}, `page "B" (byte 215): XML syntax error on line 1: element <text> closed by </revision>`},
		{"cut short",
			head + `<page><title>A</title><ns>0</ns><id>1</id><revision><text>a</text></revision></page><page><title>B</title><ns>0</ns><id>2</id><revision><text>b`,
			[]page{{"A", 0, 1, false, "a"}}, `page "B" (byte 204): XML syntax error on line 1: unexpected EOF`},
		{"an undefined entity",
			head + `<page><title>A</title><ns>0</ns><id>1</id><revision><text>&nbsp;</text></revision></page></mediawiki>`,
			nil, `page "A" (byte 125): XML syntax error on line 1: invalid character entity &nbsp;`},
		{"a namespace that is not a number",
			head + `<page><title>A</title><ns>zero</ns><id>1</id></page></mediawiki>`,
			nil, `page "A" (byte 96): namespace "zero" is not a number`},
		{"no pages", head + `<siteinfo><sitename>W</sitename></siteinfo></mediawiki>`, nil, "byte 116: a MediaWiki XML export without pages"},
		{"another root", `<?xml version="1.0"?><rss><page/></rss>`, nil, "byte 21: not a MediaWiki XML export: the root element is <rss>"},
		{"not XML", "'''Ann Lee''' is a poet.", nil, "byte 24: not a MediaWiki XML export: no <mediawiki> element"},
		{"empty", "", nil, "byte 0: not a MediaWiki XML export: no <mediawiki> element"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := collect(t, []byte(tt.src))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("pages:\n got %+v\nwant %+v", got, tt.want)
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
				t.Errorf("error %v, want %q", err, tt.wantErr)
			}
			var de *dump.Error
			if err != nil && !errors.As(err, &de) {
				t.Errorf("error %T, want a *dump.Error", err)
			}
		})
	}
}

// TestFixture reads the export in testdata, plain and bzip2-compressed: the same pages at the
// same offsets (of the decompressed stream), each offset at its <page>.
func TestFixture(t *testing.T) {
	plain, err := os.ReadFile("testdata/export.xml")
	if err != nil {
		t.Fatal(err)
	}
	compressed, err := os.ReadFile("testdata/export.xml.bz2")
	if err != nil {
		t.Fatal(err)
	}
	read := func(src []byte) (titles []string, offsets []int64) {
		for p, err := range dump.Pages(bytes.NewReader(src)) {
			if err != nil {
				t.Fatal(err)
			}
			titles = append(titles, p.Title)
			offsets = append(offsets, p.Offset)
			if !bytes.HasPrefix(plain[p.Offset:], []byte("<page>")) {
				t.Errorf("page %q: offset %d is not at its <page>", p.Title, p.Offset)
			}
		}
		return titles, offsets
	}
	titles, offsets := read(plain)
	want := []string{"Ann Lee (poet)", "Talk:Ann Lee (poet)", "Ann Leigh", "Юлия Кръстева", "Andover"}
	if !reflect.DeepEqual(titles, want) {
		t.Errorf("titles %q, want %q", titles, want)
	}
	titles2, offsets2 := read(compressed)
	if !reflect.DeepEqual(titles2, titles) || !reflect.DeepEqual(offsets2, offsets) {
		t.Errorf("compressed: %q at %v, want %q at %v", titles2, offsets2, titles, offsets)
	}

	r := dump.NewReader(bytes.NewReader(compressed))
	p, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if site := r.Site(); site != (dump.Site{Name: "Wikipedia", Base: "https://test.wikipedia.org/wiki/Main_Page"}) {
		t.Errorf("site %+v", site)
	}
	if !strings.Contains(string(p.Text), "'''Ann Lee''' (born 4 March 1950) is a Welsh poet.<ref>{{cite web|url=https://example.org/a|title=A & B}}</ref>") {
		t.Errorf("text %q", p.Text)
	}

	// Cut short, the compressed stream is an error that says so; the reader stays failed.
	r = dump.NewReader(bytes.NewReader(compressed[:len(compressed)/2]))
	_, err = r.Next()
	if !errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), "bzip2 stream: unexpected EOF") {
		t.Errorf("truncated bzip2: %v", err)
	}
	if _, again := r.Next(); again != err {
		t.Errorf("after an error, Next returned %v", again)
	}
	// Damaged in the middle, it is an error too.
	damaged := bytes.Clone(compressed)
	for i := 40; i < 60; i++ {
		damaged[i] ^= 0x55
	}
	if _, err := collect(t, damaged); err == nil || !strings.Contains(err.Error(), "bzip2 stream:") {
		t.Errorf("damaged bzip2: %v", err)
	}
}

func TestSiteURL(t *testing.T) {
	tests := []struct{ base, title, want string }{
		{"https://en.wikipedia.org/wiki/Main_Page", "Ann Lee (poet)", "https://en.wikipedia.org/wiki/Ann_Lee_(poet)"},
		{"https://bg.wikipedia.org/wiki/Начална_страница", "Юлия Кръстева", "https://bg.wikipedia.org/wiki/%D0%AE%D0%BB%D0%B8%D1%8F_%D0%9A%D1%80%D1%8A%D1%81%D1%82%D0%B5%D0%B2%D0%B0"},
		{"https://wiki.example.org/w/index.php?title=Main_Page", "A&B", "https://wiki.example.org/w/index.php?title=A%26B"},
		{"", "A", ""},
		{"Main_Page", "A", ""},
	}
	for _, tt := range tests {
		if got := (dump.Site{Base: tt.base}).URL(tt.title); got != tt.want {
			t.Errorf("Site{Base: %q}.URL(%q) = %q, want %q", tt.base, tt.title, got, tt.want)
		}
	}
}

func TestIsDump(t *testing.T) {
	compressed, err := os.ReadFile("testdata/export.xml.bz2")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		file string
		head string
		want bool
	}{
		{"an export", "pages.xml", `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">`, true},
		{"an export after a declaration, comment and BOM, any name", "pages.txt", "\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- x -->\n<mediawiki>", true},
		{"other XML", "feed.xml", `<?xml version="1.0"?><rss>`, false},
		{"a wikitext article named .xml", "a.xml", "'''Ann''' is.", false},
		{"a model file", "a.yaml", "name: Ann\n", false},
		{"a head cut inside the declaration: the name", "a.xml", `<?xml version="1.0" enc`, true},
		{"a head cut inside the root's name: the name", "a.txt", `<mediaw`, false},
		{"nothing to see: the name", "enwiki-20260101-pages-articles1.xml-p1p41242.bz2", "", true},
		{"nothing to see, another name", "a.wiki", "", false},
		{"a small bzip2 file: its content", "export", string(compressed), true},
		{"the start of a large bzip2 file: the name", "enwiki.xml.bz2", string(compressed[:100]), true},
		{"the start of a large bzip2 file named otherwise", "-", string(compressed[:100]), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dump.IsDump(tt.file, []byte(tt.head)); got != tt.want {
				t.Errorf("IsDump(%q, %q) = %v, want %v", tt.file, tt.head, got, tt.want)
			}
		})
	}
}

func TestIsBiography(t *testing.T) {
	tests := []struct {
		name string
		page dump.Page
		want bool
	}{
		{"an infobox birth_date", dump.Page{Text: []byte("{{Infobox person\n| name = A\n| birth_date = 1950\n}}\n'''A''' is.")}, true},
		{"an infobox death place, spaced and capitalised", dump.Page{Text: []byte("{{Infobox officeholder|Death Place=[[X]]}}")}, true},
		{"a birth date template", dump.Page{Text: []byte("'''A''' ({{Birth date and age|1950|3|4}}) is a poet.")}, true},
		{"a death-year template", dump.Page{Text: []byte("'''A''' (1801 – {{death_year|1870}}) was.")}, true},
		{"a births category", dump.Page{Text: []byte("'''A''' was.\n[[Category:1944 births]]")}, true},
		{"a century of deaths BC, sort key", dump.Page{Text: []byte("[[category:5th-century BC deaths|Aristides]]")}, true},
		{"living people", dump.Page{Text: []byte("[[Category:Living people]]")}, true},
		{"year of birth missing", dump.Page{Text: []byte("[[Category:Year of birth missing (living people)]]")}, true},
		{"not an article", dump.Page{Namespace: 1, Text: []byte("[[Category:1944 births]]")}, false},
		{"a redirect element", dump.Page{Redirect: true, Text: []byte("[[Category:1944 births]]")}, false},
		{"a redirect's text", dump.Page{Text: []byte("  #Redirect [[A]]\n[[Category:1944 births]]")}, false},
		{"a human-name disambiguation", dump.Page{Text: []byte("{{hndis|Lee, Ann}}\n* Ann Lee (poet), {{birth date|1950|1|1}}")}, false},
		{"a surname page", dump.Page{Text: []byte("'''Lee''' is a surname.\n* [[Ann Lee]] (born 1950)\n{{Surname}}\n[[Category:1950 births]]")}, false},
		{"a list of people", dump.Page{Text: []byte("{|\n| A || {{birth date|1950|1|1}}\n|}\n[[Category:Lists of poets]]")}, false},
		{"a town", dump.Page{Text: []byte("{{Infobox settlement|established_date=1100}}\n'''Andover''' is a town; its birth rate is low.\n[[Category:Towns in Hampshire]]")}, false},
		{"an event about births", dump.Page{Text: []byte("The birth place of the poet is a museum.\n[[Category:Multiple births]]")}, false},
		{"prose that mentions a birth date", dump.Page{Text: []byte("His birth date = unknown, they said.")}, false},
		{"empty", dump.Page{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dump.IsBiography(tt.page); got != tt.want {
				t.Errorf("IsBiography(%q) = %v, want %v", tt.page.Text, got, tt.want)
			}
		})
	}
}
