// Package importers turns an input — a plain-text article, a wikitext article or a model file — into
// a biography. It tells the kinds apart by their content, using the file name only to break a tie.
package importers

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/vita-project/vita/importers/plaintext"
	"github.com/vita-project/vita/importers/prose"
	"github.com/vita-project/vita/importers/wikitext"
	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modelfile"
)

// Kind is what an input holds.
type Kind int

// The kinds of input vita reads.
const (
	PlainText Kind = iota + 1 // an article in plain text: = Title =, == Section ==, paragraphs
	Wikitext                  // MediaWiki markup: {{templates}}, [[links]], '''bold'''
	ModelFile                 // a biography model in YAML or JSON
)

func (k Kind) String() string {
	switch k {
	case PlainText:
		return "plain-text article"
	case Wikitext:
		return "wikitext article"
	case ModelFile:
		return "model file"
	}
	return "unknown"
}

var (
	wikiMarkup = lazyre.New(`\{\{|\[\[|'''|<ref[ >/]|^\{\|`)
	yamlKey    = lazyre.New(`(?m)^(id|name|full_name|born|positions|sections|organizations|events):(\s|$)`)
	titleLine  = lazyre.New(`^=[^=].*[^=]=\s*$`)
)

// Detect tells what kind of input data is. Content decides: a JSON object is a model file; an
// article that opens with a `= Title =` line is plain text (wikitext has no such line, and stray
// markup in a text export is cleaned); markup such as {{…}}, [[…]] or bold quotes is wikitext; a
// YAML mapping with the model file's keys is a model file; other prose is plain text. The
// extension of name (.yaml, .yml, .json, .wiki, .wikitext) only settles inputs whose content says
// nothing.
func Detect(name string, data []byte) Kind {
	text := strings.TrimSpace(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	first, _, _ := strings.Cut(text, "\n")
	switch {
	case strings.HasPrefix(text, "{") && !strings.HasPrefix(text, "{{") && !strings.HasPrefix(text, "{|"):
		return ModelFile
	case titleLine.MatchString(strings.TrimSpace(first)):
		return PlainText // wikitext has no title line; stray markup in a text export is cleaned
	case wikiMarkup.MatchString(text):
		return Wikitext
	case yamlKey.MatchString(text) && !strings.Contains(first, ". "):
		return ModelFile
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return ModelFile
	case ".wiki", ".wikitext", ".mediawiki":
		return Wikitext
	}
	return PlainText
}

// Options are the choices of a Read. The zero value is useful.
type Options struct {
	// Source is the document to credit for an article that does not name its own source, such as
	// the embedded sample's Wikipedia attribution. Its empty fields are filled from the article
	// (the title) and the file name.
	Source model.Source
	// Title is the article's title when the input does not carry it (a wikitext page has none
	// of its own): it names the person and, for wikitext, the article's address.
	Title string
}

// ErrNoName is returned for an article in which no person's name can be found.
var ErrNoName = errors.New("no person's name found: the article needs a title line (= Name =) or an opening sentence that starts with the name")

// Read builds a biography from one input. name is the input's file name (or "-"), used in errors,
// which read "NAME: …" or, for model files, "NAME:LINE:COL: …".
//
// Text in UTF-16 with a byte order mark is decoded first; other bytes must be UTF-8 text: a NUL
// byte is taken for a binary file, and both are errors that give the offset of the first bad byte.
func Read(name string, data []byte, opts Options) (*model.Biography, error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		decoded, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("%s: not UTF-16 text: %w", name, err)
		}
		data = decoded
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("%s: binary file, not text (NUL at byte %d)", name, i)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: the file is empty", name)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text (invalid byte at offset %d)", name, invalidAt(data))
	}
	switch Detect(name, data) {
	case ModelFile:
		return modelfile.Decode(name, data)
	case Wikitext:
		b, err := wikitext.Read(name, data, wikitext.Options{Title: opts.Title, Source: opts.Source})
		if err != nil {
			return nil, err
		}
		if b.ID == "" {
			b.ID = model.Slug(b.Name)
		}
		return b, nil
	}
	b, err := readPlainText(data, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return b, nil
}

func readPlainText(data []byte, opts Options) (*model.Biography, error) {
	title, sections, err := plaintext.Parse(data)
	if err != nil {
		return nil, err
	}
	b := &model.Biography{Name: personName(title), Sections: sections}
	if b.Name == "" && len(sections) > 0 && len(sections[0].Paragraphs) > 0 {
		b.Name = prose.SubjectOf(sections[0].Paragraphs[0])
		sections[0].Title = b.Name
	}
	if b.Name == "" {
		return nil, ErrNoName
	}
	b.ID = model.Slug(b.Name)
	prose.Extract(b)
	src := opts.Source
	if src.Title == "" {
		src.Title = title
		if src.Title == "" {
			src.Title = b.Name
		}
	}
	b.Sources = []model.Source{src}
	return b, nil
}

// personName drops a disambiguation in brackets from an article title: "John Smith (politician)".
func personName(title string) string {
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") {
		title = title[:i]
	}
	return strings.TrimSpace(title)
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
