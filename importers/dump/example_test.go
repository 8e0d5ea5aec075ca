package dump_test

import (
	"fmt"
	"os"

	"github.com/vita-project/vita/importers/dump"
)

// Pages reads a dump as it is, bzip2-compressed or not, one page at a time.
func ExamplePages() {
	f, err := os.Open("testdata/export.xml.bz2")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	for p, err := range dump.Pages(f) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-22s ns %d, %3d bytes, biography: %v\n", p.Title, p.Namespace, len(p.Text), dump.IsBiography(p))
	}
	// Output:
	// Ann Lee (poet)         ns 0, 241 bytes, biography: true
	// Talk:Ann Lee (poet)    ns 1,  31 bytes, biography: false
	// Ann Leigh              ns 0,  28 bytes, biography: false
	// Юлия Кръстева          ns 0, 135 bytes, biography: true
	// Andover                ns 0,  77 bytes, biography: false
}
