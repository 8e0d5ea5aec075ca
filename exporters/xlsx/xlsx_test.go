package xlsx_test

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/exporters/xlsx"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// write writes b and returns the bytes.
func write(t testing.TB, b *model.Biography, opts xlsx.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, b, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// open writes b and reads the workbook back.
func open(t testing.TB, b *model.Biography) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(write(t, b, xlsx.Options{})))
	if err != nil {
		t.Fatalf("excelize cannot read the workbook back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func value(t testing.TB, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

func raw(t testing.TB, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

func cellStyle(t testing.TB, f *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatalf("%s!%s: style %d: %v", sheet, cell, id, err)
	}
	return s
}

// numFmt is the cell's custom number format, or "" when it has none.
func numFmt(t testing.TB, f *excelize.File, sheet, cell string) string {
	t.Helper()
	if s := cellStyle(t, f, sheet, cell); s.CustomNumFmt != nil {
		return *s.CustomNumFmt
	}
	return ""
}

// factRow finds the row of a fact on the Person sheet, or 0.
func factRow(t testing.TB, f *excelize.File, fact string) int {
	t.Helper()
	rows, err := f.GetRows(xlsx.PersonSheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == fact {
			return i + 1
		}
	}
	return 0
}

var headers = map[string][]string{
	xlsx.PersonSheet: {"Fact", "Value"},
	xlsx.PositionsSheet: {"Role", "Organisation", "Parent organisation", "Qualifier", "Start", "End",
		"Ongoing", "Years in post", "Start year", "End year", "Start (EDTF)", "End (EDTF)", "Evidence"},
	xlsx.EventsSheet:   {"Date", "Kind", "Description", "Organisation", "Year", "Date (EDTF)", "Evidence"},
	xlsx.TimelineSheet: {"Position", "From (year)", "Years"},
	xlsx.SourcesSheet:  {"Title", "Author", "Publisher", "Date", "Date (EDTF)", "URL", "Licence", "Note"},
}

// allSheets are the sheets of a one-person workbook, in order.
var allSheets = []string{xlsx.PersonSheet, xlsx.PositionsSheet, xlsx.EventsSheet, xlsx.TimelineSheet, xlsx.SourcesSheet}

func TestWorkbookLayout(t *testing.T) {
	tests := []struct {
		name string
		b    *model.Biography
	}{
		{"willsman", modeltest.Willsman()},
		{"empty", modeltest.Empty()},
		{"unicode", modeltest.Unicode()},
		{"zero biography", &model.Biography{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := open(t, tt.b)
			want := allSheets
			if got := f.GetSheetList(); !slices.Equal(got, want) {
				t.Fatalf("sheets = %q, want %q", got, want)
			}
			if got := f.GetActiveSheetIndex(); got != 0 {
				t.Errorf("active sheet = %d, want 0 (Person)", got)
			}
			dataRows := map[string]int{
				xlsx.PositionsSheet: len(tt.b.Positions),
				xlsx.EventsSheet:    len(tt.b.Events),
				xlsx.SourcesSheet:   len(tt.b.Sources),
			}
			for _, sheet := range want {
				rows, err := f.GetRows(sheet)
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) == 0 || !slices.Equal(rows[0], headers[sheet]) {
					t.Errorf("%s: header row = %q, want %q", sheet, rows[:min(1, len(rows))], headers[sheet])
				}
				if n, ok := dataRows[sheet]; ok && len(rows)-1 != n {
					t.Errorf("%s: %d data rows, want %d", sheet, len(rows)-1, n)
				}
				for c := range headers[sheet] {
					cell, _ := excelize.CoordinatesToCellName(c+1, 1)
					if s := cellStyle(t, f, sheet, cell); s.Font == nil || !s.Font.Bold {
						t.Errorf("%s!%s: header is not bold", sheet, cell)
					}
				}
				panes, err := f.GetPanes(sheet)
				if err != nil {
					t.Fatal(err)
				}
				if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 || panes.TopLeftCell != "A2" {
					t.Errorf("%s: panes = %+v, want frozen below row 1", sheet, panes)
				}
				if sheet == xlsx.PersonSheet {
					continue
				}
				lastColumn, _ := excelize.ColumnNumberToName(len(headers[sheet]))
				wantTable := fmt.Sprintf("A1:%s%d", lastColumn, max(len(rows), 2))
				tables, err := f.GetTables(sheet)
				if err != nil || len(tables) != 1 || tables[0].Range != wantTable || tables[0].Name != sheet ||
					tables[0].StyleName != xlsx.TableStyle {
					t.Errorf("%s: tables = %+v (%v), want one named %s over %s", sheet, tables, err, sheet, wantTable)
				}
				if got := filterRange(f, sheet); got != "" {
					t.Errorf("%s: a sheet autofilter %q beside the table's", sheet, got)
				}
				evidence, _ := excelize.ColumnNumberToName(len(headers[sheet]))
				if w, _ := f.GetColWidth(sheet, evidence); sheet != xlsx.SourcesSheet && sheet != xlsx.TimelineSheet && (w < 40 || w > 80) {
					t.Errorf("%s: evidence column is %.1f wide, want 40–80", sheet, w)
				}
			}
		})
	}
}

// filterRange is the range of the sheet's autofilter, from the defined name spreadsheets use for it.
func filterRange(f *excelize.File, sheet string) string {
	return definedName(f, "_xlnm._FilterDatabase", sheet)
}

func definedName(f *excelize.File, name, sheet string) string {
	for _, d := range f.GetDefinedName() {
		if d.Name == name && d.Scope == sheet {
			return d.RefersTo
		}
	}
	return ""
}

// TestTablesInPackage checks the parts as spreadsheet programs read them: each list sheet refers
// to its table and has no autoFilter of its own, and the table carries the filter.
func TestTablesInPackage(t *testing.T) {
	data := write(t, modeltest.Willsman(), xlsx.Options{})
	for i, ref := range []string{"A1:M7", "A1:G4", "A1:C4", "A1:H2"} {
		sheet := zipPart(t, data, fmt.Sprintf("xl/worksheets/sheet%d.xml", i+2))
		if !strings.Contains(sheet, "<tableParts") || strings.Contains(sheet, "<autoFilter") {
			t.Errorf("sheet%d.xml: want a table part and no sheet autoFilter", i+2)
		}
		table := zipPart(t, data, fmt.Sprintf("xl/tables/table%d.xml", i+1))
		want := fmt.Sprintf(`<autoFilter ref="%s"`, ref)
		if !strings.Contains(table, want) || !strings.Contains(table, xlsx.TableStyle) {
			t.Errorf("table%d.xml has no %s styled %s", i+1, want, xlsx.TableStyle)
		}
	}
}

func zipPart(t testing.TB, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no part %s in the workbook", name)
	return ""
}

func TestPersonSheet(t *testing.T) {
	w := open(t, modeltest.Willsman())
	u := open(t, modeltest.Unicode())
	e := open(t, modeltest.Empty())
	tests := []struct {
		name   string
		f      *excelize.File
		fact   string
		want   string // as shown; "" when the fact must be left out
		format string // the date format, "" for text
	}{
		{"name", w, "Name", "Peter Willsman", ""},
		{"full name", w, "Full name", "Peter Rupert William Willsman", ""},
		{"no other names", w, "Other names", "", ""},
		{"other names", u, "Other names", "Лех Сэтре; Λέχ Σέτρε", ""},
		{"description", w, "Description", "British political activist", ""},
		{"born in a month", w, "Born", "February 1944", "mmmm yyyy"},
		{"birth place", w, "Birth place", "Andover", ""},
		{"alive", w, "Died", "", ""},
		{"born c. 1843 stays text", u, "Born", "c. 1843 (EDTF 1843~)", ""},
		{"died on a day", u, "Died", "17 February 1916", "d mmmm yyyy"},
		{"death place", u, "Death place", "Tromsø", ""},
		{"nationality", u, "Nationality", "Norwegian, Polish", ""},
		{"occupations", w, "Occupations", "political activist, researcher", ""},
		{"summary", w, "Summary", modeltest.Willsman().Summary, ""},
		{"source", w, "Source", "Peter Willsman", ""},
		{"source URL", w, "Source URL", "https://en.wikipedia.org/wiki/Peter_Willsman", ""},
		{"no source URL", u, "Source URL", "", ""},
		{"licence", w, "Licence", "CC BY-SA 4.0", ""},
		{"note", w, "Note", "The article text is reproduced unchanged.", ""},
		{"empty: name", e, "Name", "Anonymous", ""},
		{"empty: no summary", e, "Summary", "", ""},
		{"empty: no source", e, "Source", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := factRow(t, tt.f, tt.fact)
			if tt.want == "" {
				if row != 0 {
					t.Errorf("%q has a row (%d); a fact without a value is left out", tt.fact, row)
				}
				return
			}
			if row == 0 {
				t.Fatalf("no row for %q", tt.fact)
			}
			cell := fmt.Sprintf("B%d", row)
			if got := value(t, tt.f, xlsx.PersonSheet, cell); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.fact, got, tt.want)
			}
			if got := numFmt(t, tt.f, xlsx.PersonSheet, cell); got != tt.format {
				t.Errorf("%s: number format %q, want %q", tt.fact, got, tt.format)
			}
		})
	}
	t.Run("source URL is a link", func(t *testing.T) {
		cell := fmt.Sprintf("B%d", factRow(t, w, "Source URL"))
		ok, target, err := w.GetCellHyperLink(xlsx.PersonSheet, cell)
		if err != nil || !ok || target != "https://en.wikipedia.org/wiki/Peter_Willsman" {
			t.Errorf("hyperlink = %v %q %v, want the article's URL", ok, target, err)
		}
	})
	t.Run("empty biography has only its name", func(t *testing.T) {
		rows, _ := e.GetRows(xlsx.PersonSheet)
		if len(rows) != 2 {
			t.Errorf("Person sheet has %d rows, want header and name: %q", len(rows), rows)
		}
	})
}

func TestDateColumns(t *testing.T) {
	w := open(t, modeltest.Willsman())
	u := open(t, modeltest.Unicode())
	tests := []struct {
		name   string
		f      *excelize.File
		sheet  string
		cell   string
		raw    string // stored value: a serial number for a date cell, "" for an empty cell
		shown  string
		format string
	}{
		{"open start", w, xlsx.PositionsSheet, "E2", "", "", ""},
		{"open start, EDTF", w, xlsx.PositionsSheet, "K2", "", "", ""},
		{"decade: no date cell", w, xlsx.PositionsSheet, "E3", "", "", ""},
		{"decade: EDTF keeps it", w, xlsx.PositionsSheet, "K3", "197X", "197X", ""},
		{"year", w, xlsx.PositionsSheet, "E4", "29587", "1981", "yyyy"},
		{"year end", w, xlsx.PositionsSheet, "F4", "34335", "1994", "yyyy"},
		{"year EDTF", w, xlsx.PositionsSheet, "K4", "1981", "1981", ""},
		{"month end", w, xlsx.PositionsSheet, "F7", "43586", "May 2019", "mmm yyyy"},
		{"month end EDTF", w, xlsx.PositionsSheet, "L7", "2019-05", "2019-05", ""},
		{"event in a month", w, xlsx.EventsSheet, "A4", "44866", "Nov 2022", "mmm yyyy"},
		{"event EDTF", w, xlsx.EventsSheet, "F4", "2022-11", "2022-11", ""},
		{"uncertain: no date cell", u, xlsx.PositionsSheet, "E2", "", "", ""},
		{"uncertain: EDTF keeps it", u, xlsx.PositionsSheet, "K2", "1870?", "1870?", ""},
		{"before 1900: no date cell", u, xlsx.PositionsSheet, "E3", "", "", ""},
		{"before 1900: EDTF keeps it", u, xlsx.PositionsSheet, "K3", "1870", "1870", ""},
		{"1900 itself: no date cell", u, xlsx.PositionsSheet, "E33", "", "", ""},
		{"1901", u, xlsx.PositionsSheet, "E34", "367", "1901", "yyyy"},
		{"event on a day", u, xlsx.EventsSheet, "A2", "5892", "17 Feb 1916", "d mmm yyyy"},
		{"event on a day: the date cell says it all", u, xlsx.EventsSheet, "F2", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raw(t, tt.f, tt.sheet, tt.cell); got != tt.raw {
				t.Errorf("%s!%s holds %q, want %q", tt.sheet, tt.cell, got, tt.raw)
			}
			if got := value(t, tt.f, tt.sheet, tt.cell); got != tt.shown {
				t.Errorf("%s!%s shows %q, want %q", tt.sheet, tt.cell, got, tt.shown)
			}
			if got := numFmt(t, tt.f, tt.sheet, tt.cell); got != tt.format {
				t.Errorf("%s!%s: number format %q, want %q", tt.sheet, tt.cell, got, tt.format)
			}
			typ, err := tt.f.GetCellType(tt.sheet, tt.cell)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.format != "" && typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber:
				t.Errorf("%s!%s: a date cell of type %v, want a number", tt.sheet, tt.cell, typ)
			case tt.format == "" && tt.raw != "" && typ != excelize.CellTypeSharedString:
				t.Errorf("%s!%s: EDTF cell of type %v, want a string", tt.sheet, tt.cell, typ)
			}
		})
	}
}

func TestPositionRows(t *testing.T) {
	f := open(t, modeltest.Willsman())
	rows, err := f.GetRows(xlsx.PositionsSheet)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"member", "Inner London Education Authority", "", "Woolwich", "1986", "1990",
		"FALSE", "4", "1986", "1990", "1986", "1990", "He was elected as an Inner London Education Authority member for Woolwich in 1986 and served until the abolition of the authority in 1990."}
	if !slices.Equal(rows[4], want) {
		t.Errorf("row 5 = %q\nwant    %q", rows[4], want)
	}
	if got := rows[5][2]; got != "Labour Party" {
		t.Errorf("NEC is part of %q, want Labour Party", got)
	}
	if s := cellStyle(t, f, xlsx.PositionsSheet, "M2"); s.Alignment == nil || !s.Alignment.WrapText {
		t.Errorf("evidence is not wrapped")
	}
}

func TestEvidenceJoinsSentences(t *testing.T) {
	b := modeltest.Empty()
	b.Positions = []model.Position{{Role: "chair", Evidence: []model.Evidence{
		{Sentence: "First sentence."}, {Sentence: "Second sentence."}, {Sentence: "First sentence."}}}}
	f := open(t, b)
	if got, want := value(t, f, xlsx.PositionsSheet, "M2"), "First sentence.\n\nSecond sentence."; got != want {
		t.Errorf("evidence = %q, want %q", got, want)
	}
}

func TestTextIsNeverAFormula(t *testing.T) {
	inject := []string{`=HYPERLINK("http://x","y")`, "+SUM(A1:A9)", "-2+3", "@SUM(A1)", "=1+1", "\t=cmd|' /C calc'!A0"}
	b := modeltest.Unicode()
	b.Name = inject[4]
	for i, s := range inject {
		b.Positions = append(b.Positions, model.Position{Role: s, Qualifier: s,
			Evidence: []model.Evidence{{Sentence: s}}})
		b.Events = append(b.Events, model.Event{Kind: model.Other, Text: s,
			Evidence: []model.Evidence{{Sentence: inject[(i+1)%len(inject)]}}})
	}
	data := write(t, b, xlsx.Options{})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	checked := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, err := f.GetCellFormula(sheet, cell)
				if err != nil || formula != "" {
					t.Errorf("%s!%s has formula %q (%v)", sheet, cell, formula, err)
				}
				checked++
			}
		}
	}
	// The cells of the fixture named in the brief, read back exactly.
	for cell, want := range map[string]string{"A2": "+SUM(A1:A9)", "B2": `=HYPERLINK("http://x","y")`} {
		if got := value(t, f, xlsx.PositionsSheet, cell); got != want {
			t.Errorf("Positions!%s = %q, want %q", cell, got, want)
		}
	}
	if got := value(t, f, xlsx.PersonSheet, "B2"); got != "=1+1" {
		t.Errorf("name = %q, want =1+1", got)
	}
	for i := 1; i <= len(allSheets); i++ {
		if part := zipPart(t, data, fmt.Sprintf("xl/worksheets/sheet%d.xml", i)); strings.Contains(part, "<f>") || strings.Contains(part, "<f ") {
			t.Errorf("sheet%d.xml has a formula element", i)
		}
	}
	if checked < 300 {
		t.Errorf("only %d cells checked", checked)
	}
}

func TestOddText(t *testing.T) {
	long := strings.Repeat("Willsman was elected. ", 3000) // 66,000 characters
	tests := []struct {
		name       string
		in         string
		want       string
		wantSuffix string // when the text is cut
	}{
		{"XML-forbidden controls dropped", "Wills\x00man\x07 was\x1b elected\x0c.", "Willsman was elected.", ""},
		{"tabs and line breaks kept", "one\ttwo\r\nthree", "one\ttwo\nthree", ""},
		{"non-characters dropped", "a\uFFFEb\uFFFF", "ab", ""},
		{"text that looks like an OOXML escape", "_x0041_ and _x005F_", "_x0041_ and _x005F_", ""},
		{"long evidence cut with a marker", long, "", xlsx.TruncatedMarker},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := modeltest.Empty()
			b.Positions = []model.Position{{Role: "member", Evidence: []model.Evidence{{Sentence: tt.in}}}}
			f := open(t, b)
			got := value(t, f, xlsx.PositionsSheet, "M2")
			if tt.wantSuffix != "" {
				if n := len(utf16Units(got)); n > xlsx.MaxCellChars || !strings.HasSuffix(got, tt.wantSuffix) ||
					!strings.HasPrefix(tt.in, strings.TrimSuffix(got, tt.wantSuffix)) {
					t.Errorf("cut text: %d UTF-16 units, ends …%q", n, got[max(0, len(got)-40):])
				}
				return
			}
			if got != tt.want {
				t.Errorf("evidence = %q, want %q", got, tt.want)
			}
		})
	}
}

func utf16Units(s string) []uint16 {
	var u []uint16
	for _, r := range s {
		if r >= 0x10000 {
			u = append(u, 0, 0)
		} else {
			u = append(u, 0)
		}
	}
	return u
}

func TestOddModels(t *testing.T) {
	tests := []struct {
		name string
		b    *model.Biography
	}{
		{"zero biography", &model.Biography{}},
		{"unknown organisation", &model.Biography{Name: "X", Positions: []model.Position{{Role: "r", Organization: "nowhere"}},
			Events: []model.Event{{Kind: "made-up", Organization: "nowhere"}}}},
		{"invalid dates", &model.Biography{Name: "X",
			Born:      &model.Vital{Date: model.DayOf(2019, 2, 30)},
			Died:      &model.Vital{Date: model.Date{Year: 2020, Month: 30, Precision: model.PrecisionMonth}},
			Positions: []model.Position{{Role: "r", Start: model.YearOf(-500), End: model.YearOf(12000)}}}},
		{"empty slices and vitals", &model.Biography{Name: "X", Born: &model.Vital{}, Died: &model.Vital{},
			Sources: []model.Source{{}}, Positions: []model.Position{{}}, Events: []model.Event{{}}}},
		{"bad URL", &model.Biography{Name: "X", Sources: []model.Source{{URL: "javascript:alert(1)"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := open(t, tt.b)
			if got := len(f.GetSheetList()); got != len(allSheets) {
				t.Errorf("%d sheets, want %d", got, len(allSheets))
			}
		})
	}
	t.Run("nil biography", func(t *testing.T) {
		if err := xlsx.Write(io.Discard, nil, xlsx.Options{}); err == nil {
			t.Error("Write(nil) succeeded, want an error")
		}
	})
	t.Run("write error", func(t *testing.T) {
		err := xlsx.Write(modeltest.FailingWriter{}, modeltest.Willsman(), xlsx.Options{})
		if err == nil || !strings.Contains(err.Error(), "peter-willsman") {
			t.Errorf("err = %v, want an error naming the biography", err)
		}
	})
}

func TestDocProps(t *testing.T) {
	tests := []struct {
		name string
		time time.Time
		want string
	}{
		{"zero time is the epoch", time.Time{}, "1970-01-01T00:00:00Z"},
		{"given time in UTC", time.Date(2024, 5, 6, 7, 8, 9, 123, time.FixedZone("CEST", 2*3600)), "2024-05-06T05:08:09Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := write(t, modeltest.Willsman(), xlsx.Options{Time: tt.time})
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			p, err := f.GetDocProps()
			if err != nil {
				t.Fatal(err)
			}
			want := excelize.DocProperties{Title: "Peter Willsman", Subject: "British political activist",
				Creator: "vita", LastModifiedBy: "vita", Created: tt.want, Modified: tt.want,
				Keywords: "biography; positions; political activist; researcher; British"}
			if *p != want {
				t.Errorf("properties = %+v\nwant         %+v", *p, want)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	for name, b := range map[string]func() *model.Biography{
		"willsman": modeltest.Willsman, "unicode": modeltest.Unicode, "empty": modeltest.Empty,
	} {
		t.Run(name, func(t *testing.T) {
			when := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
			a := write(t, b(), xlsx.Options{Time: when})
			if again := write(t, b(), xlsx.Options{Time: when}); !bytes.Equal(a, again) {
				t.Error("two writes of the same biography differ")
			}
			if local := write(t, b(), xlsx.Options{Time: when.In(time.FixedZone("X", -5*3600))}); !bytes.Equal(a, local) {
				t.Error("the same instant in another zone gives other bytes")
			}
			zero, epoch := write(t, b(), xlsx.Options{}), write(t, b(), xlsx.Options{Time: time.Unix(0, 0)})
			if !bytes.Equal(zero, epoch) {
				t.Error("the zero Time does not write the epoch")
			}
			if bytes.Equal(a, zero) {
				t.Error("Options.Time does not reach the workbook")
			}
		})
	}
}

// TestGolden compares every sheet's cells, as text, with testdata/*.golden. Run
// `go test ./exporters/xlsx -update` to rewrite them after an intended change, and review the diff.
func TestGolden(t *testing.T) {
	for name, b := range map[string]func() *model.Biography{
		"willsman": modeltest.Willsman, "unicode": modeltest.Unicode, "empty": modeltest.Empty,
	} {
		t.Run(name, func(t *testing.T) {
			got := dump(t, open(t, b()))
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("workbook differs from %s (run go test -update and review the diff):\n%s",
					path, lineDiff(string(want), got))
			}
		})
	}
}

// dump writes every non-empty cell of every sheet as one line: address, type, style, stored value
// and, where a number format changes it, the value as shown; with each sheet's panes, filter and
// column widths.
func dump(t testing.TB, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	p, _ := f.GetDocProps()
	fmt.Fprintf(&b, "properties: title=%q subject=%q creator=%q keywords=%q created=%s modified=%s\n",
		p.Title, p.Subject, p.Creator, p.Keywords, p.Created, p.Modified)
	for i, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "\n== %s", sheet)
		if i == f.GetActiveSheetIndex() {
			b.WriteString(" (active)")
		}
		b.WriteString("\n")
		panes, _ := f.GetPanes(sheet)
		fmt.Fprintf(&b, "panes: freeze=%v x=%d y=%d top-left=%s\n", panes.Freeze, panes.XSplit, panes.YSplit, panes.TopLeftCell)
		fmt.Fprintf(&b, "autofilter: %q\n", filterRange(f, sheet))
		tables, _ := f.GetTables(sheet)
		for _, tb := range tables {
			fmt.Fprintf(&b, "table: %s %s %s\n", tb.Name, tb.Range, tb.StyleName)
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		var widths []string
		for c := 1; c <= cols; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			w, _ := f.GetColWidth(sheet, name)
			widths = append(widths, fmt.Sprintf("%s=%g", name, w))
		}
		fmt.Fprintf(&b, "widths: %s\n", strings.Join(widths, " "))
		var heights []string
		for r := range rows {
			if h, _ := f.GetRowHeight(sheet, r+1); h != 15 {
				heights = append(heights, fmt.Sprintf("%d=%g", r+1, h))
			}
		}
		fmt.Fprintf(&b, "row heights: %s\n", strings.Join(heights, " "))
		layout, _ := f.GetPageLayout(sheet)
		fmt.Fprintf(&b, "print: %s, %d page(s) wide, titles %q\n", *layout.Orientation, *layout.FitToWidth,
			definedName(f, "_xlnm.Print_Titles", sheet))
		for r, row := range rows {
			for c := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				stored := raw(t, f, sheet, cell)
				if stored == "" {
					continue
				}
				typ, _ := f.GetCellType(sheet, cell)
				kind := map[excelize.CellType]string{excelize.CellTypeSharedString: "text",
					excelize.CellTypeInlineString: "inline", excelize.CellTypeUnset: "number",
					excelize.CellTypeNumber: "number", excelize.CellTypeBool: "bool"}[typ]
				if kind == "" {
					kind = fmt.Sprintf("type%d", typ)
				}
				var attrs []string
				s := cellStyle(t, f, sheet, cell)
				if s.Font != nil && s.Font.Bold {
					attrs = append(attrs, "bold")
				}
				if s.Alignment != nil && s.Alignment.WrapText {
					attrs = append(attrs, "wrap")
				}
				if s.CustomNumFmt != nil {
					attrs = append(attrs, fmt.Sprintf("fmt=%q", *s.CustomNumFmt))
				}
				if ok, target, _ := f.GetCellHyperLink(sheet, cell); ok {
					attrs = append(attrs, "link="+target)
				}
				line := fmt.Sprintf("%s %s", cell, kind)
				if len(attrs) > 0 {
					line += " [" + strings.Join(attrs, " ") + "]"
				}
				line += fmt.Sprintf(" %q", stored)
				if shown := value(t, f, sheet, cell); shown != stored {
					line += fmt.Sprintf(" shown %q", shown)
				}
				b.WriteString(line + "\n")
			}
		}
	}
	return b.String()
}

// lineDiff lists the lines that differ, at most 20, so a failure is readable without a diff tool.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 40; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			out = append(out, fmt.Sprintf("line %d:\n  - %s\n  + %s", i+1, wl, gl))
		}
	}
	return strings.Join(out, "\n")
}

// TestWriteSampleFiles writes the fixtures' workbooks into $VITA_XLSX_SAMPLES, for looking at
// them in a spreadsheet program or with an outside checker; without the variable it does nothing.
func TestWriteSampleFiles(t *testing.T) {
	dir := os.Getenv("VITA_XLSX_SAMPLES")
	if dir == "" {
		t.Skip("set VITA_XLSX_SAMPLES to a folder to write the sample workbooks there")
	}
	for name, b := range map[string]func() *model.Biography{
		"willsman": modeltest.Willsman, "unicode": modeltest.Unicode, "empty": modeltest.Empty,
	} {
		path := filepath.Join(dir, name+".xlsx")
		if err := os.WriteFile(path, write(t, b(), xlsx.Options{}), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
	}
}

func FuzzWrite(f *testing.F) {
	f.Add("Peter Willsman", "member", `=HYPERLINK("http://x","y")`, "1944-02", "He was elected.")
	f.Add("", "+SUM(A1:A9)", "", "197X", "\x00\x01\uFFFE")
	f.Add("Лех", "przewodniczący", "Østfold", "1843~", "_x0041_")
	f.Fuzz(func(t *testing.T, name, role, org, date, sentence string) {
		d, _ := model.ParseDate(date)
		b := &model.Biography{Name: name, Born: &model.Vital{Date: d, Place: org},
			Organizations: []model.Organization{{ID: "o", Name: org}},
			Positions: []model.Position{{Role: role, Organization: "o", Qualifier: org, Start: d, End: d,
				Evidence: []model.Evidence{{Sentence: sentence}}}},
			Events: []model.Event{{Date: d, Kind: model.Other, Text: role, Evidence: []model.Evidence{{Sentence: sentence}}}},
		}
		var buf bytes.Buffer
		if err := xlsx.Write(&buf, b, xlsx.Options{}); err != nil {
			t.Fatal(err)
		}
		if _, err := excelize.OpenReader(&buf); err != nil {
			t.Fatalf("the workbook cannot be read back: %v", err)
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	for _, bio := range []*model.Biography{modeltest.Willsman(), modeltest.Unicode()} {
		b.Run(bio.ID, func(b *testing.B) {
			for b.Loop() {
				if err := xlsx.Write(io.Discard, bio, xlsx.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDatesBefore1900 checks that an exact day no date cell can hold is a number that shows and
// sorts as the date, not a date written as text.
func TestDatesBefore1900(t *testing.T) {
	b := modeltest.Willsman()
	b.Positions[0].Start = model.DayOf(1861, 3, 4)
	f := open(t, b)
	if got := raw(t, f, xlsx.PositionsSheet, "K2"); got != "18610304" {
		t.Errorf("Start (EDTF) holds %q, want the number 18610304", got)
	}
	if got := value(t, f, xlsx.PositionsSheet, "K2"); got != "1861-03-04" {
		t.Errorf("Start (EDTF) shows %q, want 1861-03-04", got)
	}
	if typ, _ := f.GetCellType(xlsx.PositionsSheet, "K2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("Start (EDTF) is a string cell")
	}
}

// TestTimeline checks the Gantt chart: a helper row per dated tenure, sorted by start, and a
// stacked bar chart whose first series (the start) has no fill.
func TestTimeline(t *testing.T) {
	tests := []struct {
		name   string
		b      *model.Biography
		time   time.Time
		labels []string
		chart  bool
	}{
		{"closed tenures only, for the zero Time", modeltest.Willsman(), time.Time{}, []string{
			"member, Conference Arrangements Committee (1981–1994)",
			"member, Inner London Education Authority, Woolwich (1986–1990)",
			"member, National Executive Committee (2016–May 2019)"}, true},
		{"ongoing tenures drawn up to Time", modeltest.Willsman(), time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), []string{
			"central member, Campaign for Labour Party Democracy (the 1970s–now)",
			"member, Conference Arrangements Committee (1981–1994)",
			"member, Inner London Education Authority, Woolwich (1986–1990)",
			"member, National Executive Committee (1998–now)",
			"member, National Executive Committee (2016–May 2019)"}, true},
		{"no dates, no chart", modeltest.Empty(), time.Time{}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := write(t, tt.b, xlsx.Options{Time: tt.time})
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, _ := f.GetRows(xlsx.TimelineSheet)
			var labels []string
			for _, r := range rows[1:] {
				labels = append(labels, r[0])
			}
			if !slices.Equal(labels, tt.labels) {
				t.Errorf("labels = %q\nwant     %q", labels, tt.labels)
			}
			chart := chartPart(t, data)
			if !tt.chart {
				if chart != "" {
					t.Error("a chart without bars")
				}
				return
			}
			chart = strings.ReplaceAll(chart, "&#39;", "'")
			for _, want := range []string{`<barDir val="bar"`, `<grouping val="stacked"`, `<overlap val="100"`,
				`<varyColors val="0"`, `<spPr><a:noFill>`, `'Timeline'!$B$2:$B$`, `'Timeline'!$C$2:$C$`,
				`<orientation val="maxMin"`} {
				if !strings.Contains(chart, want) {
					t.Errorf("chart has no %s", want)
				}
			}
		})
	}
	t.Run("before 1900 and fractions of a year", func(t *testing.T) {
		b := modeltest.Empty()
		b.Positions = []model.Position{{Role: "President", Start: model.DayOf(1861, 3, 4), End: model.DayOf(1865, 4, 15)}}
		f := open(t, b)
		if got := raw(t, f, xlsx.TimelineSheet, "B2"); got != "1861.17" {
			t.Errorf("from = %s, want 1861.17", got)
		}
		if got := raw(t, f, xlsx.TimelineSheet, "C2"); got != "4.12" {
			t.Errorf("years = %s, want 4.12", got)
		}
	})
}

func chartPart(t testing.TB, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/charts/chart1.xml" {
			return zipPart(t, data, zf.Name)
		}
	}
	return ""
}
