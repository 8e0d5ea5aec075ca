package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRowXMLIsExcelizes holds rowFile to the XML excelize's StreamWriter writes for the same rows.
func TestRowXMLIsExcelizes(t *testing.T) {
	texts := []string{"plain", " lead", "trail\t", "\nboth\r", "a & b < c > d \"e\" 'f'", "line\nbreak\r\nand\ttab",
		"_x0041_", "_x005F_x0041_", "_x005F_", "_x005f_xZZZZ_", "a_x12G4_b_xABCD_c_xd800_", "bad \x00\x01 \ufffe \xff utf-8",
		"é 漢字 𝄞", strings.Repeat("ü𝄞", 20000), "=1+1", "", " "}
	var rows [][]any
	for i, s := range texts {
		rows = append(rows, []any{excelize.Cell{StyleID: 3, Value: s}, nil, excelize.Cell{StyleID: i, Value: i - 3}})
	}
	for _, f := range []float64{0, 1, -1.5, 0.1 + 0.2, 1e21, 1.234567890123456789e-7, 123456789012345678, math.MaxFloat64,
		-math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1), 45678.25} {
		rows = append(rows, []any{excelize.Cell{StyleID: 5, Value: f}, excelize.Cell{StyleID: 6, Value: f > 0}, excelize.Cell{Value: false}})
	}
	heights := []float64{0, 30, 409, 22.5}

	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	rf, err := newRowFile(3)
	if err != nil {
		t.Fatal(err)
	}
	defer rf.remove()
	for i, row := range rows {
		var opts []excelize.RowOpts
		if h := heights[i%len(heights)]; h > 0 {
			opts = append(opts, excelize.RowOpts{Height: h})
		}
		if err := sw.SetRow(cellName(0, i+1), row, opts...); err != nil {
			t.Fatal(err)
		}
		if err := rf.row(i+2, row, heights[i%len(heights)]); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var sheet []byte
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			r, _ := zf.Open()
			sheet, _ = io.ReadAll(r)
		}
	}
	start, end := bytes.Index(sheet, []byte(`<row r="2"`)), bytes.LastIndex(sheet, []byte(`</sheetData>`))
	if start < 0 || end < start {
		t.Fatalf("no rows in excelize's sheet:\n%.2000s", sheet)
	}
	want := string(sheet[start:end])
	r, err := rf.finish()
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(r)
	if string(got) != want {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("rows differ at byte %d:\ngot  %.300q\nwant %.300q", i, got[max(0, i-100):], want[max(0, i-100):])
			}
		}
		t.Fatalf("rows differ in length: %d, excelize %d", len(got), len(want))
	}
}

func TestRowXMLLimits(t *testing.T) {
	rf, err := newRowFile(2)
	if err != nil {
		t.Fatal(err)
	}
	defer rf.remove()
	for _, tt := range []struct {
		row    int
		values []any
		height float64
	}{
		{excelize.TotalRows + 1, nil, 0},
		{2, []any{nil, nil, nil}, 0},
		{2, nil, excelize.MaxRowHeight + 1},
		{2, []any{"not a Cell"}, 0},
		{2, []any{excelize.Cell{Value: int64(1)}}, 0},
	} {
		if err := rf.row(tt.row, tt.values, tt.height); err == nil {
			t.Errorf("row(%d, %v, %v) succeeded", tt.row, tt.values, tt.height)
		}
	}
}
