package importers_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/vita-project/vita/assets"
	"github.com/vita-project/vita/importers"
	"github.com/vita-project/vita/model"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             importers.Kind
	}{
		{"title line", "a.txt", "= Ann Lee =\n\nAnn Lee is a poet.", importers.PlainText},
		{"title line beats the extension", "a.yaml", "= Ann Lee =\n\nAnn Lee is a poet.", importers.PlainText},
		{"title line with stray markup", "a.txt", "= Ann Lee =\n\nText.<ref>x</ref>", importers.PlainText},
		{"wikitext", "a.txt", "{{Infobox person\n| name = Ann\n}}\n'''Ann Lee''' is a [[poet]].", importers.Wikitext},
		{"wikitext without extension", "-", "'''Ann Lee''' (born 1950) is a poet.<ref>x</ref>", importers.Wikitext},
		{"JSON model", "a.txt", "{\"name\": \"Ann Lee\"}", importers.ModelFile},
		{"YAML model", "a.txt", "# reviewed\nid: ann-lee\nname: Ann Lee\n", importers.ModelFile},
		{"YAML model with BOM", "-", "\xef\xbb\xbfname: Ann Lee\n", importers.ModelFile},
		{"prose", "-", "Ann Lee is a poet. She writes.", importers.PlainText},
		{"prose starting like a key", "-", "name: Ann Lee is a poet. She writes.", importers.PlainText},
		{"extension settles", "a.wiki", "Ann Lee is a poet.", importers.Wikitext},
		{"yaml extension settles", "a.yml", "Ann Lee", importers.ModelFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := importers.Detect(tt.file, []byte(tt.data)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSeed checks what the foundation issue asks of the embedded sample.
func TestSeed(t *testing.T) {
	b, err := importers.Read("peter-willsman.txt", assets.Sample, importers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", what, got, want)
		}
	}
	check("id", b.ID, "peter-willsman")
	check("name", b.Name, "Peter Willsman")
	check("full name", b.FullName, "Peter Rupert William Willsman")
	check("born", b.Born.Date.String(), "1944-02")
	check("born place", b.Born.Place, "Andover")
	check("died", b.Died, (*model.Vital)(nil))
	check("nationality", b.Nationality, []string{"British"})
	check("description", b.Description, "British political activist")
	check("occupations", b.Occupations, []string{"political activist"})
	var heads []string
	for _, s := range b.Sections {
		heads = append(heads, fmt.Sprint(s.Level, " ", s.Title))
	}
	check("sections", heads, []string{"1 Peter Willsman", "2 Early life and career", "2 Political activism", "3 Antisemitism allegations"})
	check("evidence", b.Born.Evidence, []model.Evidence{
		{Section: "Peter Willsman", Sentence: "Peter Rupert William Willsman (born February 1944) is a British political activist who was a member of the Labour Party's National Executive Committee and the secretary of the Campaign for Labour Party Democracy."},
		{Section: "Early life and career", Sentence: "Willsman was born in Andover in 1944."},
	})
	check("summary", strings.HasPrefix(b.Summary, "Peter Rupert William Willsman (born February 1944)"), true)
	if ps := b.Validate(); ps != nil {
		t.Errorf("the seed's biography does not validate: %v", ps)
	}
}

// TestCorpus reads real articles and checks the lead facts a careful reader takes from them.
func TestCorpus(t *testing.T) {
	tests := []struct {
		file, name, full, born, bornPlace, died, diedPlace string
		nationality, occupations                           []string
	}{
		{"eddie-haigh.txt", "Eddie Haigh", "Edward Haigh", "1935-11-07", "", "2016-02-17", "", []string{"British"}, []string{"trade unionist"}},
		{"julia-kristeva.txt", "Julia Kristeva", "", "1941-06-24", "Sliven, Bulgaria", "", "", []string{"Bulgarian-French"},
			[]string{"philosopher", "literary critic", "psychoanalyst", "feminist", "novelist"}},
		{"magnar-saetre.txt", "Magnar Sætre", "", "1940-11-12", "Bergen", "2002-12-05", "", []string{"Norwegian"}, []string{"politician"}},
		{"harry-mcpherson.txt", "Harry McPherson", "Harry Cummings McPherson, Jr.", "1929-08-22", "Tyler, Texas", "2012-02-16", "Bethesda, Maryland", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/corpus/plain/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			b, err := importers.Read(tt.file, data, importers.Options{})
			if err != nil {
				t.Fatal(err)
			}
			vital := func(v *model.Vital) (string, string) {
				if v == nil {
					return "", ""
				}
				return v.Date.String(), v.Place
			}
			born, bornPlace := vital(b.Born)
			died, diedPlace := vital(b.Died)
			got := []any{b.Name, b.FullName, born, bornPlace, died, diedPlace, b.Nationality, b.Occupations}
			want := []any{tt.name, tt.full, tt.born, tt.bornPlace, tt.died, tt.diedPlace, tt.nationality, tt.occupations}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("\n got %q\nwant %q", got, want)
			}
			if ps := b.Validate(); ps != nil {
				t.Errorf("does not validate: %v", ps)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, file, data, want string }{
		{"empty", "e.txt", " \n\n", "e.txt: the file is empty"},
		{"invalid UTF-8", "b.txt", "= A =\nab\xffc", "b.txt: not UTF-8 text (invalid byte at offset 8)"},
		{"binary", "p.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "p.png: binary file, not text (NUL at byte 8)"},
		{"UTF-8 with a NUL", "z.txt", "= A =\nA is a poet.\x00", "z.txt: binary file, not text (NUL at byte 18)"},
		{"empty UTF-16", "u.txt", "\xff\xfe", "u.txt: the file is empty"},
		{"wikitext nested too deep", "w.wiki", "'''Ann''' is a [[poet]]." + strings.Repeat("{{x|", 150), "w.wiki:1: "},
		{"no name", "n.txt", "was born somewhere. and lived.", "n.txt: no person's name found"},
		{"model file", "m.yaml", "name: A\nbron: x\n", `m.yaml:2:1: unknown key "bron" (did you mean "born"?)`},
		{"second title", "t.txt", "= A =\ntext\n= B =\n", `t.txt: line 3: "= B =": a second title line`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := importers.Read(tt.file, []byte(tt.data), importers.Options{})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Read = %v, want %q…", err, tt.want)
			}
		})
	}
	_, err := importers.Read("n.txt", []byte("no name here."), importers.Options{})
	if !errors.Is(err, importers.ErrNoName) {
		t.Errorf("Read of a nameless article = %v, want ErrNoName", err)
	}
}

// TestReadUTF16 reads an article saved as UTF-16 with a byte order mark, in both byte orders.
func TestReadUTF16(t *testing.T) {
	const text = "= Magnar Sætre =\n\nMagnar Sætre (born 1950) is a Norwegian poet.\n"
	for _, tt := range []struct {
		name string
		bom  []byte
		put  func([]byte, uint16) []byte
	}{
		{"little-endian", []byte{0xff, 0xfe}, binary.LittleEndian.AppendUint16},
		{"big-endian", []byte{0xfe, 0xff}, binary.BigEndian.AppendUint16},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.bom
			for _, u := range utf16.Encode([]rune(text)) {
				data = tt.put(data, u)
			}
			b, err := importers.Read("u.txt", data, importers.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if b.Name != "Magnar Sætre" || b.ID != "magnar-saetre" {
				t.Errorf("name %q, id %q", b.Name, b.ID)
			}
		})
	}
}

func TestReadSource(t *testing.T) {
	src := model.Source{Title: "Ann Lee", Publisher: "Wikipedia", License: "CC BY-SA 4.0"}
	b, err := importers.Read("a.txt", []byte("= Ann Lee (poet) =\n\nAnn Lee is a poet."), importers.Options{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	if b.Name != "Ann Lee" || !reflect.DeepEqual(b.Sources, []model.Source{src}) {
		t.Errorf("name %q, sources %+v", b.Name, b.Sources)
	}
	b, _ = importers.Read("a.txt", []byte("Ann Lee is a poet."), importers.Options{})
	if b.Name != "Ann Lee" || b.Sources[0].Title != "Ann Lee" {
		t.Errorf("untitled article: name %q, sources %+v", b.Name, b.Sources)
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(assets.Sample))
	for _, name := range []string{"eddie-haigh.txt", "julia-kristeva.txt"} {
		data, err := os.ReadFile("../testdata/corpus/plain/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("A (born c. 1843 – 1900; Б) was a (B. 1). He was born in X, A. He died in Y."))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := importers.Read("fuzz.txt", data, importers.Options{})
		if err != nil {
			return
		}
		if importers.Detect("fuzz.txt", data) == importers.PlainText {
			if ps := b.Validate(); ps != nil {
				t.Fatalf("an article read into a biography that does not validate: %v", ps)
			}
		}
	})
}

// TestWikitext reads the wikitext articles of the corpus: each imports, with its infobox's facts
// and the sentence or field that states them.
func TestWikitext(t *testing.T) {
	tests := []struct{ file, name, born string }{
		{"abraham-lincoln.wiki", "Abraham Lincoln", "1809-02-12"},
		{"julia-kristeva.wiki", "Julia Kristeva", "1941-06-24"},
		{"ibn-al-haytham.wiki", "Ibn al-Haytham", ""},
		{"lisa-rapper.wiki", "Lisa", ""},
		{"magnar-saetre.wiki", "Magnar Sætre", "1940-11-12"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/corpus/wikitext/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			title := strings.TrimSuffix(tt.file, ".wiki")
			b, err := importers.Read(tt.file, data, importers.Options{Title: tt.name})
			if err != nil {
				t.Fatal(err)
			}
			if b.Name != tt.name {
				t.Errorf("name %q, want %q (%s)", b.Name, tt.name, title)
			}
			if tt.born != "" && (b.Born == nil || b.Born.Date.String() != tt.born) {
				t.Errorf("born %+v, want %s", b.Born, tt.born)
			}
			if ps := b.Validate(); ps != nil {
				t.Errorf("does not validate: %v", ps)
			}
			for _, p := range b.Positions {
				if len(p.Evidence) == 0 {
					t.Errorf("position %+v has no evidence", p)
				}
			}
		})
	}
}

// TestSeedPositions checks what the prose issue asks of the seed: each position and event with its
// dates and the sentence that states it.
func TestSeedPositions(t *testing.T) {
	b, err := importers.Read("peter-willsman.txt", assets.Sample, importers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type pos struct{ role, org, qualifier, start, end string }
	var got []pos
	for _, p := range b.Positions {
		if len(p.Evidence) == 0 {
			t.Errorf("position %+v has no evidence", p)
		}
		for _, e := range p.Evidence {
			if !strings.Contains(string(assets.Sample), e.Sentence) {
				t.Errorf("evidence %q is not a sentence of the article", e.Sentence)
			}
		}
		name := b.OrganizationName(p.Organization)
		if o := b.Organization(p.Organization); o != nil && o.PartOf != "" {
			name = b.OrganizationName(o.PartOf) + " / " + name
		}
		got = append(got, pos{p.Role, name, p.Qualifier, p.Start.String(), p.End.String()})
	}
	want := []pos{
		{"central member", "Campaign for Labour Party Democracy", "", "197X", ""},
		{"member", "Labour Party / Conference Arrangements Committee", "", "1981", "1994"},
		{"member", "Inner London Education Authority", "Woolwich", "1986", "1990"},
		{"member", "Labour Party / National Constitutional Committee", "", "1995", ""},
		{"member", "Labour Party / National Executive Committee", "", "1998", ""},
		{"member", "Labour Party / National Executive Committee", "", "2016", "2019-05"},
		{"researcher", "National Union of Public Employees", "", "", ""},
		{"secretary", "Campaign for Labour Party Democracy", "", "", ""},
		{"chair", "Campaign for Labour Party Democracy", "", "", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("positions\n got %q\nwant %q", got, want)
	}
	events := map[string]string{}
	for _, e := range b.Events {
		if len(e.Evidence) == 0 {
			t.Errorf("event %+v has no evidence", e)
		}
		events[string(e.Kind)+" "+e.Date.String()] = b.OrganizationName(e.Organization)
	}
	for key, org := range map[string]string{"suspended 2019-05": "Labour Party", "expelled 2022-11": "Labour Party",
		"elected 1981": "Conference Arrangements Committee", "elected 1998": "National Executive Committee",
		"elected 2016": "National Executive Committee", "defeated 2014": "National Executive Committee"} {
		if events[key] != org {
			t.Errorf("event %s: organisation %q, want %q", key, events[key], org)
		}
	}
}
