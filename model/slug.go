package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldings spell letters that do not decompose into ASCII: æ is "ae", ø is "o", and Cyrillic and
// Greek letters by common romanisation.
var foldings = map[rune]string{
	'æ': "ae", 'ø': "o", 'å': "a", 'ß': "ss", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'œ': "oe",
	'ı': "i", 'ħ': "h",
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "i", 'є': "ie", 'ґ': "g",
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i",
	'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s",
	'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// Slug makes an id from a name: lower-case ASCII letters, digits and single hyphens ("Magnar
// Sætre" → "magnar-saetre", "Лех Сэтре" → "lekh-setre"). A name with no letter that folds to ASCII
// (Arabic or Thai script, say) gets "person-" and a short hash of the name, stable across runs.
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		var s string
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			s = string(r)
		case unicode.Is(unicode.Mn, r):
			continue // accents, once decomposed
		case foldings[r] != "":
			s = foldings[r]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if _, known := foldings[r]; known {
				continue // soft and hard signs
			}
			s = "" // another script: see below
		default:
			hyphen = b.Len() > 0
			continue
		}
		if s == "" {
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(s)
	}
	if b.Len() == 0 {
		sum := sha256.Sum256([]byte(name))
		return "person-" + hex.EncodeToString(sum[:4])
	}
	return b.String()
}
