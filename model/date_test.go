package model_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/vita-project/vita/model"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, edtf, human string
		prec            model.Precision
	}{
		{"1944", "1944", "1944", model.PrecisionYear},
		{"1944-02", "1944-02", "February 1944", model.PrecisionMonth},
		{"1944-02-17", "1944-02-17", "17 February 1944", model.PrecisionDay},
		{"197X", "197X", "the 1970s", model.PrecisionDecade},
		{"197x", "197X", "the 1970s", model.PrecisionDecade},
		{"19XX", "19XX", "the 20th century", model.PrecisionCentury},
		{"1944~", "1944~", "c. 1944", model.PrecisionYear},
		{"1843~", "1843~", "c. 1843", model.PrecisionYear},
		{"1944?", "1944?", "1944 (uncertain)", model.PrecisionYear},
		{"1944-02%", "1944-02%", "c. February 1944 (uncertain)", model.PrecisionMonth},
		{"1985-21", "1985-21", "spring 1985", model.PrecisionSeason},
		{"1985-XX", "1985", "1985", model.PrecisionYear},
		{"1985-04-XX", "1985-04", "April 1985", model.PrecisionMonth},
		{"0965", "0965", "965", model.PrecisionYear},
		{"-0043", "-0043", "44 BC", model.PrecisionYear},
		{"2000-02-29", "2000-02-29", "29 February 2000", model.PrecisionDay},
		{" 1944-02 ", "1944-02", "February 1944", model.PrecisionMonth},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := model.ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if got := d.String(); got != tt.edtf {
				t.Errorf("String() = %q, want %q", got, tt.edtf)
			}
			if got := d.Human(); got != tt.human {
				t.Errorf("Human() = %q, want %q", got, tt.human)
			}
			if d.Precision != tt.prec {
				t.Errorf("Precision = %d, want %d", d.Precision, tt.prec)
			}
			again, err := model.ParseDate(d.String())
			if err != nil || again != d {
				t.Errorf("round trip of %q gave %+v, %v; want %+v", d.String(), again, err, d)
			}
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "empty"},
		{"Febuary 1944", "write dates in EDTF"},
		{"1944-13", "month 13 does not exist"},
		{"1944-00", "month 00 does not exist"},
		{"1944-02-30", "February 1944 has no day 30"},
		{"1900-02-29", "February 1900 has no day 29"},
		{"1944-04-31", "April 1944 has no day 31"},
		{"44", "four digits"},
		{"19444", "four digits"},
		{"1X44", "not a number"},
		{"1XXX", "only the last one or two digits"},
		{"197X-02", "a decade or century cannot have a month"},
		{"1944-2", "two digits"},
		{"1944-02-1", "two digits"},
		{"1944-02-01-01", "write dates in EDTF"},
		{"1944-21-01", "a season cannot have a day"},
		{"1944-XX-05", "a day cannot follow an unspecified month"},
		{"1944~~", "write dates in EDTF"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := model.ParseDate(tt.in)
			if err == nil {
				t.Fatalf("ParseDate(%q) succeeded, want an error containing %q", tt.in, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseDate(%q) = %v, want it to contain %q", tt.in, err, tt.want)
			}
			if !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.in)) {
				t.Errorf("error %v does not quote the input", err)
			}
		})
	}
}

func TestDateOrder(t *testing.T) {
	d := model.MustParseDate
	tests := []struct {
		a, b           string
		before, within bool // a.Before(b), a.Contains(b)
		cmp            int
	}{
		{"1981", "1994", true, false, -1},
		{"1994", "1981", false, false, 1},
		{"1994", "1994-05", false, true, -1},
		{"1994-05", "1994", false, false, 1},
		{"1944-02", "1944-02-17", false, true, -1},
		{"197X", "1975", false, true, -1},
		{"197X", "1980", true, false, -1},
		{"1944", "1944", false, true, 0},
		{"1944~", "1944", false, true, 0},
		{"-0043", "0014", true, false, -1},
		{"1985-24", "1986-02", false, true, -1}, // winter 1985 runs into February 1986
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			a, b := d(tt.a), d(tt.b)
			if got := a.Before(b); got != tt.before {
				t.Errorf("Before = %v, want %v", got, tt.before)
			}
			if got := a.Contains(b); got != tt.within {
				t.Errorf("Contains = %v, want %v", got, tt.within)
			}
			if got := model.Compare(a, b); got != tt.cmp {
				t.Errorf("Compare = %d, want %d", got, tt.cmp)
			}
		})
	}
	if model.Compare(model.Date{}, d("1944")) != 1 || model.Compare(d("1944"), model.Date{}) != -1 {
		t.Error("unknown dates must sort last")
	}
	if (model.Date{}).Before(d("1944")) || d("1944").Before(model.Date{}) {
		t.Error("an unknown date is before nothing and nothing is before it")
	}
}

func TestDateJSON(t *testing.T) {
	type holder struct {
		Start model.Date `json:"start"`
		End   model.Date `json:"end"`
	}
	var h holder
	if err := json.Unmarshal([]byte(`{"start": 1998, "end": null}`), &h); err != nil {
		t.Fatal(err)
	}
	if h.Start != model.YearOf(1998) || !h.End.IsZero() {
		t.Fatalf("got %+v", h)
	}
	h.End = model.MonthOf(2019, 5)
	out, _ := json.Marshal(h)
	if string(out) != `{"start":"1998","end":"2019-05"}` {
		t.Errorf("Marshal = %s", out)
	}
	out, _ = json.Marshal(holder{})
	if string(out) != `{"start":null,"end":null}` {
		t.Errorf("Marshal of zero dates = %s", out)
	}
	for _, bad := range []string{`{"start": 1998.5}`, `{"start": true}`, `{"start": "May 2019"}`, `{"start": 123456}`} {
		if err := json.Unmarshal([]byte(bad), &h); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
}

func ExampleParseDate() {
	d, _ := model.ParseDate("1944-02")
	fmt.Println(d, "is", d.Human())
	d, _ = model.ParseDate("197X")
	fmt.Println(d, "is", d.Human())
	d, _ = model.ParseDate("1843~")
	fmt.Println(d, "is", d.Human())
	_, err := model.ParseDate("1944-02-30")
	fmt.Println(err)
	// Output:
	// 1944-02 is February 1944
	// 197X is the 1970s
	// 1843~ is c. 1843
	// "1944-02-30" is not a date: February 1944 has no day 30
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1944", "1944-02", "1944-02-17", "197X", "19XX", "1944~", "1944?", "1944%",
		"-0043", "1985-21", "1985-XX-XX", "", "2000-02-29", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := model.ParseDate(s)
		if err != nil {
			return
		}
		_ = d.Human()
		if d.Earliest() > d.Latest() {
			t.Fatalf("%q: earliest %d after latest %d", s, d.Earliest(), d.Latest())
		}
		again, err := model.ParseDate(d.String())
		if err != nil {
			t.Fatalf("%q printed as %q, which does not parse: %v", s, d.String(), err)
		}
		if again != d {
			t.Fatalf("%q → %q → %+v, want %+v", s, d.String(), again, d)
		}
	})
}

func TestHumanOfImpossibleDate(t *testing.T) {
	for _, d := range []model.Date{{Year: 1944, Month: 13, Precision: model.PrecisionMonth},
		{Year: 1944, Month: 2, Day: 30, Precision: model.PrecisionDay}, {Year: 1944, Month: 30, Precision: model.PrecisionSeason},
		{Year: 1944, Precision: 99}} {
		if got := d.Human(); got != d.String() {
			t.Errorf("Human() of %+v = %q, want its EDTF %q", d, got, d.String())
		}
	}
}

func TestMonthNumber(t *testing.T) {
	for _, tt := range []struct {
		name string
		want int
	}{
		{"January", 1}, {"feb", 2}, {"Sept", 9}, {"SEPTEMBER", 9}, {"Dec", 12}, {"may", 5},
		{"", 0}, {"Janu", 0}, {"spring", 0}, {"12", 0},
	} {
		if got := model.MonthNumber(tt.name); got != tt.want {
			t.Errorf("MonthNumber(%q) = %d, want %d", tt.name, got, tt.want)
		}
	}
}
