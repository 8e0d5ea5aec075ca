package nt_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/vita-project/vita/exporters/jsonld"
	"github.com/vita-project/vita/exporters/nt"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func fixtures() map[string]*model.Biography {
	noID := modeltest.Willsman()
	noID.ID = ""
	return map[string]*model.Biography{
		"willsman": modeltest.Willsman(),
		"unicode":  modeltest.Unicode(),
		"empty":    modeltest.Empty(),
		"zero":     {},
		"no-id":    noID,
	}
}

func write(t testing.TB, b *model.Biography, opts nt.Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := nt.Write(&buf, b, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	got := write(t, modeltest.Willsman(), nt.Options{})
	path := filepath.Join("testdata", "willsman.nt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, got)
	}
}

func TestDeterministic(t *testing.T) {
	for name, b := range fixtures() {
		t.Run(name, func(t *testing.T) {
			first := write(t, b, nt.Options{})
			for range 3 {
				if again := write(t, b, nt.Options{}); again != first {
					t.Fatal("two runs give different bytes")
				}
			}
			lines := strings.SplitAfter(first, "\n")
			lines = lines[:len(lines)-1]
			if !slices.IsSorted(lines) {
				t.Error("lines are not sorted")
			}
			if len(slices.Compact(slices.Clone(lines))) != len(lines) {
				t.Error("a triple is written twice")
			}
		})
	}
}

// triple is one N-Triples line: subject, predicate, object and the final dot, with no graph term.
var triple = regexp.MustCompile(`^(<[^>]+>|_:[A-Za-z0-9]+) <[^>]+> (<[^>]+>|_:[A-Za-z0-9]+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]+>|@[A-Za-z-]+)?) \.$`)

func TestLinesAreTriples(t *testing.T) {
	for name, b := range fixtures() {
		t.Run(name, func(t *testing.T) {
			out := write(t, b, nt.Options{Base: "https://example.org/people/"})
			if !strings.HasSuffix(out, " .\n") {
				t.Errorf("output does not end in a triple and a newline: %q", out[max(0, len(out)-20):])
			}
			for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if !triple.MatchString(line) {
					t.Errorf("line %d is not an N-Triples triple: %s", i+1, line)
				}
			}
		})
	}
}

// TestSameGraphAsJSONLD checks that the N-Triples are the JSON-LD document's N-Quads: the same
// triples where no blank node takes part, the same number of triples, and, with blank nodes
// labelled canonically, the same lines.
func TestSameGraphAsJSONLD(t *testing.T) {
	for name, b := range fixtures() {
		t.Run(name, func(t *testing.T) {
			got := lines(write(t, b, nt.Options{}))
			var doc bytes.Buffer
			if err := jsonld.Write(&doc, b, jsonld.Options{}); err != nil {
				t.Fatal(err)
			}
			var input any
			if err := json.Unmarshal(doc.Bytes(), &input); err != nil {
				t.Fatal(err)
			}
			opts := ld.NewJsonLdOptions("")
			opts.DocumentLoader = jsonld.DocumentLoader()
			opts.Format = "application/n-quads"
			v, err := ld.NewJsonLdProcessor().ToRDF(input, opts)
			if err != nil {
				t.Fatal(err)
			}
			quads := lines(v.(string))
			if len(got) != len(quads) {
				t.Errorf("%d triples, the JSON-LD has %d", len(got), len(quads))
			}
			ground := func(ls []string) []string {
				return slices.DeleteFunc(slices.Clone(ls), func(l string) bool { return strings.Contains(l, "_:") })
			}
			if g, q := ground(got), ground(quads); !slices.Equal(g, q) {
				t.Errorf("triples without blank nodes differ:\nN-Triples: %q\nN-Quads:   %q", diff(g, q), diff(q, g))
			}
			opts.Algorithm = ld.AlgorithmURDNA2015
			v, err = ld.NewJsonLdProcessor().Normalize(input, opts)
			if err != nil {
				t.Fatal(err)
			}
			if canon := lines(v.(string)); !slices.Equal(got, canon) {
				t.Errorf("N-Triples differ from the JSON-LD's canonical N-Quads:\n%q\n%q", diff(got, canon), diff(canon, got))
			}
		})
	}
}

func lines(s string) []string {
	ls := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(ls) == 1 && ls[0] == "" {
		return nil
	}
	slices.Sort(ls)
	return slices.Compact(ls)
}

// diff returns the lines of a that b lacks.
func diff(a, b []string) []string {
	return slices.DeleteFunc(slices.Clone(a), func(l string) bool { return slices.Contains(b, l) })
}

// TestRapper has an independent parser, raptor's rapper, read the output as N-Triples and as
// Turtle; it is skipped where rapper is not installed (Debian's raptor2-utils).
func TestRapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper (raptor2-utils) is not installed")
	}
	count := regexp.MustCompile(`returned (\d+) (triples?|statements?)`)
	for name, b := range fixtures() {
		t.Run(name, func(t *testing.T) {
			out := write(t, b, nt.Options{})
			path := filepath.Join(t.TempDir(), name+".nt")
			if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			want := strings.Count(out, "\n")
			for _, syntax := range []string{"ntriples", "turtle"} {
				msg, err := exec.Command(rapper, "-i", syntax, "-c", path).CombinedOutput()
				if err != nil {
					t.Fatalf("rapper -i %s: %v\n%s", syntax, err, msg)
				}
				m := count.FindSubmatch(msg)
				if m == nil {
					t.Fatalf("rapper -i %s: no count in %s", syntax, msg)
				}
				if n, _ := strconv.Atoi(string(m[1])); n != want {
					t.Errorf("rapper -i %s read %d triples, want %d", syntax, n, want)
				}
			}
		})
	}
}

func TestErrors(t *testing.T) {
	bad := modeltest.Willsman()
	bad.Positions[2].Start = model.Date{Year: 1981, Month: 13, Precision: model.PrecisionMonth}
	tests := []struct {
		name string
		b    *model.Biography
		opts nt.Options
		want string
	}{
		{"nil", nil, nt.Options{}, "nt: no biography"},
		{"month 13", bad, nt.Options{}, "nt: peter-willsman: jsonld: peter-willsman: positions[2].start"},
		{"relative base", modeltest.Willsman(), nt.Options{Base: "people/"}, "not an absolute IRI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := nt.Write(&buf, tt.b, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Error("wrote output before failing")
			}
		})
	}
	t.Run("writer", func(t *testing.T) {
		if err := nt.Write(modeltest.FailingWriter{}, modeltest.Empty(), nt.Options{}); !errors.Is(err, modeltest.ErrDiskFull) {
			t.Errorf("error %v, want the writer's", err)
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	for _, bench := range []struct {
		name string
		bio  *model.Biography
	}{{"Willsman", modeltest.Willsman()}, {"Unicode", modeltest.Unicode()}} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := nt.Write(io.Discard, bench.bio, nt.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
