package score

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/vita-project/vita/importers"
	"github.com/vita-project/vita/model"
)

// ScoreCorpus reads every gold file DIR/gold/NAME.json, reads the article DIR/plain/NAME.txt with
// importers.Read and scores it, in the order of the gold files' names. An article the importer
// refuses is scored as an empty biography, with the error in its Result; a gold file that cannot be
// read, or an article that is missing, is an error.
func ScoreCorpus(dir string) ([]Result, error) { return ScoreArticles(dir, Plain) }

// An Input is which version of the corpus's articles to read.
type Input struct {
	Folder, Ext string
}

// The corpus's two versions of an article.
var (
	Plain    = Input{"plain", ".txt"}
	Wikitext = Input{"wikitext", ".wiki"}
)

// ScoreArticles is ScoreCorpus over one version of the articles. For wikitext, gold files whose
// article has no wikitext version are left out, and the article's title (the gold's name) is passed
// as the wikitext has none of its own.
func ScoreArticles(dir string, in Input) ([]Result, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("%s: no gold files (gold/*.json)", dir)
	}
	var results []Result
	for _, path := range golds {
		g, err := LoadGold(path)
		if err != nil {
			return nil, err
		}
		article := filepath.Join(dir, in.Folder, g.ID+in.Ext)
		data, err := os.ReadFile(article)
		if err != nil && in != Plain && os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: the article of %s: %w", g.ID, filepath.Base(path), err)
		}
		opts := importers.Options{}
		if in == Wikitext {
			opts.Title = g.Name
		}
		b, readErr := importers.Read(filepath.Base(article), data, opts)
		if readErr != nil {
			b = &model.Biography{Name: g.Name}
		}
		r := Score(g, b)
		r.Err = readErr
		results = append(results, r)
	}
	return results, nil
}
