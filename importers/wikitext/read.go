package wikitext

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/vita-project/vita/importers/prose"
	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// ErrNoName is returned for an article in which no person's name can be found.
var ErrNoName = errors.New("no person's name found: give the article's title, or write an infobox name or a bold name in the lead")

// Read builds a biography from an article in wikitext. name is the input's file name (or "-"),
// used in errors, which read "NAME:LINE: … (byte offset N)" or "NAME: …".
//
// The person is named by opts.Title (without a bracketed qualifier), the title of a MediaWiki
// XML export, the infobox's name or the lead's first bold name, in that order. The infobox's
// facts come first; prose.Extract then fills what the infobox leaves open from the sections,
// keeping what is set. The sources are the article itself, then its references.
//
// From the infobox, whatever its kind:
//   - name and birth_name: a birth name that differs from the name is the full name (in another
//     script, another name); native_name, other_names, alias and pseudonym are other names.
//   - birth_date, birth_place, death_date, death_place: the born and died vitals. Dates come from
//     the date templates ({{birth date}}, {{death date and age}}, {{start date}}, {{dts}},
//     {{birth-date}}, {{circa}}, …) or from the text ("February 12, 1809", "12 February 1809",
//     "c. 965"), at the precision stated.
//   - nationality and occupation/profession: their items, split at commas, semicolons and
//     slashes (nationality); occupations lower-cased as prose writes them.
//   - offices: each office is a position. Fields are paired by their number (office3,
//     term_start3, predecessor3 …); the unnumbered fields and those numbered 1 are one office
//     unless both name one. An office is named by its office field, or by the title the
//     officeholder template prints for state_house, state_senate, state_assembly,
//     state_delegate and constituency_MP (and _MSP, _AM, _MLA, _MEP): "Member of the Illinois
//     House of Representatives"; state with district is a Member of the United States House of
//     Representatives for "Illinois's 7th district", state with jr/sr a United States Senator.
//     The title splits into role and organisation at its first " of ": "President of the
//     United States" is the role "President" in the organisation "United States"; titles that
//     hold an "of" of their own (Secretary of State, Chief of Staff, …) keep it; " from X", or
//     " for X" after a legislature ("Member of Parliament for Woolwich"), is the qualifier. A title
//     without " of " is all role, and names its organisation when two or more capitalised words
//     stand before a role noun ("White House Counsel": White House); a secretary whose infobox
//     names the president belongs to the United States Department of State (Defense, …); "the
//     Finance Committee of the United States Senate" is the Finance Committee, part of the
//     United States Senate. order goes before the role ("16th President"); constituency,
//     riding or district is the qualifier; term_start and term_end (termstart, termend, or a
//     term range) give the dates, and "present" or "incumbent" an open end noted "incumbent";
//     predecessor, successor, president, primeminister, deputy and the like, and NblanknameM
//     with NnamedataM, go in the position's note.
//   - rank with branch (and serviceyears): a position for each rank, in the branch.
//   - party: a position "member" of each party, with the years the item brackets.
//   - spouse: a "married" event for each {{marriage}} with a date, and a "divorced" one when it
//     ends in divorce. Alma mater and the other fields stay in Document.Infobox only: the model
//     has no place for them.
//
// Each infobox fact's evidence is one model.Evidence with Section "infobox" and Sentence
// "infobox: FIELD = VALUE; FIELD = VALUE", naming the fields that state it and their text:
// {Section: "infobox", Sentence: "infobox: office3 = Member of the Illinois House of
// Representatives; term_start3 = 1834; term_end3 = 1842"}.
func Read(name string, src []byte, opts Options) (*model.Biography, error) {
	doc, err := Parse(src)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			e := *pe
			e.Name = name
			return nil, &e
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b, err := doc.biography(opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	prose.Extract(b)
	return b, nil
}

// facts builds a biography's infobox facts.
type facts struct {
	b  *model.Biography
	r  *renderer
	ib *Infobox
}

// biography builds the biography that the document's infobox and sections give, before prose
// extraction.
func (d *Document) biography(opts Options) (*model.Biography, error) {
	title := strings.TrimSpace(opts.Title)
	if title == "" {
		title = d.Title
	}
	person := personName(title)
	if person == "" {
		person = infoboxName(d.Infobox)
	}
	if person == "" && len(d.BoldNames) > 0 {
		person = d.BoldNames[0]
	}
	if person == "" {
		return nil, ErrNoName
	}
	b := &model.Biography{ID: model.Slug(person), Name: person, Sections: append([]model.Section(nil), d.Sections...)}
	if len(b.Sections) > 0 && b.Sections[0].Level == 1 {
		b.Sections[0].Title = title
		if title == "" {
			b.Sections[0].Title = person
		}
	}
	if d.Infobox != nil {
		f := &facts{b: b, r: &renderer{title: title}, ib: d.Infobox}
		f.names()
		b.Born = f.vital([]string{"birth_date", "birthdate", "born"}, []string{"birth_place", "birthplace"})
		b.Died = f.vital([]string{"death_date", "deathdate", "died"}, []string{"death_place", "deathplace"})
		f.nationality()
		f.occupations()
		f.offices()
		f.military()
		f.parties()
		f.marriages()
		if b.Born != nil && b.Died != nil && b.Died.Date.Before(b.Born.Date) {
			b.Died.Note = "the infobox's death date " + b.Died.Date.String() + " is before the birth"
			b.Died.Date = model.Date{}
		}
	}
	src := opts.Source
	if src.Title == "" {
		src.Title = title
		if src.Title == "" {
			src.Title = person
		}
	}
	if src.Publisher == "" {
		src.Publisher = "Wikipedia"
	}
	if src.License == "" {
		src.License = "CC BY-SA 4.0"
	}
	if src.URL == "" && title != "" {
		src.URL = articleURL(opts.Wiki, title)
	}
	b.Sources = append([]model.Source{src}, d.Sources...)
	return b, nil
}

// personName drops a disambiguation in brackets from an article title: "Lisa (rapper)".
func personName(title string) string {
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") {
		title = title[:i]
	}
	return strings.TrimSpace(title)
}

var brackets = lazyre.New(`\s*\([^()]*\)`)

// infoboxName returns the infobox's name field without a bracketed alias: "Hasan Ibn
// al-Haytham" for "Hasan Ibn al-Haytham<br/>(Alhazen)".
func infoboxName(ib *Infobox) string {
	f := ib.Field("name")
	if f == nil || len(f.Items) == 0 {
		return ""
	}
	return strings.TrimSpace(brackets.ReplaceAllString(f.Items[0], ""))
}

// evidence names the infobox fields that state a fact, with their text.
func evidence(pairs ...string) []model.Evidence {
	var parts []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			parts = append(parts, pairs[i]+" = "+pairs[i+1])
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return []model.Evidence{{Section: "infobox", Sentence: "infobox: " + strings.Join(parts, "; ")}}
}

func fieldEvidence(fields ...*Field) []model.Evidence {
	var pairs []string
	for _, f := range fields {
		if f != nil {
			pairs = append(pairs, f.Name, f.Value)
		}
	}
	return evidence(pairs...)
}

func (f *facts) field(names ...string) *Field {
	for _, n := range names {
		if fl := f.ib.Field(n); fl != nil {
			return fl
		}
	}
	return nil
}

func (f *facts) names() {
	b := f.b
	if bn := f.field("birth_name", "birthname"); bn != nil && len(bn.Items) > 0 {
		n := strings.TrimSpace(brackets.ReplaceAllString(bn.Items[0], ""))
		switch {
		case n == "" || n == b.Name:
		case prose.OtherScript(n):
			addUnique(&b.OtherNames, n)
		default:
			b.FullName = n
		}
	}
	for _, key := range []string{"native_name", "other_names", "othername", "other_name", "alias", "pseudonym"} {
		if fl := f.ib.Field(key); fl != nil {
			for _, it := range fl.Items {
				if it = strings.TrimSpace(brackets.ReplaceAllString(it, "")); it != "" && it != b.Name && it != b.FullName {
					addUnique(&b.OtherNames, it)
				}
			}
		}
	}
}

func (f *facts) vital(dateKeys, placeKeys []string) *model.Vital {
	df, pf := f.field(dateKeys...), f.field(placeKeys...)
	v := &model.Vital{}
	var used []*Field
	if df != nil {
		if d, ok := df.date(f.r); ok {
			v.Date = d
			used = append(used, df)
		}
	}
	if pf != nil {
		v.Place = pf.Value
		used = append(used, pf)
	}
	if len(used) == 0 {
		return nil
	}
	v.Evidence = fieldEvidence(used...)
	return v
}

var nationalitySplit = lazyre.New(`\s*(?:[/,;]|\band\b)\s*`)

func (f *facts) nationality() {
	fl := f.field("nationality")
	if fl == nil {
		return
	}
	for _, it := range fl.Items {
		for _, n := range nationalitySplit.Split(brackets.ReplaceAllString(it, ""), -1) {
			if n = strings.TrimSpace(n); n != "" {
				addUnique(&f.b.Nationality, n)
			}
		}
	}
}

var occupationSplit = lazyre.New(`\s*[,;]\s*`)

func (f *facts) occupations() {
	for _, key := range []string{"occupation", "occupations", "profession", "professions"} {
		fl := f.ib.Field(key)
		if fl == nil {
			continue
		}
		for _, it := range fl.Items {
			for _, o := range occupationSplit.Split(brackets.ReplaceAllString(it, ""), -1) {
				if o = lowerFirst(strings.TrimSpace(o)); o != "" {
					addUnique(&f.b.Occupations, o)
				}
			}
		}
	}
}

// lowerFirst writes an occupation as prose does, "Lawyer" as "lawyer", but leaves words with
// capitals inside ("YouTuber", "CEO") as they are.
func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return s
	}
	for _, r := range rs[1:] {
		if r == ' ' {
			break
		}
		if unicode.IsUpper(r) {
			return s
		}
	}
	return string(unicode.ToLower(rs[0])) + string(rs[1:])
}

// org returns the id of the organisation with the given name, adding it (and its parent) to the
// biography when it is new.
func (f *facts) org(name, parent string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	id := model.Slug(name)
	parentID := ""
	if parent != "" {
		if parentID = f.org(parent, ""); parentID == id {
			parentID = ""
		}
	}
	if o := f.b.Organization(id); o != nil {
		if o.PartOf == "" && parentID != "" && !f.within(parentID, id) {
			o.PartOf = parentID
		}
		return id
	}
	f.b.Organizations = append(f.b.Organizations, model.Organization{ID: id, Name: name, PartOf: parentID})
	return id
}

// within reports whether the organisation id is, or is part of, the organisation outer.
func (f *facts) within(id, outer string) bool {
	for seen := 0; id != "" && seen <= len(f.b.Organizations); seen++ {
		if id == outer {
			return true
		}
		o := f.b.Organization(id)
		if o == nil {
			return false
		}
		id = o.PartOf
	}
	return false
}

func (f *facts) addPosition(p model.Position) {
	if p.End.Before(p.Start) {
		p.Note = strings.TrimPrefix(p.Note+"; the infobox's end "+p.End.String()+" is before its start", "; ")
		p.End = model.Date{}
	}
	f.b.Positions = append(f.b.Positions, p)
}

func (f *facts) offices() {
	for _, g := range offices(f.ib) {
		p := g.place(f.r)
		if p.role == "" {
			continue
		}
		f.addPosition(model.Position{
			Role: p.role, Organization: f.org(p.org, p.parent), Qualifier: p.qualifier,
			Start: p.start, End: p.end, Note: p.note, Evidence: fieldEvidence(p.used...),
		})
	}
}

// military reads rank and branch: "Captain (April 21, 1832 – May 27, 1832)" in the Illinois
// Militia. A rank without dates takes the years of service when it is the only one; an item of
// more than four words outside its brackets is a note, not a rank.
func (f *facts) military() {
	rank := f.field("rank")
	if rank == nil {
		return
	}
	branch := f.field("branch")
	years := f.field("serviceyears", "service_years", "years_of_service", "yearsofservice")
	orgName := ""
	if branch != nil && len(branch.Items) > 0 {
		orgName = strings.TrimSpace(brackets.ReplaceAllString(branch.Items[0], ""))
	}
	for _, it := range rank.Items {
		role := strings.TrimSpace(brackets.ReplaceAllString(it, ""))
		if role == "" || len(strings.Fields(role)) > 4 {
			continue
		}
		var start, end model.Date
		var when []string
		if strings.Contains(it, "(") {
			start, end, _ = dateRange(it[strings.Index(it, "("):])
		}
		if start.IsZero() && len(rank.Items) == 1 && years != nil {
			start, end, _ = dateRange(years.Value)
			when = []string{years.Name, years.Value}
		}
		pairs := append([]string{rank.Name, it}, when...)
		if branch != nil {
			pairs = append(pairs, branch.Name, orgName)
		}
		f.addPosition(model.Position{Role: role, Organization: f.org(orgName, ""), Start: start, End: end, Evidence: evidence(pairs...)})
	}
}

// parties reads each party item, "Whig (1834–1854)", as membership of the party its link names
// ("Whig Party"), for the years in brackets.
func (f *facts) parties() {
	fl := f.field("party")
	if fl == nil {
		return
	}
	for i, it := range fl.Items {
		name := it
		if fl.links != nil {
			name = fl.links[i]
		}
		name = strings.TrimSpace(brackets.ReplaceAllString(name, ""))
		if name == "" {
			continue
		}
		var start, end model.Date
		if j := strings.Index(it, "("); j >= 0 {
			start, end, _ = dateRange(it[j:])
		}
		f.addPosition(model.Position{Role: "member", Organization: f.org(name, ""), Start: start, End: end,
			Evidence: evidence(fl.Name, it), Note: "party membership"})
	}
}

var divorce = lazyre.New(`(?i)\bdiv`)

// marriages reads {{marriage|Name|start|end|end=div.}} in the spouse field: a "married" event
// when the start is a date, and a "divorced" one when the marriage ended in divorce.
func (f *facts) marriages() {
	fl := f.field("spouse", "spouses")
	if fl == nil {
		return
	}
	walk(fl.nodes, func(n *node) bool {
		if n.kind != templateNode {
			return true
		}
		c := &call{r: f.r, n: n, name: templateName(f.r.plain(n.parts[0]))}
		if c.name != "marriage" && c.name != "married" {
			return true
		}
		c.args = templateArgs(n.parts)
		who, _ := inline(c.pos(1))
		who = tidy(who)
		text, _ := inline(marriage(c))
		ev := evidence(fl.Name, tidy(text))
		if start, ok := parseDateText(c.pos(2)); ok && who != "" {
			f.b.Events = append(f.b.Events, model.Event{Date: start, Kind: model.Married, Text: "Married " + who, Evidence: ev})
		}
		if end, ok := parseDateText(c.pos(3)); ok && who != "" && divorce.MatchString(c.str("end", "reason")) {
			f.b.Events = append(f.b.Events, model.Event{Date: end, Kind: model.Divorced, Text: "Divorced " + who, Evidence: ev})
		}
		return false
	})
}

func addUnique(list *[]string, s string) {
	for _, x := range *list {
		if x == s {
			return
		}
	}
	*list = append(*list, s)
}
