package prose

import "strings"

// demonyms are the adjectives of nationality that a biography's lead uses ("a British political
// activist"). The list covers sovereign states and the nations within them; a hyphenated
// combination ("Bulgarian-French") is recognised when each part is listed.
var demonyms = wordSet(`Afghan Albanian Algerian American Arab Andorran Angolan Antiguan Argentine Argentinian
Armenian Australian Austrian Azerbaijani Bahamian Bahraini Bangladeshi Barbadian Basque Belarusian
Belgian Belizean Beninese Bhutanese Bolivian Bosnian Botswanan Brazilian British Bruneian Bulgarian
Burkinabé Burmese Burundian Cambodian Cameroonian Canadian Catalan Chadian Chilean Chinese Colombian
Comorian Congolese Cornish Croatian Cuban Cypriot Czech Czechoslovak Danish Djiboutian Dominican Dutch
Ecuadorian Egyptian Emirati English Equatoguinean Eritrean Estonian Eswatini Ethiopian Fijian Filipino
Finnish Flemish French Gabonese Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean
Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian
Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian
Latvian Lebanese Liberian Libyan Liechtensteiner Lithuanian Luxembourgish Macedonian Malagasy Malawian
Malaysian Maldivian Malian Maltese Manx Mauritanian Mauritian Mexican Moldovan Monegasque Mongolian
Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani
Ottoman Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Prussian
Qatari Romanian Russian Rwandan Salvadoran Samoan Saudi Scottish Senegalese Serbian Seychellois
Singaporean Slovak Slovenian Somali Soviet Spanish Sudanese Surinamese Swazi
Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tibetan Togolese Tongan Trinidadian Tunisian
Turkish Turkmen Ugandan Ukrainian Ulster Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Yugoslav
Zambian Zimbabwean`)

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// isDemonym reports whether word is a nationality adjective, or several joined by hyphens.
func isDemonym(word string) bool {
	for _, part := range strings.Split(word, "-") {
		if !demonyms[part] {
			return false
		}
	}
	return word != ""
}
