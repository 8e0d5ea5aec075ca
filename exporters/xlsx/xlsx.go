// Package xlsx writes a biography as an Excel workbook: a Person sheet of key facts and the source,
// then one row per position held and one per event, each with the sentences that state it, so the
// positions can be sorted, filtered and checked against the article in any spreadsheet program; a
// Timeline sheet draws the tenures as a bar chart. Merged writes many people into one workbook in
// constant memory.
//
// The Positions, Events and Sources sheets are Excel tables (style TableStyleMedium2): the table
// carries the filter buttons, so the sheets have no separate autofilter, which would clash with it.
//
// Dates are honest about their precision. A date stated to the year, month or day is a real date
// cell holding its first day, formatted to show only what is known (yyyy, mmm yyyy, d mmm yyyy), so
// it sorts and filters as a date. Every other date leaves the date cell empty: an approximate or
// uncertain date, a decade, century or season (a first day would claim more than the article says),
// and any date before 1 March 1900, which spreadsheet date serials cannot hold (none exist before
// 1900, and Excel and LibreOffice count January and February 1900 differently). Beside each date
// column an EDTF column keeps the model's date as text ("1944-02", "197X", "1843~") whenever the
// date cell does not hold it exactly, so nothing is lost: only a date cell holding an exact day
// leaves it empty, since the cell says all there is (and a day written as text is what spreadsheet
// checkers rightly flag). The Person sheet has no EDTF column: there a date cell spells the month out
// (mmmm yyyy, d mmmm yyyy), and a date that cannot be a date cell is written as English text with
// its EDTF ("c. 1843 (EDTF 1843~)", "the 1970s (EDTF 197X)").
//
// Text from the article is only ever a string cell, never a formula, whatever it starts with.
// Characters that XML 1.0 forbids are dropped, and text longer than a cell can hold (32,767
// characters) is cut with a marker. The same biography and Options give the same bytes.
package xlsx

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// Options are the choices Write honours. The zero value is useful.
type Options struct {
	// Time is written as the workbook's creation and modification time. The zero Time writes
	// 1970-01-01T00:00:00Z, so the output depends only on the biography. The Timeline draws a
	// position that is still held up to Time (so, for the zero Time, only one begun before 1970).
	Time time.Time
}

// Sheet names, in workbook order.
const (
	PersonSheet    = "Person"
	PositionsSheet = "Positions"
	EventsSheet    = "Events"
	TimelineSheet  = "Timeline"
	SourcesSheet   = "Sources"
)

// TableStyle is the Excel table style of the list sheets.
const TableStyle = "TableStyleMedium2"

// MaxCellChars is the most characters (UTF-16 code units) a spreadsheet cell holds; longer text is
// cut to fit and ends with TruncatedMarker.
const (
	MaxCellChars    = 32767
	TruncatedMarker = " … [truncated]"
)

// Write writes b to w as an XLSX workbook.
func Write(w io.Writer, b *model.Biography, opts Options) error {
	if b == nil {
		return fmt.Errorf("xlsx: no biography to write")
	}
	f := excelize.NewFile()
	defer f.Close()
	wb := &workbook{f: f, styles: map[style]int{}}
	wb.build(b, opts)
	if wb.err != nil {
		return fmt.Errorf("xlsx: %s: %w", b.Label(), wb.err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx: %s: writing the workbook: %w", b.Label(), err)
	}
	return nil
}

func (wb *workbook) build(b *model.Biography, opts Options) {
	f := wb.f
	wb.check(f.SetSheetName(f.GetSheetName(0), PersonSheet))
	for _, s := range []string{PositionsSheet, EventsSheet, TimelineSheet, SourcesSheet} {
		_, err := f.NewSheet(s)
		wb.check(err)
	}
	f.SetActiveSheet(0)
	wb.table(personTable(b))
	wb.table(positionsTable(b))
	wb.table(eventsTable(b))
	wb.timeline(timelineBars(b, stamp(opts.Time)))
	wb.table(sourcesTable(b))
	wb.docProps(b, opts)
	sortContentTypes(f)
}

// sortContentTypes puts the package's default content types in a fixed order: adding a chart adds
// the image types from a Go map, in an order that changes from run to run.
func sortContentTypes(f *excelize.File) {
	if d := f.ContentTypes; d != nil {
		sort.SliceStable(d.Defaults, func(i, j int) bool { return d.Defaults[i].Extension < d.Defaults[j].Extension })
	}
}

// workbook writes into an excelize file and keeps the first error, so building a sheet reads as a
// list of cells rather than a ladder of error checks.
type workbook struct {
	f      *excelize.File
	styles map[style]int
	err    error
}

func (wb *workbook) check(err error) {
	if wb.err == nil && err != nil {
		wb.err = err
	}
}

// style names a cell style: the header, text, a link, a date with its number format, a number with
// its format ("" for General), or a truth value.
type style struct {
	kind   string // "header", "text", "link", "date", "number" or "bool"
	numFmt string // for "date" and "number"
}

func (wb *workbook) style(s style) int {
	if id, ok := wb.styles[s]; ok {
		return id
	}
	top := &excelize.Alignment{Vertical: "top"}
	var st excelize.Style
	switch s.kind {
	case "header":
		st = excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: "Calibri", Size: 11},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
			Alignment: top,
		}
	case "text":
		st = excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	case "link":
		st = excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
			Font: &excelize.Font{Color: "0563C1", Underline: "single", Family: "Calibri", Size: 11}}
	case "date":
		format := s.numFmt
		st = excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"},
			CustomNumFmt: &format}
	case "number":
		st = excelize.Style{Alignment: top}
		if s.numFmt != "" {
			format := s.numFmt
			st.CustomNumFmt = &format
		}
	case "bool":
		st = excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}}
	}
	id, err := wb.f.NewStyle(&st)
	wb.check(err)
	wb.styles[s] = id
	return id
}

// A cell is a field made ready to write: a date serial with its format, a number, a truth value, or
// cleaned text.
type cell struct {
	text   string // cleaned; "" for a date, number or truth value, or an empty cell
	kind   fieldKind
	number float64 // a date serial, or a number
	format string  // a date's number format, or "" for anything else
	numFmt string  // a number's format
	value  bool    // a truth value
	link   string
	width  float64 // the characters its content needs
}

func prepare(v field) cell {
	switch v.kind {
	case numberField:
		width := float64(len(fmt.Sprint(v.number)))
		if v.numFmt == dayNumberFormat {
			width = 10 // shown as 1861-03-04
		}
		return cell{kind: numberField, number: v.number, numFmt: v.numFmt, width: width}
	case boolField:
		return cell{kind: boolField, value: v.boolean, width: 5}
	}
	if serial, format, ok := dateCell(v.date, v.long); ok {
		width := float64(len(format)) // "mmm yyyy" shows as "Feb 1944": as many characters
		if v.long {
			width = displayWidth(v.date.Human())
		}
		return cell{number: float64(serial), format: format, width: width}
	}
	s := clean(v.text)
	return cell{text: s, link: v.link, width: displayWidth(s)}
}

// Row heights, in points, for the default font (Calibri 11).
const (
	lineHeight   = 15
	maxRowHeight = 409 // the most a spreadsheet row may be
)

func (wb *workbook) table(t table) {
	f, sheet := wb.f, t.sheet
	cells := make([][]cell, len(t.rows))
	widths := make([]float64, len(t.columns))
	for c, column := range t.columns {
		widths[c] = displayWidth(column.header) + 4 // room for the bold header and the filter button
	}
	for r, row := range t.rows {
		cells[r] = make([]cell, len(row))
		for c, v := range row {
			cells[r][c] = prepare(v)
			widths[c] = max(widths[c], cells[r][c].width+2)
		}
	}
	for c, column := range t.columns {
		widths[c] = min(max(widths[c], column.minWidth), column.maxWidth)
		letter := columnName(c)
		wb.check(f.SetColWidth(sheet, letter, letter, widths[c]))
		name := cellName(c, 0)
		wb.check(f.SetCellStr(sheet, name, column.header))
		wb.check(f.SetCellStyle(sheet, name, name, wb.style(style{kind: "header"})))
	}
	for r, row := range cells {
		lines := 1
		for c, v := range row {
			wb.cell(sheet, cellName(c, r+1), v)
			lines = max(lines, wrappedLines(v.text, widths[c]))
		}
		// Spreadsheets do not all fit a row to wrapped text when they open a file, so the row
		// is given the height its longest cell needs.
		if lines > 1 {
			wb.check(f.SetRowHeight(sheet, r+2, min(float64(lines*lineHeight), maxRowHeight)))
		}
	}
	last := cellName(len(t.columns)-1, len(t.rows))
	wb.check(f.SetSheetDimension(sheet, "A1:"+last))
	wb.check(f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}))
	orientation := "portrait"
	if t.name != "" {
		// The table has its own autoFilter; a sheet autofilter as well would clash with it.
		wb.check(f.AddTable(sheet, &excelize.Table{Range: "A1:" + tableEnd(len(t.columns), len(t.rows)),
			Name: t.name, StyleName: TableStyle}))
		orientation = "landscape"
	}
	// Printed, a sheet is one page wide, as long as it needs, with the header row on every page.
	one, tall := 1, 0
	wb.check(f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: &orientation, FitToWidth: &one, FitToHeight: &tall}))
	fit := true
	wb.check(f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	wb.check(f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", sheet), Scope: sheet}))
}

// cell writes one prepared cell; an empty one is not written at all.
func (wb *workbook) cell(sheet, name string, v cell) {
	f := wb.f
	switch {
	case v.format != "":
		wb.check(f.SetCellInt(sheet, name, int64(v.number)))
		wb.check(f.SetCellStyle(sheet, name, name, wb.style(style{kind: "date", numFmt: v.format})))
		return
	case v.kind == numberField:
		wb.check(f.SetCellFloat(sheet, name, v.number, -1, 64))
		wb.check(f.SetCellStyle(sheet, name, name, wb.style(numberStyle(v.numFmt))))
		return
	case v.kind == boolField:
		wb.check(f.SetCellBool(sheet, name, v.value))
		wb.check(f.SetCellStyle(sheet, name, name, wb.style(style{kind: "bool"})))
		return
	}
	if v.text == "" {
		return
	}
	// SetCellStr always writes a string cell: text starting with "=" or "+" stays text.
	wb.check(f.SetCellStr(sheet, name, cellString(v.text)))
	kind := "text"
	if v.link != "" {
		wb.check(f.SetCellHyperLink(sheet, name, v.link, "External"))
		kind = "link"
	}
	wb.check(f.SetCellStyle(sheet, name, name, wb.style(style{kind: kind})))
}

// wrappedLines estimates how many lines s takes wrapped at word boundaries in a column width
// characters wide. Every character counts as wide as a digit, the unit of column widths, which
// most letters are not, so the estimate errs towards a row too tall rather than text cut off.
func wrappedLines(s string, width float64) int {
	if s == "" {
		return 1
	}
	capacity := max(1, int(width)-1)
	lines := 0
	for _, para := range strings.Split(s, "\n") {
		lines++
		used := 0
		for _, word := range strings.Split(para, " ") {
			w := int(displayWidth(word))
			switch {
			case used == 0:
				used = w
			case used+1+w <= capacity:
				used += 1 + w
			default:
				lines++
				used = w
			}
			for used > capacity { // a word longer than the line breaks anywhere
				lines++
				used -= capacity
			}
		}
	}
	return lines
}

func (wb *workbook) docProps(b *model.Biography, opts Options) {
	stamp := stamp(opts.Time).Format("2006-01-02T15:04:05Z")
	keywords := []string{"biography", "positions"}
	seen := map[string]bool{}
	for _, k := range append(append([]string{}, b.Occupations...), b.Nationality...) {
		k = clean(k)
		if k != "" && !seen[k] {
			seen[k] = true
			keywords = append(keywords, k)
		}
	}
	wb.f.Pkg.Store("docProps/core.xml", coreProperties(clean(b.Name), clean(b.Description),
		strings.Join(keywords, "; "), stamp))
}

// stamp is the time the workbook is written at, in UTC: t, or the epoch for the zero Time.
func stamp(t time.Time) time.Time {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC()
}

// coreProperties is the workbook's docProps/core.xml. excelize's SetDocProps writes keywords and
// lastModifiedBy in the default namespace, which is valid XML but which exceljs, a common reader,
// refuses ("Unexpected xml node"); this writes every element with the prefix Excel itself uses.
func coreProperties(title, subject, keywords, stamp string) []byte {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	element := func(name, value string) {
		if value == "" {
			return
		}
		b.WriteString("<" + name + ">")
		_ = xml.EscapeText(&b, []byte(value)) // a strings.Builder does not fail
		b.WriteString("</" + name + ">")
	}
	element("dc:title", title)
	element("dc:subject", subject)
	element("dc:creator", "vita")
	element("cp:keywords", keywords)
	element("cp:lastModifiedBy", "vita")
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	b.WriteString("</cp:coreProperties>")
	return []byte(b.String())
}

// numberStyle is the style of a number cell: a YYYYMMDD day left-aligned like the dates it stands
// in for, any other number as numbers are.
func numberStyle(numFmt string) style {
	if numFmt == dayNumberFormat {
		return style{kind: "date", numFmt: numFmt}
	}
	return style{kind: "number", numFmt: numFmt}
}

// tableEnd is the bottom right cell of a table of the given columns and data rows. A table needs a
// row below its header, so an empty one keeps a blank row.
func tableEnd(columns, rows int) string {
	return cellName(columns-1, max(rows, 1))
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row+1)
	return name
}

func columnName(col int) string {
	name, _ := excelize.ColumnNumberToName(col + 1)
	return name
}

// Date cells.

// firstSerialDay is the first day a date cell holds: 1 March 1900. Before it Excel counts a
// 29 February 1900 that never was, and LibreOffice does not, so the two show different days.
var firstSerialDay = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)

// serialEpoch is day 0 of the 1900 date system as counted from March 1900 on.
var serialEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// dateCellOK reports whether d can be written as a date cell.
func dateCellOK(d model.Date) bool {
	_, _, ok := dateCell(d, false)
	return ok
}

// dateCell returns the date serial number of d's first day and the number format that shows d at
// its own precision, or ok false when a date cell would claim more than d states or cannot hold it.
func dateCell(d model.Date, long bool) (serial int, format string, ok bool) {
	if d.Approximate || d.Uncertain || d.Year > 9999 {
		return 0, "", false
	}
	month, day := 1, 1
	switch d.Precision {
	case model.PrecisionYear:
		format = "yyyy"
	case model.PrecisionMonth:
		month, format = d.Month, "mmm yyyy"
		if long {
			format = "mmmm yyyy"
		}
	case model.PrecisionDay:
		month, day, format = d.Month, d.Day, "d mmm yyyy"
		if long {
			format = "d mmmm yyyy"
		}
	default: // unknown, decade, century, season
		return 0, "", false
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return 0, "", false
	}
	t := time.Date(d.Year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Before(firstSerialDay) { // 30 February, or before serials are safe
		return 0, "", false
	}
	return int((t.Unix() - serialEpoch.Unix()) / 86400), format, true
}

// Text.

// clean makes s fit for a cell: valid UTF-8, line ends as "\n", no characters XML 1.0 forbids
// (C0 controls other than tab and newline, U+FFFE, U+FFFF), no surrounding space, and at most
// MaxCellChars long, cut with TruncatedMarker.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\t' || r == '\n':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF:
			return -1
		}
		return r
	}, s)
	return truncate(strings.TrimSpace(s))
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncate cuts s to MaxCellChars UTF-16 code units, the unit spreadsheets count, ending it with
// TruncatedMarker when it had to cut.
func truncate(s string) string { return truncateTo(s, MaxCellChars) }

// truncateTo cuts s to at most limit UTF-16 code units, marker included.
func truncateTo(s string, limit int) string {
	if len(s) <= limit || utf16Len(s) <= limit { // len(s) ≥ its UTF-16 length
		return s
	}
	budget, n := limit-utf16Len(TruncatedMarker), 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > budget {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace) + TruncatedMarker
		}
	}
	return s
}

// cellString is s as stored in a cell: escaped where it looks like an OOXML escape, and cut again
// if the escapes made it longer than a cell holds.
func cellString(s string) string {
	e := escapeBSTR(s)
	for over := utf16Len(e) - MaxCellChars; over > 0; over = utf16Len(e) - MaxCellChars {
		s = strings.TrimSuffix(s, TruncatedMarker)
		s = truncateTo(s, utf16Len(s)-over)
		e = escapeBSTR(s)
	}
	return e
}

// bstrPattern is OOXML's escape for a character in a string, _xHHHH_; readers decode it.
var bstrPattern = lazyre.New(`_(x[0-9A-Fa-f]{4}_)`)

// escapeBSTR keeps text that happens to look like an OOXML escape ("_x0041_") from being decoded
// by readers, by escaping its underscore as _x005F_. excelize v2.11.1 leaves shared strings as
// given, so this is the only escaping they get.
func escapeBSTR(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	return bstrPattern.ReplaceAllString(s, "_x005F_$1")
}

// displayWidth is the width of s's longest line in characters, counting East Asian wide
// characters twice.
func displayWidth(s string) float64 {
	widest := 0
	for _, line := range strings.Split(s, "\n") {
		w := 0
		for _, r := range line {
			w++
			if wide(r) {
				w++
			}
		}
		widest = max(widest, w)
	}
	return float64(widest)
}

func wide(r rune) bool {
	return r >= 0x1100 && (unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0xFF00 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6))
}
