package batch

import (
	"fmt"
	"io"
	"strings"
)

// Console tells the person who ran an export what became of each input: the files written on Out,
// one a line (so that they can be piped on), and on Err the errors, notes and warnings, a progress
// line unless Quiet, and a summary at the end. Feed it each Result (Export's or ExportMerged's
// callback), then call Finish. It keeps each input's ReportEntry when Keep is set.
type Console struct {
	Out, Err io.Writer
	Quiet    bool
	Terminal bool // Err is a terminal: progress is one line rewritten in place
	Keep     bool // keep the report's entries (Entries)

	progress *Progress
	entries  []ReportEntry
}

func (c *Console) bar() *Progress {
	if c.progress == nil {
		c.progress = &Progress{W: c.Err, Terminal: c.Terminal}
	}
	return c.progress
}

// Result reports one input of Export: its files, or its error; its note and warnings.
func (c *Console) Result(r Result) {
	if c.Keep {
		c.entries = append(c.entries, r.Entry())
	}
	if !c.Quiet {
		defer c.bar().Add(r)
	}
	c.bar().Clear() // on a terminal, the lines below take its place till the next
	switch {
	case strings.HasPrefix(r.Skipped, NotReplaced):
		fmt.Fprintf(c.Err, "note: %s: %s\n", r.Input, r.Skipped)
		return
	case r.Skipped != "":
		return
	case r.Err != nil:
		fmt.Fprintf(c.Err, "error: %v\n", r.Err)
	default:
		for _, f := range r.Files {
			fmt.Fprintf(c.Out, "%s\n", f)
		}
	}
	if r.Note != "" {
		fmt.Fprintf(c.Err, "note: %s: %s\n", r.Input, r.Note)
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(c.Err, "warning: %s: %s\n", r.Input, w)
	}
}

// MergedResult reports one input of ExportMerged, whose files are written only at the end: its
// error, if any.
func (c *Console) MergedResult(r Result) {
	if c.Keep {
		c.entries = append(c.entries, r.Entry())
	}
	if r.Err != nil {
		c.bar().Clear()
		fmt.Fprintf(c.Err, "error: %v\n", r.Err)
	}
	if !c.Quiet {
		c.bar().Add(r)
	}
}

// Finish ends the progress line and, when there was more than one input or a failure, writes the
// summary: "exported 19 of 20 inputs, 1 failed".
func (c *Console) Finish(sum Summary) {
	c.bar().Finish()
	read := sum.Exported + sum.Failed
	if read+sum.Skipped > 1 || sum.Failed > 0 {
		skipped := ""
		if sum.Skipped > 0 {
			skipped = fmt.Sprintf(", %d skipped", sum.Skipped)
		}
		fmt.Fprintf(c.Err, "exported %d of %d inputs, %d failed%s\n", sum.Exported, read, sum.Failed, skipped)
	}
}

// Entries are the report's entries of the results so far, in the order they came (Keep).
func (c *Console) Entries() []ReportEntry { return c.entries }
