package wikitext

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// ymd reads the year, month and day arguments of a date template ("1809", "02", "12"; the month
// may be a name). A month or day that is missing or does not exist leaves the date at the
// precision that can be trusted.
func ymd(ys, ms, ds string) (model.Date, bool) {
	y, err := strconv.Atoi(strings.TrimSpace(ys))
	if err != nil || y < -9999 || y > 9999 {
		return model.Date{}, false
	}
	ms, ds = strings.TrimSpace(ms), strings.TrimSpace(ds)
	m, err := strconv.Atoi(ms)
	if err != nil {
		m = model.MonthNumber(strings.TrimSuffix(ms, "."))
	}
	if m < 1 || m > 12 {
		return model.YearOf(y), true
	}
	d, err := strconv.Atoi(ds)
	if err != nil {
		return model.MonthOf(y, m), true
	}
	return day(y, m, d), true
}

// day returns the day, or the month when the day does not exist (30 February).
func day(y, m, d int) model.Date {
	if d >= 1 {
		if date, err := model.ParseDate(model.DayOf(y, m, d).String()); err == nil {
			return date
		}
	}
	return model.MonthOf(y, m)
}

// dateText writes a date as English prose: "12 February 1809", or with mdy "February 12, 1809".
func dateText(d model.Date, mdy bool) string {
	if !mdy || d.Precision != model.PrecisionDay {
		return d.Human()
	}
	year := strconv.Itoa(d.Year)
	if d.Year <= 0 {
		year = strconv.Itoa(1-d.Year) + " BC"
	}
	s := fmt.Sprintf("%s %d, %s", model.MonthName(d.Month), d.Day, year)
	if d.Approximate {
		s = "c. " + s
	}
	return s
}

// dateTemplates are the templates that state a date, and how their arguments give it.
var dateTemplates = map[string]string{
	"birth date": "ymd", "birth date and age": "ymd", "bda": "ymd", "dob": "ymd",
	"death date": "ymd", "death date and age": "ymd", "dda": "ymd", "start date": "ymd",
	"end date": "ymd", "start date and age": "ymd", "end date and age": "ymd", "birth year": "ymd",
	"death year": "ymd", "birth year and age": "ymd", "death year and age": "ymd", "as of": "ymd",
	"birth-date": "text", "death-date": "text", "birth-date and age": "text",
	"death-date and age": "text", "start-date": "text", "end-date": "text", "date": "text",
	"dts": "dts", "circa": "circa", "c.": "circa", "ca.": "circa", "ca": "circa", "c": "circa",
}

// callDate reads the date a date template states. display is the text the template prints when
// it gives its own ({{birth-date|0965|c. 965}} prints "c. 965"), or "".
func callDate(c *call) (d model.Date, display string, ok bool) {
	switch dateTemplates[c.name] {
	case "ymd":
		d, ok = ymd(c.pos(1), c.pos(2), c.pos(3))
		return d, "", ok
	case "text":
		text, disp := c.pos(1), c.pos(2)
		if c.name == "date" {
			disp = "" // {{date|…|format}}
		}
		if disp != "" {
			if d, ok := parseDateText(disp); ok {
				return d, disp, true
			}
		}
		d, ok = parseDateText(text)
		if disp == "" {
			disp = text
		}
		return d, disp, ok
	case "dts":
		var p []string
		for _, s := range c.positional() {
			if s != "" {
				p = append(p, s)
			}
		}
		if len(p) >= 2 {
			if _, err := strconv.Atoi(p[0]); err == nil {
				p = append(p, "", "")
				d, ok = ymd(p[0], p[1], p[2])
				return d, "", ok
			}
		}
		d, ok = parseDateText(strings.Join(p, " "))
		return d, "", ok
	case "circa":
		if d, ok = parseDateText(c.pos(1)); ok {
			return d.Approx(), "", true
		}
	}
	return model.Date{}, "", false
}

const monthPattern = `(january|february|march|april|may|june|july|august|september|october|november|december|` +
	`jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`

// textDate matches one date as infoboxes write it, with "c." or "circa" before it for an
// approximate one: "February 12, 1809", "12 February 1809", "February 1809", "1809-02-12", "965",
// "c. 965", "44 BC".
var textDate = lazyre.New(`(?i)(?:\b(c\.|ca\.|circa|approx\.|about|around)\s*)?(?:` +
	`\b(\d{4})-(\d{2})-(\d{2})\b` + // 1809-02-12
	`|\b(\d{1,2})\s+` + monthPattern + `,?\s+(\d{1,4})(?:\s*(bce?|ad|ce)\b)?` + // 12 February 1809
	`|\b` + monthPattern + `\s+(\d{1,2}),?\s+(\d{1,4})(?:\s*(bce?|ad|ce)\b)?` + // February 12, 1809
	`|\b` + monthPattern + `,?\s+(\d{3,4})\b` + // February 1809
	`|\b(\d{1,4})\s*(bce?|ad|ce)\b` + // 44 BC
	`|\b(\d{3,4})\b)`) // 1809

// A found date is a date and where the text states it.
type found struct {
	date       model.Date
	start, end int
}

// findDates returns the dates a short text (an infobox value) states, in order.
func findDates(s string) []found {
	var out []found
	for _, m := range textDate.FindAllStringSubmatchIndex(s, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		year := func(digits, era string) (int, bool) {
			y, err := strconv.Atoi(digits)
			if err != nil || y == 0 && era != "" {
				return 0, false
			}
			if e := strings.ToLower(era); e == "bc" || e == "bce" {
				y = 1 - y
			}
			return y, true
		}
		month := func(name string) int { return model.MonthNumber(strings.TrimSuffix(name, ".")) }
		var d model.Date
		var ok bool
		switch {
		case g(2) != "":
			y, _ := strconv.Atoi(g(2))
			mo, _ := strconv.Atoi(g(3))
			dd, _ := strconv.Atoi(g(4))
			if mo >= 1 && mo <= 12 {
				d, ok = day(y, mo, dd), true
			}
		case g(5) != "":
			var y int
			if y, ok = year(g(7), g(8)); ok {
				dd, _ := strconv.Atoi(g(5))
				d = day(y, month(g(6)), dd)
			}
		case g(9) != "":
			var y int
			if y, ok = year(g(11), g(12)); ok {
				dd, _ := strconv.Atoi(g(10))
				d = day(y, month(g(9)), dd)
			}
		case g(13) != "":
			y, _ := strconv.Atoi(g(14))
			d, ok = model.MonthOf(y, month(g(13))), true
		case g(15) != "":
			var y int
			if y, ok = year(g(15), g(16)); ok {
				d = model.YearOf(y)
			}
		case g(17) != "":
			y, _ := strconv.Atoi(g(17))
			d, ok = model.YearOf(y), true
		}
		if !ok {
			continue
		}
		if g(1) != "" {
			d = d.Approx()
		}
		out = append(out, found{date: d, start: m[0], end: m[1]})
	}
	return out
}

// parseDateText returns the first date a short text states.
func parseDateText(s string) (model.Date, bool) {
	if ds := findDates(s); len(ds) > 0 {
		return ds[0].date, true
	}
	return model.Date{}, false
}

// dateRange reads "(April 21, 1832 – May 27, 1832)" or "1834–1854": two dates joined by a dash
// or "to". A single date is a start.
func dateRange(s string) (start, end model.Date, ok bool) {
	ds := findDates(s)
	switch {
	case len(ds) == 0:
		return model.Date{}, model.Date{}, false
	case len(ds) >= 2 && rangeDash.MatchString(s[ds[0].end:ds[1].start]):
		return ds[0].date, ds[1].date, true
	}
	return ds[0].date, model.Date{}, true
}

var rangeDash = lazyre.New(`^\s*(?:–|—|-|−|to|until)\s*$`)
