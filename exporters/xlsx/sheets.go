package xlsx

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/vita-project/vita/model"
)

// A field is what one cell shows: text, a date that becomes a date cell when it can be one honestly
// and is otherwise written as its text (which may be empty), a number or a truth value.
type field struct {
	text    string
	date    model.Date // zero: a text cell
	long    bool       // the date's format spells the month out ("February 1944")
	link    string     // a URL the text links to
	kind    fieldKind
	number  float64 // for a number
	numFmt  string  // for a number: its format, or "" for General
	boolean bool    // for a truth value
}

type fieldKind uint8

const (
	textOrDate fieldKind = iota
	numberField
	boolField
)

func text(s string) field { return field{text: s} }

// dateField is a date cell for d, or an empty cell when d cannot be one.
func dateField(d model.Date) field { return field{date: d} }

func number(n float64, format string) field {
	return field{kind: numberField, number: n, numFmt: format}
}

func boolean(v bool) field { return field{kind: boolField, boolean: v} }

// edtf is the EDTF column's cell for d: empty when d is an exact day that its date cell holds. An
// exact day that no date cell can hold (before March 1900) is the number YYYYMMDD shown as
// 1861-03-04, so that it sorts and is not a date written as text.
func edtf(d model.Date) field {
	if d.Precision == model.PrecisionDay && !d.Approximate && !d.Uncertain {
		if dateCellOK(d) {
			return field{}
		}
		if d.Year > 0 {
			return number(float64(d.Year*10000+d.Month*100+d.Day), dayNumberFormat)
		}
	}
	return text(d.String())
}

// dayNumberFormat shows a YYYYMMDD number as YYYY-MM-DD.
const dayNumberFormat = `0000"-"00"-"00`

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
// them. A streamed sheet cannot see its content in advance and takes the fixed width instead.
type column struct {
	header             string
	minWidth, maxWidth float64
}

// streamWidth is the width a column gets when the sheet is streamed.
func (c column) streamWidth() float64 {
	return min(max(c.minWidth, displayWidth(c.header)+4, (c.minWidth+c.maxWidth)/2), c.maxWidth)
}

// A table is one sheet: a header row, then the rows. A named table becomes an Excel table of that
// name, with filter buttons on its header.
type table struct {
	sheet   string
	name    string // the Excel table's name; "" for a plain sheet
	columns []column
	rows    [][]field
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
	t := table{sheet: SourcesSheet, name: "Sources", columns: []column{
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
	numberColumn   = [2]float64{8, 12}
	evidenceColumn = [2]float64{40, 80}
)

func col(header string, w [2]float64) column {
	return column{header: header, minWidth: w[0], maxWidth: w[1]}
}

// positionColumns are the Positions sheet's columns. Ongoing is TRUE when no end is stated and the
// person is not known to have died; Years in post is End year minus Start year when both are
// stated, else empty (never counted to today, which would make the output depend on the day).
// Start year and End year are the stated years as numbers, so that positions before 1900, which
// have no date cell, still sort; a decade or century leaves them empty.
var positionColumns = []column{
	col("Role", shortColumn), col("Organisation", shortColumn), col("Parent organisation", shortColumn),
	col("Qualifier", shortColumn), col("Start", dateColumn), col("End", dateColumn),
	col("Ongoing", numberColumn), col("Years in post", numberColumn),
	col("Start year", numberColumn), col("End year", numberColumn),
	col("Start (EDTF)", edtfColumn), col("End (EDTF)", edtfColumn), col("Evidence", evidenceColumn),
}

func positionsTable(b *model.Biography) table {
	t := table{sheet: PositionsSheet, name: "Positions", columns: positionColumns}
	dead := died(b)
	for _, p := range b.Positions {
		t.rows = append(t.rows, positionRow(b, p, dead))
	}
	return t
}

// died reports whether b records a death, so that no position of theirs is ongoing.
func died(b *model.Biography) bool {
	return b.Died != nil && (!b.Died.Date.IsZero() || strings.TrimSpace(b.Died.Place) != "")
}

func positionRow(b *model.Biography, p model.Position, dead bool) []field {
	var parent string
	if o := b.Organization(p.Organization); o != nil {
		parent = b.OrganizationName(o.PartOf)
	}
	startYear, startOK := statedYear(p.Start)
	endYear, endOK := statedYear(p.End)
	years := field{}
	if startOK && endOK {
		years = number(float64(endYear-startYear), "")
	}
	return []field{
		text(p.Role), text(b.OrganizationName(p.Organization)), text(parent), text(p.Qualifier),
		dateField(p.Start), dateField(p.End), boolean(p.End.IsZero() && !dead), years,
		yearField(p.Start), yearField(p.End), edtf(p.Start), edtf(p.End), text(evidence(p.Evidence)),
	}
}

// statedYear is d's year when d states one: a year, season, month or day, qualified or not.
func statedYear(d model.Date) (int, bool) {
	return d.Year, d.Precision >= model.PrecisionYear
}

func yearField(d model.Date) field {
	if y, ok := statedYear(d); ok {
		return number(float64(y), "0")
	}
	return field{}
}

// eventColumns are the Events sheet's columns; Year is the stated year as a number, as on the
// Positions sheet.
var eventColumns = []column{
	col("Date", dateColumn), col("Kind", shortColumn), col("Description", [2]float64{20, 60}),
	col("Organisation", shortColumn), col("Year", numberColumn), col("Date (EDTF)", edtfColumn),
	col("Evidence", evidenceColumn),
}

func eventsTable(b *model.Biography) table {
	t := table{sheet: EventsSheet, name: "Events", columns: eventColumns}
	for _, e := range b.Events {
		t.rows = append(t.rows, eventRow(b, e))
	}
	return t
}

func eventRow(b *model.Biography, e model.Event) []field {
	return []field{
		dateField(e.Date), text(strings.ReplaceAll(string(e.Kind), "_", " ")), text(e.Text),
		text(b.OrganizationName(e.Organization)), yearField(e.Date), edtf(e.Date), text(evidence(e.Evidence)),
	}
}

// evidence joins the sentences that state a fact, a blank line between them, each once.
func evidence(es []model.Evidence) string { return strings.Join(model.Sentences(es), "\n\n") }

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
