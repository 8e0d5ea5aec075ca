package pdf

import "unicode"

// fpdf draws each character's glyph as it is, left to right, and knows nothing of Arabic joining.
// shape does the least a shaping engine does: it replaces each Arabic letter by its contextual
// presentation form (Unicode's Arabic Presentation Forms-A and -B), which DejaVu Sans has as
// glyphs of their own, and forms the mandatory lam-alef ligatures. It works in logical order;
// visual (bidi.go) then puts each line in the order it is drawn in.

// joining is a letter's Unicode joining type (Unicode, ArabicShaping.txt), as far as shaping
// here needs it.
type joining uint8

const (
	joinNone  joining = iota // U: joins neither neighbour (a space, a Latin letter, hamza)
	joinRight                // R: joins the letter before it only (alef, dal, reh, waw, teh marbuta)
	joinDual                 // D: joins both neighbours (beh, seen, lam, yeh, …)
	joinCause                // C: joins both neighbours but has no forms of its own (tatweel, ZWJ)
	joinTrans                // T: is skipped when joining (harakat and other marks)
)

// arabicForm is a letter's joining type and its presentation forms: isolated, final, initial and
// medial. A right-joining letter has no initial or medial form.
type arabicForm struct {
	join                             joining
	isolated, final, initial, medial rune
}

// arabicForms lists the letters shape joins: the Arabic alphabet (Forms-B, U+FE80–U+FEF4), alef
// maksura's initial and medial forms and the Persian and Urdu letters
// پ چ ژ گ ک ی (Forms-A). A letter not listed is drawn as it is and joins neither neighbour.
// TestShapeFormsInFont checks that DejaVu Sans has a glyph for every form.
var arabicForms = map[rune]arabicForm{
	'\u0621': {joinNone, 0xFE80, 0, 0, 0},                // hamza
	'\u0622': {joinRight, 0xFE81, 0xFE82, 0, 0},          // alef with madda above
	'\u0623': {joinRight, 0xFE83, 0xFE84, 0, 0},          // alef with hamza above
	'\u0624': {joinRight, 0xFE85, 0xFE86, 0, 0},          // waw with hamza above
	'\u0625': {joinRight, 0xFE87, 0xFE88, 0, 0},          // alef with hamza below
	'\u0626': {joinDual, 0xFE89, 0xFE8A, 0xFE8B, 0xFE8C}, // yeh with hamza above
	'\u0627': {joinRight, 0xFE8D, 0xFE8E, 0, 0},          // alef
	'\u0628': {joinDual, 0xFE8F, 0xFE90, 0xFE91, 0xFE92}, // beh
	'\u0629': {joinRight, 0xFE93, 0xFE94, 0, 0},          // teh marbuta
	'\u062A': {joinDual, 0xFE95, 0xFE96, 0xFE97, 0xFE98}, // teh
	'\u062B': {joinDual, 0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, // theh
	'\u062C': {joinDual, 0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0}, // jeem
	'\u062D': {joinDual, 0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4}, // hah
	'\u062E': {joinDual, 0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, // khah
	'\u062F': {joinRight, 0xFEA9, 0xFEAA, 0, 0},          // dal
	'\u0630': {joinRight, 0xFEAB, 0xFEAC, 0, 0},          // thal
	'\u0631': {joinRight, 0xFEAD, 0xFEAE, 0, 0},          // reh
	'\u0632': {joinRight, 0xFEAF, 0xFEB0, 0, 0},          // zain
	'\u0633': {joinDual, 0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, // seen
	'\u0634': {joinDual, 0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8}, // sheen
	'\u0635': {joinDual, 0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, // sad
	'\u0636': {joinDual, 0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0}, // dad
	'\u0637': {joinDual, 0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, // tah
	'\u0638': {joinDual, 0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8}, // zah
	'\u0639': {joinDual, 0xFEC9, 0xFECA, 0xFECB, 0xFECC}, // ain
	'\u063A': {joinDual, 0xFECD, 0xFECE, 0xFECF, 0xFED0}, // ghain
	'\u0641': {joinDual, 0xFED1, 0xFED2, 0xFED3, 0xFED4}, // feh
	'\u0642': {joinDual, 0xFED5, 0xFED6, 0xFED7, 0xFED8}, // qaf
	'\u0643': {joinDual, 0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, // kaf
	'\u0644': {joinDual, 0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0}, // lam
	'\u0645': {joinDual, 0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, // meem
	'\u0646': {joinDual, 0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8}, // noon
	'\u0647': {joinDual, 0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, // heh
	'\u0648': {joinRight, 0xFEED, 0xFEEE, 0, 0},          // waw
	'\u0649': {joinDual, 0xFEEF, 0xFEF0, 0xFBE8, 0xFBE9}, // alef maksura
	'\u064A': {joinDual, 0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4}, // yeh
	'\u067E': {joinDual, 0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh
	'\u0686': {joinDual, 0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
	'\u0698': {joinRight, 0xFB8A, 0xFB8B, 0, 0},          // jeh
	'\u06A9': {joinDual, 0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh
	'\u06AF': {joinDual, 0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
	'\u06CC': {joinDual, 0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // farsi yeh
}

// lamAlef gives, for each alef that follows a lam, the ligature's isolated and final forms.
var lamAlef = map[rune][2]rune{
	'\u0622': {0xFEF5, 0xFEF6}, // lam with alef with madda above
	'\u0623': {0xFEF7, 0xFEF8}, // lam with alef with hamza above
	'\u0625': {0xFEF9, 0xFEFA}, // lam with alef with hamza below
	'\u0627': {0xFEFB, 0xFEFC}, // lam with alef
}

const (
	lam     = '\u0644'
	tatweel = '\u0640'
	zwj     = '\u200D'
)

// joiningOf returns r's joining type.
func joiningOf(r rune) joining {
	if f, ok := arabicForms[r]; ok {
		return f.join
	}
	switch {
	case r == tatweel || r == zwj:
		return joinCause
	case unicode.In(r, unicode.Mn, unicode.Me) || r == '\u200B':
		return joinTrans
	}
	return joinNone
}

// hasArabic reports whether s has a letter shape would change.
func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0621 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// shape returns s with its Arabic letters in their contextual forms and lam-alef ligatures
// formed. Text without Arabic is returned as it is.
func shape(s string) string {
	if !hasArabic(s) {
		return s
	}
	rs := []rune(s)
	types := make([]joining, len(rs))
	for i, r := range rs {
		types[i] = joiningOf(r)
	}
	// neighbour returns the index of the nearest letter before (step -1) or after (step 1) i
	// that is not transparent, or -1.
	neighbour := func(i, step int) int {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			if types[j] != joinTrans {
				return j
			}
		}
		return -1
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		prev, next := neighbour(i, -1), neighbour(i, 1)
		joinsBefore := f.join != joinNone && prev >= 0 && (types[prev] == joinDual || types[prev] == joinCause)
		if r == lam && next >= 0 {
			if lig, ok := lamAlef[rs[next]]; ok {
				form := lig[0]
				if joinsBefore {
					form = lig[1]
				}
				out = append(out, form)
				out = append(out, rs[i+1:next]...) // marks on the lam stay with the ligature
				i = next
				continue
			}
		}
		joinsAfter := f.join == joinDual && next >= 0 && types[next] != joinNone
		form := f.isolated
		switch {
		case joinsBefore && joinsAfter:
			form = f.medial
		case joinsBefore:
			form = f.final
		case joinsAfter:
			form = f.initial
		}
		out = append(out, form)
	}
	return string(out)
}
