package pdf_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/vita-project/vita/exporters/pdf"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

func TestTimeline(t *testing.T) {
	all := strings.Join(pages(t, write(t, modeltest.Willsman(), pdf.Options{})), " ")
	for _, w := range []string{
		"At a glance", "1970 1980 1990 2000 2010 2020", // the ticks, every ten years
		"central member · Campaign for Labour Par…", // a label cut to its column
		"member · Inner London Education Authority",
		"Held", "Approximate date", "End not stated", "Elected, appointed, joined", "Suspended, expelled",
		"Undated, not drawn: researcher · National Union of Public Employees.",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("the timeline lacks %q", w)
		}
	}
	// One position over a few years is ticked every year.
	b := &model.Biography{Name: "One", Positions: []model.Position{
		{Role: "mayor", Start: model.YearOf(2001), End: model.YearOf(2003)}}}
	if all := strings.Join(pages(t, write(t, b, pdf.Options{})), " "); !strings.Contains(all, "2001 2002 2003 2004") {
		t.Errorf("one short position is not ticked every year:\n%s", all)
	}
	// Nothing dated: no chart.
	if all := strings.Join(pages(t, write(t, modeltest.Empty(), pdf.Options{})), " "); strings.Contains(all, "At a glance") {
		t.Error("a biography without dates has a timeline")
	}
}

// annotations lists the link annotations of a PDF as qpdf reads them: internal (a /Dest) or not.
func annotations(t *testing.T, data []byte) (internal, external int) {
	t.Helper()
	var doc any
	out := run(t, data, "qpdf", "--json=2", "--json-key=qpdf")
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	// Annotations may be objects of their own or written into the pages' /Annots: walk everything.
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if v["/Subtype"] == "/Link" {
				if _, ok := v["/Dest"]; ok {
					internal++
				} else {
					external++
				}
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	return internal, external
}

func TestEvidence(t *testing.T) {
	b := modeltest.Willsman()
	data := write(t, b, pdf.Options{})
	all := strings.Join(pages(t, data), " ")
	for _, w := range []string{
		"Ref.", "[1]", "[7]", "Sources and evidence", "Evidence",
		"[3] “Every year between 1981 and 1994, Willsman was elected onto the Labour Party's Conference Arrangements Committee.” (Political activism)",
		"Article “Peter Willsman”, Wikipedia contributors, Wikipedia, The Free Encyclopedia, https://en.wikipedia.org/wiki/Peter_Willsman, CC BY-SA 4.0.",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("the text lacks %q", w)
		}
	}
	// Seven sentences: nine marks link to them (the CAC sentence and the suspension sentence are
	// cited twice), each sentence links back, and the contents link to their headings.
	internal, external := annotations(t, data)
	if want := 9 + 7 + 8; internal != want {
		t.Errorf("%d internal links, want %d", internal, want)
	}
	if external < 2 {
		t.Errorf("%d web links, want the source's URL in the attribution and in the sources", external)
	}
}

func TestReferencesCapped(t *testing.T) {
	b := modeltest.Willsman()
	for i := range 230 {
		b.Sources = append(b.Sources, model.Source{Title: fmt.Sprint("Reference ", i+1),
			URL: fmt.Sprint("https://example.org/", i+1)})
	}
	all := strings.Join(pages(t, write(t, b, pdf.Options{})), " ")
	for _, w := range []string{"References", "[1] “Reference 1”, https://example.org/1.",
		"[200] “Reference 200”", "and 30 more references"} {
		if !strings.Contains(all, w) {
			t.Errorf("the text lacks %q", w)
		}
	}
	if strings.Contains(all, "Reference 201") {
		t.Error("the 201st reference is listed")
	}
}

func TestContents(t *testing.T) {
	ps := pages(t, write(t, modeltest.Willsman(), pdf.Options{}))
	// pdftotext reads the titles, then the column of page numbers.
	m := regexp.MustCompile(`Contents Key facts At a glance Positions Events Peter Willsman ` +
		`Early life and career Political activism Sources and evidence 1 1 1 2 2 2 2 (\d)`).FindStringSubmatch(ps[0])
	if m == nil {
		t.Fatalf("no table of contents with page numbers on page 1:\n%s", ps[0])
	}
	if m[1] != fmt.Sprint(len(ps)) {
		t.Errorf("sources on page %s, want the last page, %d", m[1], len(ps))
	}
}

func TestMissingGlyph(t *testing.T) {
	b := modeltest.Willsman()
	b.Name = "ลลิษา 李 ሀ"
	b.Sections[0].Paragraphs = append(b.Sections[0].Paragraphs, "ลลิษา มโนบาล, known as Lisa (리사). 李 again, and ሀ.")
	var warnings []string
	data := write(t, b, pdf.Options{Warn: func(s string) { warnings = append(warnings, s) }})
	// ล, ษ, า, ม, โ, น, บ and the vowel sign ิ in Noto Sans Thai, 李, 리 and 사 in Droid Sans
	// Fallback, and the Ethiopic ሀ in no font: each named once, in a line for each font.
	want := []string{
		"pdf: ลลิษา 李 ሀ: not in DejaVu Sans, so drawn in Noto Sans Thai: 'ล' (U+0E25), 'ิ' (U+0E34), 'ษ' (U+0E29), 'า' (U+0E32), 'ม' (U+0E21), 'โ' (U+0E42), 'น' (U+0E19), 'บ' (U+0E1A)",
		"pdf: ลลิษา 李 ሀ: not in DejaVu Sans, so drawn in Droid Sans Fallback: '李' (U+674E), '리' (U+B9AC), '사' (U+C0AC)",
		"pdf: ลลิษา 李 ሀ: in neither DejaVu Sans nor any fallback font, so printed as blank boxes: 'ሀ' (U+1200)",
	}
	if strings.Join(warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
	all := strings.Join(pages(t, data), " ")
	for _, w := range []string{"ลลิษา 李 ሀ", "ลลิษา มโนบาล, known as Lisa (리사). 李 again, and ሀ."} {
		if !strings.Contains(all, w) {
			t.Errorf("the text lacks %q exactly", w)
		}
	}
	fonts := run(t, data, "pdffonts")
	for _, f := range []string{"+NotoSansThai-Regular", "+DroidSansFallback"} {
		if !strings.Contains(fonts, f) {
			t.Errorf("the fallback %s is not embedded:\n%s", f, fonts)
		}
	}
	// Without such characters no fallback is embedded, and no warning is given.
	warnings = nil
	data = write(t, modeltest.Willsman(), pdf.Options{Warn: func(s string) { warnings = append(warnings, s) }})
	if fonts := run(t, data, "pdffonts"); strings.Contains(fonts, "Noto") || strings.Contains(fonts, "Droid") || len(warnings) > 0 {
		t.Errorf("a dossier without Thai or CJK embeds a fallback or warns: %q\n%s", warnings, fonts)
	}
}

// TestBeyondPlane checks that a character beyond the Basic Multilingual Plane, which no font of
// the dossier can hold, is reported once and printed as U+FFFD, not dropped silently.
func TestBeyondPlane(t *testing.T) {
	b := modeltest.Willsman()
	b.Sections[0].Paragraphs = append(b.Sections[0].Paragraphs, "Cheered 😀 twice 😀, in 𝔉raktur.")
	b.Events[0].Note = "😀"
	var warnings []string
	data := write(t, b, pdf.Options{Warn: func(s string) { warnings = append(warnings, s) }})
	want := []string{
		"pdf: Peter Willsman: beyond the Basic Multilingual Plane, which no font of the dossier can hold, so printed as U+FFFD: '😀' (U+1F600), '𝔉' (U+1D509)",
	}
	if strings.Join(warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
	if all := strings.Join(pages(t, data), " "); !strings.Contains(all, "Cheered \uFFFD twice \uFFFD, in \uFFFDraktur.") {
		t.Errorf("the paragraph does not print with U+FFFD in place of each character")
	}
}

func TestPageSize(t *testing.T) {
	for _, tt := range []struct{ size, want string }{
		{"", "595.28 x 841.89 pts (A4)"}, {"A4", "595.28 x 841.89 pts (A4)"},
		{"Letter", "612 x 792 pts (letter)"}, {"letter", "612 x 792 pts (letter)"},
	} {
		t.Run(tt.size, func(t *testing.T) {
			info := run(t, write(t, modeltest.Unicode(), pdf.Options{PageSize: tt.size}), "pdfinfo")
			if !regexp.MustCompile(`Page size:\s+` + regexp.QuoteMeta(tt.want)).MatchString(info) {
				t.Errorf("pdfinfo does not give %q:\n%s", tt.want, info)
			}
		})
	}
	if err := pdf.Write(&bytes.Buffer{}, modeltest.Empty(), pdf.Options{PageSize: "A5"}); err == nil ||
		!strings.Contains(err.Error(), `"A5"`) {
		t.Errorf("page size A5: err = %v, want one naming it", err)
	}
}

func TestStyle(t *testing.T) {
	def := write(t, modeltest.Willsman(), pdf.Options{})
	explicit := write(t, modeltest.Willsman(), pdf.Options{Style: pdf.Style{BaseSize: 10.5, Accent: "#1f4e79"}})
	if !bytes.Equal(def, explicit) {
		t.Error("the default style spelt out gives other bytes than the zero Style")
	}
	big := write(t, modeltest.Willsman(), pdf.Options{Style: pdf.Style{BaseSize: 14, Accent: "#8B0000"}})
	if bytes.Equal(def, big) {
		t.Error("a larger base size and another accent change nothing")
	}
	for _, s := range []pdf.Style{{BaseSize: 3}, {Accent: "red"}, {Accent: "#12345"}} {
		if err := pdf.Write(&bytes.Buffer{}, modeltest.Empty(), pdf.Options{Style: s}); err == nil {
			t.Errorf("style %+v: no error", s)
		}
	}
}
