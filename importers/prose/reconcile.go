package prose

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/vita-project/vita/model"
)

// closingKinds end a tenure when they name its body: a suspension from the party ends a seat on its
// executive.
var closingKinds = map[model.EventKind]bool{model.Resigned: true, model.Retired: true,
	model.Left: true, model.Suspended: true, model.Expelled: true, model.Defeated: true}

// endingNouns name the events that end a tenure, for notes: "ended by the suspension of May 2019".
var endingNouns = map[model.EventKind]string{model.Resigned: "resignation", model.Retired: "retirement",
	model.Left: "departure", model.Suspended: "suspension", model.Expelled: "expulsion", model.Defeated: "defeat"}

// A spell is one continuous tenure of a role, built from the mentions that state it.
type spell struct {
	role, qualifier string
	org             *org
	start, end      model.Date
	evidence        []model.Evidence
	notes           []string
	first           int // the seq of its first mention, for a stable order
}

// finish reconciles the mentions and events into the biography's positions, events and
// organisations: repeated mentions of one tenure merge, a stated gap starts a new spell, events
// that end a tenure close it, and where the text gives one event two dates the more precise is
// kept and the other noted.
func (r *factReader) finish(b *model.Biography) {
	events := r.mergeEvents()
	spells := r.spells(events)
	used := map[*org]bool{}
	for _, sp := range spells {
		markUsed(sp.org, used)
	}
	for _, e := range events {
		markUsed(e.org, used)
	}
	orgs, ids := r.reg.model(used)
	ids = mergeOrganizations(b, orgs, ids)
	given := len(b.Positions) // from an infobox: the prose's positions merge into these only
	for _, sp := range spells {
		p := model.Position{
			Role: sp.role, Organization: ids[sp.org], Qualifier: sp.qualifier, Start: sp.start, End: sp.end,
			Evidence: sp.evidence, Note: strings.Join(sp.notes, "; "),
		}
		if !mergePosition(b.Positions[:given], p) {
			b.Positions = append(b.Positions, p)
		}
	}
	for _, e := range events {
		ev, note := []model.Evidence{{Section: e.ev.Section, Sentence: e.ev.Text}}, e.note
		if e.lead != nil {
			// the date is the one the sentence before gives: that sentence is evidence too
			ev, note = addEvidence(ev, e.lead.ev), joinNote(note, e.lead.note("date"))
		}
		b.Events = append(b.Events, model.Event{Date: e.date, Kind: e.kind, Organization: ids[e.org],
			Text: e.text, Evidence: ev, Note: note})
	}
	for k := range b.Events {
		if e := &b.Events[k]; e.Kind == model.Died && e.Date.IsZero() && b.Died != nil {
			e.Date = b.Died.Date // "He died at 7:22 the next morning": the day the article gives
		}
	}
	if b.Died != nil && !b.Died.Date.IsZero() && !hasKind(b.Events, model.Died) {
		b.Events = append(b.Events, model.Event{Date: b.Died.Date, Kind: model.Died, Text: "Died",
			Evidence: b.Died.Evidence})
	}
	sort.SliceStable(b.Events, func(i, j int) bool { return model.Compare(b.Events[i].Date, b.Events[j].Date) < 0 })
}

// mergeOrganizations adds the organisations the prose names to those the biography already has
// (from an infobox, say): one the biography names already, by name or acronym, keeps its id; a new
// one gets an id no other has. It returns the ids to use.
func mergeOrganizations(b *model.Biography, orgs []model.Organization, ids map[*org]string) map[*org]string {
	if len(b.Organizations) == 0 {
		b.Organizations = orgs
		return ids
	}
	rename := map[string]string{}
	taken := map[string]bool{}
	byName := map[string]string{}
	for _, o := range b.Organizations {
		taken[o.ID] = true
		byName[normName(o.Name)] = o.ID
		if o.Acronym != "" {
			byName[lower(o.Acronym)] = o.ID
		}
	}
	for _, o := range orgs {
		if id, ok := byName[normName(o.Name)]; ok {
			rename[o.ID] = id
			continue
		}
		id := o.ID
		for n := 2; taken[id]; n++ {
			id = o.ID + "-" + itoa(n)
		}
		taken[id] = true
		rename[o.ID] = id
		o.ID = id
		if o.PartOf != "" {
			o.PartOf = rename[o.PartOf]
		}
		b.Organizations = append(b.Organizations, o)
	}
	out := map[*org]string{}
	for o, id := range ids {
		out[o] = rename[id]
	}
	return out
}

// mergePosition folds a position read from prose into one the biography already holds for the same
// role in the same body (from an infobox, which is the more reliable): the prose adds its evidence,
// and where its dates differ they are noted, never taken silently. It reports whether it merged.
func mergePosition(given []model.Position, p model.Position) bool {
	for k := range given {
		q := &given[k]
		if q.Organization != p.Organization || p.Organization == "" || !sameRole(q.Role, p.Role) {
			continue
		}
		if !p.Start.IsZero() && !q.Start.IsZero() && !(q.Start.Contains(p.Start) || p.Start.Contains(q.Start)) &&
			!(p.Start.Year >= q.Start.Year-1 && p.Start.Year <= q.Start.Year) {
			continue // another spell; an election the year before the term begins is the same one
		}
		for _, e := range p.Evidence {
			if !hasEvidence(q.Evidence, e.Sentence) {
				q.Evidence = append(q.Evidence, e)
			}
		}
		var differ []string
		if !p.Start.IsZero() && p.Start != q.Start && !q.Start.Contains(p.Start) {
			differ = append(differ, "start "+p.Start.Human())
		}
		if !p.End.IsZero() && p.End != q.End && !q.End.Contains(p.End) {
			differ = append(differ, "end "+p.End.Human())
		}
		if len(differ) > 0 {
			q.Note = joinNote(q.Note, "the article's text gives "+strings.Join(differ, " and "))
		}
		return true
	}
	return false
}

// sameRole reports whether two role names name one role: equal, or one the other's last words
// ("President" and "16th President").
func sameRole(a, b string) bool {
	a, b = normRole(a), normRole(b)
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

func markUsed(o *org, used map[*org]bool) {
	for ; o != nil && !used[o]; o = o.parent {
		used[o] = true
	}
}

func hasKind(es []model.Event, k model.EventKind) bool {
	for _, e := range es {
		if e.Kind == k {
			return true
		}
	}
	return false
}

// mergeEvents joins the mentions of one event: the same kind, the same body (or none), and dates
// that agree (one contains the other, as "late 2022" contains "November 2022"). The more precise
// date is kept; a different wording of it is noted.
func (r *factReader) mergeEvents() []rawEvent {
	var out []rawEvent
next:
	for _, e := range r.events {
		for k := range out {
			o := &out[k]
			if o.kind != e.kind || (o.org != nil && e.org != nil && o.org != e.org) {
				continue
			}
			switch {
			case o.date.IsZero() && e.date.IsZero():
			case o.date.IsZero() || e.date.IsZero():
				if e.kind == model.Elected || e.kind == model.Reelected || e.kind == model.Appointed || e.kind == model.Joined {
					continue // a dateless election may be another one
				}
			case !(o.date.Contains(e.date) || e.date.Contains(o.date)):
				continue
			}
			if o.org == nil {
				o.org = e.org
			}
			keep, other := o.date, e.date
			if e.date.Precision > o.date.Precision || (e.date.Precision == o.date.Precision && o.date.Approximate && !e.date.Approximate) || o.date.IsZero() {
				keep, other = e.date, o.date
				o.text = e.text
			}
			if !other.IsZero() && other != keep {
				o.note = joinNote(o.note, fmt.Sprintf("also stated as %s (%s: %q)", other.Human(), e.ev.Section, e.ev.Text))
			}
			if keep == e.date && (keep != o.date || e.lead == nil) {
				o.lead = e.lead // the date kept is e's; a mention that states it beats one carried over
			}
			o.date = keep
			o.extra = append(o.extra, e.ev)
			continue next
		}
		out = append(out, e)
	}
	return out
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// spells groups the mentions by role, body and qualifier and builds the tenures of each.
func (r *factReader) spells(events []rawEvent) []spell {
	type key struct {
		role, qualifier string
		org             *org
	}
	groups := map[key][]mention{}
	var order []key
	for _, m := range r.mentions {
		k := key{normRole(m.role), lower(m.qualifier), m.org}
		if _, seen := groups[k]; !seen {
			order = append(order, k)
		}
		groups[k] = append(groups[k], m)
	}
	// a mention without a qualifier belongs to the one qualified tenure of the same role and body
	for _, k := range order {
		if k.qualifier != "" {
			continue
		}
		var qualified []key
		for _, q := range order {
			if q.qualifier != "" && q.role == k.role && q.org == k.org {
				qualified = append(qualified, q)
			}
		}
		if len(qualified) == 1 {
			groups[qualified[0]] = append(groups[qualified[0]], groups[k]...)
			delete(groups, k)
		}
	}
	// a mention without a complement belongs to the one tenure of the same role, body and qualifier
	// that has one ("became counsel to the president" and "served as counsel from 1965 to 1969"); the
	// tenure it falls in takes the fuller name (see tenures)
	for _, k := range order {
		if groups[k] == nil || roleHeadWord(k.role) != lastWord(k.role) {
			continue
		}
		var fuller []key
		for _, q := range order {
			if groups[q] != nil && q.org == k.org && q.qualifier == k.qualifier && extends(q.role, k.role) {
				fuller = append(fuller, q)
			}
		}
		if len(fuller) == 1 && !startsBefore(groups[k], groups[fuller[0]]) {
			groups[fuller[0]] = append(groups[fuller[0]], groups[k]...)
			delete(groups, k)
		}
	}
	// a mention without a body belongs to the one tenure of the same role that has one ("was elected
	// president in 1860" and "the 16th president of the United States"); a head role without a body
	// names none worth a row of its own
	for _, k := range order {
		if k.org != nil || groups[k] == nil {
			continue
		}
		var owner []key
		for _, q := range order {
			if q.org != nil && groups[q] != nil && sameRole(q.role, k.role) {
				owner = append(owner, q)
			}
		}
		switch {
		case len(owner) == 1:
			o := groups[owner[0]][0]
			for _, m := range groups[k] {
				m.org, m.role, m.qualifier = o.org, o.role, o.qualifier
				groups[owner[0]] = append(groups[owner[0]], m)
			}
			delete(groups, k)
		case headRoles[roleHeadWord(k.role)]:
			delete(groups, k)
		}
	}
	var out []spell
	for _, k := range order {
		ms, ok := groups[k]
		if !ok {
			continue
		}
		out = append(out, tenures(ms, events)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if c := model.Compare(out[i].start, out[j].start); c != 0 {
			return c < 0
		}
		return out[i].first < out[j].first
	})
	return out
}

// normRole is a role's key: lower case, singular.
func normRole(role string) string {
	r := lower(role)
	if strings.HasSuffix(r, "members") {
		r = strings.TrimSuffix(r, "s")
	}
	return r
}

// tenures builds the spells of one role in one body from its mentions, in date order: a dated
// mention continues the open spell unless an event between them (a lost seat, a failed election,
// a resignation) marks a gap; mentions without dates add their evidence to the last spell; events
// that end a tenure close the spell they fall in.
func tenures(ms []mention, events []rawEvent) []spell {
	var dated, dateless []mention
	for _, m := range ms {
		if m.start.IsZero() && m.end.IsZero() {
			dateless = append(dateless, m)
		} else {
			dated = append(dated, m)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return model.Compare(firstDate(dated[i]), firstDate(dated[j])) < 0 })
	var out []spell
	for _, m := range dated {
		if n := len(out); n > 0 && continues(&out[n-1], m, events) {
			s := &out[n-1]
			if s.start.IsZero() || (!m.start.IsZero() && m.start.Before(s.start)) {
				s.start = m.start
			}
			if !m.end.IsZero() && (s.end.IsZero() || s.end.Before(m.end)) {
				s.end = m.end
			}
			s.evidence = addEvidence(s.evidence, m.ev)
			s.leadFrom(m)
			s.fullerRole(m.role)
			continue
		}
		out = append(out, spell{role: m.role, qualifier: m.qualifier, org: m.org, start: m.start, end: m.end,
			evidence: addEvidence(nil, m.ev), first: m.seq})
		out[len(out)-1].leadFrom(m)
	}
	if len(out) == 0 && len(dateless) > 0 {
		m := dateless[0]
		out = append(out, spell{role: m.role, qualifier: m.qualifier, org: m.org, first: m.seq})
	}
	for _, m := range dateless {
		s := &out[len(out)-1]
		s.evidence = addEvidence(s.evidence, m.ev)
		s.fullerRole(m.role)
		if s.qualifier == "" {
			s.qualifier = m.qualifier
		}
	}
	org := ms[0].org
	for k := range out {
		s := &out[k]
		if !s.end.IsZero() || s.start.IsZero() || org == nil {
			continue
		}
		for _, e := range events {
			if !e.closes || e.date.IsZero() || !e.names(org) || e.date.Before(s.start) ||
				(len(e.roles) > 0 && !slices.Contains(e.roles, normRole(s.role))) {
				continue
			}
			if k+1 < len(out) && !e.date.Before(out[k+1].start) {
				continue // the event falls in a later spell
			}
			s.end = e.date
			s.evidence = addEvidence(s.evidence, e.ev)
			s.notes = append(s.notes, fmt.Sprintf("ended by the %s of %s", endingNouns[e.kind], e.date.Human()))
			break
		}
	}
	return out
}

// startsBefore reports whether one of the mentions ms starts before all of the mentions of: "was
// appointed as spokesperson in 1990" is not the tenure of "spokesperson for health" from 1992.
func startsBefore(ms, of []mention) bool {
	var first model.Date
	for _, m := range of {
		if !m.start.IsZero() && (first.IsZero() || m.start.Before(first)) {
			first = m.start
		}
	}
	for _, m := range ms {
		if !m.start.IsZero() && !first.IsZero() && m.start.Before(first) && !m.start.Contains(first) {
			return true
		}
	}
	return false
}

// fullerRole names the spell by a mention's role when that is the spell's with a complement: "counsel
// to the president" for "counsel".
func (s *spell) fullerRole(role string) {
	if extends(normRole(role), normRole(s.role)) {
		s.role = role
	}
}

// extends reports whether role a is role b with a complement: "counsel to the president" extends
// "counsel".
func extends(a, b string) bool {
	rest, ok := strings.CutPrefix(a, b+" ")
	return ok && complementPrepsOfRoles[strings.SplitN(rest, " ", 2)[0]]
}

// leadFrom adds, when the spell's start is the one mention m carries over from the sentence before
// it, that sentence to the evidence and a note that says so.
func (s *spell) leadFrom(m mention) {
	if m.lead == nil || s.start != m.start {
		return
	}
	s.evidence = addEvidence(s.evidence, m.lead.ev)
	s.notes = append(s.notes, m.lead.note("start"))
}

func firstDate(m mention) model.Date {
	if m.start.IsZero() {
		return m.end
	}
	return m.start
}

// continues reports whether mention m belongs to spell s: it starts within it or while it is open,
// and no event between them marks a gap.
func continues(s *spell, m mention, events []rawEvent) bool {
	mStart := firstDate(m)
	if s.start.IsZero() {
		return true
	}
	if !s.end.IsZero() && s.end.Before(mStart) {
		return false
	}
	for _, e := range events {
		if e.kind == model.Defeated || e.kind == model.Resigned || e.kind == model.Left || e.kind == model.Expelled || e.kind == model.Suspended {
			if !e.date.IsZero() && s.start.Before(e.date) && e.date.Before(mStart) && e.names(s.org) {
				if e.closes && s.end.IsZero() {
					s.end = e.date
					s.evidence = addEvidence(s.evidence, e.ev)
				}
				return false
			}
		}
	}
	return true
}

// names reports whether the event names the body o itself: a suspension from a party ends a seat
// on its executive only where the text says so ("suspended from the Labour Party and the NEC").
func (e rawEvent) names(o *org) bool {
	for _, eo := range append([]*org{e.org}, e.orgs...) {
		if eo != nil && eo == o {
			return true
		}
	}
	return false
}

func addEvidence(ev []model.Evidence, s Sentence) []model.Evidence {
	for _, e := range ev {
		if e.Sentence == s.Text {
			return ev
		}
	}
	return append(ev, model.Evidence{Section: s.Section, Sentence: s.Text})
}
