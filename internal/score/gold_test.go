package score

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vita-project/vita/model"
)

func TestParseGold(t *testing.T) {
	data := `{
  "name": "Peter Willsman",
  "full_name": "Peter Rupert William Willsman",
  "birth_date": "1944-02",
  "nationality": "British",
  "party": ["Labour Party"],
  "_notes": ["extensions and notes are allowed"],
  "positions": [{"role": "central member", "organization": "CLPD", "start": "1970s", "_note": "decade"}],
  "events": [{"date": "2019-05", "kind": "suspended", "text": "Suspended"}, {"kind": "re-elected", "text": "undated"}]
}`
	g, err := ParseGold("peter-willsman.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if g.ID != "peter-willsman" || g.BirthDate != model.MonthOf(1944, 2) || g.Nationality != "British" {
		t.Errorf("got ID %q, birth date %v, nationality %q", g.ID, g.BirthDate, g.Nationality)
	}
	want := GoldPosition{Role: "central member", Organization: "CLPD", Start: model.DecadeOf(1970), Note: "decade"}
	if len(g.Positions) != 1 || g.Positions[0] != want {
		t.Errorf("positions = %+v, want [%+v]", g.Positions, want)
	}
	if len(g.Events) != 2 || g.Events[0].Kind != model.Suspended || g.Events[0].Date != model.MonthOf(2019, 5) ||
		!g.Events[1].Date.IsZero() {
		t.Errorf("events = %+v", g.Events)
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"syntax", "{\n  \"name\": \"X\",\n  oops\n}", "x.json: 3:3: "},
		{"wrong type", `{"name": "X", "positions": {}}`, "x.json: 1:28: positions: "},
		{"no name", `{"birth_date": "1944"}`, "x.json: name: missing"},
		{"typo in a key", `{"name": "X", "birth_dat": "1944"}`, "x.json: birth_dat: not a key of the gold schema"},
		{"typo in a position key", `{"name": "X", "positions": [{"role": "r", "stat": "1944"}]}`,
			"x.json: positions[0].stat: not a key"},
		{"bad date", `{"name": "X", "death_date": "Feb 1944"}`, `x.json: death_date: "Feb 1944" is not a date`},
		{"bad position date", `{"name": "X", "positions": [{"role": "r"}, {"role": "r", "end": "1944-13"}]}`,
			"x.json: positions[1].end: "},
		{"no role", `{"name": "X", "positions": [{"organization": "o"}]}`, "x.json: positions[0].role: missing"},
		{"unknown kind", `{"name": "X", "events": [{"kind": "suspened"}]}`,
			`x.json: events[0].kind: "suspened" is not an event kind`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold("x.json", []byte(tt.data))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// FuzzParseGold checks that any input gives a gold or an error that names the file, never a panic,
// and that a gold holds only what the schema allows.
func FuzzParseGold(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/corpus/gold/*.json")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"name": "X", "positions": [{"role": "r", "start": "1970s"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParseGold("f.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.json: ") {
				t.Errorf("error %q does not start with the file's name", err)
			}
			return
		}
		if strings.TrimSpace(g.Name) == "" {
			t.Error("a gold without a name")
		}
		for _, e := range g.Events {
			if !e.Kind.Known() {
				t.Errorf("unknown kind %q", e.Kind)
			}
		}
	})
}
