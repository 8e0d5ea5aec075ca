package wikitext

import (
	"fmt"
	"strings"
)

// MaxDepth is how deeply templates, links and tags may nest before Parse gives up with a
// *ParseError. Real articles stay well below 20.
const MaxDepth = 100

// maxBraces is the longest run of opening braces read as markup ({{{{{{, a parameter in a
// template at most); each such run may hold nested nodes without a frame of its own.
const maxBraces = 6

// kind is what a node of the preprocessed article is.
type kind uint8

const (
	textNode     kind = iota
	templateNode      // {{name|arg|key=value}}, parser functions ({{#if:…}}) included
	paramNode         // {{{name|default}}}
	linkNode          // [[target|label]]
	tagNode           // an extension tag: <ref>, <nowiki>, <math>, <gallery>, …
)

// node is one element of the preprocessed article. Templates, parameters and links keep their
// parts as written, split at the pipes that belong to them: parts[0] is the name or target.
type node struct {
	kind       kind
	text       string    // textNode: the text; tagNode: the raw content of a raw tag
	tag        string    // tagNode: the lower-case tag name
	attrs      string    // tagNode: the attributes as written
	parts      [][]*node // templateNode, paramNode, linkNode
	children   []*node   // tagNode whose content is wikitext (ref, references, poem, …)
	start, end int       // byte offsets in the source
}

// How the content of each extension tag is read. Tags not listed are ordinary HTML (kept as text
// by the inline pass) or plain text.
type tagContent uint8

const (
	wikiContent tagContent = iota + 1 // parsed as wikitext: ref, references, poem, noinclude
	rawContent                        // kept as literal text: nowiki, pre, math, source
	dropContent                       // not text at all: gallery, timeline, includeonly
)

var extensionTags = map[string]tagContent{
	"ref": wikiContent, "references": wikiContent, "poem": wikiContent, "noinclude": wikiContent,
	"onlyinclude": wikiContent,
	"nowiki":      rawContent, "pre": rawContent, "math": rawContent, "chem": rawContent, "ce": rawContent,
	"source": rawContent, "syntaxhighlight": rawContent, "hiero": rawContent,
	"gallery": dropContent, "timeline": dropContent, "imagemap": dropContent, "graph": dropContent,
	"mapframe": dropContent, "maplink": dropContent, "templatedata": dropContent, "score": dropContent,
	"inputbox": dropContent, "categorytree": dropContent, "indicator": dropContent,
	"templatestyles": dropContent, "section": dropContent, "charinsert": dropContent,
	"includeonly": dropContent, "langconvert": dropContent,
}

// A ParseError says why an article cannot be read, and where.
type ParseError struct {
	Name   string // the input's name, when the caller gave one
	Line   int    // 1-based line of Offset
	Offset int    // byte offset in the input
	Msg    string
}

func (e *ParseError) Error() string {
	if e.Name != "" {
		return fmt.Sprintf("%s:%d: %s (byte offset %d)", e.Name, e.Line, e.Msg, e.Offset)
	}
	return fmt.Sprintf("line %d: %s (byte offset %d)", e.Line, e.Msg, e.Offset)
}

// frame is an opened template, parameter or link waiting for its closing brackets.
type frame struct {
	kind  kind // templateNode for braces (which become a parameter at three), linkNode, or textNode for the root
	count int  // opening braces not yet matched
	start int
	parts [][]*node
	pipes []int // the offset of the pipe before each part after the first
}

// add appends a node to the frame's current part. Text that continues the text before it in the
// source extends that node, as a slice of the source, so that many small pieces cost no copying.
func (f *frame) add(src string, n *node) {
	last := len(f.parts) - 1
	part := f.parts[last]
	if n.kind == textNode && n.start >= 0 && len(part) > 0 {
		if prev := part[len(part)-1]; prev.kind == textNode && prev.start >= 0 && prev.end == n.start {
			prev.text = src[prev.start:n.end]
			prev.end = n.end
			return
		}
	}
	f.parts[last] = append(part, n)
}

// flatten returns the nodes of a frame that never closed: its opening brackets are dropped and
// its parts are read as text, with the pipes between them.
func (f *frame) flatten() []*node {
	var out []*node
	for i, part := range f.parts {
		if i > 0 {
			at := -1
			if i-1 < len(f.pipes) {
				at = f.pipes[i-1]
			}
			out = append(out, &node{kind: textNode, text: "|", start: at, end: at + 1})
		}
		out = append(out, part...)
	}
	return out
}

// preprocessor reads wikitext into nodes the way MediaWiki's preprocessor does: in one pass with
// a stack of open brackets, so that neither deep nesting nor unclosed brackets cost more than
// linear time.
type preprocessor struct {
	src   string
	lower string // src with ASCII letters lower-cased, for finding closing tags
	// found caches searches for closing markers: for each marker, the last search's start and
	// result, so that many unclosed openers do not each scan to the end of the input.
	found   map[string][2]int
	closing map[string][3]int
}

func newPreprocessor(src string) *preprocessor {
	b := []byte(src)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return &preprocessor{src: src, lower: string(b), found: map[string][2]int{}, closing: map[string][3]int{}}
}

// index returns the offset of the first marker at or after from, or -1. Markers are lower-case.
func (p *preprocessor) index(marker string, from int) int {
	if c, ok := p.found[marker]; ok && from >= c[0] && (c[1] < 0 || from <= c[1]) {
		return c[1]
	}
	at := strings.Index(p.lower[from:], marker)
	if at >= 0 {
		at += from
	}
	p.found[marker] = [2]int{from, at}
	return at
}

// closingTag finds the first </name> (with optional spaces before the >) at or after from, and
// returns its start and end, or -1. Results are cached as index caches them.
func (p *preprocessor) closingTag(name string, from int) (at, end int) {
	key := "</" + name + ">"
	if c, ok := p.closing[key]; ok && from >= c[0] && (c[1] < 0 || from <= c[1]) {
		return c[1], c[2]
	}
	at, end = -1, -1
	for i := p.index("</"+name, from); i >= 0; i = p.index("</"+name, i+1) {
		e := i + 2 + len(name)
		for e < len(p.src) && (p.src[e] == ' ' || p.src[e] == '\t' || p.src[e] == '\n') {
			e++
		}
		if e < len(p.src) && p.src[e] == '>' {
			at, end = i, e+1
			break
		}
	}
	p.closing[key] = [3]int{from, at, end}
	return at, end
}

func (p *preprocessor) errorAt(offset int, format string, args ...any) *ParseError {
	return &ParseError{Line: 1 + strings.Count(p.src[:offset], "\n"), Offset: offset, Msg: fmt.Sprintf(format, args...)}
}

// parse reads src[lo:hi] into nodes. depth is the nesting already around the range (a ref's
// content sits inside the ref and whatever holds it).
func (p *preprocessor) parse(lo, hi, depth int) ([]*node, error) {
	src := p.src
	stack := []*frame{{kind: textNode, parts: [][]*node{nil}}}
	top := func() *frame { return stack[len(stack)-1] }
	text := func(start, end int) {
		if end > start {
			top().add(src, &node{kind: textNode, text: src[start:end], start: start, end: end})
		}
	}
	push := func(f *frame) error {
		if depth+len(stack) > MaxDepth {
			return p.errorAt(f.start, "templates, links and tags nested more than %d deep", MaxDepth)
		}
		stack = append(stack, f)
		return nil
	}
	// unwind breaks the frames above stack[k], which did not close, into their parents.
	unwind := func(k int) {
		for len(stack)-1 > k {
			f := top()
			stack = stack[:len(stack)-1]
			for _, n := range f.flatten() {
				top().add(src, n)
			}
		}
	}
	nearest := func(k kind) int {
		for i := len(stack) - 1; i > 0; i-- {
			if stack[i].kind == k {
				return i
			}
		}
		return -1
	}
	run := func(i int, c byte) int {
		n := 0
		for i+n < hi && src[i+n] == c {
			n++
		}
		return n
	}
	i := lo
	for i < hi {
		j := strings.IndexAny(src[i:hi], "<{}[]|")
		if j < 0 {
			text(i, hi)
			break
		}
		text(i, i+j)
		i += j
		switch src[i] {
		case '<':
			if strings.HasPrefix(src[i:hi], "<!--") {
				end := p.index("-->", i+4)
				if end < 0 || end+3 > hi {
					i = hi // an unclosed comment runs to the end, as in MediaWiki
					continue
				}
				// A comment alone on its lines goes with its line break, as in MediaWiki, so
				// that it does not split a paragraph.
				b := i
				for b > lo && (src[b-1] == ' ' || src[b-1] == '\t') {
					b--
				}
				e := end + 3
				for e < hi && (src[e] == ' ' || src[e] == '\t') {
					e++
				}
				if e < hi && src[e] == '\r' {
					e++
				}
				if (b == lo || src[b-1] == '\n') && e < hi && src[e] == '\n' {
					end = e - 2
				}
				i = end + 3
				continue
			}
			n, next, err := p.tag(i, hi, depth+len(stack))
			if err != nil {
				return nil, err
			}
			if next == i {
				text(i, i+1)
				i++
				continue
			}
			if n != nil {
				top().add(src, n)
			}
			i = next
		case '{':
			n := run(i, '{')
			if n < 2 {
				text(i, i+1)
				i++
				continue
			}
			if n > maxBraces { // braces beyond any markup's are text
				text(i, i+n-maxBraces)
				i += n - maxBraces
				n = maxBraces
			}
			if err := push(&frame{kind: templateNode, count: n, start: i, parts: [][]*node{nil}}); err != nil {
				return nil, err
			}
			i += n
		case '[':
			n := run(i, '[')
			if n < 2 {
				text(i, i+1)
				i++
				continue
			}
			text(i, i+n-2) // a third bracket is text: [[[x]]] is "[" + link + "]"
			if err := push(&frame{kind: linkNode, count: 2, start: i + n - 2, parts: [][]*node{nil}}); err != nil {
				return nil, err
			}
			i += n
		case '}':
			n := run(i, '}')
			for n >= 2 {
				if top().kind != templateNode {
					// A link left open inside a template: close the template all the same.
					k := nearest(templateNode)
					if k < 0 {
						break
					}
					unwind(k)
				}
				f := top()
				used := 2
				nk := templateNode
				if min(n, f.count) >= 3 {
					used, nk = 3, paramNode
				}
				stack = stack[:len(stack)-1]
				start := f.start + f.count - used
				nd := &node{kind: nk, parts: f.parts, start: start, end: i + used}
				switch rest := f.count - used; {
				case rest >= 2:
					stack = append(stack, &frame{kind: templateNode, count: rest, start: f.start, parts: [][]*node{{nd}}})
				case rest == 1:
					text(f.start, f.start+1)
					top().add(src, nd)
				default:
					top().add(src, nd)
				}
				n -= used
				i += used
			}
			// Closing braces with nothing to close are dropped; a single one is text.
			i += n - n%2
			text(i, i+n%2)
			i += n % 2
		case ']':
			n := run(i, ']')
			for n >= 2 {
				if top().kind != linkNode {
					k := nearest(linkNode)
					if k < 0 {
						break
					}
					unwind(k)
				}
				f := top()
				stack = stack[:len(stack)-1]
				top().add(src, &node{kind: linkNode, parts: f.parts, start: f.start, end: i + 2})
				n -= 2
				i += 2
			}
			i += n - n%2 // an unmatched "]]" is dropped; a single bracket is text
			text(i, i+n%2)
			i += n % 2
		case '|':
			if f := top(); f.kind != textNode {
				f.parts = append(f.parts, nil)
				f.pipes = append(f.pipes, i)
			} else {
				text(i, i+1)
			}
			i++
		}
	}
	unwind(0)
	return stack[0].parts[0], nil
}

// tag reads the extension tag that may start at src[i]: <ref …>…</ref>, <ref name=x/>, <nowiki/>.
// It returns the node (nil for a tag that leaves nothing, such as an unclosed opener) and the
// offset after it; next == i means there is no extension tag at i.
func (p *preprocessor) tag(i, hi, depth int) (n *node, next int, err error) {
	src := p.src
	j := i + 1
	closing := j < hi && src[j] == '/'
	if closing {
		j++
	}
	k := j
	for k < hi && (('a' <= p.lower[k] && p.lower[k] <= 'z') || (k > j && '0' <= src[k] && src[k] <= '9')) {
		k++
	}
	name := p.lower[j:k]
	how, ok := extensionTags[name]
	if !ok || k >= hi || !(src[k] == '>' || src[k] == '/' || src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r') {
		return nil, i, nil
	}
	gt := strings.IndexByte(src[k:hi], '>')
	if gt < 0 {
		return nil, i, nil
	}
	gt += k
	if closing {
		return nil, gt + 1, nil // a closing tag without its opener is dropped
	}
	attrs := src[k:gt]
	nd := &node{kind: tagNode, tag: name, start: i, end: gt + 1}
	if strings.HasSuffix(attrs, "/") {
		nd.attrs = strings.TrimSpace(strings.TrimSuffix(attrs, "/"))
		return nd, gt + 1, nil
	}
	nd.attrs = strings.TrimSpace(attrs)
	closeAt, closeEnd := p.closingTag(name, gt+1)
	if closeAt < 0 || closeEnd > hi {
		return nil, gt + 1, nil // an unclosed tag: the opener is dropped and what follows is read on
	}
	nd.end = closeEnd
	switch how {
	case wikiContent:
		if depth+1 > MaxDepth {
			return nil, 0, p.errorAt(i, "templates, links and tags nested more than %d deep", MaxDepth)
		}
		nd.children, err = p.parse(gt+1, closeAt, depth+1)
		if err != nil {
			return nil, 0, err
		}
	case rawContent:
		nd.text = src[gt+1 : closeAt]
	}
	return nd, closeEnd, nil
}
