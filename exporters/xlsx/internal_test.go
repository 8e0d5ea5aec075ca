package xlsx

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

func TestDateCell(t *testing.T) {
	tests := []struct {
		name   string
		date   model.Date
		long   bool
		serial int
		format string // "" when the date must not be a date cell
	}{
		{"year", model.YearOf(1998), false, 35796, "yyyy"},
		{"month", model.MonthOf(1944, 2), false, 16103, "mmm yyyy"},
		{"month long", model.MonthOf(1944, 2), true, 16103, "mmmm yyyy"},
		{"day", model.DayOf(1916, 2, 17), false, 5892, "d mmm yyyy"},
		{"day long", model.DayOf(1916, 2, 17), true, 5892, "d mmmm yyyy"},
		{"first safe day", model.DayOf(1900, 3, 1), false, 61, "d mmm yyyy"},
		{"last day Excel holds", model.DayOf(9999, 12, 31), false, 2958465, "d mmm yyyy"},
		{"leap day", model.DayOf(2000, 2, 29), false, 36585, "d mmm yyyy"},
		{"unknown", model.Date{}, false, 0, ""},
		{"year 1900 starts in the unsafe months", model.YearOf(1900), false, 0, ""},
		{"February 1900", model.MonthOf(1900, 2), false, 0, ""},
		{"before 1900", model.YearOf(1899), false, 0, ""},
		{"long ago", model.YearOf(1843), false, 0, ""},
		{"BC", model.YearOf(-43), false, 0, ""},
		{"decade", model.DecadeOf(1970), false, 0, ""},
		{"century", model.MustParseDate("19XX"), false, 0, ""},
		{"season", model.MustParseDate("1985-21"), false, 0, ""},
		{"approximate", model.YearOf(1998).Approx(), false, 0, ""},
		{"uncertain", model.MonthOf(1998, 3).MaybeUncertain(), false, 0, ""},
		{"approximate and uncertain", model.MustParseDate("1998-03-04%"), false, 0, ""},
		{"no such day", model.DayOf(2019, 2, 30), false, 0, ""},
		{"no such month", model.MonthOf(2019, 13), false, 0, ""},
		{"beyond 9999", model.YearOf(10000), false, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			serial, format, ok := dateCell(tt.date, tt.long)
			if ok != (tt.format != "") || serial != tt.serial || format != tt.format {
				t.Errorf("dateCell(%s) = %d, %q, %v; want %d, %q, %v",
					tt.date, serial, format, ok, tt.serial, tt.format, tt.format != "")
			}
		})
	}
}

func TestClean(t *testing.T) {
	long := strings.Repeat("ab ", 20000)
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Labour Party", "Labour Party"},
		{"formula-like text is kept", `=HYPERLINK("http://x","y")`, `=HYPERLINK("http://x","y")`},
		{"C0 controls dropped", "a\x00b\x01c\x0bd\x1fe", "abcde"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"CR normalised", "a\r\nb\rc", "a\nb\nc"},
		{"non-characters dropped", "a\uFFFEb\uFFFFc", "abc"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
		{"surrounding space trimmed", "  x \n", "x"},
		{"astral kept", "𝔘𝔫𝔦", "𝔘𝔫𝔦"},
		{"long text cut", long, strings.TrimSpace(long[:MaxCellChars-utf16Len(TruncatedMarker)]) + TruncatedMarker},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%.40q) = %.60q…, want %.60q…", tt.in, got, tt.want)
			}
		})
	}
}

func TestTruncateCountsUTF16(t *testing.T) {
	// Each of these takes two UTF-16 code units, as a spreadsheet counts them.
	s := strings.Repeat("𝔘", MaxCellChars)
	got := truncate(s)
	if n := utf16Len(got); n > MaxCellChars {
		t.Fatalf("truncated text is %d UTF-16 units, more than %d", n, MaxCellChars)
	}
	if !strings.HasSuffix(got, TruncatedMarker) || !utf8.ValidString(got) {
		t.Errorf("truncated text does not end with the marker or is not valid UTF-8: …%q", got[len(got)-30:])
	}
}

func TestCellStringEscapesStayWithinLimit(t *testing.T) {
	s := truncate(strings.Repeat("_x0041_", 10000))
	got := cellString(s)
	if n := utf16Len(got); n > MaxCellChars {
		t.Errorf("escaped text is %d UTF-16 units, more than %d", n, MaxCellChars)
	}
	if !strings.HasSuffix(got, TruncatedMarker) {
		t.Errorf("escaped text lost its marker: …%q", got[len(got)-30:])
	}
}

func TestLinkable(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://en.wikipedia.org/wiki/Peter_Willsman", true},
		{"http://example.org", true},
		{"mailto:someone@example.org", true},
		{"", false},
		{"javascript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"en.wikipedia.org/wiki/X", false},
		{"https://example.org/a b", false},
		{"https://example.org/" + strings.Repeat("a", 2100), false},
	}
	for _, tt := range tests {
		if got := linkable(tt.url); got != tt.want {
			t.Errorf("linkable(%.40q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

func TestWrappedLines(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  int
	}{
		{"empty", "", 20, 1},
		{"fits", "He was first elected.", 40, 1},
		{"two lines", "He was first elected in 1998 on a slate.", 21, 2},
		{"paragraphs", "First sentence.\n\nSecond sentence.", 40, 3},
		{"a word longer than the line", strings.Repeat("x", 45), 11, 5},
		{"wide characters count twice", "漢字漢字漢字", 7, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrappedLines(tt.text, tt.width); got != tt.want {
				t.Errorf("wrappedLines(%q, %g) = %d, want %d", tt.text, tt.width, got, tt.want)
			}
		})
	}
}
