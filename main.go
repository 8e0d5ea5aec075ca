// Command vita turns biographies into documents: a plain-text or wikitext article, or a model file,
// becomes a PDF dossier, a spreadsheet of positions held and schema.org JSON-LD.
//
//	vita export [--to pdf,xlsx,jsonld,nt,csv] [--out DIR] [--jobs N] [--merge] [--base IRI]
//	            [--max-size SIZE] [--timeout D] [--shard I/N] [--no-clobber] [--report FILE.json]
//	            [--quiet] [INPUT ...]
//	vita extract INPUT [--format yaml|json] [-o FILE]
//	vita validate INPUT ...
//	vita formats
//
// Exit status: 0 all done, 1 some input failed, 2 usage error.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/vita-project/vita/assets"
	"github.com/vita-project/vita/batch"
	"github.com/vita-project/vita/exporters"
	"github.com/vita-project/vita/importers"
	"github.com/vita-project/vita/model"
	"github.com/vita-project/vita/model/modelfile"
)

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// usageError marks an error in how vita was called (exit status 2), as opposed to a bad input (1).
type usageError struct{ error }

func usage(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

func run(args []string, stdout, stderr io.Writer) int {
	var unknownCommand string
	app := &cli.App{
		Name:      "vita",
		Usage:     "turn biographies into documents: PDF dossier, XLSX positions, JSON-LD",
		Writer:    stdout,
		ErrWriter: stderr,
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		ExitErrHandler:  func(*cli.Context, error) {}, // run decides the exit status
		CommandNotFound: func(_ *cli.Context, name string) { unknownCommand = name },
		Commands: []*cli.Command{
			exportCommand(stderr), extractCommand(), validateCommand(stderr), formatsCommand(),
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
	}
	err := app.Run(flagsFirst(args, app.Commands))
	if unknownCommand != "" {
		fmt.Fprintf(stderr, "vita: unknown command %q (commands: export, extract, validate, formats)\n", unknownCommand)
		return 2
	}
	var ue usageError
	var fe failedInputs
	switch {
	case err == nil:
		return 0
	case errors.As(err, &fe):
		return 1
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "vita: %v\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "vita: %v\n", err)
	return 1
}

// flagsFirst moves a command's flags before its arguments, so that `vita extract FILE --format json`
// works as DESIGN.md writes it: urfave/cli/v2 stops reading flags at the first argument. A flag
// takes a value unless it is a command's boolean flag (--merge, --quiet …) or -h/--help; "--" ends
// the flags.
func flagsFirst(args []string, commands []*cli.Command) []string {
	if len(args) < 3 {
		return args
	}
	var cmd *cli.Command
	for _, c := range commands {
		if c.Name == args[1] {
			cmd = c
		}
	}
	if cmd == nil {
		return args
	}
	bools := map[string]bool{"-h": true, "--help": true}
	for _, f := range cmd.Flags {
		if _, ok := f.(*cli.BoolFlag); ok {
			for _, n := range f.Names() {
				bools["-"+n], bools["--"+n] = true, true
			}
		}
	}
	var flags, rest []string
	for i := 2; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			if !strings.Contains(a, "=") && !bools[a] && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		default:
			rest = append(rest, a)
		}
	}
	return append(append(append([]string{}, args[:2]...), flags...), rest...)
}

// failedInputs says that some inputs failed; each failure has been reported already.
type failedInputs int

func (n failedInputs) Error() string { return fmt.Sprintf("%d input(s) failed", int(n)) }

func exportCommand(stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "export biographies in every chosen format (no INPUT: the embedded sample; a MediaWiki dump: its biographies)",
		ArgsUsage: "[INPUT ...]",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "to", Usage: "formats, comma-separated (see `vita formats`); default: pdf,xlsx,jsonld"},
			&cli.StringFlag{Name: "out", Value: "output", Usage: "the folder to write into"},
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: "inputs exported at once"},
			&cli.BoolFlag{Name: "merge", Usage: "write every person into one file per format, DIR/positions.xlsx (xlsx, csv)"},
			&cli.StringFlag{Name: "base", Usage: "the IRI prefix of linked-data identifiers (jsonld, nt); default urn:vita:"},
			&cli.StringFlag{Name: "max-size", Value: "64MiB", Usage: "the largest input read (a page of a dump, not the dump); larger ones fail"},
			&cli.DurationFlag{Name: "timeout", Value: 60 * time.Second, Usage: "the longest an input may take to read and write; it fails and the rest go on (0: no limit)"},
			&cli.StringFlag{Name: "shard", Usage: "export only the I-th of N shares of the inputs, `I/N` (1-based), for running N processes"},
			&cli.BoolFlag{Name: "no-clobber", Usage: "leave files that exist as they are, and say so"},
			&cli.StringFlag{Name: "report", Usage: "write what became of each input to `FILE.json`"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress lines"},
		},
		Action: func(c *cli.Context) error {
			tuneGC()
			formats, err := exporters.Parse(c.String("to"))
			if err != nil {
				return usageError{err}
			}
			settings, err := settingsFromEnv()
			if err != nil {
				return usageError{err}
			}
			inputs := []batch.Input{sampleInput()}
			if c.NArg() > 0 {
				if inputs, err = batch.Expand(c.Args().Slice()); err != nil {
					return usageError{err}
				}
			}
			settings.Base = c.String("base")
			opts := batch.Options{Formats: formats, OutDir: c.String("out"), Jobs: c.Int("jobs"), Settings: settings,
				Timeout: c.Duration("timeout"), NoClobber: c.Bool("no-clobber")}
			if opts.MaxSize, err = batch.ParseSize(c.String("max-size")); err != nil {
				return usage("--max-size: %v", err)
			}
			if c.Duration("timeout") < 0 {
				return usage("--timeout: %v is less than 0", c.Duration("timeout"))
			}
			if c.IsSet("shard") {
				if opts.Shard, err = batch.ParseShard(c.String("shard")); err != nil {
					return usage("--shard: %v", err)
				}
			}
			con := &batch.Console{Out: c.App.Writer, Err: stderr, Quiet: c.Bool("quiet"),
				Terminal: terminal(stderr), Keep: c.IsSet("report")}
			var sum batch.Summary
			if c.Bool("merge") {
				for _, f := range formats {
					if !c.IsSet("to") || f.Merged == nil {
						return usage("--merge writes one file of many people: give --to xlsx, csv or both")
					}
				}
				if sum, err = batch.ExportMerged(batch.ExpandDumps(inputs), opts, con.MergedResult); err != nil {
					return err
				}
				for _, f := range formats {
					fmt.Fprintln(c.App.Writer, filepath.Join(opts.OutDir, batch.MergedName+f.Ext))
				}
			} else {
				sum = batch.Export(batch.ExpandDumps(inputs), opts, con.Result)
			}
			con.Finish(sum)
			if c.IsSet("report") {
				if err := batch.WriteReport(c.String("report"), con.Entries()); err != nil {
					return err
				}
			}
			if sum.Failed > 0 {
				return failedInputs(sum.Failed)
			}
			return nil
		},
	}
}

// terminal tells whether w is a terminal (a character device), where progress is one line
// rewritten in place rather than a line every few seconds.
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// tuneGC trades memory for speed in an export, unless the user set GOGC or GOMEMLIMIT: documents are
// made and dropped one after another, so the collector may wait for the heap to grow four times
// its live size (GOGC=400) — within a soft limit of 192 MiB, past which it collects as usual.
// Measured on 200 invented biographies (go run ./cmd/gendump -n 200): 2.9–3.0 s and 56 MB peak
// RSS with GOGC=100, 2.1–2.2 s and 124–129 MB so (and 14.5 s against 8.1 s with two other
// processes busy).
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(192 << 20)
	}
}

// sampleInput is the embedded sample article, credited as its licence asks.
func sampleInput() batch.Input {
	return batch.Input{
		Name: assets.SampleName + " (embedded sample)",
		Read: func() ([]byte, error) { return assets.Sample, nil },
		Source: model.Source{Title: assets.SampleTitle, Author: assets.SampleAuthor,
			Publisher: assets.SamplePublisher, URL: assets.SampleURL, License: assets.SampleLicense,
			Note: assets.SampleNote},
	}
}

// settingsFromEnv fixes the time written into documents: SOURCE_DATE_EPOCH when it is set (for
// reproducible output), the clock otherwise.
func settingsFromEnv() (exporters.Settings, error) {
	epoch, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || epoch == "" {
		return exporters.Settings{Time: time.Now().UTC().Truncate(time.Second)}, nil
	}
	secs, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil {
		return exporters.Settings{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", epoch)
	}
	return exporters.Settings{Time: time.Unix(secs, 0).UTC()}, nil
}

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "read an article into a model file, to review and correct",
		ArgsUsage: "INPUT",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "yaml", Usage: "yaml or json"},
			&cli.StringFlag{Name: "o", Aliases: []string{"output"}, Usage: "write to `FILE` instead of standard output"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usage("extract takes one INPUT (a file, or - for standard input)")
			}
			format, err := modelfile.ParseFormat(c.String("format"))
			if err != nil {
				return usageError{err}
			}
			in := batch.FileInput(c.Args().First())
			data, err := in.Read()
			if err != nil {
				return fmt.Errorf("%s: %w", in.Name, err)
			}
			b, err := importers.Read(in.Name, data, importers.Options{})
			if err != nil {
				return err
			}
			write := func(w io.Writer) error { return modelfile.Encode(w, b, format) }
			if out := c.String("o"); out != "" && out != "-" {
				return batch.WriteFile(out, write)
			}
			return write(c.App.Writer)
		},
	}
}

func validateCommand(stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check model files (or articles) and report every problem as FILE:LINE:COL: message",
		ArgsUsage: "INPUT ...",
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usage("validate needs at least one INPUT")
			}
			inputs, err := batch.Expand(c.Args().Slice())
			if err != nil {
				return usageError{err}
			}
			failed := 0
			for _, in := range inputs {
				data, err := in.Read()
				if err == nil {
					var b *model.Biography
					if b, err = importers.Read(in.Name, data, importers.Options{}); err == nil {
						if ps := b.Validate(); ps != nil {
							err = fmt.Errorf("%s: %w", in.Name, ps)
						}
					}
				}
				if err != nil {
					failed++
					fmt.Fprintln(stderr, err)
					continue
				}
				fmt.Fprintf(c.App.Writer, "%s: ok\n", in.Name)
			}
			if failed > 0 {
				return failedInputs(failed)
			}
			return nil
		},
	}
}

func formatsCommand() *cli.Command {
	return &cli.Command{
		Name:  "formats",
		Usage: "list the output formats",
		Action: func(c *cli.Context) error {
			for _, f := range exporters.Formats {
				fmt.Fprintf(c.App.Writer, "%-8s %-8s %s\n", f.Name, f.Ext, f.Description)
			}
			return nil
		},
	}
}
