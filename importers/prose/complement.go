package prose

import (
	"strings"

	"github.com/vita-project/vita/model"
)

// This file reads a role's complement: the phrase after a role that says what the role is of, to or
// for, and belongs to its name,
//
//	appointed as ambassador to Canada                   → "ambassador to Canada"
//	appointed deputy minister of finance                → "deputy minister of finance"
//	served as minister of state for foreign affairs     → "minister of state for foreign affairs"
//	appointed as a spokesperson for Wales               → "spokesperson for Wales"
//	a member of the board of trustees of the Leeds Museum → "member of the board of trustees", Leeds Museum
//	deputy secretary of the Navy for personnel affairs  → "deputy secretary for personnel affairs", Navy
//
// but not a body the role is read as belonging to ("secretary of the Dock Union"), a time ("in
// 1990", "for two years", "to the end of the decade"), a seat that an elected role holds ("member
// for Woolwich", "councillor for Splott", kept as the qualifier), nor a verb, a clause or a second
// role ("to succeed her", "of finance, which …", "of finance and deputy leader").
//
// A complement is a preposition and a short noun phrase, which may hold one more such phrase:
// "of state for foreign affairs", "to the secretary for civil functions", not "to the Prime Minister
// of Canada for trade in 1990". It stops at a comma, a bracket, a clause word, a verb, a preposition
// beyond that one level, a body's name and the words of a time.

// seatRoles hold a seat that a place elects: a place after "for" names the seat, which is the
// qualifier ("member for Woolwich", "councillor for Splott", "candidate for Cardiff").
var seatRoles = wordSet(`member members councillor councilor representative senator mp mep msp alderman
deputy delegate candidate nominee congressman congresswoman assemblyman assemblywoman legislator`)

// complementTimes open a time rather than a complement: "to the end of his term", "for the rest of
// his life", "for most of the decade".
var complementTimes = wordSet(`end death retirement present beginning start outbreak rest remainder
duration period career tenure most much part`)

// prepNouns make a preposition of the one before them and the one after: "on behalf of", "in
// place of", "by way of", "in charge of".
var prepNouns = wordSet(`behalf place way charge lieu spite account favour favor terms view case instead`)

// maxComplementWords bounds the words of the noun phrase of one preposition of a complement.
const maxComplementWords = 6

// complementAt reads the complement that opens with the preposition at toks[k] and ends before limit.
// It returns the token after it, or k when none starts there. After the role's head (afterBody
// false) a complement opens with "of", "to" or "for"; after the body the role names ("deputy
// secretary of the Navy for personnel affairs") only with "for" and a bare noun phrase, or "to" and a
// name ("ambassador of Norway to Canada"). A place after "for" with no article ("for Wales") is left
// to qualifierAt, which reads it as the seat or the area of the role. A seat's role takes no name
// after "for" at all ("member for the Isle of Wight").
func complementAt(toks []token, k, limit int, inSpan map[int]orgSpan, seat, afterBody bool) int {
	return complementLevel(toks, k, limit, inSpan, 0, seat, afterBody)
}

// complementLevel reads one preposition and its noun phrase at toks[k], and at level 0 one more
// phrase nested in it. It returns the token after what it read, or k.
func complementLevel(toks []token, k, limit int, inSpan map[int]orgSpan, level int, seat, afterBody bool) int {
	if k+1 >= limit {
		return k
	}
	p := lower(toks[k].text)
	switch {
	case p == "of" && !afterBody, p == "to", p == "for":
	case p == "on" && level > 0: // "adviser to the president on trade"
	default:
		return k
	}
	j := k + 1
	article := false
	if w := lower(toks[j].text); w == "the" || w == "a" || w == "an" {
		j, article = j+1, true
	}
	if j >= limit {
		return k
	}
	first := toks[j].text
	w := lower(first)
	if timeLeads[w] || complementTimes[w] || timeNouns[w] || isDigits(w) || model.MonthNumber(w) > 0 {
		return k // "for two years", "to the end of his term", "in May"
	}
	if _, ok := inSpan[j]; ok || !isWordRuneAt(first, 0) || isPossessive(first) || roleStop[w] || clauseStarts[w] ||
		prepositions[w] || prepNouns[w] || (!capitalised(first) && isVerbLike(w)) {
		return k // a body, "to succeed her", "as of", "on behalf of"
	}
	name := capitalised(first)
	switch p {
	case "to":
		if !name && (!article || afterBody) {
			return k // "treasurer to succeed her"; after a body, "to the end" is more likely a time
		}
	case "for":
		if article && !name {
			return k // "for the party"
		}
		if name && (seat || (afterBody && level == 0)) {
			return k // "member for Woolwich", "member of parliament for the Isle of Wight": the seat
		}
		if name && !article && level == 0 {
			return k // "for Wales": the qualifier, see qualifierAt
		}
	case "on":
		if article || name {
			return k
		}
	}
	e, words := j, 0
scan:
	for e < limit {
		t := toks[e].text
		w := lower(t)
		if _, ok := inSpan[e]; ok {
			break // "adviser to the president of the Harbour Board": the body is read as the role's
		}
		if !isWordRuneAt(t, 0) {
			if isPossessive(t) {
				return k // "adviser to the president's wife"
			}
			break // a comma, a bracket, a dash
		}
		switch {
		case isDigits(w) || model.MonthNumber(w) > 0 || timeNouns[w]:
			return k // "for a further two years"
		case w == "and" || w == "&":
			if !listGoesOn(toks, e, limit, inSpan) {
				break scan // "minister of finance and deputy leader", "and then"
			}
		case prepositions[w]:
			if level == 0 && e > j {
				e = complementLevel(toks, e, limit, inSpan, 1, seat, false) // "of state for foreign affairs"; not "to Canada for two years"
			}
			break scan
		case roleStop[w] || clauseStarts[w] || (!capitalised(t) && isVerbLike(w)):
			break scan // "of finance who …", "to the president was …"
		case !capitalised(t) && strings.HasSuffix(w, "ing") && e+1 < limit && takesObject(toks[e+1].text):
			break scan // "adviser to the committee investigating the affair"; not "minister of housing"
		}
		if words++; words > maxComplementWords {
			return k // no short noun phrase
		}
		e++
	}
	if e > j && (toks[e-1].text == "and" || toks[e-1].text == "&") {
		e-- // the list did not go on after all
	}
	if e == j {
		return k
	}
	return e
}

// listGoesOn reports whether "and" at toks[i] goes on the noun phrase of a complement ("educational
// and cultural affairs", "Canada and Mexico") rather than joining a second role or a clause
// ("minister of finance and deputy leader", "and then", "and the …").
func listGoesOn(toks []token, i, limit int, inSpan map[int]orgSpan) bool {
	n := i + 1
	if n >= limit || !isWordRuneAt(toks[n].text, 0) {
		return false
	}
	if w := lower(toks[n].text); roleStop[w] || clauseStarts[w] || prepositions[w] || determiners[w] ||
		(!capitalised(toks[n].text) && isVerbLike(w)) {
		return false
	}
	for k := n; k < limit && k <= n+3 && isWordRuneAt(toks[k].text, 0); k++ {
		w := lower(toks[k].text)
		if _, ok := inSpan[k]; ok || roleHeads[w] {
			return false
		}
		if prepositions[w] || roleStop[w] {
			break
		}
	}
	return true
}

// takesObject reports whether the word after a form in -ing makes it a verb with an object ("…
// investigating the affair", "… investigating Watergate") rather than a noun or a modifier ("minister
// of housing in …", "the fishing industry").
func takesObject(next string) bool {
	return determiners[lower(next)] || capitalised(next)
}

// complementPrepsOfRoles open a complement inside a role's name: "minister of finance", "ambassador
// to Canada", "spokesperson for health", "adviser to the president on trade".
var complementPrepsOfRoles = wordSet(`of to for on`)

// roleHeadWord returns the head of a role's name, lower case: the word before its complement
// ("chairman" of "chairman of the board") or its last word.
func roleHeadWord(role string) string {
	ws := strings.Fields(role)
	for i := 1; i < len(ws); i++ {
		if complementPrepsOfRoles[lower(ws[i])] {
			return lower(ws[i-1])
		}
	}
	return lower(lastWord(role))
}
