// Package modeltest builds biographies for tests of exporters and tools: hand-written models that do
// not depend on any importer, so an exporter's tests stand alone.
package modeltest

import (
	"errors"

	"github.com/vita-project/vita/model"
)

func ev(section, sentence string) []model.Evidence {
	return []model.Evidence{{Section: section, Sentence: sentence}}
}

// Willsman is the seed article's person as a careful reader would model him: organisations with a
// parent, open and closed positions at year, month and decade precision, events and sections.
func Willsman() *model.Biography {
	const lead = "Peter Willsman"
	return &model.Biography{
		ID:          "peter-willsman",
		Name:        "Peter Willsman",
		FullName:    "Peter Rupert William Willsman",
		OtherNames:  []string{},
		Description: "British political activist",
		Summary:     "Peter Rupert William Willsman (born February 1944) is a British political activist who was a member of the Labour Party's National Executive Committee and the secretary of the Campaign for Labour Party Democracy.",
		Born: &model.Vital{Date: model.MonthOf(1944, 2), Place: "Andover",
			Evidence: ev("Early life and career", "Willsman was born in Andover in 1944.")},
		Nationality: []string{"British"},
		Occupations: []string{"political activist", "researcher"},
		Organizations: []model.Organization{
			{ID: "labour-party", Name: "Labour Party"},
			{ID: "labour-party-nec", Name: "National Executive Committee", PartOf: "labour-party"},
			{ID: "labour-party-cac", Name: "Conference Arrangements Committee", PartOf: "labour-party"},
			{ID: "clpd", Name: "Campaign for Labour Party Democracy"},
			{ID: "ilea", Name: "Inner London Education Authority"},
			{ID: "nupe", Name: "National Union of Public Employees"},
		},
		Positions: []model.Position{
			{Role: "researcher", Organization: "nupe",
				Evidence: ev("Early life and career", "He worked for the National Union of Public Employees as a researcher.")},
			{Role: "central member", Organization: "clpd", Start: model.DecadeOf(1970),
				Evidence: ev("Political activism", "From the 1970s, Willsman has been a central member of the Campaign for Labour Party Democracy, a left-wing group that campaigns for more power to be given to party members, and is its secretary.")},
			{Role: "member", Organization: "labour-party-cac", Start: model.YearOf(1981), End: model.YearOf(1994),
				Evidence: ev("Political activism", "Every year between 1981 and 1994, Willsman was elected onto the Labour Party's Conference Arrangements Committee.")},
			{Role: "member", Organization: "ilea", Qualifier: "Woolwich", Start: model.YearOf(1986), End: model.YearOf(1990),
				Evidence: ev("Political activism", "He was elected as an Inner London Education Authority member for Woolwich in 1986 and served until the abolition of the authority in 1990.")},
			{Role: "member", Organization: "labour-party-nec", Start: model.YearOf(1998),
				Evidence: ev("Political activism", "He was first elected in 1998 on a Grassroots Alliance slate.")},
			{Role: "member", Organization: "labour-party-nec", Start: model.YearOf(2016), End: model.MonthOf(2019, 5),
				Evidence: ev("Political activism", "Having failed to win a seat in 2014, Willsman was elected with Momentum support in 2016, coming sixth in the section representing members.")},
		},
		Events: []model.Event{
			{Date: model.YearOf(1981), Kind: model.Elected, Organization: "labour-party-cac",
				Text:     "Elected onto the Conference Arrangements Committee, and every year until 1994",
				Evidence: ev("Political activism", "Every year between 1981 and 1994, Willsman was elected onto the Labour Party's Conference Arrangements Committee.")},
			{Date: model.MonthOf(2019, 5), Kind: model.Suspended, Organization: "labour-party",
				Text:     "Suspended from the Labour Party and the NEC, pending investigation",
				Evidence: ev(lead, "He was suspended from the Labour Party and the NEC in May 2019, pending investigation, after publicity over making antisemitic comments, and then expelled in November 2022.")},
			{Date: model.MonthOf(2022, 11), Kind: model.Expelled, Organization: "labour-party",
				Text:     "Expelled from the Labour Party",
				Evidence: ev(lead, "He was suspended from the Labour Party and the NEC in May 2019, pending investigation, after publicity over making antisemitic comments, and then expelled in November 2022.")},
		},
		Sections: []model.Section{
			{Title: lead, Level: 1, Paragraphs: []string{
				"Peter Rupert William Willsman (born February 1944) is a British political activist who was a member of the Labour Party's National Executive Committee and the secretary of the Campaign for Labour Party Democracy.",
				"He was suspended from the Labour Party and the NEC in May 2019, pending investigation, after publicity over making antisemitic comments, and then expelled in November 2022."}},
			{Title: "Early life and career", Level: 2, Paragraphs: []string{
				"Willsman was born in Andover in 1944.",
				"He worked for the National Union of Public Employees as a researcher."}},
			{Title: "Political activism", Level: 2, Paragraphs: []string{
				"From the 1970s, Willsman has been a central member of the Campaign for Labour Party Democracy, a left-wing group that campaigns for more power to be given to party members, and is its secretary."}},
			{Title: "Antisemitism allegations", Level: 3, Paragraphs: []string{
				"In July 2018, Willsman was recorded during an NEC discussion on the party's disciplinary code and antisemitism as saying that he had \"never seen\" antisemitism in the Labour Party."}},
		},
		Sources: []model.Source{{Title: "Peter Willsman", Author: "Wikipedia contributors",
			Publisher: "Wikipedia, The Free Encyclopedia", URL: "https://en.wikipedia.org/wiki/Peter_Willsman",
			License: "CC BY-SA 4.0", Note: "The article text is reproduced unchanged."}},
	}
}

// Empty is a biography with a name and nothing else: exporters must still write a whole document.
func Empty() *model.Biography {
	return &model.Biography{ID: "anonymous", Name: "Anonymous"}
}

// Unicode is a made-up biography whose names and places use Cyrillic with a stress mark, Polish and
// Nordic letters, Greek, and text that looks like a spreadsheet formula, with a birth and a death,
// pre-1900 and approximate dates, and enough positions to fill more than one page of a table.
func Unicode() *model.Biography {
	b := &model.Biography{
		ID:          "lech-saetre",
		Name:        "Lech Sætre-Wałęsa",
		FullName:    "Лех Ю́рьевич Sætre-Wałęsa",
		OtherNames:  []string{"Лех Сэтре", "Λέχ Σέτρε"},
		Description: "Norwegian-Polish trade unionist and écrivain",
		Summary:     "Lech Sætre-Wałęsa (c. 1843 – 17 February 1916) was a Norwegian-Polish trade unionist.",
		Born:        &model.Vital{Date: model.YearOf(1843).Approx(), Place: "Gdańsk"},
		Died:        &model.Vital{Date: model.DayOf(1916, 2, 17), Place: "Tromsø"},
		Nationality: []string{"Norwegian", "Polish"},
		Occupations: []string{"trade unionist", "writer"},
		Organizations: []model.Organization{
			{ID: "solidarnosc", Name: "Niezależny Samorządny Związek Zawodowy „Solidarność”"},
			{ID: "storting", Name: "Stortinget"},
			{ID: "formula", Name: `=HYPERLINK("http://x","y")`},
		},
		Sections: []model.Section{
			{Title: "Lech Sætre-Wałęsa", Level: 1, Paragraphs: []string{"Lech Sætre-Wałęsa (c. 1843 – 17 February 1916) was a Norwegian-Polish trade unionist. Он был профсоюзным деятелем."}},
			{Title: "Życie i działalność", Level: 2, Paragraphs: []string{"Zażółć gęślą jaźń. Æøå ÆØÅ. Ελληνικά."}},
		},
		Sources: []model.Source{{Title: "Lech Sætre-Wałęsa", Publisher: "Example", License: "CC0"}},
	}
	b.Positions = append(b.Positions, model.Position{Role: "+SUM(A1:A9)", Organization: "formula",
		Start: model.YearOf(1870).MaybeUncertain()})
	for i := 0; i < 40; i++ {
		org := "solidarnosc"
		if i%2 == 1 {
			org = "storting"
		}
		b.Positions = append(b.Positions, model.Position{
			Role: "przewodniczący komitetu", Organization: org, Qualifier: "Østfold",
			Start: model.YearOf(1870 + i), End: model.YearOf(1871 + i),
			Evidence: ev("Życie i działalność", "Zażółć gęślą jaźń."),
		})
	}
	b.Events = []model.Event{{Date: model.DayOf(1916, 2, 17), Kind: model.Died, Text: "Умер в Тромсё"}}
	return b
}

// ErrDiskFull is what FailingWriter fails with.
var ErrDiskFull = errors.New("disk full")

// FailingWriter is an io.Writer that fails every write, for testing that exporters report it.
type FailingWriter struct{}

func (FailingWriter) Write([]byte) (int, error) { return 0, ErrDiskFull }
