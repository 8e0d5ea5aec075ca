// Package xlsx writes a biography as an Excel workbook: a Person sheet of key facts and the source,
// then one row per position held and one per event, each with the sentences that state it, so the
// positions can be sorted, filtered and checked against the article in any spreadsheet program.
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
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/model"
)

// Options are the choices Write honours. The zero value is useful.
type Options struct {
	// Time is written as the workbook's creation and modification time. The zero Time writes
	// 1970-01-01T00:00:00Z, so the output depends only on the biography.
	Time time.Time
}

// Sheet names, in workbook order.
const (
	PersonSheet    = "Person"
	PositionsSheet = "Positions"
	EventsSheet    = "Events"
	SourcesSheet   = "Sources"
)

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
		return fmt.Errorf("xlsx: %s: %w", label(b), wb.err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx: %s: writing the workbook: %w", label(b), err)
	}
	return nil
}

// label names b in errors: by its ID, else its name.
func label(b *model.Biography) string {
	if b.ID != "" {
		return b.ID
	}
	if b.Name != "" {
		return fmt.Sprintf("%q", b.Name)
	}
	return "biography"
}

// A field is what one cell shows: text, or a date that becomes a date cell when it can be one
// honestly and is otherwise written as its text (which may be empty).
type field struct {
	text   string
	date   model.Date // zero: a text cell
	long   bool       // the date's format spells the month out ("February 1944")
	link   string     // a URL the text links to
	number int        // with numFmt: a number cell
	numFmt string
}

func text(s string) field { return field{text: s} }

// dateField is a date cell for d, or an empty cell when d cannot be one.
func dateField(d model.Date) field { return field{date: d} }

// edtf is the EDTF column's cell for d: empty when d is an exact day that its date cell holds. An
// exact day that no date cell can hold (before March 1900) is the number YYYYMMDD shown as
// 1861-03-04, so that it sorts and is not a date written as text.
func edtf(d model.Date) field {
	if d.Precision == model.PrecisionDay && !d.Approximate && !d.Uncertain {
		if dateCellOK(d) {
			return field{}
		}
		if d.Year > 0 {
			return field{number: d.Year*10000 + d.Month*100 + d.Day, numFmt: `0000"-"00"-"00`}
		}
	}
	return text(d.String())
}

// humanDateField is a date cell with the month spelled out, or, when d cannot be a date cell, d in
// English words followed by its EDTF ("12 February 1809 (EDTF 1809-02-12)", "c. 1843 (EDTF
// 1843~)"), so the text says plainly that it is not a spreadsheet date and keeps the exact form.
func humanDateField(d model.Date) field {
	f := field{date: d, long: true}
	if !d.IsZero() {
		f.text = d.Human() + " (EDTF " + d.String() + ")"
	}
	return f
}

// A column of a list sheet. Widths are in characters; the column is fitted to its content within
// them.
type column struct {
	header             string
	minWidth, maxWidth float64
}

// A table is one sheet: a header row, then the rows.
type table struct {
	sheet   string
	columns []column
	rows    [][]field
	filter  bool // an autofilter over the rows
}

func (wb *workbook) build(b *model.Biography, opts Options) {
	f := wb.f
	wb.check(f.SetSheetName(f.GetSheetName(0), PersonSheet))
	for _, s := range []string{PositionsSheet, EventsSheet, SourcesSheet} {
		_, err := f.NewSheet(s)
		wb.check(err)
	}
	f.SetActiveSheet(0)
	wb.table(personTable(b))
	wb.table(positionsTable(b))
	wb.table(eventsTable(b))
	wb.table(sourcesTable(b))
	wb.docProps(b, opts)
}

func personTable(b *model.Biography) table {
	t := table{sheet: PersonSheet, columns: []column{
		{header: "Fact", minWidth: 12, maxWidth: 20},
		{header: "Value", minWidth: 20, maxWidth: 80},
	}}
	add := func(fact string, v field) {
		if clean(v.text) == "" && !dateCellOK(v.date) {
			return
		}
		t.rows = append(t.rows, []field{text(fact), v})
	}
	add("Name", text(b.Name))
	add("Full name", text(b.FullName))
	add("Other names", text(strings.Join(b.OtherNames, "; ")))
	add("Description", text(b.Description))
	if b.Born != nil {
		add("Born", humanDateField(b.Born.Date))
		add("Birth place", text(b.Born.Place))
	}
	if b.Died != nil {
		add("Died", humanDateField(b.Died.Date))
		add("Death place", text(b.Died.Place))
	}
	add("Nationality", text(strings.Join(b.Nationality, ", ")))
	add("Occupations", text(strings.Join(b.Occupations, ", ")))
	add("Summary", text(b.Summary))
	if len(b.Sources) > 0 {
		s := b.Sources[0] // the article itself; its references are on the Sources sheet
		add("Source", text(s.Title))
		add("Author", text(s.Author))
		add("Publisher", text(s.Publisher))
		add("Source URL", urlField(s.URL))
		add("Licence", text(s.License))
		add("Note", text(s.Note))
		if n := len(b.Sources) - 1; n > 0 {
			add("References", text(fmt.Sprintf("%d more on the %s sheet", n, SourcesSheet)))
		}
	}
	return t
}

func urlField(u string) field {
	f := field{text: u}
	if linkable(u) {
		f.link = strings.TrimSpace(u)
	}
	return f
}

// sourcesTable lists every source: the article first, then the works it cites.
func sourcesTable(b *model.Biography) table {
	t := table{sheet: SourcesSheet, filter: true, columns: []column{
		col("Title", [2]float64{20, 60}), col("Author", shortColumn), col("Publisher", shortColumn),
		col("Date", dateColumn), col("Date (EDTF)", edtfColumn), col("URL", [2]float64{20, 50}),
		col("Licence", [2]float64{8, 16}), col("Note", [2]float64{10, 40}),
	}}
	for _, s := range b.Sources {
		t.rows = append(t.rows, []field{text(s.Title), text(s.Author), text(s.Publisher),
			dateField(s.Date), edtf(s.Date), urlField(s.URL), text(s.License), text(s.Note)})
	}
	return t
}

// Widths shared by the list sheets.
var (
	shortColumn    = [2]float64{8, 40}
	dateColumn     = [2]float64{11, 14}
	edtfColumn     = [2]float64{10, 14}
	evidenceColumn = [2]float64{40, 80}
)

func col(header string, w [2]float64) column {
	return column{header: header, minWidth: w[0], maxWidth: w[1]}
}

func positionsTable(b *model.Biography) table {
	t := table{sheet: PositionsSheet, filter: true, columns: []column{
		col("Role", shortColumn), col("Organisation", shortColumn), col("Part of", shortColumn),
		col("Qualifier", shortColumn), col("Start", dateColumn), col("End", dateColumn),
		col("Start (EDTF)", edtfColumn), col("End (EDTF)", edtfColumn), col("Evidence", evidenceColumn),
	}}
	for _, p := range b.Positions {
		var partOf string
		if o := b.Organization(p.Organization); o != nil {
			partOf = b.OrganizationName(o.PartOf)
		}
		t.rows = append(t.rows, []field{
			text(p.Role), text(b.OrganizationName(p.Organization)), text(partOf), text(p.Qualifier),
			dateField(p.Start), dateField(p.End), edtf(p.Start), edtf(p.End),
			text(evidence(p.Evidence)),
		})
	}
	return t
}

func eventsTable(b *model.Biography) table {
	t := table{sheet: EventsSheet, filter: true, columns: []column{
		col("Date", dateColumn), col("Date (EDTF)", edtfColumn), col("Kind", shortColumn),
		col("Organisation", shortColumn), col("Description", [2]float64{20, 60}),
		col("Evidence", evidenceColumn),
	}}
	for _, e := range b.Events {
		t.rows = append(t.rows, []field{
			dateField(e.Date), edtf(e.Date), text(strings.ReplaceAll(string(e.Kind), "_", " ")),
			text(b.OrganizationName(e.Organization)), text(e.Text), text(evidence(e.Evidence)),
		})
	}
	return t
}

// evidence joins the sentences that state a fact, a blank line between them, each once.
func evidence(es []model.Evidence) string {
	var out []string
	seen := map[string]bool{}
	for _, e := range es {
		s := strings.TrimSpace(e.Sentence)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return strings.Join(out, "\n\n")
}

// linkable reports whether s is a URL a spreadsheet may open: an absolute web or mail address short
// enough for Excel's hyperlink limit.
func linkable(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 2079 || strings.ContainsAny(s, " \t\n\"<>") {
		return false
	}
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ftp":
		return u.Host != ""
	case "mailto":
		return u.Opaque != ""
	}
	return false
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

// style names a cell style: the header, text, a link, or a date with its number format.
type style struct {
	kind   string // "header", "text", "link" or "date"
	numFmt string // for "date"
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
	}
	id, err := wb.f.NewStyle(&st)
	wb.check(err)
	wb.styles[s] = id
	return id
}

// A cell is a field made ready to write: a date serial with its format, or cleaned text.
type cell struct {
	text   string // cleaned; "" for a date cell or an empty cell
	serial int    // for a date cell
	format string // the date cell's number format; "" for text
	link   string
	width  float64 // the characters its content needs
}

func prepare(v field) cell {
	if v.numFmt != "" {
		return cell{serial: v.number, format: v.numFmt, width: 10}
	}
	if serial, format, ok := dateCell(v.date, v.long); ok {
		width := float64(len(format)) // "mmm yyyy" shows as "Feb 1944": as many characters
		if v.long {
			width = displayWidth(v.date.Human())
		}
		return cell{serial: serial, format: format, width: width}
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
	if t.filter {
		wb.check(f.AutoFilter(sheet, "A1:"+last, nil))
		orientation = "landscape"
	}
	// Printed, a sheet is one page wide, as long as it needs, with the header row on every page.
	one, tall := 1, 0
	wb.check(f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: &orientation, FitToWidth: &one, FitToHeight: &tall}))
	fit := true
	wb.check(f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})) // after AutoFilter, which resets them
	wb.check(f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", sheet), Scope: sheet}))
}

// cell writes one prepared cell; an empty one is not written at all.
func (wb *workbook) cell(sheet, name string, v cell) {
	f := wb.f
	if v.format != "" {
		wb.check(f.SetCellInt(sheet, name, int64(v.serial)))
		wb.check(f.SetCellStyle(sheet, name, name, wb.style(style{kind: "date", numFmt: v.format})))
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
	t := opts.Time
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	stamp := t.UTC().Format("2006-01-02T15:04:05Z")
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
var bstrPattern = regexp.MustCompile(`_(x[0-9A-Fa-f]{4}_)`)

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
