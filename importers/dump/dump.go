// Package dump reads MediaWiki XML exports and database dumps (.xml, or .xml.bz2 as Wikimedia
// publishes them) as a stream of pages, one at a time, so that a dump of any size is read in the
// memory of its largest page.
//
// A dump is <mediawiki><siteinfo>…</siteinfo><page>…</page><page>…</page>…</mediawiki>, each page
// holding a title, a namespace number, an id, a <redirect/> when it is one, and one or more
// revisions whose <text> is the wikitext (a history dump keeps every revision; the last one is
// the page's current text). bzip2-compressed input is recognised by its magic bytes and
// decompressed on the way, so callers pass the file as it is.
package dump

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/vita-project/vita/importers/wikitext"
)

// Page is one page of a dump.
type Page struct {
	Title     string // "Ada Lovelace", "Talk:Ada Lovelace"
	Namespace int    // 0 for articles; 1 talk, 2 user, 4 project, 10 template, 14 category, …
	ID        int64
	Redirect  bool   // a <redirect/> element, or text that starts with #REDIRECT (older exports have no element)
	Text      []byte // the wikitext of the page's last revision, its XML entities decoded
	Offset    int64  // where <page> starts, in bytes from the start of the (decompressed) stream
}

// Site is what a dump's <siteinfo> says about the wiki it comes from.
type Site struct {
	Name string // the wiki's name: "Wikipedia"
	Base string // the address of its main page: "https://en.wikipedia.org/wiki/Main_Page"
}

// URL returns the address of the page with the given title, from the site's base address, or ""
// when the dump does not give one. Spaces become underscores, and bytes other than letters,
// digits and the few marks MediaWiki leaves as they are ("-_.~;@$!*(),/:") are percent-encoded.
func (s Site) URL(title string) string {
	prefix := s.Base
	if i := strings.Index(prefix, "title="); i >= 0 {
		prefix = prefix[:i+len("title=")]
	} else if i := strings.LastIndexByte(prefix, '/'); i >= 0 && strings.Contains(prefix[:i], "//") {
		prefix = prefix[:i+1]
	} else {
		return ""
	}
	if strings.TrimSpace(title) == "" {
		return ""
	}
	return prefix + wikitext.EscapeTitle(title)
}

// Error is a dump that cannot be read on: its XML is malformed or cut short, or its compressed
// stream is damaged. It names the page being read, when its title was read, and the byte offset in
// the decompressed stream where reading stopped.
type Error struct {
	Title  string
	Offset int64
	Err    error
}

func (e *Error) Error() string {
	if e.Title != "" {
		return fmt.Sprintf("page %q (byte %d): %v", e.Title, e.Offset, e.Err)
	}
	return fmt.Sprintf("byte %d: %v", e.Offset, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Reader reads the pages of a dump one at a time.
type Reader struct {
	src      *bufio.Reader
	dec      *xml.Decoder
	site     Site
	prefixes map[string]int // namespace names ("Talk") → numbers, from <siteinfo>
	root     bool           // the root element has been seen
	pages    int
	err      error // sticky: once reading fails, it fails again
}

// NewReader returns a Reader of the dump that r holds, bzip2-compressed or not.
func NewReader(r io.Reader) *Reader {
	return &Reader{src: bufio.NewReaderSize(r, 64<<10)}
}

// Site returns what the dump's <siteinfo> says; it is known once Next has returned a page.
func (r *Reader) Site() Site { return r.site }

// Next returns the next page, io.EOF after the last one, or an *Error when the dump cannot be read
// on; pages before the damage are returned first, and every call after an error returns it again.
// A stream without a <mediawiki> (or <page>) element, or one without any page, is an error.
func (r *Reader) Next() (Page, error) {
	if r.err != nil {
		return Page{}, r.err
	}
	p, err := r.next()
	if err != nil {
		r.err = err
	}
	return p, err
}

func (r *Reader) start() {
	if r.dec != nil {
		return
	}
	var src io.Reader = r.src
	if head, _ := r.src.Peek(4); IsBzip2(head) {
		src = bzipErrors{bzip2.NewReader(r.src)}
	}
	r.dec = xml.NewDecoder(src)
}

// bzipErrors says which layer failed when the compressed stream is damaged.
type bzipErrors struct{ r io.Reader }

func (b bzipErrors) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("bzip2 stream: %w", err)
	}
	return n, err
}

// IsBzip2 reports whether data starts as a bzip2 stream does: "BZh" and the block size, 1 to 9.
func IsBzip2(data []byte) bool {
	return len(data) >= 4 && string(data[:3]) == "BZh" && '1' <= data[3] && data[3] <= '9'
}

func (r *Reader) next() (Page, error) {
	r.start()
	for {
		at := r.dec.InputOffset()
		tok, err := r.dec.Token()
		if err == io.EOF {
			switch {
			case !r.root:
				return Page{}, &Error{Offset: at, Err: errors.New("not a MediaWiki XML export: no <mediawiki> element")}
			case r.pages == 0:
				return Page{}, &Error{Offset: at, Err: errors.New("a MediaWiki XML export without pages")}
			}
			return Page{}, io.EOF
		}
		if err != nil {
			return Page{}, r.fail("", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !r.root {
			if se.Name.Local != "mediawiki" && se.Name.Local != "page" {
				return Page{}, &Error{Offset: at, Err: fmt.Errorf("not a MediaWiki XML export: the root element is <%s>", se.Name.Local)}
			}
			r.root = true
		}
		switch se.Name.Local {
		case "siteinfo":
			if err := r.siteinfo(&se); err != nil {
				return Page{}, r.fail("", err)
			}
		case "page":
			p, err := r.page(at)
			if err != nil {
				return Page{}, err
			}
			r.pages++
			return p, nil
		}
	}
}

func (r *Reader) fail(title string, err error) error {
	return &Error{Title: title, Offset: r.dec.InputOffset(), Err: err}
}

func (r *Reader) siteinfo(se *xml.StartElement) error {
	var info struct {
		Name       string `xml:"sitename"`
		Base       string `xml:"base"`
		Namespaces []struct {
			Key  int    `xml:"key,attr"`
			Name string `xml:",chardata"`
		} `xml:"namespaces>namespace"`
	}
	if err := r.dec.DecodeElement(&info, se); err != nil {
		return err
	}
	r.site = Site{Name: strings.TrimSpace(info.Name), Base: strings.TrimSpace(info.Base)}
	r.prefixes = map[string]int{}
	for _, ns := range info.Namespaces {
		if name := strings.TrimSpace(ns.Name); name != "" {
			r.prefixes[name] = ns.Key
		}
	}
	return nil
}

// page reads the elements of a page up to its end tag. Only the page's own title, ns, id and
// redirect count (a revision's id is not the page's), and only the text of its last revision.
func (r *Reader) page(offset int64) (Page, error) {
	p := Page{Offset: offset}
	var path []string // the open elements inside <page>
	var field []byte  // the text of the open title, ns or id element
	ns := ""
	hasNS := false
	for {
		tok, err := r.dec.Token()
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			return Page{}, r.fail(p.Title, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, t.Name.Local)
			switch {
			case len(path) == 1 && t.Name.Local == "redirect":
				p.Redirect = true
			case len(path) == 2 && path[0] == "revision" && t.Name.Local == "text":
				p.Text = p.Text[:0]
			}
			field = field[:0]
		case xml.CharData:
			switch {
			case len(path) == 1 && (path[0] == "title" || path[0] == "ns" || path[0] == "id"):
				field = append(field, t...)
			case len(path) == 2 && path[0] == "revision" && path[1] == "text":
				if p.Text == nil {
					p.Text = bytes.Clone(t) // most texts come in one piece: no room to spare
				} else {
					p.Text = append(p.Text, t...)
				}
			}
		case xml.EndElement:
			if len(path) == 0 { // </page>
				if !hasNS {
					p.Namespace = r.namespaceOf(p.Title)
				}
				if p.Text == nil {
					p.Text = []byte{}
				}
				p.Redirect = p.Redirect || isRedirect(p.Text)
				return p, nil
			}
			if len(path) == 1 {
				switch path[0] {
				case "title":
					p.Title = strings.TrimSpace(string(field))
				case "ns":
					ns, hasNS = strings.TrimSpace(string(field)), true
					if p.Namespace, err = strconv.Atoi(ns); err != nil {
						return Page{}, r.fail(p.Title, fmt.Errorf("namespace %q is not a number", ns))
					}
				case "id":
					id := strings.TrimSpace(string(field))
					if p.ID, err = strconv.ParseInt(id, 10, 64); err != nil {
						return Page{}, r.fail(p.Title, fmt.Errorf("page id %q is not a number", id))
					}
				}
			}
			path = path[:len(path)-1]
		}
	}
}

// namespaceOf finds the namespace of a page from its title's prefix ("Talk:…"), for exports
// older than version 0.6, whose pages have no <ns>.
func (r *Reader) namespaceOf(title string) int {
	prefix, _, ok := strings.Cut(title, ":")
	if !ok {
		return 0
	}
	return r.prefixes[prefix]
}

// Pages returns the pages of the dump that r holds, in order. An error ends the sequence: it
// comes after the pages read before it, as an *Error that names the page or the byte offset.
func Pages(r io.Reader) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		rd := NewReader(r)
		for {
			p, err := rd.Next()
			if err == io.EOF {
				return
			}
			if !yield(p, err) || err != nil {
				return
			}
		}
	}
}
