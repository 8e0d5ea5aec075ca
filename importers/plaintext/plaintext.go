// Package plaintext reads a biography article in the plain-text layout of Wikipedia's text
// exports: a title line `= Name =`, headings `== Section ==` and `=== Subsection ===` (with or
// without spaces inside the equals signs), and paragraphs separated by blank lines.
package plaintext

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// heading matches a line of equals signs around a title: "== Early life and career==".
var heading = lazyre.New(`^(=+)\s*(.*?)\s*(=+)\s*$`)

// listItem matches a line that starts a list item, which is a paragraph of its own.
var listItem = lazyre.New(`^\s*(?:[*•#-]|\d+[.)])\s+`)

// strayRef matches footnote markup that text exports sometimes leave behind: <ref>…</ref>, <ref …/>.
var strayRef = lazyre.New(`<ref(?:\s[^>]*)?/>|<ref(?:\s[^>]*)?>.*?</ref>`)

// Parse reads the article's structure: its title and its sections in order. The lead (the text
// before the first heading below the title) is the first section, at level 1, titled with the
// article's title. Lines of one paragraph are joined with a space. A file without a title line
// takes its title from the first heading-free line's subject later, in Read; here it is "".
func Parse(data []byte) (title string, sections []model.Section, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	sections = []model.Section{{Level: 1}}
	var para []string
	flush := func() {
		if len(para) > 0 {
			s := &sections[len(sections)-1]
			if text := strings.TrimSpace(strayRef.ReplaceAllString(strings.Join(para, " "), "")); text != "" {
				s.Paragraphs = append(s.Paragraphs, text)
			}
			para = nil
		}
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \t\r")
		if m := heading.FindStringSubmatch(text); m != nil && m[2] != "" {
			flush()
			level := min(len(m[1]), len(m[3]))
			if level > 6 {
				return "", nil, fmt.Errorf("line %d: %q: a heading has at most six equals signs", line, text)
			}
			if level == 1 {
				if title != "" || len(sections) > 1 || len(sections[0].Paragraphs) > 0 {
					return "", nil, fmt.Errorf("line %d: %q: a second title line; the title `= Name =` comes first, once", line, text)
				}
				title = m[2]
				sections[0].Title = title
				continue
			}
			sections = append(sections, model.Section{Title: m[2], Level: level})
			continue
		}
		switch {
		case strings.TrimSpace(text) == "":
			flush()
		case listItem.MatchString(text):
			flush()
			para = append(para, strings.TrimSpace(text))
		default:
			para = append(para, strings.TrimSpace(text))
		}
	}
	if err := sc.Err(); err != nil {
		return "", nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	flush()
	if sections[0].Title == "" && len(sections[0].Paragraphs) == 0 {
		sections = sections[1:] // no title and no lead
	}
	return title, sections, nil
}
