package dump_test

import (
	"fmt"
	"github.com/vita-project/vita/internal/memtest"
	"io"
	"testing"
	"time"

	"github.com/vita-project/vita/exporters"
	"github.com/vita-project/vita/importers"
	"github.com/vita-project/vita/importers/dump"
	"github.com/vita-project/vita/importers/dump/dumptest"
)

// BenchmarkStream streams generated dumps of 1,000 and 10,000 biographies (1–40 KB of wikitext
// each, 11.6 KB on average, and a tenth as many other pages) through Pages, IsBiography,
// importers.Read and the JSON-LD exporter (to io.Discard), on one goroutine. The dump is generated
// as it is read, so the figures are the reader's and the importer's alone. Besides ns/op (a whole
// dump), B/op and MB/s of XML, it reports ms/page and the peak of the heap in use (sampled every
// 20 ms), which stays the same whatever the dump's length:
//
//	go test ./importers/dump/ -run '^$' -bench Stream -benchtime 1x -benchmem
func BenchmarkStream(b *testing.B) {
	jsonld, err := exporters.Lookup("jsonld")
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var size, pages int64
			peak := memtest.Watch(b, 20*time.Millisecond).Heap
			for b.Loop() {
				src := &counter{r: dumptest.New(n, 1)}
				for p, err := range dump.Pages(src) {
					if err != nil {
						b.Fatal(err)
					}
					if !dump.IsBiography(p) {
						continue
					}
					bio, err := importers.Read(p.Title, p.Text, importers.Options{Title: p.Title})
					if err != nil {
						b.Fatal(err)
					}
					if err := jsonld.Write(io.Discard, bio, exporters.Settings{}); err != nil {
						b.Fatal(err)
					}
					pages++
				}
				size = src.n
			}
			b.SetBytes(size)
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(pages), "ms/page")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}

// BenchmarkPages is BenchmarkStream without the importer and exporter: the dump reader's own
// speed and memory.
//
//	go test ./importers/dump/ -run '^$' -bench Pages -benchtime 1x -benchmem
func BenchmarkPages(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var size int64
			peak := memtest.Watch(b, 20*time.Millisecond).Heap
			for b.Loop() {
				src := &counter{r: dumptest.New(n, 1)}
				bios := 0
				for p, err := range dump.Pages(src) {
					if err != nil {
						b.Fatal(err)
					}
					if dump.IsBiography(p) {
						bios++
					}
				}
				if bios != n {
					b.Fatalf("%d biographies, want %d", bios, n)
				}
				size = src.n
			}
			b.SetBytes(size)
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}

// TestPagesMemory reads a generated dump of 2,000 biographies (26 MB of XML) and checks that the
// heap in use never passes a generous bound: the dump is never held whole. (batch's
// TestExportDumpMemory checks the same of a whole export.)
func TestPagesMemory(t *testing.T) {
	const n, bound = 2000, 200 << 20
	peak := memtest.Watch(t, 20*time.Millisecond).Heap
	src := &counter{r: dumptest.New(n, 2)}
	bios, others := 0, 0
	for p, err := range dump.Pages(src) {
		if err != nil {
			t.Fatal(err)
		}
		if dump.IsBiography(p) {
			bios++
		} else {
			others++
		}
	}
	if bios != n || others != dumptest.Others(n) {
		t.Errorf("%d biographies and %d other pages, want %d and %d", bios, others, n, dumptest.Others(n))
	}
	if got := peak(); got > bound {
		t.Errorf("the heap in use peaked at %d MB reading %d MB of XML, want less than %d MB", got>>20, src.n>>20, bound>>20)
	}
	t.Logf("%d MB of XML, peak heap in use %.1f MB", src.n>>20, float64(peak())/(1<<20))
}

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
