package score

import "strings"

// countries are the names a gold place may end with beyond what a prediction writes (see
// SamePlace), normalised: the sovereign states, the nations of the United Kingdom, and the usual
// short forms of the United States and the United Kingdom.
var countries = func() map[string]bool {
	set := map[string]bool{}
	for _, name := range strings.Split(countryNames, "|") {
		if n := normalize(name); n != "" {
			set[n] = true
		}
	}
	return set
}()

const countryNames = `U.S.|US|USA|U.S.A.|United States|United States of America|UK|U.K.|United Kingdom|
Great Britain|Britain|England|Scotland|Wales|Northern Ireland|
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|The Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|
Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|People's Republic of China|
Colombia|Comoros|Congo|Republic of the Congo|Democratic Republic of the Congo|Costa Rica|
Côte d'Ivoire|Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|
Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|
Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|The Gambia|Georgia|Germany|Ghana|Greece|
Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Republic of Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|
Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|
Netherlands|The Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|
Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saint Kitts and Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|São Tomé and Príncipe|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|
South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|
Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|
Soviet Union|USSR|Czechoslovakia|Yugoslavia|East Germany|West Germany|Ottoman Empire|Prussia`
