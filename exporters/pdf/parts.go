package pdf

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

// The sentences that stand in for a part with nothing to show.
const (
	noFacts     = "No key facts were found in this article."
	noPositions = "No positions were found in this article."
	notStated   = "not stated"
)

// render lays out the whole dossier, part by part.
func (d *document) render() {
	d.newPage()
	d.titleBlock()
	d.keyFacts()
	d.positions()
	d.events()
	d.article()
}

// titleBlock sets the name, the description, the full name and the life dates.
func (d *document) titleBlock() {
	d.block(d.name, styleName, false)
	if desc := clean(d.b.Description); desc != "" {
		d.advance(1)
		d.block(desc, styleDescription, false)
	}
	d.advance(1.5)
	if full := clean(d.b.FullName); full != "" {
		d.block(full, styleFullName, false)
	}
	if life := lifeLine(d.b); life != "" {
		d.block(life, styleLife, false)
	}
	d.advance(3)
	d.rule(d.f.GetY(), colorRule, 0.3)
	d.advance(6)
}

// lifeLine says when and where the person was born and died: "Born February 1944 in Andover."
func lifeLine(b *model.Biography) string {
	var parts []string
	if s := vitalPhrase("Born", b.Born); s != "" {
		parts = append(parts, s)
	}
	if s := vitalPhrase("died", b.Died); s != "" {
		if len(parts) == 0 {
			s = "Died" + strings.TrimPrefix(s, "died")
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "; ") + "."
}

// vitalPhrase is "Born c. 1843 in Gdańsk", "Born in the 1970s", "Born in Andover", or "".
func vitalPhrase(verb string, v *model.Vital) string {
	if v == nil {
		return ""
	}
	date, place := v.Date.Human(), clean(v.Place)
	s := verb
	switch {
	case strings.HasPrefix(date, "the "):
		s += " in " + date
	case date != "":
		s += " " + date
	}
	if place != "" {
		s += " in " + place
	}
	if s == verb {
		return ""
	}
	return s
}

// vitalFact is "February 1944, Andover" for the key facts.
func vitalFact(v *model.Vital) string {
	if v == nil {
		return ""
	}
	return joinNonEmpty(", ", v.Date.Human(), clean(v.Place))
}

// joinNonEmpty cleans the items and joins those that are not empty.
func joinNonEmpty(sep string, items ...string) string {
	var kept []string
	for _, s := range items {
		if s = clean(s); s != "" {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, sep)
}

// keyFacts sets the box of facts, one row per fact the biography states.
func (d *document) keyFacts() {
	b := d.b
	var sources []string
	for _, s := range b.Sources {
		sources = append(sources, sourceFact(s))
	}
	sourceLabel := "Source"
	if len(b.Sources) > 1 {
		sourceLabel = "Sources"
	}
	facts := [][2]string{
		{"Full name", clean(b.FullName)},
		{"Other names", joinNonEmpty("; ", b.OtherNames...)},
		{"Born", vitalFact(b.Born)},
		{"Died", vitalFact(b.Died)},
		{"Nationality", joinNonEmpty(", ", b.Nationality...)},
		{"Occupations", joinNonEmpty(", ", b.Occupations...)},
		{sourceLabel, joinNonEmpty("; ", sources...)},
	}
	var rows [][]cell
	for _, f := range facts {
		if f[1] != "" {
			rows = append(rows, []cell{{f[0], styleFactsLabel}, {f[1], styleTable}})
		}
	}
	t := table{columns: []column{{"", factsLabelW}, {"", contentWidth - factsLabelW}}, box: true}
	d.part("Key facts", t, rows, noFacts)
}

// part sets one of the fixed parts: a heading, then the table, or the sentence that says it is
// empty.
func (d *document) part(title string, t table, rows [][]cell, empty string) {
	next := d.tableStart(t, rows)
	if len(rows) == 0 {
		next = linesHeight(1, styleNote)
	}
	d.heading(title, stylePart, 0, next)
	if len(rows) == 0 {
		d.block(empty, styleNote, false)
		d.advance(tableGapAfter)
		return
	}
	d.drawTable(t, rows)
}

// positions sets the table of positions held, in the biography's order.
func (d *document) positions() {
	t := table{columns: []column{
		{"Role", 36}, {"Organisation", 58}, {"Qualifier", 24}, {"From", 26}, {"To", 26},
	}}
	var rows [][]cell
	for _, p := range d.b.Positions {
		rows = append(rows, []cell{
			{clean(p.Role), styleTable},
			{d.organization(p.Organization), styleTable},
			{clean(p.Qualifier), styleTable},
			dateCell(p.Start),
			dateCell(p.End),
		})
	}
	d.part("Positions", t, rows, noPositions)
}

// events sets the chronology of events, earliest first, when there are any.
func (d *document) events() {
	if len(d.b.Events) == 0 {
		return
	}
	evs := slices.Clone(d.b.Events)
	slices.SortStableFunc(evs, func(a, b model.Event) int { return model.Compare(a.Date, b.Date) })
	t := table{columns: []column{{"Date", 32}, {"Event", 30}, {"Description", contentWidth - 62}}}
	var rows [][]cell
	for _, e := range evs {
		text := clean(e.Text)
		if text == "" {
			text = d.organization(e.Organization)
		}
		rows = append(rows, []cell{dateCell(e.Date), {kindLabel(e.Kind), styleTable}, {text, styleTable}})
	}
	d.part("Events", t, rows, "")
}

// organization names an organisation with the body it is part of:
// "National Executive Committee (Labour Party)".
func (d *document) organization(id string) string {
	name := clean(d.b.OrganizationName(id))
	if o := d.b.Organization(id); o != nil && o.PartOf != "" {
		if parent := clean(d.b.OrganizationName(o.PartOf)); parent != "" && parent != name {
			return name + " (" + parent + ")"
		}
	}
	return name
}

// dateCell shows a date as a reader says it, or "not stated" in a muted style.
func dateCell(date model.Date) cell {
	if date.IsZero() {
		return cell{notStated, styleTableMuted}
	}
	return cell{date.Human(), styleTable}
}

// kindLabel turns an event kind into words: "sworn_in" is "Sworn in".
func kindLabel(k model.EventKind) string {
	s := clean(strings.ReplaceAll(string(k), "_", " "))
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// article sets every section of the article in order. The lead (level 1) is headed by the article's
// title in the style of the fixed parts; deeper levels get smaller headings. Outline levels follow
// the section levels but never skip one, so an outline stays well formed whatever the levels.
func (d *document) article() {
	prev := -1
	for _, s := range d.b.Sections {
		level := min(max(s.Level-1, 0), prev+1)
		prev = level
		title := clean(s.Title)
		if title == "" {
			title = "Untitled section"
			if s.Level <= 1 {
				title = "Article"
			}
		}
		var paragraphs []string
		for _, p := range s.Paragraphs {
			if p = clean(p); p != "" {
				paragraphs = append(paragraphs, p)
			}
		}
		next := 0.0
		if len(paragraphs) > 0 {
			n := len(d.wrapIn(paragraphs[0], styleBody, contentWidth))
			next = linesHeight(min(n, keepLines), styleBody)
		}
		d.heading(title, headingStyle(s.Level), level, next)
		for _, p := range paragraphs {
			d.block(p, styleBody, true)
			d.advance(paragraphGap)
		}
	}
}

// sourceFact names a source for the key facts: “Title”, publisher (licence). The footer of page 1
// credits it in full.
func sourceFact(s model.Source) string {
	title := clean(s.Title)
	if title != "" {
		title = "“" + title + "”"
	}
	line := joinNonEmpty(", ", title, s.Publisher)
	if license := clean(s.License); license != "" {
		if line == "" {
			return license
		}
		line += " (" + license + ")"
	}
	return line
}

// attributionWords credits a source as its licence asks, with its URL as a link:
// Source: “Title”, author, publisher, URL, licence. Note.
func attributionWords(s model.Source) []word {
	title := clean(s.Title)
	if title != "" {
		title = "“" + title + "”"
	}
	url := clean(s.URL)
	note := clean(s.Note)
	ws := []word{{"Source:", ""}}
	parts := 0
	add := func(text, link string) {
		if text == "" {
			return
		}
		if parts > 0 {
			ws[len(ws)-1].text += ","
		}
		ws = append(ws, words(text, link)...)
		parts++
	}
	add(joinNonEmpty(", ", title, s.Author, s.Publisher), "")
	add(url, linkTarget(url))
	add(clean(s.License), "")
	if parts > 0 {
		ws[len(ws)-1].text += "."
	}
	ws = append(ws, words(note, "")...)
	if len(ws) == 1 {
		return nil
	}
	return ws
}
