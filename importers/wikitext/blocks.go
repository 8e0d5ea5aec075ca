package wikitext

import (
	"html"
	"strings"
	"unicode"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

var (
	headingLine = lazyre.New(`^(={1,6})(.*[^=].*?)(={1,6})\s*$`)
	tableOpen   = lazyre.New(`^[\s:]*\{\|`)
	tableClose  = lazyre.New(`^\s*\|\}`)
	listMarker  = lazyre.New(`^[*#:;]+\s*`)
	ruleLine    = lazyre.New(`^-{4,}\s*$`)
	magicWord   = lazyre.New(`__[A-Z]{2,}__`)
)

// nonProse are the sections that hold no prose about the person: references, notes, lists of
// links. They are dropped with their subsections. Lists of works (Works, Selected works,
// Discography, Filmography) stay, one paragraph an item.
var nonProse = map[string]bool{
	"references": true, "notes": true, "footnotes": true, "sources": true, "bibliography": true,
	"further reading": true, "external links": true, "external link": true, "see also": true,
	"citations": true, "works cited": true, "cited works": true, "notes and references": true,
	"references and notes": true, "notes and sources": true, "sources and notes": true,
	"general references": true, "specific references": true, "reference list": true,
	"explanatory notes": true, "citation notes": true, "references and further reading": true,
	"sources and further reading": true, "bibliography and further reading": true,
	"further reading and external links": true, "notes and citations": true,
}

// refSections are the non-prose sections whose citation templates are sources of the article.
var refSections = map[string]bool{
	"references": true, "notes": true, "footnotes": true, "sources": true, "bibliography": true,
	"citations": true, "works cited": true, "cited works": true, "notes and references": true,
	"references and notes": true, "notes and sources": true, "sources and notes": true,
	"general references": true, "specific references": true, "reference list": true,
	"notes and citations": true,
}

// blocks reads the rendered article's lines into sections and paragraphs: headings start
// sections, blank lines end paragraphs, every list item is a paragraph of its own, and tables
// are dropped. The lead is a level-1 section titled with the article's title. It returns the
// bold runs of the lead's first paragraph too, where the article names its subject.
func blocks(text, title string) (sections []model.Section, bold []string) {
	text = magicWord.ReplaceAllString(text, "")
	text = replaceTags(text, func(name string) (string, bool) { return "\n\n", blockTags[name] })
	lines := strings.Split(text, "\n")
	tableEnd := matchTables(lines)
	sections = []model.Section{{Title: title, Level: 1}}
	var para []string
	var paraBold []string
	firstDone := false
	flush := func() {
		if len(para) == 0 {
			return
		}
		p := tidy(strings.Join(para, " "))
		para = nil
		if p == "" {
			paraBold = nil
			return
		}
		s := &sections[len(sections)-1]
		s.Paragraphs = append(s.Paragraphs, p)
		if !firstDone && len(sections) == 1 {
			bold, firstDone = paraBold, true
		}
		paraBold = nil
	}
	add := func(line string) {
		t, b := inline(line)
		para = append(para, t)
		if !firstDone && len(sections) == 1 {
			paraBold = append(paraBold, b...)
		}
	}
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t\r")
		switch {
		case tableOpen.MatchString(line):
			flush()
			if end, ok := tableEnd[i]; ok {
				i = end
			}
		case headingLine.MatchString(line):
			flush()
			m := headingLine.FindStringSubmatch(line)
			level := min(len(m[1]), len(m[3]))
			name := m[2]
			name = strings.Repeat("=", len(m[1])-level) + name + strings.Repeat("=", len(m[3])-level)
			t, _ := inline(name)
			sections = append(sections, model.Section{Title: tidy(t), Level: max(level, 2)})
		case strings.TrimSpace(line) == "", ruleLine.MatchString(line):
			flush()
		case listMarker.MatchString(line) && !strings.HasPrefix(strings.TrimSpace(line), ":{|"):
			flush()
			item := listMarker.ReplaceAllString(line, "")
			if strings.HasPrefix(line, ";") { // ; term : definition
				item = strings.Replace(item, " : ", ": ", 1)
			}
			add(item)
			flush()
		default:
			add(strings.TrimSpace(line))
		}
	}
	flush()
	return dropNonProse(sections), bold
}

// matchTables pairs each line that opens a table with the line that closes it, nested tables
// included. A table that never closes is not matched: only its opening line is dropped.
func matchTables(lines []string) map[int]int {
	ends := map[int]int{}
	var open []int
	for i, l := range lines {
		switch {
		case tableOpen.MatchString(l):
			open = append(open, i)
		case tableClose.MatchString(l) && len(open) > 0:
			ends[open[len(open)-1]] = i
			open = open[:len(open)-1]
		}
	}
	return ends
}

func dropNonProse(sections []model.Section) []model.Section {
	out := sections[:0]
	dropLevel := 0
	for i, s := range sections {
		if dropLevel > 0 && s.Level > dropLevel {
			continue
		}
		dropLevel = 0
		if i > 0 && nonProse[strings.ToLower(s.Title)] {
			dropLevel = s.Level
			continue
		}
		out = append(out, s)
	}
	return out
}

var externalLink = lazyre.New(`\[((?i:https?://|ftp://|mailto:|//)[^\s\[\]<>"]+)(?:[ \t]+([^\]\n]*))?\]`)

// htmlTags are the HTML tags the inline pass removes, keeping their content, and the extension
// tags whose strays (a closing tag without its opener) it removes too.
var htmlTags = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`b i u s strike del ins small big sup sub span div font center
		blockquote p em strong code tt kbd var samp cite q abbr dfn mark bdi bdo ruby rb rp rt rtc
		data time h1 h2 h3 h4 h5 h6 table tr td th caption thead tbody tfoot ul ol li dl dt dd wbr
		br hr`) {
		m[t] = true
	}
	for t := range extensionTags {
		m[t] = true
	}
	return m
}()

// blockTags begin or end a block, and so a paragraph.
var blockTags = map[string]bool{"blockquote": true, "div": true, "p": true, "center": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "ul": true, "ol": true,
	"li": true, "dl": true, "dt": true, "dd": true, "table": true, "hr": true, "pre": true}

// replaceTags replaces the HTML tags of s (<small>, </span>, <br />) whose lower-case name
// repl accepts with what it returns; other text, and text that only looks like a tag, stays.
func replaceTags(s string, repl func(name string) (string, bool)) string {
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '/') {
			j++
		}
		k := j
		for k < len(s) && (('a' <= s[k]|0x20 && s[k]|0x20 <= 'z') || ('0' <= s[k] && s[k] <= '9')) {
			k++
		}
		if k == j || k == len(s) || !(s[k] == '>' || s[k] == '/' || s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
			continue
		}
		gt := strings.IndexAny(s[k:], "<>")
		if gt < 0 || s[k+gt] != '>' {
			continue
		}
		with, ok := repl(strings.ToLower(s[j:k]))
		if !ok {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(with)
		last = k + gt + 1
		i = last - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// breaks replaces <br> and <hr> with sep.
func breaks(s, sep string) string {
	return replaceTags(s, func(name string) (string, bool) { return sep, name == "br" || name == "hr" })
}

// inline turns one line of rendered wikitext into text: bold and italic quotes, external links
// (their labels kept), HTML tags (their content kept), magic words and entities. It returns the
// bold runs, cleaned the same way.
func inline(line string) (string, []string) {
	line, bold := stripQuotes(line)
	for i, b := range bold {
		bold[i] = strings.TrimRight(tidy(finish(b)), ",;:")
	}
	return finish(line), bold
}

func finish(s string) string {
	if strings.IndexByte(s, '[') >= 0 {
		s = externalLink.ReplaceAllString(s, "$2")
	}
	s = replaceTags(s, func(name string) (string, bool) {
		if name == "br" || name == "hr" {
			return " ", true
		}
		return "", htmlTags[name]
	})
	s = html.UnescapeString(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || unicode.Is(unicode.Zs, r):
			return ' '
		case r == '\u00AD' || r == '\u200B' || r == '\uFEFF' || r == '\u200E' || r == '\u200F' || r == '\uE000':
			return -1 // soft hyphens, zero-width spaces, direction marks, the nowiki separator
		}
		return r
	}, s)
}

var (
	multiSpace  = lazyre.New(` {2,}`)
	emptyParens = lazyre.New(`\(\s*[;,:]?\s*\)`)
	parenOpen   = lazyre.New(`\(\s*(?:[;,]\s*)*`)
	parenClose  = lazyre.New(`(?:\s*[;,])*\s*\)`)
	spaceBefore = lazyre.New(` +([,;])| +(\.)(\s|$)`)
	doubleComma = lazyre.New(`,\s*,`)
)

// tidy mends the punctuation that dropped templates and references leave behind: "(; born 1941)"
// is "(born 1941)", "text ." is "text.", "()" goes; and it makes every run of spaces one.
func tidy(s string) string {
	if strings.Contains(s, "  ") {
		s = multiSpace.ReplaceAllString(s, " ")
	}
	for range 3 {
		if !untidy(s) {
			break
		}
		t := emptyParens.ReplaceAllString(s, "")
		t = parenOpen.ReplaceAllString(t, "(")
		t = parenClose.ReplaceAllString(t, ")")
		t = spaceBefore.ReplaceAllString(t, "$1$2$3")
		t = doubleComma.ReplaceAllString(t, ",")
		t = multiSpace.ReplaceAllString(t, " ")
		if t == s {
			break
		}
		s = t
	}
	return strings.TrimSpace(s)
}

// untidy reports whether tidy has anything to mend beyond runs of spaces: a bracket after a
// space or before a comma, a space before a comma, semicolon or full stop, two commas.
func untidy(s string) bool {
	for i := 0; i < len(s); i++ {
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch s[i] {
		case '(':
			if next == ' ' || next == ';' || next == ',' || next == ')' {
				return true
			}
		case ')':
			if i > 0 && (s[i-1] == ' ' || s[i-1] == ';' || s[i-1] == ',') {
				return true
			}
		case ' ':
			if next == ',' || next == ';' || next == ' ' || next == '.' && (i+2 == len(s) || s[i+2] == ' ') {
				return true
			}
		case ',':
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && s[j] == ',' {
				return true
			}
		}
	}
	return false
}

var quoteRun = lazyre.New(`''+`)

// stripQuotes removes bold and italic quotes from a line as MediaWiki reads them: two
// apostrophes toggle italics, three bold, five both; four are an apostrophe and bold, more than
// five are apostrophes and both; and when a line has an odd number of both bold and italic runs,
// one bold run is read as an apostrophe followed by italics (the French l' before an italic
// word). It returns the bold runs.
func stripQuotes(line string) (string, []string) {
	if !strings.Contains(line, "''") {
		return line, nil
	}
	idx := quoteRun.FindAllStringIndex(line, -1)
	texts := make([]string, 0, len(idx)+1)
	runs := make([]int, 0, len(idx))
	prev := 0
	for _, m := range idx {
		t := line[prev:m[0]]
		n := m[1] - m[0]
		switch {
		case n == 4:
			t += "'"
			n = 3
		case n > 5:
			t += strings.Repeat("'", n-5)
			n = 5
		}
		texts = append(texts, t)
		runs = append(runs, n)
		prev = m[1]
	}
	texts = append(texts, line[prev:])
	italics, bolds := 0, 0
	for _, n := range runs {
		switch n {
		case 2:
			italics++
		case 3:
			bolds++
		case 5:
			italics++
			bolds++
		}
	}
	if italics%2 == 1 && bolds%2 == 1 {
		single, multi, space := -1, -1, -1
		for i, n := range runs {
			if n != 3 {
				continue
			}
			before := []rune(texts[i])
			x1, x2 := ' ', ' '
			if len(before) > 0 {
				x1 = before[len(before)-1]
			}
			if len(before) > 1 {
				x2 = before[len(before)-2]
			}
			switch {
			case x1 == ' ':
				if space < 0 {
					space = i
				}
			case x2 == ' ':
				single = i
			default:
				if multi < 0 {
					multi = i
				}
			}
			if single >= 0 {
				break
			}
		}
		pick := single
		if pick < 0 {
			pick = multi
		}
		if pick < 0 {
			pick = space
		}
		if pick >= 0 {
			texts[pick] += "'"
			runs[pick] = 2
		}
	}
	var out, cur strings.Builder
	var bold []string
	inBold := false
	for i, t := range texts {
		out.WriteString(t)
		if inBold {
			cur.WriteString(t)
		}
		if i == len(runs) {
			break
		}
		if runs[i] == 3 || runs[i] == 5 {
			if inBold {
				if s := strings.TrimSpace(cur.String()); s != "" {
					bold = append(bold, s)
				}
				cur.Reset()
			}
			inBold = !inBold
		}
	}
	if s := strings.TrimSpace(cur.String()); inBold && s != "" {
		bold = append(bold, s)
	}
	return out.String(), bold
}
