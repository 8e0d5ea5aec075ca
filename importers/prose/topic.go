package prose

import (
	"strings"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

// This file decides when a role that names no body belongs to a body the text names elsewhere: the
// body the text is about (the topic), or one an earlier verb of the clause names. A reader accepts
//
//	He joined the Dyers Union in 1940. He was chosen as a shop steward in 1944.
//	She was elected to the Harbour Board in 1980 and was appointed as treasurer in 1985.
//
// but not
//
//	She was elected to the party's executive in 1990. In 1995 she was appointed as ambassador to Canada.
//	She was elected to the Town Council in 1980. She worked as a lawyer.
//
// So a role takes such a body only when it is an office of that kind of body (a steward of a union,
// a treasurer of any body, a lecturer of a university, but a lawyer, a teacher or an ambassador of no
// party or council), when it has no complement of its own ("ambassador to Canada", "minister of
// finance", "professor at Yale", "clerk in Malta"), when its own words name no other kind of body
// ("a police officer"), and when the text was about the body in the same sentence or the one
// before, in the same paragraph. Explicit references back ("the party's treasurer", "its
// secretary", "the committee") are names, read in orgs.go and roleOrg, and need none of this.

// setTopic makes o the body the text is about, as of the current sentence.
func (r *factReader) setTopic(o *org) {
	if o != nil {
		r.topic, r.topicAt = o, r.sentNo
	}
}

// recentTopic returns the body the text is about when this sentence or the one before concerned it
// (a new paragraph forgets it); otherwise nil.
func (r *factReader) recentTopic() *org {
	if r.topic == nil || r.sentNo-r.topicAt > 1 {
		return nil
	}
	return r.topic
}

// seatBodies are the kinds of body that one is elected or appointed to, so that "he was first
// elected in 1998" or "having lost her seat" without a body named concern the one the text is
// about; a party, a union or a firm has members but no seats to win.
var seatBodies = wordSet(`committee council authority assembly house senate commission board parliament
congress legislature executive storting bundestag duma knesset diet cortes convention chamber caucus
delegation panel tribunal court`)

// seatBody reports whether o is a body one wins or loses a seat on.
func seatBody(o *org) bool {
	return o != nil && seatBodies[o.head]
}

// electedTo returns the body, and the role in it, that an election or a defeat at token i naming
// neither continues: the last body the clause names before it (cands are the clause's positions so
// far), or else the body the text is about, with the role last held in it. That is a seat on a body
// of seats ("He was first elected in 1998"), or an office ("appointed secretary of the Dock Union in
// 1960 and re-elected in 1965"); being elected gives no membership of a party, a union or a firm
// ("She joined the Green Party in 1960. She was first elected in 1966").
func (r *factReader) electedTo(cands []candidate, i int) (*org, string) {
	var o *org
	role := ""
	if r.clauseTopic != nil && r.sentNo-r.clauseTopicAt <= 1 {
		o, role = r.clauseTopic, r.roleIn(r.clauseTopic)
	}
	for _, p := range cands {
		if p.end <= i && p.m.org != nil {
			o, role = p.m.org, p.m.role
		}
	}
	if o == nil || (!seatBody(o) && normRole(role) == "member") {
		return nil, ""
	}
	return o, role
}

// anyOffices are the offices that a body of any known kind may have: "chosen as a shop steward",
// "appointed as treasurer", "served as its general counsel".
var anyOffices = wordSet(`member members secretary treasurer officer official organiser organizer steward
delegate deputy trustee spokesman spokeswoman spokesperson whip convenor convener clerk auditor
administrator registrar secretary-general secretary-treasurer comptroller controller founder
co-founder adviser advisor counsel vice-president vice-chairman vice-chair`)

// kindOffices are the offices of particular kinds of body, by their head nouns: the roles that are
// occupations elsewhere ("a lawyer", "a teacher", "an engineer") belong to a body only where that is
// the kind of body that has them.
var kindOffices = func() map[string]map[string]bool {
	table := []struct{ kinds, offices string }{
		// legislatures and councils
		{`parliament assembly house senate congress legislature council storting bundestag duma knesset diet
		cortes chamber convention`, `representative councillor councilor senator speaker mp mep msp alderman`},
		// parties and other bodies that put up candidates
		{`party coalition alliance front movement caucus`, `candidate nominee agent`},
		// armed forces and the police
		{`army navy force forces corps regiment battalion militia guard police`, `captain lieutenant colonel
		sergeant general admiral marshal private corporal major commander surgeon chaplain inspector
		superintendent`},
		// places of learning and learned societies
		{`university college school academy institute institution society`, `professor lecturer fellow dean
		rector tutor instructor teacher researcher principal librarian curator`},
		// the press and broadcasting
		{`newspaper magazine journal press times post herald gazette review broadcasting television radio`,
			`editor editor-in-chief reporter correspondent columnist presenter producer publisher`},
		// businesses
		{`company corporation bank firm partnership trust studio studios records`, `partner executive ceo
		manager engineer analyst economist consultant employee apprentice owner proprietor lawyer attorney
		solicitor representative assistant`},
		// churches
		{`church`, `bishop archbishop pastor priest minister rabbi imam organist`},
		// courts
		{`court tribunal`, `judge justice prosecutor`},
		// government
		{`government ministry department cabinet office agency bureau service commission authority
		directorate secretariat`, `minister commissioner inspector analyst economist engineer undersecretary
		under-secretary attorney agent assistant`},
		// nursing and medical ranks, in the bodies that have them
		{`society service corps army navy force forces`, `nurse matron sister midwife surgeon physician doctor`},
		// museums and libraries
		{`museum library`, `curator archivist librarian`},
		// music
		{`orchestra choir band`, `conductor organist manager producer`},
		// clubs and teams
		{`club team`, `coach captain manager`},
	}
	out := map[string]map[string]bool{}
	for _, row := range table {
		for _, kind := range strings.Fields(row.kinds) {
			if out[kind] == nil {
				out[kind] = map[string]bool{}
			}
			for _, o := range strings.Fields(row.offices) {
				out[kind][o] = true
			}
		}
	}
	return out
}()

// officeOf reports whether the role phrase toks[from:head+1] is an office of body o, which the
// clause does not name: its head is an office of o's kind, and its other words name no other kind of
// body ("a police officer", "a party organiser" of a union).
func officeOf(toks []token, from, head int, o *org) bool {
	if o == nil || o.head == "" {
		return false // a place ("the United States") or a body of unknown kind
	}
	for k := from; k < head; k++ {
		if w := lower(toks[k].text); (orgHeads[w] || kindNouns[w]) && !ofKind(o, w) {
			return false
		}
	}
	w := lower(toks[head].text)
	return anyOffices[w] || kindOffices[o.head][w]
}

// ofKind reports whether body o, or a body it is part of, is of the kind the noun w names: a "party
// organiser" of the party's executive is one of the party's.
func ofKind(o *org, w string) bool {
	kind := headOf(w)
	for ; o != nil; o = o.parent {
		if o.head == kind {
			return true
		}
	}
	return false
}

// complementPreps may open a role's complement: "ambassador to Canada", "minister of finance",
// "professor at Yale", "spokesperson for health", "judge in Ontario".
var complementPreps = wordSet(`of to at for in`)

// timeLeads may stand between a preposition and a time: "for the next four years", "in the early
// 1970s", "at the age of 40", "for life".
var timeLeads = wordSet(`early late mid same following next previous last first second third final
few several two three four five six seven eight nine ten many life age while`)

// ownComplement reports whether a role phrase that ends before token k goes on with a complement of
// its own, which says whose or where the role is: "ambassador to Canada", "minister of finance",
// "professor at Yale", "spokesperson for health", "clerk in Malta". A time ("in 1990", "for two
// years", "at the time"), an infinitive ("treasurer to succeed her"), a field or a manner ("lecturer in
// economics", "in charge") are none; neither is a ward or a constituency ("councillor for Splott",
// "from Rogaland") when the body has seats, since the place then belongs to it.
func ownComplement(toks []token, c *clause, k int, o *org) bool {
	for k < c.to && (toks[k].text == "(" || inParens(toks, c, k)) {
		k++ // a bracketed date after the role
	}
	if k+1 >= c.to {
		return false
	}
	p := lower(toks[k].text)
	if !complementPreps[p] && p != "from" {
		return false
	}
	j := k + 1
	for j < c.to && determiners[lower(toks[j].text)] {
		j++
	}
	if j >= c.to {
		return false
	}
	t := toks[j].text
	w := lower(t)
	if r, _ := utf8.DecodeRuneInString(t); !isWordRune(r) || isDigits(w) || model.MonthNumber(w) > 0 || timeNouns[w] || timeLeads[w] {
		return false
	}
	for e := j; e < c.to && e <= j+3 && isWordRuneAt(toks[e].text, 0); e++ {
		if isDigits(toks[e].text) || timeNouns[lower(toks[e].text)] {
			return false // "for a further two years", "in the 1970s"
		}
	}
	place := capitalised(t) && !functionWords[w]
	switch p {
	case "from":
		return place && !seatBody(o)
	case "for":
		if place {
			return !seatBody(o) // "member for Woolwich" on a council; "commissioner for Wales" of a party
		}
		return j == k+1 // "spokesperson for health", but "for the party" names a body
	case "to":
		return place || j > k+1 // "ambassador to Canada", "adviser to the president"; not "to succeed"
	case "in":
		return place // "judge in Ontario", "clerk in Malta"; not "lecturer in economics"
	}
	return true // "minister of finance", "professor at Yale"
}

// borrowedBody returns the body that a role phrase toks[from:head+1] ending before token end, which
// names none, belongs to: o, when it is an office of o and has no complement of its own; otherwise
// nil.
func borrowedBody(toks []token, c *clause, from, head, end int, o *org) *org {
	if o == nil || !officeOf(toks, from, head, o) || ownComplement(toks, c, end, o) {
		return nil
	}
	return o
}
