package model

import (
	"fmt"
	"regexp"
	"strings"
)

// A Problem is one thing wrong with a Biography, at a path in the model file's terms:
// `positions[2].end`.
type Problem struct {
	Path    string
	Message string
}

func (p Problem) String() string { return p.Path + ": " + p.Message }

// Problems is every problem Validate found; as an error it lists them one per line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate checks what the types alone cannot: required fields, slugs, references between
// organisations, positions and events, known event kinds, and dates in order. It returns every
// problem it finds, in model-file order, or nil.
func (b *Biography) Validate() Problems {
	var ps Problems
	add := func(path, format string, args ...any) {
		ps = append(ps, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(b.Name) == "" {
		add("name", "is empty; every biography needs the person's name")
	}
	if b.ID != "" && !slugPattern.MatchString(b.ID) {
		add("id", "%q is not a slug (lower-case ASCII letters, digits and single hyphens)", b.ID)
	}
	if b.Born != nil && b.Died != nil && b.Died.Date.Before(b.Born.Date) {
		add("died.date", "%s is before birth %s", b.Died.Date, b.Born.Date)
	}
	ids := map[string]int{}
	for i, o := range b.Organizations {
		p := fmt.Sprintf("organizations[%d]", i)
		switch {
		case o.ID == "":
			add(p+".id", "is empty")
		case !slugPattern.MatchString(o.ID):
			add(p+".id", "%q is not a slug (lower-case ASCII letters, digits and single hyphens)", o.ID)
		}
		if j, dup := ids[o.ID]; dup && o.ID != "" {
			add(p+".id", "%q is already the id of organizations[%d]", o.ID, j)
		} else {
			ids[o.ID] = i
		}
		if strings.TrimSpace(o.Name) == "" {
			add(p+".name", "is empty")
		}
	}
	for i, o := range b.Organizations {
		if o.PartOf == "" {
			continue
		}
		p := fmt.Sprintf("organizations[%d].part_of", i)
		if _, ok := ids[o.PartOf]; !ok {
			add(p, "%q is not the id of any organization", o.PartOf)
		} else if cyclic(b, o.ID) {
			add(p, "%q makes a cycle: an organization cannot be part of itself", o.PartOf)
		}
	}
	ref := func(path, id string) {
		if _, ok := ids[id]; id != "" && !ok {
			add(path, "%q is not the id of any organization%s", id, suggestion(id, b.Organizations))
		}
	}
	for i, pos := range b.Positions {
		p := fmt.Sprintf("positions[%d]", i)
		if strings.TrimSpace(pos.Role) == "" {
			add(p+".role", "is empty")
		}
		ref(p+".organization", pos.Organization)
		if pos.End.Before(pos.Start) {
			add(p+".end", "%s is before start %s", pos.End, pos.Start)
		}
	}
	for i, e := range b.Events {
		p := fmt.Sprintf("events[%d]", i)
		if !e.Kind.Known() {
			add(p+".kind", "%q is not an event kind%s", e.Kind, kindSuggestion(string(e.Kind)))
		}
		ref(p+".organization", e.Organization)
	}
	for i, s := range b.Sections {
		if s.Level < 1 || s.Level > 6 {
			add(fmt.Sprintf("sections[%d].level", i), "%d is not a heading level (1–6)", s.Level)
		}
	}
	return ps
}

// cyclic reports whether following part_of from the organisation id leads back to it.
func cyclic(b *Biography, id string) bool {
	seen := map[string]bool{}
	for o := b.Organization(id); o != nil && o.PartOf != "" && !seen[o.PartOf]; o = b.Organization(o.PartOf) {
		if o.PartOf == id {
			return true
		}
		seen[o.PartOf] = true
	}
	return false
}

func suggestion(id string, orgs []Organization) string {
	names := make([]string, len(orgs))
	for i, o := range orgs {
		names[i] = o.ID
	}
	if s := Closest(id, names); s != "" {
		return fmt.Sprintf(" (did you mean %q?)", s)
	}
	return ""
}

func kindSuggestion(k string) string {
	names := make([]string, len(EventKinds))
	for i, e := range EventKinds {
		names[i] = string(e)
	}
	if s := Closest(k, names); s != "" {
		return fmt.Sprintf(" (did you mean %q?)", s)
	}
	return " (known kinds: " + strings.Join(names, ", ") + ")"
}

// Closest returns the candidate nearest to s in edit distance, if it is near enough to be a
// plausible misspelling (at most one edit, or a third of its letters for longer words), or "".
func Closest(s string, candidates []string) string {
	best, bestDist := "", max(1, len([]rune(s))/3)+1
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Damerau–Levenshtein distance (with adjacent transpositions, so "bron" is one
// edit from "born").
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
