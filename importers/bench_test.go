package importers_test

import (
	"os"
	"testing"

	"github.com/vita-project/vita/importers"
)

// BenchmarkReadLongArticle reads the longest plain-text article of the corpus (Abraham Lincoln,
// 94 KB): sections, lead facts, positions and events.
func BenchmarkReadLongArticle(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus/plain/abraham-lincoln.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := importers.Read("abraham-lincoln.txt", data, importers.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
