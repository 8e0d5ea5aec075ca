package pdf

import (
	"fmt"
	"testing"
)

// forms spells out runes as code points, so that a failure shows which form is wrong.
func forms(s string) string { return fmt.Sprintf("%U", []rune(s)) }

func TestShape(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"latin unchanged", "Ibn al-Haytham", "Ibn al-Haytham"},
		{"isolated dual-joining", "ب", "\uFE8F"},
		{"isolated right-joining", "د", "\uFEA9"},
		{"initial and final", "بب", "\uFE91\uFE90"},
		{"initial, medial, final", "ببب", "\uFE91\uFE92\uFE90"},
		{"right-joining breaks the word", "دب", "\uFEA9\uFE8F"},
		{"right-joining takes its final form", "بد", "\uFE91\uFEAA"},
		{"hamza joins nothing", "بءب", "\uFE8F\uFE80\uFE8F"},
		{"a space ends the word", "ب ب", "\uFE8F \uFE8F"},
		{"abu", "أبو", "\uFE83\uFE91\uFEEE"},                   // alef isolated, beh initial, waw final
		{"ali", "علي", "\uFECB\uFEE0\uFEF2"},                   // ain initial, lam medial, yeh final
		{"marks are transparent", "بَب", "\uFE91\u064E\uFE90"}, // fatha between two behs
		{"superscript alef is transparent", "بٰب", "\uFE91\u0670\uFE90"},
		{"tatweel joins both sides", "بـ", "\uFE91\u0640"},
		{"lam-alef isolated", "لا", "\uFEFB"},
		{"lam-alef final", "بلا", "\uFE91\uFEFC"},
		{"lam-alef with hamza above", "لأ", "\uFEF7"},
		{"lam-alef with hamza below, final", "سلإ", "\uFEB3\uFEFA"},
		{"lam-alef with madda", "لآ", "\uFEF5"},
		{"lam-alef keeps the lam's mark", "لَا", "\uFEFB\u064E"},
		{"al- article", "الحسن", "\uFE8D\uFEDF\uFEA4\uFEB4\uFEE6"}, // alef, lam initial, hah medial, seen medial, noon final
		{"persian peh and gaf", "پگ", "\uFB58\uFB93"},
		{"farsi yeh and keheh", "کی", "\uFB90\uFBFD"},
		{"hebrew is not shaped", "שלום", "שלום"},
		{"presentation forms are left alone", "\uFE91\uFE90", "\uFE91\uFE90"}, // shape(shape(s)) == shape(s)
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := shape(c.in); got != c.want {
				t.Errorf("shape(%q) = %s, want %s", c.in, forms(got), forms(c.want))
			}
		})
	}
}

// TestShapeFormsInFont asks DejaVu Sans's character map for every form shape can produce: a form
// it lacked would print as a blank box in the regular face.
func TestShapeFormsInFont(t *testing.T) {
	cov, err := fontCoverage(dejavu)
	if err != nil {
		t.Fatal(err)
	}
	check := func(letter, form rune) {
		if form != 0 && !cov.has(form) {
			t.Errorf("DejaVu Sans lacks %U, a form of %U", form, letter)
		}
	}
	for r, f := range arabicForms {
		for _, form := range []rune{f.isolated, f.final, f.initial, f.medial} {
			check(r, form)
		}
		if f.join == joinRight && (f.initial != 0 || f.medial != 0) {
			t.Errorf("%U joins right only but has an initial or medial form", r)
		}
		if f.join == joinDual && (f.initial == 0 || f.medial == 0) {
			t.Errorf("%U joins both sides but lacks an initial or medial form", r)
		}
	}
	for r, lig := range lamAlef {
		check(r, lig[0])
		check(r, lig[1])
	}
}

func TestVisual(t *testing.T) {
	for _, c := range []struct {
		name, in string
		rtl      bool
		want     string
	}{
		{"latin", "Ibn al-Haytham (Alhazen)", false, "Ibn al-Haytham (Alhazen)"},
		{"arabic in a latin line", "Ibn al-Haytham (أبو علي) was born", false, "Ibn al-Haytham (يلع وبأ) was born"},
		{"shaped arabic in a latin line", shape("Ibn al-Haytham (أبو علي) was born"), false,
			"Ibn al-Haytham (\uFEF2\uFEE0\uFECB \uFEEE\uFE91\uFE83) was born"},
		{"hebrew in a latin line", "the name שלום עולם here", false, "the name םלוע םולש here"},
		{"a number among arabic keeps its order", "سنة 965 م", false, "م 965 ةنس"},
		{"a number after latin", "born 965 in بصرة", false, "born 965 in ةرصب"},
		{"brackets mirror in a right-to-left paragraph", "علي (الحسن)", true, "(نسحلا) يلع"},
		{"latin in a right-to-left paragraph", "كتاب Optics المناظر", true, "رظانملا Optics باتك"},
		{"hebrew paragraph", "שלום, עולם!", true, "!םלוע ,םולש"},
		{"a mark is drawn just before its letter", "بَت", false, "تَب"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := visual(c.in, c.rtl); got != c.want {
				t.Errorf("visual(%q, %v) = %q, want %q", c.in, c.rtl, got, c.want)
			}
		})
	}
}

func TestRightToLeft(t *testing.T) {
	for in, want := range map[string]bool{
		"":                     false,
		"Ibn (أبو علي)":        false,
		"أبو علي (Ibn)":        true,
		"(1) שלום":             true,
		"965 — بغداد":          true,
		"\u200Fabc":            true,
		"just Latin, ناس last": false,
	} {
		if got := rightToLeft(in); got != want {
			t.Errorf("rightToLeft(%q) = %v, want %v", in, got, want)
		}
	}
}
