package jsonld_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/vita-project/vita/exporters/jsonld"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

func TestPersonNames(t *testing.T) {
	tests := []struct {
		name, full                string
		given, additional, family string
	}{
		{"Peter Willsman", "Peter Rupert William Willsman", "Peter", "", "Willsman"},
		{"Harry McPherson", "Harry Cummings McPherson", "Harry", "Cummings", "McPherson"},
		{"John Quincy Adams", "", "John", "Quincy", "Adams"},
		{"Magnar Sætre", "", "Magnar", "", "Sætre"},
		{"Lech Sætre-Wałęsa", "Лех Ю́рьевич Sætre-Wałęsa", "Lech", "", "Sætre-Wałęsa"},
		{"Sinéad O'Connor", "", "Sinéad", "", "O'Connor"},
		{"Lisa", "", "", "", ""},
		{"Hasan Ibn al-Haytham", "", "", "", ""},
		{"Ludwig van Beethoven", "", "", "", ""},
		{"Charles de Gaulle", "", "", "", ""},
		{"Martin Luther King Jr.", "", "", "", ""},
		{"J. R. R. Tolkien", "", "", "", ""},
		{"Harry S Truman", "", "", "", ""},
		{"Henry VIII", "", "", "", ""},
		{"Mao Zedong Thought Group Leader", "", "", "", ""},
		{"Лех Валенса", "", "", "", ""},
		{"bell hooks", "", "", "", ""},
		{"Dwayne \"The Rock\" Johnson", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := decode(t, write(t, &model.Biography{Name: tt.name, FullName: tt.full}, jsonld.Options{}))
			for key, want := range map[string]string{"givenName": tt.given, "additionalName": tt.additional, "familyName": tt.family} {
				if got, _ := doc[key].(string); got != want {
					t.Errorf("%s %q, want %q", key, got, want)
				}
			}
		})
	}
}

func TestNationality(t *testing.T) {
	tests := []struct {
		in        []string
		countries string // JSON of nationality
		note      string
	}{
		{[]string{"British"}, `{"@type":"Country","name":"United Kingdom"}`, ""},
		{[]string{"American"}, `{"@type":"Country","name":"United States"}`, ""},
		{[]string{"Bulgarian-French"}, `[{"@type":"Country","name":"Bulgaria"},{"@type":"Country","name":"France"}]`, ""},
		{[]string{"French", "Bulgarian", "France"}, `[{"@type":"Country","name":"France"},{"@type":"Country","name":"Bulgaria"}]`, ""},
		{[]string{"Norway"}, `{"@type":"Country","name":"Norway"}`, ""},
		{[]string{"Ruritanian"}, `null`, "nationality: Ruritanian"},
		{[]string{"African-American"}, `null`, "nationality: African-American"},
		{[]string{"Welsh", "Elbonian"}, `{"@type":"Country","name":"Wales"}`, "nationality: Elbonian"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.in, ","), func(t *testing.T) {
			doc := decode(t, write(t, &model.Biography{Name: "X", Nationality: tt.in}, jsonld.Options{}))
			if got := string(must(json.Marshal(doc["nationality"]))); got != tt.countries {
				t.Errorf("nationality %s, want %s", got, tt.countries)
			}
			if got, _ := doc["disambiguatingDescription"].(string); got != tt.note {
				t.Errorf("disambiguatingDescription %q, want %q", got, tt.note)
			}
		})
	}
}

// TestProvenance checks that every role and event of the Willsman model points, with
// prov:wasDerivedFrom, at Quotations of its evidence sentences that are part of the source article.
func TestProvenance(t *testing.T) {
	b := modeltest.Willsman()
	doc := decode(t, write(t, b, jsonld.Options{}))
	article := doc["subjectOf"].([]any)[0].(map[string]any)
	if article["@id"] != "urn:vita:peter-willsman#source/1" || article["@type"] != "Article" {
		t.Fatalf("first subjectOf is %v, want the article with an @id", article)
	}
	check := func(what string, node map[string]any, es []model.Evidence) {
		t.Helper()
		qs := asList(node["prov:wasDerivedFrom"])
		if len(qs) != len(es) {
			t.Fatalf("%s: %d quotations, want %d", what, len(qs), len(es))
		}
		for i, q := range qs {
			q := q.(map[string]any)
			if q["@type"] != "Quotation" || q["text"] != es[i].Sentence {
				t.Errorf("%s: quotation %v, want the sentence %q", what, q, es[i].Sentence)
			}
			if id, _ := q["@id"].(string); !strings.HasPrefix(id, "urn:vita:peter-willsman#quote/") {
				t.Errorf("%s: quotation @id %q", what, id)
			}
			if part, _ := q["isPartOf"].(map[string]any); part["@id"] != article["@id"] {
				t.Errorf("%s: quotation isPartOf %v, want the article", what, q["isPartOf"])
			}
		}
	}
	for i, r := range doc["memberOf"].([]any) {
		check(b.Positions[i].Role, r.(map[string]any), b.Positions[i].Evidence)
	}
	for i, e := range doc["subjectOf"].([]any)[1:] {
		check(string(b.Events[i].Kind), e.(map[string]any), b.Events[i].Evidence)
	}
	// The suspension and the expulsion cite one sentence: one node, the same @id.
	ev := doc["subjectOf"].([]any)
	s1 := ev[2].(map[string]any)["prov:wasDerivedFrom"].(map[string]any)["@id"]
	s2 := ev[3].(map[string]any)["prov:wasDerivedFrom"].(map[string]any)["@id"]
	if s1 != s2 {
		t.Errorf("one sentence has two @ids: %v, %v", s1, s2)
	}
	nq := nquads(t, write(t, b, jsonld.Options{}))
	for _, want := range []string{
		`<http://www.w3.org/ns/prov#wasDerivedFrom> <urn:vita:peter-willsman#quote/`,
		`<http://schema.org/isPartOf> <urn:vita:peter-willsman#source/1> .`,
		`<http://schema.org/text> "He worked for the National Union of Public Employees as a researcher." .`,
	} {
		if !strings.Contains(nq, want) {
			t.Errorf("N-Quads lack %s", want)
		}
	}
}

func TestPersonIdentifiers(t *testing.T) {
	b := modeltest.Willsman()
	doc := decode(t, write(t, b, jsonld.Options{}))
	if got := must(json.Marshal(doc["mainEntityOfPage"])); string(got) != `{"@id":"urn:vita:peter-willsman#source/1"}` {
		t.Errorf("mainEntityOfPage %s, want the Wikipedia article", got)
	}
	if _, ok := doc["sameAs"]; ok {
		t.Errorf("sameAs %v without a Wikidata item in the sources", doc["sameAs"])
	}
	b.Sources[0].Note = "Wikidata: q42; see also https://www.wikidata.org/wiki/Q42"
	b.Sources = append(b.Sources,
		model.Source{Title: "Peter Willsman", URL: "https://www.wikidata.org/entity/Q7177"},
		model.Source{Title: "A cited book", URL: "https://www.wikidata.org/wiki/Q999"})
	doc = decode(t, write(t, b, jsonld.Options{}))
	want := `["http://www.wikidata.org/entity/Q42","http://www.wikidata.org/entity/Q7177"]`
	if got := must(json.Marshal(doc["sameAs"])); string(got) != want {
		t.Errorf("sameAs %s, want %s", got, want)
	}
}

func TestOrganizationAcronym(t *testing.T) {
	b := &model.Biography{ID: "x", Name: "X",
		Organizations: []model.Organization{{ID: "nudbtw", Name: "National Union of Dyers, Bleachers and Textile Workers", Acronym: "NUDBTW"}},
		Positions:     []model.Position{{Role: "official", Organization: "nudbtw"}}}
	org := decode(t, write(t, b, jsonld.Options{}))["memberOf"].(map[string]any)["memberOf"].(map[string]any)
	if org["alternateName"] != "NUDBTW" {
		t.Errorf("alternateName %v, want the acronym", org["alternateName"])
	}
}

func TestEventTypes(t *testing.T) {
	for kind, want := range map[model.EventKind]string{
		model.Graduated: "EducationEvent", model.Married: "SocialEvent", model.Elected: "Event",
		model.Award: "Event", model.Other: "Event",
	} {
		b := &model.Biography{Name: "X", Events: []model.Event{{Kind: kind, Date: model.YearOf(1990)}}}
		ev := decode(t, write(t, b, jsonld.Options{}))["subjectOf"].(map[string]any)
		if ev["@type"] != want || ev["keywords"] != string(kind) {
			t.Errorf("%s: @type %v, keywords %v; want %s, %s", kind, ev["@type"], ev["keywords"], want, kind)
		}
	}
}
