package score

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/vita-project/vita/model"
)

// WriteTable prints one row of figures per result and a total row that sums them (micro-averaged),
// then the recall of each key event kind over all results, then the articles the importer refused.
//
// The columns: scalar fields right of those scored; occupations F1; positions in the gold,
// predicted and matched, their precision, recall and F1, and the right starts and ends of those
// matched; events likewise, and the key events found of those in the gold; facts with no evidence
// sentence, and evidence sentences that are not in the article. A ratio with nothing to divide by
// is "-".
func WriteTable(w io.Writer, results []Result) error {
	bw := bufio.NewWriter(w)
	width := len("total")
	for _, r := range results {
		width = max(width, len(r.Article))
	}
	cols := []struct {
		group, head string
		width       int
	}{
		{"", "article", -width}, {"", "scalars", 7}, {"", "occ", 4},
		{"positions", "gold", 4}, {"positions", "pred", 4}, {"positions", "ok", 4},
		{"positions", "P", 4}, {"positions", "R", 4}, {"positions", "F1", 4},
		{"positions", "start", 5}, {"positions", "end", 5},
		{"events", "gold", 4}, {"events", "pred", 4}, {"events", "ok", 4},
		{"events", "P", 4}, {"events", "R", 4}, {"events", "key", 5},
		{"evidence", "none", 4}, {"evidence", "not-in-text", 11},
	}
	line := func(cells []string) {
		var b strings.Builder
		for i, c := range cells {
			if i > 0 {
				b.WriteString(" ")
				if cols[i].group != cols[i-1].group {
					b.WriteString(" ")
				}
			}
			fmt.Fprintf(&b, "%*s", cols[i].width, c)
		}
		fmt.Fprintln(bw, strings.TrimRight(b.String(), " "))
	}
	// The group line: each group's name centred in dashes over its columns.
	var groups strings.Builder
	for i := 0; i < len(cols); {
		j, span := i, 0
		for ; j < len(cols) && cols[j].group == cols[i].group; j++ {
			span += abs(cols[j].width) + 1
		}
		span--
		if i > 0 {
			groups.WriteString("  ")
		}
		if cols[i].group == "" {
			groups.WriteString(strings.Repeat(" ", span))
		} else {
			label := " " + cols[i].group + " "
			left := (span - len(label)) / 2
			groups.WriteString(strings.Repeat("-", left) + label + strings.Repeat("-", span-left-len(label)))
		}
		i = j
	}
	fmt.Fprintln(bw, strings.TrimRight(groups.String(), " "))
	var heads []string
	for _, c := range cols {
		heads = append(heads, c.head)
	}
	line(heads)
	row := func(name string, f Figures) {
		p, e, o := f.Positions, f.Events, f.Occupations
		kg, kf := f.keyTotals()
		line([]string{name, frac(f.Scalars.TP, f.ScalarsScored), ratioText(o.F1(), o.TP+o.FP+o.FN),
			itoa(p.TP + p.FN), itoa(p.TP + p.FP), itoa(p.TP),
			ratioText(p.Precision(), p.TP+p.FP), ratioText(p.Recall(), p.TP+p.FN), ratioText(p.F1(), p.TP+p.FP+p.FN),
			frac(f.StartOK, p.TP), frac(f.EndOK, p.TP),
			itoa(e.TP + e.FN), itoa(e.TP + e.FP), itoa(e.TP),
			ratioText(e.Precision(), e.TP+e.FP), ratioText(e.Recall(), e.TP+e.FN), frac(kf, kg),
			itoa(f.NoEvidence), itoa(f.NotInText)})
	}
	for i := range results {
		row(results[i].Article, results[i].Figures())
	}
	total := Total(results)
	fmt.Fprintln(bw, strings.Repeat("-", len(groups.String())))
	row("total", total)

	fmt.Fprintf(bw, "\n%-10s %4s %5s %6s\n", "key events", "gold", "found", "recall")
	for _, k := range total.Key {
		fmt.Fprintf(bw, "%-10s %4d %5d %6s\n", k.Kind, k.Gold, k.Found, ratioText(ratio(k.Found, k.Gold), k.Gold))
	}
	kg, kf := total.keyTotals()
	fmt.Fprintf(bw, "%-10s %4d %5d %6s\n", "all", kg, kf, ratioText(ratio(kf, kg), kg))

	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(bw, "\n%s: not read, scored as empty: %v\n", r.Article, r.Err)
		}
	}
	return bw.Flush()
}

func itoa(n int) string { return fmt.Sprint(n) }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// frac writes a/b, or "-" when b is 0.
func frac(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", a, b)
}

// ratioText writes a ratio to two places, or "-" when it had nothing to divide by (n is 0).
func ratioText(x float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", x)
}

// WriteDetails lists what the scorer made of one result: every scalar, every matched, missed and
// spurious position and event, and every fact whose evidence is missing or not in the article.
func WriteDetails(w io.Writer, r Result) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "== %s\n", r.Article)
	if r.Err != nil {
		fmt.Fprintf(bw, "not read, scored as empty: %v\n", r.Err)
	}
	fmt.Fprintln(bw, "scalars")
	for _, s := range r.Scalars {
		switch s.Outcome {
		case NotScored:
			fmt.Fprintf(bw, "  %-12s %-10s\n", s.Field, s.Outcome)
		case Correct:
			fmt.Fprintf(bw, "  %-12s %-10s %q\n", s.Field, s.Outcome, s.Predicted)
		default:
			fmt.Fprintf(bw, "  %-12s %-10s gold %q, predicted %q\n", s.Field, s.Outcome, s.Gold, s.Predicted)
		}
	}
	fmt.Fprintln(bw, "positions")
	for _, p := range r.Positions.Pairs {
		fmt.Fprintf(bw, "  matched   %s\n            ~ %s  (role %.2f, organisation %.2f; start %s, end %s)\n",
			describeGoldPosition(p.Gold), describePrediction(p.Predicted), p.RoleSimilarity, p.OrgSimilarity,
			okWrong(p.StartOK), okWrong(p.EndOK))
	}
	for _, p := range r.Positions.Missed {
		fmt.Fprintf(bw, "  missed    %s\n", describeGoldPosition(p))
	}
	for _, p := range r.Positions.Spurious {
		fmt.Fprintf(bw, "  spurious  %s\n", describePrediction(p))
	}
	fmt.Fprintln(bw, "events")
	for _, e := range r.Events.Pairs {
		fmt.Fprintf(bw, "  matched   %s\n            ~ %s\n", describeEvent(e.Gold.Date, e.Gold.Kind, e.Gold.Text),
			describeEvent(e.Predicted.Date, e.Predicted.Kind, e.Predicted.Text))
	}
	for _, e := range r.Events.Missed {
		fmt.Fprintf(bw, "  missed    %s\n", describeEvent(e.Date, e.Kind, e.Text))
	}
	for _, e := range r.Events.Spurious {
		fmt.Fprintf(bw, "  spurious  %s\n", describeEvent(e.Date, e.Kind, e.Text))
	}
	if len(r.Evidence.NoEvidence)+len(r.Evidence.NotInText) > 0 {
		fmt.Fprintln(bw, "evidence")
		for _, f := range r.Evidence.NoEvidence {
			fmt.Fprintf(bw, "  no sentence  %s\n", f)
		}
		for _, f := range r.Evidence.NotInText {
			fmt.Fprintf(bw, "  not in text  %s\n", f)
		}
	}
	return bw.Flush()
}

func okWrong(ok bool) string {
	if ok {
		return "ok"
	}
	return "wrong"
}

// span writes a position's dates as "1998–2019-05", "1998–", "–1991", or "" when neither is known.
func span(start, end model.Date) string {
	if start.IsZero() && end.IsZero() {
		return ""
	}
	return start.String() + "–" + end.String()
}

func describeGoldPosition(p GoldPosition) string {
	return describe(p.Role, p.Organization, "", span(p.Start, p.End))
}

func describePrediction(p Prediction) string {
	return describe(p.Role, p.Organization, p.Qualifier, span(p.Start, p.End))
}

// describe writes a position as `"role" | organisation [qualifier] | dates`, leaving out what is empty.
func describe(role, org, qualifier, dates string) string {
	parts := []string{fmt.Sprintf("%q", role)}
	if qualifier != "" {
		org = strings.TrimSpace(org + " [" + qualifier + "]")
	}
	if org != "" {
		parts = append(parts, org)
	}
	if dates != "" {
		parts = append(parts, dates)
	}
	return strings.Join(parts, " | ")
}

func describeEvent(d model.Date, kind model.EventKind, text string) string {
	date := d.String()
	if date == "" {
		date = "undated"
	}
	return fmt.Sprintf("%s %s %q", date, kind, text)
}
