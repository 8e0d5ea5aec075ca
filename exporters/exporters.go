// Package exporters is the table of vita's output formats: each name maps to an exporter package that
// writes a biography to an io.Writer. Adding a format is adding one package and one line to Formats.
package exporters

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/vita-project/vita/exporters/csv"
	"github.com/vita-project/vita/exporters/jsonld"
	"github.com/vita-project/vita/exporters/nt"
	"github.com/vita-project/vita/exporters/pdf"
	"github.com/vita-project/vita/exporters/xlsx"
	"github.com/vita-project/vita/model"
)

// Settings are the choices every exporter honours. The zero value is useful: no timestamp is written
// where a format allows that, so output depends only on the input.
type Settings struct {
	// Time is the creation and modification time written into document metadata; main sets it from
	// SOURCE_DATE_EPOCH when that is set, and otherwise from the clock.
	Time time.Time
	// Base is the IRI prefix of the linked-data identifiers (jsonld, nt); empty means "urn:vita:".
	Base string
	// Warn, when set, is told of what an export cannot show as written, one message at a time:
	// for the PDF, each character that its main font lacks (and the font that draws it instead,
	// if any).
	Warn func(msg string)
}

// Format is one output format.
type Format struct {
	Name        string // as given to --to
	Ext         string // file extension, with the dot
	Description string // one line for `vita formats`
	Write       func(w io.Writer, b *model.Biography, s Settings) error
	Extra       bool // written only when asked for by name, not by default
	// Merged, when set, starts one file for many people (`vita export --merge`): Add each
	// biography, then Close. Only the formats of tables have it (xlsx, csv).
	Merged func(w io.Writer, s Settings) (Merger, error)
}

// A Merger writes many people's biographies into one file, one Add at a time, in constant memory.
type Merger interface {
	Add(b *model.Biography) error
	Close() error
}

// Formats lists every output format, in the order `vita formats` shows them and `vita export`
// writes them by default.
var Formats = []Format{
	{"pdf", ".pdf", "PDF dossier: key facts, positions table and the article, with bookmarks",
		func(w io.Writer, b *model.Biography, s Settings) error {
			return pdf.Write(w, b, pdf.Options{Time: s.Time, Warn: s.Warn})
		}, false, nil},
	{"xlsx", ".xlsx", "Excel workbook: the person's facts and a sheet of positions held",
		func(w io.Writer, b *model.Biography, s Settings) error {
			return xlsx.Write(w, b, xlsx.Options{Time: s.Time})
		}, false, func(w io.Writer, s Settings) (Merger, error) {
			return xlsx.NewMerged(w, xlsx.Options{Time: s.Time})
		}},
	{"jsonld", ".jsonld", "schema.org JSON-LD: a Person with roles, events and the source article",
		func(w io.Writer, b *model.Biography, s Settings) error {
			return jsonld.Write(w, b, jsonld.Options{Base: s.Base})
		}, false, nil},
	{"nt", ".nt", "RDF N-Triples (also Turtle): the JSON-LD's graph, one triple a line, sorted",
		func(w io.Writer, b *model.Biography, s Settings) error {
			return nt.Write(w, b, nt.Options{Base: s.Base})
		}, true, nil},
	{"csv", ".csv", "CSV (RFC 4180): one row per position and per event, with a record column",
		func(w io.Writer, b *model.Biography, s Settings) error {
			return csv.Write(w, b, csv.Options{})
		}, true, func(w io.Writer, s Settings) (Merger, error) {
			return csv.NewMerged(w, csv.Options{})
		}},
}

// Lookup returns the format with the given name; an unknown name is an error that lists the known ones.
func Lookup(name string) (Format, error) {
	for _, f := range Formats {
		if f.Name == strings.ToLower(strings.TrimSpace(name)) {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q (known formats: %s)", name, strings.Join(Names(), ", "))
}

// Names returns the names of all formats, sorted.
func Names() []string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	sort.Strings(names)
	return names
}

// Parse reads a --to list such as "pdf,xlsx" into formats, in the order given, without duplicates.
// An empty list means the default formats: every one but the extras (nt, csv).
func Parse(list string) ([]Format, error) {
	if strings.TrimSpace(list) == "" {
		var out []Format
		for _, f := range Formats {
			if !f.Extra {
				out = append(out, f)
			}
		}
		return out, nil
	}
	var out []Format
	seen := map[string]bool{}
	for _, name := range strings.Split(list, ",") {
		if strings.TrimSpace(name) == "" {
			continue
		}
		f, err := Lookup(name)
		if err != nil {
			return nil, err
		}
		if !seen[f.Name] {
			seen[f.Name] = true
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no format named in %q (known formats: %s)", list, strings.Join(Names(), ", "))
	}
	return out, nil
}
