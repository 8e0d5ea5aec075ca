// Package csv writes a biography's positions and events as one CSV file (RFC 4180: comma
// separated, fields quoted where needed, CRLF line ends, a header row), for tools that read tables
// rather than workbooks. Merged writes many people into one file.
//
// Layout: one row per position, then one per event, in the model's order. The first column,
// record, says which a row is ("position" or "event"); the columns are the union of both kinds, and
// a column that does not apply to a row is empty. Dates are EDTF ("1944-02", "197X", "1843~"), so
// nothing is lost and nothing is claimed that the article does not state; start_year, end_year and
// year are the stated years as numbers, for sorting. ongoing is "true" when no end is stated and
// the person is not known to have died, else "false"; years_in_post is end_year minus start_year
// when both are stated, else empty. The columns are listed in Columns.
//
// The file is UTF-8 without a byte order mark, which is what most programs and RFC 4180 expect;
// Options.BOM adds one for spreadsheet programs that otherwise guess a legacy encoding.
//
// Text from the article is never a formula when the file is opened in a spreadsheet: a text field
// that begins with =, +, -, @, a tab or a carriage return gets a single quote in front (the OWASP
// advice against CSV injection). Fields vita makes itself (dates, numbers, true/false) are left
// as they are. The same biography and Options give the same bytes.
package csv

import (
	stdcsv "encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vita-project/vita/model"
)

// Options are the choices Write and Merged honour. The zero value is useful.
type Options struct {
	BOM bool // start the file with a UTF-8 byte order mark
}

// Columns are the columns Write writes, in order. Merged writes PersonColumns before them.
var Columns = []string{
	"record", "role", "organisation", "parent_organisation", "qualifier",
	"start", "end", "ongoing", "years_in_post", "start_year", "end_year",
	"date", "year", "kind", "description", "evidence",
}

// PersonColumns come first in a merged file.
var PersonColumns = []string{"person_id", "person_name"}

// Record kinds, the record column's values.
const (
	PositionRecord = "position"
	EventRecord    = "event"
)

// Write writes b's positions and events to w as CSV.
func Write(w io.Writer, b *model.Biography, opts Options) error {
	if b == nil {
		return errors.New("csv: no biography to write")
	}
	cw, err := start(w, opts, Columns)
	if err != nil {
		return fmt.Errorf("csv: %s: %w", label(b), err)
	}
	if err := writeRecords(cw, b, nil); err != nil {
		return fmt.Errorf("csv: %s: %w", label(b), err)
	}
	return nil
}

func start(w io.Writer, opts Options, header []string) (*stdcsv.Writer, error) {
	if opts.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, err
		}
	}
	cw := stdcsv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return nil, err
	}
	cw.Flush()
	return cw, cw.Error()
}

// writeRecords writes b's rows, each after the given leading fields.
func writeRecords(cw *stdcsv.Writer, b *model.Biography, lead []string) error {
	dead := b.Died != nil && (!b.Died.Date.IsZero() || strings.TrimSpace(b.Died.Place) != "")
	row := make([]string, 0, len(lead)+len(Columns))
	for _, p := range b.Positions {
		var parent string
		if o := b.Organization(p.Organization); o != nil {
			parent = b.OrganizationName(o.PartOf)
		}
		startYear, endYear := year(p.Start), year(p.End)
		var inPost string
		if startYear != "" && endYear != "" {
			inPost = strconv.Itoa(p.End.Year - p.Start.Year)
		}
		row = append(row[:0], lead...)
		row = append(row, PositionRecord, safe(p.Role), safe(b.OrganizationName(p.Organization)), safe(parent),
			safe(p.Qualifier), p.Start.String(), p.End.String(), strconv.FormatBool(p.End.IsZero() && !dead),
			inPost, startYear, endYear, "", "", "", "", safe(evidence(p.Evidence)))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for _, e := range b.Events {
		row = append(row[:0], lead...)
		row = append(row, EventRecord, "", safe(b.OrganizationName(e.Organization)), "", "", "", "", "", "", "", "",
			e.Date.String(), year(e.Date), safe(string(e.Kind)), safe(e.Text), safe(evidence(e.Evidence)))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// year is d's stated year as a number, or "" for an unknown date, a decade or a century.
func year(d model.Date) string {
	if d.Precision < model.PrecisionYear {
		return ""
	}
	return strconv.Itoa(d.Year)
}

// evidence joins the sentences that state a fact, a blank line between them, each once.
func evidence(es []model.Evidence) string { return strings.Join(model.Sentences(es), "\n\n") }

// safe makes text from an article fit for a CSV field that a spreadsheet may open: valid UTF-8,
// and never a formula.
func safe(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func label(b *model.Biography) string {
	if b.ID != "" {
		return b.ID
	}
	if b.Name != "" {
		return strconv.Quote(b.Name)
	}
	return "biography"
}

// Merged writes many biographies into one CSV file: the columns of Write after PersonColumns.
// Each Add writes its rows at once, so memory does not grow with the number of people.
type Merged struct {
	cw     *stdcsv.Writer
	closed bool
}

// NewMerged writes the header row to w and returns a Merged that adds rows to it.
func NewMerged(w io.Writer, opts Options) (*Merged, error) {
	cw, err := start(w, opts, append(append([]string{}, PersonColumns...), Columns...))
	if err != nil {
		return nil, fmt.Errorf("csv: merged file: %w", err)
	}
	return &Merged{cw: cw}, nil
}

// Add writes b's positions and events, each after b's ID and name.
func (m *Merged) Add(b *model.Biography) error {
	if m.closed {
		return errors.New("csv: merged file: Add after Close")
	}
	if b == nil {
		return errors.New("csv: merged file: no biography to add")
	}
	if err := writeRecords(m.cw, b, []string{safe(b.ID), safe(b.Name)}); err != nil {
		return fmt.Errorf("csv: merged file: %s: %w", label(b), err)
	}
	return nil
}

// Close flushes the last rows. It does not close the writer given to NewMerged.
func (m *Merged) Close() error {
	if m.closed {
		return errors.New("csv: merged file: closed twice")
	}
	m.closed = true
	m.cw.Flush()
	return m.cw.Error()
}
