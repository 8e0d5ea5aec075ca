package csv_test

import (
	"bytes"
	stdcsv "encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vita-project/vita/exporters/csv"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func write(t testing.TB, b *model.Biography, opts csv.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := csv.Write(&buf, b, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func records(t testing.TB, data []byte) [][]string {
	t.Helper()
	r := stdcsv.NewReader(bytes.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the file is not valid CSV: %v", err)
	}
	return rows
}

// TestGolden compares the CSV of each fixture with testdata/*.csv; run `go test -update` after an
// intended change and review the diff.
func TestGolden(t *testing.T) {
	for name, b := range map[string]func() *model.Biography{
		"willsman": modeltest.Willsman, "unicode": modeltest.Unicode, "empty": modeltest.Empty,
	} {
		t.Run(name, func(t *testing.T) {
			got := write(t, b(), csv.Options{})
			path := filepath.Join("testdata", name+".csv")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update and review the diff)", path)
			}
			if again := write(t, b(), csv.Options{}); !bytes.Equal(got, again) {
				t.Error("two writes differ")
			}
		})
	}
}

func TestLayout(t *testing.T) {
	rows := records(t, write(t, modeltest.Willsman(), csv.Options{}))
	if !slices.Equal(rows[0], csv.Columns) {
		t.Fatalf("header = %q", rows[0])
	}
	if len(rows) != 1+6+3 {
		t.Fatalf("%d rows, want header, 6 positions and 3 events", len(rows))
	}
	tests := []struct {
		name string
		row  int
		want map[string]string
	}{
		{"open position", 1, map[string]string{"record": "position", "role": "researcher", "start": "", "ongoing": "true", "years_in_post": ""}},
		{"decade", 2, map[string]string{"start": "197X", "start_year": "", "ongoing": "true"}},
		{"closed position", 3, map[string]string{"parent_organisation": "Labour Party", "start": "1981", "end": "1994",
			"ongoing": "false", "years_in_post": "13", "start_year": "1981", "end_year": "1994", "date": ""}},
		{"month end", 6, map[string]string{"end": "2019-05", "end_year": "2019", "years_in_post": "3"}},
		{"event", 8, map[string]string{"record": "event", "role": "", "organisation": "Labour Party", "date": "2019-05",
			"year": "2019", "kind": "suspended", "description": "Suspended from the Labour Party and the NEC, pending investigation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for column, want := range tt.want {
				if got := rows[tt.row][slices.Index(csv.Columns, column)]; got != want {
					t.Errorf("%s = %q, want %q", column, got, want)
				}
			}
		})
	}
	t.Run("dead people hold nothing now", func(t *testing.T) {
		rows := records(t, write(t, modeltest.Unicode(), csv.Options{}))
		if got := rows[1][slices.Index(csv.Columns, "ongoing")]; got != "false" {
			t.Errorf("ongoing = %q for a position of someone who died", got)
		}
	})
}

func TestRFC4180(t *testing.T) {
	b := modeltest.Empty()
	b.Positions = []model.Position{{Role: `chair, "acting"`, Evidence: []model.Evidence{{Sentence: "One."}, {Sentence: "Two."}}}}
	data := write(t, b, csv.Options{})
	want := "record,role,organisation,parent_organisation,qualifier,start,end,ongoing,years_in_post,start_year,end_year,date,year,kind,description,evidence\r\n" +
		"position,\"chair, \"\"acting\"\"\",,,,,,true,,,,,,,,\"One.\r\n\r\nTwo.\"\r\n"
	if string(data) != want {
		t.Errorf("got  %q\nwant %q", data, want)
	}
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("a BOM without Options.BOM")
	}
	if bom := write(t, b, csv.Options{BOM: true}); !bytes.Equal(bom, append([]byte("\uFEFF"), data...)) {
		t.Error("Options.BOM does not put exactly a BOM in front")
	}
}

func TestTextIsNeverAFormula(t *testing.T) {
	b := modeltest.Empty()
	b.Name = "=1+1"
	b.Organizations = []model.Organization{{ID: "o", Name: "@SUM(A1)"}}
	inject := []string{`=HYPERLINK("http://x","y")`, "+SUM(A1:A9)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"}
	for _, s := range inject {
		b.Positions = append(b.Positions, model.Position{Role: s, Organization: "o", Qualifier: s,
			Start: model.YearOf(-43), Evidence: []model.Evidence{{Sentence: "x"}}})
		b.Events = append(b.Events, model.Event{Kind: model.Other, Text: s})
	}
	rows := records(t, write(t, b, csv.Options{}))
	role := slices.Index(csv.Columns, "role")
	if got := rows[1][role]; got != `'=HYPERLINK("http://x","y")` {
		t.Errorf("role = %q, want it to start with '=", got)
	}
	for r, row := range rows[1:] {
		for c, field := range row {
			if field != "" && strings.ContainsRune("=+@\t\r", rune(field[0])) ||
				strings.HasPrefix(field, "-") && csv.Columns[c] != "start" && csv.Columns[c] != "start_year" {
				t.Errorf("row %d %s = %q could be a formula", r+1, csv.Columns[c], field)
			}
		}
	}
	if got := rows[1][slices.Index(csv.Columns, "start")]; got != "-0043" {
		t.Errorf("a BC start = %q; dates vita makes are not text and are left alone", got)
	}
	var buf bytes.Buffer
	m, _ := csv.NewMerged(&buf, csv.Options{})
	if err := m.Add(b); err != nil {
		t.Fatal(err)
	}
	m.Close()
	if got := records(t, buf.Bytes())[1][1]; got != "'=1+1" {
		t.Errorf("merged person_name = %q, want '=1+1", got)
	}
}

func TestMerged(t *testing.T) {
	var buf bytes.Buffer
	m, err := csv.NewMerged(&buf, csv.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []*model.Biography{modeltest.Willsman(), modeltest.Empty(), modeltest.Unicode()} {
		if err := m.Add(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Add(nil); err == nil {
		t.Error("Add(nil) succeeded")
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if err := m.Add(modeltest.Willsman()); err == nil {
		t.Error("Add after Close succeeded")
	}
	rows := records(t, buf.Bytes())
	if want := append(slices.Clone(csv.PersonColumns), csv.Columns...); !slices.Equal(rows[0], want) {
		t.Errorf("header = %q", rows[0])
	}
	if len(rows) != 1+9+42 {
		t.Errorf("%d rows, want 52", len(rows))
	}
	single := records(t, write(t, modeltest.Willsman(), csv.Options{}))
	for i := 1; i < len(single); i++ {
		if !slices.Equal(rows[i][2:], single[i]) || rows[i][0] != "peter-willsman" || rows[i][1] != "Peter Willsman" {
			t.Errorf("merged row %d = %q, want the person and %q", i, rows[i], single[i])
		}
	}
}

func TestNil(t *testing.T) {
	if err := csv.Write(&bytes.Buffer{}, nil, csv.Options{}); err == nil {
		t.Error("Write(nil) succeeded")
	}
}
