package model

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// edtfShape is the outline of every date ParseDate reads; the details are checked one by one, so
// that each mistake gets its own message.
var edtfShape = regexp.MustCompile(`^-?[0-9Xx]+(-[0-9Xx]+){0,2}$`)

// Precision says how much of a Date the source states.
type Precision uint8

// Precisions from the coarsest to the finest. The zero Precision is an unknown date.
const (
	PrecisionNone    Precision = iota // no date: unknown or open
	PrecisionCentury                  // 19XX
	PrecisionDecade                   // 197X
	PrecisionYear                     // 1944
	PrecisionSeason                   // 1944-21 (spring 1944)
	PrecisionMonth                    // 1944-02
	PrecisionDay                      // 1944-02-17
)

// Date is a partial date in the Extended Date/Time Format (EDTF, ISO 8601-2 level 1): a year, month
// or day, a decade or century with unspecified digits (197X, 19XX), a season (1985-21), any of them
// approximate (1944~), uncertain (1944?) or both (1944%). It keeps exactly the precision it was given:
// "February 1944" is 1944-02, never 1944-02-01. The zero Date is unknown.
type Date struct {
	Year        int // astronomical numbering, as ISO 8601: 0 is 1 BC; for a decade 1970, a century 1900
	Month       int // 1–12, or 21–24 for spring, summer, autumn, winter; 0 when not stated
	Day         int // 1–31; 0 when not stated
	Precision   Precision
	Approximate bool // "c. 1843", EDTF 1843~
	Uncertain   bool // "1843?", EDTF 1843?
}

// YearOf, MonthOf and DayOf build exact dates; DecadeOf builds the decade that holds year y (197X).
func YearOf(y int) Date      { return Date{Year: y, Precision: PrecisionYear} }
func MonthOf(y, m int) Date  { return Date{Year: y, Month: m, Precision: PrecisionMonth} }
func DayOf(y, m, d int) Date { return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay} }
func DecadeOf(y int) Date    { return Date{Year: y - y%10, Precision: PrecisionDecade} }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// Approx returns d marked approximate; MaybeUncertain returns it marked uncertain.
func (d Date) Approx() Date         { d.Approximate = true; return d }
func (d Date) MaybeUncertain() Date { d.Uncertain = true; return d }

// A DateError says why a string is not an EDTF date.
type DateError struct {
	Input  string
	Reason string
}

func (e *DateError) Error() string { return fmt.Sprintf("%q is not a date: %s", e.Input, e.Reason) }

// ParseDate reads an EDTF level 1 date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS (season 21–24), a year
// with unspecified trailing digits (197X, 19XX) and unspecified month or day (1985-XX, 1985-04-XX,
// which keep only the stated precision), a leading minus for years before 1 AD, and a final
// qualifier: ~ approximate, ? uncertain, % both.
func ParseDate(s string) (Date, error) {
	fail := func(reason string) (Date, error) { return Date{}, &DateError{Input: s, Reason: reason} }
	t := strings.TrimSpace(s)
	if t == "" {
		return fail("empty")
	}
	var d Date
	switch t[len(t)-1] {
	case '~':
		d.Approximate = true
	case '?':
		d.Uncertain = true
	case '%':
		d.Approximate, d.Uncertain = true, true
	}
	if d.Approximate || d.Uncertain {
		t = t[:len(t)-1]
	}
	if !edtfShape.MatchString(t) {
		return fail("write dates in EDTF: YYYY, YYYY-MM or YYYY-MM-DD, such as 1944-02 for February 1944")
	}
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	parts := strings.Split(t, "-")
	y := parts[0]
	if len(y) != 4 {
		return fail("the year must have four digits (write 0965 for 965)")
	}
	digits := strings.TrimRight(y, "Xx")
	for _, c := range digits {
		if c < '0' || c > '9' {
			return fail(fmt.Sprintf("the year %q is not a number", y))
		}
	}
	year, _ := strconv.Atoi(digits + strings.Repeat("0", 4-len(digits)))
	if neg {
		year = -year
	}
	d.Year = year
	switch 4 - len(digits) {
	case 0:
		d.Precision = PrecisionYear
	case 1:
		d.Precision = PrecisionDecade
	case 2:
		d.Precision = PrecisionCentury
	default:
		return fail("only the last one or two digits of a year may be X (197X, 19XX)")
	}
	if neg && d.Precision != PrecisionYear {
		return fail("unspecified digits are not supported in years before 1 AD")
	}
	if len(parts) == 1 {
		return d, nil
	}
	if d.Precision != PrecisionYear {
		return fail("a decade or century cannot have a month")
	}
	m := parts[1]
	if len(m) != 2 {
		return fail("the month must have two digits (01–12)")
	}
	if strings.EqualFold(m, "XX") { // unspecified month: the date is stated to the year
		if len(parts) == 3 && !strings.EqualFold(parts[2], "XX") {
			return fail("a day cannot follow an unspecified month")
		}
		return d, nil
	}
	month, err := strconv.Atoi(m)
	if err != nil || m[0] == '+' || m[0] == '-' {
		return fail(fmt.Sprintf("the month %q is not a number", m))
	}
	switch {
	case month >= 1 && month <= 12:
		d.Month, d.Precision = month, PrecisionMonth
	case month >= 21 && month <= 24:
		if len(parts) == 3 {
			return fail("a season cannot have a day")
		}
		d.Month, d.Precision = month, PrecisionSeason
		return d, nil
	default:
		return fail(fmt.Sprintf("month %s does not exist (01–12, or 21–24 for a season)", m))
	}
	if len(parts) == 2 {
		return d, nil
	}
	dd := parts[2]
	if len(dd) != 2 {
		return fail("the day must have two digits (01–31)")
	}
	if strings.EqualFold(dd, "XX") {
		return d, nil
	}
	day, err := strconv.Atoi(dd)
	if err != nil || dd[0] == '+' || dd[0] == '-' {
		return fail(fmt.Sprintf("the day %q is not a number", dd))
	}
	if day < 1 || day > daysIn(d.Year, month) {
		return fail(fmt.Sprintf("%s has no day %d", monthNames[month-1]+" "+strconv.Itoa(d.Year), day))
	}
	d.Day, d.Precision = day, PrecisionDay
	return d, nil
}

// MustParseDate is ParseDate for dates known to be valid, as in tests and tables; it panics otherwise.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var seasonNames = [...]string{"spring", "summer", "autumn", "winter"}

// MonthName returns the English name of month m (1–12).
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m-1]
}

// MonthNumber returns the number (1–12) of an English month name or its abbreviation, in any
// case ("February", "feb", "Sept"), or 0.
func MonthNumber(name string) int {
	return monthNumbers[strings.ToLower(name)]
}

var monthNumbers = func() map[string]int {
	m := map[string]int{"sept": 9}
	for i, name := range monthNames {
		name = strings.ToLower(name)
		m[name], m[name[:3]] = i+1, i+1
	}
	return m
}()

// String returns the date in EDTF, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b strings.Builder
	y := d.Year
	if y < 0 {
		b.WriteByte('-')
		y = -y
	}
	ys := fmt.Sprintf("%04d", y)
	switch d.Precision {
	case PrecisionDecade:
		ys = ys[:3] + "X"
	case PrecisionCentury:
		ys = ys[:2] + "XX"
	}
	b.WriteString(ys)
	if d.Precision >= PrecisionSeason {
		fmt.Fprintf(&b, "-%02d", d.Month)
	}
	if d.Precision == PrecisionDay {
		fmt.Fprintf(&b, "-%02d", d.Day)
	}
	switch {
	case d.Approximate && d.Uncertain:
		b.WriteByte('%')
	case d.Approximate:
		b.WriteByte('~')
	case d.Uncertain:
		b.WriteByte('?')
	}
	return b.String()
}

// Human returns the date as an English reader expects it: "17 February 1944", "February 1944",
// "spring 1985", "1944", "the 1970s", "the 20th century", "c. 1843", "1843 (uncertain)", "44 BC".
//
// A Date that ParseDate could not have made (month 13, say, set in Go code) is given in EDTF.
func (d Date) Human() string {
	if d.IsZero() {
		return ""
	}
	if !d.valid() {
		return d.String()
	}
	year := strconv.Itoa(d.Year)
	if d.Year <= 0 {
		year = strconv.Itoa(1-d.Year) + " BC"
	}
	var s string
	switch d.Precision {
	case PrecisionCentury:
		s = "the " + Ordinal(d.Year/100+1) + " century"
	case PrecisionDecade:
		s = "the " + strconv.Itoa(d.Year) + "s"
	case PrecisionYear:
		s = year
	case PrecisionSeason:
		s = seasonNames[d.Month-21] + " " + year
	case PrecisionMonth:
		s = monthNames[d.Month-1] + " " + year
	case PrecisionDay:
		s = strconv.Itoa(d.Day) + " " + monthNames[d.Month-1] + " " + year
	}
	if d.Approximate {
		s = "c. " + s
	}
	if d.Uncertain {
		s += " (uncertain)"
	}
	return s
}

// valid reports whether d's month, season and day exist at its precision.
func (d Date) valid() bool {
	switch d.Precision {
	case PrecisionSeason:
		return d.Month >= 21 && d.Month <= 24
	case PrecisionMonth:
		return d.Month >= 1 && d.Month <= 12
	case PrecisionDay:
		return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
	}
	return d.Precision <= PrecisionYear
}

// Ordinal writes n as an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.
func Ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// dayKey orders calendar days: year*10000 + month*100 + day.
func dayKey(y, m, d int) int { return y*10000 + m*100 + d }

// Earliest and Latest bound the days the date may stand for: 1944-02 runs from 1 to 29 February 1944,
// 197X from 1970 to 1979. Qualifiers do not widen the bounds. The results are comparable integers
// (year*10000 + month*100 + day); the zero Date gives 0, 0.
func (d Date) Earliest() int {
	switch d.Precision {
	case PrecisionNone:
		return 0
	case PrecisionSeason:
		return dayKey(d.Year, 3*(d.Month-21)+3, 1)
	case PrecisionMonth:
		return dayKey(d.Year, d.Month, 1)
	case PrecisionDay:
		return dayKey(d.Year, d.Month, d.Day)
	}
	return dayKey(d.Year, 1, 1)
}

// Latest: see Earliest.
func (d Date) Latest() int {
	switch d.Precision {
	case PrecisionNone:
		return 0
	case PrecisionCentury:
		return dayKey(d.Year+99, 12, 31)
	case PrecisionDecade:
		return dayKey(d.Year+9, 12, 31)
	case PrecisionSeason:
		if d.Month == 24 { // winter: December to February of the next year
			return dayKey(d.Year+1, 2, daysIn(d.Year+1, 2))
		}
		m := 3*(d.Month-21) + 5
		return dayKey(d.Year, m, daysIn(d.Year, m))
	case PrecisionMonth:
		return dayKey(d.Year, d.Month, daysIn(d.Year, d.Month))
	case PrecisionDay:
		return dayKey(d.Year, d.Month, d.Day)
	}
	return dayKey(d.Year, 12, 31)
}

// Before reports whether d certainly ends before e begins: 1981 is before 1994, but 1994 is not
// before 1994-05, which it contains. A zero date is before nothing.
func (d Date) Before(e Date) bool {
	return !d.IsZero() && !e.IsZero() && d.Latest() < e.Earliest()
}

// Contains reports whether every day of e lies within d: 1944 contains 1944-02.
func (d Date) Contains(e Date) bool {
	return !d.IsZero() && !e.IsZero() && d.Earliest() <= e.Earliest() && e.Latest() <= d.Latest()
}

// Compare orders dates for sorting: by their first day, then the coarser first (1944 before
// 1944-01), then the finer precision; unknown dates sort last. It returns -1, 0 or +1.
func Compare(a, b Date) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	if c := cmpInt(a.Earliest(), b.Earliest()); c != 0 {
		return c
	}
	if c := cmpInt(b.Latest(), a.Latest()); c != 0 {
		return c
	}
	return cmpInt(int(a.Precision), int(b.Precision))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// MarshalJSON writes the EDTF string, or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads an EDTF string, a bare year number, or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	return d.set(v)
}

// MarshalYAML writes the EDTF string, or null for the zero Date.
func (d Date) MarshalYAML() (any, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// UnmarshalYAML reads an EDTF string, a bare year number (YAML's `start: 1998`), or null.
func (d *Date) UnmarshalYAML(unmarshal func(any) error) error {
	var v any
	if err := unmarshal(&v); err != nil {
		return err
	}
	return d.set(v)
}

// DateFromValue turns a decoded YAML or JSON scalar into a Date: nil is the zero Date, a whole
// number is a year, a string is parsed as EDTF.
func DateFromValue(v any) (Date, error) {
	var d Date
	err := d.set(v)
	return d, err
}

func (d *Date) set(v any) error {
	switch v := v.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		if strings.TrimSpace(v) == "" {
			*d = Date{}
			return nil
		}
		p, err := ParseDate(v)
		if err != nil {
			return err
		}
		*d = p
		return nil
	case float64:
		if v != float64(int(v)) {
			return &DateError{Input: fmt.Sprint(v), Reason: "a number must be a whole year"}
		}
		return d.set(int64(v))
	case int:
		return d.set(int64(v))
	case uint64:
		if v > 9999 {
			return &DateError{Input: fmt.Sprint(v), Reason: "the year is out of range"}
		}
		return d.set(int64(v))
	case int64:
		if v < -9999 || v > 9999 {
			return &DateError{Input: fmt.Sprint(v), Reason: "the year is out of range"}
		}
		*d = YearOf(int(v))
		return nil
	}
	return &DateError{Input: fmt.Sprint(v), Reason: fmt.Sprintf("a %T is not a date; write a string such as \"1944-02\"", v)}
}
