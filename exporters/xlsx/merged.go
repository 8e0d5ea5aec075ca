package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/model"
)

// Sheets of a merged workbook, in order.
const (
	PeopleSheet = "People"
)

// Merged writes many biographies into one workbook: a People sheet with a row per person, and the
// Positions and Events sheets of Write with two columns in front, Person ID and Person, so that
// everyone's positions can be sorted and filtered together. Rows are streamed as they are added:
// memory stays the same however many people are added, because each sheet's data rows go to a
// temporary file as they are written, and Close copies them from there into the workbook.
//
// A streamed sheet cannot be fitted to its content, so its columns have fixed widths; rows are
// still as tall as their wrapped text needs. The sheets are Excel tables as in Write, with frozen
// headers. The same biographies, added in the same order with the same Options, give the same
// bytes.
//
// Use NewMerged, Add each biography, then Close, which writes the workbook to w.
type Merged struct {
	w      io.Writer
	opts   Options
	wb     *workbook
	sheets []*streamSheet // people, positions, events
	people int
	closed bool
}

// streamSheet is one streamed sheet: its columns and the rows written so far. The StreamWriter
// writes all but the data rows (columns, frozen header, the header row, the table); the data rows
// go to a rowFile, and Close splices them into the sheet.
type streamSheet struct {
	sw      *excelize.StreamWriter
	data    *rowFile
	table   string
	columns []column
	widths  []float64
	rows    int // data rows written
}

// personColumns come first on the merged Positions and Events sheets.
var personColumns = []column{col("Person ID", [2]float64{12, 30}), col("Person", [2]float64{16, 30})}

var peopleColumns = []column{
	col("Person ID", [2]float64{12, 30}), col("Person", [2]float64{16, 30}),
	col("Description", [2]float64{20, 50}), col("Born", dateColumn), col("Died", dateColumn),
	col("Born (EDTF)", edtfColumn), col("Died (EDTF)", edtfColumn),
	col("Positions", numberColumn), col("Events", numberColumn),
}

// NewMerged starts a merged workbook that Close writes to w.
func NewMerged(w io.Writer, opts Options) (*Merged, error) {
	if w == nil {
		return nil, errors.New("xlsx: merged workbook: no writer")
	}
	f := excelize.NewFile()
	m := &Merged{w: w, opts: opts, wb: &workbook{f: f, styles: map[style]int{}}}
	fail := func(err error) (*Merged, error) {
		_ = f.Close()
		return nil, fmt.Errorf("xlsx: merged workbook: %w", err)
	}
	if err := f.SetSheetName(f.GetSheetName(0), PeopleSheet); err != nil {
		return fail(err)
	}
	for _, s := range []string{PositionsSheet, EventsSheet} {
		if _, err := f.NewSheet(s); err != nil {
			return fail(err)
		}
	}
	f.SetActiveSheet(0)
	// Every style a cell may take, made before the first row.
	for _, s := range []style{{kind: "header"}, {kind: "text"}, {kind: "bool"},
		{kind: "date", numFmt: "yyyy"}, {kind: "date", numFmt: "mmm yyyy"}, {kind: "date", numFmt: "d mmm yyyy"},
		numberStyle(""), numberStyle("0"), numberStyle(dayNumberFormat)} {
		m.wb.style(s)
	}
	for _, s := range []struct {
		sheet   string
		columns []column
	}{
		{PeopleSheet, peopleColumns},
		{PositionsSheet, append(append([]column{}, personColumns...), positionColumns...)},
		{EventsSheet, append(append([]column{}, personColumns...), eventColumns...)},
	} {
		ss, err := m.newStreamSheet(s.sheet, s.columns)
		if err != nil {
			m.removeRows()
			return fail(err)
		}
		m.sheets = append(m.sheets, ss)
	}
	if m.wb.err != nil {
		m.removeRows()
		return fail(m.wb.err)
	}
	return m, nil
}

func (m *Merged) newStreamSheet(sheet string, columns []column) (*streamSheet, error) {
	sw, err := m.wb.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	ss := &streamSheet{sw: sw, table: sheet, columns: columns}
	header := make([]any, len(columns))
	for c, column := range columns {
		ss.widths = append(ss.widths, column.streamWidth())
		if err := sw.SetColWidth(c+1, c+1, ss.widths[c]); err != nil {
			return nil, err
		}
		header[c] = excelize.Cell{StyleID: m.wb.style(style{kind: "header"}), Value: column.header}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return nil, err
	}
	if err := sw.SetRow("A1", header); err != nil {
		return nil, err
	}
	if ss.data, err = newRowFile(len(columns)); err != nil {
		return nil, err
	}
	return ss, nil
}

// Add writes b's row on the People sheet and its positions and events.
func (m *Merged) Add(b *model.Biography) error {
	if m.closed {
		return errors.New("xlsx: merged workbook: Add after Close")
	}
	if b == nil {
		return errors.New("xlsx: merged workbook: no biography to add")
	}
	m.people++
	id, name := text(b.ID), text(b.Name)
	var born, diedOn model.Date
	if b.Born != nil {
		born = b.Born.Date
	}
	if b.Died != nil {
		diedOn = b.Died.Date
	}
	rows := [][]field{{id, name, text(b.Description), dateField(born), dateField(diedOn), edtf(born), edtf(diedOn),
		number(float64(len(b.Positions)), ""), number(float64(len(b.Events)), "")}}
	if err := m.sheets[0].write(m.wb, rows); err != nil {
		return fmt.Errorf("xlsx: merged workbook: %s: %w", b.Label(), err)
	}
	dead := died(b)
	rows = rows[:0]
	for _, p := range b.Positions {
		rows = append(rows, append([]field{id, name}, positionRow(b, p, dead)...))
	}
	if err := m.sheets[1].write(m.wb, rows); err != nil {
		return fmt.Errorf("xlsx: merged workbook: %s: %w", b.Label(), err)
	}
	rows = rows[:0]
	for _, e := range b.Events {
		rows = append(rows, append([]field{id, name}, eventRow(b, e)...))
	}
	if err := m.sheets[2].write(m.wb, rows); err != nil {
		return fmt.Errorf("xlsx: merged workbook: %s: %w", b.Label(), err)
	}
	return nil
}

// write streams rows onto the sheet, each as tall as its wrapped text needs.
func (ss *streamSheet) write(wb *workbook, rows [][]field) error {
	values := make([]any, len(ss.columns))
	for _, row := range rows {
		lines := 1
		for c, v := range row {
			cl := prepare(v)
			values[c] = wb.streamValue(cl)
			lines = max(lines, wrappedLines(cl.text, ss.widths[c]))
		}
		ss.rows++
		var height float64
		if lines > 1 {
			height = min(float64(lines*lineHeight), maxRowHeight)
		}
		if err := ss.data.row(ss.rows+1, values, height); err != nil {
			return fmt.Errorf("%s row %d: %w", ss.table, ss.rows+1, err)
		}
	}
	return wb.err
}

// streamValue is a prepared cell as the stream writer takes it: nil for an empty cell. Text goes in
// as an inline string, which is never a formula, and which excelize escapes where it looks like an
// OOXML escape (so it is not given escapeBSTR as well).
func (wb *workbook) streamValue(v cell) any {
	switch {
	case v.format != "":
		return excelize.Cell{StyleID: wb.style(style{kind: "date", numFmt: v.format}), Value: int(v.number)}
	case v.kind == numberField:
		return excelize.Cell{StyleID: wb.style(numberStyle(v.numFmt)), Value: v.number}
	case v.kind == boolField:
		return excelize.Cell{StyleID: wb.style(style{kind: "bool"}), Value: v.value}
	case v.text == "":
		return nil
	}
	return excelize.Cell{StyleID: wb.style(style{kind: "text"}), Value: v.text}
}

// Close finishes the sheets and writes the workbook to the writer given to NewMerged. It does
// not close that writer.
func (m *Merged) Close() error {
	if m.closed {
		return errors.New("xlsx: merged workbook: closed twice")
	}
	m.closed = true
	f := m.wb.f
	defer f.Close() // removes excelize's temporary files
	defer m.removeRows()
	var streamParts []string
	var rows []*rowFile
	for i, ss := range m.sheets {
		if err := ss.sw.AddTable(&excelize.Table{Range: "A1:" + tableEnd(len(ss.columns), ss.rows),
			Name: ss.table, StyleName: TableStyle}); err != nil {
			return fmt.Errorf("xlsx: merged workbook: %s table: %w", ss.table, err)
		}
		if err := ss.sw.Flush(); err != nil {
			return fmt.Errorf("xlsx: merged workbook: %s: %w", ss.table, err)
		}
		streamParts = append(streamParts, fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1))
		rows = append(rows, ss.data)
	}
	keywords := "biography; positions; merged"
	f.Pkg.Store("docProps/core.xml", coreProperties(fmt.Sprintf("vita: %d people", m.people),
		"Positions and events of many people", keywords, stamp(m.opts.Time).Format("2006-01-02T15:04:05Z")))
	sortContentTypes(f)
	// excelize builds the whole package in memory before writing it; this zip writer sends it to
	// m.w as it is made instead, puts the streamed sheets, which excelize writes in the order of a
	// Go map, in sheet order, and puts their data rows in.
	z := &orderedZip{zw: zip.NewWriter(m.w), order: streamParts, rows: rows}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return z })
	if err := f.Write(io.Discard); err != nil {
		return fmt.Errorf("xlsx: merged workbook: writing: %w", err)
	}
	if z.err != nil {
		return fmt.Errorf("xlsx: merged workbook: writing: %w", z.err)
	}
	return nil
}

// removeRows removes the sheets' temporary files of rows.
func (m *Merged) removeRows() {
	for _, ss := range m.sheets {
		ss.data.remove()
	}
}

// orderedZip is a zip writer that writes the parts named in order in that order, whatever order
// they are created in, with the rows of rows[i] before the end of the sheet data of order[i].
// excelize writes those parts first; what it writes of them is small, as their rows are not in
// it, and is kept in memory until all of them have come.
type orderedZip struct {
	zw      *zip.Writer
	order   []string
	rows    []*rowFile
	parts   map[string]*bytes.Buffer
	written bool
	err     error
}

func (z *orderedZip) Create(name string) (io.Writer, error) {
	if z.err != nil {
		return nil, z.err
	}
	if slices.Contains(z.order, name) {
		if z.written || z.parts[name] != nil {
			z.err = fmt.Errorf("part %s is written twice", name)
			return nil, z.err
		}
		if z.parts == nil {
			z.parts = map[string]*bytes.Buffer{}
		}
		z.parts[name] = &bytes.Buffer{}
		return z.parts[name], nil
	}
	if z.flush(); z.err != nil {
		return nil, z.err
	}
	return z.zw.Create(name)
}

// flush writes the sheets once, in order, when the first part after them comes.
func (z *orderedZip) flush() {
	if z.written || z.err != nil {
		return
	}
	z.written = true
	for i, name := range z.order {
		part := z.parts[name]
		if part == nil {
			z.err = fmt.Errorf("part %s is written before the sheets", name)
			return
		}
		sheet := part.Bytes()
		end := bytes.LastIndex(sheet, []byte("</sheetData>"))
		if end < 0 {
			z.err = fmt.Errorf("%s has no sheet data", name)
			return
		}
		w, err := z.zw.Create(name)
		if err == nil {
			_, err = w.Write(sheet[:end])
		}
		var rows io.Reader
		if err == nil {
			rows, err = z.rows[i].finish()
		}
		if err == nil {
			_, err = io.Copy(w, rows)
		}
		if err == nil {
			_, err = w.Write(sheet[end:])
		}
		if err != nil {
			z.err = err
			return
		}
		delete(z.parts, name)
	}
}

func (z *orderedZip) AddFS(fsys fs.FS) error {
	if z.flush(); z.err != nil {
		return z.err
	}
	return z.zw.AddFS(fsys)
}

func (z *orderedZip) Close() error {
	if z.flush(); z.err != nil {
		return z.err
	}
	return z.zw.Close()
}
