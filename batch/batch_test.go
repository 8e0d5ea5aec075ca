package batch_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

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

// page is a page of a MediaWiki XML export.
func page(title string, ns int, text string) string {
	var b strings.Builder
	b.WriteString("<page><title>")
	xml.EscapeText(&b, []byte(title))
	fmt.Fprintf(&b, "</title><ns>%d</ns><id>1</id><revision><text xml:space=\"preserve\">", ns)
	xml.EscapeText(&b, []byte(text))
	b.WriteString("</text></revision></page>\n")
	return b.String()
}

func export(pages ...string) string {
	return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/"><siteinfo><sitename>Wikipedia</sitename>` +
		"<base>https://test.wikipedia.org/wiki/Main_Page</base></siteinfo>\n" + strings.Join(pages, "") + "</mediawiki>\n"
}

const (
	poet     = "{{Infobox writer\n| name = Ann Lee\n| birth_date = {{birth date|1950|3|4}}\n}}\n'''Ann Lee''' (born 4 March 1950) is a Welsh poet.\n\n[[Category:1950 births]]"
	painter  = "'''Ann Lee''' (born 1960) is a painter.\n\n[[Category:1960 births]]\n[[Category:Living people]]"
	town     = "{{Infobox settlement|name=Andover}}\n'''Andover''' is a town in [[Hampshire]]."
	kristeva = "'''Юлия Кръстева''' (born 24 June 1941) is a philosopher.\n\n[[Category:1941 births]]"
)

func exportAll(t *testing.T, inputs []batch.Input, jobs int) (string, []batch.Result, batch.Summary) {
	t.Helper()
	jsonld, _ := exporters.Lookup("jsonld")
	out := filepath.Join(t.TempDir(), "out")
	var results []batch.Result
	sum := batch.Export(batch.ExpandDumps(inputs), batch.Options{Formats: []exporters.Format{jsonld}, OutDir: out, Jobs: jobs},
		func(r batch.Result) { results = append(results, r) })
	return out, results, sum
}

func files(t *testing.T, dir string) []string {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestExportDump(t *testing.T) {
	dir := t.TempDir()
	dumpFile := filepath.Join(dir, "pages.xml")
	write(t, dumpFile, export(
		page("Ann Lee (poet)", 0, poet),
		page("Talk:Ann Lee (poet)", 1, "Sourced? [[Category:1950 births]]"),
		page("Andover", 0, town),
		page("Ann Lee (painter)", 0, painter),
		page("Ann Leigh", 0, "#REDIRECT [[Ann Lee (poet)]]"),
		page("Юлия Кръстева", 0, kristeva),
	))
	article := filepath.Join(dir, "b.txt")
	write(t, article, "= Bo Vik =\n\nBo Vik (born 1970) is a Norwegian poet.")
	inputs, err := batch.Expand([]string{dumpFile, article})
	if err != nil {
		t.Fatal(err)
	}
	out, results, sum := exportAll(t, inputs, 3)

	if want := (batch.Summary{Exported: 4, Skipped: 3}); sum != want {
		t.Errorf("summary %+v, want %+v", sum, want)
	}
	var got []string
	for _, r := range results {
		switch {
		case r.Err != nil:
			t.Errorf("%s: %v", r.Input, r.Err)
		case r.Skipped != "":
			got = append(got, r.Input+" skipped: "+r.Skipped)
		default:
			got = append(got, r.Input+" → "+r.ID)
		}
	}
	want := []string{
		dumpFile + ":Ann Lee (poet) → ann-lee",
		dumpFile + ":Talk:Ann Lee (poet) skipped: not an article (namespace 1)",
		dumpFile + ":Andover skipped: not a biography",
		dumpFile + ":Ann Lee (painter) → ann-lee-2",
		dumpFile + ":Ann Leigh skipped: a redirect",
		dumpFile + ":Юлия Кръстева → yuliya-krsteva",
		article + " → bo-vik",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("results:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(results) > 3 && !strings.Contains(results[3].Note, "ann-lee already names the export of "+dumpFile+":Ann Lee (poet)") {
		t.Errorf("note %q", results[3].Note)
	}
	if f := files(t, out); !reflect.DeepEqual(f, []string{"ann-lee-2.jsonld", "ann-lee.jsonld", "bo-vik.jsonld", "yuliya-krsteva.jsonld"}) {
		t.Errorf("output folder holds %q", f)
	}
	// The page's title names the person, and the dump's site gives the article's address.
	ld, _ := os.ReadFile(filepath.Join(out, "ann-lee-2.jsonld"))
	for _, s := range []string{`"name": "Ann Lee"`, `"https://test.wikipedia.org/wiki/Ann_Lee_(painter)"`, `"Ann Lee (painter)"`} {
		if !bytes.Contains(ld, []byte(s)) {
			t.Errorf("ann-lee-2.jsonld lacks %s:\n%s", s, ld)
		}
	}
}

// TestExportDumpCompressed exports the bzip2 fixture of importers/dump, from a file and from
// standard input.
func TestExportDumpCompressed(t *testing.T) {
	src, err := os.ReadFile("../importers/dump/testdata/export.xml.bz2")
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "export.xml.bz2")
	write(t, name, string(src))
	want := []string{"ann-lee.jsonld", "yuliya-krsteva.jsonld"}
	out, _, sum := exportAll(t, []batch.Input{batch.FileInput(name)}, 2)
	if sum != (batch.Summary{Exported: 2, Skipped: 3}) || !reflect.DeepEqual(files(t, out), want) {
		t.Errorf("from a file: %+v, %q", sum, files(t, out))
	}

	stdin := os.Stdin
	defer func() { os.Stdin = stdin }()
	os.Stdin, err = os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer os.Stdin.Close()
	out, results, sum := exportAll(t, []batch.Input{batch.FileInput("-")}, 2)
	if sum != (batch.Summary{Exported: 2, Skipped: 3}) || !reflect.DeepEqual(files(t, out), want) || results[0].Input != "-:Ann Lee (poet)" {
		t.Errorf("from standard input: %+v, %q, %+v", sum, files(t, out), results)
	}
}

func TestExportDamagedDump(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "pages.xml")
	src := export(page("Ann Lee (poet)", 0, poet), page("Andover", 0, town), page("Ann Lee (painter)", 0, painter))
	write(t, name, src[:len(src)-100]) // cut inside the last page
	out, results, sum := exportAll(t, []batch.Input{batch.FileInput(name)}, 2)
	if sum != (batch.Summary{Exported: 1, Failed: 1, Skipped: 1}) {
		t.Errorf("summary %+v", sum)
	}
	if len(results) != 3 || results[2].Err == nil ||
		!strings.HasPrefix(results[2].Err.Error(), name+`: page "Ann Lee (painter)" (byte `) || !strings.HasSuffix(results[2].Err.Error(), "unexpected EOF") {
		t.Errorf("results %+v", results)
	}
	if f := files(t, out); !reflect.DeepEqual(f, []string{"ann-lee.jsonld"}) {
		t.Errorf("output folder holds %q", f)
	}
}

// TestExportSinglePage: an export of one page is its article, exported whatever it is about, as
// vita has always read it.
func TestExportSinglePage(t *testing.T) {
	name := filepath.Join(t.TempDir(), "Andover.xml")
	write(t, name, export(page("Andover", 0, town)))
	out, results, sum := exportAll(t, []batch.Input{batch.FileInput(name)}, 1)
	if sum != (batch.Summary{Exported: 1}) || !reflect.DeepEqual(files(t, out), []string{"andover.jsonld"}) {
		t.Errorf("%+v, %q, %+v", sum, files(t, out), results)
	}
}

// TestExportStream exports a long stream of inputs that take their time to read, all of one
// person: results come in input order with ids numbered in that order, and no more inputs are in
// hand at once than the window allows.
func TestExportStream(t *testing.T) {
	const n, jobs = 300, 3
	var produced, reported, most int
	var mu sync.Mutex
	inputs := func(yield func(batch.Input) bool) {
		for i := range n {
			text := fmt.Sprintf("= Ann Lee =\n\nAnn Lee (born %d) is a poet.", 1900+i)
			in := batch.Input{Name: fmt.Sprint("in", i), Read: func() ([]byte, error) {
				time.Sleep(time.Duration(i*7%5) * 100 * time.Microsecond)
				return []byte(text), nil
			}}
			if i%10 == 9 {
				in = batch.Input{Name: in.Name, Skipped: "not a biography"}
			}
			mu.Lock()
			produced++
			most = max(most, produced-reported)
			mu.Unlock()
			if !yield(in) {
				return
			}
		}
	}
	jsonld, _ := exporters.Lookup("jsonld")
	out := t.TempDir()
	i, k := 0, 0
	sum := batch.Export(inputs, batch.Options{Formats: []exporters.Format{jsonld}, OutDir: out, Jobs: jobs}, func(r batch.Result) {
		mu.Lock()
		reported++
		mu.Unlock()
		if r.Input != fmt.Sprint("in", i) {
			t.Fatalf("result %d is of %s", i, r.Input)
		}
		if i%10 != 9 {
			want := "ann-lee"
			if k > 0 {
				want = fmt.Sprintf("ann-lee-%d", k+1)
			}
			if r.Err != nil || r.ID != want {
				t.Fatalf("%s: id %q (%v), want %q", r.Input, r.ID, r.Err, want)
			}
			k++
		}
		i++
	})
	if sum != (batch.Summary{Exported: n - n/10, Skipped: n / 10}) {
		t.Errorf("summary %+v", sum)
	}
	if most > 4*jobs+1 {
		t.Errorf("%d inputs in hand at once, want at most %d", most, 4*jobs+1)
	}
	if len(files(t, out)) != n-n/10 {
		t.Errorf("%d files written", len(files(t, out)))
	}
}
