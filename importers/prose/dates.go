package prose

import "github.com/vita-project/vita/model"

// A Found date is a date and where it stands in the text.
type Found struct {
	Date       model.Date
	Start, End int // byte offsets of the date in the text, with its qualifiers ("c. 1843")
}

// Dates returns the dates a text states, in order, each at the precision the text gives:
// "February 1944" is 1944-02, never 1944-02-01; "c. 1843" is 1843~; a range gives both its ends.
// It reads dates as Timexes does, so the same rules say when a number is a year (see timex.go): a
// bare number only between 600 and 2100, and not when it counts something ("68 rabbis", "1,000
// members"). Relative expressions ("four years later") and months without a year are not stated
// dates and are left out.
func Dates(text string) []Found {
	var out []Found
	for _, f := range txScan(text, model.Date{}) {
		if f.Relative {
			continue
		}
		if !f.Start.IsZero() {
			out = append(out, Found{Date: f.Start, Start: f.startSpan[0], End: f.startSpan[1]})
		}
		if !f.End.IsZero() {
			out = append(out, Found{Date: f.End, Start: f.endSpan[0], End: f.endSpan[1]})
		}
	}
	return out
}
