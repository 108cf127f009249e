"""Units: currencies (symbols, names, ISO 4217 codes), measures, and the per-unit words."""

from __future__ import annotations

import pycountry

#: Currency symbols and prefixes written before a number, longest first in the grammar.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$C": "CAD",
    "PS": "GBP", "Y=": "JPY", "HK $": "HKD", "S $": "SGD", "US $": "USD", "NZ $": "NZD",
    "A $": "AUD", "C $": "CAD", "NT $": "TWD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "R$": "BRL",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "฿": "THB", "RM": "MYR",
    "Rp": "IDR", "R": "ZAR", "kn": "HRK",
}
#: Currency names written after a number ("800 euros"); lower-case, singular and plural.
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "australian dollars": "AUD", "australian dollar": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "pounds sterling": "GBP", "british pounds": "GBP", "egyptian pounds": "EGP",
    "lebanese pounds": "LBP", "syrian pounds": "SYP", "sudanese pounds": "SDG",
    "rupee": "INR", "rupees": "INR", "indian rupees": "INR", "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "shekel": "ILS",
    "shekels": "ILS", "new shekels": "ILS", "ringgit": "MYR", "rand": "ZAR", "naira": "NGN",
    "peso": "MXN", "pesos": "MXN", "real": "BRL", "reais": "BRL", "won": "KRW",
    "baht": "THB", "rupiah": "IDR", "dinar": "IQD", "dinars": "IQD", "dirham": "AED",
    "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR",
    "afghani": "AFN", "afghanis": "AFN", "hryvnia": "UAH", "hryvnias": "UAH",
    "zloty": "PLN", "zlotys": "PLN", "krona": "SEK", "kronor": "SEK", "krone": "DKK",
    "kroner": "DKK", "kuna": "HRK", "franc": "CHF", "francs": "CHF", "swiss francs": "CHF",
    "taka": "BDT", "birr": "ETB", "shilling": "KES", "shillings": "KES", "cedi": "GHS",
    "cedis": "GHS", "kwacha": "ZMW", "dong": "VND", "forint": "HUF", "leu": "RON",
    "lei": "RON", "lev": "BGN", "tenge": "KZT", "bitcoin": "BTC", "bitcoins": "BTC",
}
#: Measures written after a number; lower-case key -> canonical unit.
MEASURES: dict[str, str] = {}
for _unit, _words in {
    "percent": ("percent", "per cent", "%", "pct", "percentage points", "percentage point",
                "per-cent"),
    "second": ("second", "seconds", "sec", "secs"),
    "minute": ("minute", "minutes", "min", "mins"),
    "hour": ("hour", "hours", "hr", "hrs"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years", "yr", "yrs"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "m": ("m", "metre", "metres", "meter", "meters"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "mile": ("mile", "miles", "mi"),
    "foot": ("foot", "feet", "ft"),
    "inch": ("inch", "inches"),
    "yard": ("yard", "yards", "yd", "yds"),
    "nautical mile": ("nautical mile", "nautical miles"),
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "kilogramme", "kilogrammes"),
    "g": ("g", "gram", "grams", "gramme", "grammes"),
    "mg": ("mg", "milligram", "milligrams"),
    "tonne": ("tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes"),
    "lb": ("lb", "lbs", "pound weight"),
    "ounce": ("ounce", "ounces", "oz"),
    "km2": ("sq km", "square kilometres", "square kilometers", "km2", "km²"),
    "mile2": ("square miles", "square mile", "sq miles"),
    "hectare": ("hectare", "hectares", "ha"),
    "acre": ("acre", "acres"),
    "litre": ("litre", "litres", "liter", "liters"),
    "gallon": ("gallon", "gallons"),
    "barrel": ("barrel", "barrels"),
    "mph": ("mph", "miles per hour"),
    "km/h": ("km/h", "kph", "kilometres per hour", "kilometers per hour"),
    "degree": ("degrees", "degree"),
    "m2": ("sq m", "square metres", "square meters", "sqm", "m2", "m²"),
    "ft2": ("sq ft", "square feet", "sq feet", "sqft"),
    "hp": ("hp", "bhp", "horsepower"),
    "kW": ("kw", "kilowatt", "kilowatts"), "kWh": ("kwh", "kilowatt-hours", "kilowatt hours"),
    "MW": ("mw", "megawatt", "megawatts"), "GW": ("gw", "gigawatt", "gigawatts"),
    "GB": ("gb", "gigabytes"), "TB": ("tb", "terabytes"), "MB": ("megabytes",),
}.items():
    for _w in _words:
        MEASURES[_w] = _unit

#: Unit abbreviations written straight after digits ("640bhp", "1.38pc", "5.5kWh").
ATTACHED_UNITS: dict[str, str] = {
    "pc": "percent", "bhp": "hp", "hp": "hp", "kw": "kW", "kwh": "kWh", "mw": "MW",
    "mwh": "MWh", "gw": "GW", "gwh": "GWh", "w": "W", "v": "V", "kv": "kV", "hz": "Hz",
    "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "gb": "GB", "mb": "MB", "tb": "TB",
    "mbps": "Mbps", "gbps": "Gbps", "kbps": "kbps", "l": "litre", "ml": "ml", "mph": "mph",
    "kph": "km/h", "km/h": "km/h", "mpg": "mpg", "sqm": "m2", "sqft": "ft2", "lbs": "lb",
    "lb": "lb", "oz": "ounce", "t": "tonne", "kt": "kt", "mt": "tonne", "h": "hour",
    "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "s": "second",
    "sec": "second", "secs": "second", "yo": "year", "cc": "cc", "mah": "mAh", "in": "inch",
}

#: Currency signs written after the amount ("1,200€", "150 kn").
TRAILING_CURRENCY: dict[str, str] = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
                                     "₺": "TRY", "₪": "ILS", "kn": "HRK", "zł": "PLN"}
#: Primes after a figure: feet and inches (30′, 25.5″).
PRIMES: dict[str, str] = {"′": "foot", "″": "inch"}

#: Units that are spans of time: a figure with one is a duration, not a date.
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "century"})
#: Single-letter or very short unit abbreviations that need digits right before them.
SHORT_MEASURES = frozenset({"m", "g", "mi", "ha", "min", "sec", "hr", "yd", "ft", "oz", "lb"})

#: Words after an amount that make it a rate ("$2,000 each", "€800 a head").
PER_WORDS: dict[str, str] = {
    "each": "person", "apiece": "person", "a head": "person", "per head": "person",
    "per person": "person", "a person": "person", "per capita": "person",
    "a piece": "person", "per day": "day", "a day": "day", "daily": "day",
    "per week": "week", "a week": "week", "weekly": "week", "per month": "month",
    "a month": "month", "monthly": "month", "per year": "year", "a year": "year",
    "annually": "year", "per annum": "year", "an hour": "hour", "per hour": "hour",
    "per barrel": "barrel", "a barrel": "barrel", "per share": "share", "a share": "share",
    "per tonne": "tonne", "a tonne": "tonne", "per kilogram": "kg", "a kilogram": "kg",
    "per kg": "kg", "per litre": "litre", "a litre": "litre", "per gallon": "gallon",
    "a gallon": "gallon", "per ounce": "ounce", "an ounce": "ounce",
}


def iso_currency(code: str) -> str | None:
    """Return ``code`` when it is an ISO 4217 currency code ("USD", "EUR"), else None."""
    if len(code) != 3 or not code.isupper():
        return None
    return code if pycountry.currencies.get(alpha_3=code) is not None else None


def iso_codes() -> list[str]:
    """Every ISO 4217 alphabetic code pycountry knows (for the grammar's alternation)."""
    return sorted(c.alpha_3 for c in pycountry.currencies)
