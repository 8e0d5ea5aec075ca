// Package modelfile reads and writes the model file: a Biography as YAML or JSON with the keys of
// DESIGN.md, which a user reviews and corrects by hand. Reading reports every problem it finds at
// once, each as FILE:LINE:COL, with a suggestion for a misspelt key.
package modelfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/vita-project/vita/model"
)

// Format is a model-file syntax.
type Format int

// The two syntaxes of the model file; they use the same keys.
const (
	YAML Format = iota
	JSON
)

// ParseFormat reads "yaml", "yml" or "json".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yaml", "yml", "":
		return YAML, nil
	case "json":
		return JSON, nil
	}
	return 0, fmt.Errorf("unknown model-file format %q (known: yaml, json)", s)
}

// Error is one problem in a model file, where it is.
type Error struct {
	File   string
	Line   int // 1-based; 0 when the problem has no place
	Column int
	Path   string // the key path, as positions[2].end; empty for syntax errors
	Msg    string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one model file, in file order; as an error it prints one per line.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Decode reads a model file in YAML or JSON (JSON is read as the YAML it also is, so both report
// the same positions). name is the file name used in errors. On failure the error is Errors: syntax
// errors, unknown keys (with a suggestion), values of the wrong kind, unparseable dates, and every
// problem of Biography.Validate, each with its line and column.
func Decode(name string, data []byte) (*model.Biography, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, Errors{syntaxError(name, err)}
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil, Errors{{File: name, Line: 1, Column: 1, Msg: "the file is empty; a model file is a mapping with at least a name"}}
	}
	if len(f.Docs) > 1 {
		tk := f.Docs[1].Start
		if tk == nil {
			tk = f.Docs[1].GetToken()
		}
		return nil, Errors{at(name, tk, "", "more than one document; a model file holds one biography")}
	}
	c := &checker{file: name, places: map[string]*token.Token{}}
	body := f.Docs[0].Body
	if !c.check(body, reflect.TypeOf(model.Biography{}), "") {
		return nil, c.sorted()
	}
	var b model.Biography
	if err := yaml.NodeToValue(body, &b); err != nil {
		return nil, append(c.errs, syntaxError(name, err))
	}
	for _, p := range b.Validate() {
		c.errs = append(c.errs, at(name, c.place(p.Path), p.Path, p.Message))
	}
	if len(c.errs) > 0 {
		return nil, c.sorted()
	}
	return &b, nil
}

func at(file string, tk *token.Token, path, msg string) *Error {
	e := &Error{File: file, Path: path, Msg: msg}
	if tk != nil && tk.Position != nil {
		e.Line, e.Column = tk.Position.Line, tk.Position.Column
	}
	return e
}

func syntaxError(file string, err error) *Error {
	var ye yaml.Error
	if errors.As(err, &ye) {
		return at(file, ye.GetToken(), "", ye.GetMessage())
	}
	return &Error{File: file, Msg: err.Error()}
}

// checker walks the syntax tree beside the Go type it must decode into, so that every problem is
// found in one pass and each keeps its place; it also remembers where each path is, for Validate's
// problems.
type checker struct {
	file   string
	errs   Errors
	places map[string]*token.Token
}

func (c *checker) fail(tk *token.Token, path, format string, args ...any) {
	c.errs = append(c.errs, at(c.file, tk, path, fmt.Sprintf(format, args...)))
}

func (c *checker) sorted() Errors {
	sort.SliceStable(c.errs, func(i, j int) bool {
		a, b := c.errs[i], c.errs[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return c.errs
}

// place returns where path is in the file, or where its nearest present parent is.
func (c *checker) place(path string) *token.Token {
	for {
		if tk, ok := c.places[path]; ok {
			return tk
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return c.places[""]
		}
		path = path[:i]
	}
}

var dateType = reflect.TypeOf(model.Date{})

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// check reports the problems of n as a value of type t and reports whether n can be decoded; a
// value that cannot is replaced by null by its parent, so that decoding goes on and Validate can
// still report what else is wrong.
func (c *checker) check(n ast.Node, t reflect.Type, path string) bool {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
			continue
		case *ast.TagNode:
			n = v.Value
			continue
		case *ast.AliasNode:
			return true // the anchor it names is checked where it stands
		}
		break
	}
	if n == nil {
		return true
	}
	if _, seen := c.places[path]; !seen {
		c.places[path] = startOf(n)
	}
	if n.Type() == ast.NullType {
		return true // null is the zero value: no date, no text, no list
	}
	if t == dateType {
		return c.checkDate(n, path)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return c.check(n, t.Elem(), path)
	case reflect.Struct:
		return c.checkStruct(n, t, path)
	case reflect.Slice:
		seq, ok := n.(*ast.SequenceNode)
		if !ok {
			c.fail(n.GetToken(), path, "expected a list, found %s", describe(n))
			return false
		}
		for i, v := range seq.Values {
			if !c.check(v, t.Elem(), fmt.Sprintf("%s[%d]", path, i)) {
				seq.Values[i] = ast.Null(v.GetToken())
			}
		}
	case reflect.String:
		if !isScalar(n) {
			c.fail(n.GetToken(), path, "expected text, found %s", describe(n))
			return false
		}
	case reflect.Int:
		if n.Type() != ast.IntegerType {
			c.fail(n.GetToken(), path, "expected a whole number, found %s", describe(n))
			return false
		}
	}
	return true
}

func (c *checker) checkStruct(n ast.Node, t reflect.Type, path string) bool {
	m, ok := n.(*ast.MappingNode)
	if !ok {
		if mv, single := n.(*ast.MappingValueNode); single {
			m = &ast.MappingNode{Values: []*ast.MappingValueNode{mv}}
		} else {
			c.fail(n.GetToken(), path, "expected a mapping of keys to values, found %s", describe(n))
			return false
		}
	}
	fields := map[string]reflect.StructField{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		fields[key] = f
		names = append(names, key)
	}
	seen := map[string]bool{}
	kept := m.Values[:0]
	for _, mv := range m.Values {
		key := mv.Key.String()
		if s, ok := mv.Key.(*ast.StringNode); ok {
			key = s.Value
		}
		kpath := join(path, key)
		f, known := fields[key]
		switch {
		case !known:
			msg := fmt.Sprintf("unknown key %q", key)
			if s := model.Closest(key, names); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			} else {
				msg += " (known keys: " + strings.Join(names, ", ") + ")"
			}
			c.fail(mv.Key.GetToken(), path, "%s", msg)
			continue
		case seen[key]:
			c.fail(mv.Key.GetToken(), kpath, "the key appears twice")
			continue
		}
		seen[key] = true
		if !c.check(mv.Value, f.Type, kpath) {
			mv.Value = ast.Null(mv.Value.GetToken())
		}
		kept = append(kept, mv)
	}
	m.Values = kept
	return true
}

func (c *checker) checkDate(n ast.Node, path string) bool {
	var v any
	switch s := n.(type) {
	case *ast.StringNode:
		v = s.Value
	case *ast.IntegerNode:
		v = s.Value
	default:
		c.fail(n.GetToken(), path, "expected a date such as \"1944-02\", found %s", describe(n))
		return false
	}
	if _, err := model.DateFromValue(v); err != nil {
		c.fail(n.GetToken(), path, "%v", err)
		return false
	}
	return true
}

// startOf returns the first token of n: for a block mapping, its first key rather than the colon
// that goccy/go-yaml takes for the mapping's token.
func startOf(n ast.Node) *token.Token {
	switch v := n.(type) {
	case *ast.MappingNode:
		if !v.IsFlowStyle && len(v.Values) > 0 {
			return v.Values[0].Key.GetToken()
		}
	case *ast.MappingValueNode:
		return v.Key.GetToken()
	}
	return n.GetToken()
}

func isScalar(n ast.Node) bool {
	switch n.Type() {
	case ast.StringType, ast.LiteralType, ast.IntegerType, ast.FloatType, ast.BoolType,
		ast.InfinityType, ast.NanType:
		return true
	}
	return false
}

func describe(n ast.Node) string {
	switch n.Type() {
	case ast.MappingType, ast.MappingValueType:
		return "a mapping"
	case ast.SequenceType:
		return "a list"
	case ast.IntegerType, ast.FloatType:
		return "the number " + n.String()
	case ast.BoolType:
		return "the boolean " + n.String()
	}
	return strconv.Quote(n.String())
}

// Encode writes b as a model file. Lists that are absent are written as empty lists, so the file
// shows every key a user may fill in.
func Encode(w io.Writer, b *model.Biography, f Format) error {
	c := complete(b)
	switch f {
	case JSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(c)
	case YAML:
		out, err := yaml.MarshalWithOptions(c, yaml.Indent(2), yaml.IndentSequence(true), yaml.UseLiteralStyleIfMultiline(true))
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
	return fmt.Errorf("unknown model-file format %d", f)
}

// complete returns a copy of b whose nil lists are empty, so JSON shows [] rather than null.
func complete(b *model.Biography) *model.Biography {
	c := *b
	nonNil(&c.OtherNames)
	nonNil(&c.Nationality)
	nonNil(&c.Occupations)
	nonNil(&c.Organizations)
	c.Positions = append([]model.Position{}, b.Positions...)
	for i := range c.Positions {
		nonNil(&c.Positions[i].Evidence)
	}
	c.Events = append([]model.Event{}, b.Events...)
	for i := range c.Events {
		nonNil(&c.Events[i].Evidence)
	}
	c.Sections = append([]model.Section{}, b.Sections...)
	for i := range c.Sections {
		nonNil(&c.Sections[i].Paragraphs)
	}
	nonNil(&c.Sources)
	return &c
}

func nonNil[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}
