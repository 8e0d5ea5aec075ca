package batch_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vita-project/vita/batch"
	"github.com/vita-project/vita/exporters"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func names(ins []batch.Input) []string {
	var out []string
	for _, in := range ins {
		out = append(out, in.Name)
	}
	return out
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "sub/b.wiki", "sub/deeper/c.yaml", "sub/notes.md", ".hidden/d.txt", "sub/.e.txt"} {
		write(t, filepath.Join(dir, p), "x")
	}
	j := func(p string) string { return filepath.Join(dir, p) }
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"a file", []string{j("a.txt")}, []string{j("a.txt")}},
		{"a folder, recursively, hidden and unknown kinds skipped", []string{dir},
			[]string{j("a.txt"), j("sub/b.wiki"), j("sub/deeper/c.yaml")}},
		{"a glob", []string{j("*.txt")}, []string{j("a.txt")}},
		{"standard input", []string{"-"}, []string{"-"}},
		{"order kept", []string{j("sub/b.wiki"), j("a.txt")}, []string{j("sub/b.wiki"), j("a.txt")}},
		{"a hidden file named directly", []string{j("sub/.e.txt")}, []string{j("sub/.e.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := batch.Expand(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(names(got), tt.want) {
				t.Errorf("Expand(%q) = %q, want %q", tt.args, names(got), tt.want)
			}
		})
	}
	for _, bad := range []string{j("missing.txt"), j("*.none")} {
		if _, err := batch.Expand([]string{bad}); err == nil || !strings.HasPrefix(err.Error(), bad) {
			t.Errorf("Expand(%q) = %v, want an error naming it", bad, err)
		}
	}
}

func TestWriteFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	if err := batch.WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "first"); return err }); err != nil {
		t.Fatal(err)
	}
	failure := errors.New("disk full")
	err := batch.WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half a file")
		return failure
	})
	if !errors.Is(err, failure) {
		t.Errorf("WriteFile = %v, want the writer's error", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "first" {
		t.Errorf("a failed write changed the earlier file to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want only out.pdf (no temporary file left)", len(entries))
	}
	if err := batch.WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "second"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "second" {
		t.Errorf("re-export left %q, want it replaced", got)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in/a.txt"), "= Ann Lee =\n\nAnn Lee (born 1950) is a poet.")
	write(t, filepath.Join(dir, "in/b.txt"), "= Ann Lee =\n\nAnn Lee (born 1960) is a painter.")
	write(t, filepath.Join(dir, "in/c.yaml"), "name: [unclosed\n")
	write(t, filepath.Join(dir, "in/d.txt"), "")
	inputs, err := batch.Expand([]string{filepath.Join(dir, "in")})
	if err != nil {
		t.Fatal(err)
	}
	jsonld, _ := exporters.Lookup("jsonld")
	out := filepath.Join(dir, "out")
	results := batch.Run(inputs, batch.Options{Formats: []exporters.Format{jsonld}, OutDir: out, Jobs: 3})
	if len(results) != 4 {
		t.Fatalf("%d results, want 4", len(results))
	}
	if results[0].ID != "ann-lee" || results[1].ID != "ann-lee-2" || !strings.Contains(results[1].Note, "ann-lee") {
		t.Errorf("same-id inputs: %q, %q (note %q); want ann-lee, ann-lee-2 and a note", results[0].ID, results[1].ID, results[1].Note)
	}
	if results[2].Err == nil || !strings.Contains(results[2].Err.Error(), "c.yaml:1:") {
		t.Errorf("bad model file: %v, want an error with its line", results[2].Err)
	}
	if results[3].Err == nil || !strings.Contains(results[3].Err.Error(), "d.txt: the file is empty") {
		t.Errorf("empty file: %v", results[3].Err)
	}
	entries, _ := os.ReadDir(out)
	var files []string
	for _, e := range entries {
		files = append(files, e.Name())
	}
	if !reflect.DeepEqual(files, []string{"ann-lee-2.jsonld", "ann-lee.jsonld"}) {
		t.Errorf("output folder holds %q", files)
	}
}
