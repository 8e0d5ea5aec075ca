package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
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
