package wikitext_test

import (
	"fmt"

	"github.com/vita-project/vita/importers/wikitext"
)

func ExampleParse() {
	src := `{{Infobox officeholder
| name        = Ann Lee
| office      = [[Springfield City Council|Member of the Springfield City Council]]
| term_start  = {{start date|1998|5|7}}
| birth_date  = {{birth date|1944|2|17}}
}}
'''Ann Lee''' ({{IPAc-en|æ|n}}; born 17 February 1944) is a [[United Kingdom|British]] politician.<ref>{{cite web |url=https://example.org/lee |title=Ann Lee |website=Example}}</ref>

== Career ==
She was elected in 1998.<ref name="a">Smith (2001), p. 5.</ref>

== References ==
{{reflist}}`
	d, err := wikitext.Parse([]byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Sections {
		fmt.Println(s.Level, s.Title, s.Paragraphs)
	}
	fmt.Println(d.BoldNames)
	for _, f := range d.Infobox.Fields {
		fmt.Printf("%s = %s\n", f.Name, f.Value)
	}
	for _, s := range d.Sources {
		fmt.Printf("%q %q %q\n", s.Title, s.Publisher, s.URL)
	}
	// Output:
	// 1  [Ann Lee (born 17 February 1944) is a British politician.]
	// 2 Career [She was elected in 1998.]
	// [Ann Lee]
	// name = Ann Lee
	// office = Member of the Springfield City Council
	// term_start = 7 May 1998
	// birth_date = 17 February 1944
	// "Ann Lee" "Example" "https://example.org/lee"
	// "Smith (2001), p. 5." "" ""
}
