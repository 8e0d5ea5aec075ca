package wikitext

import (
	"strconv"
	"strings"

	"github.com/vita-project/vita/importers/prose"
	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// sourceCollector gathers the article's references as sources: one for each citation template
// ({{cite …}}, {{citation}}) in a <ref> or in a reference section (References, Bibliography,
// Sources, Works cited and their subsections), and one for each <ref> of free text. A named ref
// counts once however often it is reused; sources with the same URL, or without one but with the
// same title, author, publisher and note, count once. Refs that hold only short citations
// ({{harvnb}}, {{sfn}}) point at a full citation elsewhere and give no source of their own.
type sourceCollector struct {
	src     string
	r       *renderer
	names   map[string]bool
	keys    map[string]bool
	sources []model.Source
}

func collectSources(src string, r *renderer, nodes []*node) []model.Source {
	c := &sourceCollector{src: src, r: r, names: map[string]bool{}, keys: map[string]bool{}}
	refLevel := 0 // the level of the reference section the walk is in, or 0
	for _, n := range nodes {
		if n.kind == textNode {
			refLevel = c.headings(n, refLevel)
			continue
		}
		if refLevel > 0 && n.kind == templateNode && isCitation(templateName(r.plain(n.parts[0]))) {
			c.cite(n)
			continue
		}
		c.node(n)
	}
	return c.sources
}

// headings follows the section headings in a top-level text node.
func (c *sourceCollector) headings(n *node, refLevel int) int {
	atStart := n.start <= 0 || (n.start <= len(c.src) && c.src[n.start-1] == '\n')
	for i, line := range strings.Split(n.text, "\n") {
		if i == 0 && !atStart {
			continue
		}
		m := headingLine.FindStringSubmatch(strings.TrimRight(line, " \t\r"))
		if m == nil {
			continue
		}
		level := min(len(m[1]), len(m[3]))
		title, _ := inline(m[2])
		switch {
		case refSections[strings.ToLower(tidy(title))]:
			refLevel = level
		case level <= refLevel:
			refLevel = 0
		}
	}
	return refLevel
}

func (c *sourceCollector) node(n *node) {
	switch n.kind {
	case tagNode:
		if n.tag == "ref" {
			c.ref(refName(n.attrs), n.children)
			return
		}
		for _, m := range n.children {
			c.node(m)
		}
		return
	case templateNode:
		if fn, first, ok := parserFunction(c.r.plain(n.parts[0])); ok && fn == "#tag" && strings.EqualFold(strings.TrimSpace(first), "ref") {
			var content []*node
			name := ""
			for i, part := range n.parts[1:] {
				if k, v, named := splitNamed(part); named && i > 0 {
					if k == "name" {
						name = strings.TrimSpace(c.r.plain(v))
					}
					continue
				}
				if i == 0 {
					content = part
				}
			}
			c.ref(name, content)
			return
		}
	}
	for _, part := range n.parts {
		for _, m := range part {
			c.node(m)
		}
	}
}

var nameAttribute = lazyre.New(`(?i)(?:^|\s)name\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))`)

// refName returns the value of a ref's name attribute: name="x", name='x' or name=x.
func refName(attrs string) string {
	m := nameAttribute.FindStringSubmatch(attrs)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1] + m[2] + m[3])
}

func isCitation(name string) bool {
	return strings.HasPrefix(name, "cite") || name == "citation" || strings.HasPrefix(name, "vcite")
}

// shortCitations point at a full citation elsewhere in the article.
var shortCitations = map[string]bool{"harvnb": true, "harv": true, "harvtxt": true, "harvp": true,
	"harvs": true, "harvcol": true, "harvcolnb": true, "harvcoltxt": true, "sfn": true, "sfnp": true,
	"sfnm": true, "rp": true, "r": true}

func (c *sourceCollector) ref(name string, content []*node) {
	if name != "" {
		if c.names[name] {
			return
		}
		if len(content) == 0 {
			return // a reuse: the ref that defines the name gives the source
		}
		c.names[name] = true
	}
	cited, short := false, false
	walk(content, func(n *node) bool {
		switch n.kind {
		case templateNode:
			tn := templateName(c.r.plain(n.parts[0]))
			switch {
			case isCitation(tn):
				c.cite(n)
				cited = true
				return false
			case shortCitations[tn]:
				short = true
				return false
			}
		case tagNode:
			if n.tag == "ref" {
				c.ref(refName(n.attrs), n.children)
				return false
			}
		}
		return true
	})
	if !cited && !short {
		c.freeText(content)
	}
}

// text renders an argument or a ref as one line of plain text.
func (c *sourceCollector) text(nodes []*node) string {
	t, _ := inline(strings.ReplaceAll(c.r.plain(nodes), "\n", " "))
	return tidy(t)
}

func (c *sourceCollector) cite(n *node) {
	k := &call{r: c.r, n: n, name: templateName(c.r.plain(n.parts[0])), args: templateArgs(n.parts)}
	get := func(names ...string) string {
		for _, name := range names {
			if ns, ok := k.arg(name); ok {
				if s := c.text(ns); s != "" {
					return s
				}
			}
		}
		return ""
	}
	s := model.Source{
		Title:     get("title", "script-title", "trans-title", "chapter", "contribution", "entry", "article", "episode"),
		Publisher: get("newspaper", "journal", "magazine", "work", "website", "periodical", "encyclopedia", "encyclopaedia", "agency", "publisher", "via", "network", "station", "series"),
		URL:       get("url", "chapter-url", "chapterurl", "archive-url", "archiveurl"),
	}
	if s.URL == "" {
		if doi := get("doi"); doi != "" {
			s.URL = "https://doi.org/" + doi
		}
	}
	var authors []string
	for i := 1; i <= 9; i++ {
		n := strconv.Itoa(i)
		keys := []string{"author" + n}
		last, first := []string{"last" + n, "surname" + n}, []string{"first" + n, "given" + n}
		if i == 1 {
			keys = append(keys, "author", "authors", "vauthors", "people", "host")
			last, first = append(last, "last", "surname"), append(first, "first", "given")
		}
		a := get(keys...)
		if a == "" {
			a = strings.TrimSpace(get(first...) + " " + get(last...))
		}
		if a == "" {
			if i > 1 {
				break
			}
			continue
		}
		authors = append(authors, a)
	}
	s.Author = strings.Join(authors, "; ")
	var note []string
	if d := get("date", "year", "publication-date"); d != "" {
		if date, ok := citationDate(d); ok {
			s.Date = date // "March 25, 2004", "2004-03-25", "1947"
		} else {
			note = append(note, d)
		}
	}
	if isbn := get("isbn", "ISBN"); isbn != "" {
		note = append(note, "ISBN "+isbn)
	}
	s.Note = strings.Join(note, "; ")
	c.add(s)
}

// citationDate reads a citation's date when the whole field is one date: ISO 8601 ("2004-03-25")
// or as prose writes it ("March 25, 2004", "25 March 2004", "1947").
func citationDate(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	if d, err := model.ParseDate(s); err == nil {
		return d, true
	}
	if found := prose.Dates(s); len(found) == 1 && found[0].Start == 0 && found[0].End == len(strings.TrimRight(s, ". ")) {
		return found[0].Date, true
	}
	return model.Date{}, false
}

var bareURL = lazyre.New(`(?i)\b(?:https?|ftp)://[^\s\[\]<>"]+`)

// freeText makes a source of a ref written out by hand: "Randall (1947), pp. 65–87." or
// `[http://x "Title"]. Publisher, date.`, whose link gives the URL and the title.
func (c *sourceCollector) freeText(content []*node) {
	s := strings.ReplaceAll(c.r.plain(content), "\n", " ")
	var src model.Source
	if m := externalLink.FindStringSubmatchIndex(s); m != nil {
		src.URL = s[m[2]:m[3]]
		if m[4] >= 0 {
			label, _ := inline(s[m[4]:m[5]])
			src.Title = strings.Trim(tidy(label), `"“”'‘’ `)
		}
		rest, _ := inline(s[:m[0]] + " " + s[m[1]:])
		src.Note = strings.TrimLeft(tidy(rest), ".,;: ")
		if src.Title == "" {
			src.Title, src.Note = src.Note, ""
		}
	} else {
		text, _ := inline(s)
		text = tidy(text)
		if u := bareURL.FindString(text); u != "" {
			src.URL = strings.TrimRight(u, ".,;")
			text = tidy(strings.Replace(text, u, "", 1))
		}
		src.Title = text
	}
	if src.Title == "" {
		src.Title = src.URL
	}
	if len([]rune(src.Title)) < 3 && src.URL == "" {
		return
	}
	c.add(src)
}

func (c *sourceCollector) add(s model.Source) {
	if s.Title == "" && s.URL == "" {
		return
	}
	key := "url:" + strings.TrimSuffix(strings.ToLower(s.URL), "/")
	if s.URL == "" {
		key = "text:" + strings.ToLower(s.Title+"|"+s.Author+"|"+s.Publisher+"|"+s.Note)
	}
	if c.keys[key] {
		return
	}
	c.keys[key] = true
	c.sources = append(c.sources, s)
}
