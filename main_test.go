package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the example exports in output/")

// sampleEpoch fixes the dates inside the committed example exports (2026-01-01T00:00:00Z).
const sampleEpoch = "1767225600"

func vita(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(append([]string{"vita"}, args...), &out, &errw)
	return code, out.String(), errw.String()
}

// TestOutput regenerates the example exports of the embedded sample and compares them with the
// committed ones in output/: PDF and JSON-LD byte for byte, the workbook cell by cell.
func TestOutput(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", sampleEpoch)
	dir := t.TempDir()
	if *update {
		dir = "output"
	}
	code, _, stderr := vita(t, "export", "--out", dir)
	if code != 0 {
		t.Fatalf("vita export: exit %d\n%s", code, stderr)
	}
	for _, ext := range []string{".pdf", ".jsonld"} {
		got, err := os.ReadFile(filepath.Join(dir, "peter-willsman"+ext))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("output", "peter-willsman"+ext))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("output/peter-willsman%s differs from a fresh export (go test -update . rewrites it)", ext)
		}
	}
	got, want := cells(t, filepath.Join(dir, "peter-willsman.xlsx")), cells(t, "output/peter-willsman.xlsx")
	if got != want {
		t.Errorf("output/peter-willsman.xlsx differs from a fresh export (go test -update . rewrites it):\n%s\n---\n%s", got, want)
	}
}

// cells dumps every sheet's cells as text.
func cells(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "[%s]\n", sheet)
		for _, r := range rows {
			fmt.Fprintf(&b, "%q\n", r)
		}
	}
	return b.String()
}

func TestExportExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(good, []byte("= Ann Lee =\n\nAnn Lee (born 1950) is a Welsh poet.\n"), 0o644)
	os.WriteFile(bad, []byte("name: X\nbron: 1944\n"), 0o644)
	out := filepath.Join(dir, "out")

	code, stdout, stderr := vita(t, "export", "--to", "jsonld", "--out", out, good, bad)
	if code != 1 {
		t.Errorf("exit %d with one bad input, want 1", code)
	}
	if !strings.Contains(stderr, `bad.yaml:2:1: unknown key "bron" (did you mean "born"?)`) ||
		!strings.Contains(stderr, "exported 1 of 2 inputs, 1 failed") {
		t.Errorf("stderr does not report the failure and the summary:\n%s", stderr)
	}
	if !strings.Contains(stdout, "ann-lee.jsonld") {
		t.Errorf("the good input was not exported: %s", stdout)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 || entries[0].Name() != "ann-lee.jsonld" {
		t.Errorf("output folder holds %v, want only ann-lee.jsonld (no temporary files)", entries)
	}

	for _, args := range [][]string{
		{"export", "--to", "docx"},
		{"export", "--nosuchflag"},
		{"export", filepath.Join(dir, "missing.txt")},
		{"extract"},
		{"extract", good, "--format", "toml"},
		{"validate"},
		{"nosuchcommand"},
	} {
		code, _, stderr := vita(t, args...)
		if code != 2 {
			t.Errorf("vita %q: exit %d, want 2 (usage); stderr:\n%s", args, code, stderr)
		}
	}
	if _, _, stderr := vita(t, "export", "--to", "docx"); !strings.Contains(stderr, `unknown format "docx" (known formats: csv, jsonld, nt, pdf, xlsx)`) {
		t.Errorf("an unknown format does not list the known ones: %s", stderr)
	}
}

// TestExtract checks the model file's keys and the seed's facts through the command line.
func TestExtract(t *testing.T) {
	code, stdout, stderr := vita(t, "extract", "assets/sample/peter-willsman.txt", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(stdout), &m); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"id", "name", "full_name", "other_names", "description", "summary", "born", "died",
		"nationality", "occupations", "organizations", "positions", "events", "sections", "sources"} {
		if _, ok := m[key]; !ok {
			t.Errorf("model file lacks key %q", key)
		}
	}
	if len(m) != 15 {
		t.Errorf("model file has %d keys, want the 15 of DESIGN.md", len(m))
	}
	born := m["born"].(map[string]any)
	if m["name"] != "Peter Willsman" || m["full_name"] != "Peter Rupert William Willsman" ||
		born["date"] != "1944-02" || born["place"] != "Andover" || fmt.Sprint(m["nationality"]) != "[British]" {
		t.Errorf("seed facts: %v %v %v %v", m["name"], m["full_name"], born, m["nationality"])
	}
	sections := m["sections"].([]any)
	if len(sections) != 4 || sections[3].(map[string]any)["level"] != 3.0 {
		t.Errorf("sections: %v", sections)
	}

	// extract → file → validate → export round trip
	dir := t.TempDir()
	model := filepath.Join(dir, "willsman.yaml")
	if code, _, stderr := vita(t, "extract", "assets/sample/peter-willsman.txt", "-o", model); code != 0 {
		t.Fatalf("extract -o: exit %d: %s", code, stderr)
	}
	if code, stdout, stderr := vita(t, "validate", model); code != 0 || !strings.Contains(stdout, "ok") {
		t.Fatalf("validate: exit %d: %s %s", code, stdout, stderr)
	}
	if code, _, stderr := vita(t, "export", "--to", "jsonld", "--out", dir, model); code != 0 {
		t.Fatalf("export of the model file: exit %d: %s", code, stderr)
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	code, _, stderr := vita(t, "validate", "model/modelfile/testdata/mistakes.yaml")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if n := strings.Count(stderr, "mistakes.yaml:"); n != 9 {
		t.Errorf("%d problems reported, want 9:\n%s", n, stderr)
	}
}

func TestFormats(t *testing.T) {
	_, stdout, _ := vita(t, "formats")
	for _, f := range []string{"pdf", "xlsx", "jsonld"} {
		if !strings.Contains(stdout, f) {
			t.Errorf("formats does not list %s:\n%s", f, stdout)
		}
	}
}

// TestMerge writes one workbook and one CSV file for several people.
func TestMerge(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := vita(t, "export", "--to", "xlsx,csv", "--merge", "--out", dir,
		"testdata/corpus/plain/eddie-haigh.txt", "testdata/corpus/plain/magnar-saetre.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Count(stdout, "positions.") != 2 {
		t.Errorf("stdout names %q, want positions.xlsx and positions.csv once each", stdout)
	}
	data, err := os.ReadFile(filepath.Join(dir, "positions.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, person := range []string{"eddie-haigh,Eddie Haigh,position", "magnar-saetre,Magnar Sætre,position"} {
		if !strings.Contains(string(data), person) {
			t.Errorf("positions.csv lacks %q", person)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d files, want the two merged ones", len(entries))
	}
	if code, _, _ := vita(t, "export", "--to", "pdf", "--merge", "--out", dir); code != 2 {
		t.Errorf("--merge with pdf: exit %d, want 2", code)
	}
}

// TestBadInput exports each input of testdata/bad, and some generated ones, in every format: each
// gives either a clear error that names it or a whole export, never a panic or a hang, and never
// a half-written file in the output folder.
func TestBadInput(t *testing.T) {
	gen := t.TempDir()
	longLine := filepath.Join(gen, "long-line.txt")
	os.WriteFile(longLine, []byte("= Ann Lee =\n\nAnn Lee (born 1950) is a poet."+strings.Repeat(" She writes verse", 5<<20/17)), 0o644)
	oneLine := filepath.Join(gen, "one-line.txt")
	os.WriteFile(oneLine, bytes.Repeat([]byte("abcdefghij"), 5<<20/10), 0o644)
	tooBig := filepath.Join(gen, "too-big.txt")
	os.WriteFile(tooBig, []byte("= Ann Lee =\n\nAnn Lee is a poet."+strings.Repeat("x", 2<<20)), 0o644)

	const ok = "" // a whole export
	tests := []struct {
		file string
		want string // what the error says after "FILE"; ok for a whole export
		args []string
	}{
		{"testdata/bad/empty.txt", ": the file is empty", nil},
		{"testdata/bad/blank.txt", ": the file is empty", nil},
		{"testdata/bad/binary.txt", ": binary file, not text (NUL at byte 8)", nil},
		{"testdata/bad/invalid-utf8.txt", ": not UTF-8 text (invalid byte at offset 40)", nil},
		{"testdata/bad/utf16le-bom.txt", ok, nil},
		{"testdata/bad/utf16be-bom.txt", ok, nil},
		{"testdata/bad/no-name.txt", ": no person's name found", nil},
		{"testdata/bad/nested-templates.wiki", ":2: templates, links and tags nested more than 100 deep", nil},
		{"testdata/bad/unclosed-templates.wiki", ok, nil},
		{"testdata/bad/model-syntax.yaml", ":3:1: ", nil},
		{"testdata/bad/model-mistakes.yaml", `:4:1: unknown key "bron"`, nil},
		{"testdata/bad/impossible-dates.yaml", `:5:14: died.date: "1990-02-30" is not a date: February 1990 has no day 30`, nil},
		{"testdata/bad/end-before-start.yaml", ":9:10: positions[0].end: 1981 is before start 1994", nil},
		{"testdata/bad/control-characters.txt", ok, nil},
		{"testdata/bad/bidi-zero-width.txt", ok, nil},
		{"testdata/bad/formula.txt", ok, nil},
		{"testdata/bad/formula-body.txt", ok, nil},
		{longLine, ok, nil},
		{oneLine, ": no person's name found", nil},
		{tooBig, ": larger than the size limit of 1 MiB", []string{"--max-size", "1MiB"}},
	}
	if !testing.Short() {
		big := filepath.Join(gen, "big-article.txt")
		var b bytes.Buffer
		b.WriteString("= Ann Lee =\n\nAnn Lee (born 1950) is a poet.\n")
		for i := 0; b.Len() < 50<<20; i++ {
			fmt.Fprintf(&b, "\n== Part %d ==\n\nIn %d she was elected to the Council of Town %d. She wrote a book.\n", i, 1900+i%100, i)
		}
		os.WriteFile(big, b.Bytes(), 0o644)
		// Whole, or failed after the time limit: both are fine, a hang is not.
		tests = append(tests, struct {
			file, want string
			args       []string
		}{big, "?", []string{"--timeout", "10s"}})
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			out := t.TempDir()
			args := append([]string{"export", "--to", "pdf,xlsx,jsonld,nt,csv", "--out", out, "--quiet"}, tt.args...)
			code, _, stderr := vita(t, append(args, tt.file)...)
			entries, _ := os.ReadDir(out)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
				if strings.HasPrefix(e.Name(), ".") {
					t.Errorf("a temporary file is left: %s", e.Name())
				}
			}
			exported := code == 0 && len(names) == 5
			failed := code == 1 && len(names) == 0 && strings.HasPrefix(stderr, "error: "+tt.file+tt.want)
			switch {
			case tt.want == "?" && (exported || code == 1 && strings.Contains(stderr, "took longer than 10s")):
			case tt.want == ok && exported, tt.want != ok && failed:
			default:
				t.Errorf("exit %d, files %q, stderr:\n%.500s\nwant %q", code, names, stderr, tt.want)
			}
			for _, n := range names {
				if strings.HasSuffix(n, ".xlsx") {
					if f := formulas(t, filepath.Join(out, n)); f != "" {
						t.Errorf("%s holds a formula: %s", n, f)
					}
				}
			}
		})
	}
}

// formulas returns the first formula in a workbook's sheets, if any.
func formulas(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		if i := bytes.Index(data, []byte("<f")); i >= 0 && (data[i+2] == '>' || data[i+2] == ' ') {
			return string(data[i:min(len(data), i+80)])
		}
	}
	return ""
}

func TestExportFlags(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for _, who := range []string{"Ann Lee", "Bo Vik", "Cy Dahl", "Di Eng", "Ed Fox"} {
		p := filepath.Join(dir, "in", slugOf(who)+".txt")
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("= "+who+" =\n\n"+who+" (born 1950) is a poet.\n"), 0o644)
		inputs = append(inputs, p)
	}
	bad := filepath.Join(dir, "in", "zz-empty.txt")
	os.WriteFile(bad, nil, 0o644)

	t.Run("shard", func(t *testing.T) {
		out := filepath.Join(dir, "shards")
		var all []string
		for i := 1; i <= 2; i++ {
			code, stdout, stderr := vita(t, "export", "--to", "jsonld", "--out", out, "--shard", fmt.Sprintf("%d/2", i), "--quiet", filepath.Join(dir, "in"))
			all = append(all, strings.Fields(stdout)...)
			want := i - 1 // the empty file, the sixth input, is in shard 2
			if code != want {
				t.Errorf("shard %d/2: exit %d, want %d: %s", i, code, want, stderr)
			}
			if i == 1 && len(strings.Fields(stdout)) != 3 || i == 2 && len(strings.Fields(stdout)) != 2 {
				t.Errorf("shard %d/2 wrote %q", i, stdout)
			}
		}
		if len(files(t, out)) != 5 || len(all) != 5 {
			t.Errorf("the shards wrote %q", files(t, out))
		}
		for _, s := range []string{"0/2", "3/2", "1/0", "x", "1/2/3"} {
			if code, _, stderr := vita(t, "export", "--shard", s, "--out", out); code != 2 || !strings.Contains(stderr, "--shard") {
				t.Errorf("--shard %s: exit %d, %s", s, code, stderr)
			}
		}
	})

	t.Run("report", func(t *testing.T) {
		out, report := filepath.Join(dir, "report-out"), filepath.Join(dir, "report.json")
		code, _, _ := vita(t, "export", "--to", "jsonld", "--out", out, "--report", report, inputs[0], bad)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		var entries []map[string]any
		data, _ := os.ReadFile(report)
		if err := json.Unmarshal(data, &entries); err != nil {
			t.Fatalf("%v: %s", err, data)
		}
		if len(entries) != 2 || entries[0]["status"] != "exported" || entries[0]["id"] != "ann-lee" ||
			entries[1]["status"] != "failed" || entries[1]["error"] != bad+": the file is empty" || entries[1]["input"] != bad {
			t.Errorf("report:\n%s", data)
		}
	})

	t.Run("warnings", func(t *testing.T) {
		// A character no font of the dossier has is said on stderr, under the input's name, and
		// in the report; the dossier is written all the same.
		in := filepath.Join(dir, "thai", "som.txt")
		os.MkdirAll(filepath.Dir(in), 0o755)
		os.WriteFile(in, []byte("= Som Chai =\n\nSom Chai (สมชาย; born 1950) is a poet. 😀\n"), 0o644)
		out, report := filepath.Join(dir, "thai-out"), filepath.Join(dir, "thai.json")
		code, stdout, stderr := vita(t, "export", "--to", "pdf", "--out", out, "--report", report, "-q", in)
		want := []string{
			"warning: " + in + ": pdf: Som Chai: beyond the Basic Multilingual Plane, which no font of the dossier can hold, so printed as U+FFFD: '😀' (U+1F600)",
			"warning: " + in + ": pdf: Som Chai: not in DejaVu Sans, so drawn in Noto Sans Thai: 'ส' (U+0E2A), 'ม' (U+0E21), 'ช' (U+0E0A), 'า' (U+0E32), 'ย' (U+0E22)",
		}
		if code != 0 || strings.TrimSpace(stdout) != filepath.Join(out, "som-chai.pdf") || strings.TrimSpace(stderr) != strings.Join(want, "\n") {
			t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant:\n%s", code, stdout, stderr, strings.Join(want, "\n"))
		}
		data, _ := os.ReadFile(report)
		var entries []struct{ Warnings []string }
		if err := json.Unmarshal(data, &entries); err != nil || len(entries) != 1 || len(entries[0].Warnings) != 2 {
			t.Errorf("report (%v):\n%s", err, data)
		}
	})

	t.Run("no-clobber", func(t *testing.T) {
		out := filepath.Join(dir, "keep")
		os.MkdirAll(out, 0o755)
		mine := filepath.Join(out, "ann-lee.jsonld")
		os.WriteFile(mine, []byte("mine"), 0o644)
		code, stdout, stderr := vita(t, "export", "--to", "jsonld", "--out", out, "--no-clobber", inputs[0], inputs[1])
		if code != 0 || !strings.Contains(stderr, "note: "+inputs[0]+": exists, not replaced: "+mine) || strings.Contains(stdout, "ann-lee") {
			t.Errorf("exit %d\n%s\n%s", code, stdout, stderr)
		}
		if got, _ := os.ReadFile(mine); string(got) != "mine" {
			t.Errorf("the file was replaced")
		}
	})

	t.Run("max-size", func(t *testing.T) {
		code, _, stderr := vita(t, "export", "--to", "jsonld", "--out", filepath.Join(dir, "small"), "--max-size", "10", inputs[0])
		if code != 1 || !strings.Contains(stderr, inputs[0]+": larger than the size limit of 10 bytes") {
			t.Errorf("exit %d: %s", code, stderr)
		}
		for _, s := range []string{"0", "-1", "ten", "5 parsecs"} {
			if code, _, stderr := vita(t, "export", "--max-size", s, "--out", dir); code != 2 || !strings.Contains(stderr, "--max-size") {
				t.Errorf("--max-size %s: exit %d, %s", s, code, stderr)
			}
		}
	})

	t.Run("progress", func(t *testing.T) {
		code, _, stderr := vita(t, "export", "--to", "jsonld", "--out", filepath.Join(dir, "p"), "--timeout", "30s", filepath.Join(dir, "in"), "--quiet")
		if code != 1 || strings.Contains(stderr, "/s") {
			t.Errorf("--quiet: exit %d, %s", code, stderr)
		}
		if code, _, stderr := vita(t, "export", "--timeout", "-1s", "--out", dir); code != 2 {
			t.Errorf("--timeout -1s: exit %d, %s", code, stderr)
		}
	})
}

func slugOf(who string) string { return strings.ToLower(strings.ReplaceAll(who, " ", "-")) }

func files(t *testing.T, dir string) []string {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// BenchmarkExportSample runs `vita export --to FORMAT` on the embedded sample inside the test
// process: the work of the command without the start of a process, which the README measures
// with hyperfine beside pandoc.
//
//	go test . -run '^$' -bench ExportSample -benchmem
func BenchmarkExportSample(b *testing.B) {
	for _, format := range []string{"pdf", "xlsx", "jsonld"} {
		b.Run(format, func(b *testing.B) {
			dir := b.TempDir()
			for b.Loop() {
				var out, errw bytes.Buffer
				if code := run([]string{"vita", "export", "-q", "--to", format, "--out", dir}, &out, &errw); code != 0 {
					b.Fatalf("exit %d: %s", code, errw.String())
				}
			}
		})
	}
}
