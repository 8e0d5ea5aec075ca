package batch

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// Progress tells how an export is going, on w (standard error): on a terminal, one line
// rewritten in place as inputs are done; elsewhere (a log file, a CI job), a plain line every
// Every, which is 10 seconds when 0. Feed it each Result, then call Finish.
type Progress struct {
	W        io.Writer
	Terminal bool
	Every    time.Duration
	Total    int // the number of inputs, when known; 0 writes "~?"

	start, last                time.Time
	done, exported, failed, sk int
	shown                      bool
}

// Add counts a result, and writes a line when one is due.
func (p *Progress) Add(r Result) {
	now := time.Now()
	if p.start.IsZero() {
		p.start, p.last = now, now
	}
	p.done++
	switch r.Status() {
	case StatusExported:
		p.exported++
	case StatusFailed:
		p.failed++
	default:
		p.sk++
	}
	every := p.Every
	if every <= 0 {
		every = 10 * time.Second
	}
	if p.Terminal {
		every = 200 * time.Millisecond
	}
	if now.Sub(p.last) >= every {
		p.last = now
		p.write(now)
	}
}

// Clear takes the progress line off a terminal, for another message to take its place; the next
// line written puts it back.
func (p *Progress) Clear() {
	if p.Terminal && p.shown {
		fmt.Fprint(p.W, "\r\x1b[K")
		p.shown = false
	}
}

// Finish ends the terminal's progress line, so that what follows starts on a line of its own.
func (p *Progress) Finish() {
	p.Clear()
}

func (p *Progress) write(now time.Time) {
	total := "~?"
	if p.Total > 0 {
		total = fmt.Sprint(p.Total)
	}
	line := fmt.Sprintf("exported %d of %s inputs, %d failed", p.exported, total, p.failed)
	if p.sk > 0 {
		line += fmt.Sprintf(", %d skipped", p.sk)
	}
	if secs := now.Sub(p.start).Seconds(); secs > 0 {
		line += fmt.Sprintf(", %.0f/s", float64(p.done)/secs)
	}
	if p.Terminal {
		fmt.Fprintf(p.W, "\r\x1b[K%s", line)
		p.shown = true
		return
	}
	fmt.Fprintln(p.W, line)
}

// The statuses of a report's entries.
const (
	StatusExported = "exported"
	StatusFailed   = "failed"
	StatusSkipped  = "skipped"
)

// Status is what became of the input, in a word: exported, failed or skipped.
func (r Result) Status() string {
	switch {
	case r.Err != nil:
		return StatusFailed
	case r.Skipped != "":
		return StatusSkipped
	}
	return StatusExported
}

// A ReportEntry is one input's line of a report (`vita export --report FILE.json`).
type ReportEntry struct {
	Input  string   `json:"input"`
	ID     string   `json:"id"`
	Files  []string `json:"files"`
	Status string   `json:"status"` // exported, failed or skipped
	Error  string   `json:"error"`
	Note   string   `json:"note"` // why it was skipped, or something to know, such as a renamed file
	// Warnings are what the exports could not show as written, such as a character no font of
	// the PDF has; omitted when there are none.
	Warnings []string `json:"warnings,omitempty"`
}

// Entry makes a result a report's entry.
func (r Result) Entry() ReportEntry {
	e := ReportEntry{Input: r.Input, ID: r.ID, Files: r.Files, Status: r.Status(), Note: r.Note, Warnings: r.Warnings}
	if e.Files == nil {
		e.Files = []string{}
	}
	if r.Err != nil {
		e.Error = r.Err.Error()
	}
	if r.Skipped != "" {
		e.Note = r.Skipped
		if r.Note != "" {
			e.Note += "; " + r.Note
		}
	}
	return e
}

// WriteReport writes entries as a JSON array, one entry a line, to path, atomically (WriteFile).
// The entries are held in memory till then: some 200 bytes an input.
func WriteReport(path string, entries []ReportEntry) error {
	return WriteFile(path, func(w io.Writer) error {
		if _, err := io.WriteString(w, "["); err != nil {
			return err
		}
		for i, e := range entries {
			line, err := json.Marshal(e)
			if err != nil {
				return err
			}
			sep := ",\n"
			if i == 0 {
				sep = "\n"
			}
			if _, err := fmt.Fprintf(w, "%s%s", sep, line); err != nil {
				return err
			}
		}
		_, err := io.WriteString(w, "\n]\n")
		return err
	})
}
