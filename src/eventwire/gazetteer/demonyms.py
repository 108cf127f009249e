"""Demonyms and adjectival forms: "Turkish", "Saudis", "Europeans" -> a country or region.

Regular forms are generated from country names (Syria -> Syrian, Syrians;
Kenya -> Kenyan; Mexico -> Mexican); irregular ones come from a hand table.
Targets are ISO 3166-1 alpha-2 codes or names of ``regions.REGIONS`` entries.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Irregular demonyms -> ISO2 or region name. Plurals are added automatically.
IRREGULAR: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ",
    "Bahraini": "BH", "Bangladeshi": "BD", "Belgian": "BE", "Beninese": "BJ", "Bosnian": "BA",
    "Brazilian": "BR", "British": "GB", "Briton": "GB", "Brit": "GB", "Bulgarian": "BG",
    "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI", "Cambodian": "KH", "Cameroonian": "CM",
    "Canadian": "CA", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO",
    "Congolese": "CD", "Croat": "HR", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY",
    "Czech": "CZ", "Danish": "DK", "Dane": "DK", "Djiboutian": "DJ", "Dutch": "NL",
    "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "English": "GB", "Eritrean": "ER",
    "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH", "Filipina": "PH", "Philippine": "PH",
    "Finnish": "FI", "Finn": "FI", "French": "FR", "Frenchman": "FR", "Frenchmen": "FR",
    "Gabonese": "GA", "Gambian": "GM", "Georgian": "GE", "German": "DE", "Ghanaian": "GH",
    "Greek": "GR", "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT", "Honduran": "HN",
    "Hungarian": "HU", "Icelandic": "IS", "Icelander": "IS", "Indian": "IN", "Indonesian": "ID",
    "Iranian": "IR", "Persian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL",
    "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR", "Kosovar": "XK", "Kuwaiti": "KW",
    "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV", "Lebanese": "LB",
    "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT", "Luxembourgish": "LU",
    "Macedonian": "MK", "Malagasy": "MG", "Malawian": "MW", "Malaysian": "MY", "Malian": "ML",
    "Maltese": "MT", "Mauritanian": "MR", "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN",
    "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA", "Nepali": "NP",
    "Nepalese": "NP", "Nicaraguan": "NI", "Nigerien": "NE", "Nigerian": "NG", "Norwegian": "NO",
    "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA",
    "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL", "Pole": "PL", "Portuguese": "PT",
    "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Saudi": "SA",
    "Saudi Arabian": "SA",
    "Scottish": "GB", "Scot": "GB", "Senegalese": "SN", "Serb": "RS", "Serbian": "RS",
    "Sierra Leonean": "SL", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI",
    "Slovene": "SI", "Somali": "SO", "Somalian": "SO", "South African": "ZA",
    "South Korean": "KR", "North Korean": "KP", "South Sudanese": "SS", "Spanish": "ES",
    "Spaniard": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE", "Swede": "SE",
    "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ",
    "Thai": "TH", "Togolese": "TG", "Tunisian": "TN", "Turkish": "TR", "Turk": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Welsh": "GB", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW", "New Zealander": "NZ", "Australian": "AU", "Aussie": "AU",
    "Kiwi": "NZ", "Belarusian": "BY", "Belarussian": "BY", "Salvadoran": "SV",
    "Salvadorean": "SV", "Costa Rican": "CR", "Dominican": "DO", "Puerto Rican": "PR",
    "Bolivian": "BO", "Eritrean-born": "ER", "Bhutanese": "BT", "Maldivian": "MV",
    "Mauritian": "MU", "Seychellois": "SC", "Comorian": "KM", "Angolan": "AO",
    "Botswanan": "BW", "Motswana": "BW", "Basotho": "LS", "Swazi": "SZ", "Sahrawi": "EH",
    "Kurdish": "Kurdistan", "Kurd": "Kurdistan", "Arab": "Arabian Peninsula",
    "Arabian": "Arabian Peninsula",
    "European": "Europe", "African": "Africa", "Asian": "Asia", "Latin American": "Latin America",
    "Middle Eastern": "Middle East", "Central American": "Central America",
    "South American": "South America", "North American": "North America",
    "East African": "East Africa", "West African": "West Africa", "Central Asian": "Central Asia",
    "Southeast Asian": "Southeast Asia", "South Asian": "South Asia", "East Asian": "East Asia",
    "Central African": "Central Africa", "Southern African": "Southern Africa",
    "Sub-Saharan": "Sub-Saharan Africa", "Eastern European": "Eastern Europe",
    "Western European": "Western Europe", "Baltic": "Baltics", "Nordic": "Scandinavia",
    "North African": "North Africa", "Balkan": "Balkans",
    "Scandinavian": "Scandinavia", "Caribbean": "Caribbean", "Gulf Arab": "Gulf",
    "Caucasian": "Caucasus", "Levantine": "Levant", "Sahelian": "Sahel",
    "Mediterranean": "Mediterranean", "Pashtun": "AF", "Tajiks": "TJ", "Baluch": "PK",
    "Yazidi": "IQ", "Rohingya": "MM", "Chechen": "RU", "Tibetan": "CN", "Uighur": "CN",
    "Uyghur": "CN", "Hong Konger": "HK", "Macanese": "MO", "Californian": "US",
    "Texan": "US", "South Ossetian": "GE", "Abkhaz": "GE", "Abkhazian": "GE",
    "Sinhalese": "LK", "Tamil": "LK", "Gazan": "PS", "Ossetian": "GE",
    "Floridian": "US", "New Yorker": "US",
}

_PLURAL_SKIP = ("ese", "ss", "sh", "ch", "Swiss", "Kurdish", "Lao", "Thai")


def _plural(word: str) -> str | None:
    if word.endswith(_PLURAL_SKIP) or word.endswith(("ish", "Dutch", "French", "Welsh")):
        return None
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y"):
        return None
    return word + "s"


def generate(countries: Mapping[str, str]) -> dict[str, str]:
    """Regular demonyms for ``{iso2: country name}``: Syria -> Syrian, Kenya -> Kenyan."""
    out: dict[str, str] = {}
    for iso, name in countries.items():
        if " " in name or "-" in name:
            continue
        if name.endswith("ia"):
            out[name + "n"] = iso
        elif name.endswith("a"):
            out[name + "n"] = iso
        elif name.endswith("co"):
            out[name[:-1] + "an"] = iso
    return out


def demonym_table(countries: Mapping[str, str]) -> dict[str, str]:
    """Every demonym form (singular and plural) -> ISO2 or region name."""
    table = generate(countries)
    table.update(IRREGULAR)
    forms: dict[str, str] = {}
    for word, target in table.items():
        forms[word] = target
        plural = _plural(word)
        if plural:
            forms.setdefault(plural, target)
    return forms

