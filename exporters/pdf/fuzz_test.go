package pdf_test

import (
	"bytes"
	"testing"

	"github.com/vita-project/vita/exporters/pdf"
	"github.com/vita-project/vita/model"
)

// FuzzWrite writes dossiers of arbitrary text in every place text goes (name, role, organisation,
// heading, paragraph, evidence, source) and checks that each is a whole PDF: fpdf's panics on text
// it cannot take would come back as errors, and the layout must never fail on what a model file
// may hold.
func FuzzWrite(f *testing.F) {
	f.Add("Peter Willsman", "member", "Labour Party", "1944-02", "He was elected in 1998.", "Early life")
	f.Add("ลลิษา 李 ሀ", "رئيس", "Ωmega ✓ 😀", "197X", "מפלגת העבודה, العمل and 李 again \u200f\u202e", "")
	f.Add("", "\x00\x01\t\r\n", "{nb} {toc1} \u2007{toc0}", "1843~", "\uFFFD\uFFFE\xff\xfe", "\\(x)")
	f.Fuzz(func(t *testing.T, name, role, org, date, text, heading string) {
		d, _ := model.ParseDate(date)
		ev := []model.Evidence{{Section: heading, Sentence: text}}
		b := &model.Biography{ID: "x", Name: name, FullName: org, Description: role,
			Born:          &model.Vital{Date: d, Place: org},
			Organizations: []model.Organization{{ID: "o", Name: org, Acronym: role}},
			Positions: []model.Position{{Role: role, Organization: "o", Qualifier: heading, Start: d, End: d,
				Note: text, Evidence: ev}},
			Events:   []model.Event{{Date: d, Kind: model.Elected, Organization: "o", Text: text, Evidence: ev}},
			Sections: []model.Section{{Title: name, Level: 1, Paragraphs: []string{text}}, {Title: heading, Level: 2, Paragraphs: []string{text, role}}},
			Sources:  []model.Source{{Title: heading, URL: text, License: role}},
		}
		var buf bytes.Buffer
		if err := pdf.Write(&buf, b, pdf.Options{Warn: func(string) {}}); err != nil {
			t.Fatal(err)
		}
		if out := buf.Bytes(); !bytes.HasPrefix(out, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(out), []byte("%%EOF")) {
			t.Fatalf("not a whole PDF: %q … %q", out[:min(len(out), 16)], out[max(0, len(out)-16):])
		}
	})
}
