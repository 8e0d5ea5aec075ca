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
func ScoreCorpus(dir string) ([]Result, error) {
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
		article := filepath.Join(dir, "plain", g.ID+".txt")
		data, err := os.ReadFile(article)
		if err != nil {
			return nil, fmt.Errorf("%s: the article of %s: %w", g.ID, filepath.Base(path), err)
		}
		b, readErr := importers.Read(filepath.Base(article), data, importers.Options{})
		if readErr != nil {
			b = &model.Biography{Name: g.Name}
		}
		r := Score(g, b)
		r.Err = readErr
		results = append(results, r)
	}
	return results, nil
}
