package prose

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

// PositionsAndEvents reads the positions a person held and the events of their life from the
// article's prose, sentence by sentence, keeping the organisations it names, the dates it states
// (relative ones resolved against the last date stated) and the body a sentence refers back to.
// Only clauses whose subject is the person count: "He was elected …", "In 1973, Haigh became …",
// "…, and joined the union", but not "Marie van der Zyl, president of the Board, …", "Lee's mother
// is …" or "…, and her husband died"; and within them only verbs without a subject of their own
// ("… as they left the lens"). A position or an election a clause states without a date takes the
// date of the event the sentence before states that leads into it, and only that one (see
// leadins.go).
func PositionsAndEvents(a *Article, b *model.Biography) {
	r := &factReader{names: nameTokens(b)}
	r.reg.people = map[string]bool{}
	for w := range r.names {
		if w != "He" && w != "he" && w != "She" && w != "she" {
			r.reg.people[w] = true
		}
	}
	// A first reading learns the organisations' names and acronyms, since an article may use an
	// acronym ("the NEC") before the sentence that introduces it.
	tokens := make([][]token, len(a.Sentences))
	descs := make([][]descriptor, len(a.Sentences)) // the same in both readings
	for k, s := range a.Sentences {
		if tokens[k] = tokenize(s.Text); len(tokens[k]) <= maxSentenceTokens {
			descs[k] = r.reg.descriptors(tokens[k])
			r.reg.findOrgs(tokens[k], descs[k])
		}
	}
	r.reg.forget()
	for k, s := range a.Sentences {
		r.sentence(s, tokens[k], descs[k])
	}
	r.finish(b)
}

// factReader holds what the article has said so far.
type factReader struct {
	names   map[string]bool
	reg     registry
	anchor  model.Date // the last date the text stated
	topic   *org       // the body the last position or event concerned
	topicAt int        // the sentence that made it the topic, counting as sentNo does
	// the topic as it stood when the current clause began, for its events (see clause)
	clauseTopic   *org
	clauseTopicAt int
	sentNo        int  // the current sentence's number
	before        *org // the body mentioned last before the current sentence
	firstDone     bool // the first sentence, with the life dates in brackets, has been read
	clauseOrg     *org // the body the person's previous clause in this sentence named last
	paragraph     int
	leads         []leadIn // the sentence's dated entries into bodies, for the next sentence
	prevLeads     []leadIn // those of the sentence before, in the same paragraph
	mentions      []mention
	events        []rawEvent
}

// A mention is one statement of a position: a role in a body, with what the clause says of its dates.
type mention struct {
	role, qualifier string
	org             *org
	start, end      model.Date
	ev              Sentence
	lead            *leadIn // the event of the sentence before that gives its start, if any
	seq             int
	once            bool // the body meets once ("the party's annual conference"): a single date is the whole tenure
}

// A rawEvent is one event as a clause states it.
type rawEvent struct {
	kind   model.EventKind
	date   model.Date
	org    *org     // the body it concerns first
	orgs   []*org   // every body the clause names after the verb: "from the Labour Party and the NEC"
	closes bool     // it ends a tenure: a lost seat, not a failed attempt to win one
	roles  []string // when set, the only roles it ends: those its sentence names
	text   string
	note   string
	ev     Sentence
	extra  []Sentence // the other sentences that state it
	lead   *leadIn    // the event of the sentence before that gives its date, if any
	seq    int
}

// A clause is a run of tokens of one sentence with its own subject.
type clause struct {
	from, to  int  // tokens
	person    bool // its subject is the person
	timexes   []Timex
	cues      []int // the tokens of its cue words, in order
	bounds    []int // tokens that end a cue's stretch whatever the cues: a leading phrase's comma
	lead      int   // the comma that ends a leading adverbial phrase, or 0
	leadOwn   bool  // the leading phrase has a subject of its own: "After Kennedy was elected …,"
	inherited bool  // its dates are the clause before's
}

func (r *factReader) sentence(s Sentence, toks []token, descs []descriptor) {
	r.prevLeads, r.leads = r.leads, nil
	r.sentNo++
	if s.Paragraph != r.paragraph {
		// the body a paragraph is about does not carry into the next: "elected president" there
		// names no body
		r.paragraph, r.topic, r.prevLeads = s.Paragraph, nil, nil
	}
	if len(toks) > maxSentenceTokens {
		return // no prose sentence is this long: a list, a table or a run-on line read as one
	}
	r.before = r.reg.recent("")
	spans := r.reg.findOrgs(toks, descs)
	timexes := Timexes(s.Text, r.anchor)
	if !r.firstDone {
		r.firstDone = true
		timexes = withoutLifeDates(s.Text, timexes)
	}
	if len(timexes) > 0 {
		// The first date of a sentence is usually its narrative time ("In May 2019, a recording
		// … made in January 2019 …"); "later that month" in the next sentence counts from it.
		r.anchor = timexes[0].Last()
	}
	r.electionTopic(toks, spans)
	clauses := r.clauses(toks, spans, timexes)
	firstEvent, firstMention := len(r.events), len(r.mentions)
	defer func() {
		// "appointed as Assistant General Secretary of the TGWU, serving until he took early
		// retirement, in 1991": a retirement that names no body ends the sentence's positions
		for k := firstEvent; k < len(r.events); k++ {
			if e := &r.events[k]; e.closes && e.org == nil && len(e.orgs) == 0 {
				for _, m := range r.mentions[firstMention:] {
					if m.org != nil {
						e.orgs = append(e.orgs, m.org)
						e.roles = append(e.roles, normRole(m.role))
					}
				}
			}
		}
	}()
	var prev *clause
	r.clauseOrg = nil
	for k := range clauses {
		c := &clauses[k]
		r.otherLeads(s, toks, spans, c)
		if !c.person {
			prev = c
			r.clauseOrg = nil
			continue
		}
		if len(c.timexes) == 0 && prev != nil && prev.person && continuation(toks, c) {
			c.timexes = prev.timexes // "He became a carpet weaver in 1956, and joined the union."
			c.inherited = true
		}
		r.clause(s, toks, spans, c)
		prev = c
		r.clauseOrg = nil
		for _, sp := range spans {
			if sp.from >= c.from && sp.to <= c.to {
				r.clauseOrg = possessed(toks, spans, sp)
			}
		}
	}
}

// withoutLifeDates drops the dates in the first brackets of an article's first sentence, "(August
// 22, 1929 – February 16, 2012)": they are the life's, not those of the roles the sentence names.
func withoutLifeDates(text string, timexes []Timex) []Timex {
	open := strings.IndexByte(text, '(')
	close := strings.IndexByte(text, ')')
	if open < 0 || close < open {
		return timexes
	}
	var out []Timex
	for _, t := range timexes {
		if t.Begin < open || t.Begin > close {
			out = append(out, t)
		}
	}
	return out
}

// maxSentenceTokens bounds the sentences read for facts, which keeps the work on a pathological
// input (a 5 MB line without a full stop) linear.
const maxSentenceTokens = 1000

// electionTopic makes the body of an election the sentence mentions the one the text is about, even
// when someone else is the subject: "For the 2018 elections to the NEC, …", "his candidacy for the
// NEC", "a seat on the committee".
func (r *factReader) electionTopic(toks []token, spans []orgSpan) {
	for _, sp := range spans {
		if sp.from < 2 {
			continue
		}
		k := sp.from - 1
		if lower(toks[k].text) == "the" {
			k--
		}
		if k < 1 {
			continue
		}
		prep, noun := lower(toks[k].text), lower(toks[k-1].text)
		switch {
		case (prep == "to" || prep == "for") && (noun == "election" || noun == "elections" || noun == "candidacy" || noun == "candidate" || noun == "nomination"),
			(prep == "on" || prep == "in") && noun == "seat":
			r.setTopic(possessed(toks, spans, sp))
		}
	}
}

// clauseStarts are the words after a comma that open a new clause.
var clauseStarts = wordSet(`and but while although though whereas then which who whom whose where
before after until when yet so`)

// listItem reports whether ", and" goes on a list of noun phrases rather than opening a clause:
// "he became a lawyer, a Whig Party leader, and a member of the Illinois House" has no verb after
// the "and" before the next comma.
func listItem(toks []token, i int) bool {
	if toks[i].text != "and" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].text {
	case "a", "an", "the":
	default:
		return false
	}
	for k := i + 2; k < len(toks); k++ {
		w := toks[k].text
		if w == "," || w == ";" || w == "." {
			return true
		}
		if isVerbLike(w) {
			return false
		}
	}
	return true
}

// aside reports whether a concessive word opens an aside rather than a clause: ", though
// intermittent," has no subject of its own.
func aside(toks []token, i int) bool {
	switch toks[i].text {
	case "though", "although", "while", "whereas", "yet":
	default:
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	n := toks[i+1].text
	return !(capitalised(n) || n == "he" || n == "she" || n == "they" || n == "it" || n == "the" || n == "his" || n == "her" || n == "its" || n == "this" || n == "a")
}

// timeWords may stand in a bare time phrase before the subject: "From 1983 to 1988 he …".
var timeWords = wordSet(`to and until till the of early late mid between year years month`)

// adverbialStarts open a phrase before the subject: "In 1973, Haigh became …", "Having lost his
// seat …, he was elected …".
var adverbialStarts = wordSet(`in on at from after before during every having following as when by
later soon shortly then between since until while although though despite upon with within over
for under throughout beginning starting in early late once after intending born educated elected
aged like unlike along prior the that this`)

// functionWords are capitalised at the start of a sentence without naming anyone.
var functionWords = wordSet(`the a an in on at from after before during every having following as
when by later soon shortly then between since until while although though despite upon with within
over for under throughout his her their its this that these those it there however also both each
in`)

func (r *factReader) clauses(toks []token, spans []orgSpan, timexes []Timex) []clause {
	var cs []clause
	start := 0
	depth := 0
	for i, t := range toks {
		switch t.text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ";":
			if depth == 0 {
				cs = append(cs, clause{from: start, to: i})
				start = i + 1
			}
		case ":":
			if depth == 0 {
				cs = append(cs, clause{from: start, to: i})
				start = i + 1
			}
		case ",":
			if depth == 0 && i+1 < len(toks) && !inOrg(spans, i) && ((clauseStarts[toks[i+1].text] && !aside(toks, i+1) && !listItem(toks, i+1)) ||
				(capitalised(toks[i+1].text) && adverbialStarts[lower(toks[i+1].text)])) {
				cs = append(cs, clause{from: start, to: i})
				start = i + 1
			}
		}
	}
	cs = append(cs, clause{from: start, to: len(toks)})
	kept := cs[:0]
	for _, c := range cs {
		if c.from < c.to {
			kept = append(kept, c)
		}
	}
	cs = kept
	inSpan := map[int]bool{}
	for _, sp := range spans {
		for k := sp.from; k < sp.to; k++ {
			inSpan[k] = true
		}
	}
	for k := range cs {
		c := &cs[k]
		for _, t := range timexes {
			if t.Begin >= toks[c.from].start && t.Begin < toks[c.to-1].end+1 {
				c.timexes = append(c.timexes, t)
			}
		}
		switch subject := r.subject(toks, c, inSpan); {
		case subject == "person":
			c.person = true
		case subject == "" && k > 0:
			c.person = cs[k-1].person && !relativeOther(toks, c)
		case subject == "other":
			// "President Jimmy Carter appointed him to the … Commission": the person is the object
			// of a verb that puts someone into a role; the clause counts from that verb on
			for j := c.from; j+1 < c.to; j++ {
				if selectionVerbs[lower(toks[j].text)] && (toks[j+1].text == "him" || toks[j+1].text == "her") {
					c.from, c.person = j, true
					break
				}
			}
		}
	}
	return cs
}

// subject returns "person" when the clause's subject is the person, "other" when it is someone or
// something else, and "" when the clause has none of its own (it continues the one before).
func (r *factReader) subject(toks []token, c *clause, inSpan map[int]bool) string {
	i := c.from
	for i < c.to && (toks[i].text == "," || clauseStarts[toks[i].text]) {
		if toks[i].text == "which" || toks[i].text == "whose" || toks[i].text == "where" {
			return "other"
		}
		i++
	}
	// skip a leading adverbial or participle phrase up to its comma; a bare time phrase may have
	// no comma: "From 1983 to 1988 he was president …"
	if i < c.to {
		w := lower(toks[i].text)
		if adverbialStarts[w] || strings.HasSuffix(w, "ing") {
			timeOnly := true
			for j := i; j < c.to; j++ {
				t := toks[j].text
				if toks[j].text == "," {
					c.lead = j
					i = j + 1
					break
				}
				if j > i && capitalised(t) && !r.names[t] && !inSpan[j] && model.MonthNumber(t) == 0 &&
					!functionWords[lower(t)] && j+1 < c.to && isVerbLike(lower(toks[j+1].text)) {
					c.leadOwn = true // "After Kennedy was elected …"
				}
				if timeOnly && j > i && r.names[t] {
					if r.ofThePerson(toks, c, j) {
						return "other" // "In 1990 Lee's mother was elected …", "The Lee family moved …"
					}
					return "person"
				}
				timeOnly = timeOnly && (j == i || isDigits(t) || model.MonthNumber(t) > 0 || timeWords[lower(t)] || !isWordRune([]rune(t)[0]))
			}
		}
	}
	for ; i < c.to; i++ {
		t := toks[i].text
		switch {
		case inSpan[i]:
			return "other" // a body is the subject: "the NUDBTW decided …"
		case r.names[t] && r.ofThePerson(toks, c, i):
			return "other"
		case r.names[t]:
			return "person"
		case possessivePronoun(t) &&
			!(i > c.from && (rolePreps[lower(toks[i-1].text)] || adverbialStarts[lower(toks[i-1].text)])) && possessor(toks, c, i):
			return "other" // "…, and her husband died": a possessive opens the subject, unless a preposition governs it
		case t == "He" || t == "She" || t == "he" || t == "she":
			return "other" // the other pronoun: someone else
		case t == "who" && i > c.from:
			continue
		case capitalised(t) && (roleHeads[lower(t)] || (i+1 < c.to && roleHeads[lower(toks[i+1].text)])):
			continue // a capitalised role, "remains a Visiting Professor", is no subject
		case capitalised(t) && !functionWords[lower(t)] && model.MonthNumber(t) == 0 && !isDigits(t):
			if i == c.from && c.lead == 0 {
				// a leading phrase that opens with no subject of its own: "Largely self-educated,
				// he became …", "Successful on his second run for office, Lincoln served …"
				for j := i + 1; j+2 < c.to; j++ {
					if toks[j].text == "," {
						if r.names[toks[j+1].text] && isVerbLike(lower(toks[j+2].text)) {
							c.lead = j
							return "person"
						}
						break
					}
				}
			}
			return "other"
		case t == "it" || t == "they" || t == "It" || t == "They" || t == "I" || t == "we" || t == "We":
			return "other"
		case isVerbLike(t):
			return "" // the clause starts with its verb
		}
	}
	return ""
}

// ofThePerson reports whether the name at toks[i] only says whose the subject is: "Lisa's mother
// is …", "The Lee family moved …" are about someone of the person's, not the person.
func (r *factReader) ofThePerson(toks []token, c *clause, i int) bool {
	return possessor(toks, c, i) || (i > c.from && lower(toks[i-1].text) == "the")
}

// possessor reports whether the name or possessive pronoun at toks[i] owns a person who is the
// subject: "Lisa's mother", "his elder brother", "her manager". What the person owns otherwise
// ("Lee's appointment as …", "his second campaign") says something of the person still.
func possessor(toks []token, c *clause, i int) bool {
	k := i + 1
	if k < c.to && isPossessive(toks[k].text) {
		k++
	} else if !possessivePronoun(toks[i].text) {
		return false
	}
	for ; k < c.to && k <= i+4; k++ {
		w := lower(toks[k].text)
		if kinNouns[w] || roleHeads[w] {
			return k+1 >= c.to || !isPossessive(toks[k+1].text) // "his father's firm" is the firm
		}
		if !isWordRune([]rune(w)[0]) || roleStop[w] || isVerbLike(w) {
			return false
		}
	}
	return false
}

func possessivePronoun(t string) bool {
	switch t {
	case "his", "her", "their", "His", "Her", "Their":
		return true
	}
	return false
}

// relativeOther reports whether a clause is a relative clause about something else: ", which …".
func relativeOther(toks []token, c *clause) bool {
	return c.from < c.to && (toks[c.from].text == "which" || toks[c.from].text == "whose" || toks[c.from].text == "where")
}

// isVerbLike reports whether a lower-case word is likely the verb of a clause: "became", "joined",
// "was", "served".
func isVerbLike(w string) bool {
	switch w {
	case "was", "were", "is", "are", "has", "had", "became", "become", "becomes", "joined", "left",
		"won", "lost", "led", "served", "sat", "went", "took", "made", "held", "ran", "stood", "chaired",
		"remains", "remain", "serves", "holds", "continues", "works", "teaches", "leads", "sits":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") && !capitalised(w)
}

// continuation reports whether a clause continues the one before with a past-tense verb and no
// subject of its own, so that it shares its dates: ", and joined the union".
func continuation(toks []token, c *clause) bool {
	for i := c.from; i < c.to; i++ {
		w := toks[i].text
		if clauseStarts[w] || w == "," || w == "also" {
			continue
		}
		return w != "is" && w != "are" && w != "has" && isVerbLike(w)
	}
	return false
}

// eventCues map a verb of a clause to the kind of event it states.
var eventCues = map[string]model.EventKind{
	"elected": model.Elected, "re-elected": model.Reelected, "reelected": model.Reelected,
	"appointed": model.Appointed, "named": model.Appointed, "chosen": model.Elected, // chosen by members

	"selected": model.Appointed, "promoted": model.Appointed, "installed": model.Appointed,
	"resigned": model.Resigned, "retired": model.Retired, "retirement": model.Retired,
	"suspended": model.Suspended, "expelled": model.Expelled, "joined": model.Joined, "joining": model.Joined,
	"left": model.Left, "defeated": model.Defeated, "died": model.Died, "married": model.Married,
	"divorced": model.Divorced, "awarded": model.Award, "graduated": model.Graduated,
	"enlisted": model.Enlisted, "nominated": model.Nominated, "withdrew": model.Withdrew,
	"apologised": model.Apologised, "apologized": model.Apologised, "assassinated": model.Assassinated,
	"assassination": model.Assassinated, "sworn": model.SwornIn,
}

// clause reads the positions and events of one clause whose subject is the person. Each cue word
// (a verb of an event, the verb or preposition that gives a role) owns the stretch of the clause up
// to the next cue, and takes its dates from there: in "In 1985, Haigh was appointed as Assistant
// General Secretary of the TGWU, serving until he took early retirement, in 1991" the appointment is
// 1985 and the retirement 1991.
func (r *factReader) clause(s Sentence, toks []token, spans []orgSpan, c *clause) {
	type cue struct {
		at   int
		kind model.EventKind
	}
	// The clause's roles are read before its events and make their bodies the topic; an event
	// that names no body continues the topic as it stood before the clause ("Having lost his seat
	// on this committee in 1994, he was elected to the … National Constitutional Committee in 1995":
	// the seat lost is not on the committee named after it).
	r.clauseTopic, r.clauseTopicAt = r.topic, r.topicAt
	var evs []cue
	from := c.from
	if c.leadOwn {
		from = c.lead + 1 // "After Kennedy was elected with Johnson …, McPherson continued …"
	}
	depth := 0
	for i := from; i < c.to; i++ {
		w := lower(toks[i].text)
		switch w {
		case "(":
			depth++
		case ")":
			depth = max(0, depth-1)
		}
		if depth > 0 {
			continue // an aside in brackets, "(the top four were elected)", is about others
		}
		if kind, ok := eventCues[w]; ok && !negated(toks, c.from, i) && eventVerb(toks, i, w) &&
			!(kind == model.Joined && joinsPeople(toks, spans, i)) && !(kind == model.Assassinated && attempt(toks, i)) {
			evs = append(evs, cue{i, kind})
		}
		switch {
		case w == "won" && i+1 < c.to && (lower(toks[i+1].text) == "election" || lower(toks[i+1].text) == "re-election" ||
			(i+2 < c.to && (lower(toks[i+2].text) == "seat" || lower(toks[i+2].text) == "election"))):
			kind := model.Elected // "won election to the state legislature", "won a seat"
			if lower(toks[i+1].text) == "re-election" {
				kind = model.Reelected
			}
			evs = append(evs, cue{i, kind})
		case (w == "won" || w == "received" || w == "recipient" || w == "honored" || w == "honoured") && awardAhead(toks, i, c.to):
			evs = append(evs, cue{i, model.Award}) // "won the 2006 Hannah Arendt Prize", "was recipient of the … Award"
		case (w == "earned" || w == "received" || w == "obtained" || w == "completed") && degreeAhead(toks, i, c.to):
			evs = append(evs, cue{i, model.Graduated}) // "earned her degree in 1979", "received his B.A. in 1949"
		case w == "moved" && i+1 < c.to && toks[i+1].text == "to" && i+2 < c.to && capitalised(toks[i+2].text):
			evs = append(evs, cue{i, model.Moved}) // "moved to France"
		case w == "lost" && i+2 < c.to && (toks[i+2].text == "seat" || toks[i+2].text == "election"):
			evs = append(evs, cue{i, model.Defeated})
		case w == "failed" && i+2 < c.to && toks[i+1].text == "to" && (toks[i+2].text == "win" || toks[i+2].text == "gain"):
			evs = append(evs, cue{i, model.Defeated})
		}
	}
	kept := evs[:0]
	for _, e := range evs {
		if !r.othersVerb(toks, c, from, e.at, e.kind) {
			kept = append(kept, e)
		}
	}
	evs = kept
	cands := r.positions(s, toks, spans, c)
	c.cues = nil
	for _, e := range evs {
		c.cues = append(c.cues, e.at)
	}
	for _, p := range cands {
		c.cues = append(c.cues, p.cueAt)
	}
	if c.lead > 0 {
		for _, k := range c.cues {
			if k < c.lead {
				// "After serving as vice-chairman of …, he served from 1976 to 1991 as …": the
				// leading phrase's role does not share the main clause's dates
				c.bounds = append(c.bounds, c.lead)
				break
			}
		}
	}
	sort.Ints(c.cues)
	for _, e := range evs {
		r.event(s, toks, spans, c, e.at, e.kind, cands)
	}
	for _, p := range cands {
		if p.dated {
			p.m.start, p.m.end = roleDates(toks, c, p.cue, p.cueAt, p.head)
			if p.m.start.IsZero() && p.m.end.IsZero() && !p.m.once {
				// "… enlisted in the Navy in 1950. He served as a radio officer": the start the
				// sentence before gives
				if p.m.lead = r.datedByLead(toks, c, p.cue, p.m.org, false); p.m.lead != nil {
					p.m.start = p.m.lead.date
				}
			}
			if p.m.once && p.m.end.IsZero() && p.m.start.Precision >= model.PrecisionYear {
				p.m.end = p.m.start
			}
		}
		r.add(p.m)
	}
}

// othersVerb reports whether the verb at toks[i] has a subject of its own right before it that is
// not the person: "… as they left the lens", "… the policy that the writ was suspended", "…, and
// her husband died". A pronoun other than the person's, or a noun phrase with an article or a
// possessive, stands between the clause's subject and the verb. The person as its object keeps
// it ("the party expelled him"); a couple includes the person, and so does "they" in a marriage,
// a divorce or a move ("… and they moved to Paris").
func (r *factReader) othersVerb(toks []token, c *clause, from, i int, kind model.EventKind) bool {
	j := i - 1
	for j >= from && verbGroup(toks[j].text) {
		j--
	}
	if j < from || personObject(toks, i) {
		return false
	}
	mutual := kind == model.Married || kind == model.Divorced || kind == model.Moved
	t := toks[j].text
	switch w := lower(t); {
	case r.names[t]:
		return false
	case w == "he" || w == "she":
		return true // the other pronoun
	case w == "they" || w == "we":
		return !mutual
	case w == "it" || w == "i" || w == "you" || w == "that" || w == "which":
		return true
	case w == "who":
		// "he met Sam Reed, who was elected …" and "his father, who was elected …" are someone
		// else; "Hale, who was elected …" and "a British activist who was a member …" the person
		k := j - 1
		if k >= 0 && toks[k].text == "," {
			k--
		}
		return k >= 0 && !r.names[toks[k].text] && (capitalised(toks[k].text) || kinNouns[lower(toks[k].text)])
	case pairNouns[w]:
		return false // "the couple married in 1952", "the couple moved to Paris"
	}
	k := nounPhraseStart(toks, from, j)
	// "She and her husband moved …": a subject the person is part of
	return k >= 0 && !(k-2 >= from && toks[k-1].text == "and" && r.names[toks[k-2].text])
}

// verbGroup reports whether a word belongs to a verb group before its main verb: an auxiliary or
// an adverb ("had also been", "was posthumously", "later").
func verbGroup(t string) bool {
	w := lower(t)
	if isAux(w) || passiveAux[w] {
		return true
	}
	switch w {
	case "not", "never", "soon", "further", "finally", "once", "thus", "still", "both", "all":
		return true
	}
	return !capitalised(t) && len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// lyNouns end in -ly but are no adverbs.
var lyNouns = wordSet(`family assembly rally ally supply reply monopoly anomaly homily`)

// pairNouns name a couple, the person one of them: "the two were married", "the couple moved".
var pairNouns = wordSet(`couple two pair both`)

// timeNouns head a time phrase, not a subject: "and the following year was elected".
var timeNouns = wordSet(`year years month months week weeks day days time decade decades spring summer
autumn fall winter term session`)

// determiners open a noun phrase.
var determiners = wordSet(`the a an this that these those his her their its my our your`)

// nounPhraseStart returns, when toks[j] ends a noun phrase that opens with an article or a
// possessive ("the writ", "the resulting image", "his father", "Lisa's mother"), the token of the
// article or of the possessor's first word; otherwise -1.
func nounPhraseStart(toks []token, from, j int) int {
	w := lower(toks[j].text)
	if capitalised(toks[j].text) || !isWordRune([]rune(w)[0]) || roleStop[w] || rolePreps[w] ||
		clauseStarts[w] || timeNouns[w] || isVerbLike(w) {
		return -1
	}
	for k := j - 1; k >= from && k >= j-4; k-- {
		t := toks[k].text
		switch {
		case determiners[lower(t)]:
			return k
		case isPossessive(t):
			for k > from && capitalised(toks[k-1].text) {
				k-- // "Lisa's", "Tom Reed's"
			}
			return k
		case !isWordRune([]rune(t)[0]) || roleStop[lower(t)] || rolePreps[lower(t)] || isVerbLike(lower(t)):
			return -1
		}
	}
	return -1
}

// kinNouns name relatives and companions: joining them is joining no body.
var kinNouns = wordSet(`parents parent father mother wife husband spouse brother brothers sister sisters
son sons daughter daughters family uncle aunt cousin cousins grandfather grandmother grandparents
children child fiancé fiancée fiance fiancee girlfriend boyfriend friend friends relatives siblings
stepfather stepmother in-laws`)

// joinsPeople reports whether "joined" at toks[i] joins people rather than a body: "joined him",
// "joined his parents at their flat", "joined guitarist Brian May", "joined labelmate X", "joined
// forces with …". A body is named ("joined the band Queen", "joined the Labour Party") or is what a
// possessive owns ("joined his father's firm").
func joinsPeople(toks []token, spans []orgSpan, i int) bool {
	k := i + 1
	if k >= len(toks) {
		return false
	}
	switch w := lower(toks[k].text); {
	case w == "him" || w == "them" || w == "me" || w == "us" || w == "forces":
		return true // "joined him in Paris", "joined forces with …"
	case w == "her" && (k+1 >= len(toks) || !isWordRune([]rune(toks[k+1].text)[0]) || rolePreps[lower(toks[k+1].text)] || objectFollowers[lower(toks[k+1].text)]):
		return true // "joined her in Paris"
	case determiners[w] && w != "the" && w != "a" && w != "an", k+1 < len(toks) && isPossessive(toks[k+1].text):
		// "his parents", "her husband", "Lisa's mother": a relative unless a body follows
		// ("his father's firm")
		for e := k + 1; e < len(toks) && e <= k+4; e++ {
			t := toks[e].text
			if kinNouns[lower(t)] {
				return e+1 >= len(toks) || !isPossessive(toks[e+1].text)
			}
			if !isWordRune([]rune(t)[0]) && !isPossessive(t) {
				break
			}
		}
		return false
	}
	// a person's title before their name: "guitarist Brian May", "the drummer Roger Taylor"
	for e := k; e < len(toks) && e <= k+3; e++ {
		t := toks[e].text
		if !capitalised(t) {
			continue
		}
		if e == k || inOrg(spans, e) {
			return false
		}
		return personNoun(lower(toks[e-1].text))
	}
	return false
}

// personNoun reports whether a lower-case noun names a person by what they do: a role, a relative,
// or an agent noun ("guitarist", "drummer", "labelmate", "musician").
func personNoun(w string) bool {
	if kindNouns[w] || orgHeads[w] || notAgents[w] {
		return false
	}
	if roleHeads[w] || kinNouns[w] {
		return true
	}
	for _, suffix := range []string{"ist", "er", "or", "mate", "ian"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// notAgents end like agent nouns but are not: "joined the former …", "the other …".
var notAgents = wordSet(`former other latter upper inner outer lower older elder younger greater
under over after rather together neither either whether super minor major senior junior prior
interior exterior`)

// attempt reports whether an assassination at toks[i] failed: "an assassination attempt",
// "survived an assassination", "an attempted assassination".
func attempt(toks []token, i int) bool {
	if i+1 < len(toks) {
		switch lower(toks[i+1].text) {
		case "attempt", "attempts", "plot", "plots", "attempted":
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch lower(toks[k].text) {
		case "survived", "attempted", "failed", "foiled", "thwarted", "planned", "plotted", "escaped":
			return true
		}
	}
	return false
}

// awards are the nouns that name an honour.
var awards = wordSet(`award awards prize prizes medal medals honour honor order fellowship`)

// awardAhead reports whether an award is named within a few words: "won the 2006 Hannah Arendt
// Prize for Political Thought", "was honored with a Lifetime Achievement Award".
func awardAhead(toks []token, i, to int) bool {
	for k := i + 1; k < to && k <= i+8; k++ {
		if awards[lower(toks[k].text)] && capitalised(toks[k].text) {
			return true
		}
	}
	return false
}

// degrees are the words that name a degree.
var degrees = wordSet(`degree degrees diploma doctorate phd ph.d. b.a. ba m.a. ma bsc b.sc. msc m.sc. ll.b. llb ll.m. llm
j.d. jd m.d. mba bachelor's master's doctoral`)

// degreeAhead reports whether a degree is named within a few words: "earned her degree", "received
// his B.A.".
func degreeAhead(toks []token, i, to int) bool {
	for k := i + 1; k < to && k <= i+3; k++ {
		if degrees[lower(toks[k].text)] {
			return true
		}
	}
	return false
}

// window returns the timexes of the stretch of clause c that the cue at token i owns: from the cue
// before it (or the clause's start) to the cue after it (or the clause's end). Cues a few words apart
// are one ("was appointed as", "elected onto").
func (c *clause) window(toks []token, i int) []Timex {
	if c.inherited {
		return c.timexes
	}
	lo, hi := c.from, c.to
	for _, k := range c.cues {
		if k < i-3 && k+1 > lo {
			lo = k + 1
		}
		if k > i+3 && k < hi {
			hi = k
		}
	}
	for _, k := range c.bounds {
		if k < i && k+1 > lo {
			lo = k + 1
		}
		if k > i && k < hi {
			hi = k
		}
	}
	if lo > i {
		lo = i
	}
	var out []Timex
	for _, t := range c.timexes {
		if t.Begin >= toks[lo].start && t.Begin <= toks[hi-1].end {
			out = append(out, t)
		}
	}
	return out
}

// negated reports whether a verb is negated or hypothetical: "he did not join", "would be elected",
// "to become the party's candidate", "to be appointed".
func negated(toks []token, from, i int) bool {
	for j := max(from, i-3); j < i; j++ {
		switch lower(toks[j].text) {
		case "not", "never", "would", "could", "might", "should":
			return true
		}
	}
	return (i-1 >= from && lower(toks[i-1].text) == "to") ||
		(i-2 >= from && lower(toks[i-2].text) == "to" && (lower(toks[i-1].text) == "be" || lower(toks[i-1].text) == "have"))
}

// eventVerb rules out the uses of cue words that are not events of the person: "the expelled
// members", "sworn" without "in".
func eventVerb(toks []token, i int, w string) bool {
	switch w {
	case "sworn":
		return i+1 < len(toks) && toks[i+1].text == "in"
	case "left":
		return i+1 < len(toks) && (lower(toks[i+1].text) == "the" || capitalised(toks[i+1].text)) && !(i > 0 && lower(toks[i-1].text) == "the")
	case "named", "made":
		// "was named chairman", "was named to the board"; but "is named Ann Lee" and "was named
		// after his grandfather" say what someone is called
		return i > 0 && isAux(toks[i-1].text) && !perfect(toks[i-1].text) && (w == "made" || namesRole(toks, i))
	case "elected", "re-elected", "reelected", "appointed", "chosen", "selected", "promoted", "installed",
		"suspended", "expelled", "nominated", "defeated":
		if personObject(toks, i) {
			return true // "Carter appointed him …", "the party expelled her in 2010"
		}
		// a passive needs its auxiliary ("was elected", "had been appointed", "and then expelled"),
		// or opens the clause ("Elected in 1846, Lincoln …"): "promoted candidates" is no event, and
		// neither is a perfect ("have promoted her work"), which is active. A promotion needs a
		// true passive or the rank it leads to ("was later promoted", "promoted to captain"): "she
		// later promoted the book" only publicised it.
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			a := lower(toks[j].text)
			if perfect(a) {
				break
			}
			if isAux(a) && (w != "promoted" || passiveAux[a]) {
				return true
			}
		}
		if w == "promoted" && i+1 < len(toks) && (toks[i+1].text == "to" || toks[i+1].text == "as") {
			return true
		}
		// "was suspended …, and then expelled": a coordinated passive shares the auxiliary
		if j := i - 1; j >= 0 && (toks[j].text == "then" || toks[j].text == "and" || toks[j].text == ",") {
			for k := j - 1; k >= 0; k-- {
				if w := lower(toks[k].text); w == "was" || w == "were" || w == "been" || w == "being" {
					return true
				}
			}
		}
		return i == 0
	}
	return !(i > 0 && (lower(toks[i-1].text) == "the" || lower(toks[i-1].text) == "a"))
}

// passiveAux are the auxiliaries of a passive: "was promoted", "had been promoted".
var passiveAux = wordSet(`was were been being be is are get gets got gotten getting`)

// perfect reports whether w is the auxiliary of a perfect, which with a participle right after it
// is active: "had appointed", "have promoted".
func perfect(w string) bool {
	switch lower(w) {
	case "had", "has", "have":
		return true
	}
	return false
}

// personObject reports whether the verb at toks[i] has the person as its object: "appointed him",
// "expelled her in 2010", "appointed her vice chairman". "Her" followed by a noun that is no role
// is a possessive: "promoted her work", "suspended her campaign".
func personObject(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].text {
	case "him":
		return true
	case "her":
	default:
		return false
	}
	k := i + 2
	if k >= len(toks) || !isWordRune([]rune(toks[k].text)[0]) {
		return true // "expelled her."
	}
	switch w := lower(toks[k].text); {
	case rolePreps[w] || objectFollowers[w] || isDigits(w) || model.MonthNumber(w) > 0:
		return true // "appointed her to the board", "expelled her in 2010", "elected her as …"
	}
	for ; k < len(toks) && k <= i+5; k++ {
		t := toks[k].text
		if !isWordRune([]rune(t)[0]) {
			break
		}
		if roleHeads[lower(t)] {
			return true // "appointed her vice chairman", "made her a member of …"
		}
	}
	return false
}

// objectFollowers may follow an object pronoun but not a possessive one.
var objectFollowers = wordSet(`as from into onto by after over a an the unopposed again also later
twice then`)

// namesRole reports whether "named" at toks[i] puts someone into a role or a body: "named to the
// board", "named as its secretary", "named chairman", "named the party's candidate"; a name after it
// ("is named Ann Lee") or "after" ("named after his grandfather") is what someone is called.
func namesRole(toks []token, i int) bool {
	if i+1 < len(toks) && (toks[i+1].text == "to" || toks[i+1].text == "as") {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		t := toks[k].text
		w := lower(t)
		switch {
		case roleHeads[w]:
			return true
		case isPossessive(t):
		case !isWordRune([]rune(t)[0]) || rolePreps[w] || w == "after" || w == "by" || w == "from":
			return false
		}
	}
	return false
}

func isAux(w string) bool {
	switch lower(w) {
	case "was", "were", "been", "being", "be", "is", "are", "had", "has", "have", "then", "later", "also",
		"subsequently", "first", "narrowly", "unanimously", "again", "eventually", "successfully", "formally":
		return true
	}
	return false
}

// event records an event at the cue word toks[i]; cands are the positions its clause states.
func (r *factReader) event(s Sentence, toks []token, spans []orgSpan, c *clause, i int, kind model.EventKind, cands []candidate) {
	o := r.objectOrg(toks, spans, c, i)
	date := nearestDate(toks, c, i)
	r.entryLead(s, kind, o, date)
	var lead *leadIn
	if date.IsZero() && (kind == model.Elected || kind == model.Reelected) {
		// "His second campaign in 1834 was successful. He won election to the state legislature."
		if lead = r.datedByLead(toks, c, noCue, nil, true); lead != nil {
			date = lead.date
		}
	}
	if o == nil && (kind == model.Elected || kind == model.Reelected || kind == model.Defeated || kind == model.Appointed) {
		// the body of the role the verb gives, when it gives one ("appointed as ambassador to
		// Canada" has none); else the body an election that names none continues ("He was first
		// elected in 1998", "Having failed to win a seat in 2014")
		if cand, ok := roleAt(cands, i); ok {
			o = cand.m.org
		} else {
			o, _ = r.electedTo(cands, i)
		}
	}
	if c.inherited && kind == model.Reelected {
		date = model.Date{} // "elected … in 1989, and was re-elected on one occasion": later, not then
	}
	r.setTopic(o)
	var orgs []*org
	for _, sp := range spans {
		if sp.from > i && sp.from < c.to {
			orgs = append(orgs, possessed(toks, spans, sp))
		}
	}
	closes := closingKinds[kind] && lower(toks[i].text) != "failed"
	r.events = append(r.events, rawEvent{kind: kind, date: date, org: o, orgs: orgs, closes: closes,
		text: eventText(s.Text, toks, spans, c, i), ev: s, lead: lead, seq: len(r.events)})
}

// inOrg reports whether token k is inside a name: "the National Union of Dyers, Bleachers and
// Textile Workers".
func inOrg(spans []orgSpan, k int) bool {
	for _, sp := range spans {
		if k >= sp.from && k < sp.to {
			return true
		}
	}
	return false
}

// eventText is the clause from its cue word to its end or its first comma: "Suspended from the
// Labour Party and the NEC in May 2019".
func eventText(text string, toks []token, spans []orgSpan, c *clause, i int) string {
	end := toks[c.to-1].end
	for k := i + 1; k < c.to; k++ {
		if toks[k].text == "," && !inOrg(spans, k) {
			end = toks[k-1].end
			break
		}
	}
	t := strings.TrimRight(strings.TrimSpace(text[toks[i].start:end]), ".,;:")
	if r := []rune(t); len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
		t = string(r)
	}
	return t
}

// nearestDate returns the date of the time expression in the cue's stretch of the clause that
// follows the cue at toks[i] most closely, or else the one that precedes it most closely; a range or a
// start gives its start, an end its end.
func nearestDate(toks []token, c *clause, i int) model.Date {
	return nearestOf(toks, c.window(toks, i), i, false)
}

func nearestOf(toks []token, timexes []Timex, i int, pointsOnly bool) model.Date {
	var best *Timex
	for k := range timexes {
		t := &timexes[k]
		if pointsOnly && t.Kind != Point {
			continue
		}
		if t.Begin < toks[i].start && t.Finish > toks[i].end && !t.End.IsZero() {
			return t.End // the cue stands inside the expression: "until his assassination in April 1865"
		}
		if t.Begin >= toks[i].start {
			if best == nil || best.Begin < toks[i].start || t.Begin < best.Begin {
				best = t
			}
		} else if best == nil || (best.Begin < toks[i].start && t.Begin > best.Begin) {
			best = t
		}
	}
	if best == nil {
		return model.Date{}
	}
	if best.Kind == Until {
		return best.End
	}
	return best.Start
}

// roleAt returns the position a clause states with the role the event verb at toks[i] gives: "was
// appointed as ambassador …", "appointed him vice chairman of …".
func roleAt(cands []candidate, i int) (candidate, bool) {
	for _, p := range cands {
		if p.cueAt >= i && p.cueAt <= i+3 && p.head > p.cueAt {
			return p, true
		}
	}
	return candidate{}, false
}

// bodyBefore returns the body that the last of cands naming one before token i names, or else the
// topic.
func bodyBefore(cands []candidate, i int, topic *org) *org {
	for _, p := range cands {
		if p.end <= i && p.m.org != nil {
			topic = p.m.org
		}
	}
	return topic
}

// objectOrg returns the body the verb at toks[i] acts on: the first organisation named within a few
// words after it, through "to", "onto", "from", "of", "as", "the" and a few modifiers of the name
// ("joined the socialist Reform Party").
func (r *factReader) objectOrg(toks []token, spans []orgSpan, c *clause, i int) *org {
	for _, sp := range spans {
		if sp.from > i && sp.from < c.to && sp.from <= i+maxLinked && linked(toks[i+1:sp.from]) {
			return possessed(toks, spans, sp)
		}
	}
	return nil
}

// maxLinked bounds the words between a verb and the body it acts on: four links and three modifiers.
const maxLinked = 7

// links are the words that may stand between a verb and the body it acts on.
var links = wordSet(`to onto into from of as the on for with in at an a its his her their him`)

// linked reports whether the tokens between a verb and a name only link them: at most four
// prepositions and articles ("to the", "onto", "as"), then, after an article or a possessive, at
// most three modifiers of the name ("the socialist Reform Party", "the influential Finance
// Committee", "the newly formed Workers' Party").
func linked(toks []token) bool {
	k := 0
	for k < len(toks) && links[lower(toks[k].text)] {
		k++
	}
	if k > 4 {
		return false
	}
	return k == len(toks) || (k > 0 && determiners[lower(toks[k-1].text)] && modifiers(toks[k:]))
}

// modifiers reports whether the words between an article and a name are a few lower-case modifiers
// of it: adjectives ("socialist", "influential", "small radical") and participles right after the
// article or after an adverb ("ruling", "banned socialist", "newly formed"). Verbs, prepositions,
// conjunctions, numbers, nouns of time and the nouns of bodies, roles and relatives are none: "the
// crowd that cheered the Reform Party", "the march organised by …", "the protests against Reform
// Party rule"; nor is a participle after a noun, which is the noun's verb ("the strike called …").
func modifiers(toks []token) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for k, t := range toks {
		w := t.text
		if !modifierWord(w) || (participle(w) && k > 0 && !lyAdverb(toks[k-1].text)) {
			return false
		}
	}
	return true
}

// modifierWord reports whether a word may modify a name before it: a lower-case word that is no
// function word, preposition, number, finite verb, or noun of time, a body, a role or a relative.
func modifierWord(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !isWordRune(r) || capitalised(w) || isDigits(w) || isPossessive(w) {
		return false
	}
	if roleStop[w] || prepositions[w] || clauseStarts[w] || connectors[w] || determiners[w] || links[w] ||
		timeNouns[w] || orgHeads[w] || kindNouns[w] || roleHeads[w] || kinNouns[w] || model.MonthNumber(w) > 0 {
		return false
	}
	return !isVerbLike(w) || participle(w)
}

// participle reports whether w has the form of a participle: "formed", "ruling".
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// lyAdverb reports whether w is an adverb in -ly: "newly", "recently".
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w] && !capitalised(w)
}

// prepositions are the words that open a phrase of their own inside a noun phrase.
var prepositions = wordSet(`about above across after against along alongside amid among amongst around
at before behind below beneath beside besides between beyond by despite during except for from in
inside into like near of off on onto opposite out outside over past per since than through throughout
till to toward towards under underneath unlike until up upon via with within without versus`)

// attributive reports whether the cue word at toks[i] is a participle used before a name rather than
// a verb: "the newly founded Dock Union", "the recently elected board".
func attributive(toks []token, from, i int) bool {
	k := i - 1
	if k >= from && lyAdverb(toks[k].text) {
		k--
	}
	return k >= from && (toks[k].text == "the" || toks[k].text == "a" || toks[k].text == "an")
}

// possessed returns, for "the Labour Party's National Executive Committee", the committee: the
// body a possessor is followed by; otherwise the span's own body.
func possessed(toks []token, spans []orgSpan, sp orgSpan) *org {
	if sp.to < len(toks) && isPossessive(toks[sp.to].text) {
		for _, next := range spans {
			if next.from > sp.to && next.org.parent == sp.org {
				return next.org
			}
		}
	}
	return sp.org
}
