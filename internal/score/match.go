package score

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/vita-project/vita/model"
)

// normalize makes a scalar comparable: lower case, punctuation as space, runs of space as one.
// "Harry Cummings McPherson, Jr." and "harry cummings mcpherson jr" are the same.
func normalize(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		if r == '\'' || r == '’' || r == '.' {
			return -1 // "U.S." is "us", "O'Brien" is "obrien"
		}
		return ' '
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// SameDate reports whether a predicted date states exactly what the gold states: the same date at
// the same precision. A coarser prediction is wrong and so is a finer one ("1944-02-01" for the gold
// "1944-02"). A decade matches as EDTF writes it: the gold's "1970s" is 197X. Qualifiers (~ ?) are
// not compared, as the gold format cannot write them. Two unknown dates are the same.
func SameDate(gold, predicted model.Date) bool {
	return bare(gold) == bare(predicted)
}

func bare(d model.Date) string {
	d.Approximate, d.Uncertain = false, false
	return d.String()
}

// SamePlace reports whether a predicted place names the gold place. After normalisation (and
// with "U.S.", "USA" and "United States", "UK" and "United Kingdom" taken as one) the
// comma-separated parts must be equal, except that the gold may go on with country names the
// prediction leaves out: "Tyler, Texas" names the gold "Tyler, Texas, U.S.", and "Sliven" names
// "Sliven, Bulgaria". The reverse is not a match: a country the gold does not write is not in the
// article ("Bergen, Norway" for the gold "Bergen").
func SamePlace(gold, predicted string) bool {
	g, p := placeParts(gold), placeParts(predicted)
	if len(p) == 0 || len(p) > len(g) {
		return false
	}
	for i := range p {
		if g[i] != p[i] {
			return false
		}
	}
	for _, rest := range g[len(p):] {
		if !countries[rest] {
			return false
		}
	}
	return true
}

func placeParts(s string) []string {
	var parts []string
	for _, part := range strings.Split(s, ",") {
		n := normalize(part)
		if alias, ok := countryAliases[n]; ok {
			n = alias
		}
		if n != "" {
			parts = append(parts, n)
		}
	}
	return parts
}

// countryAliases are the short and long forms of a country that a place may be written with,
// normalised, so that "Tyler, Texas, United States" is "Tyler, Texas, U.S.".
var countryAliases = map[string]string{
	"us": "united states", "usa": "united states", "united states of america": "united states",
	"uk": "united kingdom",
}

// SameNationality reports whether the predicted demonyms are the gold's: the same set of words
// once hyphens, slashes, commas and "and" are taken as separators, so ["Bulgarian", "French"]
// matches "Bulgarian-French".
func SameNationality(gold string, predicted []string) bool {
	g, p := demonymSet(gold), demonymSet(strings.Join(predicted, ","))
	if len(g) != len(p) || len(g) == 0 {
		return false
	}
	for w := range g {
		if !p[w] {
			return false
		}
	}
	return true
}

func demonymSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(normalize(strings.NewReplacer("-", " ", "/", " ").Replace(s)), unicode.IsSpace) {
		if w != "and" {
			set[w] = true
		}
	}
	return set
}

// A token is one word of a role or an organisation name, lower-cased; acronym records that it was
// written in capitals ("NEC", "U.S.") and may stand for words whose initials it spells.
type token struct {
	word    string
	acronym bool
}

var (
	dottedAcronym = regexp.MustCompile(`\b(?:\p{Lu}\.){2,}`)        // U.S., D.C.
	possessive    = regexp.MustCompile(`(\p{L})['’]s?(\s|$|\p{P})`) // Illinois's, Workers'
)

// stopwords carry no meaning of their own in a role or a name, and no initial in an acronym.
var stopwords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "for": true, "to": true, "in": true,
	"on": true, "at": true, "from": true, "by": true, "with": true, "as": true, "its": true, "s": true,
}

// tokens splits s into its significant words, stopwords out.
func tokens(s string) []token {
	s = dottedAcronym.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ".", "") + " " })
	s = possessive.ReplaceAllString(s, "$1$2")
	var out []token
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		lw := strings.ToLower(w)
		if stopwords[lw] {
			continue
		}
		out = append(out, token{word: lw, acronym: isAcronym(w)})
	}
	return out
}

// isAcronym reports whether w is two or more capital letters and nothing else.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// expansion returns the run of words in ws whose initials spell the acronym, or nil.
func expansion(acronym string, ws []token) []token {
	letters := []rune(acronym)
	for i := 0; i+len(letters) <= len(ws); i++ {
		ok := true
		for j, l := range letters {
			w := ws[i+j]
			if w.acronym || []rune(w.word)[0] != l {
				ok = false
				break
			}
		}
		if ok {
			return ws[i : i+len(letters)]
		}
	}
	return nil
}

// dropSpelled drops each acronym that stands next to its own expansion ("Trades Union Congress
// (TUC)"), as it says nothing more.
func dropSpelled(ts []token) []token {
	var out []token
	for _, t := range ts {
		if !t.acronym || expansion(t.word, ts) == nil {
			out = append(out, t)
		}
	}
	return out
}

// expand writes out each acronym of a whose expansion stands in b, so that "NEC" meets "National
// Executive Committee" word for word. Other acronyms stay as they are and match only themselves.
func expand(a, b []token) []token {
	var out []token
	for _, t := range a {
		if t.acronym && !hasWord(b, t.word) {
			if run := expansion(t.word, b); run != nil {
				out = append(out, run...)
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func hasWord(ts []token, w string) bool {
	for _, t := range ts {
		if t.word == w {
			return true
		}
	}
	return false
}

// Similarity is the token F1 of two roles or two organisation names: the words they share, over
// the words of each, stopwords out and acronyms written out where the other side spells them (an
// acronym next to its own expansion is dropped). Words are compared as sets. Two empty texts are alike (1); one empty text is like
// nothing (0).
func Similarity(a, b string) float64 {
	ta, tb := dropSpelled(tokens(a)), dropSpelled(tokens(b))
	ea, eb := wordSet(expand(ta, tb)), wordSet(expand(tb, ta))
	switch {
	case len(ea) == 0 && len(eb) == 0:
		return 1
	case len(ea) == 0 || len(eb) == 0:
		return 0
	}
	common := 0
	for w := range ea {
		if eb[w] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(ea)+len(eb))
}

func wordSet(ts []token) map[string]bool {
	set := map[string]bool{}
	for _, t := range ts {
		set[t.word] = true
	}
	return set
}
