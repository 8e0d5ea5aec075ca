package plaintext_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/vita-project/vita/importers/plaintext"
	"github.com/vita-project/vita/model"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, title string
		want            []model.Section
	}{
		{"seed layout", "= Ann Lee =\n\nAnn Lee is a poet.\n\nShe writes.\n\n== Early life==\nBorn in York.\n\n===Family ===\nTwo sons.\n",
			"Ann Lee", []model.Section{
				{Title: "Ann Lee", Level: 1, Paragraphs: []string{"Ann Lee is a poet.", "She writes."}},
				{Title: "Early life", Level: 2, Paragraphs: []string{"Born in York."}},
				{Title: "Family", Level: 3, Paragraphs: []string{"Two sons."}},
			}},
		{"wrapped lines join", "= A =\nOne line\nand the next.\n\nSecond.", "A",
			[]model.Section{{Title: "A", Level: 1, Paragraphs: []string{"One line and the next.", "Second."}}}},
		{"CRLF and BOM", "\xef\xbb\xbf= A =\r\n\r\nText.\r\n== B ==\r\nMore.\r\n", "A",
			[]model.Section{{Title: "A", Level: 1, Paragraphs: []string{"Text."}}, {Title: "B", Level: 2, Paragraphs: []string{"More."}}}},
		{"list items", "= A =\n== Works ==\n* First book\n* Second book\n", "A",
			[]model.Section{{Title: "A", Level: 1}, {Title: "Works", Level: 2, Paragraphs: []string{"* First book", "* Second book"}}}},
		{"uneven equals take the smaller level", "= A =\n=== B ==\nText.", "A",
			[]model.Section{{Title: "A", Level: 1}, {Title: "B", Level: 2, Paragraphs: []string{"Text."}}}},
		{"no title", "Ann Lee is a poet.\n\n== Life ==\nShe writes.", "",
			[]model.Section{{Level: 1, Paragraphs: []string{"Ann Lee is a poet."}}, {Title: "Life", Level: 2, Paragraphs: []string{"She writes."}}}},
		{"stray references", "= A =\nText.<ref>Some book, p. 4.</ref> More.<ref name=\"x\" />", "A",
			[]model.Section{{Title: "A", Level: 1, Paragraphs: []string{"Text. More."}}}},
		{"empty heading is text", "= A =\n==\nText.", "A",
			[]model.Section{{Title: "A", Level: 1, Paragraphs: []string{"== Text."}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, sections, err := plaintext.Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if title != tt.title {
				t.Errorf("title = %q, want %q", title, tt.title)
			}
			if !reflect.DeepEqual(sections, tt.want) {
				t.Errorf("sections\n got %+v\nwant %+v", sections, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := map[string]string{
		"= A =\nText.\n= B =\n":    `line 3: "= B =": a second title line`,
		"= A =\n======= B =======": "line 2: ",
	}
	for in, want := range tests {
		_, _, err := plaintext.Parse([]byte(in))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want %q…", in, err, want)
		}
	}
}

func ExampleParse() {
	title, sections, _ := plaintext.Parse([]byte("= Peter Willsman =\n\nPeter Willsman is an activist.\n\n== Early life and career==\nWillsman was born in Andover in 1944.\n"))
	fmt.Println(title)
	for _, s := range sections {
		fmt.Println(s.Level, s.Title, len(s.Paragraphs))
	}
	// Output:
	// Peter Willsman
	// 1 Peter Willsman 1
	// 2 Early life and career 1
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("= A =\n\nA is a poet.\n\n== Life ==\nText.\n"))
	f.Add([]byte("==\n=\n= =\n===x"))
	f.Add([]byte("<ref>x</ref><ref/>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, sections, err := plaintext.Parse(data)
		if err != nil {
			return
		}
		for _, s := range sections {
			if s.Level < 1 || s.Level > 6 {
				t.Fatalf("level %d", s.Level)
			}
			for _, p := range s.Paragraphs {
				if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
					t.Fatalf("paragraph %q", p)
				}
			}
		}
	})
}
