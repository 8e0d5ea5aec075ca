// Package batch exports many inputs at once: it expands the command line's files, folders, globs
// and standard input into inputs, reads each into a biography, and writes every format for it into
// one folder. One input's failure never costs another its export, and no half-written file is left
// behind.
package batch

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/vita-project/vita/exporters"
	"github.com/vita-project/vita/importers"
	"github.com/vita-project/vita/model"
)

// An Input is one document to export: its name for messages, and how to read it.
type Input struct {
	Name string
	Read func() ([]byte, error)
	// Source credits an input that does not name its own source (the embedded sample).
	Source model.Source
}

// FileInput reads the named file; "-" is standard input.
func FileInput(name string) Input {
	if name == "-" {
		return Input{Name: "-", Read: func() ([]byte, error) { return io.ReadAll(os.Stdin) }}
	}
	return Input{Name: name, Read: func() ([]byte, error) { return os.ReadFile(name) }}
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
}

// Result is what became of one input.
type Result struct {
	Input string
	ID    string   // the biography's id, which names its files
	Files []string // the files written
	Note  string   // something the user should know, such as a renamed output
	Err   error
}

// Run exports every input in every format into opts.OutDir, which it creates. Results come in
// input order. Two inputs whose biographies share an id are told apart deterministically: the
// later one's files get "-2", "-3", … and a note says so.
func Run(inputs []Input, opts Options) []Result {
	results := make([]Result, len(inputs))
	bios := make([]*model.Biography, len(inputs))
	parallel(len(inputs), opts.Jobs, func(i int) {
		results[i].Input = inputs[i].Name
		bios[i], results[i].Err = read(inputs[i])
	})
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		for i := range results {
			if results[i].Err == nil {
				results[i].Err = fmt.Errorf("%s: %w", opts.OutDir, err)
			}
		}
		return results
	}
	taken := map[string]string{}
	for i, b := range bios {
		if b == nil {
			continue
		}
		id := b.ID
		if id == "" {
			id = model.Slug(b.Name)
		}
		name := id
		for n := 2; taken[name] != ""; n++ {
			name = fmt.Sprintf("%s-%d", id, n)
		}
		if name != id {
			results[i].Note = fmt.Sprintf("written as %s: %s already names the export of %s", name, id, taken[id])
		}
		taken[name] = inputs[i].Name
		results[i].ID = name
	}
	parallel(len(inputs), opts.Jobs, func(i int) {
		if bios[i] == nil {
			return
		}
		for _, f := range opts.Formats {
			path := filepath.Join(opts.OutDir, results[i].ID+f.Ext)
			err := WriteFile(path, func(w io.Writer) error { return f.Write(w, bios[i], opts.Settings) })
			if err != nil {
				results[i].Err = fmt.Errorf("%s: %s export: %w", inputs[i].Name, f.Name, err)
				return
			}
			results[i].Files = append(results[i].Files, path)
		}
	})
	return results
}

func read(in Input) (*model.Biography, error) {
	data, err := in.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, unwrapPath(err))
	}
	return importers.Read(in.Name, data, importers.Options{Source: in.Source})
}

// parallel calls f(0) … f(n-1) on at most jobs goroutines.
func parallel(n, jobs int, f func(i int)) {
	jobs = max(1, min(jobs, n))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// WriteFile writes a file through a hidden temporary file in the same folder, renamed into place
// only when write succeeds, so a reader never sees a half-written file and a failed export leaves
// the earlier file, if any, as it was.
func WriteFile(path string, write func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
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
	return os.Rename(tmp.Name(), path)
}
