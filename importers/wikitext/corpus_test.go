package wikitext

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/vita-project/vita/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const corpus = "../../testdata/corpus"

func corpusFiles(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(corpus, "wikitext", "*.wiki"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	return files
}

func parseFile(t testing.TB, path string) (*Document, []byte) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(src)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d, src
}

// leftovers are markup that must never reach the prose.
var leftovers = []string{"{{", "}}", "[[", "]]", "<ref", "</ref", "'''", "&nbsp;", "&ndash;", "<!--", "__TOC__", "{|", "|}", "<br", `\u20`, `\"`}

// TestCorpus parses every article of the corpus and checks its prose for leftover markup, and
// that its infobox facts make a valid biography.
func TestCorpus(t *testing.T) {
	for _, path := range corpusFiles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".wiki")
		t.Run(name, func(t *testing.T) {
			d, _ := parseFile(t, path)
			if len(d.Sections) == 0 || d.Sections[0].Level != 1 || len(d.Sections[0].Paragraphs) == 0 {
				t.Fatalf("no lead: %+v", d.Sections)
			}
			paragraphs := 0
			for _, s := range d.Sections {
				for _, text := range append([]string{s.Title}, s.Paragraphs...) {
					for _, l := range leftovers {
						if i := strings.Index(text, l); i >= 0 {
							t.Errorf("section %q: %q left in %q", s.Title, l, text[max(0, i-60):min(len(text), i+60)])
						}
					}
					if text != strings.TrimSpace(text) || strings.Contains(text, "  ") {
						t.Errorf("section %q: untidy spaces in %q", s.Title, text)
					}
				}
				paragraphs += len(s.Paragraphs)
				if nonProse[strings.ToLower(s.Title)] {
					t.Errorf("section %q should be dropped", s.Title)
				}
			}
			b, err := d.biography(Options{})
			if err != nil {
				t.Fatal(err)
			}
			if ps := b.Validate(); ps != nil {
				t.Errorf("infobox facts do not validate: %v", ps)
			}
			t.Logf("%d sections, %d paragraphs, %d sources, %d infobox fields, %d infobox positions",
				len(d.Sections), paragraphs, len(d.Sources), len(fieldsOf(d.Infobox)), len(b.Positions))
		})
	}
}

func fieldsOf(ib *Infobox) []Field {
	if ib == nil {
		return nil
	}
	return ib.Fields
}

// TestScripts checks that names in other scripts, with stress marks and diacritics, come through
// the reader unchanged.
func TestScripts(t *testing.T) {
	tests := []struct {
		file  string
		lead  []string // in the lead's first paragraph
		names []string // in the biography's name, full name or other names
	}{
		{"julia-kristeva", []string{"Julia Kristeva (Юлия Кръстева; born 24 June 1941) is a Bulgarian-French philosopher"}, []string{"Юлия Кръстева"}},
		{"ayn-rand", []string{"Ayn Rand (born Alisa Zinov'yevna Rosenbaum, Али\u0301са Зино\u0301вьевна Розенба\u0301ум; February 2, 1905 [O.S. January 20] – March 6, 1982)"}, []string{"Alisa Zinov'yevna Rosenbaum"}},
		{"ibn-al-haytham", []string{"Abū ʿAlī al-Ḥasan ibn al-Ḥasan ibn al-Haytham أبو علي، الحسن بن الحسن بن الهيثم; c. 965 – c. 1040)"}, nil},
		{"lisa-rapper", []string{"Lalisa Manoban (ลลิษา มโนบาล; born Pranpriya Manoban (ปราณปรียา มโนบาล); March 27, 1997), better known by the mononym Lisa (리사)"}, []string{"Pranpriya Manoban"}},
		{"freddie-mercury", []string{"Farrokh \"Freddie\" Mercury (born Bulsara; 5 September 1946 – 24 November 1991)"}, []string{"Farrokh Bulsara"}},
		{"magnar-saetre", []string{"Magnar Sætre (12 November 1940 – 5 December 2002) was a Norwegian politician for the Labour Party."}, []string{"Magnar Sætre"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, _ := parseFile(t, filepath.Join(corpus, "wikitext", tt.file+".wiki"))
			lead := d.Sections[0].Paragraphs[0]
			for _, s := range tt.lead {
				if !strings.Contains(lead, s) {
					t.Errorf("lead lacks %q:\n%s", s, lead)
				}
			}
			b, err := d.biography(Options{})
			if err != nil {
				t.Fatal(err)
			}
			names := append([]string{b.Name, b.FullName}, b.OtherNames...)
			for _, n := range tt.names {
				if !contains(names, n) {
					t.Errorf("names %q lack %q", names, n)
				}
			}
		})
	}
	d, _ := parseFile(t, filepath.Join(corpus, "wikitext", "lisa-rapper.wiki"))
	found := false
	for _, s := range d.Sections {
		for _, p := range s.Paragraphs {
			found = found || strings.Contains(p, "Chitthip Brüschweiler")
		}
	}
	if !found {
		t.Error("Brüschweiler lost its umlaut")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// gold is the part of a gold biography (testdata/corpus/gold) that an infobox states.
type gold struct {
	Name       string `json:"name"`
	BirthDate  string `json:"birth_date"`
	BirthPlace string `json:"birth_place"`
	DeathDate  string `json:"death_date"`
	DeathPlace string `json:"death_place"`
	Positions  []struct {
		Role         string `json:"role"`
		Organization string `json:"organization"`
		Start        string `json:"start"`
		End          string `json:"end"`
	} `json:"positions"`
}

// TestGold reads four articles with Read and checks the birth and death facts and every
// position that comes from the infobox against the hand-checked gold: dates exactly, role and
// organisation by shared words (token F1 of at least 0.5, as gold/README.md suggests).
func TestGold(t *testing.T) {
	tests := []struct {
		file, title string
		offices     int // infobox offices and ranks the gold holds
	}{
		{"abraham-lincoln", "Abraham Lincoln", 5},
		{"magnar-saetre", "Magnar Sætre", 0},
		{"harry-mcpherson", "Harry McPherson", 2},
		{"julia-kristeva", "Julia Kristeva", 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var g gold
			data, err := os.ReadFile(filepath.Join(corpus, "gold", tt.file+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(filepath.Join(corpus, "wikitext", tt.file+".wiki"))
			if err != nil {
				t.Fatal(err)
			}
			b, err := Read(tt.file+".wiki", src, Options{Title: tt.title})
			if err != nil {
				t.Fatal(err)
			}
			check := func(what, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			vital := func(v *model.Vital) (string, string) {
				if v == nil {
					return "", ""
				}
				return v.Date.String(), v.Place
			}
			check("name", b.Name, g.Name)
			born, bornPlace := vital(b.Born)
			died, diedPlace := vital(b.Died)
			check("birth date", born, g.BirthDate)
			check("birth place", bornPlace, g.BirthPlace)
			check("death date", died, g.DeathDate)
			if g.DeathPlace != "" {
				check("death place", diedPlace, g.DeathPlace)
			}
			matched := 0
			for _, p := range b.Positions {
				if len(p.Evidence) == 0 || p.Evidence[0].Section != "infobox" || p.Note == "party membership" {
					continue
				}
				mine := p.Role + " " + b.OrganizationName(p.Organization) + " " + p.Qualifier
				ok := false
				for _, gp := range g.Positions {
					if gp.Start == p.Start.String() && gp.End == p.End.String() && tokenF1(mine, gp.Role+" "+gp.Organization) >= 0.5 {
						ok = true
					}
				}
				if !ok {
					t.Errorf("infobox position %q %s–%s is not in the gold", mine, p.Start, p.End)
					continue
				}
				matched++
			}
			if matched != tt.offices {
				t.Errorf("%d infobox positions match the gold, want %d", matched, tt.offices)
			}
		})
	}
}

func tokenF1(a, b string) float64 {
	tokens := func(s string) map[string]bool {
		set := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			set[w] = true
		}
		return set
	}
	x, y := tokens(a), tokens(b)
	common := 0
	for w := range x {
		if y[w] {
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(x)), float64(common)/float64(len(y))
	return 2 * p * r / (p + r)
}

// TestGolden compares the sections of one article with testdata/julia-kristeva.sections.txt;
// go test -update rewrites it, so that a change to the prose shows as a diff.
func TestGolden(t *testing.T) {
	d, _ := parseFile(t, filepath.Join(corpus, "wikitext", "julia-kristeva.wiki"))
	var b strings.Builder
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "%s %s %s\n\n", strings.Repeat("=", s.Level), s.Title, strings.Repeat("=", s.Level))
		for _, p := range s.Paragraphs {
			b.WriteString(p + "\n\n")
		}
	}
	golden := filepath.Join("testdata", "julia-kristeva.sections.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if b.String() != string(want) {
		got, wantLines := strings.Split(b.String(), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(got), len(wantLines)); i++ {
			g, w := "", ""
			if i < len(got) {
				g = got[i]
			}
			if i < len(wantLines) {
				w = wantLines[i]
			}
			if g != w {
				t.Fatalf("sections differ from %s at line %d:\n got %q\nwant %q\n(run go test -update if the change is right)", golden, i+1, g, w)
			}
		}
	}
}
