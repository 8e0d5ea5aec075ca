// Package memtest measures the memory a test or benchmark uses: the peak heap in use and the peak
// memory obtained from the operating system, sampled in the background.
package memtest

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A Peak samples memory every few milliseconds until its test ends, and on every Sample.
type Peak struct {
	heap, sys atomic.Uint64
}

// Watch starts a Peak after a garbage collection, sampling every interval until tb ends.
func Watch(tb testing.TB, interval time.Duration) *Peak {
	runtime.GC()
	p := &Peak{}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				p.Sample()
			}
		}
	}()
	tb.Cleanup(func() { close(stop); wg.Wait() })
	return p
}

// Sample takes one sample now.
func (p *Peak) Sample() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	raise(&p.heap, m.HeapInuse)
	raise(&p.sys, m.Sys)
}

func raise(peak *atomic.Uint64, now uint64) {
	for old := peak.Load(); now > old && !peak.CompareAndSwap(old, now); old = peak.Load() {
	}
}

// Heap returns the highest heap in use seen so far, after a last sample; Sys the highest memory
// obtained from the OS.
func (p *Peak) Heap() uint64 { p.Sample(); return p.heap.Load() }

// Sys: see Heap.
func (p *Peak) Sys() uint64 { p.Sample(); return p.sys.Load() }
