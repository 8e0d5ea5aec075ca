// Command gendump writes a MediaWiki XML dump of invented biographies (importers/dump/dumptest) to
// standard output, for measuring vita on many articles:
//
//	go run ./cmd/gendump -n 1000 > /tmp/bios.xml
//	/usr/bin/time -f "%e s %M KB" vita export --out /tmp/out /tmp/bios.xml
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vita-project/vita/importers/dump/dumptest"
)

func main() {
	n := flag.Int("n", 1000, "how many biographies")
	seed := flag.Uint64("seed", 1, "the seed of the invented biographies")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	if _, err := io.Copy(w, dumptest.New(*n, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "gendump:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gendump:", err)
		os.Exit(1)
	}
}
