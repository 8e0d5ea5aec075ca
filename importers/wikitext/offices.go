package wikitext

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// officeFields are the infobox fields that describe an office, by their names without a number:
// office3, term_start3 and predecessor3 describe the same, third, office.
var officeFields = map[string]bool{
	"office": true, "order": true, "term_start": true, "term_end": true, "termstart": true,
	"termend": true, "term": true, "predecessor": true, "successor": true, "president": true,
	"primeminister": true, "prime_minister": true, "vicepresident": true, "vice_president": true,
	"deputy": true, "governor": true, "lieutenant": true, "monarch": true, "chancellor": true,
	"premier": true, "taoiseach": true, "governor_general": true, "leader": true, "nominator": true,
	"appointer": true, "constituency": true, "district": true, "state": true, "state_house": true,
	"state_senate": true, "state_assembly": true, "state_delegate": true, "riding": true,
	"jr/sr": true, "constituency_mp": true, "constituency_msp": true, "constituency_am": true,
	"constituency_mla": true, "constituency_mep": true, "parliament": true, "majority": true,
	"alongside": true, "mayor": true, "electorate": true, "succeeding": true, "preceded": true, "status": true,
	"1blankname": true, "1namedata": true, "2blankname": true, "2namedata": true,
	"3blankname": true, "3namedata": true, "4blankname": true, "4namedata": true,
}

// office is one numbered group of office fields.
type office struct {
	number string            // "", "1", "2", …
	fields map[string]*Field // by name without the number
}

var trailingNumber = lazyre.New(`^(.*?[^0-9])([0-9]+)$`)

// offices groups an infobox's office fields by their number. The unnumbered group and group 1
// are one office when only one of them names it (Lincoln's office with predecessor1 and
// successor1), and two when both do (McPherson's office and office1).
func offices(ib *Infobox) []*office {
	groups := map[string]*office{}
	var numbers []string
	for i := range ib.Fields {
		f := &ib.Fields[i]
		base, num := strings.ToLower(f.Name), ""
		if m := trailingNumber.FindStringSubmatch(base); m != nil && officeFields[m[1]] {
			base, num = m[1], strings.TrimLeft(m[2], "0")
		}
		if !officeFields[base] {
			continue
		}
		g := groups[num]
		if g == nil {
			g = &office{number: num, fields: map[string]*Field{}}
			groups[num] = g
			numbers = append(numbers, num)
		}
		g.fields[base] = f
	}
	if g0, g1 := groups[""], groups["1"]; g0 != nil && g1 != nil && (!g0.named() || !g1.named()) {
		for k, f := range g1.fields {
			if g0.fields[k] == nil {
				g0.fields[k] = f
			}
		}
		delete(groups, "1")
	}
	sort.SliceStable(numbers, func(i, j int) bool {
		a, _ := strconv.Atoi(numbers[i])
		b, _ := strconv.Atoi(numbers[j])
		return a < b
	})
	var out []*office
	for _, n := range numbers {
		if g := groups[n]; g != nil && g.named() {
			out = append(out, g)
		}
	}
	return out
}

// named reports whether the group says which office it is.
func (g *office) named() bool {
	for _, k := range []string{"office", "state_house", "state_senate", "state_assembly", "state_delegate",
		"constituency_mp", "constituency_msp", "constituency_am", "constituency_mla", "constituency_mep"} {
		if g.fields[k] != nil {
			return true
		}
	}
	return g.fields["state"] != nil && (g.fields["district"] != nil || g.fields["jr/sr"] != nil)
}

func (g *office) value(keys ...string) (string, *Field) {
	for _, k := range keys {
		if f := g.fields[k]; f != nil && f.Value != "" {
			return f.Value, f
		}
	}
	return "", nil
}

// A placedOffice is an office as the biography records it.
type placedOffice struct {
	role, org, parent, qualifier string
	start, end                   model.Date
	note                         string
	used                         []*Field // the fields that state it, for the evidence
}

// place reads an office: its title (or the title the template would print for state_house,
// state and district, constituency_MP and the like), split into role and organisation; its
// qualifier, terms and the people around it.
func (g *office) place(r *renderer) placedOffice {
	var p placedOffice
	use := func(f *Field) {
		if f != nil {
			p.used = append(p.used, f)
		}
	}
	title, f := g.value("office")
	use(f)
	if title == "" {
		state, sf := g.value("state")
		for _, gen := range []struct{ key, format string }{
			{"state_senate", "Member of the %s Senate"},
			{"state_house", "Member of the %s House of Representatives"},
			{"state_assembly", "Member of the %s State Assembly"},
			{"state_delegate", "Member of the %s House of Delegates"},
			{"constituency_mp", "Member of Parliament for %s"},
			{"constituency_msp", "Member of the Scottish Parliament for %s"},
			{"constituency_am", "Member of the Senedd for %s"},
			{"constituency_mla", "Member of the Legislative Assembly for %s"},
			{"constituency_mep", "Member of the European Parliament for %s"},
		} {
			if v, f := g.value(gen.key); v != "" {
				title = strings.Replace(gen.format, "%s", v, 1)
				use(f)
				break
			}
		}
		if title == "" && state != "" {
			use(sf)
			if district, df := g.value("district"); district != "" {
				use(df)
				p.role, p.org = "Member", "United States House of Representatives"
				p.qualifier = district
				if ordinalDistrict.MatchString(district) {
					p.qualifier = possessive(state) + " " + district + " district"
				} else if strings.EqualFold(district, "at-large") || strings.EqualFold(district, "at large") {
					p.qualifier = possessive(state) + " at-large district"
				}
			} else {
				_, jf := g.value("jr/sr")
				use(jf)
				p.role, p.org, p.qualifier = "United States Senator", "United States Senate", state
			}
		}
	}
	if title != "" {
		p.role, p.org, p.qualifier = splitOffice(title)
		if p.org == "" {
			if _, pf := g.value("president"); pf != nil {
				p.org = usDepartment(p.role)
			}
		} else if _, pf := g.value("president"); pf != nil && strings.Contains(p.role, "Secretary") {
			if dept := usDepartment(p.role + " of " + p.org); dept != "" {
				p.org = dept
			}
		}
		p.org, p.parent = splitParent(p.org)
		// A constituency or district field says more than the title's "from Ohio".
		if q, qf := g.value("constituency", "riding", "electorate", "district"); q != "" {
			if state, _ := g.value("state"); state != "" && qf == g.fields["district"] && ordinalDistrict.MatchString(q) {
				q = possessive(state) + " " + q + " district"
			}
			p.qualifier = q
			use(qf)
		}
	}
	if order, of := g.value("order"); order != "" {
		p.role = order + " " + p.role
		use(of)
	}
	var notes []string
	_, sf := g.value("term_start", "termstart")
	endText, ef := g.value("term_end", "termend")
	use(sf)
	use(ef)
	if sf != nil {
		p.start, _ = sf.date(r)
	}
	if ef != nil {
		if incumbent.MatchString(endText) {
			notes = append(notes, "incumbent")
		} else {
			p.end, _ = ef.date(r)
		}
	}
	if sf == nil && ef == nil {
		if term, tf := g.value("term"); term != "" {
			use(tf)
			p.start, p.end, _ = dateRange(term)
		}
	}
	for _, k := range []string{"predecessor", "successor", "president", "primeminister", "prime_minister",
		"vicepresident", "vice_president", "deputy", "governor", "lieutenant", "monarch", "chancellor",
		"premier", "taoiseach", "governor_general", "leader", "nominator", "appointer", "alongside",
		"mayor", "majority"} {
		if v, _ := g.value(k); v != "" {
			notes = append(notes, noteLabel(k)+": "+v)
		}
	}
	for i := 1; i <= 4; i++ {
		n := strconv.Itoa(i)
		if name, _ := g.value(n + "blankname"); name != "" {
			if data, _ := g.value(n + "namedata"); data != "" {
				notes = append(notes, name+": "+data)
			}
		}
	}
	p.note = strings.Join(notes, "; ")
	return p
}

// noteLabel writes a field's name as words: "vicepresident" is "vice president".
func noteLabel(k string) string {
	switch k {
	case "vicepresident":
		return "vice president"
	case "primeminister":
		return "prime minister"
	}
	return strings.ReplaceAll(k, "_", " ")
}

var (
	ordinalDistrict = lazyre.New(`^\d+(st|nd|rd|th)?$`)
	incumbent       = lazyre.New(`(?i)\b(present|incumbent|current)\b`)
)

// possessive writes "Illinois's", as the officeholder infobox does.
func possessive(s string) string { return s + "'s" }

// compoundRoles are titles that hold an "of" of their own: the Secretary of State, not a
// secretary of the state.
var compoundRoles = []string{"Secretary of State", "Under-Secretary of State", "Minister of State",
	"Chief of Staff", "Chief of the General Staff", "Chief of the Defence Staff", "Chief of Naval Operations",
	"Chancellor of the Exchequer", "Chancellor of the Duchy of Lancaster", "Leader of the Opposition",
	"Father of the House", "Director of Central Intelligence", "Master of the Rolls", "Keeper of the Privy Seal"}

// splitOffice splits an office's title into its role and its organisation: "ROLE of (the) ORG",
// split at the first " of " ("Member of the Illinois House of Representatives" is a Member of the
// Illinois House of Representatives), with a constituency after " from ", or after " for " when
// the organisation is a legislature ("Member of Parliament for Woolwich"), as the qualifier. A
// title without " of " is all role; when it reads "ORG ROLE" with a name of two or more
// capitalised words before a role noun ("White House Counsel", "United States Senator"), that
// name is the organisation.
func splitOffice(title string) (role, org, qualifier string) {
	t := strings.TrimSpace(title)
	for _, cr := range compoundRoles {
		if i := strings.Index(t, cr); i >= 0 {
			end := i + len(cr)
			if rest := t[end:]; strings.HasPrefix(rest, " of ") {
				org, qualifier = cutQualifier(rest[4:])
				return t[:end], cleanOrg(org), qualifier
			}
			return t, "", ""
		}
	}
	if i := strings.Index(t, " of "); i > 0 {
		org, qualifier = cutQualifier(t[i+4:])
		return t[:i], cleanOrg(org), qualifier
	}
	role, qualifier = cutQualifier(t)
	return role, orgBeforeRole(role), qualifier
}

var legislatureWords = map[string]bool{"Parliament": true, "Assembly": true, "Senate": true,
	"Council": true, "Senedd": true, "Dáil": true, "Representatives": true, "Commons": true,
	"Congress": true, "Legislature": true, "Chamber": true, "Deputies": true, "Bundestag": true,
	"Duma": true, "Storting": true, "Sejm": true, "Knesset": true}

// cutQualifier splits "Illinois's 7th district" from "… from Illinois's 7th district", and
// "Woolwich" from "Parliament for Woolwich".
func cutQualifier(s string) (string, string) {
	if i := strings.Index(s, " from "); i > 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+6:])
	}
	if i := strings.Index(s, " for "); i > 0 {
		words := strings.Fields(s[:i])
		if legislatureWords[words[len(words)-1]] {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+5:])
		}
	}
	return strings.TrimSpace(s), ""
}

func cleanOrg(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "the "))
	return strings.TrimRight(s, ",;:. ")
}

var (
	roleNouns = map[string]string{"Counsel": "", "Senator": "Senate", "Representative": "House of Representatives",
		"Secretary": "", "Ambassador": "", "Governor": "", "Mayor": "", "Commissioner": "", "Treasurer": "",
		"Chancellor": "", "Director": "", "Chairman": "", "Chairwoman": "", "Chairperson": "", "Chair": "",
		"President": "", "Speaker": "", "Minister": "", "Judge": "", "Justice": "", "Delegate": "",
		"Councillor": "", "Councilor": "", "Alderman": "", "Comptroller": "", "Auditor": "",
		"Administrator": "", "Adviser": "", "Advisor": "", "Spokesperson": "", "Spokesman": "", "Coordinator": ""}
	generalRoles  = map[string]bool{"Attorney": true, "Solicitor": true, "Surgeon": true, "Postmaster": true, "Inspector": true, "Auditor": true, "Advocate": true, "Paymaster": true}
	roleModifiers = map[string]bool{"Deputy": true, "Vice": true, "Prime": true, "Chief": true, "Assistant": true,
		"Associate": true, "Lord": true, "Under": true, "First": true, "Second": true, "Third": true,
		"Senior": true, "Junior": true, "Acting": true, "Principal": true, "Permanent": true,
		"Parliamentary": true, "Special": true, "Executive": true, "General": true, "Grand": true,
		"High": true, "Lieutenant": true, "Shadow": true, "Minority": true, "Majority": true,
		"Ranking": true, "Presiding": true, "Press": true, "Foreign": true, "Home": true, "Defence": true,
		"Defense": true, "Finance": true, "Health": true, "Interior": true, "Education": true}
)

// orgBeforeRole reads "White House Counsel" as counsel of the White House, and "Texas State
// Senator" as a member of the Texas State Senate.
func orgBeforeRole(role string) string {
	words := strings.Fields(role)
	n := len(words)
	if n < 3 {
		return ""
	}
	k := 1
	noun := words[n-1]
	body, isRole := roleNouns[noun]
	if noun == "General" && generalRoles[words[n-2]] {
		k, isRole, body = 2, true, ""
	}
	if !isRole || n-k < 2 {
		return ""
	}
	prefix := words[:n-k]
	for _, w := range prefix {
		if r := []rune(w); !unicode.IsUpper(r[0]) || roleModifiers[w] {
			return ""
		}
	}
	org := strings.Join(prefix, " ")
	if body != "" {
		org += " " + body
	}
	return org
}

var usDepartments = map[string]string{"State": "State", "Defense": "Defense", "the Treasury": "the Treasury",
	"Treasury": "the Treasury", "War": "War", "the Navy": "the Navy", "Navy": "the Navy", "the Army": "the Army",
	"Army": "the Army", "the Air Force": "the Air Force", "the Interior": "the Interior", "Interior": "the Interior",
	"Agriculture": "Agriculture", "Commerce": "Commerce", "Labor": "Labor", "Health and Human Services": "Health and Human Services",
	"Housing and Urban Development": "Housing and Urban Development", "Transportation": "Transportation",
	"Energy": "Energy", "Education": "Education", "Veterans Affairs": "Veterans Affairs",
	"Homeland Security": "Homeland Security", "Justice": "Justice"}

// usDepartment names the department of a United States secretary (an office whose infobox names
// the president who appointed its holder): the Assistant Secretary of State for Educational and
// Cultural Affairs belongs to the United States Department of State.
func usDepartment(role string) string {
	i := strings.Index(role, "Secretary of ")
	if i < 0 {
		return ""
	}
	rest := role[i+len("Secretary of "):]
	if j := strings.Index(rest, " for "); j >= 0 {
		rest = rest[:j]
	}
	if d, ok := usDepartments[strings.TrimSpace(rest)]; ok {
		return "United States Department of " + d
	}
	return ""
}

var bodyWords = map[string]bool{"Committee": true, "Subcommittee": true, "Commission": true,
	"Council": true, "Board": true, "Caucus": true, "Delegation": true, "Bureau": true,
	"Division": true, "Directorate": true, "Panel": true, "Conference": true}

// splitParent reads "Finance Committee of the United States Senate" as the Finance Committee,
// part of the United States Senate: a body of two or more words ending in Committee, Commission,
// Council, Board and the like, "of the" a larger body.
func splitParent(org string) (name, parent string) {
	i := strings.Index(org, " of the ")
	if i < 0 {
		return org, ""
	}
	words := strings.Fields(org[:i])
	if len(words) < 2 || !bodyWords[words[len(words)-1]] {
		return org, ""
	}
	return org[:i], strings.TrimSpace(org[i+len(" of the "):])
}
