package jsonld

import (
	"fmt"
	"time"

	"github.com/vita-project/vita/model"
)

// date returns the ISO 8601 value written for d (see "Dates" in the package comment) and, when
// that value says less or more than d, a note that keeps d as stated, labelled with what the date
// is ("birth", "start"). end selects the last year or month that d covers instead of the first.
// The zero Date gives "", "".
func date(d model.Date, label string, end bool) (iso, note string, err error) {
	if d.IsZero() {
		return "", "", nil
	}
	if err := check(d); err != nil {
		return "", "", err
	}
	exact := !d.Approximate && !d.Uncertain
	switch d.Precision {
	case model.PrecisionYear:
		iso = year(d.Year)
	case model.PrecisionMonth:
		iso = fmt.Sprintf("%s-%02d", year(d.Year), d.Month)
	case model.PrecisionDay:
		iso = fmt.Sprintf("%s-%02d-%02d", year(d.Year), d.Month, d.Day)
	case model.PrecisionDecade, model.PrecisionCentury:
		exact = false
		k := d.Earliest()
		if end {
			k = d.Latest()
		}
		iso = year(k / 10000)
	case model.PrecisionSeason:
		exact = false
		k := d.Earliest()
		if end {
			k = d.Latest()
		}
		iso = fmt.Sprintf("%s-%02d", year(k/10000), k/100%100)
	}
	if !exact {
		note = fmt.Sprintf("%s: %s, EDTF %s", label, d.Human(), d)
	}
	return iso, note, nil
}

// check rejects what no ISO 8601 calendar date can say. The model's parser never makes such a
// Date, but a Biography built in Go code might.
func check(d model.Date) error {
	if d.Year < -9999 || d.Year > 9999 {
		return fmt.Errorf("year %d does not fit in four digits", d.Year)
	}
	switch d.Precision {
	case model.PrecisionCentury, model.PrecisionDecade, model.PrecisionYear:
		if d.Year < 0 && d.Precision != model.PrecisionYear {
			return fmt.Errorf("%s: a decade or century before 1 AD is not supported", d)
		}
	case model.PrecisionSeason:
		if d.Month < 21 || d.Month > 24 {
			return fmt.Errorf("%s: season %d does not exist (21–24)", d, d.Month)
		}
	case model.PrecisionMonth:
		if d.Month < 1 || d.Month > 12 {
			return fmt.Errorf("%s: month %d does not exist", d, d.Month)
		}
	case model.PrecisionDay:
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Month < 1 || d.Month > 12 || t.Day() != d.Day || int(t.Month()) != d.Month {
			return fmt.Errorf("%s: no such day", d)
		}
	default:
		return fmt.Errorf("unknown precision %d", d.Precision)
	}
	return nil
}

// year writes y with at least four digits and a sign before 1 AD: 1944, 0965, -0043.
func year(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}
