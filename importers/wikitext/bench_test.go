package wikitext

import (
	"path/filepath"
	"testing"
)

// BenchmarkParse reads the longest article of the corpus, 171 kB with 458 references.
func BenchmarkParse(b *testing.B) {
	_, src := parseFile(b, filepath.Join(corpus, "wikitext", "abraham-lincoln.wiki"))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead reads the same article into a biography, prose extraction included.
func BenchmarkRead(b *testing.B) {
	_, src := parseFile(b, filepath.Join(corpus, "wikitext", "abraham-lincoln.wiki"))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("abraham-lincoln.wiki", src, Options{Title: "Abraham Lincoln"}); err != nil {
			b.Fatal(err)
		}
	}
}
