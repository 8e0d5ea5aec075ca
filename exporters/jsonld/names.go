package jsonld

import (
	"strings"
	"unicode"
)

// personNames returns the given, additional and family names that Name (and FullName, for a middle
// name) allow, or "" for each when they do not. The rule is deliberately narrow, because a wrong
// split is worse than none: the name must be two or three words of Latin letters (with hyphens,
// apostrophes and accents), each starting with a capital letter, with no particle (van, de, ibn,
// al-, …), no initial ("J."), no suffix (Jr, III, OBE) and no nickname in quotes or brackets. Then the
// first word is the given name and the last the family name, in the Western order that English
// articles about Latin-script names use; a middle word of a three-word Name is the additional name,
// and so is the middle word of a three-word FullName that begins and ends as Name does
// ("Harry McPherson", "Harry Cummings McPherson").
func personNames(name, fullName string) (given, additional, family string) {
	w, ok := nameWords(name)
	if !ok {
		return "", "", ""
	}
	given, family = w[0], w[len(w)-1]
	if len(w) == 3 {
		additional = w[1]
	} else if f, ok := nameWords(fullName); ok && len(f) == 3 && f[0] == given && f[2] == family {
		additional = f[1]
	}
	return given, additional, family
}

// nameWords splits s into the words of a name that the rule of personNames accepts.
func nameWords(s string) ([]string, bool) {
	w := strings.Fields(s)
	if len(w) < 2 || len(w) > 3 {
		return nil, false
	}
	for _, word := range w {
		if !nameWord(word) {
			return nil, false
		}
	}
	return w, true
}

func nameWord(word string) bool {
	lower := strings.ToLower(word)
	if nameParticles[lower] || nameSuffixes[strings.TrimSuffix(lower, ".")] {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ibn-", "bin-", "d'", "d’"} {
		if strings.HasPrefix(lower, p) {
			return false
		}
	}
	if strings.Trim(word, "IVXLCDM") == "" {
		return false // a regnal number: Henry VIII
	}
	letters := 0
	for i, r := range word {
		switch {
		case unicode.Is(unicode.Latin, r):
			if i == 0 && !unicode.IsUpper(r) {
				return false
			}
			letters++
		case unicode.Is(unicode.Mn, r) && i > 0:
		case (r == '-' || r == '\'' || r == '’') && i > 0:
		default:
			return false // digits, dots of initials, brackets, quotes, other scripts
		}
	}
	return letters >= 2 // "J" is an initial without its dot
}

// nameParticles are words that join a family name, or show that the name is not a given name
// followed by a family name.
var nameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "das": true, "dos": true, "do": true, "du": true, "des": true, "la": true,
	"le": true, "ter": true, "ten": true, "te": true, "zu": true, "af": true, "av": true, "y": true,
	"e": true, "bin": true, "bint": true, "ibn": true, "ben": true, "bat": true, "al": true, "el": true,
	"abu": true, "st": true, "saint": true, "mac": true, "ap": true, "ó": true, "ui": true, "ní": true,
	"nic": true, "mc": true, "lord": true, "lady": true, "sir": true, "dame": true,
}

// nameSuffixes end a name without being its family name.
var nameSuffixes = map[string]bool{
	"jr": true, "sr": true, "junior": true,
	"senior": true, "phd": true, "md": true, "qc": true, "kc": true, "mp": true, "obe": true, "mbe": true,
	"cbe": true, "kbe": true,
}
