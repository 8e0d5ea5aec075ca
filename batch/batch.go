// Package batch exports many inputs at once: it expands the command line's files, folders, globs
// and standard input into inputs, reads each into a biography, and writes every format for it into
// one folder. One input's failure never costs another its export, and no half-written file is left
// behind.
//
// Inputs are a stream: a MediaWiki dump (importers/dump) becomes one input per biography in it,
// read one page at a time, and Export holds only a few inputs per job at once, so a dump of any
// size is exported in the same memory.
package batch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vita-project/vita/exporters"
	"github.com/vita-project/vita/importers"
	"github.com/vita-project/vita/importers/dump"
	"github.com/vita-project/vita/model"
)

// An Input is one document to export: its name for messages, and how to read it.
type Input struct {
	Name string
	Read func() ([]byte, error)
	// Open, when set, opens the input as a stream, which lets ExpandDumps look inside a file
	// without reading it whole.
	Open func() (io.ReadCloser, error)
	// Source credits an input that does not name its own source (the embedded sample).
	Source model.Source
	// Title is the article's title when the input does not carry it, as a page of a dump.
	Title string
	// Skipped, when set, says why the input is passed over rather than exported (a page of a
	// dump that is not a biography); Export counts it and does not read it.
	Skipped string
}

// FileInput reads the named file; "-" is standard input.
func FileInput(name string) Input {
	if name == "-" {
		return Input{Name: "-", Read: func() ([]byte, error) { return io.ReadAll(os.Stdin) },
			Open: func() (io.ReadCloser, error) { return io.NopCloser(os.Stdin), nil }}
	}
	return Input{Name: name, Read: func() ([]byte, error) { return os.ReadFile(name) },
		Open: func() (io.ReadCloser, error) { return os.Open(name) }}
}

// inputExt are the extensions of files that a folder's walk picks up.
var inputExt = map[string]bool{".txt": true, ".text": true, ".wiki": true, ".wikitext": true,
	".mediawiki": true, ".yaml": true, ".yml": true, ".json": true}

// Expand turns command-line arguments into inputs, in argument order: a file as itself, "-" as
// standard input, a folder as every article and model file below it (by extension, hidden files and
// folders skipped, in lexical order), and a glob as the files it matches. An argument that names
// nothing is an error.
func Expand(args []string) ([]Input, error) {
	var out []Input
	for _, arg := range args {
		if arg == "-" {
			out = append(out, FileInput(arg))
			continue
		}
		paths := []string{arg}
		if strings.ContainsAny(arg, "*?[") {
			m, err := filepath.Glob(arg)
			if err != nil {
				return nil, fmt.Errorf("%s: bad pattern: %w", arg, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("%s: no file matches", arg)
			}
			paths = m
		}
		for _, p := range paths {
			info, err := os.Stat(p)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, unwrapPath(err))
			}
			if !info.IsDir() {
				out = append(out, FileInput(p))
				continue
			}
			var found []string
			err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				hidden := strings.HasPrefix(d.Name(), ".") && path != p
				switch {
				case d.IsDir() && hidden:
					return filepath.SkipDir
				case !d.IsDir() && !hidden && inputExt[strings.ToLower(filepath.Ext(path))]:
					found = append(found, path)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			sort.Strings(found)
			for _, f := range found {
				out = append(out, FileInput(f))
			}
		}
	}
	return out, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// Options say what to write and where.
type Options struct {
	Formats  []exporters.Format
	OutDir   string
	Jobs     int // inputs read and written at once; 0 or less means 1
	Settings exporters.Settings
	// Merge writes one file per format for all the inputs, OutDir/positions.EXT, instead of files
	// for each person; only formats with a Merged writer can (xlsx, csv).
	Merge bool
	// MaxSize is the largest input, in bytes, that is read (a page of a dump counts, not the
	// dump); a larger one fails with an error that names it and the limit. 0 means
	// DefaultMaxSize, less than 0 no limit.
	MaxSize int64
	// Timeout, when more than 0, bounds the time an input takes to be read and written (not the
	// time it waits for its turn). An input that takes longer fails ("took longer than 60s") and
	// the export goes on; the goroutine doing its work cannot be stopped and is left to finish or
	// hang on its own, and whatever it would still write is thrown away. So a stuck input costs a
	// goroutine, and its memory, until the process ends.
	Timeout time.Duration
	// Shard, when set, exports only its share of the inputs (see Shard).
	Shard Shard
	// NoClobber leaves a file that exists already as it is, and says so in the result's note
	// ("exists, not replaced"); an input whose every file exists is skipped.
	NoClobber bool

	keep bool // hand each biography to the result (ExportMerged)
}

// MergedName is the base name of the files an Options.Merge export writes.
const MergedName = "positions"

// NotReplaced starts the note of a file that Options.NoClobber left as it was.
const NotReplaced = "exists, not replaced"

// Result is what became of one input.
type Result struct {
	Input    string
	ID       string   // the biography's id, which names its files
	Files    []string // the files written
	Note     string   // something the user should know, such as a renamed output
	Warnings []string // what the exports could not show as written (exporters.Settings.Warn)
	Skipped  string   // why the input was passed over, when it was (Input.Skipped)
	Err      error

	bio *model.Biography // kept for ExportMerged, which takes it in input order
}

// Summary counts what became of the inputs of an Export.
type Summary struct {
	Exported int // inputs whose every file was written
	Failed   int // inputs that could not be read or written
	Skipped  int // inputs passed over: pages of dumps that are not biographies
}

// ExpandDumps streams inputs, with each MediaWiki XML export or dump among them (dump.IsDump, by
// a look at the start of an input that can be opened) in place of its pages, read one at a time:
// an input for each biography (dump.IsBiography), named "FILE:Title", and a skipped input for
// every other page. An export of a single page is that page's article, as before: it is exported
// whatever it is about. A dump that cannot be read to its end gives, after the pages before the
// damage, an input that fails with the reason.
//
// An input that is not a dump is read (by Read, or by Open, which Export uses to read no more
// than Options.MaxSize) from the stream that was opened to look at it, so it can be read only once.
func ExpandDumps(inputs []Input) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for _, in := range inputs {
			if in.Open == nil {
				if !yield(in) {
					return
				}
				continue
			}
			rc, err := in.Open()
			if err != nil {
				if !yield(in) { // its Read fails in the same way, and says so
					return
				}
				continue
			}
			br := bufio.NewReaderSize(rc, 64<<10)
			head, _ := br.Peek(512)
			if !dump.IsDump(in.Name, head) {
				in.Read = func() ([]byte, error) {
					defer rc.Close()
					return io.ReadAll(br)
				}
				in.Open = func() (io.ReadCloser, error) {
					return struct {
						io.Reader
						io.Closer
					}{br, rc}, nil
				}
				if !yield(in) {
					rc.Close()
					return
				}
				continue
			}
			more := dumpInputs(in.Name, br, yield)
			rc.Close()
			if !more {
				return
			}
		}
	}
}

// dumpInputs yields the inputs of a dump's pages and reports whether to go on. It holds back the
// first page until the second is read, to tell a single-page export from a dump.
func dumpInputs(name string, r io.Reader, yield func(Input) bool) bool {
	rd := dump.NewReader(r)
	var first *dump.Page
	for n := 0; ; n++ {
		p, err := rd.Next()
		if err == io.EOF {
			break
		}
		if first != nil && !yield(pageInput(name, rd.Site(), *first, false)) {
			return false
		}
		first = nil
		if err != nil {
			return yield(Input{Name: name, Read: func() ([]byte, error) { return nil, err }})
		}
		if n == 0 {
			first = &p
			continue
		}
		if !yield(pageInput(name, rd.Site(), p, false)) {
			return false
		}
	}
	return first == nil || yield(pageInput(name, rd.Site(), *first, true))
}

// pageInput makes a page of a dump an input; alone, a page is exported whatever it is about.
func pageInput(file string, site dump.Site, p dump.Page, alone bool) Input {
	in := Input{Name: file + ":" + p.Title, Title: p.Title,
		Source: model.Source{Title: p.Title, Publisher: site.Name, URL: site.URL(p.Title)}}
	switch {
	case alone || dump.IsBiography(p):
		text := p.Text
		in.Read = func() ([]byte, error) { return text, nil }
	case p.Namespace != 0:
		in.Skipped = fmt.Sprintf("not an article (namespace %d)", p.Namespace)
	case p.Redirect:
		in.Skipped = "a redirect"
	default:
		in.Skipped = "not a biography"
	}
	return in
}

// Run exports every input in every format into opts.OutDir, which it creates, and returns the
// results in input order: it is Export of ExpandDumps(inputs), with the results collected (a
// dump's skipped pages have results too).
func Run(inputs []Input, opts Options) []Result {
	var results []Result
	Export(ExpandDumps(inputs), opts, func(r Result) { results = append(results, r) })
	return results
}

// task is an input on its way through Export.
type task struct {
	in    Input
	bio   *model.Biography
	res   Result
	read  chan struct{} // closed when the input has been read, or has failed to be
	done  chan struct{} // closed when the result is final
	write bool          // read and named: the task's files are to be written
	spent time.Duration // the time the reading took, out of opts.Timeout
}

// Export exports every input of the stream in every format into opts.OutDir, which it creates,
// and calls each (when not nil) with each input's result, in input order. Two inputs whose
// biographies share an id are told apart deterministically: the earlier keeps the id, the later
// ones' files get "-2", "-3", … and a note says so.
//
// opts.Jobs goroutines read and write; at most 4×Jobs inputs are in hand at once (being read,
// waiting for their turn to be named, being written or waiting to be reported), so memory stays
// flat however long the stream. What grows is the table of the ids taken, which holds each id and
// the name of the input that took it, some hundred bytes a biography.
//
// Only the inputs of opts.Shard are exported; each input is read up to opts.MaxSize and read and
// written within opts.Timeout.
func Export(inputs iter.Seq[Input], opts Options, each func(Result)) Summary {
	inputs = opts.Shard.Of(inputs)
	jobs := max(1, opts.Jobs)
	window := 4 * jobs
	mkdirErr := os.MkdirAll(opts.OutDir, 0o755)
	if mkdirErr == nil {
		CleanStale(opts.OutDir) // a killed run's leftovers; an error here costs nothing but tidiness
	}

	slots := make(chan struct{}, window)  // a slot for each task in hand
	naming := make(chan *task, window)    // tasks in input order, for the namer
	reporting := make(chan *task, window) // tasks in input order, for the reporter
	work := make(chan *task)              // tasks to read or write, for the workers

	go func() { // the producer
		defer close(naming)
		defer close(reporting)
		for in := range inputs {
			slots <- struct{}{}
			t := &task{in: in, res: Result{Input: in.Name, Skipped: in.Skipped},
				read: make(chan struct{}), done: make(chan struct{})}
			naming <- t
			reporting <- t
			if in.Skipped != "" {
				close(t.read)
				continue
			}
			work <- t
		}
	}()

	var workers sync.WaitGroup
	for range jobs {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for t := range work {
				if t.write {
					t.writeTimed(opts)
					close(t.done)
					continue
				}
				t.readTimed(opts)
				t.in.Read, t.in.Open = nil, nil // the text can go
				close(t.read)
			}
		}()
	}

	namer := make(chan struct{})
	go func() { // the namer: ids in input order, then the task goes back to the workers
		defer close(namer)
		taken := ids{}
		for t := range naming {
			<-t.read
			if t.bio == nil {
				close(t.done)
				continue
			}
			if mkdirErr != nil {
				t.res.Err = fmt.Errorf("%s: %w", opts.OutDir, mkdirErr)
				t.bio = nil
				close(t.done)
				continue
			}
			id := t.bio.ID
			if id == "" {
				id = model.Slug(t.bio.Name)
			}
			id = FileName(id)
			name := id
			for n := 2; taken.has(name); n++ {
				name = fmt.Sprintf("%s-%d", id, n)
			}
			if name != id {
				t.res.Note = fmt.Sprintf("written as %s: %s already names the export of %s", name, id, taken[id])
			}
			taken[name] = t.in.Name
			t.res.ID = name
			t.write = true
			work <- t
		}
	}()

	var sum Summary
	for t := range reporting {
		<-t.done
		switch {
		case t.res.Err != nil:
			sum.Failed++
		case t.res.Skipped != "":
			sum.Skipped++
		default:
			sum.Exported++
		}
		if each != nil {
			each(t.res)
		}
		<-slots
	}
	<-namer
	close(work)
	workers.Wait()
	return sum
}

// ExportMerged is Export with opts.Merge: every biography goes, in input order, into one file per
// format, OutDir/positions.EXT, written through a hidden temporary file and renamed into place
// only when all is written, as WriteFile does. An input that fails is reported and left out; the
// others still go in.
func ExportMerged(inputs iter.Seq[Input], opts Options, each func(Result)) (Summary, error) {
	var mergers []exporters.Merger
	var tmps []*os.File
	var paths []string
	fail := func(err error) (Summary, error) {
		for _, t := range tmps {
			t.Close()
			os.Remove(t.Name())
		}
		return Summary{}, err
	}
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return fail(err)
	}
	for _, f := range opts.Formats {
		if f.Merged == nil {
			return fail(fmt.Errorf("format %s cannot merge many people into one file (xlsx and csv can)", f.Name))
		}
		path := filepath.Join(opts.OutDir, MergedName+f.Ext)
		if _, err := os.Lstat(path); err == nil && opts.NoClobber {
			return fail(fmt.Errorf("%s: %s", path, NotReplaced))
		}
		tmp, err := os.CreateTemp(opts.OutDir, tempPattern(MergedName+f.Ext))
		if err != nil {
			return fail(err)
		}
		tmps = append(tmps, tmp)
		m, err := f.Merged(tmp, opts.Settings)
		if err != nil {
			return fail(fmt.Errorf("%s: %w", path, err))
		}
		mergers, paths = append(mergers, m), append(paths, path)
	}
	per := opts
	per.Formats, per.keep = nil, true
	var addErr error
	sum := Export(inputs, per, func(r Result) {
		if r.bio != nil && addErr == nil {
			for k, m := range mergers {
				if err := m.Add(r.bio); err != nil {
					addErr = fmt.Errorf("%s: %s: %w", paths[k], r.Input, err)
				}
			}
			r.Files = paths
		}
		r.bio = nil
		if each != nil {
			each(r)
		}
	})
	if addErr != nil {
		return fail(addErr)
	}
	for k, m := range mergers {
		err := m.Close()
		if err == nil {
			err = tmps[k].Chmod(0o644)
		}
		if err == nil {
			err = tmps[k].Close()
		}
		if err == nil {
			err = os.Rename(tmps[k].Name(), paths[k])
		}
		if err != nil {
			return fail(fmt.Errorf("%s: %w", paths[k], err))
		}
	}
	return sum, nil
}

// ids are the ids taken, each with the name of the input that took it.
type ids map[string]string

func (m ids) has(id string) bool {
	_, ok := m[id]
	return ok
}

// readTimed reads the task's input within opts.Timeout.
func (t *task) readTimed(opts Options) {
	start := time.Now()
	in, limit := t.in, opts.MaxSize
	if limit == 0 {
		limit = DefaultMaxSize
	}
	type read struct {
		bio *model.Biography
		err error
	}
	r, ok := within(opts.Timeout, func(*atomic.Bool) read {
		b, err := readInput(in, limit)
		return read{b, err}
	})
	t.spent = time.Since(start)
	if !ok {
		t.res.Err = fmt.Errorf("%s: took longer than %s", in.Name, durationString(opts.Timeout))
		return
	}
	t.bio, t.res.Err = r.bio, r.err
}

// writeTimed writes the task's files within what is left of opts.Timeout.
func (t *task) writeTimed(opts Options) {
	defer func() {
		if opts.keep {
			t.res.bio = t.bio
		}
		t.bio = nil
	}()
	type written struct {
		files, kept []string
		err         error
	}
	bio, id, name := t.bio, t.res.ID, t.in.Name
	limit := opts.Timeout
	if limit > 0 {
		limit = max(time.Nanosecond, limit-t.spent)
	}
	var (
		mu       sync.Mutex // a write given up on may still warn
		warnings []string
	)
	settings := opts.Settings
	settings.Warn = func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		warnings = append(warnings, msg)
	}
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		t.res.Warnings = warnings
		warnings = nil // later ones, from a write given up on, are dropped
	}()
	w, ok := within(limit, func(abandoned *atomic.Bool) written {
		var w written
		for _, f := range opts.Formats {
			path := filepath.Join(opts.OutDir, id+f.Ext)
			err := writeFile(path, func(w io.Writer) error { return f.Write(w, bio, settings) }, !opts.NoClobber, abandoned)
			if errors.Is(err, fs.ErrExist) {
				w.kept = append(w.kept, path)
				continue
			}
			if err != nil {
				w.err = fmt.Errorf("%s: %s export: %w", name, f.Name, err)
				return w
			}
			w.files = append(w.files, path)
		}
		return w
	})
	if !ok {
		t.res.Err = fmt.Errorf("%s: took longer than %s", name, durationString(opts.Timeout))
		return
	}
	t.res.Files, t.res.Err = w.files, w.err
	if len(w.kept) > 0 {
		note := NotReplaced + ": " + strings.Join(w.kept, ", ")
		if len(w.files) == 0 && w.err == nil {
			t.res.Skipped = note
			return
		}
		t.res.Note = strings.TrimPrefix(t.res.Note+"; "+note, "; ")
	}
}

// within runs f and returns its result, or gives up after d (when d > 0) and reports false. f
// is told that it was given up on through abandoned, and its goroutine is left to end on its
// own: Go cannot stop it.
func within[T any](d time.Duration, f func(abandoned *atomic.Bool) T) (T, bool) {
	var abandoned atomic.Bool
	if d <= 0 {
		return f(&abandoned), true
	}
	done := make(chan T, 1)
	go func() { done <- f(&abandoned) }()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case v := <-done:
		return v, true
	case <-timer.C:
		abandoned.Store(true)
		var zero T
		return zero, false
	}
}

// durationString writes a limit as a person would: "60s", "1m30s", "250ms".
func durationString(d time.Duration) string {
	if d%time.Second == 0 && d < 10*time.Minute {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return d.String()
}

// readInput reads an input, up to limit bytes (none when limit < 0), and builds its biography.
func readInput(in Input, limit int64) (*model.Biography, error) {
	var data []byte
	var err error
	if in.Open != nil {
		var rc io.ReadCloser
		if rc, err = in.Open(); err == nil {
			var r io.Reader = rc
			if limit >= 0 {
				r = io.LimitReader(rc, limit+1)
			}
			data, err = io.ReadAll(r)
			rc.Close()
		}
	} else {
		data, err = in.Read()
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, unwrapPath(err))
	}
	if limit >= 0 && int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: larger than the size limit of %s", in.Name, sizeString(limit))
	}
	return importers.Read(in.Name, data, importers.Options{Source: in.Source, Title: in.Title})
}

// WriteFile writes a file through a hidden temporary file in the same folder, renamed into place
// only when write succeeds, so a reader never sees a half-written file and a failed export leaves
// the earlier file, if any, as it was.
func WriteFile(path string, write func(w io.Writer) error) error {
	return writeFile(path, write, true, nil)
}

// errAbandoned is what a write given up on by Export (Options.Timeout) ends with.
var errAbandoned = errors.New("given up on")

// writeFile is WriteFile; unless replace, a file that exists already is left as it is and the
// error is fs.ErrExist (checked before writing, and again, atomically where the file system can
// link, when putting the file in place). When abandoned is set by the time write is done, the
// temporary file is removed and nothing is put in place.
func writeFile(path string, write func(w io.Writer) error, replace bool, abandoned *atomic.Bool) (err error) {
	if !replace {
		if _, err := os.Lstat(path); err == nil {
			return fs.ErrExist
		}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if abandoned != nil && abandoned.Load() {
		return errAbandoned
	}
	if replace {
		return os.Rename(tmp.Name(), path)
	}
	if err = os.Link(tmp.Name(), path); err == nil || errors.Is(err, fs.ErrExist) {
		os.Remove(tmp.Name())
		if err != nil {
			return fs.ErrExist
		}
		return nil
	}
	if _, statErr := os.Lstat(path); statErr == nil { // no hard links here: check, then rename
		return fs.ErrExist
	}
	return os.Rename(tmp.Name(), path)
}
