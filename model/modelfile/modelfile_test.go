package modelfile_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modelfile"
	"github.com/vita-project/vita/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestMistakes(t *testing.T) {
	data, err := os.ReadFile("testdata/mistakes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = modelfile.Decode("mistakes.yaml", data)
	var es modelfile.Errors
	if !errors.As(err, &es) {
		t.Fatalf("Decode error = %v (%T), want modelfile.Errors", err, err)
	}
	want := []string{
		`mistakes.yaml:4:1: unknown key "bron" (did you mean "born"?)`,
		`mistakes.yaml:5:14: nationality: expected a list, found "British"`,
		`mistakes.yaml:12:10: positions[0].end: 1981 is before start 1994`,
		`mistakes.yaml:14:19: positions[1].organization: "labor-party" is not the id of any organization (did you mean "labour-party"?)`,
		`mistakes.yaml:15:12: positions[1].start: "Febuary 1944" is not a date: write dates in EDTF`,
		`mistakes.yaml:17:11: events[0].date: "2019-13" is not a date: month 13 does not exist`,
		`mistakes.yaml:18:11: events[0].kind: "suspened" is not an event kind (did you mean "suspended"?)`,
		`mistakes.yaml:21:12: sections[0].level: expected a whole number, found "two"`,
		`mistakes.yaml:21:12: sections[0].level: 0 is not a heading level (1–6)`,
	}
	if len(es) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(es), len(want), err)
	}
	for i, e := range es {
		if !strings.HasPrefix(e.Error(), want[i]) {
			t.Errorf("error %d:\n got %s\nwant %s…", i, e, want[i])
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct{ name, file, want string }{
		{"syntax", "name: [unclosed\n", "f.yaml:1:7: "},
		{"empty", "", "f.yaml:1:1: the file is empty"},
		{"two documents", "name: a\n---\nname: b\n", "f.yaml:2:1: more than one document"},
		{"not a mapping", "- a\n- b\n", "f.yaml:1:1: expected a mapping"},
		{"duplicate key", "name: a\nname: b\n", "f.yaml:2:1: "},
		{"unknown nested key", "name: a\nborn: {date: \"1944\", palce: Andover}\n", `f.yaml:2:22: born: unknown key "palce" (did you mean "place"?)`},
		{"no name", "id: x\n", "f.yaml:1:1: name: is empty"},
		{"json", "{\n  \"name\": \"P\",\n  \"positions\": [{\"role\": \"m\", \"start\": \"1994\", \"end\": \"1981\"}]\n}\n",
			`f.yaml:3:55: positions[0].end: 1981 is before start 1994`},
		{"json tab", "{\n\t\"name\": \"P\",\n\t\"bron\": null\n}\n", `f.yaml:3:2: unknown key "bron"`},
		{"date as a mapping", "name: a\nborn: {date: {year: 1944}}\n", `f.yaml:2:14: born.date: expected a date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := modelfile.Decode("f.yaml", []byte(tt.file))
			if err == nil {
				t.Fatalf("Decode succeeded, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Decode error:\n got %v\nwant prefix %s", err, tt.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, f := range []modelfile.Format{modelfile.YAML, modelfile.JSON} {
		for name, b := range map[string]*model.Biography{
			"willsman": modeltest.Willsman(), "unicode": modeltest.Unicode(), "empty": modeltest.Empty(),
		} {
			t.Run(fmt.Sprint(name, f), func(t *testing.T) {
				var buf bytes.Buffer
				if err := modelfile.Encode(&buf, b, f); err != nil {
					t.Fatal(err)
				}
				got, err := modelfile.Decode(name, buf.Bytes())
				if err != nil {
					t.Fatalf("Decode of Encode: %v\n%s", err, buf.String())
				}
				var again bytes.Buffer
				if err := modelfile.Encode(&again, got, f); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(buf.Bytes(), again.Bytes()) {
					t.Errorf("encode → decode → encode changed the file:\n%s\n---\n%s", buf.String(), again.String())
				}
				if got.Name != b.Name || len(got.Positions) != len(b.Positions) || len(got.Sections) != len(b.Sections) {
					t.Errorf("decoded %q with %d positions and %d sections, want %q, %d, %d", got.Name,
						len(got.Positions), len(got.Sections), b.Name, len(b.Positions), len(b.Sections))
				}
			})
		}
	}
}

// TestSameKeys checks the contract of DESIGN.md: YAML and JSON use the same keys, and every key is
// written even when its value is empty.
func TestSameKeys(t *testing.T) {
	var y, j bytes.Buffer
	b := modeltest.Empty()
	modelfile.Encode(&y, b, modelfile.YAML)
	modelfile.Encode(&j, b, modelfile.JSON)
	for _, key := range []string{"id", "name", "full_name", "other_names", "description", "summary", "born",
		"died", "nationality", "occupations", "organizations", "positions", "events", "sections", "sources"} {
		if !strings.Contains(y.String(), "\n"+key+":") && !strings.HasPrefix(y.String(), key+":") {
			t.Errorf("YAML lacks key %q:\n%s", key, y.String())
		}
		if !strings.Contains(j.String(), `"`+key+`":`) {
			t.Errorf("JSON lacks key %q:\n%s", key, j.String())
		}
	}
}

func TestGolden(t *testing.T) {
	for _, f := range []struct {
		format modelfile.Format
		file   string
	}{{modelfile.YAML, "willsman.yaml"}, {modelfile.JSON, "willsman.json"}} {
		var buf bytes.Buffer
		if err := modelfile.Encode(&buf, modeltest.Willsman(), f.format); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", f.file)
		if *update {
			os.WriteFile(path, buf.Bytes(), 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from the encoding (run go test -update to accept):\n%s", path, buf.String())
		}
	}
}

func ExampleDecode() {
	file := []byte("name: Peter Willsman\nbron: {date: \"1944-02\"}\npositions:\n  - {role: member, start: \"1994\", end: \"1981\"}\n")
	_, err := modelfile.Decode("peter.yaml", file)
	fmt.Println(err)
	// Output:
	// peter.yaml:2:1: unknown key "bron" (did you mean "born"?)
	// peter.yaml:4:40: positions[0].end: 1981 is before start 1994
}

func FuzzDecode(f *testing.F) {
	for _, path := range []string{"testdata/mistakes.yaml", "testdata/willsman.yaml", "testdata/willsman.json"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("name: a\nborn: {date: 1944}\n"))
	f.Add([]byte("{\"name\": \"a\", \"positions\": [{\"role\": \"x\", \"start\": null}]}"))
	f.Add([]byte("name: &a x\nfull_name: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := modelfile.Decode("fuzz.yaml", data)
		if err != nil {
			var es modelfile.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty modelfile.Errors", err, err)
			}
			return
		}
		if ps := b.Validate(); ps != nil {
			t.Fatalf("Decode accepted a biography that does not validate: %v", ps)
		}
		var buf bytes.Buffer
		if err := modelfile.Encode(&buf, b, modelfile.JSON); err != nil {
			t.Fatalf("Encode: %v", err)
		}
		if _, err := modelfile.Decode("again.json", buf.Bytes()); err != nil {
			t.Fatalf("a decoded biography, encoded again, does not decode: %v\n%s", err, buf.String())
		}
	})
}
