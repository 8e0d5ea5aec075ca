package prose

import (
	"strings"
	"unicode"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// LeadFacts reads the opening sentence of a biography, which by long convention gives the full
// name, the life dates in brackets and a description: "Peter Rupert William Willsman (born
// February 1944) is a British political activist who …".
func LeadFacts(a *Article, b *model.Biography) {
	if len(a.Lead) == 0 {
		return
	}
	first := a.Lead[0]
	name, paren, rest := splitLead(first.Text)
	if name != "" && sharesWord(name, b.Name) && name != b.Name && b.FullName == "" {
		b.FullName = name
	}
	if paren != "" {
		readParenthesis(paren, first, b)
	}
	readDescription(rest, first, b)
}

// splitLead returns the subject of the first sentence, the text of its first bracket and what
// follows the bracket (or the subject).
func splitLead(s string) (name, paren, rest string) {
	verb := leadVerb.FindStringIndex(s)
	open := strings.IndexByte(s, '(')
	if open >= 0 && (verb == nil || open < verb[0]) {
		depth := 0
		for i := open; i < len(s); i++ {
			switch s[i] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return cleanName(s[:open]), s[open+1 : i], strings.TrimSpace(s[i+1:])
				}
			}
		}
		return "", "", ""
	}
	if verb == nil {
		return "", "", ""
	}
	return cleanName(s[:verb[0]]), "", strings.TrimSpace(s[verb[0]:])
}

var leadVerb = lazyre.New(`\s(is|was|has been|had been|served|serves|became)\s`)

// cleanName returns s if it reads as a person's name: capitalised words, no digits, not too long.
func cleanName(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ","))
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 || strings.ContainsAny(s, "0123456789") {
		return ""
	}
	first := []rune(words[0])[0]
	if !unicode.IsUpper(first) && !unicode.Is(unicode.Lo, first) {
		return ""
	}
	return strings.Join(words, " ")
}

func sharesWord(a, b string) bool {
	if b == "" {
		return true
	}
	bw := map[string]bool{}
	for _, w := range strings.Fields(b) {
		bw[strings.Trim(w, ",.")] = true
	}
	for _, w := range strings.Fields(a) {
		if bw[strings.Trim(w, ",.")] {
			return true
		}
	}
	return false
}

var (
	lifeSpan  = lazyre.New(`\s*(?:–|—|-|−|to)\s*`)
	bornWord  = lazyre.New(`(?i)\b(born|b\.)\s`)
	diedWord  = lazyre.New(`(?i)\b(died|d\.)\s`)
	placeTail = lazyre.New(`^,?\s+in\s+(.+)$`)
)

// readParenthesis reads "(born February 1944)", "(7 November 1935 – 17 February 2016)" and
// "(Юлия Кръстева; born 24 June 1941)": life dates and names in other scripts.
func readParenthesis(paren string, s Sentence, b *model.Biography) {
	for _, part := range strings.Split(paren, ";") {
		part = strings.TrimSpace(part)
		dates := Dates(part)
		switch {
		case len(dates) == 0:
			if OtherScript(part) && !contains(b.OtherNames, part) {
				b.OtherNames = append(b.OtherNames, part)
			}
		case bornWord.MatchString(part) && !diedWord.MatchString(part):
			setVital(&b.Born, dates[0].Date, placeAfter(part, dates[0]), s)
		case diedWord.MatchString(part) && !bornWord.MatchString(part):
			setVital(&b.Died, dates[0].Date, placeAfter(part, dates[0]), s)
		case len(dates) >= 2 && lifeSpan.MatchString(part[dates[0].End:dates[1].Start]):
			if dates[1].Date.Before(dates[0].Date) {
				continue // a span that ends before it starts is a slip the reader must resolve
			}
			setVital(&b.Born, dates[0].Date, "", s)
			setVital(&b.Died, dates[1].Date, placeAfter(part, dates[1]), s)
		}
	}
}

func placeAfter(part string, d Found) string {
	if m := placeTail.FindStringSubmatch(part[d.End:]); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// setVital records a birth or death date and place unless one as precise is already known.
func setVital(v **model.Vital, d model.Date, place string, s Sentence) {
	if *v == nil {
		*v = &model.Vital{}
		defer func() {
			if (*v).Date.IsZero() && (*v).Place == "" {
				*v = nil
			}
		}()
	}
	changed := false
	if (*v).Date.IsZero() || (d.Precision > (*v).Date.Precision && (*v).Date.Contains(d)) {
		(*v).Date, changed = d, true
	}
	if (*v).Place == "" && place != "" {
		(*v).Place, changed = place, true
	}
	if changed && !hasEvidence((*v).Evidence, s.Text) {
		(*v).Evidence = append((*v).Evidence, evidence(s)...)
	}
}

func hasEvidence(ev []model.Evidence, sentence string) bool {
	for _, e := range ev {
		if e.Sentence == sentence {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// OtherScript reports whether s is mostly letters outside the Latin script: a native name such as
// "Юлия Кръстева", not a pronunciation or a note.
func OtherScript(s string) bool {
	letters, other := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.Is(unicode.Latin, r) {
				other++
			}
		}
	}
	return letters > 0 && other*2 > letters
}

var (
	descStart = lazyre.New(`^(?:is|was|has been|had been)\s+(?:an?|the)\s+`)
	descEnd   = lazyre.New(`,?\s+(?:who|which|whose|where|when|that)\b|,\s+(?:serving|best|known|and (?:is|was|has))\b|\s+known\s+(?:for|as)\b|[;:.]\s|[;:.]$|\s[–—]\s`)
	itemSplit = lazyre.New(`\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+`)
	itemTail  = lazyre.New(`\s+(?:for|of|in|at|with|from|to|on|under|since|during|between)\s.*$`)
	adverb    = lazyre.New(`^(?:most|more|also|later|formerly|currently|now|recently|mostly|mainly|primarily|\w+ly)(?:\s+\w+ly)?$`)
)

// readDescription reads "is a British political activist who …" into the description
// ("British political activist"), the nationality ("British") and the occupations
// ("political activist"). A definite description ("was the 16th President of …") gives a
// description but no occupations: it names an office, which the positions hold.
func readDescription(rest string, s Sentence, b *model.Biography) {
	m := descStart.FindStringIndex(rest)
	if m == nil {
		return
	}
	definite := strings.Contains(rest[:m[1]], "the")
	desc := rest[m[1]:]
	if e := descEnd.FindStringIndex(desc); e != nil {
		desc = desc[:e[0]]
	}
	desc = strings.TrimSpace(strings.TrimRight(desc, ",.;: "))
	if desc == "" {
		return
	}
	if b.Description == "" {
		b.Description = desc
	}
	words := strings.Fields(desc)
	if isDemonym(words[0]) {
		if len(b.Nationality) == 0 {
			b.Nationality = []string{words[0]}
		}
		words = words[1:]
	}
	if definite || len(b.Occupations) > 0 {
		return
	}
	for _, item := range itemSplit.Split(strings.Join(words, " "), -1) {
		item = strings.TrimSpace(itemTail.ReplaceAllString(item, ""))
		if item == "" || item == "and" || item == "or" || adverb.MatchString(item) || !startsLower(item) {
			continue
		}
		if !contains(b.Occupations, item) {
			b.Occupations = append(b.Occupations, item)
		}
	}
}

func startsLower(s string) bool {
	r := []rune(s)
	return len(r) > 0 && unicode.IsLower(r[0])
}

var (
	bornIn = lazyre.New(`(?:^|\b(?:was|is)\s+)[Bb]orn(?:\s+and\s+(?:raised|brought up|educated))?` +
		`(?:\s+(?:on|in)\s+[^.;]*?\d{3,4},?)?\s+in\s+` + placePattern)
	diedIn = lazyre.New(`\bdied\b(?:\s+(?:on\s+)?[^.;]*?\d{3,4},?)?\s+(?:at|in)\s+` + placePattern)
)

// placePattern is a run of capitalised words joined by spaces, commas or the small words of
// place names: "Hodgenville, Kentucky", "Stratford-upon-Avon", "Bethesda, Maryland".
const placePattern = `(\p{Lu}[\p{L}'’.\-]*(?:(?:,\s*|\s+)(?:(?:de|del|la|le|am|an|der|upon|on|of)\s+)?\p{Lu}[\p{L}'’.\-]*)*)`

// PlaceOfBirthAndDeath reads "Willsman was born in Andover in 1944." and "He died February 16,
// 2012, in Bethesda, Maryland." when the sentence is about the person, not a relative.
func PlaceOfBirthAndDeath(a *Article, b *model.Biography) {
	names := nameTokens(b)
	for _, s := range a.Sentences {
		if b.Born == nil || b.Born.Place == "" {
			if m := bornIn.FindStringSubmatchIndex(s.Text); m != nil && aboutPerson(s.Text[:m[0]], names) {
				place := trimPlace(s.Text[m[2]:m[3]], names)
				var date model.Date
				if ds := Dates(s.Text[m[0]:]); len(ds) > 0 {
					date = ds[0].Date
				}
				setVital(&b.Born, date, place, s)
			}
		}
		if b.Died == nil || b.Died.Place == "" {
			if m := diedIn.FindStringSubmatchIndex(s.Text); m != nil && aboutPerson(s.Text[:m[0]], names) {
				if place := trimPlace(s.Text[m[2]:m[3]], names); place != "" {
					var date model.Date
					if ds := Dates(s.Text[m[0]:m[2]]); len(ds) > 0 {
						date = ds[0].Date
					}
					setVital(&b.Died, date, place, s)
				}
			}
		}
	}
}

// aboutPerson reports whether the words before the verb are the person's name or a pronoun, or
// nothing at all ("Born in Sliven, Bulgaria to Christian parents, Kristeva …").
func aboutPerson(subject string, names map[string]bool) bool {
	words := strings.FieldsFunc(subject, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 {
		return true
	}
	for _, w := range words {
		if !names[strings.Trim(w, ".")] && unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return names[strings.Trim(words[len(words)-1], ".")]
}

// trimPlace drops the person's own name that a participle clause puts after the place ("Born in
// Hodgenville, Kentucky, Lincoln grew up"), and refuses months and weekdays.
func trimPlace(place string, names map[string]bool) string {
	parts := strings.Split(place, ",")
	for len(parts) > 0 && names[strings.TrimSpace(parts[len(parts)-1])] {
		parts = parts[:len(parts)-1]
	}
	place = strings.TrimSpace(strings.Join(parts, ","))
	if last := place[strings.LastIndexAny(place, " ,")+1:]; strings.HasSuffix(last, ".") && !strings.Contains(strings.TrimSuffix(last, "."), ".") && len(last) > 3 {
		place = strings.TrimSuffix(place, ".") // the sentence's full stop, not an abbreviation's
	}
	if model.MonthNumber(strings.Fields(place + " x")[0]) > 0 {
		return ""
	}
	return place
}

// SubjectOf returns the name an opening sentence starts with, as in "Edward Haigh (7 November
// 1935 – 17 February 2016) was a British trade unionist.", or "" when it does not start with one.
func SubjectOf(paragraph string) string {
	ss := Sentences(paragraph)
	if len(ss) == 0 {
		return ""
	}
	name, _, _ := splitLead(ss[0])
	return name
}
