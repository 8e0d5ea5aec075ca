// Package score measures how well vita reads an article: it compares the biography an importer
// extracts with a hand-checked gold file and counts what matches, what is missed and what is made up,
// following the rules of testdata/corpus/gold/README.md.
package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/vita-project/vita/model"
)

// Gold is what a careful reader finds in one article: the facts of gold/README.md, with its dates
// read into model dates at the precision the file writes them.
type Gold struct {
	ID          string // the file's base name ("peter-willsman"), which names the article too
	Name        string
	FullName    string
	BirthDate   model.Date
	BirthPlace  string
	DeathDate   model.Date
	DeathPlace  string
	Nationality string // the demonym as the article writes it: "Bulgarian-French"
	Occupations []string
	Positions   []GoldPosition
	Events      []GoldEvent
}

// GoldPosition is one spell in one role. Organization is free text in the article's wording and may
// hold an acronym in brackets: "Transport and General Workers' Union (TGWU)".
type GoldPosition struct {
	Role         string
	Organization string
	Start, End   model.Date
	Note         string // the file's _note: how a date was derived, or why it is missing
}

// GoldEvent is something that happened; a zero Date means the article gives none.
type GoldEvent struct {
	Date model.Date
	Kind model.EventKind
	Text string
}

// goldFile is the JSON layout of a gold file.
type goldFile struct {
	Name        string   `json:"name"`
	FullName    string   `json:"full_name"`
	BirthDate   string   `json:"birth_date"`
	BirthPlace  string   `json:"birth_place"`
	DeathDate   string   `json:"death_date"`
	DeathPlace  string   `json:"death_place"`
	Nationality string   `json:"nationality"`
	Occupations []string `json:"occupations"`
	Positions   []struct {
		Role         string `json:"role"`
		Organization string `json:"organization"`
		Start        string `json:"start"`
		End          string `json:"end"`
		Note         string `json:"_note"`
	} `json:"positions"`
	Events []struct {
		Date string `json:"date"`
		Kind string `json:"kind"`
		Text string `json:"text"`
	} `json:"events"`
}

// goldKeys are the top-level keys a gold file may hold: the core schema and the extensions of
// gold/README.md. Keys starting with "_" are notes and always allowed; any other key is a typo
// that would otherwise drop a fact from the scoring without a word.
var goldKeys = map[string]bool{
	"name": true, "full_name": true, "birth_date": true, "birth_place": true, "death_date": true,
	"death_place": true, "nationality": true, "occupations": true, "positions": true, "events": true,
	"party": true, "native_name": true,
}

// positionKeys and eventKeys are the keys of a position and an event; again "_" keys are notes.
var (
	positionKeys = map[string]bool{"role": true, "organization": true, "start": true, "end": true}
	eventKeys    = map[string]bool{"date": true, "kind": true, "text": true}
)

// LoadGold reads the gold file at path; the file's base name becomes the Gold's ID.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseGold(filepath.Base(path), data)
}

// ParseGold reads a gold file. name is the file's name: errors start with it, and without its
// extension it becomes the Gold's ID.
func ParseGold(name string, data []byte) (*Gold, error) {
	fail := func(format string, args ...any) (*Gold, error) {
		return nil, fmt.Errorf("%s: %s", name, fmt.Sprintf(format, args...))
	}
	var f goldFile
	if err := json.Unmarshal(data, &f); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn):
			line, col := lineCol(data, syn.Offset)
			return fail("%d:%d: %v", line, col, err)
		case errors.As(err, &typ):
			line, col := lineCol(data, typ.Offset)
			return fail("%d:%d: %s: a JSON %s, where the gold schema has %s", line, col, typ.Field, typ.Value, kindName(typ.Type))
		}
		return fail("%v", err)
	}
	if err := checkKeys(data); err != nil {
		return fail("%v", err)
	}
	g := &Gold{
		ID:          strings.TrimSuffix(name, filepath.Ext(name)),
		Name:        f.Name,
		FullName:    f.FullName,
		BirthPlace:  f.BirthPlace,
		DeathPlace:  f.DeathPlace,
		Nationality: f.Nationality,
		Occupations: f.Occupations,
	}
	if strings.TrimSpace(g.Name) == "" {
		return fail("name: missing")
	}
	var err error
	if g.BirthDate, err = parseGoldDate(f.BirthDate); err != nil {
		return fail("birth_date: %v", err)
	}
	if g.DeathDate, err = parseGoldDate(f.DeathDate); err != nil {
		return fail("death_date: %v", err)
	}
	for i, p := range f.Positions {
		gp := GoldPosition{Role: p.Role, Organization: p.Organization, Note: p.Note}
		if strings.TrimSpace(p.Role) == "" {
			return fail("positions[%d].role: missing", i)
		}
		if gp.Start, err = parseGoldDate(p.Start); err != nil {
			return fail("positions[%d].start: %v", i, err)
		}
		if gp.End, err = parseGoldDate(p.End); err != nil {
			return fail("positions[%d].end: %v", i, err)
		}
		g.Positions = append(g.Positions, gp)
	}
	for i, e := range f.Events {
		ge := GoldEvent{Kind: model.EventKind(e.Kind), Text: e.Text}
		if !ge.Kind.Known() {
			return fail("events[%d].kind: %q is not an event kind", i, e.Kind)
		}
		if ge.Date, err = parseGoldDate(e.Date); err != nil {
			return fail("events[%d].date: %v", i, err)
		}
		g.Events = append(g.Events, ge)
	}
	return g, nil
}

// checkKeys refuses keys the schema does not know, naming the first in order.
func checkKeys(data []byte) error {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return err
	}
	if err := unknownKey("", top, goldKeys); err != nil {
		return err
	}
	for _, list := range []struct {
		key   string
		known map[string]bool
	}{{"positions", positionKeys}, {"events", eventKeys}} {
		var items []map[string]json.RawMessage
		if raw, ok := top[list.key]; ok {
			if err := json.Unmarshal(raw, &items); err != nil {
				return fmt.Errorf("%s: %w", list.key, err)
			}
		}
		for i, item := range items {
			if err := unknownKey(fmt.Sprintf("%s[%d].", list.key, i), item, list.known); err != nil {
				return err
			}
		}
	}
	return nil
}

func unknownKey(prefix string, obj map[string]json.RawMessage, known map[string]bool) error {
	var bad []string
	for k := range obj {
		if !known[k] && !strings.HasPrefix(k, "_") {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("%s%s: not a key of the gold schema (notes start with _)", prefix, bad[0])
}

// goldDecade is the gold's way of writing a decade: "1970s".
var goldDecade = regexp.MustCompile(`^([0-9]{3})0s$`)

// parseGoldDate reads a gold date: "" (not stated), YYYY, YYYY-MM, YYYY-MM-DD, a decade such as
// "1970s", or any other EDTF date model.ParseDate reads.
func parseGoldDate(s string) (model.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return model.Date{}, nil
	}
	if m := goldDecade.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return model.DecadeOf(y * 10), nil
	}
	return model.ParseDate(s)
}

// lineCol gives the 1-based line and column of the last byte the JSON decoder read before it
// failed: its errors' offsets count the offending byte.
func lineCol(data []byte, offset int64) (line, col int) {
	at := int(min(max(offset-1, 0), int64(len(data))))
	before := data[:at]
	return bytes.Count(before, []byte("\n")) + 1, at - bytes.LastIndexByte(before, '\n')
}

// kindName says what a Go type is in JSON's words.
func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.String:
		return "a string"
	}
	return t.String()
}
