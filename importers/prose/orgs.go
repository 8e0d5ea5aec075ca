package prose

import (
	"strings"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

// orgHeads are the nouns that make a capitalised phrase the name of a body: "Labour Party",
// "Inner London Education Authority", "Haugesund city council".
var orgHeads = wordSet(`party committee union council authority association congress parliament
assembly house senate commission board club society institute institution center centre department
ministry office group movement campaign company corporation bank foundation church army navy force
forces court agency bureau service league federation alliance front trust academy museum library
university college school press government cabinet conference organisation organization guild fund
network caucus delegation tribunal secretariat directorate division regiment battalion militia
corps legislature firm partnership council executive storting bundestag duma knesset diet cortes
convention order brotherhood sisterhood coalition syndicate cooperative co-operative circle forum
panel chamber lodge guard police newspaper magazine journal times post herald gazette review
broadcasting television radio studio studios records orchestra band choir team`)

// orgModifiers may stand, in lower case, between a place name and a lower-case head: "Haugesund
// city council", "Leeds district council".
var orgModifiers = wordSet(`city county town municipal district regional parish state borough
provincial local metropolitan urban rural village school`)

// kindNouns say, in lower case, what kind of body the name after them names: "the girl group
// Blackpink", "the Liverpool-based band Ibex", "the law firm Verner, Liipfert, and Bernhard". The
// words before the name describe the body ("South Korean girl group"); the name is the body.
var kindNouns = wordSet(`band group party company club union firm newspaper label team movement
crew collective ensemble troupe orchestra choir duo trio quartet supergroup outfit society association
organisation organization magazine journal publisher studio agency network corporation conglomerate
charity foundation league federation alliance coalition faction caucus`)

// weekdays do not start a name: "joined the band Monday".
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// connectors may join the capitalised words of one name: "Campaign for Labour Party Democracy",
// "Transport and General Workers' Union", "Board of Deputies of British Jews".
var connectors = wordSet(`of for and & de du la le des del der von van on at`)

// An org is one organisation the article names, as the registry knows it.
type org struct {
	name, acronym string
	parent        *org
	head          string // its head noun, lower case: "party", "committee"
	order         int    // when it was last mentioned, for references back
}

// registry collects the organisations of one article: full names, the acronyms tied to them, the
// parents that possessives give, and which was mentioned last, for "the union" and "its".
type registry struct {
	orgs   []*org
	clock  int
	index  map[string]*org // by normalised name and lower-case acronym
	people map[string]bool // the words of the person's names: "the band Bob Marley …" names no body
}

func normName(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "))
	s = abbreviatedCountries.Replace(s)
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return lower(s)
}

// abbreviatedCountries spells out the country abbreviations that names use either way: "U.S.
// House of Representatives" is the "United States House of Representatives".
var abbreviatedCountries = strings.NewReplacer("U.S. ", "United States ", "U.K. ", "United Kingdom ")

// add returns the organisation with this name (or acronym), creating it if new, and marks it as
// just mentioned.
func (r *registry) add(name, acr string) *org {
	name = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	if name == "" && acr == "" {
		return nil
	}
	o := r.lookup(name)
	if o == nil && acr != "" {
		o = r.lookup(acr)
	}
	if o == nil {
		o = &org{name: name, acronym: acr}
		if name == "" {
			o.name = acr
		}
		o.head = headOf(o.name)
		r.orgs = append(r.orgs, o)
	}
	if acr != "" && o.acronym == "" && o.name != acr {
		o.acronym = acr
	}
	if o.name == o.acronym && name != "" && name != acr {
		o.name, o.head = name, headOf(name) // the acronym came first, the full name later
	}
	r.indexOrg(o)
	r.touch(o)
	return o
}

// indexOrg makes o findable by its name and its acronym.
func (r *registry) indexOrg(o *org) {
	if r.index == nil {
		r.index = map[string]*org{}
	}
	if k := normName(o.name); r.index[k] == nil {
		r.index[k] = o
	}
	if o.acronym != "" {
		if k := lower(o.acronym); r.index[k] == nil {
			r.index[k] = o
		}
	}
}

// forget clears which organisation was mentioned when, keeping their names, for a new reading.
func (r *registry) forget() {
	r.clock = 0
	for _, o := range r.orgs {
		o.order = 0
	}
}

func (r *registry) touch(o *org) {
	r.clock++
	o.order = r.clock
}

// lookup finds an organisation by its name or acronym.
func (r *registry) lookup(name string) *org {
	n := normName(name)
	if n == "" {
		return nil
	}
	return r.index[n]
}

// addNested adds a name such as "National Executive Committee of the Labour Party" as the committee,
// part of the party: it splits at the last "of" when both sides name bodies.
func (r *registry) addNested(name string) *org {
	if k := strings.LastIndex(name, " of "); k > 0 {
		left, right := name[:k], strings.TrimPrefix(name[k+4:], "the ")
		if orgHeads[lower(lastWord(left))] && headOf(right) != "" {
			parent := r.add(right, "")
			o := r.add(left, "")
			if o.parent == nil && o != parent {
				o.parent = parent
			}
			return o
		}
	}
	return r.add(name, "")
}

// prefixOf finds a known organisation whose name starts with the single word w: "Labour's" is the
// Labour Party's.
func (r *registry) prefixOf(w string) *org {
	var best *org
	prefix := lower(w) + " "
	for _, o := range r.orgs {
		if len(o.name) > len(prefix) && strings.EqualFold(o.name[:len(prefix)], prefix) && (best == nil || o.order > best.order) {
			best = o
		}
	}
	return best
}

// recent returns the organisation mentioned last whose head noun is head ("the union"), or the last
// of any kind when head is "".
func (r *registry) recent(head string) *org {
	var best *org
	for _, o := range r.orgs {
		if o.order > 0 && (head == "" || o.head == head) && (best == nil || o.order > best.order) {
			best = o
		}
	}
	return best
}

// headOf returns the last word of a name that is an organisation noun, lower case.
func headOf(name string) string {
	ws := strings.Fields(name)
	for i := len(ws) - 1; i >= 0; i-- {
		w := lower(strings.Trim(ws[i], "'’"))
		if orgHeads[w] {
			return w
		}
		if strings.HasSuffix(w, "s") && orgHeads[strings.TrimSuffix(w, "s")] {
			return strings.TrimSuffix(w, "s")
		}
	}
	return ""
}

// model turns the registry into the biography's organisations, with stable ids.
func (r *registry) model(used map[*org]bool) ([]model.Organization, map[*org]string) {
	ids := map[*org]string{}
	taken := map[string]bool{}
	var out []model.Organization
	var add func(o *org)
	add = func(o *org) {
		if _, done := ids[o]; done {
			return
		}
		if o.parent != nil {
			add(o.parent)
		}
		id := model.Slug(o.name)
		if o.parent != nil {
			id = ids[o.parent] + "-" + model.Slug(o.acronymOrName())
		}
		base := id
		for n := 2; taken[id]; n++ {
			id = base + "-" + itoa(n)
		}
		taken[id] = true
		ids[o] = id
		m := model.Organization{ID: id, Name: o.name, Acronym: o.acronym}
		if o.parent != nil {
			m.PartOf = ids[o.parent]
		}
		out = append(out, m)
	}
	for _, o := range r.orgs {
		if used[o] {
			add(o)
		}
	}
	return out, ids
}

func (o *org) acronymOrName() string {
	if o.acronym != "" {
		return o.acronym
	}
	return o.name
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for n > 0 || i == len(b) {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// An orgSpan is an organisation named in a sentence, over tokens [from, to).
type orgSpan struct {
	from, to int
	org      *org
}

// findOrgs names the organisations of one sentence, in order, and registers them: capitalised
// names with an organisation noun ("Inner London Education Authority", "Haugesund city council"),
// names tied to an acronym in brackets ("Campaign for Labour Party Democracy (CLPD)"), known
// acronyms ("the NEC"), possessives ("the Labour Party's National Executive Committee" is part of
// the Labour Party; "the party's …" of the party last named), references back ("the union",
// "this committee", "the authority") and the names after a description, descs (see descriptors).
func (r *registry) findOrgs(toks []token, descs []descriptor) []orgSpan {
	var spans []orgSpan
	for i := 0; i < len(toks); {
		for len(descs) > 0 && descs[0].head < i {
			descs = descs[1:] // a name read before took its words
		}
		if len(descs) > 0 {
			if d := descs[0]; d.from <= i {
				// "the South Korean girl group Blackpink": the span runs from the description to the
				// end of the name, and its body is the name
				spans = append(spans, orgSpan{i, d.to, r.described(toks, d)})
				descs, i = descs[1:], d.to
				continue
			}
			if d := descs[0]; d.from == i+1 && roleStop[lower(toks[i].text)] {
				i++ // "the band Queen" is not the band the text mentioned last
				continue
			}
		}
		if sp, ok := r.orgAt(toks, i); ok {
			spans = append(spans, sp)
			i = sp.to
			continue
		}
		i++
	}
	// "the party's annual conference": a possessor and a lower-case body of its own
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		if sp.to >= len(toks) || !isPossessive(toks[sp.to].text) || (k+1 < len(spans) && spans[k+1].from <= sp.to+8) {
			continue
		}
		for e := sp.to + 1; e < len(toks) && e <= sp.to+8; e++ {
			w := toks[e].text
			if w == "," || w == "and" {
				continue // "the TGWU's new dyers, bleacher and textile workers group"
			}
			if capitalised(w) || !isWordRune([]rune(w)[0]) || roleStop[w] {
				break
			}
			if orgHeads[w] {
				o := r.add(joinTokens(toks[sp.to+1:e+1]), "")
				if o.parent == nil && o != sp.org {
					o.parent = sp.org
				}
				spans = append(spans[:k+1], append([]orgSpan{{sp.to + 1, e + 1, o}}, spans[k+1:]...)...)
				break
			}
		}
	}
	// possessives: "X's Y" and "X's ruling body, the Y" make Y part of X
	for k := 1; k < len(spans); k++ {
		a, b := spans[k-1], spans[k]
		if a.to < len(toks) && isPossessive(toks[a.to].text) && b.org != a.org &&
			b.org.parent == nil && a.org.parent != b.org && onlyDescriptors(toks[a.to+1:b.from]) {
			b.org.parent = a.org
		}
	}
	return spans
}

// A descriptor is a body named after a phrase that says what kind of body it is: tokens [from,
// head] describe it ("South Korean girl group"), [name, to) name it ("Blackpink").
type descriptor struct {
	from, head, name, to int
}

// descriptors finds the bodies of a sentence named after a description ending in a kind noun: "the
// Liverpool-based band Ibex", "the girl group Blackpink", "the law firm Verner, Liipfert, and
// Bernhard". The description's words are a few modifiers before the noun: lower-case words,
// demonyms and compounds ("South Korean", "Liverpool-based", "eleven-member dance"), but no
// article, pronoun, preposition, verb or possessive, and no word that heads a body's name.
func (r *registry) descriptors(toks []token) []descriptor {
	var out []descriptor
	for h := 1; h+1 < len(toks); h++ {
		// most words are no kind noun, and a name must follow one: test the cheap things first
		w, next := toks[h].text, toks[h+1].text
		if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || (next[0] < 0x80 && (next[0] < 'A' || next[0] > 'Z')) ||
			!capitalised(next) || !kindNouns[w] {
			continue
		}
		to := r.nameAfter(toks, h+1)
		if to == 0 {
			continue
		}
		from := h
		for k := h - 1; k >= 0 && k >= h-4 && describes(toks[k].text); k-- {
			from = k
		}
		out = append(out, descriptor{from, h, h + 1, to})
		h = to - 1
	}
	return out
}

// describes reports whether a word may stand in the description of a body before its kind noun:
// "South", "Korean", "girl", "Liverpool-based", "eleven-member", "law".
func describes(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !isWordRune(r) || isPossessive(w) || isDigits(w) {
		return false
	}
	lw := lower(w)
	if roleStop[lw] || rolePreps[lw] || connectors[lw] || model.MonthNumber(lw) > 0 {
		return false
	}
	if capitalised(w) {
		return !orgHeads[lw] && !functionWords[lw]
	}
	return !isVerbLike(lw)
}

// nameAfter returns the end of the name of a body that starts at token j after its kind noun, or 0:
// a run of capitalised words and connectors ("Sour Milk Sea", "Island Records"), an article that
// belongs to it ("The Times"), or a list of names ending in "and" or "&" ("Verner, Liipfert, and
// Bernhard"). A capitalised word that only opens a sentence or a date, a role ("the party
// Chairman"), a body of the one before ("the party Conference"), a name of the person's, or a run
// the verb of a clause follows ("the band Mercury had formed") is no such name.
func (r *registry) nameAfter(toks []token, j int) int {
	w := toks[j].text
	lw := lower(w)
	if !capitalised(w) || model.MonthNumber(lw) > 0 || weekdays[lw] || roleHeads[lw] || w == "I" {
		return 0
	}
	if functionWords[lw] {
		if lw != "the" || j+1 >= len(toks) || !capitalised(toks[j+1].text) || functionWords[lower(toks[j+1].text)] {
			return 0
		}
		j++ // "the newspaper The Times"
	}
	run := func(k int) int {
		for k < len(toks) {
			t := toks[k].text
			switch {
			case r.people[t]:
				return 0 // "the band Bob Marley and the Wailers" is the person's name, not a body's
			case capitalised(t) || (isDigits(t) && k > j):
			case connectors[lower(t)] && k+1 < len(toks) && capitalised(toks[k+1].text):
			default:
				return k
			}
			k++
		}
		return k
	}
	end := run(j)
	if end == 0 || (end == j+1 && orgHeads[lower(toks[j].text)]) {
		return 0 // "the party Conference" is the party's conference
	}
	// "Verner, Liipfert, and Bernhard": names listed with commas, the last after "and" or "&"
	for k := end; k+1 < len(toks) && toks[k].text == ","; {
		next := k + 1
		last := false
		if a := lower(toks[next].text); a == "and" || a == "&" {
			next, last = next+1, true
		}
		if next >= len(toks) || !capitalised(toks[next].text) || functionWords[lower(toks[next].text)] {
			break
		}
		e := run(next)
		if e == 0 {
			break
		}
		if last || hasWord(toks[next:e], "and") || hasWord(toks[next:e], "&") {
			end = e
			break
		}
		k = e
	}
	if end < len(toks) && !capitalised(toks[end].text) && isVerbLike(lower(toks[end].text)) {
		return 0 // "the band Mercury had formed": a clause with a subject of its own
	}
	return end
}

// described registers the body a descriptor names, with the kind noun as its head when its name
// has none of its own: "the band Ibex" is what "the band" refers back to.
func (r *registry) described(toks []token, d descriptor) *org {
	name := joinTokens(toks[d.name:d.to])
	var o *org
	if headOf(name) != "" && !startsWithRole(toks[d.name:d.to]) {
		o = r.addNested(name)
	} else {
		o = r.add(name, "")
	}
	if o.head == "" {
		o.head = toks[d.head].text
	}
	return o
}

// onlyDescriptors reports whether the tokens between a possessor and an organisation are at most a
// few lower-case words, a comma and "the": "Labour's ruling body, the National Executive Committee".
func onlyDescriptors(toks []token) bool {
	if len(toks) > 5 {
		return false
	}
	for _, t := range toks {
		if t.text != "," && (capitalised(t.text) || !isWordRune([]rune(t.text)[0])) {
			return false
		}
	}
	return true
}

// orgAt reads an organisation starting at token i, if one starts there.
func (r *registry) orgAt(toks []token, i int) (orgSpan, bool) {
	w := toks[i].text
	// references back: "the union", "this committee", "the party's"
	if (w == "the" || w == "this" || w == "that" || w == "The" || w == "This") && i+1 < len(toks) {
		head := lower(toks[i+1].text)
		if !capitalised(toks[i+1].text) && orgHeads[head] {
			if o := r.recent(head); o != nil {
				r.touch(o)
				return orgSpan{i, i + 2, o}, true
			}
		}
	}
	if !capitalised(w) {
		return orgSpan{}, false
	}
	// a run of capitalised words and connectors, ending on a capitalised word
	j, last := i, i
	for j < len(toks) {
		t := toks[j].text
		switch {
		case capitalised(t) || (isDigits(t) && j > i):
			last = j
		case connectors[lower(t)] && j+1 < len(toks) && (capitalised(toks[j+1].text) ||
			(lower(t) != "and" && lower(t) != "&" && lower(toks[j+1].text) == "the" && j+2 < len(toks) && capitalised(toks[j+2].text))):
		case lower(t) == "the" && j > i && connectors[lower(toks[j-1].text)] && j+1 < len(toks) && capitalised(toks[j+1].text):
		case isPossessive(t) && j+1 < len(toks) && capitalised(toks[j+1].text) && headOf(joinTokens(toks[i:j])) == "" &&
			r.lookup(joinTokens(toks[i:j])) == nil && r.prefixOf(toks[j-1].text) == nil:
			// a possessive inside a name: "President's Commission on …", "King's College"
		default:
			j = len(toks) + 1
			continue
		}
		j++
	}
	end := last + 1
	// a lower-case head after a place: "Haugesund city council"
	k := end
	for k < len(toks) && orgModifiers[toks[k].text] {
		k++
	}
	if k < len(toks) && orgHeads[toks[k].text] && !capitalised(toks[k].text) && (k > end || end-i <= 5) {
		name := joinTokens(toks[i : k+1])
		return orgSpan{i, k + 1, r.add(name, "")}, true
	}
	name := joinTokens(toks[i:end])
	// an acronym in brackets after the name ties the two: "… Textile Workers (NUDBTW)"; a name
	// with commas ("National Union of Dyers, Bleachers and Textile Workers") runs on to it
	if p := acronymAhead(toks, end); p > 0 {
		acr := toks[p+1].text
		if from := acronymStart(toks, i, p, acr); from == i {
			return orgSpan{i, p + 3, r.add(joinTokens(toks[i:p]), acr)}, true
		}
	}
	if end+2 < len(toks) && toks[end].text == "(" && acronym(toks[end+1].text) && toks[end+2].text == ")" {
		acr := toks[end+1].text
		from := acronymStart(toks, i, end, acr)
		return orgSpan{from, end + 3, r.add(joinTokens(toks[from:end]), acr)}, true
	}
	if end-i == 1 && acronym(w) {
		if o := r.lookup(w); o != nil {
			r.touch(o)
			return orgSpan{i, end, o}, true
		}
	}
	if headOf(name) != "" && !startsWithRole(toks[i:end]) {
		return orgSpan{i, end, r.addNested(name)}, true
	}
	if o := r.lookup(name); o != nil {
		r.touch(o)
		return orgSpan{i, end, o}, true
	}
	// "Labour's …": a word that starts a known name, as a possessor
	if end-i == 1 && end < len(toks) && isPossessive(toks[end].text) {
		if o := r.prefixOf(w); o != nil {
			r.touch(o)
			return orgSpan{i, end, o}, true
		}
	}
	return orgSpan{}, false
}

// acronymAhead returns the token of the "(" of an acronym in brackets that a name starting before end
// may run on to over commas, connectors and capitalised words, or 0.
func acronymAhead(toks []token, end int) int {
	for k := end; k < len(toks) && k < end+12; k++ {
		t := toks[k].text
		if t == "(" {
			if k > end && k+2 < len(toks) && acronym(toks[k+1].text) && toks[k+2].text == ")" {
				return k
			}
			return 0
		}
		if !(capitalised(t) || t == "," || connectors[lower(t)]) {
			return 0
		}
	}
	return 0
}

// acronymStart extends a name leftwards over commas and connectors until its words' initials spell
// the acronym: "National Union of Dyers, Bleachers and Textile Workers (NUDBTW)".
func acronymStart(toks []token, from, end int, acr string) int {
	initials := func(a, b int) string {
		var s strings.Builder
		for _, t := range toks[a:b] {
			if capitalised(t.text) {
				s.WriteString(t.text[:1])
			}
		}
		return s.String()
	}
	best := from
	for a := from; a >= 0 && a >= from-12; a-- {
		t := toks[a].text
		if !(capitalised(t) || t == "," || connectors[lower(t)]) {
			break
		}
		if capitalised(t) {
			got := initials(a, end)
			if got == acr {
				best = a
			}
			if len(got) > len(acr) {
				break
			}
		}
	}
	return best
}

// startsWithRole reports whether a capitalised phrase opens with a role followed by "of": "President
// of the United States", "Assistant General Secretary of the TGWU".
func startsWithRole(toks []token) bool {
	for k, t := range toks {
		if lower(t.text) == "of" {
			return k > 0 && roleHeads[lower(toks[k-1].text)]
		}
	}
	return false
}

func joinTokens(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.text != "," && t.text != ")" && toks[k-1].text != "(" && !isPossessive(t.text) {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
