package score

import (
	"strings"
	"testing"

	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

// TestScoreWillsman scores the hand-made model of the seed article against its gold: a careful
// reading that leaves some facts out, so every count is known.
func TestScoreWillsman(t *testing.T) {
	g, err := LoadGold("../../testdata/corpus/gold/peter-willsman.json")
	if err != nil {
		t.Fatal(err)
	}
	r := Score(g, modeltest.Willsman())
	f := r.Figures()

	outcomes := map[string]Outcome{}
	for _, s := range r.Scalars {
		outcomes[s.Field] = s.Outcome
	}
	wantScalars := map[string]Outcome{"full_name": Correct, "birth_date": Correct, "birth_place": Correct,
		"death_date": NotScored, "death_place": NotScored, "nationality": Correct}
	for field, want := range wantScalars {
		if outcomes[field] != want {
			t.Errorf("%s: %v, want %v", field, outcomes[field], want)
		}
	}
	if f.Scalars != (Counts{TP: 4}) || f.ScalarsScored != 4 {
		t.Errorf("scalars %+v of %d, want 4 right of 4", f.Scalars, f.ScalarsScored)
	}
	if f.Occupations != (Counts{TP: 1, FP: 1}) { // "researcher" is a position in the gold, not an occupation
		t.Errorf("occupations %+v", f.Occupations)
	}
	// The model holds six of the gold's nine positions (not the CLPD secretary and chair, nor the
	// National Constitutional Committee), all with the right dates.
	if f.Positions != (Counts{TP: 6, FN: 3}) || f.StartOK != 6 || f.EndOK != 6 {
		t.Errorf("positions %+v, starts %d, ends %d; want 6 matched of 9, all dates right", f.Positions, f.StartOK, f.EndOK)
		for _, p := range r.Positions.Missed {
			t.Logf("missed %s", describeGoldPosition(p))
		}
	}
	if f.PositionDates != (Counts{TP: 8}) { // 197X; 1981, 1994; 1986, 1990; 1998; 2016, 2019-05
		t.Errorf("position dates %+v, want 8 stated and right", f.PositionDates)
	}
	// Events: the CAC election of 1981, the suspension and the expulsion.
	if f.Events != (Counts{TP: 3, FN: 12}) {
		t.Errorf("events %+v, want 3 of 15", f.Events)
	}
	wantKey := map[model.EventKind][2]int{model.Suspended: {1, 1}, model.Expelled: {1, 1}, model.Elected: {5, 1},
		model.Appointed: {0, 0}, model.Resigned: {0, 0}, model.Died: {0, 0}}
	for _, k := range f.Key {
		if got := [2]int{k.Gold, k.Found}; got != wantKey[k.Kind] {
			t.Errorf("key kind %s: gold, found = %v, want %v", k.Kind, got, wantKey[k.Kind])
		}
	}
	if f.NoEvidence != 0 {
		t.Errorf("facts without evidence: %v", r.Evidence.NoEvidence)
	}
	// The model's sections are an excerpt without the body's election sentences, which four
	// positions and one event give as evidence.
	if f.NotInText != 5 {
		t.Errorf("%d evidence sentences not in the text, want 5:\n%s", f.NotInText, strings.Join(r.Evidence.NotInText, "\n"))
	}
}

func TestMatchPositionsPairsSpellsByDate(t *testing.T) {
	gold := []GoldPosition{
		{Role: "member", Organization: "Labour Party National Executive Committee", Start: model.YearOf(1998)},
		{Role: "member", Organization: "Labour Party National Executive Committee", Start: model.YearOf(2016), End: model.MonthOf(2019, 5)},
	}
	b := &model.Biography{
		Organizations: []model.Organization{{ID: "labour", Name: "Labour Party"},
			{ID: "nec", Name: "National Executive Committee", Acronym: "NEC", PartOf: "labour"}},
		Positions: []model.Position{ // in the other order
			{Role: "member", Organization: "nec", Start: model.YearOf(2016), End: model.YearOf(2019)},
			{Role: "member", Organization: "nec", Start: model.YearOf(1998)},
		},
	}
	r := MatchPositions(gold, b)
	if len(r.Pairs) != 2 {
		t.Fatalf("%d pairs, want 2", len(r.Pairs))
	}
	if r.Pairs[0].Predicted.Index != 1 || r.Pairs[1].Predicted.Index != 0 {
		t.Errorf("gold spells paired with predictions %d and %d, want 1 and 0", r.Pairs[0].Predicted.Index, r.Pairs[1].Predicted.Index)
	}
	if r.StartOK != 2 || r.EndOK != 1 { // 2019 for 2019-05 is too coarse
		t.Errorf("starts right %d, ends right %d; want 2, 1", r.StartOK, r.EndOK)
	}
	if r.DateCounts != (Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("date counts %+v", r.DateCounts)
	}
}

func TestMatchPositions(t *testing.T) {
	orgs := []model.Organization{
		{ID: "tgwu", Name: "Transport and General Workers' Union", Acronym: "TGWU"},
		{ID: "ilea", Name: "Inner London Education Authority"},
		{ID: "us", Name: "United States"},
	}
	tests := []struct {
		name string
		gold GoldPosition
		pred model.Position
		want bool
	}{
		{"acronym in the gold", GoldPosition{Role: "Assistant General Secretary", Organization: "TGWU"},
			model.Position{Role: "assistant general secretary", Organization: "tgwu"}, true},
		{"qualifier in the gold role", GoldPosition{Role: "member for Woolwich", Organization: "Inner London Education Authority"},
			model.Position{Role: "member", Organization: "ilea", Qualifier: "Woolwich"}, true},
		{"organisation in the gold role", GoldPosition{Role: "President of the United States (16th)", Organization: "United States"},
			model.Position{Role: "President", Organization: "us"}, true},
		{"gold names no organisation", GoldPosition{Role: "county surveyor"},
			model.Position{Role: "county surveyor", Organization: "us"}, true},
		{"prediction names no organisation", GoldPosition{Role: "member", Organization: "Inner London Education Authority"},
			model.Position{Role: "member"}, false},
		{"other organisation", GoldPosition{Role: "member", Organization: "Haugesund city council"},
			model.Position{Role: "member", Organization: "ilea"}, false},
		{"other role", GoldPosition{Role: "shop steward", Organization: "TGWU"},
			model.Position{Role: "district secretary", Organization: "tgwu"}, false},
		{"unlisted organisation ID stands for itself", GoldPosition{Role: "member", Organization: "Storting"},
			model.Position{Role: "member", Organization: "storting"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &model.Biography{Organizations: orgs, Positions: []model.Position{tt.pred}}
			r := MatchPositions([]GoldPosition{tt.gold}, b)
			if got := len(r.Pairs) == 1; got != tt.want {
				t.Errorf("matched %v, want %v", got, tt.want)
			}
			if r.TP+r.FN != 1 || r.TP+r.FP != 1 {
				t.Errorf("counts %+v do not add up to one gold and one prediction", r.Counts)
			}
		})
	}
}

func TestMatchEvents(t *testing.T) {
	died := &model.Vital{Date: model.DayOf(2016, 2, 17)}
	tests := []struct {
		name  string
		gold  []GoldEvent
		b     *model.Biography
		want  Counts
		found int // key events found
	}{
		{"same kind, same year, other precision",
			[]GoldEvent{{Date: model.MonthOf(2019, 5), Kind: model.Suspended}},
			&model.Biography{Events: []model.Event{{Date: model.YearOf(2019), Kind: model.Suspended}}},
			Counts{TP: 1}, 1},
		{"other year",
			[]GoldEvent{{Date: model.YearOf(1998), Kind: model.Elected}},
			&model.Biography{Events: []model.Event{{Date: model.YearOf(1999), Kind: model.Elected}}},
			Counts{FP: 1, FN: 1}, 0},
		{"other kind",
			[]GoldEvent{{Date: model.YearOf(1998), Kind: model.Elected}},
			&model.Biography{Events: []model.Event{{Date: model.YearOf(1998), Kind: model.Reelected}}},
			Counts{FP: 1, FN: 1}, 0},
		{"undated with undated",
			[]GoldEvent{{Kind: model.Reelected}},
			&model.Biography{Events: []model.Event{{Kind: model.Reelected}}},
			Counts{TP: 1}, 0},
		{"undated gold, dated prediction",
			[]GoldEvent{{Kind: model.Reelected}},
			&model.Biography{Events: []model.Event{{Date: model.YearOf(1993), Kind: model.Reelected}}},
			Counts{FP: 1, FN: 1}, 0},
		{"each gold event once",
			[]GoldEvent{{Date: model.YearOf(2018), Kind: model.Apologised}},
			&model.Biography{Events: []model.Event{{Date: model.YearOf(2018), Kind: model.Apologised},
				{Date: model.YearOf(2018), Kind: model.Apologised}}},
			Counts{TP: 1, FP: 1}, 0},
		{"the died vital stands in for a died event",
			[]GoldEvent{{Date: model.DayOf(2016, 2, 17), Kind: model.Died}},
			&model.Biography{Died: died},
			Counts{TP: 1}, 1},
		{"a died event is not doubled by the vital",
			[]GoldEvent{{Date: model.DayOf(2016, 2, 17), Kind: model.Died}},
			&model.Biography{Died: died, Events: []model.Event{{Date: model.YearOf(2016), Kind: model.Died}}},
			Counts{TP: 1}, 1},
		{"born events are the birth scalar's",
			nil,
			&model.Biography{Events: []model.Event{{Date: model.YearOf(1935), Kind: model.Born}}},
			Counts{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MatchEvents(tt.gold, tt.b)
			if r.Counts != tt.want {
				t.Errorf("counts %+v, want %+v", r.Counts, tt.want)
			}
			found := 0
			for _, k := range r.Key {
				found += k.Found
			}
			if found != tt.found {
				t.Errorf("%d key events found, want %d", found, tt.found)
			}
		})
	}
}

func TestScalarOutcomes(t *testing.T) {
	g := &Gold{ID: "x", Name: "Eddie Haigh", FullName: "Edward Haigh", BirthDate: model.DayOf(1935, 11, 7),
		DeathDate: model.DayOf(2016, 2, 17), Nationality: "British"}
	b := &model.Biography{Name: "Eddie Haigh", FullName: "Eddie Haigh", // the name itself is no full name
		Born:        &model.Vital{Date: model.MonthOf(1935, 11), Place: "Leeds"},
		Died:        &model.Vital{Date: model.DayOf(2016, 2, 17)},
		Nationality: []string{"British"}}
	want := map[string]Outcome{"full_name": Missed, "birth_date": Wrong, "birth_place": Spurious,
		"death_date": Correct, "death_place": NotScored, "nationality": Correct}
	r := Score(g, b)
	for _, s := range r.Scalars {
		if s.Outcome != want[s.Field] {
			t.Errorf("%s: %v, want %v", s.Field, s.Outcome, want[s.Field])
		}
	}
	if f := r.Figures(); f.Scalars != (Counts{TP: 2, FP: 2, FN: 2}) || f.ScalarsScored != 5 {
		t.Errorf("scalar counts %+v of %d scored", f.Scalars, f.ScalarsScored)
	}
}

func TestEvidence(t *testing.T) {
	sentence := "He was elected in 1998 on a Grassroots Alliance slate."
	b := &model.Biography{
		Sections: []model.Section{{Title: "X", Level: 1, Paragraphs: []string{"Intro.  " + sentence + " More."}}},
		Born:     &model.Vital{Date: model.YearOf(1944)}, // no evidence
		Positions: []model.Position{
			{Role: "member", Evidence: []model.Evidence{{Section: "X", Sentence: "He was elected in 1998 on a\nGrassroots Alliance slate."}}},
			{Role: "chair", Evidence: []model.Evidence{{Section: "X", Sentence: "  "}}},                       // blank: none
			{Role: "secretary", Evidence: []model.Evidence{{Section: "X", Sentence: "He is its secretary."}}}, // not in the text
		},
		Events: []model.Event{{Kind: model.Elected, Date: model.YearOf(1998),
			Evidence: []model.Evidence{{Section: "X", Sentence: sentence}}}},
	}
	r := checkEvidence(b)
	if r.Facts != 5 || len(r.NoEvidence) != 2 || r.Sentences != 3 || len(r.NotInText) != 1 {
		t.Errorf("facts %d, without evidence %v, sentences %d, not in text %v", r.Facts, r.NoEvidence, r.Sentences, r.NotInText)
	}
	if len(r.NotInText) == 1 && !strings.Contains(r.NotInText[0], "secretary") {
		t.Errorf("not in text: %v", r.NotInText)
	}
}
