// Package model is vita's one structured biography: the people, organisations, positions and events
// that importers read from articles and exporters write as documents. It knows no file format.
package model

import (
	"strconv"
	"strings"
)

// Biography is everything vita knows about one person. Its field names and order are the model-file
// contract of DESIGN.md: `vita extract` prints them and `vita export` reads them back.
type Biography struct {
	ID            string         `json:"id" yaml:"id"`
	Name          string         `json:"name" yaml:"name"`
	FullName      string         `json:"full_name" yaml:"full_name"`
	OtherNames    []string       `json:"other_names" yaml:"other_names"`
	Description   string         `json:"description" yaml:"description"`
	Summary       string         `json:"summary" yaml:"summary"`
	Born          *Vital         `json:"born" yaml:"born"`
	Died          *Vital         `json:"died" yaml:"died"`
	Nationality   []string       `json:"nationality" yaml:"nationality"`
	Occupations   []string       `json:"occupations" yaml:"occupations"`
	Organizations []Organization `json:"organizations" yaml:"organizations"`
	Positions     []Position     `json:"positions" yaml:"positions"`
	Events        []Event        `json:"events" yaml:"events"`
	Sections      []Section      `json:"sections" yaml:"sections"`
	Sources       []Source       `json:"sources" yaml:"sources"`
}

// Vital is a birth or a death: when and where, each as precise as the article states it.
type Vital struct {
	Date     Date       `json:"date" yaml:"date"`
	Place    string     `json:"place" yaml:"place"`
	Evidence []Evidence `json:"evidence,omitempty" yaml:"evidence,omitempty"`
	Note     string     `json:"note,omitempty" yaml:"note,omitempty"` // e.g. where sources disagree
}

// Organization is a body the person belonged to or worked for. PartOf names the ID of the
// organisation it belongs to, as the National Executive Committee is part of the Labour Party.
type Organization struct {
	ID      string `json:"id" yaml:"id"`
	Name    string `json:"name" yaml:"name"`
	Acronym string `json:"acronym,omitempty" yaml:"acronym,omitempty"` // "NUDBTW", as the article introduces it
	PartOf  string `json:"part_of,omitempty" yaml:"part_of,omitempty"`
}

// Position is one spell in one role: member of a committee from 2016 to May 2019, say.
// A zero Start or End means the article does not state it.
type Position struct {
	Role         string     `json:"role" yaml:"role"`
	Organization string     `json:"organization" yaml:"organization"` // an Organizations[].ID, or empty
	Qualifier    string     `json:"qualifier" yaml:"qualifier"`       // a constituency, ward or district
	Start        Date       `json:"start" yaml:"start"`
	End          Date       `json:"end" yaml:"end"`
	Evidence     []Evidence `json:"evidence" yaml:"evidence"`
	Note         string     `json:"note,omitempty" yaml:"note,omitempty"` // how a date was derived, or where the text disagrees
}

// Event is something that happened on a date: an election, a suspension, an expulsion.
type Event struct {
	Date         Date       `json:"date" yaml:"date"`
	Kind         EventKind  `json:"kind" yaml:"kind"`
	Organization string     `json:"organization" yaml:"organization"` // an Organizations[].ID, or empty
	Text         string     `json:"text" yaml:"text"`
	Evidence     []Evidence `json:"evidence" yaml:"evidence"`
	Note         string     `json:"note,omitempty" yaml:"note,omitempty"`
}

// Evidence is where the article states a fact: the section and the sentence itself.
type Evidence struct {
	Section  string `json:"section" yaml:"section"`
	Sentence string `json:"sentence" yaml:"sentence"`
}

// Section is one headed part of the article. Level 1 is the article's title and holds the lead;
// level 2 is `== Heading ==`, level 3 `=== Heading ===`, and so on. Sections are listed in article
// order, so nesting follows from the levels.
type Section struct {
	Title      string   `json:"title" yaml:"title"`
	Level      int      `json:"level" yaml:"level"`
	Paragraphs []string `json:"paragraphs" yaml:"paragraphs"`
}

// Source is a document the biography was read from, with what its licence asks to be credited.
type Source struct {
	Title     string `json:"title" yaml:"title"`
	Author    string `json:"author,omitempty" yaml:"author,omitempty"`
	Publisher string `json:"publisher" yaml:"publisher"`
	Date      Date   `json:"date,omitzero" yaml:"date,omitempty"` // when it was published, as precise as it says
	URL       string `json:"url" yaml:"url"`
	License   string `json:"license" yaml:"license"`
	Note      string `json:"note,omitempty" yaml:"note,omitempty"`
}

// Label names the biography in messages: its id, else its name in quotes, else "biography".
func (b *Biography) Label() string {
	switch {
	case b.ID != "":
		return b.ID
	case b.Name != "":
		return strconv.Quote(b.Name)
	}
	return "biography"
}

// Sentences returns the distinct sentences of some evidence, trimmed, in order.
func Sentences(ev []Evidence) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range ev {
		s := strings.TrimSpace(e.Sentence)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Organization returns the organisation with the given ID, or nil.
func (b *Biography) Organization(id string) *Organization {
	for i := range b.Organizations {
		if b.Organizations[i].ID == id {
			return &b.Organizations[i]
		}
	}
	return nil
}

// OrganizationName returns the name of the organisation with the given ID, or the ID itself when no
// such organisation is listed.
func (b *Biography) OrganizationName(id string) string {
	if id == "" {
		return ""
	}
	o := b.Organization(id)
	if o == nil {
		return id
	}
	return o.Name
}
