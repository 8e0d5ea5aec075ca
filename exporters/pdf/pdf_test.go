package pdf_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vita-project/vita/exporters/pdf"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// write returns the dossier of b written with opts, failing the test on an error.
func write(t testing.TB, b *model.Biography, opts pdf.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Write(&buf, b, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// fixtures are the biographies every whole-document test runs on.
func fixtures() []struct {
	name string
	b    *model.Biography
} {
	return []struct {
		name string
		b    *model.Biography
	}{
		{"willsman", modeltest.Willsman()},
		{"unicode", modeltest.Unicode()},
		{"empty", modeltest.Empty()},
	}
}

func TestGolden(t *testing.T) {
	got := write(t, modeltest.Willsman(), pdf.Options{})
	golden := filepath.Join("testdata", "willsman.pdf")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		out := filepath.Join(t.TempDir(), "willsman.pdf")
		_ = os.WriteFile(out, got, 0o644)
		t.Errorf("output differs from %s (%d bytes, want %d); it is in %s; run go test -update if the change is intended",
			golden, len(got), len(want), out)
	}
}

func TestDeterministic(t *testing.T) {
	times := []struct {
		name string
		t    time.Time
	}{
		{"zero time", time.Time{}},
		{"fixed time", time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)},
		{"other zone", time.Date(2024, 5, 6, 9, 8, 9, 0, time.FixedZone("CEST", 2*3600))},
	}
	for _, f := range fixtures() {
		for _, tm := range times {
			t.Run(f.name+"/"+tm.name, func(t *testing.T) {
				a := write(t, f.b, pdf.Options{Time: tm.t})
				b := write(t, f.b, pdf.Options{Time: tm.t})
				if !bytes.Equal(a, b) {
					t.Error("two writes of the same biography differ")
				}
				if !bytes.HasPrefix(a, []byte("%PDF-")) {
					t.Errorf("output starts with %q, want %%PDF-", a[:min(8, len(a))])
				}
			})
		}
	}
	// The same instant in another zone gives the same bytes: dates are written in UTC.
	a := write(t, modeltest.Willsman(), pdf.Options{Time: times[1].t})
	b := write(t, modeltest.Willsman(), pdf.Options{Time: times[2].t})
	if !bytes.Equal(a, b) {
		t.Error("the same instant in two time zones gives different bytes")
	}
}

// tool returns the path of an external program, skipping the test when it is not installed.
func tool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (poppler-utils / qpdf)", name)
	}
	return path
}

// run writes data to a temporary file and returns what the program prints for it. The file's name
// replaces an argument "FILE", or else follows the arguments.
func run(t *testing.T, data []byte, name string, args ...string) string {
	t.Helper()
	path := tool(t, name)
	file := filepath.Join(t.TempDir(), "dossier.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append([]string(nil), args...)
	if i := slices.Index(args, "FILE"); i >= 0 {
		args[i] = file
	} else {
		args = append(args, file)
	}
	cmd := exec.Command(path, args...)
	cmd.Env = append(os.Environ(), "TZ=UTC")
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("%s %v: %v\n%s", name, args, err, ee.Stderr)
		}
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

// pages returns the text of every page, with white space collapsed.
func pages(t *testing.T, data []byte) []string {
	t.Helper()
	text := run(t, data, "pdftotext", "-enc", "UTF-8", "FILE", "-")
	ps := strings.Split(strings.TrimRight(text, "\f"), "\f")
	for i, p := range ps {
		ps[i] = strings.Join(strings.Fields(p), " ")
	}
	return ps
}

func TestText(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			ps := pages(t, write(t, f.b, pdf.Options{}))
			all := strings.Join(ps, " ")
			want := []string{f.b.Name, fmt.Sprintf("Page 1 of %d", len(ps))}
			for _, s := range f.b.Sections {
				want = append(want, s.Title)
				for _, p := range s.Paragraphs {
					// Justified lines must keep their words: each paragraph reads back whole,
					// unless it runs over a page break, where the footer comes between.
					fields := strings.Fields(p)
					if strings.Contains(all, strings.Join(fields[:min(3, len(fields))], " ")) {
						want = append(want, strings.Join(strings.Fields(p), " "))
					}
				}
			}
			for _, p := range f.b.Positions {
				want = append(want, p.Role, orgLabel(f.b, p.Organization), dateOrNotStated(p.Start),
					dateOrNotStated(p.End))
			}
			for _, e := range f.b.Events {
				want = append(want, e.Date.Human(), e.Text)
			}
			if len(f.b.Positions) == 0 {
				want = append(want, "No positions were found in this article.")
			}
			for _, w := range want {
				if w = strings.Join(strings.Fields(w), " "); !strings.Contains(all, w) {
					t.Errorf("the text lacks %q", w)
				}
			}
			for i, p := range ps {
				if want := fmt.Sprintf("Page %d of %d", i+1, len(ps)); !strings.Contains(p, want) {
					t.Errorf("page %d lacks %q", i+1, want)
				}
			}
		})
	}
}

func orgLabel(b *model.Biography, id string) string {
	name := b.OrganizationName(id)
	if o := b.Organization(id); o != nil && o.PartOf != "" {
		return name + " (" + b.OrganizationName(o.PartOf) + ")"
	}
	return name
}

func dateOrNotStated(d model.Date) string {
	if d.IsZero() {
		return "not stated"
	}
	return d.Human()
}

func TestUnicodeExact(t *testing.T) {
	b := modeltest.Unicode()
	all := strings.Join(pages(t, write(t, b, pdf.Options{})), " ")
	want := append([]string{b.Name, b.FullName, b.Description, b.Born.Place, b.Died.Place}, b.OtherNames...)
	for _, o := range b.Organizations {
		want = append(want, o.Name)
	}
	want = append(want, b.Sections[1].Paragraphs[0], "Он был профсоюзным деятелем.", "Умер в Тромсё")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("the text lacks %q exactly", w)
		}
	}
	if !strings.Contains(all, "Ю\u0301рьевич") {
		t.Error("the stress mark (U+0301) of the full name is lost")
	}
}

// TestPageBreaks checks the long positions table of Unicode(): a header on every page it reaches,
// and no row split between pages (the role wraps onto two lines, which must share a page).
func TestPageBreaks(t *testing.T) {
	ps := pages(t, write(t, modeltest.Unicode(), pdf.Options{}))
	if len(ps) < 2 {
		t.Fatalf("%d pages, want the table to run over at least two", len(ps))
	}
	rows := 0
	for i, p := range ps {
		// The timeline labels its bars "role · organisation"; the table's rows are the rest.
		p = strings.ReplaceAll(p, "przewodniczący komitetu ·", "")
		n := strings.Count(p, "przewodniczący komitetu")
		rows += n
		if n > 0 && (!strings.Contains(p, "Organisation") || !strings.Contains(p, "Qualifier")) {
			t.Errorf("page %d has table rows but no header row", i+1)
		}
		if strings.Count(p, "przewodniczący") != n || strings.Count(p, "komitetu") != n {
			t.Errorf("page %d splits a row", i+1)
		}
	}
	if rows != 40 {
		t.Errorf("found %d whole rows, want 40", rows)
	}
}

// TestHeadingsKeepWithText checks that every heading shares its page with the start of its text,
// wherever the text before it happens to end.
func TestHeadingsKeepWithText(t *testing.T) {
	for n := range 16 {
		t.Run(fmt.Sprint(n, " lines before"), func(t *testing.T) {
			b := modeltest.Willsman()
			// Filler of a growing length moves the later headings down the page line by line.
			filler := strings.Repeat("Filler text to move the headings down the page. ", 2*n+1)
			for i := range b.Sections {
				b.Sections[i].Paragraphs = append(b.Sections[i].Paragraphs, filler, filler, filler)
			}
			ps := pages(t, write(t, b, pdf.Options{}))
			for _, s := range b.Sections[1:] {
				start := strings.Join(strings.Fields(s.Paragraphs[0])[:3], " ")
				found := false
				for _, p := range ps {
					if strings.Contains(p, s.Title+" "+start) {
						found = true
					}
				}
				if !found {
					t.Errorf("heading %q is not followed on its page by %q", s.Title, start)
				}
			}
		})
	}
}

// TestLayoutBounds reads where pdftotext finds each word: no word may run off the column or
// overlap another, as a table row drawn over the footer would.
func TestLayoutBounds(t *testing.T) {
	stress := modeltest.Unicode()
	stress.Positions[0].Role = strings.Repeat("Antidisestablishmentarianism", 4)
	stress.Sources[0].URL = "https://example.org/" + strings.Repeat("segment/", 30)
	stress.Sections[1].Title = strings.Repeat("A very long heading ", 100)
	for i := range 80 { // rows of one to five lines, so that some reach the foot of a page
		stress.Positions = append(stress.Positions, model.Position{
			Role: strings.Repeat("chair ", i*7%23), Organization: "storting", Start: model.YearOf(1900 + i)})
	}
	cases := append(fixtures(), struct {
		name string
		b    *model.Biography
	}{"stress", stress})
	word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	const mm = 72 / 25.4
	for _, f := range cases {
		t.Run(f.name, func(t *testing.T) {
			out := run(t, write(t, f.b, pdf.Options{}), "pdftotext", "-bbox", "FILE", "-")
			for n, page := range strings.Split(out, "<page ")[1:] {
				type box struct {
					x0, y0, x1, y1 float64
					text           string
				}
				var boxes []box
				for _, m := range word.FindAllStringSubmatch(page, -1) {
					var v [4]float64
					for i := range v {
						v[i], _ = strconv.ParseFloat(m[i+1], 64)
					}
					boxes = append(boxes, box{v[0], v[1], v[2], v[3], m[5]})
				}
				// The body ends 20 mm above the foot of the page, the footer starts 13 mm above it;
				// on page 1 the source's attribution starts it.
				footer := 283 * mm
				for _, a := range boxes {
					if n == 0 && a.text == "Source:" {
						footer = min(footer, a.y0-0.5)
					}
				}
				for i, a := range boxes {
					inFooter := a.y0 > footer && a.y1 < 290*mm
					if a.x0 < 20*mm-0.5 || a.x1 > 190*mm+0.5 || a.y0 < 15*mm || (a.y1 > 277*mm+1 && !inFooter) {
						t.Errorf("page %d: %q at x %.0f–%.0f, y %.0f–%.0f pt is outside the margins",
							n+1, a.text, a.x0, a.x1, a.y0, a.y1)
					}
					for _, b := range boxes[i+1:] {
						// Glyph boxes of neighbouring lines touch; overlapping by more than a
						// point in both directions is two texts drawn over each other.
						if min(a.x1, b.x1)-max(a.x0, b.x0) > 1 && min(a.y1, b.y1)-max(a.y0, b.y0) > 1 {
							t.Errorf("page %d: %q overlaps %q", n+1, a.text, b.text)
						}
					}
				}
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	data := write(t, modeltest.Empty(), pdf.Options{})
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
	ps := pages(t, data)
	if len(ps) != 1 {
		t.Errorf("%d pages, want 1", len(ps))
	}
	for _, w := range []string{"Anonymous", "No positions were found in this article.", "Page 1 of 1"} {
		if !strings.Contains(ps[0], w) {
			t.Errorf("the text lacks %q", w)
		}
	}
}

func TestMetadata(t *testing.T) {
	b := modeltest.Willsman()
	info := run(t, write(t, b, pdf.Options{Time: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)}),
		"pdfinfo", "-isodates")
	want := map[string]string{
		"Title":        "Peter Willsman",
		"Author":       "Wikipedia contributors",
		"Subject":      "British political activist",
		"Creator":      "vita",
		"Producer":     "vita",
		"CreationDate": "2024-05-06T07:08:09",
		"ModDate":      "2024-05-06T07:08:09",
	}
	for key, value := range want {
		m := regexp.MustCompile(`(?m)^` + key + `:\s+(.*)$`).FindStringSubmatch(info)
		if m == nil || !strings.HasPrefix(m[1], value) {
			t.Errorf("%s = %v, want %q\n%s", key, m, value, info)
		}
	}
	kw := regexp.MustCompile(`(?m)^Keywords:\s+(.*)$`).FindStringSubmatch(info)
	for _, w := range []string{"Peter Willsman", "political activist", "National Executive Committee"} {
		if kw == nil || !strings.Contains(kw[1], w) {
			t.Errorf("Keywords lack %q: %v", w, kw)
		}
	}
	// The zero Time is the Unix epoch.
	info = run(t, write(t, modeltest.Empty(), pdf.Options{}), "pdfinfo", "-isodates")
	if !strings.Contains(info, "1970-01-01T00:00:00") {
		t.Errorf("the zero Time is not written as 1970-01-01T00:00:00:\n%s", info)
	}
	if !strings.Contains(info, "Author:          vita") {
		t.Errorf("a biography without a source's author is not by vita:\n%s", info)
	}
}

func TestFonts(t *testing.T) {
	out := run(t, write(t, modeltest.Unicode(), pdf.Options{}), "pdffonts")
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if len(lines) == 0 {
		t.Fatal("no fonts listed")
	}
	for _, l := range lines {
		f := strings.Fields(l)
		// name type... encoding emb sub uni object ID
		if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded, subset and mapped to Unicode: %s", l)
		}
		if !strings.Contains(f[0], "+DejaVuSans") {
			t.Errorf("unexpected font %s", f[0])
		}
	}
}

// TestFallbackFonts checks that a dossier embeds the whole of DejaVu Sans or Noto Sans Thai only
// when it has text DejaVu Sans LGC lacks: an English dossier embeds the subset faces alone.
func TestFallbackFonts(t *testing.T) {
	fonts := func(b *model.Biography) []string {
		var names []string
		out := run(t, write(t, b, pdf.Options{}), "pdffonts")
		for _, l := range strings.Split(strings.TrimSpace(out), "\n")[2:] {
			name := strings.Fields(l)[0]
			names = append(names, name[strings.IndexByte(name, '+')+1:])
		}
		slices.Sort(names)
		return names
	}
	if got, want := fonts(modeltest.Willsman()), []string{"DejaVuSansLGC", "DejaVuSansLGC-Bold",
		"DejaVuSansLGC-Oblique"}; !slices.Equal(got, want) {
		t.Errorf("an English dossier embeds %v, want %v", got, want)
	}
	b := modeltest.Willsman()
	b.Sections[0].Paragraphs = append(b.Sections[0].Paragraphs,
		"Ibn al-Haytham (ابن الهيثم), Maimonides (משה בן מימון), Armenia (Հայաստան), ลพบุรี.")
	if got, want := fonts(b), []string{"DejaVuSans", "DejaVuSansLGC", "DejaVuSansLGC-Bold",
		"DejaVuSansLGC-Oblique", "NotoSansThai-Regular"}; !slices.Equal(got, want) {
		t.Errorf("a dossier with Arabic, Hebrew, Armenian and Thai embeds %v, want %v", got, want)
	}
}

// outline returns the titles and nesting levels of the document outline, as qpdf reads them.
func outline(t *testing.T, data []byte) (titles []string, levels []int) {
	t.Helper()
	var doc struct {
		Outlines []outlineItem `json:"outlines"`
	}
	out := run(t, data, "qpdf", "--json", "--json-key=outlines")
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var walk func(items []outlineItem, level int)
	walk = func(items []outlineItem, level int) {
		for _, it := range items {
			titles = append(titles, it.Title)
			levels = append(levels, level)
			walk(it.Kids, level+1)
		}
	}
	walk(doc.Outlines, 0)
	return titles, levels
}

type outlineItem struct {
	Title string        `json:"title"`
	Kids  []outlineItem `json:"kids"`
}

func TestStructure(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			data := write(t, f.b, pdf.Options{})
			run(t, data, "qpdf", "--check")
			titles, levels := outline(t, data)
			var want []string
			var wantLevels []int
			want = append(want, "Key facts", "At a glance", "Positions")
			wantLevels = append(wantLevels, 0, 0, 0)
			if len(f.b.Positions) == 0 && len(f.b.Events) == 0 {
				want, wantLevels = slices.Delete(want, 1, 2), slices.Delete(wantLevels, 1, 2)
			}
			if len(f.b.Events) > 0 {
				want = append(want, "Events")
				wantLevels = append(wantLevels, 0)
			}
			for _, s := range f.b.Sections {
				want = append(want, s.Title)
				wantLevels = append(wantLevels, s.Level-1)
			}
			if len(f.b.Sources) > 0 {
				want = append(want, "Sources and evidence", "Evidence", "Sources")
				wantLevels = append(wantLevels, 0, 1, 1)
			}
			if fmt.Sprint(titles) != fmt.Sprint(want) || fmt.Sprint(levels) != fmt.Sprint(wantLevels) {
				t.Errorf("outline = %q %v, want %q %v", titles, levels, want, wantLevels)
			}
		})
	}
}

func TestLink(t *testing.T) {
	data := write(t, modeltest.Willsman(), pdf.Options{})
	// Annotations are not compressed: the link to the source is in the file as written.
	if !bytes.Contains(data, []byte("/URI (https://en.wikipedia.org/wiki/Peter_Willsman)")) {
		t.Error("no link to the source's URL")
	}
}

// TestOddInput writes biographies that an importer should not produce but a model file can hold;
// each must give a well-formed PDF, not an error or a panic.
func TestOddInput(t *testing.T) {
	long := strings.Repeat("Pneumonoultramicroscopicsilicovolcanoconiosis", 12)
	url := "https://example.org/" + strings.Repeat("very-long-path-segment/", 30) + "end"
	tests := []struct {
		name string
		edit func(b *model.Biography)
	}{
		{"only a name", func(b *model.Biography) { *b = model.Biography{Name: "X"} }},
		{"no name at all", func(b *model.Biography) { *b = model.Biography{} }},
		{"empty strings everywhere", func(b *model.Biography) {
			*b = model.Biography{Name: " ", OtherNames: []string{"", " "}, Born: &model.Vital{},
				Died: &model.Vital{}, Nationality: []string{""}, Organizations: []model.Organization{{}},
				Positions: []model.Position{{}}, Events: []model.Event{{}},
				Sections: []model.Section{{}, {Level: 2, Paragraphs: []string{"", " "}}},
				Sources:  []model.Source{{}}}
		}},
		{"very long words and URLs", func(b *model.Biography) {
			b.Name = long
			b.Description = long
			b.Positions[0].Role = long
			b.Positions[0].Qualifier = url
			b.Sections[1].Title = long
			b.Sections[1].Paragraphs = append(b.Sections[1].Paragraphs, long+" "+url+" "+long)
			b.Sources[0].URL = url
		}},
		{"a cell taller than a page", func(b *model.Biography) {
			b.Positions[0].Role = strings.Repeat("role ", 3000)
		}},
		{"a title longer than a page", func(b *model.Biography) {
			b.Sections[2].Title = strings.Repeat("title ", 3000)
		}},
		{"a paragraph of many pages", func(b *model.Biography) {
			b.Sections[0].Paragraphs = []string{strings.Repeat("word ", 20000)}
		}},
		{"many positions", func(b *model.Biography) {
			for i := range 300 {
				b.Positions = append(b.Positions, model.Position{Role: fmt.Sprint("role ", i),
					Organization: "labour-party", Start: model.YearOf(1900 + i%100)})
			}
		}},
		{"long attribution", func(b *model.Biography) {
			for range 20 {
				b.Sources = append(b.Sources, model.Source{Title: strings.Repeat("A title ", 20),
					URL: url, Note: strings.Repeat("A note. ", 20)})
			}
		}},
		{"section levels out of order", func(b *model.Biography) {
			b.Sections = []model.Section{{Title: "Deep", Level: 4}, {Title: "Zero", Level: 0},
				{Title: "Negative", Level: -3}, {Title: "Jump", Level: 9}, {Title: "Two", Level: 2},
				{Title: "", Level: 3, Paragraphs: []string{"untitled"}}}
		}},
		{"unknown and cyclic organisations", func(b *model.Biography) {
			b.Organizations = append(b.Organizations, model.Organization{ID: "loop", Name: "Loop", PartOf: "loop"})
			b.Positions = append(b.Positions, model.Position{Role: "r", Organization: "loop"},
				model.Position{Role: "r", Organization: "nowhere"})
			b.Events = append(b.Events, model.Event{Kind: "made_up_kind", Organization: "nowhere"})
		}},
		{"characters fpdf cannot take", func(b *model.Biography) {
			b.Name = "Emoji 😀 \U00010000 \uFFFF \x00 \t tab"
			b.Sections[0].Title = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202E reversed"
			b.Sections[0].Paragraphs = []string{"中文 ﷽ \u0378 \xff\xfe"}
			b.Sources[0].URL = "https://example.org/😀(x)"
			b.Sources[0].Author = "Author 😀"
		}},
		{"URL that is not a web address", func(b *model.Biography) {
			b.Sources[0].URL = "javascript:alert(1)"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := modeltest.Willsman()
			tt.edit(b)
			data := write(t, b, pdf.Options{})
			if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
				t.Fatal("not a whole PDF")
			}
			if _, err := exec.LookPath("qpdf"); err == nil {
				run(t, data, "qpdf", "--check")
				outline(t, data)
			}
		})
	}
}

func TestNilBiography(t *testing.T) {
	var buf bytes.Buffer
	if err := pdf.Write(&buf, nil, pdf.Options{}); err == nil {
		t.Error("Write(nil) gave no error")
	}
	if buf.Len() != 0 {
		t.Errorf("Write(nil) wrote %d bytes", buf.Len())
	}
}

func TestWriterError(t *testing.T) {
	err := pdf.Write(modeltest.FailingWriter{}, modeltest.Willsman(), pdf.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") || !strings.Contains(err.Error(), "peter-willsman") {
		t.Errorf("err = %v, want the writer's error with the biography's id", err)
	}
}

func TestPageCount(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			data := write(t, f.b, pdf.Options{})
			info := run(t, data, "pdfinfo")
			m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(info)
			if m == nil {
				t.Fatalf("pdfinfo gives no page count:\n%s", info)
			}
			n, _ := strconv.Atoi(m[1])
			if got := len(pages(t, data)); got != n {
				t.Errorf("pdftotext finds %d pages, pdfinfo %d", got, n)
			}
			if all := strings.Join(pages(t, data), " "); strings.Contains(all, "{nb}") {
				t.Error("the page count alias was not replaced")
			}
		})
	}
}

func BenchmarkWrite(b *testing.B) {
	for _, f := range fixtures() {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				if err := pdf.Write(&bytes.Buffer{}, f.b, pdf.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
