package pdf

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes s safe for fpdf and fit for one run of text: invalid UTF-8 and characters outside the
// Basic Multilingual Plane become U+FFFD (fpdf's UTF-8 fonts index 16-bit tables and panic on
// them), control characters and white space become single spaces, except the no-break spaces,
// which keep words together.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case isNoBreakSpace(r):
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
			continue
		case r > 0xFFFD:
			r = utf8.RuneError
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// reportBeyondPlane notes (see report) the characters of b's text that clean will turn into
// U+FFFD: those beyond the Basic Multilingual Plane (emoji, historic scripts, rare CJK), which
// fpdf's Unicode fonts cannot hold, and so no fallback can draw.
func (d *document) reportBeyondPlane(b any) {
	if d.fonts.warn == nil {
		return
	}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			for _, r := range v.String() {
				if r > 0xFFFF {
					d.report(r, beyondPlane)
				}
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Key())
				walk(it.Value())
			}
		}
	}
	walk(reflect.ValueOf(b))
}

func isNoBreakSpace(r rune) bool { return r == '\u00A0' || r == '\u2007' || r == '\u202F' }

// A word is a run of text without breaking spaces, with the URL it links to, if any.
type word struct {
	text string
	link string
}

// words splits cleaned text at its spaces.
func words(s, link string) []word {
	var ws []word
	for _, t := range strings.Split(s, " ") {
		if t != "" {
			ws = append(ws, word{t, link})
		}
	}
	return ws
}

// A line is the words set on one line, with single spaces between them.
type line []word

func (l line) String() string {
	parts := make([]string, len(l))
	for i, w := range l {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// measure returns the width of s in the current font.
type measure func(s string) float64

// wrap sets words on lines no wider than width. A word wider than a whole line (a long URL, say) is
// broken, preferably after a slash, hyphen or other punctuation, and starts on the current line
// when a good part of it is free.
func wrap(ws []word, width float64, m measure) []line {
	var lines []line
	var cur line
	curW, space := 0.0, m(" ")
	push := func() {
		if len(cur) > 0 {
			lines = append(lines, cur)
		}
		cur, curW = nil, 0
	}
	for _, w := range ws {
		ww := m(w.text)
		switch {
		case len(cur) > 0 && curW+space+ww <= width:
			cur, curW = append(cur, w), curW+space+ww
		case ww <= width:
			push()
			cur, curW = line{w}, ww
		default:
			first := width
			if rest := width - curW - space; len(cur) > 0 && rest >= width/4 {
				first = rest
			} else {
				push()
			}
			for i, p := range breakWord(w.text, first, width, m) {
				if i > 0 {
					push()
				}
				cur = append(cur, word{p, w.link})
			}
			curW = m(cur.String())
		}
	}
	push()
	return lines
}

// wrapText wraps plain cleaned text and returns the lines as strings.
func wrapText(s string, width float64, m measure) []string {
	lines := wrap(words(s, ""), width, m)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.String()
	}
	return out
}

// breakWord cuts a word into pieces, the first no wider than first and the others no wider than
// width, never between a letter and the combining marks that follow it. A piece ends, where it
// can, just after a break character in its second half, so that a URL breaks after "/" rather
// than inside a name.
func breakWord(s string, first, width float64, m measure) []string {
	var pieces []string
	limit := first
	for s != "" {
		end, lastBreak, w := 0, 0, 0.0
		for end < len(s) {
			next := end + clusterLen(s[end:])
			w += m(s[end:next])
			if end > 0 && w > limit {
				break
			}
			if strings.ContainsRune("/-_.?&=,;:", rune(s[next-1])) {
				lastBreak = next
			}
			end = next
		}
		if end < len(s) && lastBreak > end/2 {
			end = lastBreak
		}
		pieces = append(pieces, s[:end])
		s = s[end:]
		limit = width
	}
	return pieces
}

// clusterLen returns the byte length of the first character of s with its combining marks.
func clusterLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.In(r, unicode.Mn, unicode.Me) {
			break
		}
		n += size
	}
	return n
}

// truncate keeps the first n lines and marks the cut with an ellipsis on the last one kept.
func truncate(lines []string, n int) []string {
	if len(lines) <= n || n <= 0 {
		return lines
	}
	kept := append([]string(nil), lines[:n]...)
	kept[n-1] += "…"
	return kept
}

// linkTarget returns the URL as a PDF link may carry it (ASCII, with other bytes percent-encoded),
// or "" when it is not a web or mail address, which a reader should not be sent to by a click.
func linkTarget(u string) string {
	u = strings.TrimSpace(u)
	lower := strings.ToLower(u)
	if !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "http://") &&
		!strings.HasPrefix(lower, "mailto:") {
		return ""
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c >= 0x7F {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
