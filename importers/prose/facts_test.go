package prose_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/vita-project/vita/importers/prose"
	"github.com/vita-project/vita/model"
)

// article builds a biography of a made-up person from paragraphs under one heading, as the readers
// do, and runs the extraction.
func article(name string, paragraphs ...string) *model.Biography {
	b := &model.Biography{Name: name, Sections: []model.Section{
		{Title: name, Level: 1, Paragraphs: paragraphs[:1]},
		{Title: "Career", Level: 2, Paragraphs: paragraphs[1:]},
	}}
	prose.Extract(b)
	return b
}

func positions(b *model.Biography) []string {
	var out []string
	for _, p := range b.Positions {
		org := b.OrganizationName(p.Organization)
		if o := b.Organization(p.Organization); o != nil && o.PartOf != "" {
			org = b.OrganizationName(o.PartOf) + " / " + org
		}
		s := fmt.Sprintf("%s | %s | %s–%s", p.Role, org, p.Start, p.End)
		if p.Qualifier != "" {
			s += " | " + p.Qualifier
		}
		out = append(out, s)
	}
	return out
}

func events(b *model.Biography) []string {
	var out []string
	for _, e := range b.Events {
		out = append(out, fmt.Sprintf("%s %s %s", e.Kind, e.Date, b.OrganizationName(e.Organization)))
	}
	return out
}

// TestPositionPatterns covers the ways biographies state positions, with made-up people and bodies,
// so that the rules, not particular articles, are tested.
func TestPositionPatterns(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs []string
		want       []string
	}{
		{"elected to a body, with a ward",
			[]string{"Ann Lee (born 1950) is a Welsh councillor.", "She was elected as a Cardiff City Council member for Splott in 1995 and served until 2004."},
			[]string{"member | Cardiff City Council | 1995–2004 | Splott"}},
		{"acronym, then its and the union",
			[]string{"Tom Hale (1920–1990) was an English trade unionist.",
				"He joined the Union of Rail and Dock Workers (URDW) in 1946. In 1950, he became a branch secretary for the union, and in 1958 he was appointed as its General Secretary. He was elected president of the URDW in 1965, serving until he retired in 1980."},
			[]string{"member | Union of Rail and Dock Workers | 1946–", "branch secretary | Union of Rail and Dock Workers | 1950–",
				"General Secretary | Union of Rail and Dock Workers | 1958–", "president | Union of Rail and Dock Workers | 1965–1980"}},
		{"possessive body and a stated gap",
			[]string{"Kim Lund (born 1944) is a Danish activist.",
				"Lund was first elected to the Social Party's Executive Board in 1990. Having lost her seat in 1996, she was elected to the board again in 2001, and was suspended from it in May 2005."},
			[]string{"member | Social Party / Executive Board | 1990–1996", "member | Social Party / Executive Board | 2001–2005-05"}},
		{"worked for, served on, chaired",
			[]string{"Jo Cole (1930–2000) was an American lawyer.",
				"Cole worked for the Federal Water Agency as an economist. From 1970 to 1975 he served on the Board of Trustees of the Metro Arts Foundation. He chaired the Harbor Planning Commission from 1980."},
			[]string{"member | Board of Trustees of the Metro Arts Foundation | 1970–1975",
				"chair | Harbor Planning Commission | 1980–", "economist | Federal Water Agency | –"}}, // dated first
		{"someone else's role is not the person's",
			[]string{"Rosa Vale (born 1955) is a Chilean poet.",
				"Rosa Vale met Carlos Ruiz, president of the Poets Association, in 1980. Vale was appointed to the Arts Council in 1990. The minister appointed Pedro Soto director of the National Library in 1991."},
			[]string{"member | Arts Council | 1990–"}},
		{"relative date",
			[]string{"Lea Moor (1900–1980) was a Dutch nurse.",
				"Moor joined the Red Cross Society in 1921. She was chosen as a ward sister four years later."},
			[]string{"member | Red Cross Society | 1921–", "ward sister | Red Cross Society | 1925–"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := article(strings.Fields(tt.paragraphs[0])[0]+" "+strings.Fields(tt.paragraphs[0])[1], tt.paragraphs...)
			if got := positions(b); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("positions\n got %q\nwant %q\nevents %q", got, tt.want, events(b))
			}
			for _, p := range b.Positions {
				if len(p.Evidence) == 0 {
					t.Errorf("%+v has no evidence", p)
				}
			}
		})
	}
}

func TestEventPatterns(t *testing.T) {
	b := article("Ann Lee",
		"Ann Lee (born 1950) is a Welsh politician.",
		"She was elected to the Cardiff City Council in 1995. She resigned from the council in March 2001. She won the 2003 Gwen Prize for Poetry. She was expelled from the Green Party in late 2010.",
		"In November 2010 she was expelled from the Green Party.")
	want := []string{"elected 1995 Cardiff City Council", "resigned 2001-03 Cardiff City Council", "award 2003 ", "expelled 2010-11 Green Party"}
	if got := events(b); !reflect.DeepEqual(got, want) {
		t.Errorf("events\n got %q\nwant %q", got, want)
	}
	for _, e := range b.Events {
		if e.Kind == model.Expelled && !strings.Contains(e.Note, "also stated as c. 2010") {
			t.Errorf("the two dates of the expulsion are not noted: %q", e.Note)
		}
	}
}

// TestEventTextKeepsNames checks that an event's text does not stop at a comma inside a name.
func TestEventTextKeepsNames(t *testing.T) {
	b := article("Tom Hale", "Tom Hale (1920–1990) was an English trade unionist.",
		"In 1946 he joined the Union of Rail, Dock and Road Workers (URDRW), and rose fast.")
	for _, e := range b.Events {
		if e.Kind == model.Joined && e.Text != "Joined the Union of Rail, Dock and Road Workers (URDRW)" {
			t.Errorf("event text %q", e.Text)
		}
	}
	if !strings.Contains(strings.Join(events(b), ";"), "joined 1946") {
		t.Errorf("no joined event: %q", events(b))
	}
}
