package wikitext

import (
	"strconv"
	"strings"

	"github.com/vita-project/vita/model"
)

// textTemplates are the templates that print text in an article, by normalised name; every other
// template prints nothing. That drops infoboxes (read apart), navigation boxes, succession boxes,
// {{reflist}}, {{sfn}}, {{efn}}, hatnotes such as {{main}}, maintenance tags such as
// {{citation needed}}, pronunciations ({{IPA…}}, {{respell}}, {{audio}}) and any template this table
// does not know, which is the safe choice: a missing phrase costs less than a template's
// parameters read as prose.
var textTemplates map[string]func(*call) string

// The table is filled in init because its entries render their arguments, which leads back to
// the table: a variable's initialiser may not refer to itself.
func init() {
	first := func(c *call) string { return c.pos(1) }
	second := func(c *call) string {
		if s := c.pos(2); s != "" {
			return s
		}
		return c.pos(1)
	}
	fixed := func(s string) func(*call) string { return func(*call) string { return s } }
	line := func(c *call) string {
		if c.r.list {
			return "\n"
		}
		return " "
	}
	textTemplates = map[string]func(*call) string{
		// Text kept as it is.
		"nowrap": first, "nobr": first, "nobreak": first, "small": first, "smaller": first,
		"big": first, "larger": first, "large": first, "huge": first, "midsize": first,
		"longitem": first, "em": first, "strong": first, "var": first, "mvar": first, "tt": first,
		"code": first, "kbd": first, "samp": first, "abbr": first, "abbrlink": first,
		"tooltip": first, "nobold": first, "noitalic": first, "smallcaps": first, "small caps": first,
		"sc": first, "vanchor": first, "visible anchor": first, "sup": first, "sub": first,
		"center": first, "not a typo": first, "proper name": first, "flag": first,
		"flagcountry": first, "flagu": first, "resize": second, "font color": second,
		"color": second, "colour": second, "script": second, "native name": second,
		"no self-redirect": second, "url": second, "langx": second,
		"font":               func(c *call) string { return c.str("text", "1") },
		"lang":               func(c *call) string { return c.str("text", "2") },
		"block indent":       func(c *call) string { return c.str("text", "1") },
		"columns-list":       func(c *call) string { return c.str("1") },
		"korean":             func(c *call) string { return c.str("hangul", "hanja", "rr", "mr", "1") },
		"ill":                func(c *call) string { return c.str("lt", "1") },
		"interlanguage link": func(c *call) string { return c.str("lt", "1") },
		"transl":             lastPositional, "transliteration": lastPositional, "translit": lastPositional,
		"nihongo": func(c *call) string {
			if c.pos(2) != "" {
				return c.pos(1) + " (" + c.pos(2) + ")"
			}
			return c.pos(1)
		},
		"sic": func(c *call) string { return strings.Join(c.positional(), "") },
		"frac": func(c *call) string {
			p := c.positional()
			switch len(p) {
			case 1:
				return "1/" + p[0]
			case 2:
				return p[0] + "/" + p[1]
			case 3:
				return p[0] + " " + p[1] + "/" + p[2]
			}
			return ""
		},
		"ordinal": func(c *call) string {
			if n, err := strconv.Atoi(c.pos(1)); err == nil {
				return model.Ordinal(n)
			}
			return c.pos(1)
		},
		"isbn":     func(c *call) string { return "ISBN " + c.pos(1) },
		"oclc":     func(c *call) string { return "OCLC " + c.pos(1) },
		"doi":      func(c *call) string { return "doi:" + c.pos(1) },
		"bibleref": bibleRef, "bibleref2": bibleRef, "bibleverse": bibleRef, "bible verse": bibleRef,
		"us$": func(c *call) string { return "US$" + c.pos(1) },

		// Punctuation and spacing.
		"!": fixed("|"), "=": fixed("="), "\\": fixed(" / "), "'s": fixed("&#39;s"),
		"·": fixed(" · "), "dot": fixed(" · "), "middot": fixed(" · "), "•": fixed(" • "),
		"bull": fixed(" • "), "bullet": fixed(" • "), "ndash": fixed("–"), "–": fixed("–"), "—": fixed("—"), "en dash": fixed("–"),
		"mdash": fixed("—"), "em dash": fixed("—"), "snd": fixed(" – "), "spnd": fixed(" – "),
		"sndash": fixed(" – "), "spaced ndash": fixed(" – "), "spaced en dash": fixed(" – "),
		"spaced mdash": fixed(" — "), "spmd": fixed(" — "), "nbsp": fixed(" "), "spaces": fixed(" "),
		"thinsp": fixed(" "), "hair space": fixed(""), "zwsp": fixed(""), "shy": fixed(""),
		"break": line, "br": line,

		// Dates, numbers and quantities.
		"birth date": dateTemplate, "birth date and age": dateTemplate, "bda": dateTemplate,
		"dob": dateTemplate, "death date": dateTemplate, "death date and age": dateTemplate,
		"dda": dateTemplate, "start date": dateTemplate, "end date": dateTemplate,
		"start date and age": dateTemplate, "end date and age": dateTemplate,
		"birth year": dateTemplate, "death year": dateTemplate, "birth year and age": dateTemplate,
		"death year and age": dateTemplate, "birth-date": dateTemplate, "death-date": dateTemplate,
		"birth-date and age": dateTemplate, "death-date and age": dateTemplate,
		"start-date": dateTemplate, "end-date": dateTemplate, "dts": dateTemplate, "date": dateTemplate,
		"circa": circa, "c.": circa, "ca.": circa, "ca": circa, "c": circa,
		"fl.": floruit, "fl": floruit, "floruit": floruit,
		"as of": asOf,
		"oldstyledate": func(c *call) string {
			day, year, old := c.pos(1), c.pos(2), c.pos(3)
			sep := " "
			if day != "" && day[len(day)-1] >= '0' && day[len(day)-1] <= '9' {
				sep = ", "
			}
			s := strings.TrimSpace(day + sep + year)
			if old != "" {
				s += " [O.S. " + old + "]"
			}
			return s
		},
		"marriage": marriage, "married": marriage,
		"convert": convert, "cvt": convert,

		// Short citations, when they stand in the prose: "Smith (1999)".
		"harvnb": harvard, "harv": harvard, "harvtxt": harvard, "harvp": harvard,

		// Lists: one item a line in infobox values, a comma-separated run in prose.
		"plainlist": bulletList, "plain list": bulletList, "flatlist": bulletList,
		"flat list": bulletList, "hlist": argList, "ubl": argList, "ublist": argList,
		"unbulleted list": argList, "bulleted list": argList, "bulletedlist": argList,
		"ordered list": argList, "cslist": argList, "comma separated entries": argList,
		"br separated entries": argList, "collapsible list": argList, "flowlist": argList,

		// Quotations are paragraphs of their own.
		"quote": quotation, "blockquote": quotation, "cquote": quotation, "quotation": quotation,
		"bq": quotation, "quote frame": quotation, "poemquote": quotation,
	}
}

func lastPositional(c *call) string {
	p := c.positional()
	if len(p) == 0 {
		return ""
	}
	return p[len(p)-1]
}

func bibleRef(c *call) string { return strings.TrimSpace(c.pos(1) + " " + c.pos(2)) }

// dateTemplate prints a date template as "17 February 1944", or "February 17, 1944" with mf=y.
// Ages are left out: they depend on the day the article is read.
func dateTemplate(c *call) string {
	d, display, ok := callDate(c)
	switch {
	case display != "":
		return display
	case !ok:
		return ""
	}
	return dateText(d, c.flag("mf") && !c.flag("df"))
}

// circa prints {{circa}} as "c.", {{circa|965}} as "c. 965" and {{c.|965|1040}} as "c. 965 – c. 1040".
func circa(c *call) string {
	var out []string
	for _, p := range c.positional() {
		if p != "" {
			out = append(out, "c. "+p)
		}
	}
	if len(out) == 0 {
		return "c."
	}
	return strings.Join(out, " – ")
}

func floruit(c *call) string { return strings.TrimSpace("fl. " + c.pos(1)) }

func asOf(c *call) string {
	s := "As of"
	if c.flag("lc") {
		s = "as of"
	}
	if d, ok := ymd(c.pos(1), c.pos(2), c.pos(3)); ok {
		return s + " " + dateText(d, false)
	}
	return strings.TrimSpace(s + " " + c.pos(1))
}

// marriage prints {{marriage|Mary Todd|November 4, 1842|1865}} as "Mary Todd (m. November 4,
// 1842 – 1865)".
func marriage(c *call) string {
	name, start, end := c.pos(1), c.pos(2), c.pos(3)
	switch {
	case start == "":
		return name
	case end == "":
		return name + " (m. " + start + ")"
	}
	return name + " (m. " + start + " – " + end + ")"
}

// convert prints {{convert|5|km|mi}} as "5 km" and {{convert|5|-|8|km}} as "5–8 km": the quantity
// as the article states it, without the conversion.
func convert(c *call) string {
	v, unit := c.pos(1), c.pos(2)
	switch unit {
	case "-", "–", "to", "and", "or", "by", "x", "×", "+", "to(-)", "and(-)":
		sep := " " + strings.TrimSuffix(unit, "(-)") + " "
		if unit == "-" || unit == "–" {
			sep = "–"
		}
		return strings.TrimSpace(v + sep + c.pos(3) + " " + c.pos(4))
	}
	return strings.TrimSpace(v + " " + unit)
}

// harvard prints a short citation: {{harvnb|Smith|Jones|1999|p=5}} is "Smith & Jones 1999, p. 5";
// {{harv}} puts it in brackets and {{harvtxt}} brackets the year.
func harvard(c *call) string {
	var names []string
	year := ""
	for _, p := range c.positional() {
		if year == "" && isYearish(p) {
			year = p
			break
		}
		if p != "" {
			names = append(names, p)
		}
	}
	var who string
	switch len(names) {
	case 0:
	case 1:
		who = names[0]
	case 2:
		who = names[0] + " & " + names[1]
	case 3:
		who = names[0] + ", " + names[1] + " & " + names[2]
	default:
		who = names[0] + " et al."
	}
	where := ""
	switch {
	case c.str("p", "page") != "":
		where = ", p. " + c.str("p", "page")
	case c.str("pp", "pages") != "":
		where = ", pp. " + c.str("pp", "pages")
	case c.str("loc") != "":
		where = ", " + c.str("loc")
	}
	switch c.name {
	case "harv", "harvp":
		return "(" + strings.TrimSpace(who+" "+year) + where + ")"
	case "harvtxt":
		return who + " (" + year + where + ")"
	}
	return strings.TrimSpace(who+" "+year) + where
}

func isYearish(s string) bool {
	if s == "n.d." || s == "nd" {
		return true
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case digits >= 3 && r >= 'a' && r <= 'z': // 1986a
		case r == '–' || r == '-': // 1960–1961
		default:
			return false
		}
	}
	return digits >= 3
}

// bulletList reads {{plainlist|* a * b}}: its items are the lines of its content.
func bulletList(c *call) string { return itemsText(c, bulletItems(c.pos(1))) }

// argList reads {{hlist|a|b}}: its items are its positional arguments.
func argList(c *call) string {
	var items []string
	for _, p := range c.positional() {
		items = append(items, bulletItems(p)...)
	}
	return itemsText(c, items)
}

func itemsText(c *call, items []string) string {
	if c.r.list {
		if len(items) == 0 {
			return ""
		}
		return "\n" + strings.Join(items, "\n") + "\n"
	}
	return strings.Join(items, ", ")
}

// bulletItems splits text into the items of a list: its non-blank lines, without list markers.
func bulletItems(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "*#:;")); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// quotation prints a block quotation's text as a paragraph of its own, without the attribution.
func quotation(c *call) string {
	text := c.str("text", "quote", "1")
	if c.r.list {
		return "\n" + text + "\n"
	}
	return "\n\n" + text + "\n\n"
}
