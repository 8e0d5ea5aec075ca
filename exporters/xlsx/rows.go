package xlsx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/internal/lazyre"
)

// rowFile keeps a streamed sheet's data rows, as the <row> elements of its sheet XML, in a
// temporary file until Close puts them into the sheet. excelize's StreamWriter would keep up to
// 16 MB of every sheet in memory before it spills to a temporary file (and a buffer that grew to
// hold them, which it never gives back); writing the rows here keeps only a small buffer, so a
// merged workbook takes the same memory whatever its size. The XML is what the StreamWriter
// writes for the same values, byte for byte (TestRowXMLIsExcelizes holds it to that).
type rowFile struct {
	f       *os.File
	w       *bufio.Writer
	refs    []string // the column letters
	scratch bytes.Buffer
	num     []byte
}

func newRowFile(columns int) (*rowFile, error) {
	f, err := os.CreateTemp("", "vita-xlsx-rows-*.xml")
	if err != nil {
		return nil, err
	}
	rf := &rowFile{f: f, w: bufio.NewWriterSize(f, 64<<10)}
	for c := 1; c <= columns; c++ {
		name, err := excelize.ColumnNumberToName(c)
		if err != nil {
			rf.remove()
			return nil, err
		}
		rf.refs = append(rf.refs, name)
	}
	return rf, nil
}

// row writes row number r (1 for the first row of the sheet) with the values as the
// StreamWriter takes them (nil, or an excelize.Cell of an int, float64, bool or string), and
// the height if it is not 0.
func (rf *rowFile) row(r int, values []any, height float64) error {
	if r < 1 || r > excelize.TotalRows {
		return excelize.ErrMaxRows
	}
	if len(values) > len(rf.refs) {
		return excelize.ErrColumnNumber
	}
	if height > excelize.MaxRowHeight {
		return excelize.ErrMaxRowHeight
	}
	w := rf.w
	rowNum := strconv.AppendInt(rf.num[:0], int64(r), 10)
	w.WriteString(`<row r="`)
	w.Write(rowNum)
	w.WriteString(`"`)
	if height > 0 {
		w.WriteString(` ht="`)
		w.WriteString(strconv.FormatFloat(height, 'f', -1, 64))
		w.WriteString(`" customHeight="1"`)
	}
	w.WriteString(`>`)
	for i, v := range values {
		if v == nil {
			continue
		}
		c, ok := v.(excelize.Cell)
		if !ok || c.Formula != "" {
			return fmt.Errorf("xlsx: unexpected streamed value %T", v)
		}
		var t, val, inline string
		switch x := c.Value.(type) {
		case int:
			val = strconv.Itoa(x)
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t, inline = "inlineStr", fmt.Sprint(x)
			} else {
				val = formatCellFloat(x)
			}
		case bool:
			t, val = "b", "0"
			if x {
				val = "1"
			}
		case string:
			t, inline = "inlineStr", x
		default:
			return fmt.Errorf("xlsx: unexpected streamed value %T", c.Value)
		}
		w.WriteString(`<c r="`)
		w.WriteString(rf.refs[i])
		w.Write(rowNum)
		w.WriteString(`"`)
		if c.StyleID != 0 {
			w.WriteString(` s="`)
			w.WriteString(strconv.Itoa(c.StyleID))
			w.WriteString(`"`)
		}
		if t != "" {
			w.WriteString(` t="`)
			w.WriteString(t)
			w.WriteString(`"`)
		}
		w.WriteString(`>`)
		if val != "" {
			w.WriteString(`<v>`)
			w.WriteString(val) // digits, a sign, a point: nothing to escape
			w.WriteString(`</v>`)
		}
		if t == "inlineStr" {
			text, preserve := rf.inlineText(inline)
			w.WriteString(`<is><t`)
			if preserve {
				w.WriteString(` xml:space="preserve"`)
			}
			w.WriteString(`>`)
			w.WriteString(text)
			w.WriteString(`</t></is>`)
		}
		w.WriteString(`</c>`)
	}
	_, err := w.WriteString(`</row>`)
	return err
}

// inlineText is s as excelize puts an inline string: at most TotalCellChars UTF-16 units, XML
// escaped but for line feeds, and with what looks like an OOXML escape (_x0041_) escaped; and
// whether leading or trailing white space must be preserved.
func (rf *rowFile) inlineText(s string) (string, bool) {
	if countUTF16(s) > excelize.TotalCellChars {
		s = truncateUTF16(s, excelize.TotalCellChars)
	}
	if s == "" {
		return "", false
	}
	preserve := false
	for _, b := range []byte{s[0], s[len(s)-1]} {
		if b == '\t' || b == '\n' || b == '\r' || b == ' ' {
			preserve = true
		}
	}
	rf.scratch.Reset()
	_ = xml.EscapeText(&rf.scratch, []byte(s))
	s = rf.scratch.String()
	if strings.Contains(s, "&#xA;") {
		s = strings.ReplaceAll(s, "&#xA;", "\n")
	}
	if strings.Contains(s, "_x") {
		s = bstrMarshal(s)
	}
	return s, preserve
}

func countUTF16(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

func truncateUTF16(s string, length int) string {
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > length {
			return s[:i]
		}
	}
	return s
}

// formatCellFloat is how excelize writes a float64 cell: at most 15 significant digits.
func formatCellFloat(value float64) string {
	str := strconv.FormatFloat(value, 'f', -1, 64)
	if math.Abs(value) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}

var (
	bstrExp       = lazyre.New(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = lazyre.New(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes what would read as an OOXML escape (_x0041_ for "A"), as excelize does.
func bstrMarshal(s string) (result string) {
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

// finish writes out what is buffered and rewinds the file for reading.
func (rf *rowFile) finish() (io.Reader, error) {
	if err := rf.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := rf.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(rf.f, 64<<10), nil
}

func (rf *rowFile) remove() {
	rf.f.Close()
	os.Remove(rf.f.Name())
}
