package jsonld_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/piprate/json-gold/ld"

	"github.com/vita-project/vita/exporters/jsonld"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const schema = "http://schema.org/"

type fixture struct {
	name string
	b    *model.Biography
}

// fixtures are the biographies every property test runs on.
func fixtures() []fixture {
	return []fixture{
		{"willsman", modeltest.Willsman()},
		{"unicode", modeltest.Unicode()},
		{"empty", modeltest.Empty()},
		{"zero", &model.Biography{}},
		{"every-date", everyDate()},
	}
}

// everyDate has a date of every precision and qualifier, blank strings that must not be written,
// a position without an organisation and an organisation that names a missing parent.
func everyDate() *model.Biography {
	return &model.Biography{
		ID:          "every-date",
		Name:        "Every Date",
		FullName:    "Every Date",
		OtherNames:  []string{" ", "E. D.", "E. D."},
		Description: "  ",
		Born:        &model.Vital{Date: model.MustParseDate("19XX%"), Place: " "},
		Died:        &model.Vital{Date: model.MustParseDate("2001-24")},
		Nationality: []string{"", "Bulgarian-French", "Ruritanian", "France"},
		Occupations: []string{"tester", "tester"},
		Organizations: []model.Organization{
			{ID: "club", Name: "Club", Acronym: "C", PartOf: "missing"},
		},
		Positions: []model.Position{
			{Role: "chair", Organization: "club", Start: model.MustParseDate("197X"), End: model.MustParseDate("198X")},
			{Role: "chair", Organization: "club", Start: model.MustParseDate("1975"), End: model.MustParseDate("197X")},
			{Role: "keeper", Start: model.MustParseDate("-0043?"), End: model.MustParseDate("0965~")},
			{Role: "member", Organization: "nowhere", Qualifier: "North", Start: model.MustParseDate("1985-21"),
				Note: "the season is a guess", Evidence: []model.Evidence{{Section: "S", Sentence: "One."}, {Section: "S", Sentence: "Two."}, {Sentence: " "}}},
		},
		Events: []model.Event{
			{Date: model.MustParseDate("1990-02-28?"), Kind: model.Other},
			{Kind: model.Joined, Organization: "club", Text: "Joined the club", Evidence: []model.Evidence{{Section: "S", Sentence: "One."}}},
			{Kind: model.Graduated, Text: "Graduated", Note: "with honours"},
			{Kind: model.Married, Text: "Married"},
		},
		Sources: []model.Source{
			{Title: "A", License: "GFDL", Publisher: "Wikipedia", Note: "Wikidata item Q42"},
			{Title: "B", License: "CC-BY-NC-SA-3.0", URL: "https://example.org/b"},
			{Title: " "},
		},
	}
}

func write(t testing.TB, b *model.Biography, opts jsonld.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jsonld.Write(&buf, b, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

func decode(t testing.TB, out []byte) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	return doc
}

func offlineOptions() *ld.JsonLdOptions {
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = jsonld.DocumentLoader()
	return opts
}

func TestGolden(t *testing.T) {
	got := write(t, modeltest.Willsman(), jsonld.Options{})
	path := filepath.Join("testdata", "willsman.jsonld")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, got)
	}
}

// wantContext is how every document starts: schema.org's context and the PROV prefix.
const wantContext = `{
  "@context": [
    "https://schema.org",
    {
      "prov": "http://www.w3.org/ns/prov#"
    }
  ],
`

func TestDeterministicLayout(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			b := f.b
			first := write(t, b, jsonld.Options{})
			if again := write(t, b, jsonld.Options{}); !bytes.Equal(first, again) {
				t.Error("two runs give different bytes")
			}
			if !bytes.HasSuffix(first, []byte("}\n")) || bytes.HasSuffix(first, []byte("\n\n")) {
				t.Error("output does not end in exactly one newline")
			}
			var indented bytes.Buffer
			if err := json.Indent(&indented, bytes.TrimSpace(first), "", "  "); err != nil {
				t.Fatal(err)
			}
			if indented.String() != string(bytes.TrimSpace(first)) {
				t.Error("output is not indented with two spaces")
			}
			if !bytes.HasPrefix(first, []byte(wantContext)) {
				t.Errorf("output does not start with the schema.org context:\n%.80s", first)
			}
		})
	}
}

// TestExpansionKeepsEveryKey expands each document with json-gold, offline, and walks the output
// and its expansion together: every key must come through as a schema.org IRI or a keyword, with
// as many values as it was written with, and nothing may appear that was not written.
func TestExpansionKeepsEveryKey(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			b := f.b
			out := write(t, b, jsonld.Options{})
			doc := decode(t, out)
			var input any
			if err := json.Unmarshal(out, &input); err != nil {
				t.Fatal(err)
			}
			opts := offlineOptions()
			opts.SafeMode = true // json-gold fails instead of dropping a key
			expanded, err := ld.NewJsonLdProcessor().Expand(input, opts)
			if err != nil {
				t.Fatalf("expansion: %v", err)
			}
			if len(expanded) != 1 {
				t.Fatalf("expansion has %d top-level nodes, want 1", len(expanded))
			}
			compareExpanded(t, "$", doc, expanded[0])
		})
	}
}

func compareExpanded(t *testing.T, path string, written map[string]any, expanded any) {
	t.Helper()
	exp, ok := expanded.(map[string]any)
	if !ok {
		t.Errorf("%s: expanded to %T, not a node", path, expanded)
		return
	}
	n := 0
	for key, value := range written {
		p := path + "." + key
		switch key {
		case "@context":
			continue
		case "@id":
			n++
			if exp["@id"] != value {
				t.Errorf("%s: @id expanded to %v, want %v", p, exp["@id"], value)
			}
			continue
		case "@type":
			n++
			if !slices.Equal(asList(exp["@type"]), []any{schema + value.(string)}) {
				t.Errorf("%s: @type expanded to %v, want %s%s", p, exp["@type"], schema, value)
			}
			continue
		}
		if strings.HasPrefix(key, "@") {
			t.Errorf("%s: unexpected keyword", p)
			continue
		}
		n++
		iri := schema + key
		if local, ok := strings.CutPrefix(key, "prov:"); ok {
			iri = jsonld.PROV + local
		}
		values, ok := exp[iri]
		if !ok {
			t.Errorf("%s: dropped by expansion (no %s)", p, iri)
			continue
		}
		ws, es := asList(value), asList(values)
		if len(ws) != len(es) {
			t.Errorf("%s: %d values written, %d after expansion", p, len(ws), len(es))
			continue
		}
		for i, w := range ws {
			pi := fmt.Sprintf("%s[%d]", p, i)
			switch w := w.(type) {
			case map[string]any:
				compareExpanded(t, pi, w, es[i])
			case string:
				e, _ := es[i].(map[string]any)
				if e["@value"] != w && e["@id"] != w {
					t.Errorf("%s: %q expanded to %v", pi, w, es[i])
				}
			default:
				t.Errorf("%s: unexpected %T value %v", pi, w, w)
			}
		}
	}
	if len(exp) != n {
		t.Errorf("%s: %d keys written, %d after expansion: %v", path, n, len(exp), exp)
	}
}

func asList(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	return []any{v}
}

func TestNQuads(t *testing.T) {
	b := modeltest.Willsman()
	nq := nquads(t, write(t, b, jsonld.Options{}))
	for _, want := range []string{
		`<urn:vita:peter-willsman> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .`,
		`<urn:vita:peter-willsman> <http://schema.org/name> "Peter Willsman" .`,
		`<urn:vita:peter-willsman> <http://schema.org/alternateName> "Peter Rupert William Willsman" .`,
		`<urn:vita:peter-willsman> <http://schema.org/birthDate> "1944-02"^^<http://schema.org/Date> .`,
		`<urn:vita:peter-willsman#labour-party-nec> <http://schema.org/parentOrganization> <urn:vita:peter-willsman#labour-party> .`,
		`<urn:vita:peter-willsman#labour-party> <http://schema.org/name> "Labour Party" .`,
		`<http://schema.org/roleName> "member for Woolwich" .`,
		`<http://schema.org/startDate> "1970"^^<http://schema.org/Date> .`,
		`<http://schema.org/disambiguatingDescription> "start: the 1970s, EDTF 197X" .`,
		`<http://schema.org/endDate> "2019-05"^^<http://schema.org/Date> .`,
		`<http://schema.org/memberOf> <urn:vita:peter-willsman#ilea> .`,
		`<http://schema.org/url> <https://en.wikipedia.org/wiki/Peter_Willsman> .`,
		`<http://schema.org/license> <https://creativecommons.org/licenses/by-sa/4.0/> .`,
		`<http://schema.org/about> <urn:vita:peter-willsman#labour-party> .`,
	} {
		if !strings.Contains(nq, want) {
			t.Errorf("N-Quads lack %s", want)
		}
	}
	count := func(pred string) int { return strings.Count(nq, " <"+schema+pred+"> ") }
	if got := count("roleName"); got != len(b.Positions) {
		t.Errorf("%d roleName triples, want one per position (%d)", got, len(b.Positions))
	}
	if got := count("memberOf"); got != 2*len(b.Positions) { // Person → Role and Role → Organization
		t.Errorf("%d memberOf triples, want %d", got, 2*len(b.Positions))
	}
	if got := count("subjectOf"); got != len(b.Sources)+len(b.Events) {
		t.Errorf("%d subjectOf triples, want %d", got, len(b.Sources)+len(b.Events))
	}
	if got := strings.Count(nq, "<"+schema+"Organization> ."); got != len(b.Organizations)+2 {
		t.Errorf("%d Organization nodes, want the %d organisations, the author and the publisher", got, len(b.Organizations))
	}
}

func nquads(t *testing.T, out []byte) string {
	t.Helper()
	var input any
	if err := json.Unmarshal(out, &input); err != nil {
		t.Fatal(err)
	}
	opts := offlineOptions()
	opts.Format = "application/n-quads"
	rdf, err := ld.NewJsonLdProcessor().ToRDF(input, opts)
	if err != nil {
		t.Fatalf("ToRDF: %v", err)
	}
	s, _ := rdf.(string)
	if s == "" {
		t.Fatal("no N-Quads")
	}
	return s
}

// isoDate is an ISO 8601 calendar date at year, month or day precision, as schema.org's Date.
var isoDate = regexp.MustCompile(`^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

var dateKeys = map[string]bool{"birthDate": true, "deathDate": true, "startDate": true, "endDate": true}

func TestDatesAreISO8601(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			b := f.b
			walk(decode(t, write(t, b, jsonld.Options{})), "", func(node map[string]any, _ string) {
				for key, v := range node {
					if !dateKeys[key] {
						continue
					}
					s, _ := v.(string)
					if !isoDate.MatchString(s) {
						t.Errorf("%s %q is not an ISO 8601 date", key, s)
					} else if len(s) == 10 {
						if _, err := time.Parse("2006-01-02", s); err != nil {
							t.Errorf("%s %q: %v", key, s, err)
						}
					}
				}
				start, _ := node["startDate"].(string)
				end, _ := node["endDate"].(string)
				if start != "" && end != "" && end < start[:min(len(start), len(end))] {
					t.Errorf("endDate %s is before startDate %s", end, start)
				}
			})
		})
	}
}

func TestDateRule(t *testing.T) {
	tests := []struct {
		edtf, start, end, note string
	}{
		{"1944", "1944", "1944", ""},
		{"1944-02", "1944-02", "1944-02", ""},
		{"1944-02-17", "1944-02-17", "1944-02-17", ""},
		{"0965", "0965", "0965", ""},
		{"-0043", "-0043", "-0043", ""},
		{"197X", "1970", "1979", "start: the 1970s, EDTF 197X"},
		{"19XX", "1900", "1999", "start: the 20th century, EDTF 19XX"},
		{"1985-21", "1985-03", "1985-05", "start: spring 1985, EDTF 1985-21"},
		{"1985-24", "1985-12", "1986-02", "start: winter 1985, EDTF 1985-24"},
		{"1843~", "1843", "1843", "start: c. 1843, EDTF 1843~"},
		{"1870?", "1870", "1870", "start: 1870 (uncertain), EDTF 1870?"},
		{"1944-02-17%", "1944-02-17", "1944-02-17", "start: c. 17 February 1944 (uncertain), EDTF 1944-02-17%"},
	}
	for _, tt := range tests {
		t.Run(tt.edtf, func(t *testing.T) {
			d := model.MustParseDate(tt.edtf)
			b := &model.Biography{ID: "x", Name: "X", Organizations: []model.Organization{{ID: "o", Name: "O"}},
				Positions: []model.Position{{Role: "r", Organization: "o", Start: d, End: d}}}
			r := decode(t, write(t, b, jsonld.Options{}))["memberOf"].(map[string]any)
			if r["startDate"] != tt.start || r["endDate"] != tt.end {
				t.Errorf("startDate %v, endDate %v; want %s, %s", r["startDate"], r["endDate"], tt.start, tt.end)
			}
			var want any
			if tt.note != "" {
				want = tt.note + "; " + strings.Replace(tt.note, "start:", "end:", 1)
			}
			if r["disambiguatingDescription"] != want {
				t.Errorf("disambiguatingDescription %v, want %v", r["disambiguatingDescription"], want)
			}
		})
	}
}

// vocabulary is the extract of schema.org 30.0 in testdata/schemaorg-terms.tsv.
type vocabulary struct {
	kind   map[string]string // type, datatype or property
	supers map[string][]string
	domain map[string][]string
	rng    map[string][]string
	status map[string]string
}

func loadVocabulary(t *testing.T) vocabulary {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "schemaorg-terms.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v := vocabulary{map[string]string{}, map[string][]string{}, map[string][]string{}, map[string][]string{}, map[string]string{}}
	list := func(s string) []string {
		if s == "-" {
			return nil
		}
		return strings.Split(s, ",")
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			t.Fatalf("schemaorg-terms.tsv: bad line %q", line)
		}
		v.kind[c[1]], v.status[c[1]] = c[0], c[4]
		if c[0] == "property" {
			v.domain[c[1]], v.rng[c[1]] = list(c[2]), list(c[3])
		} else {
			v.supers[c[1]] = list(c[2])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return v
}

func (v vocabulary) ancestors(typ string) []string {
	out := []string{typ}
	for _, s := range v.supers[typ] {
		out = append(out, v.ancestors(s)...)
	}
	return out
}

func (v vocabulary) isA(typ string, of []string) bool {
	for _, a := range v.ancestors(typ) {
		if slices.Contains(of, a) {
			return true
		}
	}
	return false
}

// The schema.org terms the exporter may write. Adding one means adding it to schemaorg-terms.tsv
// from the vocabulary, with its domain and range.
var (
	allowedTypes = []string{"Person", "Place", "Country", "Occupation", "Role", "OrganizationRole",
		"Organization", "Article", "CreativeWork", "Event", "EducationEvent", "SocialEvent", "Quotation"}
	allowedProperties = []string{"name", "alternateName", "description", "disambiguatingDescription",
		"birthDate", "birthPlace", "deathDate", "deathPlace", "nationality", "hasOccupation", "memberOf",
		"roleName", "startDate", "endDate", "parentOrganization", "subjectOf", "url", "license", "author",
		"publisher", "about", "keywords", "givenName", "additionalName", "familyName", "sameAs",
		"mainEntityOfPage", "text", "isPartOf"}
	// pendingTypes are the allowed types that schema.org has not yet moved to its core.
	pendingTypes = []string{"Quotation"}
	// provenance is the one property outside schema.org: PROV-O's wasDerivedFrom, from a Role or an
	// Event to the Quotation of the sentence it was read from.
	provenance = "prov:wasDerivedFrom"
)

func TestAllowlistIsSchemaOrg(t *testing.T) {
	v := loadVocabulary(t)
	for _, typ := range allowedTypes {
		want := "core"
		if slices.Contains(pendingTypes, typ) {
			want = "pending"
		}
		if v.kind[typ] != "type" || v.status[typ] != want {
			t.Errorf("type %s: %q %q in the vocabulary extract, want a %s type", typ, v.kind[typ], v.status[typ], want)
		}
	}
	for _, p := range allowedProperties {
		if v.kind[p] != "property" || v.status[p] != "core" {
			t.Errorf("property %s: %q %q in the vocabulary extract, want a core property", p, v.kind[p], v.status[p])
		}
	}
}

// TestVocabulary checks every type and property written against the allowlist, and every
// property's domain and range against the vocabulary extract, with schema.org's Role pattern: a
// Role may be the value of a property p when it carries p itself, and may then carry p.
func TestVocabulary(t *testing.T) {
	v := loadVocabulary(t)
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			b := f.b
			doc := decode(t, write(t, b, jsonld.Options{}))
			defined := map[string]string{} // @id → @type of the nodes written in full
			walk(doc, "", func(node map[string]any, _ string) {
				if id, ok := node["@id"].(string); ok && node["@type"] != nil {
					defined[id], _ = node["@type"].(string)
				}
			})
			walk(doc, "", func(node map[string]any, via string) {
				if isRef(node) {
					if defined[node["@id"].(string)] == "" {
						t.Errorf("%s refers to %s, which the document does not describe", via, node["@id"])
					}
					return
				}
				typ, _ := node["@type"].(string)
				if !slices.Contains(allowedTypes, typ) {
					t.Errorf("type %q is not allowed", typ)
					return
				}
				isRole := v.isA(typ, []string{"Role"})
				for key, value := range node {
					if strings.HasPrefix(key, "@") {
						continue
					}
					if key == provenance {
						if !v.isA(typ, []string{"Role", "Event"}) {
							t.Errorf("%s.%s: only roles and events cite their sentences", typ, key)
						}
						for _, x := range asList(value) {
							q, _ := x.(map[string]any)
							if q["@type"] != "Quotation" {
								t.Errorf("%s.%s: %v is not a Quotation", typ, key, x)
							}
						}
						continue
					}
					if !slices.Contains(allowedProperties, key) {
						t.Errorf("%s.%s: property not allowed", typ, key)
						continue
					}
					if !v.isA(typ, v.domain[key]) && !(isRole && key == via) {
						t.Errorf("%s.%s: %s is not in the domain %v", typ, key, typ, v.domain[key])
					}
					for _, x := range asList(value) {
						checkRange(t, v, typ, key, x)
					}
				}
			})
		})
	}
}

func checkRange(t *testing.T, v vocabulary, typ, key string, x any) {
	t.Helper()
	rng := v.rng[key]
	switch x := x.(type) {
	case map[string]any:
		if isRef(x) {
			return // the node's own type is checked where it is written in full
		}
		vt, _ := x["@type"].(string)
		if v.isA(vt, []string{"Role"}) {
			if _, ok := x[key]; !ok {
				t.Errorf("%s.%s: the %s does not carry %s", typ, key, vt, key)
			}
			return
		}
		if !v.isA(vt, rng) {
			t.Errorf("%s.%s: a %s is outside the range %v", typ, key, vt, rng)
		}
	case string:
		switch {
		case slices.Contains(rng, "Date"):
			if !isoDate.MatchString(x) {
				t.Errorf("%s.%s: %q is not a Date", typ, key, x)
			}
		case slices.Contains(rng, "URL") && !slices.Contains(rng, "Text"):
			if !strings.HasPrefix(x, "https://") && !strings.HasPrefix(x, "http://") {
				t.Errorf("%s.%s: %q is not an absolute URL", typ, key, x)
			}
		case !slices.Contains(rng, "Text"):
			t.Errorf("%s.%s: text %q where the range is %v", typ, key, x, rng)
		}
	default:
		t.Errorf("%s.%s: unexpected %T", typ, key, x)
	}
}

// isRef reports whether a node is only a reference by @id to a node written elsewhere.
func isRef(node map[string]any) bool {
	_, ok := node["@id"].(string)
	return ok && len(node) == 1
}

// walk calls fn for every node of the document, with the property it is the value of; the context
// is no node.
func walk(v any, via string, fn func(node map[string]any, via string)) {
	switch v := v.(type) {
	case map[string]any:
		fn(v, via)
		for k, x := range v {
			if k != "@context" {
				walk(x, k, fn)
			}
		}
	case []any:
		for _, x := range v {
			walk(x, via, fn)
		}
	}
}

func TestNoEmptyValues(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			b := f.b
			var check func(path string, v any)
			check = func(path string, v any) {
				switch v := v.(type) {
				case nil:
					t.Errorf("%s is null", path)
				case string:
					if strings.TrimSpace(v) == "" {
						t.Errorf("%s is blank", path)
					}
				case []any:
					if len(v) < 2 {
						t.Errorf("%s is an array of %d", path, len(v))
					}
					for i, x := range v {
						check(fmt.Sprintf("%s[%d]", path, i), x)
					}
				case map[string]any:
					if _, typed := v["@type"]; !typed && !isRef(v) {
						t.Errorf("%s has no @type", path)
					}
					for k, x := range v {
						if k != "@context" {
							check(path+"."+k, x)
						}
					}
				}
			}
			check("$", decode(t, write(t, b, jsonld.Options{})))
		})
	}
}

func TestUnicodeUnchanged(t *testing.T) {
	b := modeltest.Unicode()
	out := write(t, b, jsonld.Options{})
	doc := decode(t, out)
	if doc["name"] != b.Name {
		t.Errorf("name %q, want %q", doc["name"], b.Name)
	}
	want := []any{b.FullName, b.OtherNames[0], b.OtherNames[1]}
	if got, _ := doc["alternateName"].([]any); !slices.Equal(got, want) {
		t.Errorf("alternateName %v, want %v", doc["alternateName"], want)
	}
	for _, s := range []string{b.FullName, b.Description, "Gdańsk", "Tromsø", "Умер в Тромсё",
		"Niezależny Samorządny Związek Zawodowy „Solidarność”", "przewodniczący komitetu for Østfold",
		`"=HYPERLINK(\"http://x\",\"y\")"`, `"+SUM(A1:A9)"`} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("output lacks %s as written", s)
		}
	}
	if bytes.Contains(out, []byte(`\u`)) {
		t.Error("output escapes characters that JSON allows as they are")
	}
	if doc["birthDate"] != "1843" || doc["deathDate"] != "1916-02-17" {
		t.Errorf("birthDate %v, deathDate %v", doc["birthDate"], doc["deathDate"])
	}
	if doc["disambiguatingDescription"] != "birth: c. 1843, EDTF 1843~" {
		t.Errorf("disambiguatingDescription %v", doc["disambiguatingDescription"])
	}
}

func TestEmpty(t *testing.T) {
	tests := []struct {
		name string
		b    *model.Biography
		want string
	}{
		{"Empty", modeltest.Empty(), `{"@context":["https://schema.org",{"prov":"http://www.w3.org/ns/prov#"}],"@id":"urn:vita:anonymous","@type":"Person","name":"Anonymous"}`},
		{"zero", &model.Biography{}, `{"@context":["https://schema.org",{"prov":"http://www.w3.org/ns/prov#"}],"@type":"Person"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var compact bytes.Buffer
			if err := json.Compact(&compact, write(t, tt.b, jsonld.Options{})); err != nil {
				t.Fatal(err)
			}
			if compact.String() != tt.want {
				t.Errorf("got  %s\nwant %s", compact.String(), tt.want)
			}
		})
	}
}

func TestIdentifiers(t *testing.T) {
	noID := modeltest.Willsman()
	noID.ID = ""
	tests := []struct {
		name      string
		b         *model.Biography
		base      string
		person    string // "" is no @id anywhere
		org       string // @id of the first organisation of the first membership
		wantError string
	}{
		{"default", modeltest.Willsman(), "", "urn:vita:peter-willsman", "urn:vita:peter-willsman#nupe", ""},
		{"web base", modeltest.Willsman(), "https://example.org/people/", "https://example.org/people/peter-willsman", "https://example.org/people/peter-willsman#nupe", ""},
		{"urn base", modeltest.Willsman(), "urn:example:", "urn:example:peter-willsman", "urn:example:peter-willsman#nupe", ""},
		{"no biography ID", noID, "", "", "", ""},
		{"relative base", modeltest.Willsman(), "people/", "", "", "not an absolute IRI"},
		{"base with fragment", modeltest.Willsman(), "https://example.org/people#", "", "", "has a fragment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := jsonld.Write(&buf, tt.b, jsonld.Options{Base: tt.base})
			if tt.wantError != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantError) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantError)
				}
				if buf.Len() != 0 {
					t.Error("wrote output before failing")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			doc := decode(t, buf.Bytes())
			if id, _ := doc["@id"].(string); id != tt.person {
				t.Errorf("person @id %q, want %q", id, tt.person)
			}
			roles := doc["memberOf"].([]any)
			org := roles[0].(map[string]any)["memberOf"].(map[string]any)
			if id, _ := org["@id"].(string); id != tt.org {
				t.Errorf("organisation @id %q, want %q", id, tt.org)
			}
			if tt.person == "" && regexp.MustCompile(`"@id": "[^_]`).Match(buf.Bytes()) {
				t.Error("an IRI written for a biography without an ID; want blank node labels only")
			}
		})
	}
}

func TestPositionWithoutOrganization(t *testing.T) {
	b := &model.Biography{ID: "x", Name: "X", Occupations: []string{"writer"},
		Positions: []model.Position{{Role: "mayor", Qualifier: "Tromsø", Start: model.YearOf(1900)}}}
	got := decode(t, write(t, b, jsonld.Options{}))
	want := []any{
		map[string]any{"@type": "Occupation", "name": "writer"},
		map[string]any{"@type": "Role", "roleName": "mayor for Tromsø", "startDate": "1900",
			"hasOccupation": map[string]any{"@type": "Occupation", "name": "mayor"}},
	}
	if g, _ := json.Marshal(got["hasOccupation"]); string(g) != string(must(json.Marshal(want))) {
		t.Errorf("hasOccupation %s", g)
	}
	if _, ok := got["memberOf"]; ok {
		t.Error("memberOf written for a position without an organisation")
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestLicense(t *testing.T) {
	tests := []struct {
		license string
		want    any
	}{
		{"CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"},
		{"CC BY-SA 3.0 Unported", "https://creativecommons.org/licenses/by-sa/3.0/"},
		{"cc-by-4.0", "https://creativecommons.org/licenses/by/4.0/"},
		{"CC BY-NC-ND 2.5", "https://creativecommons.org/licenses/by-nc-nd/2.5/"},
		{"CC BY-NC 4.0 International", "https://creativecommons.org/licenses/by-nc/4.0/"},
		{"CC0", "https://creativecommons.org/publicdomain/zero/1.0/"},
		{"CC0 1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"},
		{"https://www.gnu.org/licenses/fdl-1.3.html", "https://www.gnu.org/licenses/fdl-1.3.html"},
		{"CC BY-SA", map[string]any{"@type": "CreativeWork", "name": "CC BY-SA"}},
		{"CC BY-SA 3.0 DE", map[string]any{"@type": "CreativeWork", "name": "CC BY-SA 3.0 DE"}},
		{"CC BY-SA 5.0", map[string]any{"@type": "CreativeWork", "name": "CC BY-SA 5.0"}},
		{"GFDL", map[string]any{"@type": "CreativeWork", "name": "GFDL"}},
		{"Public domain", map[string]any{"@type": "CreativeWork", "name": "Public domain"}},
		{" ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.license, func(t *testing.T) {
			b := &model.Biography{Name: "X", Sources: []model.Source{{Title: "T", License: tt.license}}}
			a := decode(t, write(t, b, jsonld.Options{}))["subjectOf"].(map[string]any)
			if g, w := must(json.Marshal(a["license"])), must(json.Marshal(tt.want)); string(g) != string(w) {
				t.Errorf("license %s, want %s", g, w)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	bad := modeltest.Willsman()
	bad.Positions[2].Start = model.Date{Year: 1981, Month: 13, Precision: model.PrecisionMonth}
	badDay := modeltest.Willsman()
	badDay.Born.Date = model.Date{Year: 1943, Month: 2, Day: 29, Precision: model.PrecisionDay}
	tests := []struct {
		name string
		b    *model.Biography
		want string
	}{
		{"nil", nil, "no biography"},
		{"month 13", bad, "jsonld: peter-willsman: positions[2].start: 1981-13: month 13 does not exist"},
		{"29 February 1943", badDay, "born.date: 1943-02-29: no such day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := jsonld.Write(&buf, tt.b, jsonld.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Error("wrote output before failing")
			}
		})
	}
	t.Run("writer", func(t *testing.T) {
		if err := jsonld.Write(modeltest.FailingWriter{}, modeltest.Empty(), jsonld.Options{}); !errors.Is(err, modeltest.ErrDiskFull) {
			t.Errorf("error %v, want the writer's", err)
		}
	})
}

func TestDocumentLoader(t *testing.T) {
	l := jsonld.DocumentLoader()
	for _, u := range []string{"https://schema.org", "https://schema.org/", "http://schema.org",
		"http://schema.org/", "https://schema.org/docs/jsonldcontext.json"} {
		rd, err := l.LoadDocument(u)
		if err != nil {
			t.Errorf("%s: %v", u, err)
			continue
		}
		ctx, _ := rd.Document.(map[string]any)["@context"].(map[string]any)
		if ctx["@vocab"] != schema {
			t.Errorf("%s: @vocab %v", u, ctx["@vocab"])
		}
	}
	for _, u := range []string{"https://example.org/context.jsonld", "https://schema.org.evil.example/",
		"https://schema.org/Person", "file:///etc/passwd"} {
		if _, err := l.LoadDocument(u); err == nil {
			t.Errorf("%s: loaded; want refused", u)
		}
	}
	doc := map[string]any{"@context": "https://example.org/context.jsonld", "name": "x"}
	if _, err := ld.NewJsonLdProcessor().Expand(doc, offlineOptions()); err == nil {
		t.Error("a document with a foreign remote context expanded; want an error")
	}
}

// TestWriteFiles writes the fixtures' documents to $VITA_JSONLD_OUT, for the independent checker
// (../shared/checkers/check-jsonld); it does nothing when that is not set.
func TestWriteFiles(t *testing.T) {
	dir := os.Getenv("VITA_JSONLD_OUT")
	if dir == "" {
		t.Skip("VITA_JSONLD_OUT is not set")
	}
	for _, f := range fixtures() {
		if err := os.WriteFile(filepath.Join(dir, f.name+".jsonld"), write(t, f.b, jsonld.Options{}), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	for _, bench := range []struct {
		name string
		bio  *model.Biography
	}{{"Willsman", modeltest.Willsman()}, {"Unicode", modeltest.Unicode()}} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := jsonld.Write(io.Discard, bench.bio, jsonld.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
