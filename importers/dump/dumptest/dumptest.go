// Package dumptest makes MediaWiki XML dumps of invented biographies for tests and benchmarks:
// deterministic, of the size and shape of Wikipedia's articles, and streamed page by page, so that
// a dump of any length is never held whole.
package dumptest

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
)

// Every tenth biography is followed by a page that is not one, in turn: a redirect, a talk page,
// an article about a town, a disambiguation page and a list.
const otherEvery = 10

// Others returns how many pages that are not biographies a dump of n biographies has.
func Others(n int) int { return n / otherEvery }

// New returns a MediaWiki XML export of n invented biographies, the same for the same n and
// seed. Their wikitext is about 1 to 40 KB (spread evenly on a log scale, 11.6 KB on average):
// an infobox with birth and death dates and offices, a lead, several sections of sentences with
// dates, links and references, and categories. Their names are drawn from several scripts: Latin with and
// without diacritics, Cyrillic, Greek, Arabic, Devanagari, Chinese and Japanese. Others(n) pages
// that are not biographies come between them.
func New(n int, seed uint64) io.Reader {
	g := &generator{n: n, seed: seed}
	g.buf.WriteString(header)
	return g
}

const header = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>testwiki</dbname>
    <base>https://test.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.43.0</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
      <namespace key="2" case="first-letter">User</namespace>
      <namespace key="14" case="first-letter">Category</namespace>
    </namespaces>
  </siteinfo>
`

type generator struct {
	n, i   int // biographies to write, written
	id     int64
	seed   uint64
	buf    bytes.Buffer
	closed bool
}

func (g *generator) Read(p []byte) (int, error) {
	for g.buf.Len() == 0 {
		switch {
		case g.i < g.n:
			r := rand.New(rand.NewPCG(g.seed, uint64(g.i)))
			title, text := Biography(r)
			g.page(title, 0, text)
			g.i++
			if g.i%otherEvery == 0 {
				g.other(r, title, g.i/otherEvery)
			}
		case !g.closed:
			g.buf.WriteString("</mediawiki>\n")
			g.closed = true
		default:
			return 0, io.EOF
		}
	}
	return g.buf.Read(p)
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func (g *generator) page(title string, ns int, text string) {
	g.id++
	fmt.Fprintf(&g.buf, "  <page>\n    <title>%s</title>\n    <ns>%d</ns>\n    <id>%d</id>\n", escaper.Replace(title), ns, g.id)
	if t, ok := strings.CutPrefix(text, "#REDIRECT [["); ok {
		fmt.Fprintf(&g.buf, "    <redirect title=\"%s\" />\n", escaper.Replace(strings.TrimSuffix(t, "]]")))
	}
	fmt.Fprintf(&g.buf, "    <revision>\n      <id>%d</id>\n      <parentid>%d</parentid>\n      <timestamp>2026-0%d-1%dT12:00:00Z</timestamp>\n"+
		"      <contributor>\n        <username>Editor %d</username>\n        <id>%d</id>\n      </contributor>\n"+
		"      <model>wikitext</model>\n      <format>text/x-wiki</format>\n      <text bytes=\"%d\" xml:space=\"preserve\">",
		1000000+g.id, 999999+g.id, 1+g.id%9, g.id%10, g.id%97, g.id%97+1, len(text))
	escaper.WriteString(&g.buf, text)
	g.buf.WriteString("</text>\n      <sha1>0000000000000000000000000000000</sha1>\n    </revision>\n  </page>\n")
}

func (g *generator) other(r *rand.Rand, person string, k int) {
	switch k % 5 {
	case 0:
		g.page("Redirect to "+person, 0, "#REDIRECT [["+person+"]]")
	case 1:
		g.page("Talk:"+person, 1, "== Sources ==\nIs the birth date in the [[Template:Infobox person|infobox]] sourced? ~~~~\n")
	case 2:
		town := pick(r, towns)
		g.page(town, 0, fmt.Sprintf("{{Infobox settlement\n| name = %s\n| established_date = %d\n| population_total = %d\n}}\n"+
			"'''%s''' is a town in [[%s]], founded in %d. It has a market, a railway station and %d schools.\n\n"+
			"== History ==\nThe town grew around its harbour in the %dth century.\n\n[[Category:Towns in %s]]\n",
			town, 1100+r.IntN(800), 1000+r.IntN(90000), town, pick(r, countries), 1100+r.IntN(800), 2+r.IntN(9), 12+r.IntN(8), pick(r, countries)))
	case 3:
		g.page(lastName(person)+" (surname)", 0, fmt.Sprintf("{{hndis}}\n'''%s''' is a surname. Notable people with it include:\n* [[%s]] (born 1950), politician\n", lastName(person), person))
	case 4:
		g.page(fmt.Sprintf("List of mayors of %s", pick(r, towns)), 0,
			"{| class=\"wikitable\"\n! Name !! Born !! Term\n|-\n| [["+person+"]] || {{birth date|1950|1|1}} || 1990–1994\n|}\n\n[[Category:Lists of mayors]]\n")
	}
}

func lastName(name string) string {
	f := strings.Fields(name)
	return f[len(f)-1]
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// A script is a way of writing names: its given names and family names, and whether the family
// name comes first.
type script struct {
	given, family []string
	familyFirst   bool
	sep           string
}

var scripts = []struct {
	weight int
	script
}{
	{40, script{given: []string{"Ann", "Peter", "Margaret", "John", "Harriet", "William", "Olive", "George", "Edith", "Thomas", "Rosa", "Samuel", "Grace", "Henry", "Ruth", "Arthur"},
		family: []string{"Lee", "Willsman", "Hughes", "Carter", "Okafor", "Brennan", "Fletcher", "Abbott", "Marsh", "Whitaker", "Doyle", "Pemberton", "Kaur", "Osei", "Lindqvist", "Haigh"}, sep: " "}},
	{20, script{given: []string{"María", "José", "Jürgen", "Zofia", "Łukasz", "Siobhán", "Ørjan", "Zoë", "Çağla", "François", "Dóra", "Mária", "Tomáš", "Ľubica", "Nguyễn Văn", "Søren"},
		family: []string{"Sætre", "Müller", "Wałęsa", "Ó Briain", "García Márquez", "Dvořák", "Øvergård", "Şahin", "Pérez", "Kovačević", "Jönsson", "Lefèvre", "Hajdú", "Štefánik", "Trần", "Ibáñez"}, sep: " "}},
	{10, script{given: []string{"Юлия", "Иван", "Светлана", "Дмитрий", "Ольга", "Пётр"},
		family: []string{"Кръстева", "Петров", "Соколова", "Иванов", "Смирнова", "Лебедев"}, sep: " "}},
	{8, script{given: []string{"Νίκος", "Ελένη", "Γιώργος", "Μαρία"},
		family: []string{"Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραμανλής"}, sep: " "}},
	{7, script{given: []string{"محمد", "فاطمة", "علي", "ليلى"},
		family: []string{"العلي", "حداد", "منصور", "الخطيب"}, sep: " "}},
	{5, script{given: []string{"प्रिया", "राहुल", "अनीता", "विजय"},
		family: []string{"शर्मा", "पटेल", "सिंह", "गुप्ता"}, sep: " "}},
	{5, script{given: []string{"小明", "秀英", "建国", "丽华"}, family: []string{"王", "李", "张", "刘"}, familyFirst: true}},
	{5, script{given: []string{"花子", "太郎", "美咲", "健"}, family: []string{"佐藤", "鈴木", "高橋", "田中"}, familyFirst: true, sep: " "}},
}

func personName(r *rand.Rand) string {
	total := 0
	for _, s := range scripts {
		total += s.weight
	}
	n := r.IntN(total)
	for _, s := range scripts {
		if n -= s.weight; n < 0 {
			given, family := pick(r, s.given), pick(r, s.family)
			if s.familyFirst {
				return family + s.sep + given
			}
			return given + s.sep + family
		}
	}
	panic("unreachable")
}

var (
	towns     = []string{"Andover", "Bergen", "Kraków", "Lyon", "Porto", "Tartu", "Galway", "Kumasi", "Plovdiv", "Ōsaka", "Thessaloniki", "Pune", "Córdoba", "Uppsala", "Halifax", "Zadar"}
	countries = []string{"England", "Norway", "Poland", "France", "Portugal", "Estonia", "Ireland", "Ghana", "Bulgaria", "Japan", "Greece", "India", "Spain", "Sweden", "Canada", "Croatia"}
	nations   = []string{"British", "Norwegian", "Polish", "French", "Portuguese", "Estonian", "Irish", "Ghanaian", "Bulgarian", "Japanese", "Greek", "Indian", "Spanish", "Swedish", "Canadian", "Croatian"}
	jobs      = []string{"politician", "lawyer", "trade unionist", "teacher", "journalist", "physician", "engineer", "economist", "novelist", "diplomat"}
	parties   = []string{"Labour Party", "Liberal Party", "Conservative Party", "Green Party", "Social Democratic Party", "Centre Party", "People's Party", "Agrarian Party"}
	bodies    = []string{"City Council", "National Assembly", "Senate", "Board of Education", "Chamber of Commerce", "Supreme Court", "Royal Society", "Arts Council", "Port Authority", "University Court"}
	roles     = []string{"chair", "member", "secretary", "treasurer", "president", "director", "deputy leader", "spokesperson"}
	months    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	sections  = []string{"Early life and education", "Career", "Political career", "Trade union work", "Academic work", "Later life", "Personal life", "Honours and awards", "Legacy", "Writings"}
)

// Biography returns the title and wikitext of an invented biography drawn from r.
func Biography(r *rand.Rand) (title, text string) {
	name := personName(r)
	title = name
	if r.IntN(8) == 0 {
		title += " (" + pick(r, jobs) + ")"
	}
	born := 1850 + r.IntN(150)
	bm, bd := 1+r.IntN(12), 1+r.IntN(28)
	living := born > 1940 && r.IntN(3) > 0
	died, dm, dd := born+35+r.IntN(60), 1+r.IntN(12), 1+r.IntN(28)
	if died > 2025 {
		living = true
	}
	ci := r.IntN(len(towns))
	town, country, nation := towns[ci], countries[ci], nations[ci]
	job, job2 := pick(r, jobs), pick(r, jobs)
	party := pick(r, parties)
	office1 := "Mayor of " + town
	o1start := born + 30 + r.IntN(10)
	o1end := o1start + 2 + r.IntN(8)
	body := pick(r, bodies)

	// 1 KB to 40 KB, evenly on a log scale.
	target := int(1024 * math.Pow(40, r.Float64()))

	var b strings.Builder
	fmt.Fprintf(&b, "{{Short description|%s %s and %s}}\n{{Use dmy dates|date=March 2024}}\n", nation, job, job2)
	fmt.Fprintf(&b, "{{Infobox officeholder\n| name = %s\n| image = %s.jpg\n| caption = %s in %d\n", name, strings.ReplaceAll(name, " ", "_"), name, o1start)
	fmt.Fprintf(&b, "| office = %s\n| term_start = {{start date|%d|%d|%d}}\n| term_end = %d\n| predecessor = [[%s]]\n| successor = [[%s]]\n",
		office1, o1start, 1+r.IntN(12), 1+r.IntN(28), o1end, personName(r), personName(r))
	fmt.Fprintf(&b, "| office2 = Member of the %s for %s\n| term_start2 = %d\n| term_end2 = %d\n", body, town, o1end+1, o1end+5+r.IntN(10))
	fmt.Fprintf(&b, "| birth_date = {{birth date|%d|%d|%d|df=y}}\n| birth_place = [[%s]], [[%s]]\n", born, bm, bd, town, country)
	if !living {
		fmt.Fprintf(&b, "| death_date = {{death date and age|%d|%d|%d|%d|%d|%d|df=y}}\n| death_place = [[%s]]\n", died, dm, dd, born, bm, bd, pick(r, towns))
	}
	fmt.Fprintf(&b, "| nationality = %s\n| party = [[%s]] (%d–%d)\n| spouse = {{marriage|%s|%d}}\n| occupation = %s, %s\n}}\n",
		nation, party, o1start-5, o1end+10, personName(r), born+25, upperFirst(job), job2)
	lifespan := fmt.Sprintf("born %d %s %d", bd, months[bm-1], born)
	if !living {
		lifespan = fmt.Sprintf("%d %s %d – %d %s %d", bd, months[bm-1], born, dd, months[dm-1], died)
	}
	was := "was"
	if living {
		was = "is"
	}
	fmt.Fprintf(&b, "'''%s''' (%s) %s a %s %s and %s who served as %s from %d to %d.%s\n\n",
		name, lifespan, was, nation, job, job2, office1, o1start, o1end, ref(r, 1))

	last := 2025 // the last year of the person's active life
	if !living {
		last = died
	}
	refs := 2
	for s := 0; b.Len() < target || s < 2; s++ {
		fmt.Fprintf(&b, "== %s ==\n", sections[s%len(sections)])
		if s >= len(sections) {
			fmt.Fprintf(&b, "=== %d–%d ===\n", born+s, born+s+4)
		}
		for p := 0; p < 2+r.IntN(3); p++ {
			for k := 0; k < 3+r.IntN(4); k++ {
				b.WriteString(sentence(r, name, town, party, body, born+20+r.IntN(max(1, min(50, last-born-26)))))
				if r.IntN(3) == 0 {
					b.WriteString(ref(r, refs))
					refs++
				}
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		if s%4 == 3 {
			for k := 0; k < 3; k++ {
				fmt.Fprintf(&b, "* ''%s and the %s'' (%d)\n", pick(r, sections), pick(r, bodies), born+30+r.IntN(40))
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("== References ==\n{{reflist}}\n\n== External links ==\n* [https://example.org/people/" + fmt.Sprint(r.IntN(1e6)) + " Profile] at the " + body + "\n\n")
	fmt.Fprintf(&b, "{{DEFAULTSORT:%s}}\n[[Category:%d births]]\n", name, born)
	if living {
		b.WriteString("[[Category:Living people]]\n")
	} else {
		fmt.Fprintf(&b, "[[Category:%d deaths]]\n", died)
	}
	fmt.Fprintf(&b, "[[Category:%s %ss]]\n[[Category:People from %s]]\n", nation, job, town)
	return title, b.String()
}

func upperFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func ref(r *rand.Rand, n int) string {
	if r.IntN(4) == 0 {
		return fmt.Sprintf(`<ref name="r%d" />`, max(1, n/2))
	}
	return fmt.Sprintf(`<ref name="r%d">{{cite news |title=%s |work=The %s Courier |date=%d %s %d |url=https://example.org/news/%d |access-date=1 March 2024}}</ref>`,
		n, pick(r, sections), pick(r, towns), 1+r.IntN(28), pick(r, months), 1900+r.IntN(120), r.IntN(1e7))
}

func sentence(r *rand.Rand, name, town, party, body string, year int) string {
	he := strings.Fields(name)[0]
	switch r.IntN(10) {
	case 0:
		return fmt.Sprintf("In %d, %s was elected to the [[%s]] of [[%s]].", year, he, body, town)
	case 1:
		return fmt.Sprintf("%s joined the [[%s]] in %s %d and was its %s from %d to %d.", he, party, pick(r, months), year, pick(r, roles), year+2, year+6)
	case 2:
		return fmt.Sprintf("After studying law at the University of %s, %s worked as a %s in %s until %d.", pick(r, towns), he, pick(r, jobs), pick(r, towns), year+3)
	case 3:
		return fmt.Sprintf("%s was appointed %s of the %s on %d %s %d.", he, pick(r, roles), pick(r, bodies), 1+r.IntN(28), pick(r, months), year)
	case 4:
		return fmt.Sprintf("The ''%s Gazette'' described the campaign of %d as \"a turning point for the %s\".", pick(r, towns), year, pick(r, parties))
	case 5:
		return fmt.Sprintf("%s resigned from the %s in %d, citing ill health, and was succeeded by [[%s]].", he, pick(r, bodies), year, personName(r))
	case 6:
		return fmt.Sprintf("During the %ds %s campaigned for housing reform, water supply and schools in the {{convert|%d|km|mi}} between %s and %s.", year/10*10, he, 5+r.IntN(90), pick(r, towns), pick(r, towns))
	case 7:
		return fmt.Sprintf("%s married %s in %d; they had %d children.", he, personName(r), year, 1+r.IntN(5))
	case 8:
		return fmt.Sprintf("In %s %d %s was awarded the [[Order of %s]] for services to the %s.", pick(r, months), year, he, pick(r, countries), pick(r, bodies))
	}
	return fmt.Sprintf("%s was defeated at the %d election by a margin of %d votes, but returned to the %s in %d.", he, year, 10+r.IntN(900), body, year+4)
}
