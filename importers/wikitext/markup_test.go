package wikitext

import (
	"errors"
	"strings"
	"testing"
)

// text parses src and returns its prose: paragraphs joined by " | ", headings as "== T ==".
func text(t *testing.T, src string) string {
	t.Helper()
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	var out []string
	for i, s := range d.Sections {
		if i > 0 {
			eq := strings.Repeat("=", s.Level)
			out = append(out, eq+" "+s.Title+" "+eq)
		}
		out = append(out, s.Paragraphs...)
	}
	return strings.Join(out, " | ")
}

func TestMarkup(t *testing.T) {
	tests := []struct{ name, src, want string }{
		// Links.
		{"piped link", "A [[Target page|label]] here.", "A label here."},
		{"plain link", "A [[Target]] here.", "A Target here."},
		{"link trail", "She is [[Bulgaria]]n.", "She is Bulgarian."},
		{"pipe trick", "A [[Paris (film)|]] and [[Paris, Texas|]].", "A Paris and Paris."},
		{"link with underscores", "[[Abraham_Lincoln]]", "Abraham Lincoln"},
		{"file with nested links", "[[File:X.jpg|thumb|A [[caption]] with [[Other|link]]]]Text.", "Text."},
		{"image", "[[Image:X.png|left|200px]]Text.", "Text."},
		{"category", "Text.\n[[Category:1809 births]]", "Text."},
		{"interlanguage", "Text.[[de:Abraham Lincoln]][[zh-yue:林肯]]", "Text."},
		{"visible category link", "See [[:Category:Presidents|presidents]].", "See presidents."},
		{"interwiki", "the [[wikt:bondman|bond-man's]] toil", "the bond-man's toil"},
		{"title with colon", "[[Star Wars: Episode IV]]", "Star Wars: Episode IV"},
		{"external link", "See [http://example.org the site] now.", "See the site now."},
		{"bare external link", "See [http://example.org] now.", "See now."},
		{"free URL stays", "See http://example.org now.", "See http://example.org now."},
		// Quotes.
		{"bold and italic", "'''Bold''' and ''italic'' and '''''both'''''.", "Bold and italic and both."},
		{"apostrophe and bold", "''''Quoted''''", "'Quoted'"},
		{"apostrophe before italics", "l'''amour'' fou", "l'amour fou"},
		{"nowiki separator", "''[[Burnin' (album)|Burnin'<nowiki/>]]'' (1973)", "Burnin' (1973)"},
		// References and comments.
		{"ref", "A.<ref>{{cite web|url=http://a.org|title=T}}</ref> B.", "A. B."},
		{"named ref reused", `A.<ref name="x">Smith 2000.</ref> B.<ref name=x/> C.<ref name="x" />`, "A. B. C."},
		{"ref with template in its name", `A.<ref name="{{harvnb|Sabra|1989}}."/> B.`, "A. B."},
		{"ref in upper case", "A.<REF>x</REF> B.", "A. B."},
		{"references tag", "A.\n<references/>", "A."},
		{"comment", "A<!-- hidden -->B", "AB"},
		{"comment over lines", "A.\n<!--\n== Hidden ==\n-->\nB.", "A. B."},
		{"unclosed comment", "A.<!-- hidden", "A."},
		// Tables, galleries and tags.
		{"table", "Before.\n{| class=\"wikitable\"\n|-\n! Year\n|-\n| 2017 || ''Lisa TV''\n|}\nAfter.", "Before. | After."},
		{"nested table", "{|\n|a\n{|\n|b\n|}\n|c\n|}\nAfter.", "After."},
		{"indented table", ":{|\n|a\n|}\nAfter.", "After."},
		{"unclosed table", "Before.\n{| class=x\nRest.", "Before. | Rest."},
		{"gallery", "A.\n<gallery>\nFile:X.jpg|A caption\n</gallery>\nB.", "A. | B."},
		{"timeline", "A.<timeline>ImageSize = width:100</timeline>", "A."},
		{"math", "where <math>x^{{2}}</math> holds", "where x^{ {2} } holds"},
		{"nowiki", "<nowiki>''not italic'' [[not a link]]</nowiki>", "''not italic'' [[not a link]]"},
		{"pre", "<pre>a  b</pre>", "a b"},
		{"html kept", "<small>small</small> <span style=\"x\">span</span> 1<sup>st</sup>", "small span 1st"},
		{"br", "a<br/>b<br>c<br />d", "a b c d"},
		{"blockquote", "He wrote:<blockquote>Quoted.</blockquote>Then more.", "He wrote: | Quoted. | Then more."},
		{"entities", "a&nbsp;b&ndash;c&#91;1&#93; &amp; &lt;", "a b–c[1] & <"},
		{"unicode spaces", "a\u00a0b\u2009c\u200bd", "a b cd"},
		// Templates that print text.
		{"lang-xx", "({{lang-ru|Юлия}})", "(Юлия)"},
		{"lang", "{{lang|fr|bonjour}}", "bonjour"},
		{"transl", "{{transl|ar|ALA|Abū ʿAlī}}", "Abū ʿAlī"},
		{"nowrap", "{{nowrap|5 km}}", "5 km"},
		{"convert", "{{convert|5|km|mi}} long", "5 km long"},
		{"convert range", "{{convert|5|-|8|km}}", "5–8 km"},
		{"circa alone", "{{circa}} 1000", "c. 1000"},
		{"circa year", "{{circa|965}}", "c. 965"},
		{"c. range", "({{c.|lk=no|965|1040}})", "(c. 965 – c. 1040)"},
		{"ndash", "1990{{ndash}}2000", "1990–2000"},
		{"snd", "1946{{snd}}1991", "1946 – 1991"},
		{"pipe and equals", "a{{!}}b{{=}}c", "a|b=c"},
		{"quote marks", `"x{{-"}}. '{{' "}}`, `"x". ''"`},
		{"birth date", "{{birth date|1944|2|17}}", "17 February 1944"},
		{"birth date mf", "{{birth date|mf=yes|1944|02|17}}", "February 17, 1944"},
		{"birth date and age", "{{birth date and age|1944|2|17|df=y}}", "17 February 1944"},
		{"death date and age", "{{death date and age|2016|2|17|1935|11|7}}", "17 February 2016"},
		{"start date", "{{start date|1998}}", "1998"},
		{"old style date", "{{OldStyleDate|February 2|1905|January 20}}", "February 2, 1905 [O.S. January 20]"},
		{"marriage", "{{marriage|Mary Todd|November 4, 1842|1865}}", "Mary Todd (m. November 4, 1842 – 1865)"},
		{"hlist in prose", "{{hlist|a|b|c}}", "a, b, c"},
		{"plainlist in prose", "{{plainlist|\n* a\n* b\n}}", "a, b"},
		{"quote", "He said:{{quote|Words.|Author}}Then.", "He said: | Words. | Then."},
		{"bible", "drawing on {{bibleref|Mark|3:25|9}}, a", "drawing on Mark 3:25, a"},
		{"harvtxt", "as {{harvtxt|Smith|Jones|1999|p=5}} says", "as Smith & Jones (1999, p. 5) says"},
		{"korean", "Lisa ({{Korean|hangul=리사}})", "Lisa (리사)"},
		// Templates that print nothing.
		{"pronunciation", "'''Ann''' ({{IPA-fr|an}}; born 1950) is", "Ann (born 1950) is"},
		{"IPAc and respell", "'''Ann''' ({{IPAc-en|ˈ|æ|n}}, {{respell|AN}}; 1950–2000)", "Ann (1950–2000)"},
		{"footnotes and tags", "Text.{{sfn|Smith|2000|p=5}}{{efn|A note.}}{{citation needed|date=May 2020}}", "Text."},
		{"infobox", "{{Infobox person\n| name = Ann\n| occupation = poet\n}}\n'''Ann''' is a poet.", "Ann is a poet."},
		{"navbox and reflist", "Text.\n{{Reflist}}\n{{US presidents}}\n{{Authority control}}", "Text."},
		{"unknown template", "Text {{some unknown template|x|y=z}} more.", "Text more."},
		{"template name with comment", "{{nowrap <!-- c -->|kept}}", "kept"},
		{"template prefix", "{{Template:Nowrap|kept}}", "kept"},
		// Parser functions and parameters.
		{"if", "{{#if:x|yes|no}} {{#if:|yes|no}} {{#if: {{{1|}}} |yes|no}}", "yes no no"},
		{"ifeq", "{{#ifeq:a|a|same|different}}", "same"},
		{"switch", "{{#switch:b|a=one|b=two|#default=other}} {{#switch:z|a=one|other}}", "two other"},
		{"switch fall through", "{{#switch:a|a|b=ab|c=c}}", "ab"},
		{"case functions", "{{uc:abc}} {{lcfirst:ABC}}", "ABC aBC"},
		{"parameter default", "{{{1|default}}} {{{2}}}", "default"},
		{"tag ref", "A.{{#tag:ref|A note.|group=note}} B.", "A. B."},
		{"invoke", "A {{#invoke:String|len|abc}} B", "A B"},
		// Lines and sections.
		{"lists", "* one\n* two\n# three\n; term : definition\n: indented", "one | two | three | term: definition | indented"},
		{"paragraphs", "First line\nsame paragraph.\n\nSecond.", "First line same paragraph. | Second."},
		{"headings", "Lead.\n== A ==\nText.\n=== B ===\nMore.\n==C==\nEnd.", "Lead. | == A == | Text. | === B === | More. | == C == | End."},
		{"heading markup", "== ''The [[Fountainhead]]'' and more ==", "== The Fountainhead and more =="},
		{"level one heading", "Lead.\n= Odd =\nText.", "Lead. | == Odd == | Text."},
		{"magic words", "__NOTOC__\nText.__TOC__", "Text."},
		{"rule", "A.\n----\nB.", "A. | B."},
		{"non-prose sections", "Lead.\n== Life ==\nLived.\n== References ==\n{{reflist}}\n=== Sources ===\n* x\n== See also ==\n* [[X]]\n== External links ==\n* [http://x y]", "Lead. | == Life == | Lived."},
		{"works stay", "Lead.\n== Selected works ==\n* ''Book'' (1990)", "Lead. | == Selected works == | Book (1990)"},
		// Punctuation left by dropped markup.
		{"empty brackets", "Ann ({{IPA|x}}) is", "Ann is"},
		{"space before comma", "Ann <ref>x</ref>, a poet <ref>y</ref>.", "Ann, a poet."},
		// Broken markup.
		{"unclosed template", "Text {{unclosed|a", "Text unclosed|a"},
		{"unclosed link", "Text [[unclosed link", "Text unclosed link"},
		{"stray closers", "a }} b ]] c", "a b c"},
		{"single braces", "a { b } c [d] e", "a { b } c [d] e"},
		{"link left open in template", "{{foo|[[bar}} baz", "baz"},
		{"unclosed ref", "A.<ref>unclosed", "A.unclosed"},
		{"closing tag alone", "A.</ref> B.", "A. B."},
		{"triple brackets", "[[[x]]]", "[x]"},
		{"brace runs", "{{{{{{{{{x}}}}}}}}}", "{{{}"},
		{"json escapes", `He said \"hi\" \u2013 ok`, `He said "hi" – ok`},
		{"backslash kept", `a {{\}} b "c"`, `a / b "c"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := text(t, tt.src); got != tt.want {
				t.Errorf("text of %q\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestBoldNames(t *testing.T) {
	d, err := Parse([]byte("{{Infobox person}}\n'''Lalisa Manoban'''<ref>x</ref> (born '''Pranpriya Manoban'''), known as '''Lisa''', is.\n\n'''Not''' this."))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Lalisa Manoban", "Pranpriya Manoban", "Lisa"}
	if strings.Join(d.BoldNames, "|") != strings.Join(want, "|") {
		t.Errorf("BoldNames = %q, want %q", d.BoldNames, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
		line            int
	}{
		{"empty", "", "empty", 0},
		{"blank", " \n\t\n", "empty", 0},
		{"not UTF-8", "ok\nbad \xff here", "not UTF-8", 2},
		{"deep templates", "x\n" + strings.Repeat("{{a|", 200), "nested more than 100 deep", 2},
		{"deep links", strings.Repeat("[[a|", 200), "nested more than 100 deep", 1},
		{"deep refs in templates", strings.Repeat("{{a|<ref>", 200), "nested more than 100 deep", 1},
		{"bad export", "<mediawiki><page><title>x</page>", "not a MediaWiki XML export", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse = %v, want an error containing %q", err, tt.want)
			}
			var pe *ParseError
			if tt.line > 0 && (!errors.As(err, &pe) || pe.Line != tt.line) {
				t.Errorf("error %v: want a *ParseError at line %d", err, tt.line)
			}
		})
	}
	_, err := Read("deep.wiki", []byte("a\n\n"+strings.Repeat("{{a|", 150)), Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "deep.wiki:3: ") || !strings.Contains(err.Error(), "(byte offset 403)") {
		t.Errorf("Read error = %v, want it to start with the name and line and give the offset", err)
	}
	if _, err := Read("x.wiki", []byte("no name here {{foo}}"), Options{}); !errors.Is(err, ErrNoName) {
		t.Errorf("Read without a name = %v, want ErrNoName", err)
	}
}

func TestExport(t *testing.T) {
	src := `<?xml version="1.0"?>
<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/">
  <siteinfo><sitename>Wikipedia</sitename></siteinfo>
  <page>
    <title>Ann Lee (poet)</title>
    <revision><text xml:space="preserve">'''Ann Lee''' (born 1950) is a poet.&lt;ref&gt;{{cite web|url=http://a.org|title=A}}&lt;/ref&gt;</text></revision>
  </page>
</mediawiki>`
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Ann Lee (poet)" || len(d.Sections) == 0 || d.Sections[0].Title != "Ann Lee (poet)" {
		t.Fatalf("Title = %q, sections %+v", d.Title, d.Sections)
	}
	if got := d.Sections[0].Paragraphs[0]; got != "Ann Lee (born 1950) is a poet." {
		t.Errorf("lead = %q", got)
	}
	if len(d.Sources) != 1 || d.Sources[0].URL != "http://a.org" {
		t.Errorf("sources = %+v", d.Sources)
	}
	b, err := d.biography(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Name != "Ann Lee" || b.Sources[0].URL != "https://en.wikipedia.org/wiki/Ann_Lee_(poet)" {
		t.Errorf("name %q, article source %+v", b.Name, b.Sources[0])
	}
}

// TestPathological parses inputs that defeat naive parsers: they must come back, with a result
// or an error, never a panic (FuzzParse and its seeds hunt for slow ones).
func TestPathological(t *testing.T) {
	for name, src := range map[string]string{
		"10,000 {{":         strings.Repeat("{{", 10000),
		"10,000 [[":         strings.Repeat("[[", 10000),
		"unclosed mixture":  strings.Repeat("{{a|[[b|<ref>c<!--", 2000),
		"closers":           strings.Repeat("}}]]|}", 10000),
		"brace runs":        strings.Repeat("{", 50000) + "x" + strings.Repeat("}", 50000),
		"refs never closed": strings.Repeat("<ref name=a>x</ref ", 10000),
		"tables":            strings.Repeat("{|\n|a\n", 10000),
		"quotes":            strings.Repeat("'''''''", 10000),
		"angle brackets":    strings.Repeat("<", 100000),
		"pipes in template": "{{a|" + strings.Repeat("x|", 100000),
	} {
		d, err := Parse([]byte(src))
		if (d == nil) == (err == nil) {
			t.Errorf("%s: document %v and error %v", name, d != nil, err)
		}
	}
}
