package xlsx

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/model"
)

// The Timeline sheet is a Gantt chart drawn the way spreadsheets draw one: a helper table of
// positions, each with the year it began and how many years it lasted, and a stacked bar chart
// whose first series (the start) has no fill, so that only the second (the tenure) shows, floating
// at its place on the time axis. Years are numbers, not date serials, so tenures before 1900 are
// drawn as well.
//
// A bar runs from the first day the start may be to the end of the last day the end may be: a
// post held from 1981 to 1994 is drawn from the start of 1981 to the end of 1994, one held in 1990
// alone for the whole of 1990. A position without a start is left out; so is one without an end,
// unless it is still held (no end, and the person is not known to have died), when it is drawn up
// to the day of Options.Time.

// A bar is one tenure on the Timeline.
type bar struct {
	label       string
	from, years float64 // in years, as fractions: 1981.5 is the beginning of July 1981
}

// Timeline table columns.
var timelineColumns = []column{
	col("Position", [2]float64{20, 60}), col("From (year)", numberColumn), col("Years", numberColumn),
}

// maxLabel is the most characters a bar's label has; a longer one would squeeze the chart.
const maxLabel = 60

func timelineBars(b *model.Biography, now time.Time) []bar {
	dead := died(b)
	var bars []bar
	for _, p := range b.Positions {
		if p.Start.IsZero() {
			continue
		}
		from := yearFraction(p.Start.Earliest(), 0)
		var to float64
		end := p.End.Human()
		switch {
		case !p.End.IsZero():
			to = yearFraction(p.End.Latest(), 1)
		case !dead:
			n := now.UTC()
			to = yearFraction(n.Year()*10000+int(n.Month())*100+n.Day(), 1)
			end = "now"
		default:
			continue
		}
		if round2(to-from) <= 0 {
			continue
		}
		label := strings.Join(nonEmpty(clean(p.Role), clean(b.OrganizationName(p.Organization)), clean(p.Qualifier)), ", ")
		label = shorten(label, maxLabel) + " (" + p.Start.Human() + "–" + end + ")"
		bars = append(bars, bar{label: label, from: round2(from), years: round2(to - from)})
	}
	slices.SortStableFunc(bars, func(a, b bar) int {
		switch {
		case a.from < b.from:
			return -1
		case a.from > b.from:
			return 1
		}
		return 0
	})
	return bars
}

// yearFraction is the day key (year*10000 + month*100 + day, as model.Date.Earliest gives it) as a
// year with a fraction, plus extra days.
func yearFraction(key, extraDays int) float64 {
	y := key / 10000
	if key%10000 < 0 {
		y-- // years before 1 AD: -430000+101 is 1 January of year -43
	}
	rest := key - y*10000
	t := time.Date(y, time.Month(rest/100), rest%100, 0, 0, 0, 0, time.UTC).AddDate(0, 0, extraDays)
	days := time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
	return float64(t.Year()) + float64(t.YearDay()-1)/float64(days)
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// shorten cuts s to n characters, ending it with an ellipsis when it had to cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// timeline writes the Timeline sheet: the helper table and, when there is a bar, the chart.
func (wb *workbook) timeline(bars []bar) {
	t := table{sheet: TimelineSheet, name: "Timeline", columns: timelineColumns}
	for _, b := range bars {
		t.rows = append(t.rows, []field{text(b.label), number(b.from, "0.00"), number(b.years, "0.00")})
	}
	wb.table(t)
	if len(bars) == 0 {
		return
	}
	lo, hi := bars[0].from, bars[0].from+bars[0].years
	for _, b := range bars {
		lo, hi = min(lo, b.from), max(hi, b.from+b.years)
	}
	unit := tickUnit(hi - lo)
	lo, hi = math.Floor(lo/unit)*unit, math.Ceil(hi/unit)*unit
	ref := func(column string) string {
		return fmt.Sprintf("'%s'!$%s$2:$%s$%d", TimelineSheet, column, column, len(bars)+1)
	}
	gap, vary := uint(40), false
	wb.check(wb.f.AddChart(TimelineSheet, "E2", &excelize.Chart{
		Type: excelize.BarStacked,
		Series: []excelize.ChartSeries{
			// The start: drawn, but with no fill and no line, so it only pushes the tenure along.
			{Name: fmt.Sprintf("'%s'!$B$1", TimelineSheet), Categories: ref("A"), Values: ref("B"),
				Fill: excelize.Fill{Type: "pattern", Pattern: 0}},
			{Name: fmt.Sprintf("'%s'!$C$1", TimelineSheet), Categories: ref("A"), Values: ref("C"),
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"4472C4"}}},
		},
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Positions held"}}},
		Legend: excelize.ChartLegend{Position: "none"},
		XAxis:  excelize.ChartAxis{ReverseOrder: true, Font: axisFont}, // the first position at the top
		YAxis: excelize.ChartAxis{Minimum: &lo, Maximum: &hi, MajorUnit: unit, MajorGridLines: true,
			NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0"}, Font: axisFont},
		Dimension:  excelize.ChartDimension{Width: 760, Height: uint(max(240, 90+24*len(bars)))},
		GapWidth:   &gap,
		VaryColors: &vary, // one colour for every tenure
	}))
}

// axisFont is dark enough to read; excelize's default axis text is a pale grey.
var axisFont = excelize.Font{Color: "404040", Size: 9}

// tickUnit is the step between the time axis's labelled years for a span of years.
func tickUnit(span float64) float64 {
	switch {
	case span <= 12:
		return 1
	case span <= 40:
		return 5
	case span <= 100:
		return 10
	case span <= 250:
		return 25
	}
	return 100
}
