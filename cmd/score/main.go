// Command score measures vita's extraction against the development corpus: it reads each article in
// DIR/plain with the importers, compares the biography with DIR/gold, and prints a table of figures.
//
//	go run ./cmd/score [-corpus DIR] [-wikitext] [-v]
//
// -wikitext reads DIR/wikitext/NAME.wiki instead, for the articles that have one. -v lists every
// matched, missed and spurious position and event. Exit status: 0 done, 1 a gold file
// or an article could not be read, 2 a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vita-project/vita/internal/score"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "testdata/corpus", "the corpus `DIR`, holding gold/NAME.json and plain/NAME.txt")
	verbose := fs.Bool("v", false, "list every matched, missed and spurious position and event")
	wiki := fs.Bool("wikitext", false, "read the wikitext versions (DIR/wikitext/NAME.wiki) instead of the plain text")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "score: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	in := score.Plain
	if *wiki {
		in = score.Wikitext
	}
	results, err := score.ScoreArticles(*corpus, in)
	if err != nil {
		fmt.Fprintf(stderr, "score: %v\n", err)
		return 1
	}
	if *verbose {
		for _, r := range results {
			if err := score.WriteDetails(stdout, r); err != nil {
				fmt.Fprintf(stderr, "score: %v\n", err)
				return 1
			}
			fmt.Fprintln(stdout)
		}
	}
	if err := score.WriteTable(stdout, results); err != nil {
		fmt.Fprintf(stderr, "score: %v\n", err)
		return 1
	}
	return 0
}
