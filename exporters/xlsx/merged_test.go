package xlsx_test

import (
	"bytes"
	"fmt"
	"github.com/vita-project/vita/internal/memtest"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/exporters/xlsx"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

// writeMerged writes the biographies into one merged workbook and returns the bytes.
func writeMerged(t testing.TB, opts xlsx.Options, bios ...*model.Biography) []byte {
	t.Helper()
	var buf bytes.Buffer
	m, err := xlsx.NewMerged(&buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bios {
		if err := m.Add(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestMerged(t *testing.T) {
	bios := []*model.Biography{modeltest.Willsman(), modeltest.Unicode(), modeltest.Empty()}
	data := writeMerged(t, xlsx.Options{}, bios...)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("excelize cannot read the merged workbook back: %v", err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{xlsx.PeopleSheet, xlsx.PositionsSheet, xlsx.EventsSheet}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	person := []string{"Person ID", "Person"}
	tests := []struct {
		sheet  string
		header []string
		rows   int
	}{
		{xlsx.PeopleSheet, append(slices.Clone(person), "Description", "Born", "Died", "Born (EDTF)", "Died (EDTF)", "Positions", "Events"), 3},
		{xlsx.PositionsSheet, append(slices.Clone(person), headers[xlsx.PositionsSheet]...), 6 + 41},
		{xlsx.EventsSheet, append(slices.Clone(person), headers[xlsx.EventsSheet]...), 3 + 1},
	}
	for _, tt := range tests {
		t.Run(tt.sheet, func(t *testing.T) {
			rows, err := f.GetRows(tt.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rows[0], tt.header) {
				t.Errorf("header = %q\nwant     %q", rows[0], tt.header)
			}
			if len(rows)-1 != tt.rows {
				t.Errorf("%d data rows, want %d", len(rows)-1, tt.rows)
			}
			last, _ := excelize.ColumnNumberToName(len(tt.header))
			tables, err := f.GetTables(tt.sheet)
			if want := fmt.Sprintf("A1:%s%d", last, tt.rows+1); err != nil || len(tables) != 1 || tables[0].Range != want {
				t.Errorf("tables = %+v (%v), want one over %s", tables, err, want)
			}
			if panes, _ := f.GetPanes(tt.sheet); !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("panes = %+v, want the header frozen", panes)
			}
			if s := cellStyle(t, f, tt.sheet, "A1"); s.Font == nil || !s.Font.Bold {
				t.Error("header is not bold")
			}
		})
	}
	// Willsman's fourth position (ILEA, 1986–1990) as the single-person sheet has it, person first.
	rows, _ := f.GetRows(xlsx.PositionsSheet)
	want := []string{"peter-willsman", "Peter Willsman", "member", "Inner London Education Authority", "", "Woolwich",
		"1986", "1990", "FALSE", "4", "1986", "1990", "1986", "1990", "He was elected as an Inner London Education Authority member for Woolwich in 1986 and served until the abolition of the authority in 1990."}
	if !slices.Equal(rows[4], want) {
		t.Errorf("row 5 = %q\nwant    %q", rows[4], want)
	}
	if got := raw(t, f, xlsx.PositionsSheet, "G5"); got != "31413" {
		t.Errorf("Start holds %q, want the date serial 31413", got)
	}
	if got := numFmt(t, f, xlsx.PositionsSheet, "G5"); got != "yyyy" {
		t.Errorf("Start format %q, want yyyy", got)
	}
	if got := rows[7][2]; got != "+SUM(A1:A9)" {
		t.Errorf("Unicode's first role = %q", got)
	}
	if got := value(t, f, xlsx.PeopleSheet, "E3"); got != "17 Feb 1916" {
		t.Errorf("Unicode's death = %q, want 17 Feb 1916", got)
	}
	if got := value(t, f, xlsx.PeopleSheet, "F3"); got != "1843~" {
		t.Errorf("Unicode's birth EDTF = %q, want 1843~", got)
	}
	if p, _ := f.GetDocProps(); p.Title != "vita: 3 people" || p.Created != "1970-01-01T00:00:00Z" {
		t.Errorf("properties = %+v", *p)
	}
}

func TestMergedDeterministic(t *testing.T) {
	when := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	a := writeMerged(t, xlsx.Options{Time: when}, modeltest.Willsman(), modeltest.Unicode())
	for i := 0; i < 5; i++ { // excelize writes the streamed sheets in map order: try a few times
		if b := writeMerged(t, xlsx.Options{Time: when}, modeltest.Willsman(), modeltest.Unicode()); !bytes.Equal(a, b) {
			t.Fatal("two merged workbooks of the same biographies differ")
		}
	}
}

func TestMergedTextIsNeverAFormula(t *testing.T) {
	b := modeltest.Empty()
	b.Name = "=1+1"
	for _, s := range []string{`=HYPERLINK("http://x","y")`, "@SUM(A1)", "-2+3", "_x0041_"} {
		b.Positions = append(b.Positions, model.Position{Role: s, Evidence: []model.Evidence{{Sentence: s}}})
	}
	data := writeMerged(t, xlsx.Options{}, b)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, want := range []string{`=HYPERLINK("http://x","y")`, "@SUM(A1)", "-2+3", "_x0041_"} {
		cell := fmt.Sprintf("C%d", i+2)
		if got := value(t, f, xlsx.PositionsSheet, cell); got != want {
			t.Errorf("Positions!%s = %q, want %q", cell, got, want)
		}
		if formula, _ := f.GetCellFormula(xlsx.PositionsSheet, cell); formula != "" {
			t.Errorf("Positions!%s has formula %q", cell, formula)
		}
	}
	for i := 1; i <= 3; i++ {
		if part := zipPart(t, data, fmt.Sprintf("xl/worksheets/sheet%d.xml", i)); strings.Contains(part, "<f>") {
			t.Errorf("sheet%d.xml has a formula element", i)
		}
	}
}

func TestMergedMisuse(t *testing.T) {
	m, err := xlsx.NewMerged(io.Discard, xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Add(nil); err == nil {
		t.Error("Add(nil) succeeded")
	}
	if err := m.Close(); err != nil {
		t.Errorf("closing an empty workbook: %v", err)
	}
	if err := m.Add(modeltest.Willsman()); err == nil {
		t.Error("Add after Close succeeded")
	}
	if err := m.Close(); err == nil {
		t.Error("a second Close succeeded")
	}
	m, _ = xlsx.NewMerged(modeltest.FailingWriter{}, xlsx.Options{})
	_ = m.Add(modeltest.Willsman())
	if err := m.Close(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Close to a failing writer: %v", err)
	}
}

// generated is the i-th of a crowd of made-up people, each with n positions and n/3 events of
// varied roles, organisations, precisions and evidence.
func generated(i, n int) *model.Biography {
	roles := []string{"member", "chair", "secretary", "treasurer", "Member of Parliament", "councillor", "president"}
	orgs := []model.Organization{{ID: "p", Name: "Labour Party"}, {ID: "c", Name: "Westminster City Council", PartOf: "p"},
		{ID: "u", Name: "National Union of Public Employees"}, {ID: "s", Name: "Stortinget"}}
	b := &model.Biography{ID: fmt.Sprintf("person-%d", i), Name: fmt.Sprintf("Person Number %d", i),
		Description: "made-up politician", Organizations: orgs,
		Born: &model.Vital{Date: model.DayOf(1850+i%150, 1+i%12, 1+i%28)}}
	for j := 0; j < n; j++ {
		y := 1870 + (i+j*3)%150
		start := model.YearOf(y)
		switch j % 4 {
		case 1:
			start = model.MonthOf(y, 1+j%12)
		case 2:
			start = model.DayOf(y, 1+j%12, 1+j%28)
		case 3:
			start = model.DecadeOf(y)
		}
		p := model.Position{Role: roles[(i+j)%len(roles)], Organization: orgs[j%len(orgs)].ID, Start: start,
			Evidence: []model.Evidence{{Section: "Career", Sentence: fmt.Sprintf(
				"In %d, %s was elected %s of the %s, and served for several years.", y, b.Name, roles[(i+j)%len(roles)], orgs[j%len(orgs)].Name)}}}
		if j%3 != 0 {
			p.End = model.YearOf(y + 1 + j%9)
		}
		b.Positions = append(b.Positions, p)
		if j%3 == 0 {
			b.Events = append(b.Events, model.Event{Date: start, Kind: model.Elected, Organization: p.Organization,
				Text: "Elected " + p.Role, Evidence: p.Evidence})
		}
	}
	return b
}

// BenchmarkMerged writes 100,000 and 1,000,000 positions (10 per person, with their events) into
// one merged workbook, and reports the peak heap in use and the peak memory obtained from the OS,
// sampled every 5 ms and after every 1,000 people.
func BenchmarkMerged(b *testing.B) {
	for _, positions := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("positions=%d", positions), func(b *testing.B) {
			const perPerson = 10
			peak := memtest.Watch(b, 5*time.Millisecond)
			var size int64
			for b.Loop() {
				cw := &countingWriter{}
				m, err := xlsx.NewMerged(cw, xlsx.Options{})
				if err != nil {
					b.Fatal(err)
				}
				for i := 0; i < positions/perPerson; i++ {
					if err := m.Add(generated(i, perPerson)); err != nil {
						b.Fatal(err)
					}
					if i%1000 == 0 {
						peak.Sample()
					}
				}
				if err := m.Close(); err != nil {
					b.Fatal(err)
				}
				size = cw.n
			}
			b.ReportMetric(float64(peak.Heap())/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(peak.Sys())/(1<<20), "peak-sys-MB")
			b.ReportMetric(float64(size)/(1<<20), "file-MB")
		})
	}
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

func TestMergedRemovesTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	writeMerged(t, xlsx.Options{}, modeltest.Willsman(), generated(1, 30))
	m, err := xlsx.NewMerged(modeltest.FailingWriter{}, xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_ = m.Add(modeltest.Willsman())
	_ = m.Close()
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
