package prose

import (
	"strings"

	"github.com/vita-project/vita/model"
)

// How a clause puts the person into a role, which decides what its dates mean and whether a role
// without a named body belongs to the body the text is about.
type cueKind int

const (
	noCue        cueKind = iota
	cueStart             // elected, appointed, chosen, named, became, joined, promoted: a point date is the start
	cueSelection         // the start cues that imply a body that chose: elected, appointed, chosen, named
	cueServe             // served as, worked as: only ranges, starts and ends count
	cueState             // is, was, has been: only ranges, starts and ends count, and a body is needed
	cueDescribe          // his role as: no dates
)

// selectionVerbs put someone into a role by a body's choice; a role they give without naming the
// body is the body of the paragraph ("He was chosen as a shop steward").
var selectionVerbs = wordSet(`elected re-elected reelected appointed named chosen selected promoted
installed nominated`)

// positions reads the roles of one clause: role phrases ("was appointed as its National
// Organiser", "served as deputy under secretary of the Army", "an Inner London Education Authority
// member for Woolwich") and bodies joined or served on ("joined the NUDBTW", "served on the
// National Executive Committee").
func (r *factReader) positions(s Sentence, toks []token, spans []orgSpan, c *clause) {
	inSpan := map[int]orgSpan{}
	for _, sp := range spans {
		for k := sp.from; k < sp.to; k++ {
			inSpan[k] = sp
		}
	}
	lastCue := noCue
	var lastEnd int
	for h := c.from; h < c.to; h++ {
		w := lower(toks[h].text)
		if _, ok := inSpan[h]; ok || !roleHeads[w] || (h+1 < c.to && roleHeads[lower(toks[h+1].text)] && !capitalised(toks[h+1].text) == !capitalised(toks[h].text) && w != "member") {
			continue
		}
		from := roleStart(toks, c.from, h, inSpan)
		cue, cueAt := r.roleCue(toks, c, from, inSpan)
		if cue == noCue && lastCue != noCue && coordinated(toks[lastEnd:from]) {
			cue = lastCue // "assistant general counsel (1956–1959), associate counsel (…) and general counsel"
		}
		if cue == noCue {
			continue
		}
		role := joinTokens(toks[from : h+1])
		o, end := r.roleOrg(toks, spans, inSpan, c, from, h)
		qualifier, qend := qualifierAt(toks, end, c.to, inSpan)
		if qend > end {
			end = qend
		}
		if o == nil && (cue == cueSelection || cue == cueServe) && r.topic != nil {
			o = r.topic
		}
		if o == nil && cue == cueState {
			continue // "is a British political activist": an occupation, not a position
		}
		m := mention{role: role, qualifier: qualifier, org: o, ev: s}
		if cue != cueDescribe {
			m.start, m.end = roleDates(toks, c, cue, cueAt, end)
		}
		r.add(m)
		lastCue, lastEnd = cue, end
		h = end - 1
	}
	r.bodies(s, toks, spans, c)
}

// asides are the words that describe how someone held a role rather than which role it was: "a
// long-term, though intermittent, member", "an active member".
var asides = wordSet(`long-term longtime long-time intermittent active prominent leading key influential
important vocal loyal former then later first early longstanding long-standing sometime one-time
onetime briefly also`)

// roleStart walks left from a role's head over its modifiers: "Assistant General Secretary",
// "full-time district organiser", "deputy under secretary".
func roleStart(toks []token, from, h int, inSpan map[int]orgSpan) int {
	start := h
	for k := h - 1; k >= from && h-k <= 4; k-- {
		t := toks[k].text
		if _, ok := inSpan[k]; ok || roleStop[lower(t)] || asides[lower(t)] || isPossessive(t) || !isWordRune([]rune(t)[0]) || isDigits(t) {
			break
		}
		start = k
	}
	return start
}

// roleCue finds what, left of a role phrase, makes it the person's: "elected as", "became a",
// "was appointed its", "is the", "his role as".
func (r *factReader) roleCue(toks []token, c *clause, from int, inSpan map[int]orgSpan) (cueKind, int) {
	k := from - 1
	// skip determiners, a possessor ("the union's"), a body before the role ("an ILEA member") and
	// asides ("a long-term, though intermittent, member")
	for skipped := 0; k >= c.from && skipped < 8; skipped++ {
		t := lower(toks[k].text)
		if sp, ok := inSpan[k]; ok {
			k = sp.from - 1
			continue
		}
		if isPossessive(t) || t == "a" || t == "an" || t == "the" || t == "its" || t == "his" || t == "her" ||
			t == "," || t == "though" || t == "although" || asides[t] {
			k--
			continue
		}
		break
	}
	if k < c.from {
		return noCue, 0
	}
	w := lower(toks[k].text)
	switch {
	case w == "as" || w == "to":
		prev := ""
		if k > c.from {
			prev = lower(toks[k-1].text)
		}
		switch {
		case selectionVerbs[prev]:
			return cueSelection, k
		case prev == "became" || prev == "become":
			return cueStart, k
		case prev == "served" || prev == "serving" || prev == "worked" || prev == "working" || prev == "acted" || prev == "continued" || prev == "employed":
			return cueServe, k
		case prev == "role" || prev == "capacity" || prev == "position" || prev == "post":
			return cueDescribe, k
		case w == "to" && (prev == "serve"):
			return noCue, 0
		}
		if w == "as" && k > c.from && isVerbLike(prev) {
			return cueServe, k
		}
	case selectionVerbs[w]:
		return cueSelection, k // "was appointed National Organiser", "elected chairman"
	case w == "became" || w == "become" || w == "becoming":
		return cueStart, k
	case w == "is" || w == "was" || w == "been" || w == "remained" || w == "remains":
		return cueState, k
	case w == "of" && k > c.from && (lower(toks[k-1].text) == "position" || lower(toks[k-1].text) == "post" || lower(toks[k-1].text) == "office"):
		return cueServe, k // "served in the position of deputy representative"
	}
	return noCue, 0
}

// coordinated reports whether the tokens between two role phrases join them: "and", a comma, or a
// bracketed date between.
func coordinated(toks []token) bool {
	depth := 0
	for _, t := range toks {
		switch {
		case t.text == "(":
			depth++
		case t.text == ")":
			depth--
		case depth > 0:
		case t.text == "and" || t.text == "," || t.text == "a" || t.text == "an" || t.text == "the" || t.text == "then":
		default:
			return false
		}
	}
	return len(toks) > 0
}

// roleOrg finds the body of a role: after it ("secretary of the Campaign …", "organiser for the
// union", "counsel to the Democratic Policy Committee"), or before it ("the union's Assistant
// General Secretary", "its secretary", "an Inner London Education Authority member"). It returns the
// body and the token after the role phrase as read.
func (r *factReader) roleOrg(toks []token, spans []orgSpan, inSpan map[int]orgSpan, c *clause, from, h int) (*org, int) {
	end := h + 1
	k := end
	for k < c.to && (toks[k].text == "(" || inParens(toks, c, k)) {
		k++ // a bracketed date after the role
	}
	if k < c.to {
		switch lower(toks[k].text) {
		case "of", "for", "to", "at", "on", "in", "with":
			j := k + 1
			if j < c.to && lower(toks[j].text) == "the" {
				j++
			}
			if sp, ok := inSpan[j]; ok && sp.from >= j-1 {
				return possessed(toks, spans, sp), sp.to
			}
			if sp, ok := inSpan[k+1]; ok {
				return possessed(toks, spans, sp), sp.to
			}
		}
	}
	// before the role
	for k := from - 1; k >= c.from && k >= from-4; k-- {
		t := toks[k].text
		if sp, ok := inSpan[k]; ok {
			return sp.org, end
		}
		if lower(t) == "its" {
			return r.lastBodyBefore(spans, k), end
		}
		if !(isPossessive(t) || t == "a" || t == "an" || t == "the") {
			break
		}
	}
	return nil, end
}

func inParens(toks []token, c *clause, k int) bool {
	depth := 0
	for j := c.from; j < k; j++ {
		switch toks[j].text {
		case "(":
			depth++
		case ")":
			depth--
		}
	}
	return depth > 0 || toks[k].text == ")"
}

// lastBodyBefore returns what "its" at token k refers to: the body named last before it in the
// sentence, or else the body the text was about before the sentence.
func (r *factReader) lastBodyBefore(spans []orgSpan, k int) *org {
	var best *org
	for _, sp := range spans {
		if sp.to <= k {
			best = sp.org
		}
	}
	if best == nil {
		best = r.before
	}
	return best
}

// qualifierAt reads "for Woolwich" or "from Rogaland" after a role or a body: a capitalised place
// that is not itself a body.
func qualifierAt(toks []token, k, to int, inSpan map[int]orgSpan) (string, int) {
	if k+1 >= to || (toks[k].text != "for" && toks[k].text != "from") {
		return "", k
	}
	j := k + 1
	for j < to && capitalised(toks[j].text) && monthNumber[lower(toks[j].text)] == 0 {
		if _, ok := inSpan[j]; ok {
			return "", k
		}
		j++
	}
	if j == k+1 {
		return "", k
	}
	return joinTokens(toks[k+1 : j]), j
}

// roleDates returns what a clause says of a role's start and end. A bracketed date right after the
// role is its own ("assistant general counsel (1956–1959)"); otherwise the clause's range, start and
// end; a single date is the start only when the verb puts the person into the role.
func roleDates(toks []token, c *clause, cue cueKind, cueAt, end int) (start, stop model.Date) {
	if end < c.to && end < len(toks) {
		for _, t := range c.timexes {
			if t.Begin >= toks[end-1].end && t.Begin <= toks[min(end+1, len(toks)-1)].end && end < len(toks) && (toks[end].text == "(" || toks[end-1].text == ")") {
				return t.Start, t.End
			}
		}
	}
	for _, t := range c.timexes {
		switch t.Kind {
		case Range:
			return t.Start, t.End
		case From:
			start = t.Start
		case Until:
			stop = t.End
		}
	}
	if start.IsZero() && (cue == cueStart || cue == cueSelection) {
		start = nearestPoint(toks, c, cueAt)
	}
	return start, stop
}

// nearestPoint is nearestDate over the clause's points only.
func nearestPoint(toks []token, c *clause, i int) model.Date {
	points := *c
	points.timexes = nil
	for _, t := range c.timexes {
		if t.Kind == Point {
			points.timexes = append(points.timexes, t)
		}
	}
	return nearestDate(toks, &points, i)
}

// bodies reads the positions a clause gives by naming a body without a role: "joined the
// National Union of …", "served on the National Executive Committee", "elected onto the …
// Committee", "chaired the party's … Committee", "worked for the … as a researcher".
func (r *factReader) bodies(s Sentence, toks []token, spans []orgSpan, c *clause) {
	for i := c.from; i < c.to; i++ {
		w := lower(toks[i].text)
		var role string
		switch w {
		case "joined", "joining":
			role = "member"
		case "served", "serving", "sat", "sitting":
			if i+1 < c.to && toks[i+1].text != "on" && toks[i+1].text != "in" {
				continue
			}
			role = "member"
		case "elected", "re-elected", "reelected":
			if !eventVerb(toks, i, w) {
				continue
			}
			role = "member"
			if i+1 < c.to && toks[i+1].text != "to" && toks[i+1].text != "onto" && toks[i+1].text != "into" {
				// "He was first elected in 1998 on a … slate": elected to the body the text is about,
				// unless the clause names the role ("elected as …", "elected chairman")
				if r.topic == nil || electedAs(toks, i, c.to) {
					continue
				}
				m := mention{role: r.topicRole(), org: r.topic, ev: s}
				m.start, m.end = roleDates(toks, c, cueSelection, i, i+1)
				r.add(m)
				continue
			}
		case "chaired":
			role = "chair"
		case "led", "headed":
			role = "leader"
		case "founded", "co-founded":
			role = "founder"
		case "worked":
			role = ""
		default:
			continue
		}
		if negated(toks, c.from, i) {
			continue
		}
		o := r.objectOrg(toks, spans, c, i)
		if o == nil {
			continue
		}
		end := i + 1
		for _, sp := range spans {
			if sp.org == o || (sp.to > end && sp.from > i && sp.from <= i+5) {
				end = max(end, sp.to)
				break
			}
		}
		if role == "" {
			// "worked for the National Union of Public Employees as a researcher"
			if end+1 < c.to && toks[end].text == "as" {
				h := end + 1
				for h < c.to && (toks[h].text == "a" || toks[h].text == "an" || toks[h].text == "the") {
					h++
				}
				for h < c.to && !roleHeads[lower(toks[h].text)] && h < end+5 {
					h++
				}
				if h < c.to && roleHeads[lower(toks[h].text)] {
					from := roleStart(toks, end+1, h, nil)
					role = joinTokens(toks[from : h+1])
				}
			}
			if role == "" {
				continue
			}
		}
		qualifier, _ := qualifierAt(toks, end, c.to, nil)
		m := mention{role: role, qualifier: qualifier, org: o, ev: s}
		cue := cueStart
		if w == "served" || w == "serving" || w == "sat" || w == "sitting" || w == "worked" {
			cue = cueServe
		}
		m.start, m.end = roleDates(toks, c, cue, i, end)
		r.topic = o
		r.add(m)
	}
}

// electedAs reports whether an election names its role: "elected as …", "elected chairman".
func electedAs(toks []token, i, to int) bool {
	for k := i + 1; k < to && k <= i+4; k++ {
		w := lower(toks[k].text)
		if w == "as" || roleHeads[w] {
			return true
		}
		if w == "in" || w == "on" || w == "with" || w == "," || isDigits(w) {
			return false
		}
	}
	return false
}

// topicRole is the role last held in the body the text is about: "member" unless the text said
// otherwise.
func (r *factReader) topicRole() string {
	for k := len(r.mentions) - 1; k >= 0; k-- {
		if r.mentions[k].org == r.topic {
			return r.mentions[k].role
		}
	}
	return "member"
}

// add records a mention; the body it names becomes the one the text is about.
func (r *factReader) add(m mention) {
	m.role = strings.TrimSpace(m.role)
	if m.role == "" {
		return
	}
	if m.org != nil {
		r.topic = m.org
	}
	m.seq = len(r.mentions)
	r.mentions = append(r.mentions, m)
}
