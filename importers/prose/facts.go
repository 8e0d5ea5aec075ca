package prose

import (
	"strings"
	"unicode"

	"github.com/vita-project/vita/model"
)

// PositionsAndEvents reads the positions a person held and the events of their life from the
// article's prose, sentence by sentence, keeping the organisations it names, the dates it states
// (relative ones resolved against the last date stated) and the body a sentence refers back to.
// Only clauses whose subject is the person count: "He was elected …", "In 1973, Haigh became …",
// "…, and joined the union", but not "Marie van der Zyl, president of the Board, …".
func PositionsAndEvents(a *Article, b *model.Biography) {
	r := &factReader{names: nameTokens(b)}
	for _, s := range a.Sentences {
		r.sentence(s)
	}
	r.finish(b)
}

// factReader holds what the article has said so far.
type factReader struct {
	names     map[string]bool
	reg       registry
	anchor    model.Date // the last date the text stated
	topic     *org       // the body the last position or event concerned
	before    *org       // the body mentioned last before the current sentence
	paragraph int
	mentions  []mention
	events    []rawEvent
}

// A mention is one statement of a position: a role in a body, with what the clause says of its dates.
type mention struct {
	role, qualifier string
	org             *org
	start, end      model.Date
	ev              Sentence
	seq             int
}

// A rawEvent is one event as a clause states it.
type rawEvent struct {
	kind   model.EventKind
	date   model.Date
	org    *org   // the body it concerns first
	orgs   []*org // every body the clause names after the verb: "from the Labour Party and the NEC"
	closes bool   // it ends a tenure: a lost seat, not a failed attempt to win one
	text   string
	note   string
	ev     Sentence
	extra  []Sentence // the other sentences that state it
	seq    int
}

// A clause is a run of tokens of one sentence with its own subject.
type clause struct {
	from, to int  // tokens
	person   bool // its subject is the person
	timexes  []Timex
}

func (r *factReader) sentence(s Sentence) {
	if s.Paragraph != r.paragraph {
		r.paragraph = s.Paragraph
	}
	toks := tokenize(s.Text)
	r.before = r.reg.recent("")
	spans := r.reg.findOrgs(toks)
	timexes := Timexes(s.Text, r.anchor)
	if len(timexes) > 0 {
		// The first date of a sentence is usually its narrative time ("In May 2019, a recording
		// … made in January 2019 …"); "later that month" in the next sentence counts from it.
		r.anchor = timexes[0].Last()
	}
	r.electionTopic(toks, spans)
	clauses := r.clauses(toks, spans, timexes)
	var prev *clause
	for k := range clauses {
		c := &clauses[k]
		if !c.person {
			prev = c
			continue
		}
		if len(c.timexes) == 0 && prev != nil && prev.person && continuation(toks, c) {
			c.timexes = prev.timexes // "He became a carpet weaver in 1956, and joined the union."
		}
		r.clause(s, toks, spans, c)
		prev = c
	}
}

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
			r.topic = possessed(toks, spans, sp)
		}
	}
}

// clauseStarts are the words after a comma that open a new clause.
var clauseStarts = wordSet(`and but while although though whereas then which who whom whose where
before after until when however yet so`)

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
			if depth == 0 && i+1 < len(toks) && clauseStarts[toks[i+1].text] && !aside(toks, i+1) {
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
	// skip a leading adverbial or participle phrase up to its comma
	if i < c.to {
		w := lower(toks[i].text)
		if adverbialStarts[w] || strings.HasSuffix(w, "ing") {
			for j := i; j < c.to; j++ {
				if toks[j].text == "," {
					i = j + 1
					break
				}
			}
		}
	}
	for ; i < c.to; i++ {
		t := toks[i].text
		switch {
		case inSpan[i]:
			return "other" // a body is the subject: "the NUDBTW decided …"
		case r.names[t] || t == "He" || t == "She" || t == "he" || t == "she":
			return "person"
		case t == "who" && i > c.from:
			continue
		case capitalised(t) && !functionWords[lower(t)] && monthNumber[lower(t)] == 0 && !isDigits(t):
			return "other"
		case t == "it" || t == "they" || t == "It" || t == "They" || t == "I" || t == "we" || t == "We":
			return "other"
		case isVerbLike(t):
			return "" // the clause starts with its verb
		}
	}
	return ""
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
		"won", "lost", "led", "served", "sat", "went", "took", "made", "held", "ran", "stood", "chaired":
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
	"appointed": model.Appointed, "named": model.Appointed, "chosen": model.Appointed,
	"selected": model.Appointed, "promoted": model.Appointed, "installed": model.Appointed,
	"resigned": model.Resigned, "retired": model.Retired, "retirement": model.Retired,
	"suspended": model.Suspended, "expelled": model.Expelled, "joined": model.Joined, "joining": model.Joined,
	"left": model.Left, "defeated": model.Defeated, "died": model.Died, "married": model.Married,
	"divorced": model.Divorced, "awarded": model.Award, "graduated": model.Graduated,
	"enlisted": model.Enlisted, "nominated": model.Nominated, "withdrew": model.Withdrew,
	"apologised": model.Apologised, "apologized": model.Apologised, "assassinated": model.Assassinated,
	"assassination": model.Assassinated, "sworn": model.SwornIn,
}

// clause reads the positions and events of one clause whose subject is the person.
func (r *factReader) clause(s Sentence, toks []token, spans []orgSpan, c *clause) {
	for i := c.from; i < c.to; i++ {
		w := lower(toks[i].text)
		if kind, ok := eventCues[w]; ok && !negated(toks, c.from, i) && eventVerb(toks, i, w) {
			r.event(s, toks, spans, c, i, kind)
		}
		switch {
		case w == "lost" && i+2 < c.to && (toks[i+2].text == "seat" || toks[i+2].text == "election"):
			r.event(s, toks, spans, c, i, model.Defeated)
		case w == "failed" && i+2 < c.to && toks[i+1].text == "to" && (toks[i+2].text == "win" || toks[i+2].text == "gain"):
			r.event(s, toks, spans, c, i, model.Defeated)
		}
	}
	r.positions(s, toks, spans, c)
}

// negated reports whether a verb is negated or hypothetical: "he did not join", "would be elected".
func negated(toks []token, from, i int) bool {
	for j := max(from, i-3); j < i; j++ {
		switch lower(toks[j].text) {
		case "not", "never", "would", "could", "might", "should", "to":
			return true
		}
	}
	return false
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
		return i > 0 && isAux(toks[i-1].text)
	case "elected", "re-elected", "reelected", "appointed", "chosen", "selected", "promoted", "installed",
		"suspended", "expelled", "nominated", "defeated":
		// a passive needs its auxiliary ("was elected", "had been appointed", "and then expelled"),
		// or opens the clause ("Elected in 1846, Lincoln …"): "promoted candidates" is no event
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if w := lower(toks[j].text); isAux(w) || w == "and" || w == "," {
				return true
			}
		}
		return i == 0
	}
	return !(i > 0 && (lower(toks[i-1].text) == "the" || lower(toks[i-1].text) == "a"))
}

func isAux(w string) bool {
	switch lower(w) {
	case "was", "were", "been", "being", "be", "is", "are", "had", "has", "have", "then", "later", "also",
		"subsequently", "first", "narrowly", "unanimously", "again", "eventually", "successfully", "formally":
		return true
	}
	return false
}

// event records an event at the cue word toks[i].
func (r *factReader) event(s Sentence, toks []token, spans []orgSpan, c *clause, i int, kind model.EventKind) {
	o := r.objectOrg(toks, spans, c, i)
	if o == nil && (kind == model.Elected || kind == model.Reelected || kind == model.Defeated || kind == model.Appointed) {
		o = r.topic
	}
	date := nearestDate(toks, c, i)
	if o != nil {
		r.topic = o
	}
	var orgs []*org
	for _, sp := range spans {
		if sp.from > i && sp.from < c.to {
			orgs = append(orgs, possessed(toks, spans, sp))
		}
	}
	closes := closingKinds[kind] && lower(toks[i].text) != "failed"
	r.events = append(r.events, rawEvent{kind: kind, date: date, org: o, orgs: orgs, closes: closes,
		text: eventText(s.Text, toks, c, i), ev: s, seq: len(r.events)})
}

// eventText is the clause from its cue word to its end or its first comma: "Suspended from the
// Labour Party and the NEC in May 2019".
func eventText(text string, toks []token, c *clause, i int) string {
	end := toks[c.to-1].end
	for k := i + 1; k < c.to; k++ {
		if toks[k].text == "," {
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

// nearestDate returns the date of the clause's time expression nearest after toks[i], or before
// it; a range or a start gives its start, an end its end.
func nearestDate(toks []token, c *clause, i int) model.Date {
	var best *Timex
	for k := range c.timexes {
		t := &c.timexes[k]
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

// objectOrg returns the body the verb at toks[i] acts on: the first organisation named within a few
// words after it, through "to", "onto", "from", "of", "as", "the".
func (r *factReader) objectOrg(toks []token, spans []orgSpan, c *clause, i int) *org {
	for _, sp := range spans {
		if sp.from > i && sp.from < c.to && sp.from <= i+4 && onlyLinks(toks[i+1:sp.from]) {
			return possessed(toks, spans, sp)
		}
	}
	return nil
}

// onlyLinks reports whether the tokens between a verb and a name are prepositions and articles.
func onlyLinks(toks []token) bool {
	for _, t := range toks {
		switch lower(t.text) {
		case "to", "onto", "into", "from", "of", "as", "the", "on", "for", "with", "in", "at", "an", "a", "its", "his", "her":
		default:
			return false
		}
	}
	return true
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

func spanAt(spans []orgSpan, i int) (orgSpan, bool) {
	for _, sp := range spans {
		if sp.from == i {
			return sp, true
		}
	}
	return orgSpan{}, false
}
