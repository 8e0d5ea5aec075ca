package wikitext

import (
	"strconv"
	"strings"

	"github.com/vita-project/vita/internal/lazyre"
)

// renderer turns preprocessed nodes into text that still holds the line-level markup (headings,
// lists, tables, bold and italic quotes, external links, HTML tags and entities), which the block
// and inline passes read. Templates either give their text (see templates.go) or nothing.
type renderer struct {
	title   string // the article's title, for {{PAGENAME}}; may be ""
	list    bool   // list templates and <br> give one item a line, as infobox values want
	targets bool   // links give their targets instead of their labels
}

// separator stands for an empty <nowiki/>: it keeps runs of apostrophes apart (the apostrophe
// of Burnin' from the italics after it) and is removed with the markup.
const separator = "\uE000"

func (r *renderer) nodes(ns []*node) string {
	var b strings.Builder
	for _, n := range ns {
		r.node(&b, n)
	}
	return b.String()
}

// plain renders nodes as one line of prose, whatever the renderer's mode: for names and targets.
func (r *renderer) plain(ns []*node) string {
	if !r.list && !r.targets {
		return r.nodes(ns)
	}
	q := *r
	q.list, q.targets = false, false
	return q.nodes(ns)
}

func (r *renderer) node(b *strings.Builder, n *node) {
	switch n.kind {
	case textNode:
		b.WriteString(n.text)
	case templateNode:
		b.WriteString(r.template(n))
	case paramNode:
		if len(n.parts) > 1 {
			b.WriteString(r.nodes(n.parts[1])) // a parameter's default; articles have no arguments
		}
	case linkNode:
		b.WriteString(r.link(n))
	case tagNode:
		switch extensionTags[n.tag] {
		case wikiContent:
			if n.tag != "ref" && n.tag != "references" {
				b.WriteString(r.nodes(n.children))
			}
		case rawContent:
			b.WriteString(literal(n.tag, n.text))
			b.WriteString(separator)
		}
	}
}

// markupEscaper hides the characters of literal text (nowiki, math) from the block and inline
// passes as HTML entities, which the inline pass decodes last.
var markupEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "[", "&#91;",
	"]", "&#93;", "{", "&#123;", "}", "&#125;", "|", "&#124;", "'", "&#39;", "*", "&#42;",
	"#", "&#35;", ":", "&#58;", ";", "&#59;", "=", "&#61;", "_", "&#95;", "-", "&#45;", "~", "&#126;")

// literal returns the text of a raw tag. Formulae keep their TeX, on one line, with doubled braces
// spaced apart so that they never read as a template.
func literal(tag, text string) string {
	switch tag {
	case "math", "chem", "ce":
		text = strings.Join(strings.Fields(text), " ")
		for strings.Contains(text, "{{") || strings.Contains(text, "}}") {
			text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{ {"), "}}", "} }")
		}
	case "hiero":
		return ""
	}
	return markupEscaper.Replace(text)
}

// link renders [[target|label]]: the label, or the target when there is none. Files, images,
// categories and interlanguage links are not text and give nothing, captions included.
func (r *renderer) link(n *node) string {
	target := strings.TrimSpace(r.plain(n.parts[0]))
	if hiddenLink(target) {
		return ""
	}
	target = strings.ReplaceAll(strings.TrimPrefix(target, ":"), "_", " ")
	if r.targets && !strings.HasPrefix(target, "#") {
		if i := strings.IndexByte(target, '#'); i > 0 {
			target = target[:i]
		}
		return target
	}
	if len(n.parts) == 1 {
		return target
	}
	var label strings.Builder
	for i, part := range n.parts[1:] {
		if i > 0 {
			label.WriteByte('|')
		}
		label.WriteString(r.nodes(part))
	}
	if strings.TrimSpace(label.String()) == "" {
		return pipeTrick(target)
	}
	return label.String()
}

// pipeTrick is the label MediaWiki gives [[Target (disambiguation)|]]: the title without its
// namespace, bracketed qualifier or comma-separated tail.
func pipeTrick(t string) string {
	if i := strings.IndexByte(t, ':'); i >= 0 {
		t = t[i+1:]
	}
	if i := strings.Index(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
		t = t[:i]
	} else if i := strings.Index(t, ", "); i > 0 {
		t = t[:i]
	}
	return strings.TrimSpace(t)
}

var langCode = lazyre.New(`^[a-z]{2,3}(-[a-z]{2,8})*$`)

// notLanguages are interwiki prefixes that look like language codes but link to text.
var notLanguages = map[string]bool{"doi": true, "mw": true, "wmf": true, "voy": true, "irc": true, "rfc": true, "iso": true}

// hiddenLink reports whether a link target names a file, an image, a category or an article in
// another language (a lower-case language code, as [[de:Abraham Lincoln]]): none is shown as text.
func hiddenLink(target string) bool {
	if strings.HasPrefix(target, ":") {
		return false
	}
	prefix, _, ok := strings.Cut(target, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(prefix)) {
	case "file", "image", "category":
		return true
	}
	p := strings.TrimSpace(prefix)
	return langCode.MatchString(p) && !notLanguages[p] || p == "simple"
}

// arg is one argument of a template: positional ones are named "1", "2", …
type arg struct {
	name       string
	nodes      []*node
	positional bool
}

// call is a template being rendered.
type call struct {
	r    *renderer
	n    *node
	name string // normalised: lower case, single spaces, no "Template:"
	args []arg
}

func (c *call) arg(names ...string) ([]*node, bool) {
	for _, name := range names {
		for i := len(c.args) - 1; i >= 0; i-- { // the last of repeated arguments wins, as in MediaWiki
			if c.args[i].name == name {
				return c.args[i].nodes, true
			}
		}
	}
	return nil, false
}

// str renders the first of the named arguments that is given and not blank.
func (c *call) str(names ...string) string {
	for _, name := range names {
		if ns, ok := c.arg(name); ok {
			if s := strings.TrimSpace(c.r.nodes(ns)); s != "" {
				return s
			}
		}
	}
	return ""
}

func (c *call) pos(i int) string { return c.str(strconv.Itoa(i)) }

// positional returns the rendered positional arguments in order, blanks included.
func (c *call) positional() []string {
	var out []string
	for _, a := range c.args {
		if a.positional {
			out = append(out, strings.TrimSpace(c.r.nodes(a.nodes)))
		}
	}
	return out
}

// flag reports whether a yes/no argument (df=y, mf=yes) is set.
func (c *call) flag(name string) bool {
	switch strings.ToLower(c.str(name)) {
	case "y", "yes", "true", "1", "on":
		return true
	}
	return false
}

// templateArgs splits a template's parts into its arguments: a part whose leading text has an
// equals sign is named, as in MediaWiki; the others are numbered.
func templateArgs(parts [][]*node) []arg {
	var args []arg
	pos := 0
	for _, part := range parts[1:] {
		if name, value, ok := splitNamed(part); ok {
			a := arg{name: name, nodes: value}
			if k, err := strconv.Atoi(name); err == nil && k > 0 {
				a.positional = true
				pos = max(pos, k)
			}
			args = append(args, a)
			continue
		}
		pos++
		args = append(args, arg{name: strconv.Itoa(pos), nodes: part, positional: true})
	}
	return args
}

func splitNamed(part []*node) (string, []*node, bool) {
	var name strings.Builder
	for i, n := range part {
		if n.kind != textNode {
			return "", nil, false
		}
		if eq := strings.IndexByte(n.text, '='); eq >= 0 {
			name.WriteString(n.text[:eq])
			rest := &node{kind: textNode, text: n.text[eq+1:], start: n.start + eq + 1, end: n.end}
			if n.start < 0 {
				rest.start = -1
			}
			value := append([]*node{rest}, part[i+1:]...)
			return strings.TrimSpace(name.String()), value, true
		}
		name.WriteString(n.text)
	}
	return "", nil, false
}

var spaceRun = lazyre.New(`\s+`)

// templateName normalises a template's name for lookup: "Template:Birth_date " is "birth date".
func templateName(s string) string {
	s = strings.ToLower(strings.TrimSpace(spaceRun.ReplaceAllString(strings.ReplaceAll(s, "_", " "), " ")))
	for {
		t := s
		for _, p := range []string{"template:", "safesubst:", "subst:", "msgnw:", "tlx:"} {
			s = strings.TrimSpace(strings.TrimPrefix(s, p))
		}
		if t == s {
			return s
		}
	}
}

func (r *renderer) template(n *node) string {
	raw := r.plain(n.parts[0])
	if fn, first, ok := parserFunction(raw); ok {
		return r.parserFunction(fn, first, n)
	}
	c := &call{r: r, n: n, name: templateName(raw), args: templateArgs(n.parts)}
	if f, ok := textTemplates[c.name]; ok {
		return f(c)
	}
	switch {
	case strings.HasPrefix(c.name, "lang-"):
		return c.pos(1)
	case quoteMarks.MatchString(c.name):
		// The marks are written as entities, so that two apostrophes are never read as italics.
		return strings.NewReplacer("'", "&#39;", `"`, "&quot;", " ", "", "-", "").Replace(c.name)
	}
	return "" // an unknown template: navboxes, maintenance tags, citations in prose, infoboxes
}

// quoteMarks matches the names of templates that print quotation marks: {{'}}, {{' "}}, {{-"}}.
var quoteMarks = lazyre.New(`^[-'" ]*['"][-'" ]*$`)

// parserFunctionNames are the magic words that take an argument after a colon, besides the
// #-functions.
var parserFunctionNames = map[string]bool{"lc": true, "uc": true, "lcfirst": true, "ucfirst": true,
	"formatnum": true, "defaultsort": true, "defaultsortkey": true, "defaultcategorysort": true,
	"displaytitle": true, "urlencode": true, "anchorencode": true, "fullurl": true, "localurl": true,
	"canonicalurl": true, "filepath": true, "ns": true, "int": true, "plural": true, "grammar": true,
	"gender": true, "padleft": true, "padright": true, "pagesincategory": true}

func parserFunction(raw string) (fn, first string, ok bool) {
	name, rest, found := strings.Cut(raw, ":")
	fn = strings.ToLower(strings.TrimSpace(name))
	if found && (strings.HasPrefix(fn, "#") || parserFunctionNames[fn]) {
		return fn, rest, true
	}
	switch fn {
	case "pagename", "fullpagename", "basepagename", "subpagename", "articlepagename", "pagenamee":
		return fn, "", true
	}
	return "", "", false
}

func (r *renderer) parserFunction(fn, first string, n *node) string {
	part := func(i int) string {
		if i < len(n.parts) {
			return r.nodes(n.parts[i])
		}
		return ""
	}
	first = strings.TrimSpace(first)
	switch fn {
	case "#if":
		if first != "" {
			return strings.TrimSpace(part(1))
		}
		return strings.TrimSpace(part(2))
	case "#ifeq":
		if first == strings.TrimSpace(part(1)) {
			return strings.TrimSpace(part(2))
		}
		return strings.TrimSpace(part(3))
	case "#ifexist", "#iferror":
		if fn == "#iferror" {
			return first
		}
		return strings.TrimSpace(part(1))
	case "#switch":
		var def string
		hasDef, fall := false, false
		for i := 1; i < len(n.parts); i++ {
			s := part(i)
			key, value, named := strings.Cut(s, "=")
			key = strings.TrimSpace(key)
			switch {
			case named && (fall || key == first):
				return strings.TrimSpace(value)
			case named && key == "#default":
				def, hasDef = strings.TrimSpace(value), true
			case !named && key == first:
				fall = true
			case !named && i == len(n.parts)-1:
				def, hasDef = key, true
			}
		}
		if hasDef {
			return def
		}
		return ""
	case "#tag":
		if strings.EqualFold(first, "ref") {
			return "" // a footnote: a source, not text
		}
		return part(1)
	case "lc":
		return strings.ToLower(first)
	case "uc":
		return strings.ToUpper(first)
	case "lcfirst", "ucfirst":
		if first == "" {
			return ""
		}
		rs := []rune(first)
		if fn == "lcfirst" {
			return strings.ToLower(string(rs[0])) + string(rs[1:])
		}
		return strings.ToUpper(string(rs[0])) + string(rs[1:])
	case "formatnum", "urlencode", "anchorencode", "padleft", "padright":
		return first
	case "pagename", "fullpagename", "basepagename", "subpagename", "articlepagename", "pagenamee":
		return r.title
	}
	return "" // #invoke, #expr, #time and the rest cannot be worked out here
}
