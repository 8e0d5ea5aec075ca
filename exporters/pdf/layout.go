package pdf

// The dossier's layout in one place: page geometry in millimetres, type sizes in points, colours
// as 0xRRGGBB.

// Page geometry: the margins are the same on every page size; the page's width and height come
// from Options.PageSize (see pageSize) and everything across the page is derived from them.
const (
	marginLeft   = 20.0
	marginRight  = 20.0
	marginTop    = 18.0
	marginBottom = 20.0 // the body ends here on every page but the first, which also holds the attribution

	footerFromBottom = 13.0 // from the top of the "Page N of M" line to the foot of the page
	footerLineHeight = 4.0
	attributionGap   = 4.0  // between the attribution and the page number line
	attributionRule  = 2.5  // between the rule above the attribution and its first line
	attributionRoom  = 60.0 // the most of page 1 the attribution may take; longer text is cut with "…"
	bodyAboveRule    = 4.0  // free space between the body and the rule above the attribution
)

// Vertical rhythm.
const (
	paragraphGap    = 2.6 // after each paragraph
	headingBefore   = 5.0 // above a heading that does not start a page
	headingAfter    = 2.0
	partRuleGap     = 1.6 // between a part heading and its rule
	keepLines       = 2   // body lines that must follow a heading on its page
	maxHeadingLines = 6
	minJustify      = 0.8 // a line narrower than this share of the column is left-aligned, not stretched
)

// Tables.
const (
	cellPadX      = 1.8
	cellPadY      = 1.3
	tableGapAfter = 3.0
	factsLabelW   = 36.0
)

// Colours.
const (
	colorText       = 0x222222
	colorMuted      = 0x6B6B6B
	colorAccent     = 0x1F4E79
	colorLink       = 0x1A5FB4
	colorRule       = 0xB8C4D0
	colorHeaderFill = 0xDDE6F0
	colorStripe     = 0xF3F5F8
	colorFactsFill  = 0xF5F6F8
)

// face is one of the embedded fonts: DejaVu Sans LGC in three faces, which every style is set in,
// and the fallbacks that draw what it lacks (see fonts.go). DejaVu Sans LGC is DejaVu Sans cut
// down to Latin, Greek, Cyrillic and the common symbols (assets/fonts/NOTICE), which is all most
// dossiers need and a quarter of the glyphs to parse; the whole of DejaVu Sans is a fallback.
type face int

const (
	regular face = iota
	bold
	oblique
	dejavu // all of DejaVu Sans: Arabic, Hebrew, Armenian, Georgian…
	dejavuBold
	thai
	thaiBold
	cjk // Droid Sans Fallback: Chinese, Japanese and Korean; it has no bold
	faceCount
)

// psName is the font's PostScript name, as the PDF names it.
func (fc face) psName() string {
	switch fc {
	case bold:
		return "DejaVuSansLGC-Bold"
	case oblique:
		return "DejaVuSansLGC-Oblique"
	case dejavu:
		return "DejaVuSans"
	case dejavuBold:
		return "DejaVuSans-Bold"
	case thai:
		return "NotoSansThai-Regular"
	case thaiBold:
		return "NotoSansThai-Bold"
	case cjk:
		return "DroidSansFallback"
	}
	return "DejaVuSansLGC"
}

// fallbacks are the faces tried, in order, for a character DejaVu Sans LGC lacks.
var fallbacks = []face{dejavu, thai, cjk}

// variant is the fallback's face that suits text set in fc: bold for bold. The whole of DejaVu
// Sans is embedded upright only: oblique text falls back to upright letters.
func (fc face) variant(of face) face {
	switch {
	case fc == dejavu && of == bold:
		return dejavuBold
	case fc == thai && of == bold:
		return thaiBold
	}
	return fc
}

// isDejaVu reports whether the face is DejaVu Sans, whole or cut down: a character it draws is
// no cause for a warning.
func (fc face) isDejaVu() bool { return fc <= dejavuBold }

// label names the font for a reader.
func (fc face) label() string {
	switch fc {
	case thai, thaiBold:
		return "Noto Sans Thai"
	case cjk:
		return "Droid Sans Fallback"
	}
	return "DejaVu Sans"
}

// file is the font's file name in package assets.
func (fc face) file() string { return fc.psName() + ".ttf" }

// family is the name the font is registered under with fpdf. fpdf writes it into the PDF as
// "utf8" + lower-case family, which is as long as a subset name "ABCDEF+" + psName, so that
// tagSubsets can rename it in place.
func (fc face) family() string { return "vt-" + fc.psName() }

// textStyle names a kind of text in the dossier; spec gives its font, size, leading and colour.
type textStyle int

const (
	styleName textStyle = iota
	styleDescription
	styleFullName
	styleLife
	stylePart // the headings of the fixed parts and of the article (section level 1)
	styleHeading2
	styleHeading3
	styleBody
	styleNote // a sentence that stands in for an empty part
	styleTable
	styleTableMuted
	styleTableHeader
	styleFactsLabel
	styleFooter
	styleAttribution
	styleRef   // a reference mark, [1], and the label of a numbered entry
	styleEntry // the text of a numbered entry and of the table of contents
	styleAxis  // the timeline's year labels, row labels and legend
)

type fontSpec struct {
	face    face
	size    float64 // points
	leading float64 // line height in mm
	color   int
}

func (s textStyle) spec() fontSpec {
	switch s {
	case styleName:
		return fontSpec{bold, 24, 10.5, colorAccent}
	case styleDescription:
		return fontSpec{regular, 13, 6.2, colorText}
	case styleFullName:
		return fontSpec{bold, 10.5, 5.2, colorText}
	case styleLife:
		return fontSpec{regular, 10, 5.0, colorMuted}
	case stylePart:
		return fontSpec{bold, 15, 7.0, colorAccent}
	case styleHeading2:
		return fontSpec{bold, 12.5, 6.0, colorAccent}
	case styleHeading3:
		return fontSpec{bold, 11, 5.4, colorText}
	case styleNote:
		return fontSpec{oblique, 10.5, 5.2, colorMuted}
	case styleTable:
		return fontSpec{regular, 9, 4.2, colorText}
	case styleTableMuted:
		return fontSpec{oblique, 9, 4.2, colorMuted}
	case styleTableHeader:
		return fontSpec{bold, 8.5, 4.2, colorAccent}
	case styleFactsLabel:
		return fontSpec{bold, 9, 4.2, colorMuted}
	case styleFooter:
		return fontSpec{regular, 8, footerLineHeight, colorMuted}
	case styleAttribution:
		return fontSpec{regular, 7.5, 3.4, colorMuted}
	case styleRef:
		return fontSpec{regular, 8, 4.2, colorLink}
	case styleEntry:
		return fontSpec{regular, 9, 4.3, colorText}
	case styleAxis:
		return fontSpec{regular, 7, 3.2, colorText}
	}
	return fontSpec{regular, 10.5, 5.2, colorText} // styleBody
}
