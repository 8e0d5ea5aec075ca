package prose

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

// This file is the grammar of time expressions in English biography prose. A sentence is cut into
// words, numbers and marks; a date is read from a few tokens ("7 November 1935", "the mid-1960s",
// "c. 1843"); an expression joins dates with the words around them ("from 1982 until 1991",
// "since 2016", "until his death in 1990") or counts from the last date stated ("four years
// later"). Every identifier here starts with tx, to stay out of the way of the rest of the package.
//
// When a number is a year:
//   - with a month or a day, from 100 to 2100; with an era, from 1 ("AD 79" up to 2100, "44 BC"
//     up to 9999);
//   - after "c.", "ca." or "circa", from 100 to 2100;
//   - a bare number (also after "about" or "around"), from 600 to 2100; from 100 to 599 only after
//     "in", "since", "until", "till" or "year" and when no word follows ("in 450," but not "in 450
//     arrests");
//   - a bare number is never a year when it is part of a larger number ("1,944", "19.44", "19:45",
//     "0-19-1944"), money ("£1944", "$ 1990"), glued to letters ("B-1944", "1944a", "1500-metre"),
//     follows a word that numbers things ("No. 1944", "Route 1944", "pp. 1944", "page 1944") or a
//     capitalised word inside the sentence, which makes it part of a name ("Windows 2000",
//     "Boeing 747", but "Kristeva 1966–1996" is a range), follows a quantifier ("over 1500", "more
//     than 2000", "some 1200"), or is followed by what it counts or measures ("1000 members",
//     "1990 votes", "2000 per cent", "1500 hours", "1600 Pennsylvania Avenue"). A count noun after
//     a year that opens the sentence or a clause is its subject instead: "In 1861 troops were sent".
//   - decades need four digits ("the 1970s", "the 1970's"); "the 1800s" is the century 18XX,
//     except "the 2000s", the decade 200X; "the 19th century" is 18XX, "a 19th-century writer" no
//     date at all.
//
// Qualifiers keep the precision and mark the date approximate (EDTF ~): "c.", "ca.", "circa",
// "about", "around", "approximately", "roughly", "early", "mid", "late", "the end of", "the
// beginning of", "the start of", "the middle of": "late 2022" is 2022~, "the mid-1960s" 196X~.

// TimeKind says how a time expression bounds what the sentence states.
type TimeKind int

const (
	Point TimeKind = iota + 1 // "in 1998", "in May 2019", "on 7 November 1935", "as of 1990", "that year"
	Range                     // "between 1981 and 1994", "from 1982 until 1991", "1986–1990", "1985–89"
	From                      // "from 1995", "since 2016", "starting in 1990", "after 1990", "1986–present"
	Until                     // "until 1990", "up to 1990", "before 1990", "until his death in 1990"
)

var txKindNames = [...]string{"", "point", "range", "from", "until"}

// String returns "point", "range", "from" or "until".
func (k TimeKind) String() string {
	if k < Point || k > Until {
		return "TimeKind(" + strconv.Itoa(int(k)) + ")"
	}
	return txKindNames[k]
}

// Timex is one time expression in a sentence.
type Timex struct {
	Kind          TimeKind
	Start, End    model.Date // Point: Start; Range: both; From: Start; Until: End
	Begin, Finish int        // byte offsets of the whole expression in the sentence
	Relative      bool       // resolved from the anchor ("four years later")
}

// Last returns the date a later relative expression counts from: the end of a range or of an
// Until, the start otherwise.
func (t Timex) Last() model.Date {
	if t.Kind == Range || t.Kind == Until {
		return t.End
	}
	return t.Start
}

// Timexes returns the time expressions of one sentence, in order. anchor is the last date the
// text stated before this sentence (the zero Date if none); relative expressions resolve against it,
// and then against each date the sentence states in turn. A relative expression that the anchor
// cannot resolve ("two months later" after a bare year, anything without an anchor) is dropped.
//
// A relative expression keeps the anchor's precision only as far as it makes sense: "the following
// year" after 2019-05 is 2020, "later that month" after 2019-05 is 2019-05, "four years later" after
// 1956-03 is 1960. Month and day counts need an anchor that states the month or the day. A month
// or a day without a year ("in June", "on April 15") takes the anchor's year, or the next year
// when it falls more than four months before the anchor's month ("in January" after September
// 1862 is January 1863); a month name alone needs a preposition or a qualifier before it ("in
// June", "early June"), since "May" and "March" are also verbs.
func Timexes(sentence string, anchor model.Date) []Timex {
	found := txScan(sentence, anchor)
	if len(found) == 0 {
		return nil
	}
	out := make([]Timex, len(found))
	for i, f := range found {
		out[i] = f.Timex
	}
	return out
}

// txFound is a Timex with the tokens it covers and the byte spans of its start and end dates.
type txFound struct {
	Timex
	fromTok, toTok     int
	startSpan, endSpan [2]int
}

// txScan reads the time expressions of a sentence, left to right.
func txScan(s string, anchor model.Date) []txFound {
	p := &txParser{s: s, toks: txLex(s), anchor: anchor, rangeEnd: -1}
	var out []txFound
	for i := 0; i < len(p.toks); {
		found, next := p.expr(i)
		for _, f := range found {
			if n := len(out); n > 0 && f.Kind == Until && out[n-1].Kind == From && out[n-1].toTok == f.fromTok &&
				!f.End.Before(out[n-1].Start) {
				// "from March 1861 until his assassination in April 1865"
				prev := &out[n-1]
				prev.Kind, prev.End, prev.Finish = Range, f.End, f.Finish
				prev.endSpan, prev.toTok = f.endSpan, f.toTok // the end counted from the start, if at all
			} else if n > 0 && out[n-1].Relative && out[n-1].Kind == Point && !f.Relative && f.Kind == Point &&
				out[n-1].toTok+1 == f.fromTok && p.mark(out[n-1].toTok, ",") {
				out[n-1] = f // "the same day, on December 6, 1864": the stated date wins
			} else {
				out = append(out, f)
			}
			p.anchor = f.Last()
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// Tokens.

const (
	txWord   = 'w'
	txNumber = 'n'
	txMark   = 'p'
)

// txTok is a word (letters), a number (ASCII digits, with the letters glued to it as its suffix:
// "1970s", "19th") or a single mark.
type txTok struct {
	kind       byte
	text       string // a word lower-cased; a number's digits; the mark
	suffix     string // a number's glued letters, lower-cased: "s", "'s", "th"
	upper      bool   // a word that starts with a capital letter
	start, end int
}

func txLex(s string) []txTok {
	toks := make([]txTok, 0, len(s)/4)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			t := txTok{kind: txNumber, text: s[i:j], start: i}
			k := j
			switch {
			case strings.HasPrefix(s[k:], "'s") && !txLetterAt(s, k+2):
				t.suffix, k = "'s", k+2
			case strings.HasPrefix(s[k:], "’s") && !txLetterAt(s, k+len("’s")):
				t.suffix, k = "'s", k+len("’s")
			default:
				for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
					k++
				}
				t.suffix = strings.ToLower(s[j:k])
			}
			t.end = k
			toks = append(toks, t)
			i = k
		case unicode.IsLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, txTok{kind: txWord, text: strings.ToLower(s[i:j]), upper: unicode.IsUpper(r), start: i, end: j})
			i = j
		default:
			toks = append(toks, txTok{kind: txMark, text: s[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return toks
}

func txLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// Word lists.

var (
	txSeasons = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

	// txCounts are the numbers of relative expressions: "four years later".
	txCounts = func() map[string]int {
		m := map[string]int{"a": 1, "an": 1}
		units := strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
		for i, w := range units {
			m[w] = i + 1
		}
		for i, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
			m[w] = 20 + 10*i
		}
		return m
	}()

	// txOrdinals name centuries: "the nineteenth century".
	txOrdinals = func() map[string]int {
		m := map[string]int{}
		for i, w := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth") {
			m[w] = i + 1
		}
		return m
	}()

	txFullMonths = func() map[string]bool {
		m := map[string]bool{}
		for i := 1; i <= 12; i++ {
			m[strings.ToLower(model.MonthName(i))] = true
		}
		return m
	}()

	// txNumbering words number things: "No. 10", "Route 66", "pp. 1944".
	txNumbering = wordSet(`no nos number numbers route highway interstate page pages p pp vol vols volume
volumes chapter chapters section sections article articles flight room opus op psalm model type class
platform track exit verse verses fig figure table item lot box code version level grade size score
rank ranked seat bus train unit apartment suite line lines canto paragraph clause aged age`)

	// txStreets follow the name of a street after a house number: "1600 Pennsylvania Avenue".
	txStreets = wordSet(`street avenue road lane boulevard drive place square st ave rd blvd way`)

	// txQuantifiers come before counts: "over 1500", "some 1200".
	txQuantifiers = wordSet(`over nearly almost some only exactly just totalling totaling numbering`)

	// txCountNouns follow counts: "1000 members", "1990 votes". After a year that opens the
	// sentence they may be its subject: "In 1861 troops were sent".
	txCountNouns = wordSet(`people persons men women children members votes voters seats delegates rabbis
copies books pages words troops soldiers sailors officers casualties deaths dead wounded prisoners slaves
students pupils employees workers staff inhabitants residents citizens families households homes houses
points goals runs wickets games matches races wins cases units items signatures names letters articles
papers songs poems films episodes lives horses ships aircraft planes guns tanks`)

	// txMeasures follow amounts: "1000 years", "1500 metres", "2000 dollars", "50 per cent".
	txMeasures = wordSet(`acres acre hectares km kilometres kilometers miles metres meters feet ft yards
tons tonnes kg lb lbs pounds dollars euros francs marks rubles roubles yen rupees shillings guineas days
weeks months years hours minutes seconds times percent per hrs am pm gmt utc calories mph kph cc mm cm
sq square cubic`)

	// txLeadWords may stand capitalised before a year without making it part of a name.
	txLeadWords = wordSet(`in on at by of from since until till to between and or after before during
circa around about c ca born died b d spring summer autumn fall winter early late mid throughout
through as following starting beginning christmas easter`)

	// txClauseStops end the clause an "until" reads to its date.
	txClauseStops = wordSet(`from since between until till after before during while when whereas but`)
)

// The parser.

type txParser struct {
	s        string
	toks     []txTok
	anchor   model.Date // the last date stated, for relative expressions
	rangeEnd int        // the token where the end of a range is being read
}

// txState says what a reader found at a token: nothing, a date, or tokens that are certainly not a
// date (a count, an impossible day) and are skipped whole.
type txState int

const (
	txNone txState = iota
	txOK
	txSkip
)

// txAtom is one date as the text states it, possibly without its year ("June", "April 15").
type txAtom struct {
	date     model.Date // when the year is stated
	month    int        // a partial date's month (1–12)
	day      int        // a partial date's day, or a bare day number before a range ("12–15 March")
	partial  bool       // no year: filled from the other end of a range, or from the anchor
	bare     bool       // a number that is a year by the number rule alone
	num      int        // a bare number's value
	digits   int        // a bare number's length
	bc       bool       // stated with BC or BCE
	era      bool       // stated with an era
	lead     bool       // a qualifier, "c." or a preposition comes before it (for "in June")
	from, to int        // tokens [from, to)
}

func (p *txParser) word(i int) string {
	if i >= 0 && i < len(p.toks) && p.toks[i].kind == txWord {
		return p.toks[i].text
	}
	return ""
}

// mark reports whether token i is one of the marks in set.
func (p *txParser) mark(i int, set string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != txMark {
		return false
	}
	r, n := utf8.DecodeRuneInString(p.toks[i].text)
	return r != utf8.RuneError && n == len(p.toks[i].text) && strings.ContainsRune(set, r)
}

// capital reports whether token i is a capitalised word.
func (p *txParser) capital(i int) bool { return p.word(i) != "" && p.toks[i].upper }

func (p *txParser) isNumber(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == txNumber
}

// glued reports whether token i+1 follows token i without a space.
func (p *txParser) glued(i int) bool {
	return i >= 0 && i+1 < len(p.toks) && p.toks[i].end == p.toks[i+1].start
}

// value returns a number token's value, or -1 when it has more than four digits.
func (p *txParser) value(i int) int {
	t := p.toks[i].text
	if len(t) > 4 {
		return -1
	}
	n, _ := strconv.Atoi(t)
	return n
}

// plain returns the value and length of a number token with no suffix, or -1.
func (p *txParser) plain(i int) (int, int) {
	if !p.isNumber(i) || p.toks[i].suffix != "" {
		return -1, 0
	}
	return p.value(i), len(p.toks[i].text)
}

// dotted reports whether word i is followed by a glued full stop: "c.", "No.".
func (p *txParser) dotted(i int) bool { return p.glued(i) && p.mark(i+1, ".") }

// prevWord returns the word before token i, looking through the full stop of an abbreviation.
func (p *txParser) prevWord(i int) (string, int) {
	j := i - 1
	if p.mark(j, ".") && p.glued(j-1) && p.toks[j-1].kind == txWord {
		j--
	}
	return p.word(j), j
}

// month reads a month name at token i: capitalised, an abbreviation only with a number after it.
// It returns the month, the token after it (and after an abbreviation's full stop), and whether
// the name was written out.
func (p *txParser) month(i int) (m, next int, full bool) {
	w := p.word(i)
	if w == "" || !p.toks[i].upper {
		return 0, i, false
	}
	m = model.MonthNumber(w)
	if m == 0 {
		return 0, i, false
	}
	full = txFullMonths[w]
	next = i + 1
	if !full {
		if p.dotted(i) {
			next++
		}
		if !p.isNumber(next) {
			return 0, i, false
		}
	}
	return m, next, full
}

// era reads "BC", "BCE", "AD", "CE", "B.C.", "B.C.E.", "A.D.", "C.E." at token i.
func (p *txParser) era(i int) (bc bool, next int, ok bool) {
	if i >= len(p.toks) || p.toks[i].kind != txWord {
		return false, i, false
	}
	switch p.s[p.toks[i].start:p.toks[i].end] {
	case "BC", "BCE":
		return true, i + 1, true
	case "AD", "CE":
		return false, i + 1, true
	}
	// dotted: letters each followed by a glued full stop
	var letters strings.Builder
	j := i
	for j < len(p.toks) && p.toks[j].kind == txWord && len(p.toks[j].text) == 1 && p.toks[j].upper && p.dotted(j) {
		letters.WriteString(p.toks[j].text)
		j += 2
		if !p.glued(j - 1) {
			break
		}
	}
	switch letters.String() {
	case "bc", "bce":
		return true, j, true
	case "ad", "ce":
		return false, j, true
	}
	return false, i, false
}

// numberVeto reports whether the plain number at token i belongs to something that is not a
// year: a larger number, money, a time of day, a code glued to letters.
func (p *txParser) numberVeto(i int) bool {
	if len(p.toks[i].text) > 4 {
		return true
	}
	if p.glued(i - 1) {
		prev := p.toks[i-1]
		switch {
		case prev.kind == txWord:
			return true // "A1944"
		case p.mark(i-1, ",.:/") && p.glued(i-2) && p.isNumber(i-2):
			return true // "1,944", "19.44", "19:44", "12/05/1944"
		case p.mark(i-1, "-‐"):
			if p.glued(i-2) && p.isNumber(i-2) && i != p.rangeEnd {
				return true // "978-1944", unless it ends the range "1986-1990"
			}
			if p.glued(i-2) && p.toks[i-2].kind == txWord && p.toks[i-2].text != "mid" {
				return true // "B-1944", "pre-1990"
			}
		}
	}
	if p.mark(i-1, "£$€¥₹#") {
		return true
	}
	if p.glued(i) {
		next := p.toks[i+1]
		switch {
		case next.kind == txWord:
			return true // "1944é"
		case p.mark(i+1, ",.:") && p.glued(i+1) && p.isNumber(i+2):
			return true // "1944,5", "1944.5", "19:45"
		case p.mark(i+1, "-‐") && p.glued(i+1) && i+2 < len(p.toks) && p.toks[i+2].kind == txWord && !p.toks[i+2].upper:
			return true // "1500-metre"
		case p.mark(i+1, "%"):
			return true
		}
	}
	return false
}

// counted reports whether the words after token i make the number at i a count: "1000 members",
// "50 per cent", "1600 Pennsylvania Avenue".
func (p *txParser) counted(i int) bool {
	w := p.word(i + 1)
	switch {
	case w == "":
		return p.mark(i+1, "%")
	case p.toks[i+1].upper:
		return p.capital(i+2) && (txStreets[p.word(i+2)] || p.capital(i+3) && txStreets[p.word(i+3)])
	case txMeasures[w]:
		return true
	case txCountNouns[w]:
		// "In 1861 troops were sent" states a year; "resulted in 1500 deaths" a count
		lead, k := p.prevWord(i)
		opens := k == 0 || p.mark(k-1, ",;(")
		return !(opens && (lead == "in" || lead == "by" || lead == "since" || lead == "during" || lead == "until"))
	}
	return false
}

// bareYear decides whether the bare number of atom a, read at token j, is a year; it returns txSkip
// for a number that counts or numbers something.
func (p *txParser) bareYear(a txAtom, j int, circa, prefixed bool) txState {
	if a.digits < 3 {
		return txNone
	}
	if p.counted(j) || p.glued(j) && p.word(j+1) != "" {
		return txSkip
	}
	if !prefixed {
		w, k := p.prevWord(j)
		switch {
		case txNumbering[w] || txQuantifiers[w]:
			return txSkip
		case w == "than" && (p.word(k-1) == "more" || p.word(k-1) == "less" || p.word(k-1) == "fewer"):
			return txSkip // "more than 2000"
		case (w == "least" || w == "most") && p.word(k-1) == "at":
			return txSkip
		case w != "" && p.toks[k].upper && !txLeadWords[w] && model.MonthNumber(w) == 0 && k > 0 && !p.mark(k-1, `("“‘'[—–-:;`) &&
			!p.yearsFollow(j, a.num):
			return txSkip // part of a name: "Windows 2000", "Boeing 747", but not "Kristeva 1966–1996"
		}
	}
	switch {
	case a.num >= 600 && a.num <= 2100:
		return txOK
	case a.num >= 100 && a.num < 600 && a.digits == 3:
		if circa {
			return txOK
		}
		if w, _ := p.prevWord(j); !prefixed && (w == "in" || w == "since" || w == "until" || w == "till" || w == "year") &&
			p.word(j+1) == "" {
			return txOK
		}
	}
	return txNone
}

// yearsFollow reports whether the number n at token j starts a range of years: "1966–1996", "1985–89".
func (p *txParser) yearsFollow(j, n int) bool {
	if !p.mark(j+1, "–—-−‒―‐") {
		return false
	}
	m, digits := p.plain(j + 2)
	return digits == 2 || digits == 4 && m > n && m <= 2100
}

// atom reads one date at token i, with the qualifiers before it: "c. 1843", "the mid-1960s",
// "late 2022", "the end of 1861", "7 November 1935", "June".
func (p *txParser) atom(i int) (txAtom, txState) {
	j := i
	theAt := -1
	circa, approx := false, false
prefix:
	for n := 0; n < 5 && j < len(p.toks); n++ {
		switch w := p.word(j); {
		case w == "the" && theAt < 0:
			theAt = j
			j++
		case (w == "c" || w == "ca" || w == "approx") && p.dotted(j):
			circa, approx = true, true
			j += 2
		case w == "circa":
			circa, approx = true, true
			j++
		case w == "around" || w == "about" || w == "approximately" || w == "roughly":
			approx = true
			j++
		case w == "early" || w == "late" || w == "mid":
			approx = true
			j++
			if p.mark(j, "-‐") && p.glued(j-1) {
				j++
			}
			if p.word(j) == "in" && w != "mid" {
				j++ // "late in 1861"
			}
		case (w == "end" || w == "beginning" || w == "start" || w == "middle" || w == "close") && p.word(j+1) == "of":
			approx = true
			j += 2
		default:
			break prefix
		}
	}
	a, st := p.core(j)
	if st != txOK {
		if st == txSkip && j > i && a.to <= j {
			a.to = j + 1
		}
		return a, st
	}
	if a.bare {
		if st := p.bareYear(a, j, circa, j > i && j-1 != theAt); st != txOK {
			return a, st
		}
		a.date = model.YearOf(a.num)
	}
	a.from = i
	if theAt == i && j == i+1 && a.date.Precision != model.PrecisionDecade && a.date.Precision != model.PrecisionCentury &&
		a.date.Precision != model.PrecisionSeason && !txIsOrdinal(p.toks[j].suffix) {
		a.from = i + 1 // "the 1860 election": the article belongs to the noun
	}
	a.lead = j > i && j-1 != theAt
	if approx {
		a.date = a.date.Approx()
	}
	return a, txOK
}

// core reads a date at token j without qualifiers.
func (p *txParser) core(j int) (txAtom, txState) {
	if j >= len(p.toks) {
		return txAtom{}, txNone
	}
	t := p.toks[j]
	switch t.kind {
	case txNumber:
		return p.coreNumber(j)
	case txWord:
		if m, k, full := p.month(j); m > 0 {
			return p.coreMonth(j, m, k, full)
		}
		if s := txSeasons[t.text]; s > 0 {
			if t.text == "fall" && !(txLeadWords[p.word(j-1)] || p.word(j-1) == "the") {
				return txAtom{}, txNone
			}
			k := j + 1
			if p.word(k) == "of" {
				k++
			}
			if y, ok := p.yearAfter(k); ok {
				return txAtom{date: model.Date{Year: y, Month: s, Precision: model.PrecisionSeason}, from: j, to: k + 1}, txOK
			}
			return txAtom{}, txNone
		}
		if bc, k, ok := p.era(j); ok && !bc && p.isNumber(k) && p.toks[k].suffix == "" {
			// "AD 79"
			if n := p.value(k); n >= 1 && n <= 2100 && !p.numberVeto(k) {
				return txAtom{date: model.YearOf(n), era: true, from: j, to: k + 1}, txOK
			}
			return txAtom{}, txNone
		}
		n, k := txOrdinals[t.text], j+1
		if t.text == "twenty" && p.mark(k, "-‐") && p.glued(j) && p.glued(k) {
			if m := txOrdinals[p.word(k+1)]; m >= 1 && m <= 9 {
				n, k = 20+m, k+2
			}
		}
		if n >= 1 && n <= 21 && p.word(k) == "century" {
			return txAtom{date: model.Date{Year: (n - 1) * 100, Precision: model.PrecisionCentury}, from: j, to: k + 1}, txOK
		}
	}
	return txAtom{}, txNone
}

// yearAfter reads the year of a month or a season at token k: three or four digits.
func (p *txParser) yearAfter(k int) (int, bool) {
	n, digits := p.plain(k)
	if digits < 3 || n < 100 || n > 2100 || p.numberVeto(k) {
		return 0, false
	}
	return n, true
}

func (p *txParser) coreNumber(j int) (txAtom, txState) {
	t := p.toks[j]
	n := p.value(j)
	skip := txAtom{from: j, to: j + 1}
	switch t.suffix {
	case "":
	case "st", "nd", "rd", "th":
		k := j + 1
		if p.word(k) == "of" {
			k++
		}
		if m, k2, _ := p.month(k); m > 0 && n >= 1 && n <= 31 {
			return p.dayMonth(j, n, m, k2)
		}
		if p.word(j+1) == "century" && n >= 1 && n <= 21 {
			return txAtom{date: model.Date{Year: (n - 1) * 100, Precision: model.PrecisionCentury}, from: j, to: j + 2}, txOK
		}
		return txAtom{}, txNone // "the 16th President"
	case "s", "'s":
		if len(t.text) != 4 || n%10 != 0 || n < 1000 || n > 2090 || p.numberVeto(j) {
			return skip, txSkip
		}
		if n%100 == 0 && n != 2000 {
			return txAtom{date: model.Date{Year: n, Precision: model.PrecisionCentury}, from: j, to: j + 1}, txOK // "the 1800s"
		}
		return txAtom{date: model.DecadeOf(n), from: j, to: j + 1}, txOK
	case "bc", "bce", "ad", "ce":
		if n >= 1 && (t.suffix[0] == 'b' || n <= 2100) && !p.numberVeto(j) {
			return p.eraYear(n, t.suffix[0] == 'b', j, j+1), txOK
		}
		return skip, txSkip
	default:
		return skip, txSkip
	}
	if n < 0 || p.numberVeto(j) {
		return skip, txSkip
	}
	// ISO 8601: 1944-02-17
	if len(t.text) == 4 && p.mark(j+1, "-") && p.glued(j) && p.glued(j+1) && p.glued(j+2) && p.mark(j+3, "-") && p.glued(j+3) {
		if m, md := p.plain(j + 2); md == 2 {
			if d, dd := p.plain(j + 4); dd == 2 && (!p.glued(j+4) || p.word(j+5) == "") {
				if date, err := model.ParseDate(t.text + "-" + p.toks[j+2].text + "-" + p.toks[j+4].text); err == nil && m > 0 && d > 0 {
					return txAtom{date: date, from: j, to: j + 5}, txOK
				}
				return txAtom{from: j, to: j + 5}, txSkip
			}
		}
	}
	// "7 November 1935"
	if len(t.text) <= 2 && n >= 1 && n <= 31 {
		k := j + 1
		if p.word(k) == "of" {
			k++
		}
		if m, k2, _ := p.month(k); m > 0 {
			return p.dayMonth(j, n, m, k2)
		}
	}
	// "44 BC", "AD 79" is read at its era
	if bc, k, ok := p.era(j + 1); ok && n >= 1 && (bc || n <= 2100) {
		return p.eraYear(n, bc, j, k), txOK
	}
	return txAtom{bare: true, num: n, digits: len(t.text), from: j, to: j + 1}, txOK
}

func (p *txParser) eraYear(n int, bc bool, from, to int) txAtom {
	y := n
	if bc {
		y = 1 - n
	}
	return txAtom{date: model.YearOf(y), era: true, bc: bc, from: from, to: to}
}

// dayMonth reads the rest of "7 November 1935" or "7th of November, 1935" after the month, which
// ends before token k; without a year it is a partial date ("15 April").
func (p *txParser) dayMonth(j, d, m, k int) (txAtom, txState) {
	k2 := k
	if p.mark(k2, ",") {
		k2++
	}
	if a, st, ok := p.dayYear(j, d, m, k2); ok {
		return a, st
	}
	if d > txDaysIn(2000, m) {
		return txAtom{from: j, to: k}, txSkip
	}
	return txAtom{partial: true, month: m, day: d, from: j, to: k}, txOK
}

// dayYear reads the year of a day at token k, with an era if one follows.
func (p *txParser) dayYear(j, d, m, k int) (txAtom, txState, bool) {
	n, digits := p.plain(k)
	if digits == 0 || p.numberVeto(k) {
		return txAtom{}, txNone, false
	}
	y, to := n, k+1
	if bc, k2, ok := p.era(k + 1); ok && n >= 1 && (bc || n <= 2100) {
		if bc {
			y = 1 - n
		}
		to = k2
	} else if digits < 3 || n < 100 || n > 2100 {
		return txAtom{}, txNone, false
	}
	if d > txDaysIn(y, m) {
		return txAtom{from: j, to: to}, txSkip, true // "30 February 1944"
	}
	return txAtom{date: model.DayOf(y, m, d), from: j, to: to}, txOK, true
}

// coreMonth reads "November 7, 1935", "November 7", "February 1944", "May of 2019" and "June".
func (p *txParser) coreMonth(j, m, k int, full bool) (txAtom, txState) {
	if d, dd := p.plain(k); dd > 0 && dd <= 2 && d >= 1 && d <= 31 && !p.numberVeto(k) ||
		p.isNumber(k) && txIsOrdinal(p.toks[k].suffix) && p.value(k) >= 1 && p.value(k) <= 31 {
		d := p.value(k)
		k2 := k + 1
		if p.mark(k2, ",") {
			k2++
		}
		if a, st, ok := p.dayYear(j, d, m, k2); ok {
			return a, st
		}
		if d > txDaysIn(2000, m) {
			return txAtom{from: j, to: k + 1}, txSkip
		}
		if p.counted(k) || p.mark(k+1, ":") && p.glued(k) {
			return txAtom{}, txNone
		}
		return txAtom{partial: true, month: m, day: d, from: j, to: k + 1}, txOK
	}
	k2 := k
	if p.word(k2) == "of" {
		k2++
	}
	if y, ok := p.yearAfter(k2); ok {
		to := k2 + 1
		if bc, k3, ok := p.era(to); ok {
			if bc {
				y = 1 - y
			}
			to = k3
		}
		return txAtom{date: model.MonthOf(y, m), from: j, to: to}, txOK
	}
	if n, digits := p.plain(k2); digits > 0 && digits <= 4 && n >= 1 {
		if bc, k3, ok := p.era(k2 + 1); ok {
			y := n
			if bc {
				y = 1 - n
			}
			return txAtom{date: model.MonthOf(y, m), from: j, to: k3}, txOK
		}
	}
	if !full {
		return txAtom{}, txNone
	}
	return txAtom{partial: true, month: m, from: j, to: k}, txOK
}

func txIsOrdinal(suffix string) bool {
	return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"
}

// txYearOf completes a month or day without a year ("June", "April 12") with the year of full, a
// date stated to the month or day, keeping its own qualifier; it reports false when it cannot.
func txYearOf(part *txAtom, full model.Date) bool {
	if full.Precision < model.PrecisionMonth || full.Precision == model.PrecisionSeason {
		return false
	}
	approx := part.date.Approximate
	if part.day > 0 {
		if part.day > txDaysIn(full.Year, part.month) {
			return false
		}
		part.date = model.DayOf(full.Year, part.month, part.day)
	} else {
		part.date = model.MonthOf(full.Year, part.month)
	}
	part.date.Approximate = approx
	return true
}

func txDaysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// Expressions.

// txLeads are the words that open an expression, and the kind of expression they open.
var txLeads = map[string]TimeKind{
	"in": Point, "on": Point, "during": Point, "by": Point, "at": Point, "throughout": Point,
	"between": Range, "from": From, "since": From, "after": From, "starting": From, "beginning": From,
	"until": Until, "till": Until, "til": Until, "untill": Until, "before": Until, "through": Until, "thru": Until,
}

// expr reads one time expression at token i. It returns what it found (nothing, one expression,
// or two points for a range that runs backwards) and the token after what it read.
func (p *txParser) expr(i int) ([]txFound, int) {
	if f, next, ok := p.relative(i); ok {
		return f, next
	}
	w := p.word(i)
	kind, lead := txLeads[w]
	j := i + 1
	switch {
	case w == "as" && (p.word(i+1) == "of" || p.word(i+1) == "at"):
		kind, lead, j = Point, true, i+2
	case w == "up" && (p.word(i+1) == "to" || p.word(i+1) == "until"):
		kind, lead, j = Until, true, i+2
	case (w == "starting" || w == "beginning") && (p.word(j) == "in" || p.word(j) == "on" || p.word(j) == "from" || p.word(j) == "with" || p.word(j) == "at"):
		j++
	case !lead:
		kind, j = Point, i
	case (w == "after" || w == "before") && txUnits[p.word(i-1)] != 0:
		// "five days after the April 9th surrender" names a date, it bounds nothing
		kind, lead = Point, false
	}
	begin := i
	if !lead {
		begin = -1
	}
	a, st := p.atom(j)
	if st == txNone && (kind == Point || kind == Range || w == "from") {
		a, st = p.bareDay(j)
	}
	switch st {
	case txSkip:
		if k, conn, ok := p.connector(a.to, false); ok && conn != "/" && p.isNumber(k) {
			return nil, k + 1 // "pp. 1944–1950", "Nos. 1900 to 1910"
		}
		return nil, a.to
	case txNone:
		if kind == Until && (w == "until" || w == "till" || w == "untill" || w == "til" || w == "up") {
			return p.untilClause(i, j)
		}
		return nil, i
	}
	if kind == Point || kind == Range || w == "from" {
		if f, next, ok := p.rangeFrom(a, begin, kind == Range); ok {
			return f, next
		}
	}
	if a.day > 0 && !a.partial && a.date.IsZero() { // a bare day that began no range
		return nil, i
	}
	if a.partial && !lead && !a.lead && a.day == 0 {
		return nil, i // "March" alone is a verb as often as a month
	}
	if kind == Range {
		kind = Point // "between 1981" and no end
	}
	d, rel, ok := p.resolve(a)
	if !ok {
		return nil, a.to
	}
	if begin < 0 {
		begin = a.from
	}
	end := a.to
	if kind == From && (p.word(end) == "onwards" || p.word(end) == "onward") {
		end++
	}
	f := txFound{fromTok: begin, toTok: end}
	f.Kind, f.Relative = kind, rel
	f.Begin, f.Finish = p.toks[begin].start, p.toks[end-1].end
	if kind == Until {
		f.End, f.endSpan = d, p.span(a)
	} else {
		f.Start, f.startSpan = d, p.span(a)
	}
	return []txFound{f}, end
}

func (p *txParser) span(a txAtom) [2]int { return [2]int{p.toks[a.from].start, p.toks[a.to-1].end} }

// bareDay reads a day number that may start a range of days: "12–15 March 1990".
func (p *txParser) bareDay(j int) (txAtom, txState) {
	d, digits := p.plain(j)
	if digits == 0 || digits > 2 || d < 1 || d > 31 || p.numberVeto(j) {
		return txAtom{}, txNone
	}
	return txAtom{day: d, from: j, to: j + 1}, txOK
}

// resolve completes a partial date from the anchor's year.
func (p *txParser) resolve(a txAtom) (model.Date, bool, bool) {
	if !a.partial {
		return a.date, false, !a.date.IsZero()
	}
	y, ok := p.anchorYear()
	if !ok {
		return model.Date{}, false, false
	}
	if m := p.anchor.Month; p.anchor.Precision >= model.PrecisionSeason {
		if p.anchor.Precision == model.PrecisionSeason {
			m = 3*(m-21) + 3
		}
		if m-a.month > 4 {
			// the story goes on: "on April 26" after 6 December 1864 is in 1865, "in January" after
			// September 1862 in 1863; a step back of a few months stays in the year ("five days
			// after the April 9th surrender" on 14 April 1865)
			y++
		}
	}
	if a.day > txDaysIn(y, a.month) || y > 9999 {
		return model.Date{}, false, false
	}
	d := txPartialDate(y, a)
	d.Approximate = a.date.Approximate || p.anchor.Approximate
	d.Uncertain = p.anchor.Uncertain
	return d, true, true
}

func txPartialDate(y int, a txAtom) model.Date {
	if a.day > 0 {
		return model.DayOf(y, a.month, a.day)
	}
	return model.MonthOf(y, a.month)
}

func (p *txParser) anchorYear() (int, bool) {
	if p.anchor.Precision < model.PrecisionYear {
		return 0, false
	}
	return p.anchor.Year, true
}

// connector reads the word or mark that joins the two ends of a range at token k.
func (p *txParser) connector(k int, between bool) (next int, word string, ok bool) {
	if p.mark(k, "–—-−‒―‐") {
		return k + 1, "-", true
	}
	if p.mark(k, "/") && p.glued(k-1) && p.glued(k) {
		return k + 1, "/", true
	}
	switch w := p.word(k); w {
	case "and":
		return k + 1, w, between
	case "to", "until", "till", "through", "thru", "til":
		return k + 1, w, !between
	}
	return k, "", false
}

// rangeFrom reads the end of a range whose start a has been read: "1986–1990", "1985–89",
// "March–June 1861", "12–15 March 1990", "March 12–15, 1990", "1986–present". begin is the token
// of the lead word, or -1.
func (p *txParser) rangeFrom(a txAtom, begin int, between bool) ([]txFound, int, bool) {
	k, conn, ok := p.connector(a.to, between)
	if !ok {
		return nil, 0, false
	}
	if begin < 0 {
		begin = a.from
	}
	found := func(kind TimeKind, start, end model.Date, b txAtom, rel bool) []txFound {
		f := txFound{fromTok: begin, toTok: b.to}
		f.Kind, f.Start, f.End, f.Relative = kind, start, end, rel
		f.Begin, f.Finish = p.toks[begin].start, p.toks[b.to-1].end
		f.startSpan = p.span(a)
		if kind == Range {
			f.endSpan = p.span(b)
		}
		return []txFound{f}
	}
	// "1986–present", "from 1995 to the present"
	if !between && !a.partial && a.day == 0 {
		k2 := k
		if p.word(k2) == "the" && p.word(k2+1) == "present" {
			k2++
		}
		switch w := p.word(k2); {
		case w == "present" || w == "now" || w == "today" || w == "date" && conn == "to":
			if p.word(k2+1) == "day" {
				k2++
			}
			return found(From, a.date, model.Date{}, txAtom{from: k2, to: k2 + 1}, false), k2 + 1, true
		case conn == "-" && (k2 >= len(p.toks) || p.mark(k2, ")];,")) && a.date.Precision >= model.PrecisionYear:
			return found(From, a.date, model.Date{}, txAtom{from: a.from, to: k}, false), k, true // "(2016–)"
		}
	}
	// "1985–89", "1990/91", "1960s–70s"
	if (conn == "-" || conn == "/") && !a.partial && a.day == 0 && p.isNumber(k) && len(p.toks[k].text) == 2 &&
		(a.date.Precision == model.PrecisionYear || a.date.Precision == model.PrecisionDecade) && a.date.Year >= 100 &&
		!(p.glued(k) && p.mark(k+1, ".,:") && p.glued(k+1) && p.isNumber(k+2)) {
		n := p.value(k)
		suffix := p.toks[k].suffix
		decade := a.date.Precision == model.PrecisionDecade
		if (!decade && suffix == "" || decade && (suffix == "s" || suffix == "'s") && n%10 == 0) && !p.counted(k) {
			y := a.date.Year - a.date.Year%100 + n
			if y < a.date.Year {
				y += 100
			}
			end := model.YearOf(y)
			if decade {
				end = model.DecadeOf(y)
			}
			if conn == "/" && (decade || y != a.date.Year+1) {
				return nil, 0, false
			}
			end.Approximate = a.date.Approximate
			return found(Range, a.date, end, txAtom{from: k, to: k + 1}, false), k + 1, true
		}
	}
	if conn == "/" {
		if n, digits := p.plain(k); digits == 4 && !a.partial && a.date.Precision == model.PrecisionYear && n == a.date.Year+1 {
			return found(Range, a.date, model.YearOf(n), txAtom{from: k, to: k + 1}, false), k + 1, true
		}
		return nil, 0, false
	}
	// "March 12–15, 1990": the end is a day of the start's month
	if a.partial && a.day > 0 && a.month > 0 {
		if d, digits := p.plain(k); digits > 0 && digits <= 2 && d >= 1 && d <= 31 && !p.numberVeto(k) {
			k2 := k + 1
			if p.mark(k2, ",") {
				k2++
			}
			if b, st, ok := p.dayYear(k, d, a.month, k2); ok && st == txOK && a.day <= txDaysIn(b.date.Year, a.month) {
				start := model.DayOf(b.date.Year, a.month, a.day)
				if !b.date.Before(start) {
					return found(Range, start, b.date, b, false), b.to, true
				}
			}
		}
	}
	p.rangeEnd = k
	b, st := p.atom(k)
	p.rangeEnd = -1
	if st == txSkip && a.bare && b.to > k {
		return nil, b.to, true // "from 1200 to 1500 members"
	}
	if st != txOK {
		return nil, 0, false
	}
	switch {
	case !a.partial && a.day == 0 && !b.partial:
		if b.bc && a.bare && !a.era && a.num > 1-b.date.Year { // "753–509 BC"
			a.date = model.YearOf(1 - a.num)
		}
	case a.day > 0 && !a.partial: // a bare day: "12–15 March 1990"
		var ok bool
		if b.partial && b.day > 0 {
			b.date, _, ok = p.resolve(b)
		} else {
			ok = b.date.Precision == model.PrecisionDay
		}
		if !ok || a.day > txDaysIn(b.date.Year, b.date.Month) {
			return nil, 0, false
		}
		a.date = model.DayOf(b.date.Year, b.date.Month, a.day)
		a.date.Approximate, a.date.Uncertain = b.date.Approximate, b.date.Uncertain
		rel := b.partial
		if b.date.Before(a.date) {
			return nil, 0, false
		}
		return found(Range, a.date, b.date, b, rel), b.to, true
	case a.partial != b.partial:
		// "March–June 1861", "April 12 – May 3, 1861", "from March 1861 to June": the end
		// without a year takes the other's
		if a.partial && !txYearOf(&a, b.date) || b.partial && !txYearOf(&b, a.date) || b.date.Before(a.date) {
			return nil, 0, false
		}
		return found(Range, a.date, b.date, b, false), b.to, true
	default: // both partial: "April 19 through April 21"
		sd, rel, ok1 := p.resolve(a)
		if !ok1 {
			return nil, 0, false
		}
		anchor := p.anchor
		p.anchor = sd
		ed, _, ok2 := p.resolve(b)
		p.anchor = anchor
		if !ok2 || ed.Before(sd) {
			return nil, 0, false
		}
		return found(Range, sd, ed, b, rel), b.to, true
	}
	if b.date.Before(a.date) {
		// a range that runs backwards is two dates
		fa := txFound{fromTok: a.from, toTok: a.to}
		fa.Kind, fa.Start = Point, a.date
		fa.Begin, fa.Finish, fa.startSpan = p.toks[a.from].start, p.toks[a.to-1].end, p.span(a)
		fb := txFound{fromTok: b.from, toTok: b.to}
		fb.Kind, fb.Start = Point, b.date
		fb.Begin, fb.Finish, fb.startSpan = p.toks[b.from].start, p.toks[b.to-1].end, p.span(b)
		return []txFound{fa, fb}, b.to, true
	}
	return found(Range, a.date, b.date, b, false), b.to, true
}

// untilClause reads "until his death in 1990" and "until the abolition of the authority in 1990":
// the first date of the clause that "until" opens is where it ends. i is the "until", j the token
// after it.
func (p *txParser) untilClause(i, j int) ([]txFound, int) {
	for k := j; k < len(p.toks) && k <= j+15; k++ {
		if p.mark(k, ",;:.()[]!?\"“”—–") || txClauseStops[p.word(k)] {
			break
		}
		f, next := p.expr(k)
		if len(f) == 0 {
			if next > k {
				break // a count: "until 1500 members"
			}
			continue
		}
		if len(f) != 1 || f[0].Kind != Point {
			break
		}
		u := f[0]
		u.Kind, u.End, u.Start, u.endSpan, u.startSpan = Until, u.Start, model.Date{}, u.startSpan, [2]int{}
		u.Begin, u.fromTok = p.toks[i].start, i
		return []txFound{u}, next
	}
	return nil, i
}

// Relative expressions.

type txUnit int

const (
	txYears txUnit = iota + 1
	txDecades
	txMonths
	txDays
	txSeason
	txMonthName
)

var txUnits = map[string]txUnit{
	"year": txYears, "years": txYears, "decade": txDecades, "decades": txDecades,
	"month": txMonths, "months": txMonths, "day": txDays, "days": txDays, "week": txDays, "weeks": txDays,
	"morning": txDays, "evening": txDays, "night": txDays, "afternoon": txDays,
}

// clauseEnd reports whether token k ends a phrase: the end of the sentence, a mark, "and", "but".
func (p *txParser) clauseEnd(k int) bool {
	return k >= len(p.toks) || p.mark(k, ",.;:)]!?—–\"”") || p.word(k) == "and" || p.word(k) == "but"
}

// relative reads an expression that counts from the anchor: "four years later", "the following
// year", "later that month", "that summer", "in the same year". ok reports whether one was read;
// it resolves to nothing when the anchor cannot resolve it.
func (p *txParser) relative(i int) ([]txFound, int, bool) {
	k := i
	switch p.word(k) {
	case "in", "on", "during", "by":
		k++
	}
	adverb := false
	if w := p.word(k); w == "later" || w == "earlier" {
		adverb = true
		k++
		if p.word(k) == "in" || p.word(k) == "on" {
			k++ // "later in the year"
		}
	}
	var (
		unit  txUnit
		n     int
		which int // the season or the month of "that summer", "the following December"
		next  int
	)
	w := p.word(k)
	switch {
	case w == "the" || w == "that":
		k2 := k + 1
		shift, hasShift := 0, false
		switch p.word(k2) {
		case "following", "next", "subsequent", "succeeding":
			shift, hasShift = 1, true
		case "previous", "preceding", "prior":
			shift, hasShift = -1, true
		case "same":
			hasShift = true
		}
		if hasShift {
			k2++
		}
		u := p.word(k2)
		unit = txUnits[u]
		if s := txSeasons[u]; s > 0 && w == "that" && !hasShift {
			unit, which = txSeason, s // "that summer"
		}
		if m, _, full := p.month(k2); m > 0 && full && (w == "that" || hasShift) {
			unit, which = txMonthName, m // "the following December", "that March"
		}
		if unit == 0 || unit == txDecades || strings.HasSuffix(u, "s") && unit < txSeason || p.isNumber(k2+1) || p.word(k2+1) == "of" {
			return nil, 0, false
		}
		if u == "week" {
			shift *= 7
		}
		next = k2 + 1
		switch {
		case hasShift:
			n = shift
		case w == "that": // "that year", "later that month"
		case !adverb && (p.word(k2+1) == "after" || p.word(k2+1) == "before") && p.clauseEnd(k2+2):
			// "the year after", "the day before"
			n, next = 1, k2+2
			if p.word(k2+1) == "before" {
				n = -1
			}
		case adverb: // "later in the year"
			if !p.clauseEnd(k2 + 1) {
				return nil, 0, false
			}
		default:
			return nil, 0, false
		}
	case !adverb:
		count, ok := txCounts[w]
		if v, digits := p.plain(k); digits > 0 && digits <= 2 && !p.numberVeto(k) {
			count, ok = v, v > 0
		}
		if !ok {
			return nil, 0, false
		}
		k2 := k + 1
		if p.mark(k2, "-‐") && p.glued(k) && p.glued(k2) && count >= 20 && count%10 == 0 {
			if u, ok := txCounts[p.word(k2+1)]; ok && u < 10 && u > 0 {
				count, k2 = count+u, k2+2 // "twenty-one"
			}
		}
		u := p.word(k2)
		unit = txUnits[u]
		if unit == 0 || (count == 1) != !strings.HasSuffix(u, "s") || (w == "a" || w == "an") && count != 1 {
			return nil, 0, false
		}
		switch u {
		case "week", "weeks":
			count *= 7
		case "morning", "evening", "night", "afternoon":
			return nil, 0, false
		}
		switch p.word(k2 + 1) {
		case "later", "afterwards", "afterward":
			n = count
		case "earlier", "previously":
			n = -count
		case "after", "on":
			if !p.clauseEnd(k2 + 2) {
				return nil, 0, false
			}
			n = count
		case "before", "prior":
			if !p.clauseEnd(k2 + 2) {
				return nil, 0, false
			}
			n = -count
		default:
			return nil, 0, false
		}
		next = k2 + 2
	default:
		return nil, 0, false
	}
	d, ok := p.shift(unit, n, which)
	if !ok {
		return nil, next, true
	}
	f := txFound{fromTok: i, toTok: next}
	f.Kind, f.Start, f.Relative = Point, d, true
	f.Begin, f.Finish = p.toks[i].start, p.toks[next-1].end
	f.startSpan = [2]int{f.Begin, f.Finish}
	return []txFound{f}, next, true
}

// shift moves the anchor by n units, keeping no more of its precision than the unit states. which
// is the season of txSeason, the month of txMonthName.
func (p *txParser) shift(unit txUnit, n, which int) (model.Date, bool) {
	a := p.anchor
	var d model.Date
	switch unit {
	case txMonthName:
		switch {
		case n == 0 && a.Precision >= model.PrecisionYear:
			d = model.MonthOf(a.Year, which)
		case n != 0 && (a.Precision == model.PrecisionMonth || a.Precision == model.PrecisionDay):
			y := a.Year
			if n > 0 && which <= a.Month {
				y++
			} else if n < 0 && which >= a.Month {
				y--
			}
			d = model.MonthOf(y, which)
		default:
			return d, false
		}
	case txYears, txDecades, txSeason:
		if a.Precision < model.PrecisionYear {
			return d, false
		}
		if unit == txDecades {
			n *= 10
		}
		d = model.YearOf(a.Year + n)
		if unit == txSeason {
			d.Month, d.Precision = which, model.PrecisionSeason
		}
	case txMonths:
		if a.Precision != model.PrecisionMonth && a.Precision != model.PrecisionDay {
			return d, false
		}
		total := a.Year*12 + a.Month - 1 + n
		y := total / 12
		if total%12 < 0 {
			y--
		}
		d = model.MonthOf(y, total-y*12+1)
	case txDays:
		if a.Precision != model.PrecisionDay {
			return d, false
		}
		t := time.Date(a.Year, time.Month(a.Month), a.Day+n, 12, 0, 0, 0, time.UTC)
		d = model.DayOf(t.Year(), int(t.Month()), t.Day())
	default:
		return d, false
	}
	if d.Year < -9999 || d.Year > 9999 {
		return model.Date{}, false
	}
	d.Approximate = a.Approximate || unit == txDecades
	d.Uncertain = a.Uncertain
	return d, true
}
