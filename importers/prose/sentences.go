// Package prose reads facts from the sentences of an article: it splits paragraphs into sentences,
// finds dates in them, and fills a biography's lead facts (full name, birth and death, nationality,
// description, occupations), each with the sentence that states it. Every article reader, plain
// text or wikitext, hands its sections to Extract.
package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence. Lower-cased, without the stop.
var abbreviations = map[string]bool{
	"st": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "jr": true, "sr": true,
	"rev": true, "gen": true, "col": true, "capt": true, "lt": true, "sgt": true, "gov": true,
	"sen": true, "rep": true, "hon": true, "c": true, "ca": true, "approx": true, "vs": true, "etc": true,
	"e.g": true, "i.e": true, "no": true, "nos": true, "vol": true, "pp": true, "p": true, "fig": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "mt": true, "ft": true, "op": true, "ed": true, "eds": true, "cf": true, "al": true,
	"v": true, "viz": true, "maj": true, "adm": true, "brig": true, "cmdr": true, "cdr": true, "cpl": true,
	"pvt": true, "pres": true, "supt": true, "fr": true, "rt": true, "messrs": true, "mme": true,
	"msgr": true, "esq": true, "bros": true, "dept": true, "univ": true, "ave": true, "blvd": true,
}

// nameEnds are the abbreviations that end a name and often a sentence with it: "Martin Luther King
// Jr. He", "Acme Inc. The", "and so on, etc. Then". They end a sentence only before a word that
// usually opens one.
var nameEnds = map[string]bool{
	"jr": true, "sr": true, "inc": true, "ltd": true, "co": true, "corp": true, "etc": true, "bros": true,
	"esq": true, "al": true,
}

// Sentences splits a paragraph into sentences. A full stop, question or exclamation mark ends a
// sentence when a space and a capital letter, digit or opening quote follow, unless it ends an
// abbreviation ("St.", "Jr.", "c.", "v."), an initial ("K. Nicole Mitchell"), a run of initials
// ("U.S."), or sits inside a quotation that goes on or a bracket, unless the bracket closes right
// after it ("(In 2002 the firm merged.) He"). Closing quotes and brackets stay with their sentence.
// A quotation mark that nothing closes later in the paragraph opens no quotation.
//
// The sentences are the paragraph's text, trimmed, in order: between two of them there is only
// white space, so joining them with spaces gives the paragraph with its white space normalised
// between sentences.
func Sentences(paragraph string) []string {
	text := strings.TrimSpace(paragraph)
	var out []string
	start := 0
	depth := 0      // open brackets
	quoted := false // inside a quotation
	lastClose := strings.LastIndexAny(text, `"”`)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '"':
			// a quotation opens only if something closes it: sources drop closing marks
			quoted = !quoted && lastClose > i
		case '“':
			quoted = lastClose > i
		case '”':
			quoted = false
		}
		if (r == '.' || r == '?' || r == '!') && (depth == 0 || depth == 1 && closesBracket(text[i+size:])) {
			end := i + size
			// closing quotes and brackets belong to the sentence they close
			for end < len(text) {
				c, n := utf8.DecodeRuneInString(text[end:])
				if !strings.ContainsRune(`"'”’)]»`, c) {
					break
				}
				if c == '"' || c == '”' {
					quoted = false
				}
				if (c == ')' || c == ']') && depth > 0 {
					depth--
				}
				end += n
			}
			if end < len(text) && !quoted && boundary(text, start, i, end) {
				out = append(out, strings.TrimSpace(text[start:end]))
				start = end
			}
			i = end
			continue
		}
		i += size
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// closesBracket reports whether the closing marks at the start of s close a bracket: ".)" or ".")".
func closesBracket(s string) bool {
	for _, c := range s {
		switch c {
		case ')', ']':
			return true
		case '"', '\'', '”', '’', '»':
			continue
		}
		return false
	}
	return false
}

// boundary decides whether the mark at text[i] (with closers up to end) ends a sentence.
func boundary(text string, start, i, end int) bool {
	next, n := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(next) {
		return false // "U.S.A", "3.5", "example.com"
	}
	rest := strings.TrimLeftFunc(text[end+n:], unicode.IsSpace)
	first, _ := utf8.DecodeRuneInString(rest)
	if !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"“‘'(`, first) ||
		unicode.Is(unicode.Lo, first)) {
		return false // "etc. and", "i.e. the"
	}
	if text[i] != '.' {
		return true
	}
	word := lastWord(text[start:i])
	lower := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case nameEnds[lower]:
		// "Harry McPherson, Jr. (August 22, 1929" and "Mark E. Neely Jr. has" go on,
		// "Martin Luther King Jr. He" ends
		return sentenceStarter(rest)
	case abbreviations[lower] && !(lower == "no" && !unicode.IsDigit(first)):
		// "c. 1843", "St. Louis" and "Dred Scott v. Sandford" go on; "No. 10" goes on, but
		// "said no. Then" ends
		return false
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		return false // an initial: "K. Nicole Mitchell", "Lyndon B. Johnson"
	case strings.Contains(word, ".") && isInitials(word):
		// "U.S." ends a sentence only when the next word cannot continue a name: "the U.S. Senate"
		// goes on, "in the U.S. He" is ambiguous; prefer going on before a capitalised word that is
		// not a pronoun or article.
		return sentenceStarter(rest)
	}
	return true
}

// lastWord returns the run of letters and inner full stops before position end: "U.S" for "the U.S".
func lastWord(s string) string {
	j := len(s)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		j -= n
	}
	return strings.Trim(s[j:], ".")
}

func isInitials(word string) bool {
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

// sentenceStarter reports whether s begins with a word that usually opens a sentence rather than
// continuing a name: a pronoun, an article, a preposition or a conjunction.
func sentenceStarter(s string) bool {
	word := s
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		word = s[:i]
	}
	switch word {
	case "He", "She", "They", "It", "The", "A", "An", "In", "On", "At", "After", "Before", "During",
		"His", "Her", "Their", "This", "That", "These", "Those", "When", "While", "As", "But", "And",
		"However", "From", "Since", "Following", "By", "For", "With", "We", "I", "There":
		return true
	}
	return false
}
