package dump

import (
	"bytes"
	"compress/bzip2"
	"io"
	"iter"
	"path/filepath"
	"strings"
)

// IsDump reports whether a file is a MediaWiki XML export or dump, from its name and the first
// bytes of its content (head; 512 are plenty). Content decides when it can: XML whose root element
// is <mediawiki> (after a byte-order mark, an XML declaration, comments or a doctype) is a dump,
// anything else is not. bzip2 content is judged by what it decompresses to when head holds enough
// of the stream to tell (a small file does), and is taken for a dump otherwise: vita reads no
// other compressed input, and Pages says so clearly if it is not one. When plain content cannot
// tell — head is empty or ends before the root element — the name decides: a dump ends in .xml,
// .xml.bz2 or .bz2 (Wikimedia's "enwiki-…-pages-articles1.xml-p1p41242.bz2" included).
func IsDump(name string, head []byte) bool {
	if IsBzip2(head) {
		out, _ := io.ReadAll(io.LimitReader(bzip2.NewReader(bytes.NewReader(head)), 4<<10))
		verdict, known := xmlRoot(out)
		return verdict || !known
	}
	if verdict, known := xmlRoot(head); known {
		return verdict
	}
	return dumpName(name)
}

func dumpName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xml", ".bz2":
		return true
	}
	return false
}

// xmlRoot tells whether head opens a <mediawiki> element; known is false when head ends before
// its first element does.
func xmlRoot(head []byte) (mediawiki, known bool) {
	s := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		if len(s) == 0 {
			return false, false
		}
		if s[0] != '<' {
			return false, true
		}
		var end string
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end = "?>"
		case bytes.HasPrefix(s, []byte("<!--")):
			end = "-->"
		case bytes.HasPrefix(s, []byte("<!")):
			end = ">"
		default:
			const root = "<mediawiki"
			if len(s) <= len(root) {
				return false, !bytes.HasPrefix([]byte(root), s)
			}
			c := s[len(root)]
			return bytes.HasPrefix(s, []byte(root)) && (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\r' || c == '\n'), true
		}
		i := bytes.Index(s, []byte(end))
		if i < 0 {
			return false, false
		}
		s = s[i+len(end):]
	}
}

// IsBiography reports whether a page is an article about a person, by the signals Wikipedia's
// conventions put in every biography, never by its title.
//
// The page must be an article: namespace 0, not a redirect (a <redirect/> element or text that
// starts with #REDIRECT), not a disambiguation, surname or given-name page ({{disambiguation}},
// {{dab}}, {{disambig}}, {{hndis}}, {{surname}}, {{given name}}, {{set index article}}) and not in a
// "Lists of …" category. And its wikitext must record a life in one of these ways:
//
//   - a category of births or deaths in a numbered year, decade or century ("[[Category:1944
//     births]]", "[[Category:1950s deaths]]", "[[Category:5th-century BC births]]"), or
//     "[[Category:Living people]]", "[[Category:Year of birth missing …]]", "[[Category:Year of
//     death unknown]]" and their kin;
//   - a template field birth_date, death_date, birth_place or death_place (also written birthdate,
//     birth date, birth-date), as the infoboxes of people have;
//   - a {{birth date …}}, {{death date …}}, {{birth year …}} or {{death year …}} template, with
//     any suffix ("and age") and a space, underscore, hyphen or nothing between the words.
//
// Letter case does not matter. The signals are those of the English-language wikis.
func IsBiography(p Page) bool {
	if p.Namespace != 0 || p.Redirect || isRedirect(p.Text) {
		return false
	}
	t := lowerASCII(p.Text)
	vital := false
	for name := range templates(t) {
		if nonPerson[string(name)] {
			return false
		}
		vital = vital || vitalWords(name, "date", "year") > 0
	}
	for name := range categories(t) {
		if bytes.HasPrefix(name, []byte("lists of ")) {
			return false
		}
		vital = vital || vitalCategory(name)
	}
	return vital || hasVitalField(t)
}

// nonPerson are the templates that mark pages about names, not people.
var nonPerson = map[string]bool{
	"disambiguation": true, "disambig": true, "dab": true, "hndis": true, "surname": true,
	"given name": true, "set index article": true, "sia": true,
}

func isRedirect(text []byte) bool {
	t := bytes.TrimLeft(text, " \t\r\n")
	return len(t) >= 9 && bytes.EqualFold(t[:9], []byte("#redirect"))
}

func lowerASCII(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// templates yields the names of the templates in (lower-cased) wikitext: "birth date and age"
// for "{{Birth date and age|…}}", underscores as spaces.
func templates(t []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for i := 0; ; {
			j := bytes.Index(t[i:], []byte("{{"))
			if j < 0 {
				return
			}
			i += j + 2
			end := bytes.IndexAny(t[i:], "|}\n{")
			if end < 0 {
				end = len(t) - i
			}
			if !yield(spaced(t[i : i+end])) {
				return
			}
		}
	}
}

// categories yields the names of the categories of (lower-cased) wikitext: "1944 births" for
// "[[Category:1944 births|Lee, Ann]]".
func categories(t []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for i := 0; ; {
			j := bytes.Index(t[i:], []byte("[[category:"))
			if j < 0 {
				return
			}
			i += j + len("[[category:")
			end := bytes.IndexAny(t[i:], "|]\n")
			if end < 0 {
				end = len(t) - i
			}
			if !yield(spaced(t[i : i+end])) {
				return
			}
		}
	}
}

// spaced trims a name and writes its underscores as spaces, as MediaWiki reads them.
func spaced(name []byte) []byte {
	if bytes.IndexByte(name, '_') >= 0 {
		name = bytes.ReplaceAll(name, []byte("_"), []byte(" "))
	}
	return bytes.TrimSpace(name)
}

// vitalWords returns the length of "birth" or "death", a separator (space, underscore, hyphen
// or none) and one of the given words at the start of s, or 0.
func vitalWords(s []byte, words ...string) int {
	if !bytes.HasPrefix(s, []byte("birth")) && !bytes.HasPrefix(s, []byte("death")) {
		return 0
	}
	n := len("birth")
	if n < len(s) && (s[n] == ' ' || s[n] == '_' || s[n] == '-') {
		n++
	}
	for _, w := range words {
		if bytes.HasPrefix(s[n:], []byte(w)) {
			return n + len(w)
		}
	}
	return 0
}

func vitalCategory(name []byte) bool {
	switch {
	case string(name) == "living people",
		bytes.HasPrefix(name, []byte("year of birth")), bytes.HasPrefix(name, []byte("year of death")),
		bytes.HasPrefix(name, []byte("date of birth")), bytes.HasPrefix(name, []byte("date of death")):
		return true
	case bytes.HasSuffix(name, []byte(" births")), bytes.HasSuffix(name, []byte(" deaths")):
		return bytes.ContainsAny(name, "0123456789")
	}
	return false
}

// hasVitalField reports whether (lower-cased) wikitext has a template field such as
// "| birth_date =".
func hasVitalField(t []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(t[i:], '|')
		if j < 0 {
			return false
		}
		i += j + 1
		s := bytes.TrimLeft(t[i:min(len(t), i+40)], " \t\r\n")
		if n := vitalWords(s, "date", "place"); n > 0 && bytes.HasPrefix(bytes.TrimLeft(s[n:], " \t"), []byte("=")) {
			return true
		}
	}
}
