package pdf

import (
	"strconv"

	"github.com/vita-project/vita/internal/fpdf"
	"github.com/vita-project/vita/model"
)

// document is one dossier being laid out: the fpdf document, the biography it shows and what the
// layout has to remember between pages.
type document struct {
	f           *fpdf.Fpdf
	b           *model.Biography
	name        string // the person's name, cleaned
	attribution []line // the source attribution at the foot of page 1, wrapped

	look         look
	pageW, pageH float64 // the page in millimetres
	contentW     float64 // the column between the margins
	cur          fontSpec
	fonts        *fontState
	evidence     evidenceList
	toc          []tocEntry
	sectionTOC   []int // each section's entry in the table of contents, or -1
}

// setTextColor, setFillColor and setDrawColor take colours as 0xRRGGBB.
func (d *document) setTextColor(c int) { d.f.SetTextColor(c>>16, c>>8&0xFF, c&0xFF) }
func (d *document) setFillColor(c int) { d.f.SetFillColor(c>>16, c>>8&0xFF, c&0xFF) }
func (d *document) setDrawColor(c int) { d.f.SetDrawColor(c>>16, c>>8&0xFF, c&0xFF) }

// use selects the font and colour of a text style and returns its specification.
func (d *document) use(s textStyle) fontSpec {
	sp := d.spec(s)
	d.cur = sp
	d.setFace(sp.face, sp.size)
	d.setTextColor(sp.color)
	return sp
}

// measure returns the width function of the current font.
func (d *document) measure() measure { return d.width }

// wrapIn wraps cleaned text in a style at a width.
func (d *document) wrapIn(s string, st textStyle, width float64) []string {
	d.use(st)
	return wrapText(s, width, d.measure())
}

// bottom is the lowest point the body may reach on the current page: page 1 also holds the
// attribution of the source.
func (d *document) bottom() float64 {
	if d.f.PageNo() == 1 && len(d.attribution) > 0 {
		return d.attributionTop() - attributionRule - bodyAboveRule
	}
	return d.pageH - marginBottom
}

// atTop reports whether nothing has been set on the current page yet.
func (d *document) atTop() bool { return d.f.GetY() <= marginTop+0.01 }

func (d *document) newPage() {
	d.f.AddPage()
	d.f.SetXY(marginLeft, marginTop)
}

// ensure starts a new page unless h millimetres fit below the current position, and reports
// whether it did.
func (d *document) ensure(h float64) bool {
	if d.f.GetY()+h > d.bottom() && !d.atTop() {
		d.newPage()
		return true
	}
	return false
}

// advance moves the current position down by h.
func (d *document) advance(h float64) { d.f.SetXY(marginLeft, d.f.GetY()+h) }

// block sets cleaned text as wrapped lines across the column, breaking pages between lines but
// leaving neither a paragraph's first line alone at the foot of a page nor its last line alone at
// the top of the next. Justified lines keep their words: fpdf stretches the spaces.
func (d *document) block(s string, st textStyle, justify bool) {
	lines := d.wrapIn(s, st, d.contentW)
	sp := d.use(st)
	rtl, flush := rightToLeft(s), "L"
	if rtl {
		flush = "R"
	}
	for i := 0; i < len(lines); {
		take := max(0, min(int((d.bottom()-d.f.GetY())/sp.leading), len(lines)-i))
		if rest := len(lines) - i - take; rest > 0 {
			if i == 0 && take < keepLines {
				take = 0 // orphan: the paragraph starts on the next page
			} else if rest == 1 && take > keepLines {
				take-- // widow: carry a second line over
			}
		}
		if take <= 0 && d.atTop() {
			take = 1 // the page is empty and still too short: set a line anyway
		}
		for _, l := range lines[i : i+take] {
			align := flush
			if justify && i < len(lines)-1 && d.width(l) >= minJustify*d.contentW {
				align = "J"
			}
			d.textIn(marginLeft, d.f.GetY(), d.contentW, l, sp, align, "", rtl)
			d.advance(sp.leading)
			i++
		}
		if i < len(lines) {
			d.newPage()
			d.use(st)
		}
	}
}

// headingStyle is the style of a section heading at a model level (1 is the article's title).
func headingStyle(level int) textStyle {
	switch {
	case level <= 1:
		return stylePart
	case level == 2:
		return styleHeading2
	}
	return styleHeading3
}

// heading sets a heading with an outline entry at the given outline level, on a new page when it
// and next millimetres of what follows it do not fit on this one. A heading longer than
// maxHeadingLines is cut; its outline entry keeps the whole title.
//
// An outline level below 0 gives no outline entry; toc, when not -1, is the heading's entry in the
// table of contents.
func (d *document) heading(title string, st textStyle, outlineLevel int, next float64, toc int) {
	lines := truncate(d.wrapIn(title, st, d.contentW), maxHeadingLines)
	sp := d.spec(st)
	h := float64(len(lines))*sp.leading + headingAfter
	if st == stylePart {
		h += partRuleGap
	}
	before := headingBefore
	if d.atTop() {
		before = 0
	}
	if d.ensure(before + h + next) {
		before = 0
	}
	d.advance(before)
	d.use(st)
	if outlineLevel >= 0 {
		d.f.Bookmark(title, outlineLevel, d.f.GetY())
	}
	d.reached(toc)
	for _, l := range lines {
		d.text(marginLeft, d.f.GetY(), d.contentW, l, sp, "L", "")
		d.advance(sp.leading)
	}
	if st == stylePart {
		d.advance(partRuleGap / 2)
		d.rule(d.f.GetY(), d.look.accent, 0.4)
		d.advance(partRuleGap / 2)
	}
	d.advance(headingAfter)
}

// rule draws a horizontal line across the column.
func (d *document) rule(y float64, color int, width float64) {
	d.setDrawColor(color)
	d.f.SetLineWidth(width)
	d.f.Line(marginLeft, y, d.pageW-marginRight, y)
}

// linesHeight is the height of n lines of a style.
func (d *document) linesHeight(n int, st textStyle) float64 { return float64(n) * d.spec(st).leading }

// footer sets "Page N of M" and the person's name at the foot of every page, and the source's
// attribution above them on the first. fpdf calls it as each page is finished. The page label
// is set flush left because its width is not known until fpdf replaces the alias for the total.
func (d *document) footer() {
	if d.f.PageNo() == 1 {
		d.drawAttribution()
	}
	sp := d.use(styleFooter)
	half := d.contentW / 2
	d.text(marginLeft, d.footerTop(), half, "Page "+strconv.Itoa(d.f.PageNo())+" of "+pageCountAlias, sp, "L", "")
	if name := truncate(wrapText(d.name, half, d.measure()), 1); len(name) > 0 {
		d.text(marginLeft+half, d.footerTop(), half, name[0], sp, "R", "")
	}
}

// footerTop is the top of the "Page N of M" line.
func (d *document) footerTop() float64 { return d.pageH - footerFromBottom }

// pageCountAlias stands for the number of pages until fpdf closes the document.
const pageCountAlias = "{nb}"

// attributionTop is where the first line of the attribution starts on page 1.
func (d *document) attributionTop() float64 {
	return d.footerTop() - attributionGap - d.linesHeight(len(d.attribution), styleAttribution)
}

// drawAttribution sets the wrapped attribution, with its URLs as links, above the page number.
func (d *document) drawAttribution() {
	if len(d.attribution) == 0 {
		return
	}
	y := d.attributionTop()
	d.rule(y-attributionRule, colorRule, 0.2)
	sp := d.use(styleAttribution)
	for _, l := range d.attribution {
		d.drawLine(marginLeft, y, l, sp)
		y += sp.leading
	}
}
