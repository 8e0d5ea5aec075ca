package prose

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vita-project/vita/model"
)

// monthNumber maps lower-case month names and their abbreviations to 1–12.
var monthNumber = func() map[string]int {
	m := map[string]int{"sept": 9}
	for i := 1; i <= 12; i++ {
		name := strings.ToLower(model.MonthName(i))
		m[name], m[name[:3]] = i, i
	}
	return m
}()

const monthAlt = `(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`

// proseDate matches one date as English prose writes it, with an optional "c." or "circa" before:
// "7 November 1935", "November 7, 1935", "February 1944", "1944", "the 1970s".
var proseDate = regexp.MustCompile(`(?i:\b(c\.|ca\.|circa|about|around)\s*)?` +
	`(?:\b(\d{1,2})\s+(` + monthAlt + `)\s+(\d{3,4})\b` + // 7 November 1935
	`|\b(` + monthAlt + `)\s+(\d{1,2}),?\s+(\d{3,4})\b` + // November 7, 1935
	`|\b(` + monthAlt + `)\s+(\d{3,4})\b` + // February 1944
	`|\b(?:the\s+)?(\d{3}0)s\b` + // the 1970s
	`|\b(\d{3,4})\b)`) // 1944

// A Found date is a date and where it stands in the text.
type Found struct {
	Date       model.Date
	Start, End int // byte offsets of the match in the text
}

// Dates returns the dates a text states, in order, each at the precision the text gives:
// "February 1944" is 1944-02, never 1944-02-01. A bare number is a year only between 600 and 2100,
// and not when it counts something ("68 rabbis", "1,000 members").
func Dates(text string) []Found {
	var out []Found
	for _, m := range proseDate.FindAllStringSubmatchIndex(text, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return text[m[2*i]:m[2*i+1]]
		}
		var d model.Date
		var ok bool
		switch {
		case g(2) != "":
			d, ok = day(g(4), g(3), g(2))
		case g(5) != "":
			d, ok = day(g(7), g(5), g(6))
		case g(8) != "":
			d, ok = month(g(9), g(8))
		case g(10) != "":
			y, _ := strconv.Atoi(g(10))
			d, ok = model.DecadeOf(y), plausibleYear(y)
		case g(11) != "":
			y, _ := strconv.Atoi(g(11))
			ok = plausibleYear(y) && !countNoun(text[m[1]:]) && !inNumber(text, m[2*11], m[2*11+1])
			d = model.YearOf(y)
		}
		if !ok {
			continue
		}
		if g(1) != "" {
			d = d.Approx()
		}
		out = append(out, Found{Date: d, Start: m[0], End: m[1]})
	}
	return out
}

func plausibleYear(y int) bool { return y >= 600 && y <= 2100 }

func day(year, monthName, dayOfMonth string) (model.Date, bool) {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(dayOfMonth)
	m := monthNumber[strings.ToLower(strings.TrimSuffix(monthName, "."))]
	date, err := model.ParseDate(model.DayOf(y, m, d).String())
	return date, err == nil && plausibleYear(y)
}

func month(year, monthName string) (model.Date, bool) {
	y, _ := strconv.Atoi(year)
	m := monthNumber[strings.ToLower(strings.TrimSuffix(monthName, "."))]
	return model.MonthOf(y, m), plausibleYear(y)
}

// countNoun reports whether the words after a number make it a count: "1000 members".
func countNoun(after string) bool {
	w := strings.Fields(after)
	if len(w) == 0 {
		return false
	}
	word := strings.ToLower(strings.Trim(w[0], ".,;:"))
	switch word {
	case "people", "members", "votes", "seats", "delegates", "rabbis", "men", "women", "children",
		"copies", "books", "pages", "words", "troops", "soldiers", "km", "miles", "metres", "meters",
		"feet", "pounds", "dollars", "euros", "students", "employees", "workers":
		return true
	}
	return false
}

// inNumber reports whether text[start:end] is part of a larger number ("1,944", "19.44", "£1944").
func inNumber(text string, start, end int) bool {
	if before, _ := utf8.DecodeLastRuneInString(text[:start]); strings.ContainsRune(",.£$€¥#", before) {
		return true
	}
	if end+1 < len(text) && (text[end] == ',' || text[end] == '.') && text[end+1] >= '0' && text[end+1] <= '9' {
		return true
	}
	return false
}
