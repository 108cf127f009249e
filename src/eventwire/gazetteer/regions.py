"""Hand tables: multi-country regions, named physical features and country aliases.

GeoNames' city files carry neither regions nor seas, rivers and mountain
ranges, yet news names them constantly ("the Sahel", "across the
Mediterranean"). Coordinates are GeoNames' own point for the area where it has one
("North Africa" lies at 32.95 N 9.98 E there), else a rough centroid.
"""

from __future__ import annotations

#: name -> (lat, lon, alternative names). Multi-country regions: country is None.
REGIONS: dict[str, tuple[float, float, tuple[str, ...]]] = {
    "Middle East": (33.139, 35.859, ("Mideast", "Near East", "Middle-East")),
    "North Africa": (32.95, 9.98, ("Northern Africa",)),
    "Maghreb": (31.0, 3.0, ("Maghrib",)),
    "Sahel": (15.0, 5.0, ("Sahel region",)),
    "Sahara": (23.0, 12.0, ("Sahara Desert", "Sahara desert")),
    "Horn of Africa": (8.0, 44.0, ()),
    "West Africa": (12.0, -3.0, ("Western Africa",)),
    "East Africa": (0.0, 36.0, ("Eastern Africa",)),
    "Central Africa": (2.0, 20.0, ()),
    "Southern Africa": (-25.0, 25.0, ()),
    "Sub-Saharan Africa": (0.0, 20.0, ("sub-Saharan Africa", "Subsaharan Africa")),
    "Great Lakes": (-1.0, 30.0, ("Great Lakes region",)),
    "Balkans": (43.0, 21.0, ("Western Balkans", "Balkan Peninsula")),
    "Caucasus": (42.0, 44.0, ("North Caucasus", "South Caucasus", "Caucasus region")),
    "Levant": (33.5, 36.0, ()),
    "Gulf": (26.0, 51.0, ("Persian Gulf", "Arabian Gulf", "Gulf region")),
    "Arabian Peninsula": (25.0, 45.0, ("Arabia",)),
    "Central Asia": (43.0, 65.0, ()),
    "South Asia": (22.0, 78.0, ("Indian subcontinent", "Subcontinent")),
    "Southeast Asia": (5.0, 110.0, ("South-East Asia", "South East Asia")),
    "East Asia": (35.0, 120.0, ()),
    "Far East": (35.0, 125.0, ()),
    "Asia-Pacific": (10.0, 120.0, ("Asia Pacific",)),
    "Korean Peninsula": (37.5, 127.5, ("Korean peninsula",)),
    "Western Europe": (48.0, 5.0, ()),
    "Eastern Europe": (52.0, 27.0, ()),
    "Central Europe": (49.0, 15.0, ()),
    "Northern Europe": (60.0, 15.0, ()),
    "Southern Europe": (41.0, 12.0, ()),
    "Scandinavia": (62.0, 15.0, ("Nordic countries", "Nordics")),
    "Baltics": (57.0, 24.0, ("Baltic states", "Baltic States")),
    "Iberia": (40.0, -4.0, ("Iberian Peninsula",)),
    "British Isles": (54.0, -4.0, ()),
    "Latin America": (-10.0, -60.0, ()),
    "Central America": (14.0, -87.0, ()),
    "Caribbean": (18.0, -72.0, ("West Indies", "the Caribbean")),
    "Mediterranean": (35.0, 19.0, ("Mediterranean Sea", "Mediterranean region")),
    "Kurdistan": (37.0, 44.0, ("Kurdish region",)),
    "Kashmir": (34.0, 75.5, ()),
    "Atlantic": (10.0, -25.0, ("Atlantic Ocean", "North Atlantic", "South Atlantic")),
    "Pacific": (0.0, -160.0, ("Pacific Ocean", "South Pacific", "North Pacific")),
    "Indian Ocean": (-10.0, 70.0, ()),
    "Arctic": (80.0, 0.0, ("Arctic Ocean",)),
    "Black Sea": (43.0, 35.0, ()),
    "Caspian Sea": (41.5, 50.5, ("Caspian",)),
    "Red Sea": (20.0, 38.5, ()),
    "Aegean": (39.0, 25.0, ("Aegean Sea",)),
    "Gulf of Aden": (12.5, 48.0, ()),
    "Baltic Sea": (58.0, 20.0, ("Baltic",)),
    "North Sea": (56.0, 3.0, ()),
    "South China Sea": (12.0, 114.0, ()),
    "Himalayas": (28.5, 84.0, ("Himalaya",)),
    "Alps": (46.5, 10.0, ()),
    "Amazon": (-3.5, -62.0, ("Amazon rainforest", "Amazon basin")),
    "Nile": (20.0, 32.5, ("Nile River", "River Nile")),
    "Euphrates": (35.0, 40.0, ("Euphrates River", "Euphrates river", "River Euphrates")),
    "Tigris": (34.0, 44.0, ("Tigris River", "Tigris river")),
    "Lake Chad": (13.0, 14.5, ("Lake Chad Basin", "Lake Chad basin")),
    "Oceania": (-20.0, 150.0, ()),
    "Midwest": (42.0, -90.0, ("Mid-West",)),
    "New England": (43.5, -71.5, ()),
    "Balkan": (43.0, 21.0, ()),
}

#: Named areas inside one country: name -> (country, lat, lon, kind, alternative names).
AREAS: dict[str, tuple[str, float, float, str, tuple[str, ...]]] = {
    "Gaza Strip": ("PS", 31.42, 34.36, "admin1", ("Gaza",)),
    "West Bank": ("PS", 31.95, 35.25, "admin1", ()),
    "Golan Heights": ("SY", 33.0, 35.75, "feature", ("Golan",)),
    "Sinai": ("EG", 29.5, 33.8, "feature", ("Sinai Peninsula", "Sinai peninsula")),
    "Darfur": ("SD", 13.5, 24.0, "feature", ()),
    "Crimea": ("UA", 45.0, 34.0, "admin1", ("Crimean Peninsula",)),
    "Donbas": ("UA", 48.0, 38.5, "feature", ("Donbass",)),
    "Tibet": ("CN", 31.0, 88.0, "admin1", ()),
    "Kurdistan Region": ("IQ", 36.2, 44.0, "admin1", ("Iraqi Kurdistan",)),
    "Rojava": ("SY", 36.5, 40.5, "feature", ()),
    "Eastern Ghouta": ("SY", 33.55, 36.42, "feature", ("Ghouta", "East Ghouta")),
    "Anbar": ("IQ", 33.4, 42.0, "admin1", ("Anbar province", "al-Anbar")),
    "Punjab": ("PK", 31.0, 72.5, "admin1", ()),
    "Silicon Valley": ("US", 37.4, -122.1, "feature", ()),
    "Bay Area": ("US", 37.8, -122.3, "feature", ("San Francisco Bay Area",)),
    "Gulf Coast": ("US", 29.5, -91.0, "feature", ()),
    "Mount Everest": ("NP", 27.99, 86.93, "feature", ("Everest",)),
    "South Ossetia": ("GE", 42.33, 44.0, "admin1", ("Tskhinvali Region",)),
    "Abkhazia": ("GE", 43.0, 41.0, "admin1", ()),
    "Zamalek": ("EG", 30.06, 31.22, "feature", ()),
    "West Coast": ("US", 41.0, -122.5, "feature", ()),
    "East Coast": ("US", 38.5, -76.0, "feature", ("Eastern Seaboard",)),
    "Hong Kong": ("HK", 22.3, 114.17, "country", ()),
    "Scotland": ("GB", 56.5, -4.2, "admin1", ()),
    "England": ("GB", 52.5, -1.5, "admin1", ()),
    "Wales": ("GB", 52.3, -3.7, "admin1", ()),
    "Northern Ireland": ("GB", 54.6, -6.7, "admin1", ()),
    # airports and harbours that news names as places of their own
    "Heathrow": ("GB", 51.4712, -0.4565, "feature", ("Heathrow Airport", "London Heathrow")),
    "Gatwick": ("GB", 51.1537, -0.1821, "feature", ("Gatwick Airport", "London Gatwick")),
    "JFK Airport": ("US", 40.6398, -73.7789, "feature", ("John F. Kennedy International Airport",
                                                        "Kennedy Airport", "JFK International")),
    "LaGuardia Airport": ("US", 40.7769, -73.874, "feature", ("LaGuardia",)),
    "O'Hare": ("US", 41.9742, -87.9073, "feature", ("O'Hare International Airport",
                                                    "O'Hare Airport")),
    "Dulles International Airport": ("US", 38.9531, -77.4565, "feature", ("Dulles Airport",)),
    "Charles de Gaulle Airport": ("FR", 49.0097, 2.5479, "feature", ("Roissy",)),
    "Pearl Harbor": ("US", 21.3649, -157.95, "feature", ()),
}

#: Extra names for countries (ISO2): short forms, old names, abbreviations.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "United States of America", "America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russia", "Russian Federation", "Soviet Union", "USSR", "U.S.S.R."), "SY": ("Syria",), "IR": ("Iran", "Persia"),
    "KR": ("South Korea", "Republic of Korea"), "KP": ("North Korea", "DPRK"),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
           "Congo-Kinshasa", "Zaire"),
    "CG": ("Congo-Brazzaville", "Republic of Congo", "Congo"),
    "CI": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"), "MM": ("Burma", "Myanmar"),
    "NL": ("Holland", "Netherlands", "the Netherlands"), "CZ": ("Czech Republic", "Czechia"),
    "MK": ("Macedonia", "North Macedonia"), "PS": ("Palestine", "Palestinian territories",
           "Occupied Palestinian Territories", "Palestinian Territories"),
    "VN": ("Vietnam", "Viet Nam"), "LA": ("Laos",), "BO": ("Bolivia",), "TZ": ("Tanzania",),
    "VE": ("Venezuela",), "MD": ("Moldova",), "TW": ("Taiwan",),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "SZ": ("Swaziland", "Eswatini"), "TL": ("East Timor", "Timor-Leste"), "CV": ("Cape Verde",),
    "AE": ("UAE", "U.A.E.", "Emirates"), "SA": ("Saudi Arabia", "KSA"), "TR": ("Turkey", "Türkiye"),
    "LY": ("Libya",), "BA": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"),
    "GM": ("Gambia", "The Gambia"), "BS": ("Bahamas", "The Bahamas"), "SS": ("South Sudan",),
    "FM": ("Micronesia",), "KN": ("St Kitts and Nevis",), "XK": ("Kosovo",),
}

#: AP-style abbreviations of US states, as datelines and appositions write them.
US_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala.",), "Arizona": ("Ariz.",), "Arkansas": ("Ark.",), "California": ("Calif.",),
    "Colorado": ("Colo.",), "Connecticut": ("Conn.",), "Delaware": ("Del.",),
    "Florida": ("Fla.",), "Georgia": ("Ga.",), "Illinois": ("Ill.",), "Indiana": ("Ind.",),
    "Kansas": ("Kan.", "Kans."), "Kentucky": ("Ky.",), "Louisiana": ("La.",),
    "Maryland": ("Md.",), "Massachusetts": ("Mass.",), "Michigan": ("Mich.",),
    "Minnesota": ("Minn.",), "Mississippi": ("Miss.",), "Missouri": ("Mo.",),
    "Montana": ("Mont.",), "Nebraska": ("Neb.", "Nebr."), "Nevada": ("Nev.",),
    "New Hampshire": ("N.H.",), "New Jersey": ("N.J.",), "New Mexico": ("N.M.",),
    "New York": ("N.Y.",), "North Carolina": ("N.C.",), "North Dakota": ("N.D.",),
    "Oklahoma": ("Okla.",), "Oregon": ("Ore.", "Oreg."), "Pennsylvania": ("Pa.", "Penn."),
    "Rhode Island": ("R.I.",), "South Carolina": ("S.C.",), "South Dakota": ("S.D.",),
    "Tennessee": ("Tenn.",), "Texas": ("Tex.",), "Vermont": ("Vt.",), "Virginia": ("Va.",),
    "Washington": ("Wash.",), "West Virginia": ("W.Va.", "W. Va."), "Wisconsin": ("Wis.",),
    "Wyoming": ("Wyo.",), "Washington, D.C.": ("D.C.",),
}

#: Abbreviated names, matched exactly as written -> the name they stand for.
PLACE_ALIASES: dict[str, str] = {
    "D.C.": "Washington", "DC": "Washington", "L.A.": "Los Angeles", "LA": "Los Angeles",
    "NYC": "New York City", "EU": "Europe", "E.U.": "Europe", "UAE": "United Arab Emirates",
    "S.F.": "San Francisco", "BC": "British Columbia", "B.C.": "British Columbia",
    "T&T": "Trinidad and Tobago", "St. Kitts and Nevis": "Saint Kitts and Nevis",
    # Australian and Canadian provinces as newspapers abbreviate them
    "NSW": "New South Wales", "N.S.W.": "New South Wales", "Qld": "Queensland",
    "Alta.": "Alberta", "Sask.": "Saskatchewan", "Ont.": "Ontario", "Que.": "Quebec",
    "N.B.": "New Brunswick", "N.S.": "Nova Scotia", "Nfld.": "Newfoundland and Labrador",
    "P.E.I.": "Prince Edward Island",
}

#: Abbreviations that stand for one of several provinces or countries, as the article's
#: context decides ("WA" is Western Australia beside Perth, Washington beside Seattle).
#: Taken as places only where spaCy or a locative word says so.
AMBIGUOUS_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "WA": ("Western Australia", "Washington"), "SA": ("South Africa", "South Australia"),
    "NT": ("Northern Territory",), "ACT": ("Australian Capital Territory",),
    "Vic": ("Victoria",), "Tas": ("Tasmania",), "NZ": ("New Zealand",),
}
