package pdf

import (
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// fpdf draws a string's characters left to right in the order given. Text is kept, wrapped and
// measured in logical order; visual puts each wrapped line in the order it is drawn in, by the
// Unicode Bidirectional Algorithm (UAX #9) as golang.org/x/text/unicode/bidi resolves it, so that
// Arabic and Hebrew read right to left within a left-to-right line and the other way about.

// rightToLeft reports whether a paragraph runs right to left: whether its first strong
// character is a right-to-left one (UAX #9, P2 and P3). Text without one runs left to right.
func rightToLeft(s string) bool {
	for _, r := range s {
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// mayReorder reports whether a line in a left-to-right paragraph could be drawn in another order
// than its logical one: whether it has a right-to-left character or an explicit direction mark.
func mayReorder(s string) bool {
	for _, r := range s {
		if r < 0x0590 {
			continue
		}
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL, bidi.RLE, bidi.RLO, bidi.RLI, bidi.FSI:
			return true
		}
	}
	return false
}

// visual returns one line of a paragraph in the order its characters are drawn left to right,
// with brackets and the like mirrored in right-to-left runs. rtl is the paragraph's direction,
// which a line's own first letter need not show. In right-to-left text a combining mark is put
// just before its letter: DejaVu Sans draws its Arabic and Hebrew marks over the glyph that
// follows them, and pdftotext, reversing the line back, then finds each mark after its letter.
func visual(s string, rtl bool) string {
	if !rtl && !mayReorder(s) {
		return s
	}
	// The bidi package guesses the direction from the text; a leading mark of the paragraph's
	// direction settles it.
	mark, base := "\u200E", 0
	if rtl {
		mark, base = "\u200F", 1
	}
	var p bidi.Paragraph
	if _, err := p.SetString(mark + s); err != nil {
		return s
	}
	o, err := p.Order()
	if err != nil {
		return s
	}
	rs := []rune(s)
	levels := make([]int, len(rs))
	for i := range o.NumRuns() {
		run := o.Run(i)
		start, end := run.Pos()
		// The package gives each run's direction, not its embedding level. Without explicit
		// embeddings the levels are the paragraph's, one above it for the opposite direction, and
		// two above a left-to-right paragraph for numbers among right-to-left text.
		lvl := base
		switch {
		case run.Direction() == bidi.RightToLeft:
			lvl = 1
		case rtl:
			lvl = 2
		case numbersOnly(run.String()):
			lvl = 2
		}
		for k := max(start, 1); k <= end && k-1 < len(levels); k++ {
			levels[k-1] = lvl
		}
	}
	// Reorder clusters, a letter with its marks, rather than characters (UAX #9, L2): from the
	// highest level down to the lowest odd one, reverse every stretch at that level or above.
	type cluster struct {
		runes []rune
		level int
	}
	var cs []cluster
	top, lowestOdd := 0, 99
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && unicode.In(rs[j], unicode.Mn, unicode.Me) {
			j++
		}
		c := cluster{rs[i:j], levels[i]}
		if c.level%2 == 1 {
			c.runes = append(append([]rune(nil), rs[i+1:j]...), mirror(rs[i]))
			lowestOdd = min(lowestOdd, c.level)
		}
		top = max(top, c.level)
		cs = append(cs, c)
		i = j
	}
	for lvl := top; lvl >= lowestOdd; lvl-- {
		for i := 0; i < len(cs); {
			if cs[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(cs) && cs[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				cs[a], cs[b] = cs[b], cs[a]
			}
			i = j
		}
	}
	out := make([]rune, 0, len(rs))
	for _, c := range cs {
		out = append(out, c.runes...)
	}
	return string(out)
}

// numbersOnly reports whether a left-to-right run has digits but no left-to-right letter: a
// number among right-to-left text, which keeps its own order inside it.
func numbersOnly(s string) bool {
	digits := false
	for _, r := range s {
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.L:
			return false
		case bidi.EN, bidi.AN:
			digits = true
		}
	}
	return digits
}

// mirror returns the character drawn for r in right-to-left text: the other bracket of a pair,
// and the other of a few signs that point one way (Unicode's Bidi_Mirroring_Glyph, in part).
func mirror(r rune) rune {
	if p, _ := bidi.LookupRune(r); p.IsBracket() {
		return []rune(bidi.ReverseString(string(r)))[0]
	}
	switch r {
	case '<':
		return '>'
	case '>':
		return '<'
	case '«':
		return '»'
	case '»':
		return '«'
	case '‹':
		return '›'
	case '›':
		return '‹'
	case '≤':
		return '≥'
	case '≥':
		return '≤'
	}
	return r
}
