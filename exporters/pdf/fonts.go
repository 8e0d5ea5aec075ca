package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vita-project/vita/assets"
)

// Text is set in DejaVu Sans LGC. A character it lacks is drawn in the first fallback font that
// has it (the whole of DejaVu Sans, then Noto Sans Thai), so that each line is written as runs of
// one font each; a fallback is embedded only in a dossier that uses it. Options.Warn hears once
// of each character that DejaVu Sans, whole, lacks.

// coverage is the set of Basic Multilingual Plane characters a font maps to a glyph. clean has
// already turned every character beyond the plane into U+FFFD.
type coverage [0x10000 / 64]uint64

func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 0x10000 && c[r>>6]&(1<<(r&63)) != 0
}

// fontCoverage reads the character map of an embedded font once per process: the fonts are
// compiled in, so the result never changes. A fallback's map is read only when a document has a
// character the faces before it lack.
func fontCoverage(fc face) (*coverage, error) { return coverageOnce[fc]() }

var coverageOnce = func() (all [faceCount]func() (*coverage, error)) {
	for fc := range faceCount {
		all[fc] = sync.OnceValues(func() (*coverage, error) {
			data, err := assets.Font(fc.file())
			if err != nil {
				return nil, err
			}
			var c coverage
			if err := readCmap(data, &c); err != nil {
				return nil, fmt.Errorf("%s: %w", fc.file(), err)
			}
			return &c, nil
		})
	}
	return all
}()

// readCmap fills c from a TrueType font's Unicode character map (format 4 or 12).
func readCmap(data []byte, c *coverage) error {
	be := binary.BigEndian
	bad := errors.New("no readable Unicode cmap")
	if len(data) < 12 {
		return bad
	}
	var cmap []byte
	for i, n := 0, int(be.Uint16(data[4:])); i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return bad
		}
		if string(data[rec:rec+4]) == "cmap" {
			off, length := int(be.Uint32(data[rec+8:])), int(be.Uint32(data[rec+12:]))
			if off+length > len(data) {
				return bad
			}
			cmap = data[off : off+length]
		}
	}
	if len(cmap) < 4 {
		return bad
	}
	best := -1
	for i, n := 0, int(be.Uint16(cmap[2:])); i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return bad
		}
		platform, encoding, off := be.Uint16(cmap[rec:]), be.Uint16(cmap[rec+2:]), int(be.Uint32(cmap[rec+4:]))
		if off+4 > len(cmap) {
			continue
		}
		format := be.Uint16(cmap[off:])
		if (platform == 3 && (encoding == 1 || encoding == 10)) || platform == 0 {
			if format == 12 || (format == 4 && best < 0) {
				best = off
			}
		}
	}
	if best < 0 {
		return bad
	}
	t := cmap[best:]
	set := func(lo, hi uint32) {
		for r := lo; r <= hi && r < 0x10000; r++ {
			c[r>>6] |= 1 << (r & 63)
		}
	}
	switch be.Uint16(t) {
	case 4:
		if len(t) < 14 {
			return bad
		}
		segs := int(be.Uint16(t[6:])) / 2
		if 16+8*segs > len(t) {
			return bad
		}
		ends, starts := t[14:], t[16+2*segs:]
		deltas, ranges := t[16+4*segs:], t[16+6*segs:]
		for s := range segs {
			lo, hi := uint32(be.Uint16(starts[2*s:])), uint32(be.Uint16(ends[2*s:]))
			delta, ro := be.Uint16(deltas[2*s:]), int(be.Uint16(ranges[2*s:]))
			for r := lo; r <= hi && r != 0xFFFF; r++ {
				glyph := uint16(r) + delta
				if ro != 0 {
					at := 16 + 6*segs + 2*s + ro + 2*int(r-lo)
					if at+2 > len(t) {
						break
					}
					if glyph = be.Uint16(t[at:]); glyph != 0 {
						glyph += delta
					}
				}
				if glyph != 0 {
					set(r, r)
				}
			}
		}
	case 12:
		if len(t) < 16 {
			return bad
		}
		n := int(be.Uint32(t[12:]))
		for g := range n {
			at := 16 + 12*g
			if at+12 > len(t) {
				break
			}
			set(be.Uint32(t[at:]), be.Uint32(t[at+4:]))
		}
	default:
		return bad
	}
	return nil
}

// fontState is what a document remembers about its fonts: which faces it has embedded and
// which missing characters it has reported.
type fontState struct {
	cov     [faceCount]*coverage // read as needed; see covers
	added   [faceCount]bool
	fail    func(error)
	warned  map[rune]bool
	missing []missingRune // what report has noted, for warnMissing
	warn    func(string)
}

// covers reports whether fc draws r, reading fc's character map the first time it is asked.
func (s *fontState) covers(fc face, r rune) bool {
	if s.cov[fc] == nil {
		c, err := fontCoverage(fc)
		if err != nil {
			s.fail(fmt.Errorf("loading fonts: %w", err))
			c = new(coverage)
		}
		s.cov[fc] = c
	}
	return s.cov[fc].has(r)
}

// A run is text to be set in one face.
type run struct {
	text string
	face face
}

// runs splits s into runs of the faces that draw it when it is set in fc, or returns nil when fc
// draws all of it, as it nearly always does.
func (d *document) runs(s string, fc face) []run {
	whole := true
	for _, r := range s {
		if r >= 0x80 && !d.fonts.covers(fc, r) && !unicode.IsSpace(r) {
			whole = false
			break
		}
	}
	if whole {
		return nil
	}
	var out []run
	start, cur := 0, fc
	for i := 0; i < len(s); {
		n := clusterLen(s[i:])
		r, _ := utf8.DecodeRuneInString(s[i:])
		want := cur
		if !unicode.IsSpace(r) {
			want = d.faceFor(r, fc)
		}
		for _, mark := range s[i+utf8.RuneLen(r) : i+n] { // combining marks go with their letter
			if !d.fonts.covers(regular, mark) && !d.fonts.covers(dejavu, mark) {
				by := ""
				if d.fonts.covers(want, mark) {
					by = want.label()
				}
				d.report(mark, by)
			}
		}
		if want != cur && i > start {
			out = append(out, run{s[start:i], cur})
			start = i
		}
		cur = want
		i += n
	}
	return append(out, run{s[start:], cur})
}

// faceFor chooses the face that draws r in text set in fc, reporting r once when DejaVu Sans
// (whole) lacks it.
func (d *document) faceFor(r rune, fc face) face {
	if r < 0x80 || d.fonts.covers(fc, r) {
		return fc
	}
	if d.fonts.covers(regular, r) { // the oblique face lacks a few letters the upright one has
		return regular
	}
	for _, fb := range fallbacks {
		if d.fonts.covers(fb, r) {
			if !fb.isDejaVu() {
				d.report(r, fb.label())
			}
			return fb.variant(fc)
		}
	}
	d.report(r, "")
	return fc
}

// report notes that DejaVu Sans lacks r and that the fallback by draws it ("" when none does).
// Write tells Options.Warn of them at the end, a line per fallback (see warnMissing).
func (d *document) report(r rune, by string) {
	if d.fonts.warned[r] || d.fonts.warn == nil {
		return
	}
	d.fonts.warned[r] = true
	d.fonts.missing = append(d.fonts.missing, missingRune{r, by})
}

// A missingRune is a character DejaVu Sans lacks and the fallback that draws it: "" when none
// does, beyondPlane when no font of the dossier can hold it.
type missingRune struct {
	r  rune
	by string
}

const beyondPlane = "\x00beyond"

// warnMissing tells Options.Warn of the characters the dossier could not set in DejaVu Sans: a
// line for those each fallback font draws, one for those no font has (blank boxes) and one for
// those beyond the Basic Multilingual Plane (printed as U+FFFD), each character named once with
// its code point, in the order first met.
func (d *document) warnMissing() {
	if d.fonts.warn == nil || len(d.fonts.missing) == 0 {
		return
	}
	var order []string
	groups := map[string][]string{}
	for _, m := range d.fonts.missing {
		if _, ok := groups[m.by]; !ok {
			order = append(order, m.by)
		}
		groups[m.by] = append(groups[m.by], fmt.Sprintf("%q (U+%04X)", m.r, m.r))
	}
	for _, by := range order {
		chars := strings.Join(groups[by], ", ")
		switch by {
		case beyondPlane:
			d.fonts.warn(fmt.Sprintf("pdf: %s: beyond the Basic Multilingual Plane, which no font of the dossier can hold, so printed as U+FFFD: %s", d.name, chars))
		case "":
			d.fonts.warn(fmt.Sprintf("pdf: %s: in neither DejaVu Sans nor any fallback font, so printed as blank boxes: %s", d.name, chars))
		default:
			d.fonts.warn(fmt.Sprintf("pdf: %s: not in DejaVu Sans, so drawn in %s: %s", d.name, by, chars))
		}
	}
}

// setFace selects a face at a size, adding it to the document the first time it is used.
func (d *document) setFace(fc face, size float64) {
	if !d.fonts.added[fc] {
		data, err := assets.Font(fc.file())
		if err != nil {
			d.f.SetError(err)
			return
		}
		d.f.AddUTF8FontFromBytes(fc.family(), "", data)
		d.fonts.added[fc] = true
	}
	d.f.SetFont(fc.family(), "", size)
}

// width is the width of s in the current style, each run in its own face, with its Arabic
// shaped as it is drawn.
func (d *document) width(s string) float64 {
	s = shape(s)
	rs := d.runs(s, d.cur.face)
	if rs == nil {
		return d.f.GetStringWidth(s)
	}
	w := 0.0
	for _, r := range rs {
		d.setFace(r.face, d.cur.size)
		w += d.f.GetStringWidth(r.text)
	}
	d.setFace(d.cur.face, d.cur.size)
	return w
}

// text sets one line of text at (x, y) in a box of width w and the style's leading, linked to a
// URL when link is not empty. A line of several runs is aligned as a whole; justified, each run
// stretches its own spaces by the same amount.
// The line is its own paragraph as far as its direction goes.
func (d *document) text(x, y, w float64, s string, sp fontSpec, align, link string) {
	d.textIn(x, y, w, s, sp, align, link, rightToLeft(s))
}

// textIn sets one line of a paragraph of the given direction, shaped and in visual order.
func (d *document) textIn(x, y, w float64, s string, sp fontSpec, align, link string, rtl bool) {
	s = visual(shape(s), rtl)
	rs := d.runs(s, sp.face)
	if rs == nil {
		d.f.SetXY(x, y)
		d.f.CellFormat(w, sp.leading, s, "", 0, align, false, 0, link)
		return
	}
	stretch := 0.0 // what each space gains in a justified line
	switch total := d.width(s); align {
	case "R":
		x += w - total
	case "C":
		x += (w - total) / 2
	case "J":
		if n := strings.Count(s, " "); n > 0 && total < w {
			stretch = (w - total) / float64(n)
		}
	}
	for _, r := range rs {
		d.setFace(r.face, sp.size)
		rw, runAlign := d.f.GetStringWidth(r.text), "L"
		if n := strings.Count(r.text, " "); stretch > 0 && n > 0 {
			rw, runAlign = rw+stretch*float64(n), "J"
		}
		d.f.SetXY(x, y)
		d.f.CellFormat(rw, sp.leading, r.text, "", 0, runAlign, false, 0, link)
		x += rw
	}
	d.setFace(sp.face, sp.size)
}
