package pdf

import (
	"strconv"
	"strings"
)

// The table of contents lists the parts and the article's sections down to level 2, each linked
// to its heading, with page numbers. fpdf cannot know a page number before the page is laid out,
// so each number is written as an alias that fpdf replaces when it closes the document, once the
// heading has been set. The replacement is always a figure space and three digits or figure
// spaces, all as wide as a digit, so numbers set flush right line up exactly.

type tocEntry struct {
	title string
	level int // 0 for parts, 1 for the article's level-2 sections
	link  int
	alias string
}

// tocMaxLevel is the deepest model section level listed.
const tocMaxLevel = 2

// tocNumberWidth is how many digit widths a page number takes in the table of contents.
const tocNumberWidth = "0000"

// addTOC adds an entry and returns its index.
func (d *document) addTOC(title string, level int) int {
	i := len(d.toc)
	d.toc = append(d.toc, tocEntry{title: title, level: level, link: d.f.AddLink(),
		alias: "\u2007{toc" + strconv.Itoa(i) + "}"})
	return i
}

// tocIndex returns the index of the part entry with the given title, or -1.
func (d *document) tocIndex(title string) int {
	for i, e := range d.toc {
		if e.level == 0 && e.title == title {
			return i
		}
	}
	return -1
}

// reached is called as the heading of TOC entry i is set: its link and page number point here.
func (d *document) reached(i int) {
	if i < 0 || i >= len(d.toc) {
		return
	}
	page := strconv.Itoa(d.f.PageNo())
	d.f.SetLink(d.toc[i].link, d.f.GetY(), d.f.PageNo())
	pad := max(0, len(tocNumberWidth)-len(page))
	d.f.RegisterAlias(d.toc[i].alias, strings.Repeat("\u2007", pad)+page)
}

// contents sets the table of contents: one column, or two when it is long.
func (d *document) contents() {
	if len(d.toc) < 3 {
		return
	}
	sp := d.spec(styleEntry)
	cols := 1
	if len(d.toc) > 14 {
		cols = 2
	}
	const gap = 8.0
	colW := (d.contentW - gap*float64(cols-1)) / float64(cols)
	perCol := (len(d.toc) + cols - 1) / cols
	d.heading("Contents", styleHeading2, -1, float64(perCol)*sp.leading, -1)
	d.use(styleEntry)
	numW := d.width(tocNumberWidth)
	top := d.f.GetY()
	if top+float64(perCol)*sp.leading > d.bottom() { // too long for this page even so
		perCol = max(1, int((d.bottom()-top)/sp.leading))
	}
	for i, e := range d.toc[:min(len(d.toc), perCol*cols)] {
		x := marginLeft + float64(i/perCol)*(colW+gap)
		y := top + float64(i%perCol)*sp.leading
		indent := 5.0 * float64(e.level)
		titleW := colW - indent - numW - 2
		d.use(styleEntry)
		title := truncateWidth(e.title, titleW, d.measure())
		d.text(x+indent, y, titleW, title, sp, "L", "")
		d.setTextColor(colorMuted)
		d.text(x+colW-numW, y, numW, e.alias, sp, "L", "")
		d.setTextColor(sp.color)
		d.f.Link(x, y, colW, sp.leading, e.link)
	}
	d.f.SetXY(marginLeft, top+float64(perCol)*sp.leading)
	d.advance(3)
}

// truncateWidth shortens s with "…" until it fits the width.
func truncateWidth(s string, width float64, m measure) string {
	if m(s) <= width {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ,;:") + "…"
		if m(t) <= width {
			return t
		}
	}
	return "…"
}
