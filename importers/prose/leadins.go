package prose

import (
	"fmt"

	"github.com/vita-project/vita/model"
)

// This file carries a date across a sentence boundary. A biography often dates an event in one
// sentence and states the position it led to in the next, without a date of its own:
//
//	When the war broke out in 1950, he enlisted in the Navy. He served as a radio officer, …
//	In 1982 the union merged into the General Workers' Union. He was appointed secretary of the
//	GWU's new textile group.
//
// The position then starts at the date of that event, but only where the event leads into the very
// body the position is in. Any other date of the sentence before (an appointment to another
// commission, the year in the name of a law, a body the person never belonged to) says nothing
// about when the position began, and is not carried over.

// A leadIn is a dated statement that brings the person into a body: an entry of the person's own
// ("enlisted in the Navy in 1950", "joined the Evening Herald in 1970"), or a merger of a body the
// person belonged to into another ("the union merged into the GWU in 1982"), or a campaign that the
// text calls successful ("His second campaign in 1834 was successful").
type leadIn struct {
	kind leadKind
	noun string // what it is, for notes: "enlistment", "merger"
	org  *org   // the body entered; nil for a campaign
	date model.Date
	ev   Sentence
}

type leadKind int

const (
	leadEntry    leadKind = iota + 1 // the person joined or enlisted in a body
	leadMerger                       // a body the person belonged to merged into another
	leadCampaign                     // the person's campaign for office succeeded
)

// entryKinds are the events that bring the person into the body they name, with their nouns. An
// election or an appointment to a body is left out: it makes the person a member, and an office
// they hold in the body after it is a step of its own ("elected to the council in 1990. He served as
// its leader" does not say when the leadership began).
var entryKinds = map[model.EventKind]string{model.Joined: "joining", model.Enlisted: "enlistment"}

// mergeVerbs make one body part of another: "merged into", "was absorbed into", "amalgamated into",
// "was incorporated into".
var mergeVerbs = wordSet(`merge merged merges merging amalgamate amalgamated amalgamating absorbed
incorporated folded subsumed integrated`)

// sequenceWords say that a clause happened after what came before it, so it does not share the
// sentence before's date: "He later served as …", "He was subsequently appointed …".
var sequenceWords = wordSet(`later subsequently eventually afterwards afterward thereafter then again
finally next`)

// campaignNouns and successWords make a successful campaign: "His second campaign in 1834 was
// successful", "her bid for the seat in 1990 succeeded"; failWords undo it.
var (
	campaignNouns = wordSet(`campaign run bid candidacy candidature race`)
	successWords  = wordSet(`successful succeeded succeeds won victorious`)
	failWords     = wordSet(`unsuccessful failed fails lost not never defeated`)
)

// entryLead records an event of the person's that brings them into the body it names, when it is
// dated; obj is the body named as its object, never one assumed from the context.
func (r *factReader) entryLead(s Sentence, kind model.EventKind, obj *org, date model.Date) {
	if noun := entryKinds[kind]; noun != "" && obj != nil && !date.IsZero() {
		r.leads = append(r.leads, leadIn{kind: leadEntry, noun: noun, org: obj, date: date, ev: s})
	}
}

// otherLeads reads, in a clause of any subject, a merger of one of the person's bodies into another
// ("the union decided to merge into the GWU in 1982") and a successful campaign of the person's
// ("His second campaign in 1834 was successful"); the person's own entries are read as events.
func (r *factReader) otherLeads(s Sentence, toks []token, spans []orgSpan, c *clause) {
	if len(c.timexes) == 0 {
		return
	}
	for i := c.from; i < c.to; i++ {
		w := toks[i].text // the verbs and nouns looked for stand in lower case after their subject
		switch {
		case mergeVerbs[w]:
			// the body that merges is the one named last, a few words before the verb: "the union
			// decided to merge", "the union was later absorbed"; it must be one of the person's
			var subject *orgSpan
			for k := range spans {
				if sp := &spans[k]; sp.from >= c.from && sp.to <= i && sp.to >= i-4 {
					subject = sp
				}
			}
			if subject == nil || !r.heldIn(subject.org) {
				continue
			}
			for _, sp := range spans {
				if sp.from > i && sp.from <= i+maxLinked && sp.org != subject.org && linked(toks[i+1:sp.from]) &&
					hasWord(toks[i+1:sp.from], "into") {
					if d := nearestOf(toks, c.timexes, i, false); !d.IsZero() {
						r.leads = append(r.leads, leadIn{kind: leadMerger, noun: "merger", org: possessed(toks, spans, sp), date: d, ev: s})
					}
					break
				}
			}
		case campaignNouns[w] && r.personPossessor(toks, c.from, i) && successfulClause(toks, c):
			if d := nearestOf(toks, c.timexes, i, false); !d.IsZero() {
				r.leads = append(r.leads, leadIn{kind: leadCampaign, noun: "campaign", date: d, ev: s})
			}
		}
	}
}

// personPossessor reports whether the noun at toks[i] is the person's: "his second campaign",
// "her first campaign", "Lund's bid".
func (r *factReader) personPossessor(toks []token, from, i int) bool {
	for k := i - 1; k >= from && k >= i-3; k-- {
		t := toks[k].text
		switch {
		case lower(t) == "his" && r.names["he"], lower(t) == "her" && r.names["she"]:
			return true
		case isPossessive(t):
			return k > from && r.names[toks[k-1].text]
		case !isWordRune([]rune(t)[0]) || isVerbLike(lower(t)):
			return false
		}
	}
	return false
}

// successfulClause reports whether a clause says that something succeeded, and nothing that it
// failed.
func successfulClause(toks []token, c *clause) bool {
	ok := false
	for _, t := range toks[c.from:c.to] {
		w := lower(t.text)
		if failWords[w] {
			return false
		}
		ok = ok || successWords[w]
	}
	return ok
}

// heldIn reports whether the person has held a position in body o, or in a part of it, so far.
func (r *factReader) heldIn(o *org) bool {
	for _, m := range r.mentions {
		if partOf(m.org, o) {
			return true
		}
	}
	return false
}

// partOf reports whether body o is body whole or one of its parts.
func partOf(o, whole *org) bool {
	for ; o != nil; o = o.parent {
		if o == whole {
			return true
		}
	}
	return false
}

func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if lower(t.text) == w {
			return true
		}
	}
	return false
}

// datedByLead returns the event of the sentence before that a clause stating no date of its own
// continues, for a position or an event the clause states. A position inherits
//   - from a merger of a body the person belonged to into another, when it is in that body or one
//     of its parts and the clause puts the person into it or says they served in it ("He was
//     appointed secretary of the GWU's new textile group");
//   - from an entry of the person's into a body, when the clause says they served in that same body
//     ("He served as a radio officer"): the service the entry began. An appointment or election in
//     a body entered before is an act of its own, with a time of its own.
//
// An election inherits from a campaign the sentence before calls successful. Nothing inherits
// across a paragraph, from further back, or into a clause that places itself later ("He later
// served as …").
func (r *factReader) datedByLead(toks []token, c *clause, cue cueKind, o *org, elected bool) *leadIn {
	if len(c.timexes) > 0 || len(r.prevLeads) == 0 {
		return nil
	}
	for _, t := range toks[c.from:c.to] {
		if sequenceWords[lower(t.text)] {
			return nil
		}
	}
	for k := len(r.prevLeads) - 1; k >= 0; k-- {
		l := &r.prevLeads[k]
		switch {
		case elected && l.kind == leadCampaign,
			!elected && l.kind == leadMerger && o != nil && partOf(o, l.org) && (cue == cueStart || cue == cueSelection || cue == cueServe),
			!elected && l.kind == leadEntry && o != nil && o == l.org && cue == cueServe:
			return l
		}
	}
	return nil
}

// note says where a date carried over comes from: "start from the merger of 1982 that the sentence
// before states".
func (l *leadIn) note(what string) string {
	return fmt.Sprintf("%s from the %s of %s that the sentence before states", what, l.noun, l.date.Human())
}
