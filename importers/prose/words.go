package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a mark of punctuation in a sentence, with its byte offsets.
type token struct {
	text       string
	start, end int
}

// tokenize splits a sentence into words and marks. A word holds letters, digits and the marks
// inside names and numbers: apostrophes ("Workers'", "O'Brien"), hyphens ("full-time"), full stops
// between letters ("U.S."), ampersands ("AT&T"), and the possessive "'s" stays a token of its own.
func tokenize(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// inner marks: a letter or digit must follow
				if strings.ContainsRune("'’-.&", r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) && !(isApostrophe(r2) && possessiveAt(s, j)) {
						j += n2
						continue
					}
				}
				break
			}
			// an initial keeps its full stop ("John F. Kennedy", "George H. W. Bush"), and so does
			// an abbreviation with inner stops ("U.S.", "D.C.", "LL.B.")
			if j < len(s) && s[j] == '.' && ((j-i == 1 && unicode.IsUpper(r)) || strings.Contains(s[i:j], ".")) &&
				(j+1 == len(s) || s[j+1] == ' ') {
				j++
			}
			// "Workers'" keeps a closing apostrophe after a plural s
			if j < len(s) && strings.HasSuffix(s[i:j], "s") {
				if r2, n2 := utf8.DecodeRuneInString(s[j:]); isApostrophe(r2) && (j+n2 == len(s) || !isWordRuneAt(s, j+n2)) {
					j += n2
				}
			}
			toks = append(toks, token{s[i:j], i, j})
			i = j
		case isApostrophe(r) && possessiveAt(s, i):
			toks = append(toks, token{s[i : i+n+1], i, i + n + 1})
			i += n + 1
		default:
			toks = append(toks, token{s[i : i+n], i, i + n})
			i += n
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// possessiveAt reports whether the apostrophe at s[i] starts a possessive "'s" that ends a word.
func possessiveAt(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	j := i + n
	return j < len(s) && s[j] == 's' && (j+1 == len(s) || !isWordRuneAt(s, j+1))
}

func isPossessive(t string) bool { return t == "'s" || t == "’s" }

// capitalised reports whether a word starts with an upper-case letter (or a digit inside a name,
// as in "1993 Base Realignment Commission").
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// acronym reports whether w is an acronym such as "NEC", "TGWU" or "NUDBTW": two to eight letters,
// all upper case.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '&' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

func lower(w string) string { return strings.ToLower(w) }
