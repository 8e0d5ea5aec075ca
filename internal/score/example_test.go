package score_test

import (
	"os"

	"github.com/vita-project/vita/internal/score"
	"github.com/vita-project/vita/model"
)

func ExampleWriteTable() {
	gold := &score.Gold{
		ID:        "eddie-haigh",
		Name:      "Eddie Haigh",
		FullName:  "Edward Haigh",
		BirthDate: model.DayOf(1935, 11, 7),
		DeathDate: model.DayOf(2016, 2, 17),
		Positions: []score.GoldPosition{
			{Role: "National Organiser", Organization: "NUDBTW", Start: model.YearOf(1977)},
			{Role: "Assistant General Secretary", Organization: "Transport and General Workers' Union (TGWU)",
				Start: model.YearOf(1985), End: model.YearOf(1991)},
		},
		Events: []score.GoldEvent{
			{Date: model.YearOf(1985), Kind: model.Appointed, Text: "Appointed Assistant General Secretary of the TGWU"},
			{Date: model.DayOf(2016, 2, 17), Kind: model.Died, Text: "Died"},
		},
	}
	lead := "Edward Haigh (7 November 1935 – 17 February 2016) was a British trade unionist."
	body := "In 1985, he became Assistant General Secretary of the TGWU."
	ev := func(s string) []model.Evidence { return []model.Evidence{{Section: "Eddie Haigh", Sentence: s}} }
	extracted := &model.Biography{
		Name:     "Eddie Haigh",
		FullName: "Edward Haigh",
		Born:     &model.Vital{Date: model.DayOf(1935, 11, 7), Evidence: ev(lead)},
		Died:     &model.Vital{Date: model.YearOf(2016), Evidence: ev(lead)}, // coarser than the gold: wrong
		Organizations: []model.Organization{
			{ID: "tgwu", Name: "Transport and General Workers' Union", Acronym: "TGWU"},
		},
		Positions: []model.Position{
			{Role: "Assistant General Secretary", Organization: "tgwu", Start: model.YearOf(1985), Evidence: ev(body)},
		},
		Sections: []model.Section{{Title: "Eddie Haigh", Level: 1, Paragraphs: []string{lead, body}}},
	}
	r := score.Score(gold, extracted)
	score.WriteTable(os.Stdout, []score.Result{r})
	// Output:
	//                           --------------- positions ---------------  ----------- events -----------  --- evidence ---
	// article     scalars  occ  gold pred   ok    P    R   F1 start   end  gold pred   ok    P    R   key  none not-in-text
	// eddie-haigh     2/3    -     2    1    1 1.00 0.50 0.67   1/1   0/1     2    1    1 1.00 0.50   1/2     0           0
	// ---------------------------------------------------------------------------------------------------------------------
	// total           2/3    -     2    1    1 1.00 0.50 0.67   1/1   0/1     2    1    1 1.00 0.50   1/2     0           0
	//
	// key events gold found recall
	// suspended     0     0      -
	// expelled      0     0      -
	// elected       0     0      -
	// appointed     1     0   0.00
	// resigned      0     0      -
	// died          1     1   1.00
	// all           2     1   0.50
}
