package prose_test

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/vita-project/vita/importers/prose"
	"github.com/vita-project/vita/model"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "He was born in 1944. He died in 2016.", []string{"He was born in 1944.", "He died in 2016."}},
		{"year ends a sentence", "He moved in 1838. From then on he worked.", []string{"He moved in 1838.", "From then on he worked."}},
		{"St.", "He lived in St. Louis. Then he left.", []string{"He lived in St. Louis.", "Then he left."}},
		{"U.S. before a name", "He joined the U.S. Senate in 1950. He left.", []string{"He joined the U.S. Senate in 1950.", "He left."}},
		{"U.S. ends a sentence", "He moved to the U.S. He stayed.", []string{"He moved to the U.S.", "He stayed."}},
		{"Jr.", "Harry Cummings McPherson, Jr. (August 22, 1929) was a lawyer. He died.", []string{"Harry Cummings McPherson, Jr. (August 22, 1929) was a lawyer.", "He died."}},
		{"c.", "He was born c. 1843. He died.", []string{"He was born c. 1843.", "He died."}},
		{"initials", "She met K. Nicole Mitchell in 1990. They wed.", []string{"She met K. Nicole Mitchell in 1990.", "They wed."}},
		{"middle initial", "He served Lyndon B. Johnson. He wrote.", []string{"He served Lyndon B. Johnson.", "He wrote."}},
		{"decimal", "It grew by 3.5 per cent. It fell.", []string{"It grew by 3.5 per cent.", "It fell."}},
		{"quotation goes on", `He said "never. Not once" and left. Then he came back.`, []string{`He said "never. Not once" and left.`, "Then he came back."}},
		{"quotation ends", `He said "it is over." Then he left.`, []string{`He said "it is over."`, "Then he left."}},
		{"brackets", "He was born (in Leeds. Or York) in 1944. He died.", []string{"He was born (in Leeds. Or York) in 1944.", "He died."}},
		{"question", "Who was he? Nobody knows.", []string{"Who was he?", "Nobody knows."}},
		{"lower case after stop", "He worked for Acme Inc. and others.", []string{"He worked for Acme Inc. and others."}},
		{"Cyrillic", "Он родился в 1941 году. Она умерла.", []string{"Он родился в 1941 году.", "Она умерла."}},
		{"empty", "  ", nil},
		{"v.", "It decided Dred Scott v. Sandford in 1857. He objected.", []string{"It decided Dred Scott v. Sandford in 1857.", "He objected."}},
		{"Jr. ends a sentence", "He met Martin Luther King Jr. He was moved.", []string{"He met Martin Luther King Jr.", "He was moved."}},
		{"Jr. goes on", "Mark E. Neely Jr. has argued so. Others agree.", []string{"Mark E. Neely Jr. has argued so.", "Others agree."}},
		{"Inc. ends a sentence", "He joined Acme Inc. The firm grew.", []string{"He joined Acme Inc.", "The firm grew."}},
		{"titles", "He served under Maj. Gen. Smith and Adm. Jones. He left.", []string{"He served under Maj. Gen. Smith and Adm. Jones.", "He left."}},
		{"a.m.", "He died at 7 a.m. The city mourned.", []string{"He died at 7 a.m.", "The city mourned."}},
		{"bracketed sentence", "He joined a firm. (In 2002 the firm merged with DLA Piper.) He counseled many.",
			[]string{"He joined a firm.", "(In 2002 the firm merged with DLA Piper.)", "He counseled many."}},
		{"bracket with an abbreviation", "He wrote a book (ed. Toril Moi) Oxford: Blackwell, 1986.", []string{"He wrote a book (ed. Toril Moi) Oxford: Blackwell, 1986."}},
		{"quotation never closed", `He said they had "invaded our soil. Lincoln demanded proof.`, []string{`He said they had "invaded our soil.`, "Lincoln demanded proof."}},
		{"quotation closed by a curly mark", `He said: "To this day. He is the smartest.” Then he left.`, []string{`He said: "To this day. He is the smartest.”`, "Then he left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := prose.Sentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string // EDTF
	}{
		{"born February 1944", []string{"1944-02"}},
		{"7 November 1935 – 17 February 2016", []string{"1935-11-07", "2016-02-17"}},
		{"February 12, 1809 – April 15, 1865", []string{"1809-02-12", "1865-04-15"}},
		{"November 7 1935", []string{"1935-11-07"}},
		{"from the 1970s", []string{"197X"}},
		{"c. 1843", []string{"1843~"}},
		{"circa 965", []string{"0965~"}},
		{"between 1981 and 1994", []string{"1981", "1994"}},
		{"signed by 68 rabbis in 2019", []string{"2019"}},
		{"1000 members joined", nil},
		{"it cost £1944", nil},
		{"30 February 1944", nil},
		{"in May 2019", []string{"2019-05"}},
		{"Sept. 1990", []string{"1990-09"}},
		{"in late 1861", []string{"1861~"}},
		{"from 1982 until 1991", []string{"1982", "1991"}},
		{"March–June 1861", []string{"1861-03", "1861-06"}},
		{"four years later, in June", nil},
		{"in 1956; four years later", []string{"1956"}},
		{"Route 1944, No. 1944", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, f := range prose.Dates(tt.in) {
				got = append(got, f.Date.String())
				if f.Start < 0 || f.End > len(tt.in) || f.Start >= f.End {
					t.Errorf("bad offsets %d..%d", f.Start, f.End)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Dates(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestLeadFacts covers the ways an opening sentence states who someone is; the people are made up
// so that the rules, not particular articles, are tested.
func TestLeadFacts(t *testing.T) {
	type want struct {
		full, desc, born, bornPlace, died, diedPlace string
		nationality, occupations, other              []string
	}
	tests := []struct {
		name, title string
		lead        []string
		want        want
	}{
		{"born month", "Anna Berg", []string{"Anna Maria Berg (born March 1950) is a Swedish trade unionist and journalist."},
			want{full: "Anna Maria Berg", desc: "Swedish trade unionist and journalist", born: "1950-03",
				nationality: []string{"Swedish"}, occupations: []string{"trade unionist", "journalist"}}},
		{"life span", "Tom Hale", []string{"Thomas Hale (3 May 1901 – 9 June 1977) was an English civil engineer for the railways."},
			want{full: "Thomas Hale", desc: "English civil engineer for the railways", born: "1901-05-03", died: "1977-06-09",
				nationality: []string{"English"}, occupations: []string{"civil engineer"}}},
		{"American dates, no description", "Jo Cole", []string{"Jo Cole (August 2, 1920 – March 1, 1999) served as mayor of Dayton."},
			want{born: "1920-08-02", died: "1999-03-01"}},
		{"native name and place", "Ivan Petrov", []string{"Ivan Petrov (Иван Петров; born 4 July 1960 in Varna) is a Bulgarian-Canadian painter, who lives in Toronto."},
			want{desc: "Bulgarian-Canadian painter", born: "1960-07-04", bornPlace: "Varna",
				nationality: []string{"Bulgarian-Canadian"}, occupations: []string{"painter"}, other: []string{"Иван Петров"}}},
		{"approximate", "Al-Example", []string{"Al-Example (c. 965 – c. 1040) was an Arab mathematician."},
			want{desc: "Arab mathematician", born: "0965~", died: "1040~", nationality: []string{"Arab"}, occupations: []string{"mathematician"}}},
		{"definite description", "Ed Grey", []string{"Ed Grey (1900–1960) was the 3rd Mayor of Springfield, serving from 1940."},
			want{desc: "3rd Mayor of Springfield", born: "1900", died: "1960"}},
		{"born and died in the body", "Kim Lund", []string{"Kim Lund (1 January 1930 – 2 February 2000) was a Danish politician.",
			"Lund was born in Aarhus in 1930.", "His brother Per Lund was born in Odense.", "He died in Copenhagen."},
			want{desc: "Danish politician", born: "1930-01-01", bornPlace: "Aarhus", died: "2000-02-02", diedPlace: "Copenhagen",
				nationality: []string{"Danish"}, occupations: []string{"politician"}}},
		{"participle", "Rosa Vale", []string{"Rosa Vale (born 1955) is a Chilean poet.", "Born in Valparaíso, Chile, Vale studied law."},
			want{desc: "Chilean poet", born: "1955", bornPlace: "Valparaíso, Chile", nationality: []string{"Chilean"}, occupations: []string{"poet"}}},
		{"relative's birth ignored", "Ben Ode", []string{"Ben Ode is a Kenyan runner.", "His son Sam Ode was born in Nairobi in 1990."},
			want{desc: "Kenyan runner", nationality: []string{"Kenyan"}, occupations: []string{"runner"}}},
		{"died in a month is not a place", "Lea Moor", []string{"Lea Moor (1900–1980) was a Dutch singer.", "She died in January 1980."},
			want{desc: "Dutch singer", born: "1900", died: "1980", nationality: []string{"Dutch"}, occupations: []string{"singer"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &model.Biography{Name: tt.title, Sections: []model.Section{{Title: tt.title, Level: 1, Paragraphs: []string{strings.Join(tt.lead, " ")}}}}
			prose.Extract(b)
			date := func(v *model.Vital) (string, string) {
				if v == nil {
					return "", ""
				}
				return v.Date.String(), v.Place
			}
			born, bornPlace := date(b.Born)
			died, diedPlace := date(b.Died)
			got := want{full: b.FullName, desc: b.Description, born: born, bornPlace: bornPlace, died: died,
				diedPlace: diedPlace, nationality: b.Nationality, occupations: b.Occupations, other: b.OtherNames}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("\n got %+v\nwant %+v", got, tt.want)
			}
			for _, v := range []*model.Vital{b.Born, b.Died} {
				if v == nil {
					continue
				}
				if len(v.Evidence) == 0 {
					t.Errorf("%+v has no evidence", v)
				}
				for _, e := range v.Evidence {
					if !strings.Contains(strings.Join(tt.lead, " "), e.Sentence) {
						t.Errorf("evidence %q is not a sentence of the article", e.Sentence)
					}
				}
			}
		})
	}
}

// FuzzSentences checks that Sentences only cuts: every sentence is trimmed and not empty, and the
// sentences are the paragraph's text in order with nothing but white space between them.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"He was born in 1944. He died in 2016.", "He moved to the U.S. He stayed.",
		`He said "never. Not once" and left. Then he came back.`, "(In 2002 the firm merged.) He left.",
		"Harry Cummings McPherson, Jr. (August 22, 1929) was a lawyer. He died.", "a.\u00a0B. c.\tD? \"E!\" (F.) G",
		"Он родился в 1941 году. Она умерла.", "x\xff. Y", `“He left.” “She stayed.`, "\u2002\xe2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, paragraph string) {
		rest := paragraph
		for i, s := range prose.Sentences(paragraph) {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("Sentences(%q)[%d] = %q: empty or not trimmed", paragraph, i, s)
			}
			rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
			if !strings.HasPrefix(rest, s) {
				t.Fatalf("Sentences(%q)[%d] = %q does not follow the previous sentence after white space", paragraph, i, s)
			}
			rest = rest[len(s):]
		}
		if rest = strings.TrimSpace(rest); rest != "" {
			t.Fatalf("Sentences(%q) leaves out %q", paragraph, rest)
		}
	})
}
