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
// body may be one of the body the text is about ("He was chosen as a shop steward"; see topic.go).
var selectionVerbs = wordSet(`elected re-elected reelected appointed named chosen selected promoted
installed nominated`)

// positions reads the roles of one clause: role phrases ("was appointed as its National
// Organiser", "served as deputy under secretary of the Army", "an Inner London Education Authority
// member for Woolwich") and bodies joined or served on ("joined the NUDBTW", "served on the
// National Executive Committee").
// A candidate is a position a clause states, before its dates are read.
type candidate struct {
	m     mention
	cue   cueKind
	cueAt int // the cue word's token
	head  int // the role's head word, or the verb for a body without a role
	end   int // the token after the role phrase
	dated bool
	named bool // the clause names the body; otherwise it is the one the text is about
	// the qualifier is a place after "for" that names what the role is for rather than a seat
	// ("spokesperson for Wales"), unless the role's body has seats
	wardFor bool
}

func (r *factReader) positions(s Sentence, toks []token, spans []orgSpan, c *clause) []candidate {
	var out []candidate
	inSpan := map[int]orgSpan{}
	for _, sp := range spans {
		for k := sp.from; k < sp.to; k++ {
			inSpan[k] = sp
		}
	}
	lastCue := noCue
	var lastEnd, lastCueAt int
	type unnamed struct {
		k, from, head, end int
		topic              *org // the body the text is about as the role is read
	}
	var pending []unnamed // roles that name no body and may take one named elsewhere
	for h := c.from; h < c.to; h++ {
		w := lower(toks[h].text)
		if _, ok := inSpan[h]; ok || !roleHeads[w] || laterHead(toks, h, c.to) ||
			(h+1 < c.to && isPossessive(toks[h+1].text)) || (c.leadOwn && h < c.lead) {
			continue // "the President's personal lawyer" names the lawyer
		}
		from := roleStart(toks, c.from, h, inSpan)
		cue, cueAt := r.roleCue(toks, c, from, inSpan)
		if cue == noCue && lastCue != noCue && lastEnd <= from && coordinated(toks[lastEnd:from]) {
			cue = lastCue // "assistant general counsel (1956–1959), associate counsel (…) and general counsel"
		}
		if cue == noCue {
			continue
		}
		head := h
		if h+1 < c.to && postpositive[lower(toks[h+1].text)] {
			h++ // "professor emeritus", "attorney general"
		}
		role := joinTokens(toks[from : h+1])
		o, end, at := r.roleOrg(toks, spans, inSpan, c, from, h)
		named, roleEnd := o != nil, end
		seat := seatRoles[lower(toks[head].text)]
		if at > h+1 {
			// "member of the board of trustees of the Leeds Museum", "assistant secretary of state in
			// the Bureau of …": the words before the preposition of the body are the role's
			if p := lastPrep(toks, h+1, at); p > h+1 && complementAt(toks, h+1, p, inSpan, seat, false) == p {
				role = joinTokens(toks[from:p])
			}
		}
		// "ambassador to Canada", "deputy minister of finance", and after the body "deputy secretary
		// of the Navy for personnel affairs"
		if ce := complementAt(toks, end, c.to, inSpan, seat, at > h+1); ce > end {
			role += " " + joinTokens(toks[end:ce])
			end = ce
		}
		qualifier, qend := qualifierAt(toks, end, c.to, inSpan)
		// "spokesperson for Wales" names what the role is for, unless the role or its body holds a
		// seat: "member for Woolwich", "councillor for Splott" on a council (decided once the body is)
		wardFor := qualifier != "" && toks[end].text == "for" && !seat
		if qend > end {
			end = qend
		}
		if o == nil {
			// "deputy under secretary of the Army … and special assistant to the secretary": an
			// office named by its article alone is that of the body a role before it in the list names
			listAt := cueAt
			if listAt == 0 && cue == lastCue {
				listAt = lastCueAt
			}
			o = listBody(toks, out, listAt, h+1, end)
		}
		if o == nil && (cue == cueSelection || cue == cueServe) && !headRoles[lower(toks[h].text)] {
			// "He was chosen as a shop steward": a steward of the union the text is about, or of
			// the body an earlier verb of the clause names; decided once the clause's bodies are read
			pending = append(pending, unnamed{len(out), from, head, roleEnd, r.recentTopic()})
		}
		if o == nil && cue == cueState {
			// "taught at Columbia University …, and remains a Visiting Professor"
			o = borrowedBody(toks, c, from, head, roleEnd, r.clauseOrg)
		}
		if o == nil && cue == cueState {
			continue // "is a British political activist": an occupation, not a position
		}
		if cueAt == 0 && cue == lastCue {
			cueAt = lastCueAt
		}
		if named && end > h+1 {
			// "assistant general counsel (1956–1959), associate counsel (…) and general counsel
			// (…) to the Democratic Policy Committee": the roles before share the body named after
			// the last of them (not one named before a role, as in "a Whig Party leader")
			for k := len(out) - 1; k >= 0 && out[k].cueAt == cueAt && !out[k].named; k-- {
				out[k].m.org, out[k].named = o, true
			}
		}
		out = append(out, candidate{m: mention{role: role, qualifier: qualifier, org: o, ev: s},
			cue: cue, cueAt: cueAt, head: h, end: end, dated: cue != cueDescribe, named: named, wardFor: wardFor})
		r.setTopic(o)
		lastCue, lastCueAt, lastEnd = cue, cueAt, end
		h = end - 1
	}
	roles := len(out)
	out = append(out, r.bodies(s, toks, spans, c, out)...)
	for _, u := range pending {
		cand := &out[u.k]
		if cand.m.org != nil {
			continue // a body named after a later role of the list
		}
		// the body an earlier verb of the clause names: "was elected to the Harbour Board in 1980
		// and was appointed as treasurer in 1985"; else the topic
		o := bodyBefore(out[roles:], u.from, u.topic)
		if cand.m.org = borrowedBody(toks, c, u.from, u.head, u.end, o); cand.m.org != nil && (r.topic == o || r.topic == nil) {
			r.setTopic(o) // the text is still about it
		}
	}
	for k := range out[:roles] {
		if cand := &out[k]; cand.wardFor && !seatBody(cand.m.org) {
			cand.m.role, cand.m.qualifier = cand.m.role+" for "+cand.m.qualifier, ""
		}
	}
	return out
}

// asides are the words that describe how someone held a role rather than which role it was: "a
// long-term, though intermittent, member", "an active member".
var asides = wordSet(`long-term longtime long-time intermittent active prominent leading key influential
important vocal loyal former then later first early longstanding long-standing sometime one-time
onetime briefly also now currently still formerly previously again subsequently`)

// eventHeads name bodies that meet once, for a conference or a convention: chairing one "in 1992"
// begins and ends that year.
var eventHeads = wordSet(`conference convention summit meeting congress games festival assembly`)

// headRoles head a body or a polity; without a body named, the one the text is about is not
// theirs to assume: "was elected president in 1860" names no party.
var headRoles = wordSet(`president chairman chairwoman chair chairperson leader governor mayor premier
chancellor king queen prime emperor head director`)

// postpositive are the words that follow a role's head and belong to it.
var postpositive = wordSet(`emeritus emerita general elect designate`)

// laterHead reports whether the role head at h only modifies one a word or two later: "deputy under
// secretary", "vice chairman", "assistant general counsel".
func laterHead(toks []token, h, to int) bool {
	for k := h + 1; k < to && k <= h+2; k++ {
		w := lower(toks[k].text)
		if roleStop[w] || !isWordRune([]rune(toks[k].text)[0]) {
			return false
		}
		if roleHeads[w] && lower(toks[h].text) != "member" {
			return true
		}
	}
	return false
}

// roleStart walks left from a role's head over its modifiers: "Assistant General Secretary",
// "full-time district organiser", "deputy under secretary".
func roleStart(toks []token, from, h int, inSpan map[int]orgSpan) int {
	start := h
	for k := h - 1; k >= from && h-k <= 4; k-- {
		t := toks[k].text
		if _, ok := inSpan[k]; ok || roleStop[lower(t)] || asides[lower(t)] || isPossessive(t) || !isWordRune([]rune(t)[0]) || isDigits(t) ||
			(isVerbLike(lower(t)) && !capitalised(t)) {
			break // "awarded Commander of the Legion of Honor" is no role named "awarded Commander"
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
		if isPossessive(t) {
			// a possessor: "New Salem's postmaster", "the union's Assistant General Secretary"
			k--
			for k >= c.from && capitalised(toks[k].text) {
				k--
			}
			continue
		}
		if t == "a" || t == "an" || t == "the" || t == "its" || t == "his" || t == "her" ||
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
	if negated(toks, c.from, k) && w != "as" && w != "to" {
		return noCue, 0 // "to become the party's candidate", "would be elected"
	}
	if (w == "him" || w == "her") && k > c.from && selectionVerbs[lower(toks[k-1].text)] {
		return cueSelection, k - 1 // "appointed him vice chairman of …", "appointed him a member of …"
	}
	switch {
	case w == "as" || w == "to":
		prev := verbBefore(toks, c.from, k)
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
	case (selectionVerbs[w] || w == "became" || w == "become" || w == "becoming" || w == "is" || w == "was" ||
		w == "been" || w == "remained" || w == "remains") && r.othersVerb(toks, c, c.from, k, ""):
		return noCue, 0 // "he met Sam Reed, who was elected mayor": the verb has a subject of its own
	case selectionVerbs[w]:
		if !eventVerb(toks, k, w) {
			return noCue, 0 // "Lincoln appointed Major General George B. McClellan …": someone else's role
		}
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

// verbBefore returns the word before "as" that governs it, looking past a place or a time: "served
// in Germany as", "served from 1976 to 1991 as".
func verbBefore(toks []token, from, k int) string {
	for j := k - 1; j >= from && j >= k-6; j-- {
		w := lower(toks[j].text)
		if isDigits(w) || capitalised(toks[j].text) || w == "in" || w == "from" || w == "to" || w == "until" || w == "the" || model.MonthNumber(w) > 0 {
			continue
		}
		return w
	}
	if k > from {
		return lower(toks[k-1].text)
	}
	return ""
}

// coordinated reports whether the tokens between two role phrases join them: "and", a comma, or a
// bracketed date between.
func coordinated(toks []token) bool {
	depth, joined := 0, false
	for _, t := range toks {
		w := lower(t.text)
		switch {
		case t.text == "(":
			depth++
		case t.text == ")":
			depth--
		case depth > 0:
		case w == "and" || w == "," || w == "then":
			joined = true
		case w == "as" || w == "later" || w == "also" || w == "subsequently":
			// "served as New Salem's postmaster and later as county surveyor"
		case w == "a" || w == "an" || w == "the" || w == "in" || w == "at" || capitalised(t.text) || isDigits(w):
			// "a lawyer in Illinois, a Whig Party leader, and a member of …"
		default:
			return false
		}
	}
	return joined && len(toks) <= 10
}

// rolePreps join a role to its body.
var rolePreps = wordSet(`of for to at on in with within`)

// roleOrg finds the body of a role: after it ("secretary of the Campaign …", "organiser for the
// union", "counsel to the Democratic Policy Committee"), or before it ("the union's Assistant
// General Secretary", "its secretary", "an Inner London Education Authority member"). It returns the
// body, the token after the role phrase as read, and the token where the body's phrase starts when
// it follows the role (else 0).
func (r *factReader) roleOrg(toks []token, spans []orgSpan, inSpan map[int]orgSpan, c *clause, from, h int) (*org, int, int) {
	end := h + 1
	k := end
	for k < c.to && (toks[k].text == "(" || inParens(toks, c, k)) {
		k++ // a bracketed date after the role
	}
	// "secretary of the Campaign …", "member of the board of trustees of the Woodrow Wilson …",
	// "assistant secretary of state in the Bureau of …": the first body within a few words, reached
	// through prepositions and lower-case words only
	if k < c.to && rolePreps[lower(toks[k].text)] {
		for j := k + 1; j < c.to && j <= k+7; j++ {
			if sp, ok := inSpan[j]; ok {
				return possessed(toks, spans, sp), sp.to, sp.from
			}
			if lower(toks[k].text) == "of" && j <= k+2 && capitalised(toks[j].text) && model.MonthNumber(toks[j].text) == 0 {
				// "president of the United States", "mayor of Springfield": the place is the body
				e := j
				for e < c.to && (capitalised(toks[e].text) || (connectors[lower(toks[e].text)] && e+1 < c.to && capitalised(toks[e+1].text))) {
					e++
				}
				if name := joinTokens(toks[j:e]); !r.names[toks[j].text] {
					return r.reg.add(name, ""), e, j
				}
			}
			if determiners[lower(toks[j-1].text)] {
				// "secretary of the recently founded Dock Union": modifiers before a name
				for e := j + 1; e < c.to && e <= j+3; e++ {
					if sp, ok := inSpan[e]; ok {
						if sp.from == e && modifiers(toks[j:e]) {
							return possessed(toks, spans, sp), sp.to, j
						}
						break
					}
				}
			}
			t := toks[j].text
			if capitalised(t) || !isWordRune([]rune(t)[0]) || (roleStop[lower(t)] && !rolePreps[lower(t)] && lower(t) != "the") ||
				strings.HasSuffix(t, "ing") || isVerbLike(t) {
				break // "a leader in building the new Republican Party" leads no party
			}
		}
	}
	// before the role
	for k := from - 1; k >= c.from && k >= from-4; k-- {
		t := toks[k].text
		if sp, ok := inSpan[k]; ok {
			return sp.org, end, 0
		}
		if lower(t) == "its" {
			return r.lastBodyBefore(spans, k), end, 0
		}
		if !(isPossessive(t) || t == "a" || t == "an" || t == "the") {
			break
		}
	}
	return nil, end, 0
}

// listBody returns, for a role whose complement toks[from:end] names an office by its article alone
// ("to the secretary", "to the chairman for finance"), the body of the last role before it in the
// same list (the candidates of cue cueAt) that names one, when that body may have the office;
// otherwise nil.
func listBody(toks []token, cands []candidate, cueAt, from, end int) *org {
	if end < from+3 || lower(toks[from].text) != "to" || lower(toks[from+1].text) != "the" ||
		(end > from+3 && !prepositions[lower(toks[from+3].text)]) {
		return nil
	}
	office := lower(toks[from+2].text)
	if !roleHeads[office] {
		return nil
	}
	for k := len(cands) - 1; k >= 0 && cands[k].cueAt == cueAt; k-- {
		if o := cands[k].m.org; o != nil {
			if anyOffices[office] || headRoles[office] || kindOffices[o.head][office] {
				return o
			}
			return nil
		}
	}
	return nil
}

// lastPrep returns the last preposition of toks[from:to] that joins a role to a body, or -1.
func lastPrep(toks []token, from, to int) int {
	for k := to - 1; k >= from; k-- {
		if rolePreps[lower(toks[k].text)] {
			return k
		}
	}
	return -1
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
	for j < to && capitalised(toks[j].text) && model.MonthNumber(toks[j].text) == 0 {
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
func roleDates(toks []token, c *clause, cue cueKind, cueAt, head int) (start, stop model.Date) {
	window := c.window(toks, cueAt)
	if head+1 < c.to && toks[head+1].text == "(" {
		for _, t := range c.timexes {
			if t.Begin >= toks[head+1].end && t.Begin <= toks[head+1].end+1 {
				if t.Kind == Until {
					return model.Date{}, t.End
				}
				return t.Start, t.End
			}
		}
	}
	for _, t := range window {
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
		start = nearestOf(toks, window, cueAt, true)
	}
	return start, stop
}

// bodies reads the positions a clause gives by naming a body without a role: "joined the
// National Union of …", "served on the National Executive Committee", "elected onto the …
// Committee", "chaired the party's … Committee", "worked for the … as a researcher".
func (r *factReader) bodies(s Sentence, toks []token, spans []orgSpan, c *clause, roles []candidate) []candidate {
	var out []candidate
	from := c.from
	if c.leadOwn {
		from = c.lead + 1 // "After Kennedy was elected …, McPherson continued …": someone else's verb
	}
	for i := from; i < c.to; i++ {
		w := lower(toks[i].text)
		if inParens(toks, c, i) || attributive(toks, from, i) {
			continue // "the newly founded Dock Union": a participle before a name is no verb
		}
		var role string
		switch w {
		case "joined", "joining":
			role = "member"
		case "served", "serving", "sat", "sitting", "was", "is", "has":
			if w == "has" && (i+1 >= c.to || toks[i+1].text != "served") {
				continue
			}
			if w == "has" {
				i++
			}
			// "served four successive terms in the Illinois House of Representatives"
			if w == "served" {
				for k := i + 1; k < c.to && k <= i+4; k++ {
					if t := lower(toks[k].text); t == "terms" || t == "term" || t == "years" {
						i = k
						break
					}
				}
			}
			if i+1 < c.to && toks[i+1].text != "on" && (toks[i+1].text != "in" || w == "was" || w == "is") {
				continue
			}
			role = "member"
		case "appointed", "named":
			// "Carter appointed him to the … Commission", "Vale was appointed to the Arts Council"
			if (i+2 < c.to && (toks[i+1].text == "him" || toks[i+1].text == "her") && toks[i+2].text == "to") ||
				(i+1 < c.to && toks[i+1].text == "to" && eventVerb(toks, i, w)) {
				role = "member"
				break
			}
			continue
		case "elected", "re-elected", "reelected":
			if !eventVerb(toks, i, w) {
				continue
			}
			role = "member"
			if i+1 < c.to && toks[i+1].text != "to" && toks[i+1].text != "onto" && toks[i+1].text != "into" {
				// "He was first elected in 1998 on a … slate": elected to the body the text is about,
				// unless the clause names the role ("elected as …", "elected chairman")
				if electedAs(toks, i, c.to) {
					continue
				}
				topic, role := r.electedTo(append(roles[:len(roles):len(roles)], out...), i)
				if topic == nil {
					continue
				}
				out = append(out, candidate{m: mention{role: role, org: topic, ev: s},
					cue: cueSelection, cueAt: i, head: i, end: i + 1, dated: true})
				continue
			}
		case "partnered":
			// "He partnered with Stephen T. Logan from 1841 until 1844": a partnership, named
			// after the partner
			if i+2 >= c.to || toks[i+1].text != "with" || !capitalised(toks[i+2].text) {
				continue
			}
			e := i + 2
			for e < c.to && capitalised(toks[e].text) {
				e++
			}
			out = append(out, candidate{m: mention{role: "partner", org: r.reg.add(joinTokens(toks[i+2:e]), ""), ev: s},
				cue: cueStart, cueAt: i, head: i, end: e, dated: true, named: true})
			continue
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
		if negated(toks, c.from, i) || r.othersVerb(toks, c, c.from, i, "") {
			continue
		}
		o := r.objectOrg(toks, spans, c, i)
		if o == nil || (o.head == "" && (role == "chair" || role == "leader" || role == "founder")) {
			continue // "led the United States through its Civil War" is no position
		}
		if role == "member" && (w == "joined" || w == "joining") && businesses[o.head] {
			continue // "joined the law firm …": a business has staff and partners, not members
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
		cue := cueStart
		switch w {
		case "appointed", "named", "elected", "re-elected", "reelected":
			cue = cueSelection
		case "joined", "joining", "chaired", "led", "headed", "founded", "co-founded":
		default:
			cue = cueServe
		}
		r.setTopic(o)
		out = append(out, candidate{m: mention{role: role, qualifier: qualifier, org: o, ev: s, once: eventHeads[o.head]},
			cue: cue, cueAt: i, head: i, end: end, dated: true, named: true})
		// "served on the Editorial Advisory Board … and the Publications Committee …"
		for _, sp := range spans {
			if sp.from > end && sp.from <= end+2 && (toks[end].text == "and" || toks[end].text == ",") && (sp.from == end+1 || lower(toks[end+1].text) == "the") {
				out = append(out, candidate{m: mention{role: role, org: possessed(toks, spans, sp), ev: s},
					cue: cue, cueAt: i, head: i, end: sp.to, dated: true, named: true})
				end = sp.to
			}
		}
	}
	return out
}

// businesses are the kinds of body that one joins as staff or a partner, not as a member.
var businesses = wordSet(`firm company corporation conglomerate`)

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
func (r *factReader) topicRole() string { return r.roleIn(r.topic) }

// roleIn returns the role the person last held in body o, or "member".
func (r *factReader) roleIn(o *org) string {
	for k := len(r.mentions) - 1; k >= 0; k-- {
		if r.mentions[k].org == o {
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
	r.setTopic(m.org)
	m.seq = len(r.mentions)
	r.mentions = append(r.mentions, m)
}
