package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

// monospace measures every character as 1 mm wide, combining marks as 0.
func monospace(s string) float64 {
	w := 0.0
	for i := 0; i < len(s); {
		n := clusterLen(s[i:])
		w++
		i += n
	}
	return w
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Peter Willsman", "Peter Willsman"},
		{"white space collapses", "  a \t\n b\r\nc  ", "a b c"},
		{"controls become spaces", "a\x00b\x1fc\u0085d", "a b c d"},
		{"no-break space stays", "12\u00A0000", "12\u00A0000"},
		{"combining marks stay", "Ю\u0301рьевич", "Ю\u0301рьевич"},
		{"outside the BMP", "smile 😀!", "smile \uFFFD!"},
		{"noncharacter", "a\uFFFFb", "a\uFFFDb"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width float64
		want  []string
	}{
		{"empty", "", 10, []string{}},
		{"fits", "one two", 10, []string{"one two"}},
		{"breaks at spaces", "one two three four", 9, []string{"one two", "three", "four"}},
		{"exact width", "abc def", 7, []string{"abc def"}},
		{"long word is cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long URL breaks after a slash", "https://example.org/wiki/Name", 12,
			[]string{"https://", "example.org/", "wiki/Name"}},
		{"combining marks stay with their letter", "ab\u0301cd\u0301e", 2,
			[]string{"ab\u0301", "cd\u0301", "e"}},
		{"zero width still makes progress", "abc", 0, []string{"a", "b", "c"}},
		{"long word starts on a line with room", "See abcdefghijkl", 10, []string{"See abcdef", "ghijkl"}},
		{"long word starts a new line when little room is left", "Seeing1 abcdefghijkl", 10,
			[]string{"Seeing1", "abcdefghij", "kl"}},
		{"words follow a broken word", "abcdefghijkl mn op", 10, []string{"abcdefghij", "kl mn op"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrapText(tt.in, tt.width, monospace)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrapText(%q, %v) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
			for _, l := range got {
				if !utf8.ValidString(l) {
					t.Errorf("line %q is not valid UTF-8", l)
				}
			}
		})
	}
}

func TestWrapKeepsLinks(t *testing.T) {
	ws := append(words("See", ""), words("https://example.org/a/very/long/path", "https://example.org/")...)
	lines := wrap(ws, 12, monospace)
	if len(lines) < 3 {
		t.Fatalf("got %d lines, want the URL broken over several", len(lines))
	}
	var url strings.Builder
	for _, l := range lines {
		for _, w := range l {
			if w.link != "" {
				url.WriteString(w.text)
			}
		}
	}
	if url.String() != "https://example.org/a/very/long/path" {
		t.Errorf("linked pieces join to %q", url.String())
	}
}

func TestTruncate(t *testing.T) {
	got := truncate([]string{"a", "b", "c"}, 2)
	if strings.Join(got, "|") != "a|b…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate([]string{"a"}, 2); len(got) != 1 || got[0] != "a" {
		t.Errorf("truncate of a short list = %q", got)
	}
}

func TestLinkTarget(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://en.wikipedia.org/wiki/Peter_Willsman", "https://en.wikipedia.org/wiki/Peter_Willsman"},
		{" http://example.org/a b ", "http://example.org/a%20b"},
		{"https://pl.wikipedia.org/wiki/Gdańsk", "https://pl.wikipedia.org/wiki/Gda%C5%84sk"},
		{"mailto:x@example.org", "mailto:x@example.org"},
		{"javascript:alert(1)", ""},
		{"example.org", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := linkTarget(tt.in); got != tt.want {
			t.Errorf("linkTarget(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLifeLine(t *testing.T) {
	date := func(s string) model.Date { d, _ := model.ParseDate(s); return d }
	tests := []struct {
		name       string
		born, died *model.Vital
		want       string
	}{
		{"born only", &model.Vital{Date: date("1944-02"), Place: "Andover"}, nil, "Born February 1944 in Andover."},
		{"died only", nil, &model.Vital{Date: date("1040~")}, "Died c. 1040."},
		{"a place ending in a full stop", &model.Vital{Date: date("1809-02-12"), Place: "Hodgenville, Kentucky, U.S."},
			&model.Vital{Date: date("1865-04-15"), Place: "Washington, D.C., U.S."},
			"Born 12 February 1809 in Hodgenville, Kentucky, U.S.; died 15 April 1865 in Washington, D.C., U.S."},
		{"the 1970s", &model.Vital{Date: date("197X")}, nil, "Born in the 1970s."},
		{"nothing", nil, nil, ""},
	}
	for _, tt := range tests {
		if got := lifeLine(&model.Biography{Born: tt.born, Died: tt.died}); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
