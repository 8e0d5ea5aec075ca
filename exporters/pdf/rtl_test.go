package pdf_test

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vita-project/vita/exporters/pdf"
	"github.com/vita-project/vita/model/modeltest"
)

// TestRightToLeftText sets Arabic and Hebrew names in a dossier and reads them back with
// pdftotext, which puts right-to-left text drawn in visual order back in logical order. It gives
// the Arabic in the presentation forms drawn, and marks the right-to-left stretches with the
// embedding characters U+202B and U+202C; compatibility normalisation (NFKC) turns the forms back
// into the letters of the article. Brackets and spaces next to a right-to-left stretch may come
// out on its other side, for pdftotext reverses whole words, brackets and all: the test reads the
// words without the brackets.
func TestRightToLeftText(t *testing.T) {
	const (
		arabic = "أبو علي الحسن بن الحسن بن الهيثم"
		hebrew = "משה בן מימון"
		rtlPar = "ولد ابن الهيثم في البصرة (العراق) سنة 965، وتوفي في القاهرة."
	)
	b := modeltest.Willsman()
	b.Sections[0].Paragraphs = append(b.Sections[0].Paragraphs,
		"Ibn al-Haytham ("+arabic+") was born in Basra; Maimonides ("+hebrew+") was born in Córdoba.",
		rtlPar,
		"لا إله, شَمس, پدر and گل too.")
	var warnings []string
	data := write(t, b, pdf.Options{Warn: func(s string) { warnings = append(warnings, s) }})
	if len(warnings) > 0 {
		t.Errorf("DejaVu Sans should draw all of it:\n%s", strings.Join(warnings, "\n"))
	}
	text := strings.Join(pages(t, data), " ")
	// The letters are drawn joined: أبو as alef, initial beh and final waw, لا as one ligature.
	for _, form := range []string{"\uFE83\uFE91\uFEEE", "\uFEFB"} {
		if !strings.Contains(text, form) {
			t.Errorf("the dossier lacks the presentation forms %+q", form)
		}
	}
	text = strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		switch {
		case r >= '\u202A' && r <= '\u202E':
			return -1
		case r == '(' || r == ')':
			return ' '
		}
		return r
	}, norm.NFKC.String(text))), " ")
	for _, want := range []string{
		arabic,
		hebrew,
		"ولد ابن الهيثم في البصرة",
		"لا إله",
		"شَمس",
		"پدر",
		"گل",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext does not give %q in logical order; it gives:\n%s", want, text[strings.Index(text, "Ibn al-Haytham"):])
		}
	}
}
