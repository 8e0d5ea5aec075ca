// Package jsonld writes a biography as schema.org JSON-LD: one Person with names, vital dates and
// places, nationality, occupations, the positions held (schema.org's Role pattern), the events and
// the source articles, for search engines and linked-data tools.
//
// The document uses schema.org 30.0 terms in their schema.org domains, and PROV-O's wasDerivedFrom
// for provenance. Its context is "https://schema.org", which Context and DocumentLoader serve
// offline, and an inline object that declares the prov prefix, so nothing else is ever fetched.
//
// # Dates
//
// schema.org dates are ISO 8601 (a Date such as "1944", "1944-02" or "1944-02-17"); the model's
// dates are EDTF, which can say more. A date at year, month or day precision is written as it is.
// Anything ISO 8601 cannot say is written as the first year or month the EDTF date covers — the
// last one for an endDate, so that a role's dates never cross — and the date as stated is kept, in
// words and in EDTF, in the disambiguatingDescription of the node that carries it:
//
//	197X  (the 1970s)         startDate "1970", endDate "1979";  "start: the 1970s, EDTF 197X"
//	19XX  (20th century)      startDate "1900", endDate "1999"
//	1985-21 (spring 1985)     startDate "1985-03", endDate "1985-05"
//	1843~ (c. 1843)           birthDate "1843";  "birth: c. 1843, EDTF 1843~"
//	1870? (1870, uncertain)   startDate "1870";  "start: 1870 (uncertain), EDTF 1870?"
//
// Years before 1 AD are written in astronomical numbering with a sign, as ISO 8601 and XML Schema
// do: 44 BC is "-0043".
//
// # Identifiers
//
// With a biography ID (a slug) the Person's @id is Options.Base followed by the ID, and each
// organisation's @id is the Person's @id, "#" and the organisation's ID, so that every role in the
// same organisation points at one node. The default Base is "urn:vita:", which names the
// biography without pretending to be a web address: "urn:vita:peter-willsman",
// "urn:vita:peter-willsman#labour-party". Organisation IDs are scoped to their biography, because
// two model files may use the same slug for different bodies. Sources are "…#source/1" in the
// model's order, and quoted sentences "…#quote/" and 12 hex digits of the sentence's SHA-256, so
// that they do not move when facts are added; the "/" keeps them apart from organisation IDs, in
// which a "/" is escaped. A biography without an ID gets no IRIs at all: the Person and the
// organisations are blank nodes, and sources and quotations blank node labels ("_:source-1").
// Roles, places and events never have an @id. The same biography and Base give the same @ids.
//
// The Person is sameAs only what identifies the person: a Wikidata item
// (http://www.wikidata.org/entity/Q…) given as the URL of the first source or of a source titled
// with the person's name, or named in the first source's note. An article is about the person, not
// the person, so sources are subjectOf, and a first source from Wikipedia is also the Person's
// mainEntityOfPage.
//
// # Names and nationality
//
// givenName, additionalName and familyName are written only for a Name of two or three capitalised
// Latin-script words with no particle, initial or suffix ("Peter Willsman"; not "Ibn al-Haytham",
// "Ludwig van Beethoven" or "Henry VIII"), first word given, last word family; see personNames. A
// nationality is a Country: demonyms are mapped to countries by a small table ("British" → United
// Kingdom, "Bulgarian-French" → Bulgaria and France), and a demonym the table does not know is not
// written as a Country, whose name it is not, but kept in the Person's disambiguatingDescription
// ("nationality: Ruritanian").
//
// # Provenance
//
// Each role and event is prov:wasDerivedFrom (W3C PROV-O, declared in the document's context next
// to schema.org's) the sentences it was read from: a schema:Quotation whose text is the sentence
// and which isPartOf the first source, the article the biography was read from. schema.org's own
// citation is not used because its domain is CreativeWork, which roles and events are not. The
// evidence of birth and death is not written: it would be about a single property of the Person.
//
// # Other choices
//
// A position's qualifier (a constituency or ward) is part of its roleName: "member for Woolwich".
// A position with no organisation is a Role of hasOccupation instead of memberOf. A source's licence
// is a URL for the Creative Commons licences and CC0 ("CC BY-SA 4.0" →
// https://creativecommons.org/licenses/by-sa/4.0/), or a CreativeWork with the licence's name
// otherwise, because schema.org's context reads a bare string there as a URL. An event's kind is
// its keywords and its organisation is what it is about; a graduation is an EducationEvent, a
// marriage a SocialEvent, and every other kind an Event, since schema.org has no type for
// elections, appointments or expulsions. A note on a position or event is its description, and an
// organisation's acronym its alternateName. Empty values are left out.
package jsonld

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/vita-project/vita/model"
)

// ContextURL is the JSON-LD context the documents name: schema.org's, which Context and
// DocumentLoader provide offline.
const ContextURL = "https://schema.org"

// DefaultBase is the @id prefix used when Options.Base is empty.
const DefaultBase = "urn:vita:"

// Options are the choices of Write. The zero value writes @ids under DefaultBase.
type Options struct {
	// Base is an absolute IRI prefix for @ids, such as "https://example.org/people/": the Person's
	// @id is Base followed by the biography ID. It is prepended as is, so it usually ends in "/" or
	// ":"; it cannot hold a fragment ("#"), which organisation @ids use. Empty means DefaultBase.
	Base string
}

// Write writes b as a schema.org JSON-LD document to w: two-space indented JSON that ends in a
// newline, the same bytes for the same biography and options. It fails when Base is not an
// absolute IRI or a date cannot be written as ISO 8601 (a month 13, say), before writing anything.
func Write(w io.Writer, b *model.Biography, opts Options) error {
	if b == nil {
		return errors.New("jsonld: no biography")
	}
	name := b.Label()
	p, err := build(b, opts)
	if err != nil {
		return fmt.Errorf("jsonld: %s: %w", name, err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // names such as "Marks & Spencer" stay readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return fmt.Errorf("jsonld: %s: %w", name, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("jsonld: %s: %w", name, err)
	}
	return nil
}

// The node types below fix the order of keys in the output; every field is left out when empty.
// Fields that may hold one value or several are `any`: a bare value for one, an array for more.

type person struct {
	Context                   any    `json:"@context"`
	ID                        string `json:"@id,omitempty"`
	Type                      string `json:"@type"`
	Name                      string `json:"name,omitempty"`
	GivenName                 string `json:"givenName,omitempty"`
	AdditionalName            string `json:"additionalName,omitempty"`
	FamilyName                string `json:"familyName,omitempty"`
	AlternateName             any    `json:"alternateName,omitempty"`
	Description               string `json:"description,omitempty"`
	DisambiguatingDescription string `json:"disambiguatingDescription,omitempty"`
	BirthDate                 string `json:"birthDate,omitempty"`
	BirthPlace                *named `json:"birthPlace,omitempty"`
	DeathDate                 string `json:"deathDate,omitempty"`
	DeathPlace                *named `json:"deathPlace,omitempty"`
	Nationality               any    `json:"nationality,omitempty"`
	HasOccupation             any    `json:"hasOccupation,omitempty"`
	MemberOf                  any    `json:"memberOf,omitempty"`
	SameAs                    any    `json:"sameAs,omitempty"`
	MainEntityOfPage          *ref   `json:"mainEntityOfPage,omitempty"`
	SubjectOf                 any    `json:"subjectOf,omitempty"`
}

// named is a Place, Country, Occupation, CreativeWork or Organization known only by its name.
type named struct {
	Type string `json:"@type"`
	Name string `json:"name,omitempty"`
}

type organization struct {
	ID                 string        `json:"@id,omitempty"`
	Type               string        `json:"@type"`
	Name               string        `json:"name,omitempty"`
	AlternateName      string        `json:"alternateName,omitempty"`
	ParentOrganization *organization `json:"parentOrganization,omitempty"`
}

// role is a position: an OrganizationRole in memberOf, or a Role in hasOccupation when the
// position names no organisation. Either way the Role carries the property it stands in for.
type role struct {
	Type                      string        `json:"@type"`
	RoleName                  string        `json:"roleName,omitempty"`
	StartDate                 string        `json:"startDate,omitempty"`
	EndDate                   string        `json:"endDate,omitempty"`
	DisambiguatingDescription string        `json:"disambiguatingDescription,omitempty"`
	Description               string        `json:"description,omitempty"`
	MemberOf                  *organization `json:"memberOf,omitempty"`
	HasOccupation             *named        `json:"hasOccupation,omitempty"`
	DerivedFrom               any           `json:"prov:wasDerivedFrom,omitempty"`
}

type article struct {
	ID        string `json:"@id,omitempty"`
	Type      string `json:"@type"`
	Name      string `json:"name,omitempty"`
	URL       string `json:"url,omitempty"`
	License   any    `json:"license,omitempty"`
	Author    *named `json:"author,omitempty"`
	Publisher *named `json:"publisher,omitempty"`
}

type event struct {
	Type                      string        `json:"@type"`
	Name                      string        `json:"name,omitempty"`
	Keywords                  string        `json:"keywords,omitempty"`
	StartDate                 string        `json:"startDate,omitempty"`
	DisambiguatingDescription string        `json:"disambiguatingDescription,omitempty"`
	Description               string        `json:"description,omitempty"`
	About                     *organization `json:"about,omitempty"`
	DerivedFrom               any           `json:"prov:wasDerivedFrom,omitempty"`
}

func build(b *model.Biography, opts Options) (*person, error) {
	ids, err := newIDs(opts.Base, b.ID)
	if err != nil {
		return nil, err
	}
	p := &person{
		Context:     []any{ContextURL, map[string]string{"prov": PROV}},
		ID:          ids.person,
		Type:        "Person",
		Name:        text(b.Name),
		Description: text(b.Description),
	}
	p.GivenName, p.AdditionalName, p.FamilyName = personNames(b.Name, b.FullName)

	alt := []string{b.FullName}
	p.AlternateName = oneOrMany(distinct(append(alt, b.OtherNames...), b.Name))

	var notes []string
	if b.Born != nil {
		iso, note, err := date(b.Born.Date, "birth", false)
		if err != nil {
			return nil, fmt.Errorf("born.date: %w", err)
		}
		p.BirthDate, notes = iso, appendNote(notes, note)
		p.BirthPlace = namedOrNil("Place", b.Born.Place)
	}
	if b.Died != nil {
		iso, note, err := date(b.Died.Date, "death", false)
		if err != nil {
			return nil, fmt.Errorf("died.date: %w", err)
		}
		p.DeathDate, notes = iso, appendNote(notes, note)
		p.DeathPlace = namedOrNil("Place", b.Died.Place)
	}
	var nations []*named
	var known []string
	for _, n := range distinct(b.Nationality, "") {
		cs := countries(n)
		if cs == nil {
			notes = append(notes, "nationality: "+n)
		}
		known = append(known, cs...)
	}
	for _, c := range distinct(known, "") {
		nations = append(nations, &named{Type: "Country", Name: c})
	}
	p.Nationality = oneOrMany(nations)
	p.DisambiguatingDescription = strings.Join(notes, "; ")

	var occupations, memberships []any
	for _, o := range distinct(b.Occupations, "") {
		occupations = append(occupations, &named{Type: "Occupation", Name: o})
	}
	for i, pos := range b.Positions {
		r, err := positionRole(b, ids, pos)
		if err != nil {
			return nil, fmt.Errorf("positions[%d].%w", i, err)
		}
		if r.MemberOf != nil {
			memberships = append(memberships, r)
		} else {
			occupations = append(occupations, r)
		}
	}
	p.HasOccupation = oneOrMany(occupations)
	p.MemberOf = oneOrMany(memberships)

	p.SameAs = sameAs(b)
	var subjects []any
	for i, s := range b.Sources {
		if a := sourceArticle(s, ids.source(i)); a != nil {
			subjects = append(subjects, a)
			if i == 0 && isWikipedia(s) {
				p.MainEntityOfPage = &ref{ID: a.ID}
			}
		}
	}
	for i, e := range b.Events {
		ev, err := eventNode(b, ids, e)
		if err != nil {
			return nil, fmt.Errorf("events[%d].date: %w", i, err)
		}
		subjects = append(subjects, ev)
	}
	p.SubjectOf = oneOrMany(subjects)
	return p, nil
}

// positionRole returns the Role of one position; its error names the field, without the index.
func positionRole(b *model.Biography, ids idScheme, pos model.Position) (*role, error) {
	name := text(pos.Role)
	if q := text(pos.Qualifier); q != "" {
		if name == "" {
			name = q
		} else {
			name += " for " + q
		}
	}
	r := &role{Type: "OrganizationRole", RoleName: name}
	var notes []string
	start, note, err := date(pos.Start, "start", false)
	if err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	r.StartDate, notes = start, appendNote(notes, note)
	end, note, err := date(pos.End, "end", true)
	if err != nil {
		return nil, fmt.Errorf("end: %w", err)
	}
	r.EndDate, notes = end, appendNote(notes, note)
	r.DisambiguatingDescription = strings.Join(notes, "; ")
	r.Description = text(pos.Note)
	r.DerivedFrom = evidence(ids, len(b.Sources) > 0, pos.Evidence)

	if text(pos.Organization) != "" {
		r.MemberOf = org(b, ids, pos.Organization, nil)
		return r, nil
	}
	// No organisation: the position is a kind of work, so the Role stands in for an Occupation.
	r.Type = "Role"
	if o := text(pos.Role); o != "" {
		r.HasOccupation = &named{Type: "Occupation", Name: o}
	} else {
		r.HasOccupation = &named{Type: "Occupation"}
	}
	return r, nil
}

// org returns the organisation with the given ID and its parents. An ID that no organisation has is
// used as the name, as model.Biography.OrganizationName does; seen stops a cycle of parents in a
// model that was not validated.
func org(b *model.Biography, ids idScheme, id string, seen map[string]bool) *organization {
	o := &organization{ID: ids.organization(id), Type: "Organization", Name: text(b.OrganizationName(id))}
	m := b.Organization(id)
	if m != nil && text(m.Acronym) != o.Name {
		o.AlternateName = text(m.Acronym)
	}
	if m == nil || text(m.PartOf) == "" {
		return o
	}
	if seen == nil {
		seen = map[string]bool{}
	}
	seen[id] = true
	if !seen[m.PartOf] {
		o.ParentOrganization = org(b, ids, m.PartOf, seen)
	}
	return o
}

// sourceArticle returns the Article of a source, with the given @id, or nil for a source with nothing
// to say.
func sourceArticle(s model.Source, id string) *article {
	a := &article{
		Type:      "Article",
		Name:      text(s.Title),
		URL:       text(s.URL),
		License:   license(s.License),
		Author:    namedOrNil("Organization", s.Author),
		Publisher: namedOrNil("Organization", s.Publisher),
	}
	if *a == (article{Type: "Article"}) {
		return nil
	}
	a.ID = id
	return a
}

func eventNode(b *model.Biography, ids idScheme, e model.Event) (*event, error) {
	iso, note, err := date(e.Date, "date", false)
	if err != nil {
		return nil, err
	}
	ev := &event{
		Type:                      eventType(e.Kind),
		Name:                      text(e.Text),
		Keywords:                  text(string(e.Kind)),
		StartDate:                 iso,
		DisambiguatingDescription: note,
		Description:               text(e.Note),
		DerivedFrom:               evidence(ids, len(b.Sources) > 0, e.Evidence),
	}
	if ev.Name == "" {
		ev.Name = ev.Keywords
	}
	if text(e.Organization) != "" {
		ev.About = org(b, ids, e.Organization, nil)
	}
	return ev, nil
}

// eventType returns the schema.org type of an event of the given kind: a subtype of Event where
// one fits what happened, Event otherwise. schema.org has no election, appointment, suspension or
// award events; the kind is always kept as the event's keywords.
func eventType(k model.EventKind) string {
	switch k {
	case model.Graduated:
		return "EducationEvent" // a graduation
	case model.Married:
		return "SocialEvent" // a wedding
	}
	return "Event"
}

// idScheme makes the @ids described in the package comment; its zero value makes none.
type idScheme struct{ person string }

func newIDs(base, id string) (idScheme, error) {
	if base == "" {
		base = DefaultBase
	}
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" {
		return idScheme{}, fmt.Errorf("base %q is not an absolute IRI (such as %q)", base, DefaultBase)
	}
	if strings.Contains(base, "#") {
		return idScheme{}, fmt.Errorf("base %q has a fragment; organisation @ids add their own", base)
	}
	if text(id) == "" {
		return idScheme{}, nil
	}
	return idScheme{person: base + url.PathEscape(id)}, nil
}

func (s idScheme) organization(id string) string {
	if s.person == "" {
		return ""
	}
	return s.person + "#" + url.PathEscape(id)
}

// text returns s, or "" when s is only white space; it never changes a non-blank string.
func text(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s
}

func namedOrNil(typ, name string) *named {
	if text(name) == "" {
		return nil
	}
	return &named{Type: typ, Name: name}
}

// distinct returns the non-blank strings of ss, each once, in order, leaving out skip.
func distinct(ss []string, skip string) []string {
	var out []string
	seen := map[string]bool{skip: true, "": true}
	for _, s := range ss {
		if s = text(s); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// oneOrMany returns nil for no values, the value itself for one, and the slice for more.
func oneOrMany[T any](xs []T) any {
	switch len(xs) {
	case 0:
		return nil
	case 1:
		return xs[0]
	}
	return xs
}

func appendNote(notes []string, note string) []string {
	if note == "" {
		return notes
	}
	return append(notes, note)
}
