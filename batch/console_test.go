package batch

import (
	"bytes"
	"errors"
	"testing"
)

func TestConsole(t *testing.T) {
	tests := []struct {
		name          string
		results       []Result
		sum           Summary
		quiet         bool
		out, err      string
		reportEntries int
	}{
		{"one exported", []Result{{Input: "a.txt", Files: []string{"out/a.pdf", "out/a.xlsx"}}},
			Summary{Exported: 1}, true, "out/a.pdf\nout/a.xlsx\n", "", 1},
		{"a note and a warning", []Result{{Input: "a.txt", Files: []string{"out/a-2.pdf"}, Note: "written as a-2",
			Warnings: []string{"pdf: A: not in DejaVu Sans, so drawn in Noto Sans Thai: 'ก' (U+0E01)"}}},
			Summary{Exported: 1}, true, "out/a-2.pdf\n",
			"note: a.txt: written as a-2\nwarning: a.txt: pdf: A: not in DejaVu Sans, so drawn in Noto Sans Thai: 'ก' (U+0E01)\n", 1},
		{"a failure among two", []Result{{Input: "a.txt", Files: []string{"out/a.pdf"}}, {Input: "b.txt", Err: errors.New("b.txt: the file is empty")}},
			Summary{Exported: 1, Failed: 1}, true, "out/a.pdf\n",
			"error: b.txt: the file is empty\nexported 1 of 2 inputs, 1 failed\n", 2},
		{"skipped pages are counted, not named", []Result{{Input: "d.xml:Talk", Skipped: "not a biography"}, {Input: "d.xml:Ann", Files: []string{"out/ann.pdf"}}},
			Summary{Exported: 1, Skipped: 1}, true, "out/ann.pdf\n", "exported 1 of 1 inputs, 0 failed, 1 skipped\n", 2},
		{"a file kept", []Result{{Input: "a.txt", Skipped: NotReplaced + ": out/a.pdf"}},
			Summary{Skipped: 1}, true, "", "note: a.txt: " + NotReplaced + ": out/a.pdf\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errw bytes.Buffer
			c := &Console{Out: &out, Err: &errw, Quiet: tt.quiet, Keep: true}
			for _, r := range tt.results {
				c.Result(r)
			}
			c.Finish(tt.sum)
			if out.String() != tt.out {
				t.Errorf("out:\n%s\nwant:\n%s", out.String(), tt.out)
			}
			if errw.String() != tt.err {
				t.Errorf("err:\n%s\nwant:\n%s", errw.String(), tt.err)
			}
			if len(c.Entries()) != tt.reportEntries {
				t.Errorf("%d report entries, want %d", len(c.Entries()), tt.reportEntries)
			}
		})
	}
}
