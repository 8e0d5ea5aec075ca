package wikitext

import (
	"strings"

	"github.com/vita-project/vita/model"
)

// Infobox is an article's infobox: the first {{Infobox …}} template, of whatever kind.
type Infobox struct {
	Type   string  // the kind, in lower case: "officeholder" for {{Infobox officeholder}}
	Fields []Field // the named fields with a value, in the order written; fields of infoboxes embedded in it (module = {{Infobox musical artist|embed=yes …}}) follow, unless the outer one has them
}

// Field is one named field of an infobox.
type Field struct {
	Name  string   // as written: "term_start1"
	Raw   string   // the value's wikitext as written, trimmed
	Value string   // the value as text: its items joined with ", "
	Items []string // the value as a list: the items of {{plainlist}}, {{hlist}}, {{ubl}} and bullets, and the lines between <br>s; an item that is only a bracket ("(1834–1854)") joins the one before
	links []string // Items with every link written as its target, when they pair up
	nodes []*node
}

// Field returns the field with the given name, or nil.
func (ib *Infobox) Field(name string) *Field {
	if ib == nil {
		return nil
	}
	for i := range ib.Fields {
		if ib.Fields[i].Name == name {
			return &ib.Fields[i]
		}
	}
	return nil
}

// Get returns the text of the named field, or "".
func (ib *Infobox) Get(name string) string {
	if f := ib.Field(name); f != nil {
		return f.Value
	}
	return ""
}

func isInfobox(r *renderer, n *node) bool {
	return n.kind == templateNode && strings.HasPrefix(templateName(r.plain(n.parts[0])), "infobox")
}

// findInfobox returns the article's infobox template: the first at the top level, or else the
// first anywhere (inside a wrapper template).
func findInfobox(r *renderer, nodes []*node) *node {
	for _, n := range nodes {
		if isInfobox(r, n) {
			return n
		}
	}
	var found *node
	walk(nodes, func(n *node) bool {
		if found == nil && isInfobox(r, n) {
			found = n
		}
		return found == nil
	})
	return found
}

// walk visits nodes depth first, the parts of templates and links and the content of tags
// included, for as long as visit returns true for a node's descendants to be visited.
func walk(nodes []*node, visit func(*node) bool) {
	for _, n := range nodes {
		if !visit(n) {
			continue
		}
		for _, part := range n.parts {
			walk(part, visit)
		}
		walk(n.children, visit)
	}
}

func readInfobox(src string, r *renderer, nodes []*node) *Infobox {
	n := findInfobox(r, nodes)
	if n == nil {
		return nil
	}
	name := templateName(r.plain(n.parts[0]))
	ib := &Infobox{Type: strings.TrimSpace(strings.TrimPrefix(name, "infobox"))}
	var embedded []*node
	ib.add(src, r, n, &embedded)
	for i := 0; i < len(embedded); i++ { // embedded ones may embed others, which are appended
		e := embedded[i]
		inner := &Infobox{}
		inner.add(src, r, e, &embedded)
		for _, f := range inner.Fields {
			if f.Name != "embed" && f.Name != "child" && ib.Field(f.Name) == nil {
				ib.Fields = append(ib.Fields, f)
			}
		}
	}
	return ib
}

func (ib *Infobox) add(src string, r *renderer, n *node, embedded *[]*node) {
	for _, a := range templateArgs(n.parts) {
		if a.positional {
			continue
		}
		walk(a.nodes, func(m *node) bool {
			if isInfobox(r, m) {
				*embedded = append(*embedded, m)
				return false
			}
			return true
		})
		f := Field{Name: a.name, Raw: rawText(src, a.nodes), nodes: a.nodes}
		f.Items = listItems(r, a.nodes, false)
		if links := listItems(r, a.nodes, true); len(links) == len(f.Items) {
			f.links = links
		}
		f.Value = joinItems(f.Items)
		if f.Value == "" {
			continue
		}
		if old := ib.Field(f.Name); old != nil {
			*old = f // the last of repeated fields wins, as in MediaWiki
			continue
		}
		ib.Fields = append(ib.Fields, f)
	}
}

// rawText returns the wikitext the nodes were read from.
func rawText(src string, nodes []*node) string {
	start, end := -1, -1
	for _, n := range nodes {
		if n.start >= 0 && (start < 0 || n.start < start) {
			start = n.start
		}
		if n.end > end {
			end = n.end
		}
	}
	if start < 0 || end <= start || end > len(src) {
		return ""
	}
	return strings.TrimSpace(src[start:end])
}

// listItems renders a value as a list: one item a line, list templates and <br> included.
func listItems(r *renderer, nodes []*node, targets bool) []string {
	lr := renderer{title: r.title, list: true, targets: targets}
	s := breaks(lr.nodes(nodes), "\n")
	var out []string
	for _, l := range strings.Split(s, "\n") {
		t, _ := inline(listMarker.ReplaceAllString(strings.TrimSpace(l), ""))
		if t = tidy(t); t == "" {
			continue
		}
		if strings.HasPrefix(t, "(") && len(out) > 0 {
			out[len(out)-1] += " " + t
			continue
		}
		out = append(out, t)
	}
	return out
}

func joinItems(items []string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			if prev := items[i-1]; strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") {
				b.WriteString(" ")
			} else {
				b.WriteString(", ")
			}
		}
		b.WriteString(it)
	}
	return b.String()
}

// date returns the date the field states: that of its first date template ({{birth date|…}},
// {{start date|…}}, {{circa|…}}, wherever it is nested), or else the first date of its text.
func (f *Field) date(r *renderer) (model.Date, bool) {
	var d model.Date
	ok := false
	walk(f.nodes, func(n *node) bool {
		if ok || n.kind != templateNode {
			return !ok
		}
		c := &call{r: r, n: n, name: templateName(r.plain(n.parts[0]))}
		if _, isDate := dateTemplates[c.name]; isDate {
			c.args = templateArgs(n.parts)
			if d, _, ok = callDate(c); ok {
				return false
			}
		}
		return true
	})
	if ok {
		return d, true
	}
	return parseDateText(f.Value)
}
