package prose_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vita-project/vita/importers/prose"
	"github.com/vita-project/vita/model"
)

// showTimex writes a time expression as "kind date | text", with "(relative)" after one resolved
// from the anchor: "range 1981..1994 | between 1981 and 1994".
func showTimex(s string, t prose.Timex) string {
	var date string
	switch t.Kind {
	case prose.Range:
		date = t.Start.String() + ".." + t.End.String()
	case prose.Until:
		date = t.End.String()
	default:
		date = t.Start.String()
	}
	out := t.Kind.String() + " " + date + " | " + s[t.Begin:t.Finish]
	if t.Relative {
		out += " (relative)"
	}
	return out
}

// checkTimexes asserts what holds of every result of Timexes: offsets inside the sentence and in
// order, the dates each kind fills, dates that survive EDTF, ranges that do not run backwards.
func checkTimexes(t *testing.T, s string, anchor model.Date, ts []prose.Timex) {
	t.Helper()
	prev := 0
	for i, x := range ts {
		if x.Begin < prev || x.Begin >= x.Finish || x.Finish > len(s) {
			t.Fatalf("Timexes(%q)[%d]: offsets %d..%d after %d", s, i, x.Begin, x.Finish, prev)
		}
		prev = x.Finish
		switch x.Kind {
		case prose.Point, prose.From:
			if x.Start.IsZero() || !x.End.IsZero() {
				t.Fatalf("Timexes(%q)[%d]: %v with start %q and end %q", s, i, x.Kind, x.Start, x.End)
			}
		case prose.Until:
			if !x.Start.IsZero() || x.End.IsZero() {
				t.Fatalf("Timexes(%q)[%d]: until with start %q and end %q", s, i, x.Start, x.End)
			}
		case prose.Range:
			if x.Start.IsZero() || x.End.IsZero() || x.End.Before(x.Start) {
				t.Fatalf("Timexes(%q)[%d]: range %q..%q", s, i, x.Start, x.End)
			}
		default:
			t.Fatalf("Timexes(%q)[%d]: kind %v", s, i, x.Kind)
		}
		for _, d := range []model.Date{x.Start, x.End} {
			if d.IsZero() {
				continue
			}
			back, err := model.ParseDate(d.String())
			if err != nil || back != d {
				t.Fatalf("Timexes(%q)[%d]: %+v reads back from %q as %+v, %v", s, i, d, d.String(), back, err)
			}
		}
		if x.Relative && anchor.IsZero() && i == 0 {
			t.Fatalf("Timexes(%q)[%d]: relative without an anchor", s, i)
		}
	}
}

func TestTimexes(t *testing.T) {
	tests := []struct {
		name, in, anchor string
		want             []string
	}{
		// points
		{"year", "He moved to London in 1998.", "", []string{"point 1998 | in 1998"}},
		{"month", "He was suspended in May 2019 by the party.", "", []string{"point 2019-05 | in May 2019"}},
		{"month, never a day", "born February 1944", "", []string{"point 1944-02 | February 1944"}},
		{"day month year", "He was born on 7 November 1935 in Leeds.", "", []string{"point 1935-11-07 | on 7 November 1935"}},
		{"month day, year", "He died on November 7, 1935, in Leeds.", "", []string{"point 1935-11-07 | on November 7, 1935"}},
		{"ordinal day", "on the 7th of November 1935", "", []string{"point 1935-11-07 | on the 7th of November 1935"}},
		{"abbreviated month", "in Sept. 1990 and Feb 1991", "", []string{"point 1990-09 | in Sept. 1990", "point 1991-02 | Feb 1991"}},
		{"year ends the sentence", "The family moved in 1838.", "", []string{"point 1838 | in 1838"}},
		{"decade", "in the 1970s", "", []string{"point 197X | in the 1970s"}},
		{"decade with apostrophe", "during the 1970's", "", []string{"point 197X | during the 1970's"}},
		{"bare decade", "1940s radio", "", []string{"point 194X | 1940s"}},
		{"century", "in the 19th century", "", []string{"point 18XX | in the 19th century"}},
		{"century in words", "the nineteenth century", "", []string{"point 18XX | the nineteenth century"}},
		{"twenty-first century", "the twenty-first century", "", []string{"point 20XX | the twenty-first century"}},
		{"hundreds", "in the 1800s", "", []string{"point 18XX | in the 1800s"}},
		{"2000s is a decade", "in the 2000s", "", []string{"point 200X | in the 2000s"}},
		{"season", "in the summer of 1862", "", []string{"point 1862-22 | in the summer of 1862"}},
		{"season and year", "spring 1985", "", []string{"point 1985-21 | spring 1985"}},
		{"as of", "as of 1990", "", []string{"point 1990 | as of 1990"}},
		{"by", "By 1990 he had left.", "", []string{"point 1990 | By 1990"}},
		{"the year as an adjective", "after the 1862 elections", "", []string{"from 1862 | after the 1862"}},
		{"ISO date", "on 1944-02-17", "", []string{"point 1944-02-17 | on 1944-02-17"}},
		{"BC", "born in 44 BC", "", []string{"point -0043 | in 44 BC"}},
		{"B.C.", "born in 44 B.C. in Rome", "", []string{"point -0043 | in 44 B.C."}},
		{"AD", "AD 79", "", []string{"point 0079 | AD 79"}},
		{"a low year after in", "He was born in 450, in Gaul.", "", []string{"point 0450 | in 450"}},
		{"a low year with a month", "in March 450", "", []string{"point 0450-03 | in March 450"}},

		// qualifiers
		{"late", "In late 2022, he left.", "", []string{"point 2022~ | In late 2022"}},
		{"early decade", "early 1970s", "", []string{"point 197X~ | early 1970s"}},
		{"mid decade", "since the mid-1960s", "", []string{"from 196X~ | since the mid-1960s"}},
		{"c.", "c. 1843", "", []string{"point 1843~ | c. 1843"}},
		{"c. glued", "c.1843", "", []string{"point 1843~ | c.1843"}},
		{"ca.", "ca. 1500", "", []string{"point 1500~ | ca. 1500"}},
		{"circa", "circa 965", "", []string{"point 0965~ | circa 965"}},
		{"around", "around 1990", "", []string{"point 1990~ | around 1990"}},
		{"about", "about 1990", "", []string{"point 1990~ | about 1990"}},
		{"late in", "Late in 1836 he moved.", "", []string{"point 1836~ | Late in 1836"}},
		{"early month", "In early March 1830", "", []string{"point 1830-03~ | In early March 1830"}},
		{"the end of", "By the end of 1863", "", []string{"point 1863~ | By the end of 1863"}},
		{"mid century", "the mid-19th century", "", []string{"point 18XX~ | the mid-19th century"}},
		{"late century", "in the late 20th century", "", []string{"point 19XX~ | in the late 20th century"}},

		// ranges
		{"between", "between 1981 and 1994", "", []string{"range 1981..1994 | between 1981 and 1994"}},
		{"from until", "from 1982 until 1991", "", []string{"range 1982..1991 | from 1982 until 1991"}},
		{"en dash", "1986–1990", "", []string{"range 1986..1990 | 1986–1990"}},
		{"hyphen", "1986-1990", "", []string{"range 1986..1990 | 1986-1990"}},
		{"spaced hyphen", "1986 - 1990", "", []string{"range 1986..1990 | 1986 - 1990"}},
		{"to", "1986 to 1990", "", []string{"range 1986..1990 | 1986 to 1990"}},
		{"from to", "from 1965 to 1969", "", []string{"range 1965..1969 | from 1965 to 1969"}},
		{"two-digit end", "1985–89", "", []string{"range 1985..1989 | 1985–89"}},
		{"two-digit end across a century", "the 1999–00 season", "", []string{"range 1999..2000 | 1999–00"}},
		{"session", "In the 1835–36 legislative session", "", []string{"range 1835..1836 | In the 1835–36"}},
		{"slash", "the 1990/91 season", "", []string{"range 1990..1991 | 1990/91"}},
		{"decades", "the 1960s–70s", "", []string{"range 196X..197X | the 1960s–70s"}},
		{"months", "from March 1861 until April 1865", "", []string{"range 1861-03..1865-04 | from March 1861 until April 1865"}},
		{"term", "during the term 1985–1989", "", []string{"range 1985..1989 | 1985–1989"}},
		{"life span", "Edward Haigh (7 November 1935 – 17 February 2016) was", "", []string{"range 1935-11-07..2016-02-17 | 7 November 1935 – 17 February 2016"}},
		{"American life span", "(February 12, 1809 – April 15, 1865)", "", []string{"range 1809-02-12..1865-04-15 | February 12, 1809 – April 15, 1865"}},
		{"days of a month", "12–15 March 1990", "", []string{"range 1990-03-12..1990-03-15 | 12–15 March 1990"}},
		{"days of an American month", "March 12–15, 1990", "", []string{"range 1990-03-12..1990-03-15 | March 12–15, 1990"}},
		{"months of a year", "March–June 1861", "", []string{"range 1861-03..1861-06 | March–June 1861"}},
		{"between months", "between March and June 1861", "", []string{"range 1861-03..1861-06 | between March and June 1861"}},
		{"approximate ends", "(c. 965 – c. 1040)", "", []string{"range 0965~..1040~ | c. 965 – c. 1040"}},
		{"BC range", "753–509 BC", "", []string{"range -0752..-0508 | 753–509 BC"}},
		{"until a clause", "serving from March 1861 until his assassination in April 1865.", "",
			[]string{"range 1861-03..1865-04 | from March 1861 until his assassination in April 1865"}},
		{"and is no range", "in 1981 and 1994", "", []string{"point 1981 | in 1981", "point 1994 | 1994"}},
		{"backwards", "from 1995 to 1990", "", []string{"point 1995 | 1995", "point 1990 | 1990"}},
		{"two ranges", "from 1965 to 1969 and from 1966 to 1969", "", []string{"range 1965..1969 | from 1965 to 1969", "range 1966..1969 | from 1966 to 1969"}},

		// open starts and ends
		{"from", "from 1995", "", []string{"from 1995 | from 1995"}},
		{"since", "since 2016", "", []string{"from 2016 | since 2016"}},
		{"starting in", "starting in 1990", "", []string{"from 1990 | starting in 1990"}},
		{"beginning in", "beginning in the summer of 1966", "", []string{"from 1966-22 | beginning in the summer of 1966"}},
		{"after", "after 1990", "", []string{"from 1990 | after 1990"}},
		{"days after", "five days after the April 9th surrender", "1865-04-14", []string{"point 1865-04-09 | April 9th (relative)"}},
		{"onwards", "from 1995 onwards", "", []string{"from 1995 | from 1995 onwards"}},
		{"present", "1986–present", "", []string{"from 1986 | 1986–present"}},
		{"to the present", "from 1995 to the present", "", []string{"from 1995 | from 1995 to the present"}},
		{"open dash", "(2016–)", "", []string{"from 2016 | 2016–"}},
		{"until", "until 1990", "", []string{"until 1990 | until 1990"}},
		{"till", "till 1990", "", []string{"until 1990 | till 1990"}},
		{"up to", "up to 1990", "", []string{"until 1990 | up to 1990"}},
		{"before", "before 1990", "", []string{"until 1990 | before 1990"}},
		{"until the end of a clause", "until the abolition of the authority in 1990", "", []string{"until 1990 | until the abolition of the authority in 1990"}},
		{"until counts from the start", "from 1861 until two years later", "", []string{"range 1861..1863 | from 1861 until two years later"}},
		{"until stops at a comma", "until he retired, in 1990", "", []string{"point 1990 | in 1990"}},

		// relative
		{"four years later", "Four years later he was elected.", "1956", []string{"point 1960 | Four years later (relative)"}},
		{"years later from a month", "four years later", "1956-03", []string{"point 1960 | four years later (relative)"}},
		{"two years later", "two years later", "1956", []string{"point 1958 | two years later (relative)"}},
		{"a year later", "a year later", "1956", []string{"point 1957 | a year later (relative)"}},
		{"digits", "12 years later", "1956", []string{"point 1968 | 12 years later (relative)"}},
		{"twenty-one", "twenty-one years later", "1956", []string{"point 1977 | twenty-one years later (relative)"}},
		{"years earlier", "three years earlier", "1956", []string{"point 1953 | three years earlier (relative)"}},
		{"a decade later", "a decade later", "1956", []string{"point 1966~ | a decade later (relative)"}},
		{"the following year", "the following year", "1956", []string{"point 1957 | the following year (relative)"}},
		{"the following year after a month", "The following year, he left.", "2019-05", []string{"point 2020 | The following year (relative)"}},
		{"the next year", "in the next year", "1956", []string{"point 1957 | in the next year (relative)"}},
		{"the previous year", "signed by 68 rabbis the previous year", "2019-01", []string{"point 2018 | the previous year (relative)"}},
		{"that year", "that year", "1956-03-02", []string{"point 1956 | that year (relative)"}},
		{"the same year", "in the same year", "1956", []string{"point 1956 | in the same year (relative)"}},
		{"later that year", "Later that year", "1956", []string{"point 1956 | Later that year (relative)"}},
		{"later in the year", "later in the year, he", "1956", []string{"point 1956 | later in the year (relative)"}},
		{"the year after", "the year after.", "1956", []string{"point 1957 | the year after (relative)"}},
		{"later that month", "Later that month, Willsman was suspended.", "2019-05", []string{"point 2019-05 | Later that month (relative)"}},
		{"the following month", "the following month", "2019-12", []string{"point 2020-01 | the following month (relative)"}},
		{"months later", "two months later", "2019-11-20", []string{"point 2020-01 | two months later (relative)"}},
		{"the next day", "the next day", "1865-04-14", []string{"point 1865-04-15 | the next day (relative)"}},
		{"days later", "three days later", "1865-12-30", []string{"point 1866-01-02 | three days later (relative)"}},
		{"the same day", "appointed the same day", "1864-12-06", []string{"point 1864-12-06 | the same day (relative)"}},
		{"that summer", "Later that summer", "1831", []string{"point 1831-22 | Later that summer (relative)"}},
		{"the following December", "engaged the following December", "1839-12", []string{"point 1840-12 | the following December (relative)"}},
		{"a month takes the anchor's year", "in June", "1861-04-19", []string{"point 1861-06 | in June (relative)"}},
		{"a day takes the anchor's year", "On April 15, Lincoln called", "1861-03", []string{"point 1861-04-15 | On April 15 (relative)"}},
		{"a month long before the anchor is next year's", "in January", "1862-09", []string{"point 1863-01 | in January (relative)"}},
		{"days of a month without a year", "from April 19 through April 21", "1865-04-15", []string{"range 1865-04-19..1865-04-21 | from April 19 through April 21 (relative)"}},
		{"until a relative date", "until his death two years later", "1988", []string{"until 1990 | until his death two years later (relative)"}},
		{"from the sentence's own date", "In 1956 he married; four years later they parted.", "", []string{"point 1956 | In 1956", "point 1960 | four years later (relative)"}},
		{"the stated date wins", "Four years later, in 1960, he left.", "1956", []string{"point 1960 | in 1960"}},
		{"approximate anchor", "four years later", "1843~", []string{"point 1847~ | four years later (relative)"}},
		{"no anchor", "four years later; the following year; that year; in June", "", nil},
		{"months need a month", "two months later; later that month", "1956", nil},
		{"days need a day", "the next day", "1956-03", nil},
		{"years need a year", "two years later", "197X", nil},
		{"years before an event", "two years after his election", "1956", nil},

		// not dates
		{"count", "signed by 68 rabbis", "", nil},
		{"thousands", "1,000 members joined", "", nil},
		{"count noun", "1000 members joined", "", nil},
		{"books", "He wrote 30 books and 1500 articles.", "", nil},
		{"money", "it cost £1944 and $1990 and $ 1990", "", nil},
		{"route", "along Route 66 and Route 1944", "", nil},
		{"names", "He flew a Boeing 747 and used Windows 2000.", "", nil},
		{"pages", "see page 1944 and pp. 1944–1950", "", nil},
		{"ordinal", "the 16th President", "", nil},
		{"time of day", "at 7:22 am and at 19:45", "", nil},
		{"age", "aged 45", "", nil},
		{"number", "No. 10 and No. 1944", "", nil},
		{"quantifier", "over 1500 people and more than 2000 and some 1200", "", nil},
		{"per cent", "3.5 per cent and 1990 per cent and 1990%", "", nil},
		{"unit", "a 1500-metre race", "", nil},
		{"address", "at 1600 Pennsylvania Avenue", "", nil},
		{"votes", "1,866,452 votes", "", nil},
		{"code", "a B-52 and a B-1952 and pre-1990 rules", "", nil},
		{"low number before a word", "resulted in 450 arrests", "", nil},
		{"low number", "Lincoln had 180 and they had only 123.", "", nil},
		{"count range", "from 1200 to 1500 members", "", nil},
		{"impossible day", "30 February 1944", "", nil},
		{"adjective century", "a 19th-century writer", "", nil},
		{"May the verb", "May he rest; the March on Washington", "", nil},
		{"glued letters", "1944a and the 747s", "", nil},
		{"decimal", "1944.5 and 19.44", "", nil},
		{"five digits", "19445", "", nil},
		{"ISBN", "ISBN 0-19-1944", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var anchor model.Date
			if tt.anchor != "" {
				anchor = model.MustParseDate(tt.anchor)
			}
			ts := prose.Timexes(tt.in, anchor)
			checkTimexes(t, tt.in, anchor, ts)
			var got []string
			for _, x := range ts {
				got = append(got, showTimex(tt.in, x))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Timexes(%q, %q)\n got %q\nwant %q", tt.in, tt.anchor, got, tt.want)
			}
		})
	}
}

// TestTimexesCountOrYear covers the words after a year that open a sentence: "In 1861 troops were
// sent" states a year; "It resulted in 1861 deaths" a count.
func TestTimexesCountOrYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"In 1861 troops were sent.", 1},
		{"By 1990 women could vote.", 1},
		{"It resulted in 1861 deaths.", 0},
		{"He won 1990 votes in 1990.", 1},
		{"In 1000 years nothing changed.", 0},
	}
	for _, tt := range tests {
		if got := len(prose.Timexes(tt.in, model.Date{})); got != tt.want {
			t.Errorf("Timexes(%q) found %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTimeKindString(t *testing.T) {
	for k, want := range map[prose.TimeKind]string{prose.Point: "point", prose.Range: "range", prose.From: "from",
		prose.Until: "until", 0: "TimeKind(0)"} {
		if got := k.String(); got != want {
			t.Errorf("TimeKind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

func ExampleTimexes() {
	text := "Haigh served on the council from March 1861 until his death in April 1865. " +
		"Four years later, his son was elected, and he held the seat between 1881 and 1889."
	var anchor model.Date // the last date stated so far
	for _, s := range prose.Sentences(text) {
		for _, t := range prose.Timexes(s, anchor) {
			fmt.Printf("%-5s %-7s %-7s %q\n", t.Kind, t.Start, t.End, s[t.Begin:t.Finish])
			anchor = t.Last()
		}
	}
	// Output:
	// range 1861-03 1865-04 "from March 1861 until his death in April 1865"
	// point 1869            "Four years later"
	// range 1881    1889    "between 1881 and 1889"
}

// corpusSentences returns the sentences of the development corpus.
func corpusSentences(tb testing.TB) []string {
	files, err := filepath.Glob("../../testdata/corpus/plain/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no corpus: %v", err)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			out = append(out, prose.Sentences(p)...)
		}
	}
	return out
}

func FuzzTimexes(f *testing.F) {
	for _, s := range []string{
		"between 1981 and 1994", "from March 1861 until his assassination in April 1865", "1985–89",
		"the mid-1960s", "c. 965 – c. 1040", "four years later", "12–15 March 1990", "March 12–15, 1990",
		"753–509 BC", "the following December", "1,866,452 votes", "(2016–)", "1990/91", "1944-02-30",
		"until the abolition of the authority in 1990", "the twenty-first century", "April 19 through April 21",
	} {
		f.Add(s, "1956-03")
	}
	f.Add("from 700 til April", "") // once a merged range counted as relative to a missing anchor
	for i, s := range corpusSentences(f) {
		if i%8 == 0 {
			f.Add(s, "1861-04-15")
		}
	}
	f.Fuzz(func(t *testing.T, s, anchorEDTF string) {
		anchor, err := model.ParseDate(anchorEDTF)
		if err != nil {
			anchor = model.Date{}
		}
		ts := prose.Timexes(s, anchor)
		checkTimexes(t, s, anchor, ts)
		for _, d := range prose.Dates(s) {
			if d.Start < 0 || d.Start >= d.End || d.End > len(s) || d.Date.IsZero() {
				t.Fatalf("Dates(%q): %+v", s, d)
			}
		}
	})
}

// BenchmarkTimexes reads a long paragraph's sentences with the anchor carried from one to the next.
func BenchmarkTimexes(b *testing.B) {
	paragraph := `Edward Haigh (7 November 1935 – 17 February 2016) was a British trade unionist. Born in
Leeds, Haigh left school at 15 and worked as a carpet weaver from 1950 until 1956. In 1956 he joined the
National Union of Dyers, Bleachers and Textile Workers, and four years later he became a shop steward. He
served on the union's executive between 1962 and 1969, and was its president from 1973 to 1979. In the
early 1970s he sat on the Trades Union Congress, though he served only one year before it was
reorganised. The following year he was elected Assistant General Secretary, a post he held until the merger
of the union in 1982. From 1982 until 1991 he was a national officer of the TGWU, with 1,200 members in his
region, and in 1986–1990 he sat on the Labour Party's National Executive Committee. Later that year he
retired; he died on 17 February 2016, aged 80, some 60 years after his first election in c. 1956.`
	sentences := prose.Sentences(strings.Join(strings.Fields(paragraph), " "))
	size := 0
	for _, s := range sentences {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		var anchor model.Date
		for _, s := range sentences {
			for _, t := range prose.Timexes(s, anchor) {
				anchor = t.Last()
			}
		}
	}
}

func TestTimexesAtTheEdgesOfTime(t *testing.T) {
	for _, tt := range []struct{ in, anchor string }{
		{"in January", "9999-12"}, {"the following December", "9999-12"}, {"twenty years later", "9999"},
		{"a decade later", "9995"}, {"ten years earlier", "-9995"}, {"the next day", "9999-12-31"},
		{"the previous month", "-9999-01"}, {"in June", "-9999"},
	} {
		anchor := model.MustParseDate(tt.anchor)
		checkTimexes(t, tt.in, anchor, prose.Timexes(tt.in, anchor))
	}
}
