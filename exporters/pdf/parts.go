package pdf

import (
	"slices"
	"strconv"
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
	tl := d.timelineData()
	d.planContents(tl)
	d.newPage()
	d.titleBlock()
	d.contents()
	d.keyFacts()
	d.timeline(tl)
	d.positions()
	d.events()
	d.article()
	d.sourcesPart()
}

// planContents lists the headings the table of contents links to, before any is set.
func (d *document) planContents(tl *timelineData) {
	d.addTOC("Key facts", 0)
	if tl != nil {
		d.addTOC(timelineTitle, 0)
	}
	d.addTOC("Positions", 0)
	if len(d.b.Events) > 0 {
		d.addTOC("Events", 0)
	}
	d.sectionTOC = make([]int, len(d.b.Sections))
	for i, s := range d.b.Sections {
		d.sectionTOC[i] = -1
		if s.Level <= tocMaxLevel {
			d.sectionTOC[i] = d.addTOC(sectionTitle(s), max(0, min(s.Level-1, 1)))
		}
	}
	if len(d.b.Sources) > 0 || d.hasEvidence() {
		d.addTOC(sourcesTitle, 0)
	}
}

// hasEvidence reports whether any position or event states its evidence.
func (d *document) hasEvidence() bool {
	for _, p := range d.b.Positions {
		if len(p.Evidence) > 0 {
			return true
		}
	}
	for _, e := range d.b.Events {
		if len(e.Evidence) > 0 {
			return true
		}
	}
	return false
}

// sectionTitle is a section's cleaned title, or what stands in for a missing one.
func sectionTitle(s model.Section) string {
	title := clean(s.Title)
	if title == "" {
		title = "Untitled section"
		if s.Level <= 1 {
			title = "Article"
		}
	}
	return title
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
	line := strings.Join(parts, "; ")
	if !strings.HasSuffix(line, ".") { // "… Washington, D.C., U.S." ends its sentence already
		line += "."
	}
	return line
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
	// The article is the first source; its references are listed in "Sources and evidence".
	var sources []string
	for _, s := range b.Sources[:min(len(b.Sources), 1)] {
		sources = append(sources, sourceFact(s))
	}
	sourceLabel := "Source"
	if n := len(b.Sources) - 1; n > 0 {
		sources = append(sources, plural(n, "reference", "references")+", listed under "+sourcesTitle)
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
			rows = append(rows, []cell{{f[0], styleFactsLabel, nil}, {f[1], styleTable, nil}})
		}
	}
	labelW := min(factsLabelW*d.look.scale, d.contentW/3)
	t := table{columns: []column{{"", labelW}, {"", d.contentW - labelW}}, box: true}
	d.part("Key facts", t, rows, noFacts)
}

// part sets one of the fixed parts: a heading, then the table, or the sentence that says it is
// empty.
func (d *document) part(title string, t table, rows [][]cell, empty string) {
	next := d.tableStart(t, rows)
	if len(rows) == 0 {
		next = d.linesHeight(1, styleNote)
	}
	d.heading(title, stylePart, 0, next, d.tocIndex(title))
	if len(rows) == 0 {
		d.block(empty, styleNote, false)
		d.advance(tableGapAfter)
		return
	}
	d.drawTable(t, rows)
}

// positions sets the table of positions held, in the biography's order.
func (d *document) positions() {
	refs := d.hasEvidence()
	t := table{columns: d.columns(refs, []column{
		{"Role", 0.22}, {"Organisation", 0.33}, {"Qualifier", 0.15}, {"From", 0.15}, {"To", 0.15},
	})}
	var rows [][]cell
	for _, p := range d.b.Positions {
		role := clean(p.Role)
		if note := clean(p.Note); note != "" {
			role += " (" + note + ")"
		}
		row := []cell{
			{role, styleTable, nil},
			{d.organization(p.Organization), styleTable, nil},
			{clean(p.Qualifier), styleTable, nil},
			dateCell(p.Start),
			dateCell(p.End),
		}
		if refs {
			row = append(row, refCell(d.cite(p.Evidence)))
		}
		rows = append(rows, row)
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
	refs := d.hasEvidence()
	t := table{columns: d.columns(refs, []column{{"Date", 0.19}, {"Event", 0.17}, {"Description", 0.64}})}
	var rows [][]cell
	for _, e := range evs {
		text := clean(e.Text)
		if text == "" {
			text = d.organization(e.Organization)
		}
		if note := clean(e.Note); note != "" {
			text += " (" + note + ")"
		}
		row := []cell{dateCell(e.Date), {kindLabel(e.Kind), styleTable, nil}, {text, styleTable, nil}}
		if refs {
			row = append(row, refCell(d.cite(e.Evidence)))
		}
		rows = append(rows, row)
	}
	d.part("Events", t, rows, "")
}

// columns turns shares of the column into widths, leaving room for a column of reference marks
// when refs is set.
func (d *document) columns(refs bool, shares []column) []column {
	w := d.contentW
	out := make([]column, 0, len(shares)+1)
	refW := 0.0
	if refs {
		d.use(styleRef)
		refW = d.width("[00] [00]") + 2*cellPadX
		w -= refW
	}
	for _, c := range shares {
		out = append(out, column{c.title, c.width * w})
	}
	if refs {
		out = append(out, column{"Ref.", refW})
	}
	return out
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
		return cell{notStated, styleTableMuted, nil}
	}
	return cell{date.Human(), styleTable, nil}
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
	for si, s := range d.b.Sections {
		level := min(max(s.Level-1, 0), prev+1)
		prev = level
		title := sectionTitle(s)
		var paragraphs []string
		for _, p := range s.Paragraphs {
			if p = clean(p); p != "" {
				paragraphs = append(paragraphs, p)
			}
		}
		next := 0.0
		if len(paragraphs) > 0 {
			n := len(d.wrapIn(paragraphs[0], styleBody, d.contentW))
			next = d.linesHeight(min(n, keepLines), styleBody)
		}
		d.heading(title, headingStyle(s.Level), level, next, d.sectionTOC[si])
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
	ws := citationWords(s, false)
	if len(ws) == 0 {
		return nil
	}
	return append([]word{{"Source:", ""}}, ws...)
}

// plural is "1 reference" or "12 references".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
