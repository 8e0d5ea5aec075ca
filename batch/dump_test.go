package batch_test

import (
	"fmt"
	"github.com/vita-project/vita/internal/memtest"
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/vita-project/vita/batch"
	"github.com/vita-project/vita/exporters"
	"github.com/vita-project/vita/importers/dump/dumptest"
)

// generated is a dump of n invented biographies, made as it is read.
func generated(n int, seed uint64) batch.Input {
	return batch.Input{Name: "generated.xml", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(dumptest.New(n, seed)), nil
	}}
}

// TestExportDumpMemory exports a generated dump of 2,000 biographies (26 MB of XML) as JSON-LD
// with two jobs, and checks that the heap in use never passes a generous bound.
func TestExportDumpMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("exports 2,000 articles")
	}
	const n, bound = 2000, 200 << 20
	jsonld, _ := exporters.Lookup("jsonld")
	peak := memtest.Watch(t, 20*time.Millisecond).Heap
	sum := batch.Export(batch.ExpandDumps([]batch.Input{generated(n, 3)}),
		batch.Options{Formats: []exporters.Format{jsonld}, OutDir: t.TempDir(), Jobs: 2}, nil)
	if sum != (batch.Summary{Exported: n, Skipped: dumptest.Others(n)}) {
		t.Errorf("summary %+v", sum)
	}
	if got := peak(); got > bound {
		t.Errorf("the heap in use peaked at %d MB, want less than %d MB", got>>20, bound>>20)
	}
	t.Logf("peak heap in use %.1f MB", float64(peak())/(1<<20))
}

// BenchmarkExportDump exports generated dumps of 1,000 and 10,000 biographies (1–40 KB of
// wikitext each, and a tenth as many other pages) as JSON-LD into a temporary folder, with a job
// per CPU: the whole of `vita export --to jsonld dump.xml`. Besides ns/op (a whole dump), B/op and
// MB/s of XML, it reports ms/page and the peak of the heap in use, which stays the same whatever
// the dump's length:
//
//	go test ./batch/ -run '^$' -bench ExportDump -benchtime 1x -benchmem
func BenchmarkExportDump(b *testing.B) {
	jsonld, _ := exporters.Lookup("jsonld")
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			size := int64(0)
			if m, err := io.Copy(io.Discard, dumptest.New(n, 1)); err == nil {
				size = m
			}
			peak := memtest.Watch(b, 20*time.Millisecond).Heap
			for b.Loop() {
				sum := batch.Export(batch.ExpandDumps([]batch.Input{generated(n, 1)}),
					batch.Options{Formats: []exporters.Format{jsonld}, OutDir: b.TempDir(), Jobs: runtime.NumCPU()}, nil)
				if sum.Exported != n {
					b.Fatalf("summary %+v", sum)
				}
			}
			b.SetBytes(size)
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/page")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}
