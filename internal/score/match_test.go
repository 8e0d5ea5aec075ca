package score

import (
	"math"
	"testing"

	"github.com/vita-project/vita/model"
)

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want float64
	}{
		{"same words, other case", "National Executive Committee", "national executive committee", 1},
		{"stopwords out", "member of the Board of Directors", "member board directors", 1},
		{"half the words", "member", "member of the Board of Directors", 0.5},
		{"nothing shared", "researcher", "shop steward", 0},
		{"possessives", "Illinois's 7th district", "Illinois 7th district", 1},
		{"plural possessive", "Transport and General Workers' Union", "Transport and General Workers Union", 1},
		{"acronym for its expansion", "NEC", "National Executive Committee", 1},
		{"expansion for its acronym", "National Executive Committee", "NEC", 1},
		{"acronym inside a longer name", "NEC", "Labour Party National Executive Committee", 0.75},
		{"acronym beside its expansion", "Transport and General Workers' Union (TGWU)", "TGWU", 1},
		{"acronym spelt by significant words", "NUDBTW", "National Union of Dyers, Bleachers and Textile Workers", 1},
		{"acronym in both", "General Council of the Trades Union Congress (TUC)", "General Council TUC", 1},
		{"dotted acronym", "U.S. Department of State", "United States Department of State", 1},
		{"same acronym", "CLPD", "CLPD", 1},
		{"acronym of something else", "CLPD", "Labour Party", 0},
		{"lower case is not an acronym", "nec", "National Executive Committee", 0},
		{"one letter is not an acronym", "T", "Transport", 0},
		{"both empty", "", "", 1},
		{"one empty", "member", "", 0},
		{"only stopwords", "of the", "member", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Similarity(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("Similarity(%q, %q) = %.3f, want %.3f", tt.a, tt.b, got, tt.want)
			}
			if got := Similarity(tt.b, tt.a); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("Similarity(%q, %q) = %.3f, want %.3f (the reverse)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestSameDate(t *testing.T) {
	tests := []struct {
		name      string
		gold      string // as a gold file writes it
		predicted model.Date
		want      bool
	}{
		{"same month", "1944-02", model.MonthOf(1944, 2), true},
		{"coarser prediction", "1944-02", model.YearOf(1944), false},
		{"finer prediction", "1944-02", model.DayOf(1944, 2, 1), false},
		{"finer than a year", "1944", model.MonthOf(1944, 2), false},
		{"other year", "1944", model.YearOf(1945), false},
		{"same day", "2016-02-17", model.DayOf(2016, 2, 17), true},
		{"other day", "2016-02-17", model.DayOf(2016, 2, 18), false},
		{"gold decade is EDTF 197X", "1970s", model.MustParseDate("197X"), true},
		{"gold decade, built decade", "1970s", model.DecadeOf(1975), true},
		{"gold decade, predicted year", "1970s", model.YearOf(1970), false},
		{"both unknown", "", model.Date{}, true},
		{"gold unknown, predicted", "", model.YearOf(1991), false},
		{"gold known, not predicted", "1991", model.Date{}, false},
		{"qualifiers ignored", "1843", model.YearOf(1843).Approx(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold, err := parseGoldDate(tt.gold)
			if err != nil {
				t.Fatal(err)
			}
			if got := SameDate(gold, tt.predicted); got != tt.want {
				t.Errorf("SameDate(%q, %q) = %v, want %v", tt.gold, tt.predicted, got, tt.want)
			}
		})
	}
}

func TestParseGoldDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want model.Date
	}{
		{"", model.Date{}},
		{"1944", model.YearOf(1944)},
		{"1944-02", model.MonthOf(1944, 2)},
		{"1944-02-17", model.DayOf(1944, 2, 17)},
		{"1970s", model.DecadeOf(1970)},
		{"197X", model.DecadeOf(1970)},
	} {
		got, err := parseGoldDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("parseGoldDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"1975s", "Feb 1944", "1944-13", "44"} {
		if _, err := parseGoldDate(bad); err == nil {
			t.Errorf("parseGoldDate(%q) gave no error", bad)
		}
	}
}

func TestSamePlace(t *testing.T) {
	tests := []struct {
		name            string
		gold, predicted string
		want            bool
	}{
		{"same", "Andover", "Andover", true},
		{"case and spaces", "Bethesda, Maryland", "bethesda ,  maryland", true},
		{"gold goes on with a country", "Tyler, Texas, U.S.", "Tyler, Texas", true},
		{"country written out", "Tyler, Texas, U.S.", "Tyler, Texas, United States", true},
		{"prediction with the country", "Tyler, Texas, U.S.", "Tyler, Texas, U.S.", true},
		{"gold goes on with a state", "Tyler, Texas, U.S.", "Tyler", false},
		{"foreign country", "Sliven, Bulgaria", "Sliven", true},
		{"dotted parts", "Washington, D.C., U.S.", "Washington, D.C.", true},
		{"prediction adds a country", "Bergen", "Bergen, Norway", false},
		{"prediction drops the start", "Petersen House, Washington, D.C., U.S.", "Washington, D.C.", false},
		{"no comma", "Hodgenville, Kentucky, U.S.", "Hodgenville Kentucky", false},
		{"other place", "Andover", "Andover, Hampshire", false},
		{"nothing predicted", "Andover", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SamePlace(tt.gold, tt.predicted); got != tt.want {
				t.Errorf("SamePlace(%q, %q) = %v, want %v", tt.gold, tt.predicted, got, tt.want)
			}
		})
	}
}

func TestSameNationality(t *testing.T) {
	tests := []struct {
		gold      string
		predicted []string
		want      bool
	}{
		{"British", []string{"British"}, true},
		{"Bulgarian-French", []string{"Bulgarian-French"}, true},
		{"Bulgarian-French", []string{"Bulgarian", "French"}, true},
		{"Bulgarian-French", []string{"French", "Bulgarian"}, true},
		{"Bulgarian-French", []string{"Bulgarian"}, false},
		{"British", []string{"English"}, false},
		{"British", nil, false},
	}
	for _, tt := range tests {
		if got := SameNationality(tt.gold, tt.predicted); got != tt.want {
			t.Errorf("SameNationality(%q, %q) = %v, want %v", tt.gold, tt.predicted, got, tt.want)
		}
	}
}
