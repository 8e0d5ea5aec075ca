package model_test

import (
	"strings"
	"testing"

	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modeltest"
)

func TestValidateFixtures(t *testing.T) {
	for name, b := range map[string]*model.Biography{
		"willsman": modeltest.Willsman(), "unicode": modeltest.Unicode(), "empty": modeltest.Empty(),
	} {
		if ps := b.Validate(); ps != nil {
			t.Errorf("%s: %v", name, ps)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(b *model.Biography)
		want   []string // every problem, in order, as "path: message" prefixes
	}{
		{"end before start", func(b *model.Biography) {
			b.Positions[2].Start, b.Positions[2].End = model.YearOf(1994), model.YearOf(1981)
		}, []string{"positions[2].end: 1981 is before start 1994"}},
		{"end within start is fine", func(b *model.Biography) {
			b.Positions[2].Start, b.Positions[2].End = model.YearOf(1994), model.MonthOf(1994, 5)
		}, nil},
		{"no name", func(b *model.Biography) { b.Name = " " }, []string{"name: is empty"}},
		{"bad slug", func(b *model.Biography) { b.ID = "Peter Willsman" }, []string{`id: "Peter Willsman" is not a slug`}},
		{"unknown organization", func(b *model.Biography) { b.Positions[0].Organization = "nupee" },
			[]string{`positions[0].organization: "nupee" is not the id of any organization (did you mean "nupe"?)`}},
		{"unknown kind", func(b *model.Biography) { b.Events[1].Kind = "suspened" },
			[]string{`events[1].kind: "suspened" is not an event kind (did you mean "suspended"?)`}},
		{"duplicate organization", func(b *model.Biography) { b.Organizations[1].ID = "labour-party" },
			[]string{`organizations[1].id: "labour-party" is already the id of organizations[0]`,
				`positions[4].organization: "labour-party-nec" is not the id of any organization`,
				`positions[5].organization: "labour-party-nec" is not the id of any organization`}},
		{"part of itself", func(b *model.Biography) { b.Organizations[0].PartOf = "labour-party-nec" },
			[]string{"organizations[0].part_of: \"labour-party-nec\" makes a cycle", "organizations[1].part_of: \"labour-party\" makes a cycle"}},
		{"died before born", func(b *model.Biography) { b.Died = &model.Vital{Date: model.YearOf(1900)} },
			[]string{"died.date: 1900 is before birth 1944-02"}},
		{"level", func(b *model.Biography) { b.Sections[0].Level = 0 }, []string{"sections[0].level: 0 is not a heading level"}},
		{"several at once", func(b *model.Biography) {
			b.Name = ""
			b.Positions[5].End = model.YearOf(2000)
		}, []string{"name: is empty", "positions[5].end: 2000 is before start 2016"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := modeltest.Willsman()
			tt.change(b)
			ps := b.Validate()
			if len(ps) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(tt.want), ps)
			}
			for i, p := range ps {
				if !strings.HasPrefix(p.String(), tt.want[i]) {
					t.Errorf("problem %d = %q, want prefix %q", i, p, tt.want[i])
				}
			}
		})
	}
}

func TestClosest(t *testing.T) {
	keys := []string{"id", "name", "full_name", "born", "died", "positions"}
	tests := map[string]string{"bron": "born", "nmae": "name", "fullname": "full_name",
		"position": "positions", "zzz": "", "dies": "died", "x": ""}
	for in, want := range tests {
		if got := model.Closest(in, keys); got != want {
			t.Errorf("Closest(%q) = %q, want %q", in, got, want)
		}
	}
}
