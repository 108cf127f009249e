"""Quantities in news text: numbers, vague counts as ranges, units, currencies, counted objects.

One job per module: ``numbers`` (digits and number words), ``vague`` (the table of
vague quantifiers and approximators), ``units`` (currencies and measures),
``grammar`` (finding quantity mentions in text), ``exclusions`` (dates, times,
phone numbers and other figures that are not quantities) and ``objects`` (what
is counted, from the spaCy parse).
"""
