package wikitext

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/vita-project/vita/model"
)

func parseInfobox(t *testing.T, body string) *Document {
	t.Helper()
	d, err := Parse([]byte("{{Infobox officeholder\n" + body + "\n}}\n'''Ann Lee''' is a politician."))
	if err != nil {
		t.Fatal(err)
	}
	if d.Infobox == nil {
		t.Fatal("no infobox")
	}
	return d
}

func TestInfoboxFields(t *testing.T) {
	d := parseInfobox(t, `| name = Ann Lee<br/>(Annie)
| occupation = {{plainlist|
* [[Lawyer]]
* {{nowrap|[[Politics|politician]]}}
}}
| genre = {{hlist|[[Reggae]]|ska}}
| awards = {{ubl|A|{{longitem|B prize}}}}
| party = [[Whig Party (United States)|Whig]] <small>(1834–1854)</small><br />[[Republican Party (United States)|Republican]] <small>(1854–1865)</small>
| death_place = [[Petersen House]],<br />[[Washington, D.C.]], U.S.
| nationality = French{{\}}[[Bulgaria]]n<ref>x</ref>
| rank = {{Plainlist}}
* [[Captain (US Army)|Captain]]<br />{{small|(April 21, 1832 – May 27, 1832)}}
* Private
| module = {{Infobox musical artist|embed=yes
| instrument = Vocals
| name = Not this
}}
| empty =
| website = <!-- none -->`)
	ib := d.Infobox
	if ib.Type != "officeholder" {
		t.Errorf("Type = %q", ib.Type)
	}
	tests := []struct {
		field, value string
		items        []string
	}{
		{"name", "Ann Lee (Annie)", []string{"Ann Lee (Annie)"}},
		{"occupation", "Lawyer, politician", []string{"Lawyer", "politician"}},
		{"genre", "Reggae, ska", []string{"Reggae", "ska"}},
		{"awards", "A, B prize", []string{"A", "B prize"}},
		{"party", "Whig (1834–1854), Republican (1854–1865)", []string{"Whig (1834–1854)", "Republican (1854–1865)"}},
		{"death_place", "Petersen House, Washington, D.C., U.S.", []string{"Petersen House,", "Washington, D.C., U.S."}},
		{"nationality", "French / Bulgarian", []string{"French / Bulgarian"}},
		{"rank", "Captain (April 21, 1832 – May 27, 1832), Private", []string{"Captain (April 21, 1832 – May 27, 1832)", "Private"}},
		{"instrument", "Vocals", []string{"Vocals"}},
	}
	for _, tt := range tests {
		f := ib.Field(tt.field)
		if f == nil {
			t.Errorf("no field %q", tt.field)
			continue
		}
		if f.Value != tt.value || strings.Join(f.Items, "|") != strings.Join(tt.items, "|") {
			t.Errorf("%s = %q %q, want %q %q", tt.field, f.Value, f.Items, tt.value, tt.items)
		}
	}
	if f := ib.Field("party"); f == nil || strings.Join(f.links, "|") != "Whig Party (United States) (1834–1854)|Republican Party (United States) (1854–1865)" {
		t.Errorf("party links = %q", f.links)
	}
	if got := ib.Field("nationality").Raw; got != "French{{\\}}[[Bulgaria]]n<ref>x</ref>" {
		t.Errorf("Raw = %q", got)
	}
	for _, absent := range []string{"empty", "website", "module", "embed"} {
		if ib.Field(absent) != nil {
			t.Errorf("field %q should be left out", absent)
		}
	}
	if ib.Get("name") != "Ann Lee (Annie)" || ib.Get("nope") != "" {
		t.Errorf("Get")
	}
}

func TestInfoboxDates(t *testing.T) {
	tests := []struct{ value, want string }{
		{"{{birth date|1809|2|12}}", "1809-02-12"},
		{"{{Birth date|df=y|1946|9|5}}", "1946-09-05"},
		{"{{birth date and age|mf=yes|1905|02|02}}", "1905-02-02"},
		{"{{death date and age|1865|4|15|1809|2|12}}", "1865-04-15"},
		{"{{Death date and age|1981|5|11|1945|2|6|df=y}}", "1981-05-11"},
		{"{{nowrap|{{death date and age|2012|2|16|1929|8|22}}}}", "2012-02-16"},
		{"{{birth date and age|1944|2}}", "1944-02"},
		{"{{birth year and age|1950}}", "1950"},
		{"{{start date|1861|3|4}}", "1861-03-04"},
		{"{{End date|2019|May|1}}", "2019-05-01"},
		{"{{dts|1809|2|12}}", "1809-02-12"},
		{"{{dts|February 12, 1809}}", "1809-02-12"},
		{"{{birth-date|0965|{{circa}} 965}} {{smaller|(c. 354 AH)}}", "0965~"},
		{"{{death-date|1 May 1990}}", "1990-05-01"},
		{"{{circa|965}}", "0965~"},
		{"{{circa}} 965", "0965~"},
		{"c. 965", "0965~"},
		{"circa 1040", "1040~"},
		{"February 12, 1809", "1809-02-12"},
		{"12 February 1809", "1809-02-12"},
		{"Feb. 12, 1809", "1809-02-12"},
		{"March 1861", "1861-03"},
		{"1834", "1834"},
		{"1809-02-12", "1809-02-12"},
		{"44 BC", "-0043"},
		{"c. 100 BC", "-0099~"},
		{"[[Hodgenville]], 1809 (aged 56)", "1809"},
		{"{{birth date|1900|2|30}}", "1900-02"},
		{"unknown", ""},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			d := parseInfobox(t, "| birth_date = "+tt.value)
			f := d.Infobox.Field("birth_date")
			var got model.Date
			if f != nil {
				got, _ = f.date(&renderer{})
			}
			if got.String() != tt.want {
				t.Errorf("date of %q = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
}

// positions returns the infobox positions as "role | organisation | qualifier | start | end".
func positions(b *model.Biography) []string {
	var out []string
	for _, p := range b.Positions {
		out = append(out, strings.Join([]string{p.Role, b.OrganizationName(p.Organization), p.Qualifier, p.Start.String(), p.End.String()}, " | "))
	}
	return out
}

func TestOffices(t *testing.T) {
	tests := []struct {
		name, infobox string
		want          []string
	}{
		{"numbered offices", `| office = Mayor of Springfield
| term_start = {{start date|2001|1|1}}
| term_end = 2005
| office2 = Member of the Springfield City Council
| term_start2 = 1995
| term_end2 = 2001
| constituency2 = Ward 3`, []string{
			"Mayor | Springfield |  | 2001-01-01 | 2005",
			"Member | Springfield City Council | Ward 3 | 1995 | 2001"}},
		{"order and the office's own numbers", `| order = [[List|16th]]
| office = President of the United States
| term_start = March 4, 1861
| term_end = April 15, 1865
| predecessor1 = [[James Buchanan]]
| successor1 = Andrew Johnson`, []string{"16th President | United States |  | 1861-03-04 | 1865-04-15"}},
		{"unnumbered and 1 both named", `| office = [[White House Counsel]]
| president = Lyndon Johnson
| term_start = February 11, 1966
| term_end = October 26, 1967
| office1 = [[Assistant Secretary of State for Educational and Cultural Affairs]]
| president1 = Lyndon Johnson
| term_start1 = August 23, 1964
| term_end1 = August 14, 1965`, []string{
			"White House Counsel | White House |  | 1966-02-11 | 1967-10-26",
			"Assistant Secretary of State for Educational and Cultural Affairs | United States Department of State |  | 1964-08-23 | 1965-08-14"}},
		{"state and district", `| state2 = [[Illinois]]
| district2 = [[Illinois' 7th congressional district|7th]]
| term_start2 = March 4, 1847
| term_end2 = March 3, 1849`, []string{"Member | United States House of Representatives | Illinois's 7th district | 1847-03-04 | 1849-03-03"}},
		{"office with state and district", `| office = Member of the U.S. House of Representatives from Ohio
| state = Ohio
| district = 2nd
| term_start = 2001`, []string{"Member | U.S. House of Representatives | Ohio's 2nd district | 2001 | "}},
		{"state house", `| state_house3 = Illinois
| term_start3 = 1834
| term_end3 = 1842`, []string{"Member | Illinois House of Representatives |  | 1834 | 1842"}},
		{"senator", `| jr/sr = Senior Senator
| state = Texas
| term_start = 1990`, []string{"United States Senator | United States Senate | Texas | 1990 | "}},
		{"member of parliament for", `| office = Member of Parliament for [[Woolwich]]
| term_start = 1986`, []string{"Member | Parliament | Woolwich | 1986 | "}},
		{"constituency field", `| office = Member of Parliament
| constituency = Woolwich
| termstart = 1986
| termend = 1990`, []string{"Member | Parliament | Woolwich | 1986 | 1990"}},
		{"constituency_MP", `| constituency_MP = Woolwich
| term_start = 1986`, []string{"Member | Parliament | Woolwich | 1986 | "}},
		{"committee of a larger body", `| office = Chair of the Finance Committee of the United States Senate
| term = 2001–2003`, []string{"Chair | Finance Committee |  | 2001 | 2003"}},
		{"no of", `| office = Prime Minister
| term_start = 1990`, []string{"Prime Minister |  |  | 1990 | "}},
		{"incumbent", `| office = Mayor of Springfield
| term_start = 2020
| term_end = present`, []string{"Mayor | Springfield |  | 2020 | "}},
		{"end before start", `| office = Mayor of X
| term_start = 2020
| term_end = 2010`, []string{"Mayor | X |  | 2020 | "}},
		{"predecessor alone names no office", `| predecessor = Someone`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseInfobox(t, "| name = Ann Lee\n"+tt.infobox)
			b, err := d.biography(Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := positions(b); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("positions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if ps := b.Validate(); ps != nil {
				t.Errorf("does not validate: %v", ps)
			}
		})
	}
}

func TestOfficeDetails(t *testing.T) {
	d := parseInfobox(t, `| name = Ann Lee
| office3 = [[Illinois House of Representatives|Member of the Illinois House of Representatives]]
| term_start3 = 1834
| term_end3 = 1842
| predecessor3 = [[John Henry]]
| successor3 = Thomas Harris
| primeminister3 = Someone
| 1blankname3 = Speaker
| 1namedata3 = Jim Doe
| term_end4 = present
| office4 = Chair of the Finance Committee of the United States Senate
| term_start4 = 2020`)
	b, err := d.biography(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Positions) != 2 {
		t.Fatalf("positions = %+v", b.Positions)
	}
	p := b.Positions[0]
	wantEv := []model.Evidence{{Section: "infobox", Sentence: "infobox: office3 = Member of the Illinois House of Representatives; term_start3 = 1834; term_end3 = 1842"}}
	if !equalJSON(p.Evidence, wantEv) {
		t.Errorf("evidence = %+v, want %+v", p.Evidence, wantEv)
	}
	if p.Note != "predecessor: John Henry; successor: Thomas Harris; prime minister: Someone; Speaker: Jim Doe" {
		t.Errorf("note = %q", p.Note)
	}
	if q := b.Positions[1]; q.Note != "incumbent" || !q.End.IsZero() {
		t.Errorf("incumbent position = %+v", q)
	}
	fc := b.Organization("finance-committee")
	if fc == nil || fc.PartOf != "united-states-senate" || b.Organization("united-states-senate") == nil {
		t.Errorf("organizations = %+v", b.Organizations)
	}
}

func TestInfoboxFacts(t *testing.T) {
	d := parseInfobox(t, `| name = Ann Lee
| birth_name = Ann Mary Lee
| native_name = Анна Ли
| alias = {{flatlist|
* Annie
* A. L.
}}
| birth_date = {{birth date|1944|2|17}}
| birth_place = [[Andover, Hampshire|Andover]], England
| death_date = {{death date and age|2019|5|1|1944|2|17}}
| nationality = British / Irish
| occupation = Lawyer, [[politician]]; YouTuber
| party = [[Labour Party (UK)|Labour]] (1970–1990)<br/>Independent
| spouse = {{marriage|[[John Lee]]|1966|1980|end=div.}}
| branch = [[Royal Navy]]
| serviceyears = 1962–1964
| rank = Lieutenant`)
	b, err := d.biography(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{
		"full":   b.FullName,
		"other":  b.OtherNames,
		"born":   b.Born.Date.String() + " " + b.Born.Place,
		"died":   b.Died.Date.String() + " " + b.Died.Place,
		"nat":    b.Nationality,
		"occ":    b.Occupations,
		"pos":    positions(b),
		"events": []string{string(b.Events[0].Kind) + " " + b.Events[0].Date.String() + " " + b.Events[0].Text, string(b.Events[1].Kind) + " " + b.Events[1].Date.String() + " " + b.Events[1].Text},
	}
	want := map[string]any{
		"full":  "Ann Mary Lee",
		"other": []string{"Анна Ли", "Annie", "A. L."},
		"born":  "1944-02-17 Andover, England",
		"died":  "2019-05-01 ",
		"nat":   []string{"British", "Irish"},
		"occ":   []string{"lawyer", "politician", "YouTuber"},
		"pos": []string{
			"Lieutenant | Royal Navy |  | 1962 | 1964",
			"member | Labour Party |  | 1970 | 1990",
			"member | Independent |  |  | ",
		},
		"events": []string{"married 1966 Married John Lee", "divorced 1980 Divorced John Lee"},
	}
	if !equalJSON(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		t.Errorf("facts:\n%s", g)
	}
	if ev := b.Born.Evidence; len(ev) != 1 || ev[0].Sentence != "infobox: birth_date = 17 February 1944; birth_place = Andover, England" {
		t.Errorf("born evidence = %+v", ev)
	}
	if ps := b.Validate(); ps != nil {
		t.Errorf("does not validate: %v", ps)
	}
}

func TestSplitOffice(t *testing.T) {
	tests := []struct{ title, role, org, qual string }{
		{"President of the United States", "President", "United States", ""},
		{"Member of the Illinois House of Representatives", "Member", "Illinois House of Representatives", ""},
		{"Member of the U.S. House of Representatives from Illinois's 7th district", "Member", "U.S. House of Representatives", "Illinois's 7th district"},
		{"Member of Parliament for Woolwich", "Member", "Parliament", "Woolwich"},
		{"Commissioner of the Commission for Racial Equality", "Commissioner", "Commission for Racial Equality", ""},
		{"Secretary of State for Health", "Secretary of State for Health", "", ""},
		{"Chief of Staff of the United States Army", "Chief of Staff", "United States Army", ""},
		{"President of the Board of Trade", "President", "Board of Trade", ""},
		{"White House Counsel", "White House Counsel", "White House", ""},
		{"Texas State Senator", "Texas State Senator", "Texas State Senate", ""},
		{"United States Attorney General", "United States Attorney General", "United States", ""},
		{"Prime Minister", "Prime Minister", "", ""},
		{"Deputy Prime Minister", "Deputy Prime Minister", "", ""},
		{"Shadow Foreign Secretary", "Shadow Foreign Secretary", "", ""},
		{"United States Senator from Illinois", "United States Senator", "United States Senate", "Illinois"},
	}
	for _, tt := range tests {
		role, org, qual := splitOffice(tt.title)
		if role != tt.role || org != tt.org || qual != tt.qual {
			t.Errorf("splitOffice(%q) = %q, %q, %q; want %q, %q, %q", tt.title, role, org, qual, tt.role, tt.org, tt.qual)
		}
	}
}

func TestSources(t *testing.T) {
	src := `'''Ann''' is.<ref name="a">{{cite book |last=Smith |first=Jo |author2=Al Doe |title=[[A Life]] |publisher=Pub |year=2001 |isbn=1-2}}</ref>
Again.<ref name="a"/> Short.<ref>{{harvnb|Smith|2001|p=5}}</ref>
Web.<ref>{{cite web|url=https://x.org/a/|title=Page|website=x.org|date=May 1, 2020|access-date=2021}}</ref>
Same URL.<ref>{{cite news|url=https://x.org/a|title=Other title}}</ref>
Free.<ref>[http://y.org "Ranking"]. James L. 2000.</ref> Plain.<ref>Randall (1947), pp. 65–87.</ref>
Bare.<ref>http://z.org/page</ref> Note.{{efn|A note.<ref>{{cite journal|title=In a note|journal=J|doi=10.1/x}}</ref>}}
Tag.{{#tag:ref|{{cite web|url=http://t.org|title=Tagged}}|name=t}}
Two.<ref>{{cite book|title=One}}; {{cite book|title=Two}}</ref>

== Bibliography ==
* {{cite book|last=Smith|first=Jo|title=Listed|year=1999}}
* A free entry that is not a source.

== External links ==
* {{cite web|url=http://ext.org|title=Not a source}}
`
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sources {
		got = append(got, strings.Join([]string{s.Title, s.Author, s.Publisher, s.Date.String(), s.URL, s.Note}, " | "))
	}
	want := []string{
		"A Life | Jo Smith; Al Doe | Pub | 2001 |  | ISBN 1-2",
		"Page |  | x.org | 2020-05-01 | https://x.org/a/ | ",
		"Ranking |  |  |  | http://y.org | James L. 2000.",
		"Randall (1947), pp. 65–87. |  |  |  |  | ",
		"http://z.org/page |  |  |  | http://z.org/page | ",
		"In a note |  | J |  | https://doi.org/10.1/x | ",
		"Tagged |  |  |  | http://t.org | ",
		"One |  |  |  |  | ",
		"Two |  |  |  |  | ",
		"Listed | Jo Smith |  | 1999 |  | ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sources:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	b, err := d.biography(Options{Title: "Ann (poet)"})
	if err != nil {
		t.Fatal(err)
	}
	first := model.Source{Title: "Ann (poet)", Publisher: "Wikipedia", URL: "https://en.wikipedia.org/wiki/Ann_(poet)", License: "CC BY-SA 4.0"}
	if b.Sources[0] != first || len(b.Sources) != len(want)+1 {
		t.Errorf("article source = %+v (%d sources)", b.Sources[0], len(b.Sources))
	}
	b, _ = d.biography(Options{Source: model.Source{License: "CC BY-SA 3.0", Note: "revision 1"}})
	if s := b.Sources[0]; s.Title != "Ann" || s.URL != "" || s.License != "CC BY-SA 3.0" || s.Note != "revision 1" || s.Publisher != "Wikipedia" {
		t.Errorf("article source without a title = %+v", s)
	}
}

func TestArticleURL(t *testing.T) {
	tests := []struct{ wiki, title, want string }{
		{"", "Abraham Lincoln", "https://en.wikipedia.org/wiki/Abraham_Lincoln"},
		{"", "Lisa (rapper)", "https://en.wikipedia.org/wiki/Lisa_(rapper)"},
		{"", "Magnar Sætre", "https://en.wikipedia.org/wiki/Magnar_S%C3%A6tre"},
		{"https://no.wikipedia.org/wiki/", "Harry's & Co?", "https://no.wikipedia.org/wiki/Harry%27s_%26_Co%3F"},
	}
	for _, tt := range tests {
		if got := articleURL(tt.wiki, tt.title); got != tt.want {
			t.Errorf("articleURL(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func equalJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}
