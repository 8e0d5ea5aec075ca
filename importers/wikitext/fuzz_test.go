package wikitext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzParse feeds Parse arbitrary input: it must return, quickly, without panicking, and what it
// returns must hold together.
//
//	go test ./importers/wikitext/ -run '^$' -fuzz FuzzParse -fuzztime 60s -fuzzminimizetime 2s -parallel 1
func FuzzParse(f *testing.F) {
	for _, name := range []string{"magnar-saetre.wiki", "harry-mcpherson.wiki"} {
		if src, err := os.ReadFile(filepath.Join(corpus, "wikitext", name)); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"{{Infobox officeholder\n| name = Ann\n| office = Mayor of X\n| term_start = {{start date|2001|2|3}}\n| office2 = Member of Parliament for Y\n| state3 = Ohio\n| district3 = 2nd\n| party = [[Whig Party (US)|Whig]] (1834–1854)\n| spouse = {{marriage|Bo|1960|1970|end=div.}}\n| rank = Captain (1832–1833)\n| branch = Army\n}}\n'''Ann''' (born 1950) is.",
		strings.Repeat("{{", 10000), strings.Repeat("[[", 10000), strings.Repeat("{{a|[[b|", 3000),
		strings.Repeat("<ref>", 3000), strings.Repeat("<!--", 3000), strings.Repeat("{|\n", 3000),
		strings.Repeat("'''''", 3000), strings.Repeat("}}]]", 3000), strings.Repeat("{", 10000) + strings.Repeat("}", 10000),
		"{{unclosed|a [[unclosed link <ref>unclosed ref <!-- unclosed comment",
		"<ref name=a/><ref name=a>x</ref>{{#tag:ref|y|name=a}}<references>\n<ref name=b>{{cite web|url=http://b|title=B}}</ref>\n</references>",
		"== A ==\n* x\n# y\n; z : w\n{| \n|a\n|}\n<gallery>\nFile:x|y\n</gallery><math>{{x}}</math><nowiki>[[x]]</nowiki>",
		"{{#switch:a|a|b=c}}{{#if:{{{1|}}}|x|y}}{{{{{x}}}}}",
		`\"x\" \ud83d\ude00 \u00e9`,
		"<mediawiki><page><title>T</title><revision><text>'''T''' is.</text></revision></page></mediawiki>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		d, err := Parse(src)
		if took := time.Since(start); took > 2*time.Second {
			t.Fatalf("Parse took %v on %d bytes", took, len(src))
		}
		if err != nil {
			if d != nil {
				t.Fatal("a document and an error")
			}
			return
		}
		if len(d.Sections) == 0 || d.Sections[0].Level != 1 {
			t.Fatalf("no lead section: %+v", d.Sections)
		}
		for _, s := range d.Sections[1:] {
			if s.Level < 2 || s.Level > 6 {
				t.Fatalf("section %q at level %d", s.Title, s.Level)
			}
		}
		for _, s := range d.Sections {
			for _, p := range s.Paragraphs {
				if p == "" || p != strings.TrimSpace(p) {
					t.Fatalf("untidy paragraph %q", p)
				}
			}
		}
		b, err := d.biography(Options{Title: "Ann Lee"})
		if err != nil {
			t.Fatal(err)
		}
		if ps := b.Validate(); ps != nil {
			t.Fatalf("the infobox facts do not validate: %v", ps)
		}
	})
}
