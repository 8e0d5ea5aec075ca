package jsonld

import "strings"

// countries returns the countries that a nationality as the model states it names: "British" is the
// United Kingdom, "Bulgarian-French" is Bulgaria and France, and a country's own name ("Norway")
// stands for itself. It returns nil when any part is unknown ("Ruritanian", "African-American"):
// schema.org's nationality is a Country, and a demonym is not a country's name, so an unknown one
// is kept in words instead (see the package comment).
func countries(nationality string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(nationality, func(r rune) bool { return r == '-' || r == '–' || r == '/' }) {
		part = strings.TrimSpace(part)
		c, ok := demonyms[strings.ToLower(part)]
		if !ok {
			c, ok = countryNames[strings.ToLower(part)]
		}
		if !ok {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// countryNames maps each country of demonyms, in lower case, to its name.
var countryNames = func() map[string]string {
	m := map[string]string{}
	for _, c := range demonyms {
		m[strings.ToLower(c)] = c
	}
	return m
}()

// demonyms maps the English adjectives of nationality, in lower case, to the countries' short
// English names. England, Scotland, Wales and Northern Ireland are countries of the United Kingdom
// and are written as such, since articles say "Welsh" to mean it.
var demonyms = map[string]string{
	"afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States",
	"argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia",
	"austrian": "Austria", "azerbaijani": "Azerbaijan", "bangladeshi": "Bangladesh", "belarusian": "Belarus",
	"belgian": "Belgium", "bolivian": "Bolivia", "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil",
	"british": "United Kingdom", "bulgarian": "Bulgaria", "cambodian": "Cambodia", "cameroonian": "Cameroon",
	"canadian": "Canada", "chilean": "Chile", "chinese": "China", "colombian": "Colombia", "croatian": "Croatia",
	"cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czech Republic", "czechoslovak": "Czechoslovakia",
	"danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt",
	"english": "England", "estonian": "Estonia", "ethiopian": "Ethiopia", "filipino": "Philippines",
	"finnish": "Finland", "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana",
	"greek": "Greece", "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India",
	"indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel",
	"italian": "Italy", "jamaican": "Jamaica", "japanese": "Japan", "jordanian": "Jordan",
	"kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "Korea", "kuwaiti": "Kuwait", "latvian": "Latvia",
	"lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania", "luxembourgish": "Luxembourg",
	"malaysian": "Malaysia", "maltese": "Malta", "mexican": "Mexico", "moroccan": "Morocco",
	"nepalese": "Nepal", "new zealander": "New Zealand", "nigerian": "Nigeria",
	"north korean": "North Korea", "northern irish": "Northern Ireland", "norwegian": "Norway",
	"pakistani": "Pakistan", "palestinian": "Palestine", "peruvian": "Peru", "polish": "Poland",
	"portuguese": "Portugal", "romanian": "Romania", "russian": "Russia", "saudi": "Saudi Arabia",
	"scottish": "Scotland", "serbian": "Serbia", "singaporean": "Singapore", "slovak": "Slovakia",
	"slovenian": "Slovenia", "somali": "Somalia", "south african": "South Africa",
	"south korean": "South Korea", "soviet": "Soviet Union", "spanish": "Spain", "sri lankan": "Sri Lanka",
	"sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria",
	"taiwanese": "Taiwan", "tanzanian": "Tanzania", "thai": "Thailand", "trinidadian": "Trinidad and Tobago",
	"tunisian": "Tunisia", "turkish": "Turkey", "ugandan": "Uganda", "ukrainian": "Ukraine",
	"uruguayan": "Uruguay", "venezuelan": "Venezuela", "vietnamese": "Vietnam", "welsh": "Wales",
	"yugoslav": "Yugoslavia", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
}
