// Package wikitext reads biography articles written in MediaWiki markup: the prose into the same
// sections as a plain-text article, the infobox into facts, and the references into sources.
//
// Parse reads an article into a Document; Read builds a biography from it, infobox facts first
// and prose facts (importers/prose) filling the gaps.
//
// # What the markup becomes
//
// The reader follows MediaWiki's own order: a preprocessor finds templates, links, comments and
// extension tags in one pass with a stack (so nesting and unclosed brackets cost linear time),
// templates are rendered to text, and line-level markup (headings, lists, tables) and inline
// markup (quotes, external links, HTML) are read from the result.
//
//   - {{template|…}}: the text of the templates in textTemplates (templates.go) — {{lang-xx|…}},
//     {{lang|xx|…}}, {{nowrap|…}}, {{convert|5|km}} ("5 km"), {{circa}} ("c."), {{ndash}},
//     {{snd}}, date templates ({{birth date|1944|2|17}} is "17 February 1944", with mf=y
//     "February 17, 1944"; ages are left out), lists, quotations and a few dozen more. Every other
//     template gives nothing: infoboxes (read apart), navboxes, {{reflist}}, {{sfn}}, {{efn}},
//     hatnotes, maintenance tags, pronunciations ({{IPA…}}, {{respell}}) and templates not known.
//   - Parser functions: {{#if:}}, {{#ifeq:}}, {{#switch:}}, {{#tag:}}, {{lc:}}, {{uc:}},
//     {{formatnum:}} and {{PAGENAME}} are worked out; the rest ({{#invoke:}}, {{#expr:}}, {{#time:}})
//     give nothing. {{{parameters}}} give their default.
//   - [[Target|label]] is the label, [[Target]] the target, [[Target|]] the pipe trick's label.
//     [[File:…]], [[Image:…]], [[Category:…]] and interlanguage links ([[de:…]], a lower-case
//     language code) give nothing, their captions and the links in them included.
//   - [http://x label] is the label; a bare [http://x] gives nothing. Bold and italic
//     quotes go as MediaWiki's doQuotes reads them.
//   - <ref>…</ref>, <ref name=x/>, <references/>: no text; they become Sources. <!-- comments -->
//     go. <nowiki>, <pre>, <math> (its TeX) and <source> keep their content as literal text.
//     <gallery>, <timeline>, <imagemap>, <includeonly> and the like give nothing. Other HTML tags
//     (<small>, <span>, <sup>, <div>, …) go and their content stays; <br> is a space in prose and
//     a new item in infobox values. HTML entities (&nbsp; &ndash; &#91;) are decoded, and
//     no-break and other Unicode spaces become plain spaces.
//   - Tables {| … |} are dropped. List lines (*, #, ;, :) are paragraphs of their own, without
//     their markers. == Headings == start sections (a level-1 heading in the body counts as level
//     2: level 1 is the article's title). ---- and magic words (__TOC__) go.
//
// Broken markup is read on: an opening {{, {{{ or [[ that never closes is dropped and what follows
// it is read as text (its pipes included); a closing }} or ]] with nothing to close is dropped; a
// }} that arrives while a link inside the template is still open closes the template (MediaWiki
// would leave both open); an unclosed <ref> or other tag is dropped and its content read as text;
// an unclosed comment runs to the end of the article, as in MediaWiki; a table that never closes
// loses only its first line. Nesting deeper than MaxDepth is an error, never a crash.
//
// Sections that are not prose about the person — References, Notes, Footnotes, Sources,
// Bibliography, Further reading, External links, See also, Works cited and their kin — are
// dropped with their subsections. Lists of works (Works, Selected writings, Discography,
// Filmography) stay, one paragraph an item: they are the person's own record.
package wikitext

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// Document is an article as Parse reads it.
type Document struct {
	Title     string          // the article's title, when the input gives one (a MediaWiki XML export does)
	Sections  []model.Section // the prose: the lead first (level 1, titled with Title), then one section a heading
	BoldNames []string        // the bold runs of the lead's first paragraph, where the article names its subject: "Abraham Lincoln"
	Infobox   *Infobox        // the first infobox, or nil
	Sources   []model.Source  // the references, one a distinct source, in the order the article cites them
}

// ErrEmpty is returned for an input with nothing in it.
var ErrEmpty = errors.New("the article is empty")

// Parse reads an article in wikitext, or a MediaWiki XML export of one (its first page, whose
// title it keeps). It fails on input that is empty or not UTF-8 and on nesting deeper than
// MaxDepth, with a *ParseError that gives the line and byte offset; broken markup is read on as
// the package documentation describes.
func Parse(src []byte) (*Document, error) {
	text, title, err := input(src)
	if err != nil {
		return nil, err
	}
	p := newPreprocessor(text)
	nodes, err := p.parse(0, len(text), 0)
	if err != nil {
		return nil, err
	}
	r := &renderer{title: title}
	d := &Document{Title: title}
	d.Infobox = readInfobox(text, r, nodes)
	d.Sections, d.BoldNames = blocks(r.nodes(nodes), title)
	d.Sources = collectSources(text, r, nodes)
	return d, nil
}

// input returns the article's wikitext: without a byte-order mark, taken out of a MediaWiki XML
// export, and with JSON string escapes undone when the whole text was escaped as a JSON string
// (every quotation mark written \"), as some dumps give it.
func input(src []byte) (text, title string, err error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(src) {
		at := 0
		for at < len(src) {
			r, n := utf8.DecodeRune(src[at:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			at += n
		}
		return "", "", &ParseError{Line: 1 + bytes.Count(src[:at], []byte("\n")), Offset: at, Msg: "not UTF-8 text"}
	}
	text = string(src)
	if t := strings.TrimSpace(text); strings.HasPrefix(t, "<mediawiki") || strings.HasPrefix(t, "<?xml") || strings.HasPrefix(t, "<page>") {
		if text, title, err = fromExport(src); err != nil {
			return "", "", err
		}
	}
	if strings.TrimSpace(text) == "" {
		return "", "", ErrEmpty
	}
	if jsonEscaped(text) {
		text = unescapeJSON(text)
	}
	return text, title, nil
}

// fromExport reads the title and text of the first page of a MediaWiki XML export (its last
// revision, when it has several).
func fromExport(src []byte) (text, title string, err error) {
	dec := xml.NewDecoder(bytes.NewReader(src))
	fail := func(msg string) (string, string, error) {
		off := min(int(dec.InputOffset()), len(src))
		return "", "", &ParseError{Line: 1 + bytes.Count(src[:off], []byte("\n")), Offset: off, Msg: msg}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return fail("a MediaWiki XML export without a page")
		}
		if err != nil {
			return fail("not a MediaWiki XML export: " + err.Error())
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "page" {
			var page struct {
				Title string   `xml:"title"`
				Texts []string `xml:"revision>text"`
			}
			if err := dec.DecodeElement(&page, &se); err != nil {
				return fail("not a MediaWiki XML export: " + err.Error())
			}
			if len(page.Texts) == 0 {
				return fail("a MediaWiki XML export whose page has no text")
			}
			return page.Texts[len(page.Texts)-1], strings.TrimSpace(page.Title), nil
		}
	}
}

var jsonEscape = lazyre.New(`\\u[0-9a-fA-F]{4}|\\"`)

func jsonEscaped(s string) bool {
	if !jsonEscape.MatchString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '"' && (i == 0 || s[i-1] != '\\') {
			return false
		}
	}
	return true
}

// unescapeJSON undoes the escapes of a JSON string: \" \\ \/ \n \t and \uXXXX, surrogate pairs
// included. Other backslashes stay.
func unescapeJSON(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch c := s[i+1]; c {
		case '"', '\\', '/':
			b.WriteByte(c)
			i++
		case 'n':
			b.WriteByte('\n')
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'u':
			r, n := unicodeEscape(s[i:])
			if n == 0 {
				b.WriteByte('\\')
				continue
			}
			b.WriteRune(r)
			i += n - 1
		default:
			b.WriteByte('\\')
		}
	}
	return b.String()
}

// unicodeEscape reads \uXXXX, or a surrogate pair \uD83D\uDE00, at the start of s, and returns
// the rune and the bytes read (0 when there is no escape).
func unicodeEscape(s string) (rune, int) {
	hex := func(s string) (rune, bool) {
		if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(s[2:6], 16, 32)
		return rune(v), err == nil
	}
	r, ok := hex(s)
	if !ok {
		return 0, 0
	}
	if r >= 0xD800 && r < 0xDC00 {
		if lo, ok := hex(s[6:]); ok && lo >= 0xDC00 && lo < 0xE000 {
			return (r-0xD800)<<10 + (lo - 0xDC00) + 0x10000, 12
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

// Options are the choices of a Read. The zero value is useful.
type Options struct {
	// Title is the article's title, "Lisa (rapper)": it names the person (without the bracketed
	// qualifier) and gives the article's URL. Without it the title of a MediaWiki XML export is
	// used, and failing that the person is named by the infobox or the lead's first bold name and
	// the article's source has no URL.
	Title string
	// Wiki is the address articles are found under; "" is "https://en.wikipedia.org/wiki/".
	Wiki string
	// Source is the article's own source; its empty fields are filled in: the title, the
	// publisher "Wikipedia", the licence "CC BY-SA 4.0" and the URL from the title.
	Source model.Source
}

// articleURL returns the address of an article under wiki ("" is the English Wikipedia's).
func articleURL(wiki, title string) string {
	if wiki == "" {
		wiki = "https://en.wikipedia.org/wiki/"
	}
	return wiki + EscapeTitle(title)
}

// EscapeTitle writes a page title as MediaWiki writes it in an address: spaces become underscores,
// and bytes other than letters, digits and the few marks MediaWiki leaves as they are
// ("-_.~;@$!*(),/:") are percent-encoded: "Lisa_(rapper)", "Magnar_S%C3%A6tre".
func EscapeTitle(title string) string {
	var b strings.Builder
	for _, c := range []byte(strings.ReplaceAll(strings.TrimSpace(title), " ", "_")) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-_.~;@$!*(),/:", c) >= 0:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
