package batch

import (
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/vita-project/vita/model"
)

// DefaultMaxSize is the largest input Export reads when Options.MaxSize is 0: far more than any
// biography, small enough that a wrong file (a video, a disk image) is refused at once.
const DefaultMaxSize = 64 << 20

// A Shard is the I-th of N shares of a stream of inputs (1 ≤ I ≤ N): the inputs whose index in the
// stream, counted from 0 after Expand and ExpandDumps, is I-1 modulo N. The shares are disjoint,
// cover the stream, and do not depend on the machine, so N processes given 1/N … N/N export
// every input once. The zero Shard is the whole stream.
type Shard struct{ I, N int }

// ParseShard reads "I/N", as given to --shard.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return Shard{}, fmt.Errorf("shard %q: want I/N with 1 ≤ I ≤ N, such as 1/4", s)
	}
	return Shard{i, n}, nil
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.I, s.N) }

// Of returns the shard's inputs of the stream. Every input of the stream is still produced (a dump
// is read whole by every shard), but only the shard's ones are passed on, to be read and exported.
func (s Shard) Of(inputs iter.Seq[Input]) iter.Seq[Input] {
	if s.N <= 1 {
		return inputs
	}
	return func(yield func(Input) bool) {
		k := 0
		for in := range inputs {
			mine := k%s.N == s.I-1
			k++
			if mine && !yield(in) {
				return
			}
		}
	}
}

// ParseSize reads a size in bytes, as given to --max-size: a number with an optional unit, "k",
// "KiB", "M", "MiB", "G" or "GiB" (all powers of 1024), or "KB", "MB", "GB" (powers of 1000).
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := len(t)
	for i > 0 && (t[i-1] < '0' || t[i-1] > '9') {
		i--
	}
	units := map[string]int64{"": 1, "b": 1, "k": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mib": 1 << 20,
		"g": 1 << 30, "gib": 1 << 30, "kb": 1e3, "mb": 1e6, "gb": 1e9}
	unit, ok := units[strings.ToLower(strings.TrimSpace(t[i:]))]
	n, err := strconv.ParseInt(t[:i], 10, 64)
	if !ok || err != nil || n < 1 || n > (1<<62)/unit {
		return 0, fmt.Errorf("size %q: want a number of bytes, such as 64MiB, 500k or 1000000", s)
	}
	return n * unit, nil
}

// sizeString writes a size for messages: "64 MiB", "500 KiB", "1000 bytes".
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// maxNameLen bounds a file's base name (without extension, "-2" and the like), well under the
// 255 bytes most file systems allow.
const maxNameLen = 100

// reserved are names Windows keeps for devices, whatever the extension ("con.pdf" too).
var reserved = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true}

// FileName is the base name, without extension, of the files of a biography with the given id: the
// id itself when it is a slug, as ids are (model.Validate and model.Slug see to that), and
// otherwise the slug of it, so that no id can name a path outside the output folder or a hidden
// file. A long one is cut at a hyphen to at most 100 bytes, and a name Windows keeps for a device
// ("con", "nul", "aux", "com1" …) gets "-person" after it: "nul-person.pdf".
func FileName(id string) string {
	name := id
	if !slug(name) {
		name = model.Slug(id)
	}
	if len(name) > maxNameLen {
		name = name[:maxNameLen]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		name = strings.TrimRight(name, "-")
	}
	if reserved[name] {
		name += "-person"
	}
	return name
}

func slug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
