package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Options are the choices a dossier is written with. The zero value is useful: an A4 dossier in
// the default look, dated 1970-01-01, that reports nothing.
type Options struct {
	// Time is the creation and modification time in the PDF's metadata. The zero Time stands for
	// 1970-01-01T00:00:00Z, so that the same biography always gives the same bytes.
	Time time.Time

	// PageSize is "A4" (the default when empty) or "Letter", in any case.
	PageSize string

	// Style changes the look; its zero value is the default look.
	Style Style

	// Warn, when set, is told of what the dossier cannot show as written: the characters that
	// DejaVu Sans lacks, each named once with its code point, in a message for each fallback font
	// that draws some of them, one for those no font has (blank boxes) and one for those beyond
	// the Basic Multilingual Plane (printed as U+FFFD).
	Warn func(msg string)
}

// Style is the dossier's look. Each zero field keeps the default.
type Style struct {
	// BaseSize is the body text's size in points (default 10.5). Every other type size, line
	// height and row height scales with it. Sizes from 6 to 16 points are accepted.
	BaseSize float64
	// Accent is the colour of the name, headings and timeline bars, as "#RRGGBB" (default
	// "#1F4E79").
	Accent string
}

// defaultBaseSize is the body size that the sizes in layout.go are written for.
const defaultBaseSize = 10.5

// look is a Style resolved: the factor every size is multiplied by, and the accent colour.
type look struct {
	scale  float64
	accent int
}

func (s Style) resolve() (look, error) {
	l := look{scale: 1, accent: colorAccent}
	if s.BaseSize != 0 {
		if s.BaseSize < 6 || s.BaseSize > 16 {
			return l, fmt.Errorf("base size %g pt is outside 6–16 pt", s.BaseSize)
		}
		l.scale = s.BaseSize / defaultBaseSize
	}
	if s.Accent != "" {
		hex, ok := strings.CutPrefix(strings.TrimSpace(s.Accent), "#")
		c, err := strconv.ParseUint(hex, 16, 32)
		if !ok || len(hex) != 6 || err != nil {
			return l, fmt.Errorf("accent colour %q is not #RRGGBB", s.Accent)
		}
		l.accent = int(c)
	}
	return l, nil
}

// pageSize returns fpdf's name for a page size and its width and height in millimetres.
func pageSize(name string) (string, float64, float64, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "a4":
		return "A4", 210, 297, nil
	case "letter":
		return "Letter", 215.9, 279.4, nil
	}
	return "", 0, 0, fmt.Errorf("page size %q is not A4 or Letter", name)
}

// spec is a text style's specification in the document's look.
func (d *document) spec(s textStyle) fontSpec {
	sp := s.spec()
	sp.size *= d.look.scale
	sp.leading *= d.look.scale
	if sp.color == colorAccent {
		sp.color = d.look.accent
	}
	return sp
}

// mix blends colour c with white: share 0 is c, 1 is white.
func mix(c int, share float64) int {
	ch := func(v int) int { return v + int(float64(255-v)*share+0.5) }
	return ch(c>>16)<<16 | ch(c>>8&0xFF)<<8 | ch(c&0xFF)
}
