"""Vague quantifiers and approximators as ranges with a best guess.

The table below is the one place where eventwire documents what a vague count
means (``tests/quantify/test_vague.py`` checks the code against it). It is compositional, not measured: a plural scale word means
"two to nine of them" (had there been ten, the writer would have reached for the
next scale: "hundreds", not "thousands"), and a multiplier word gives its own
low/high/best, multiplied by the scale that follows it. So "several dozen" is
3..8 x 12 = 36..96, best 48; "tens of thousands" is 2..9 x 10 x 1,000 =
20,000..90,000, best 30,000. The best guess is the low end of the plural
reading plus one unit (3 of 2..9). "scores" and "tens" count only before "of".

What was measured (and nothing else is claimed): on the 13 vague counts written
in words in the gold of ``shared/eval`` (the seed article and NewsQuant:
hundreds, several dozen, dozens, scores, thousands, tens of thousands, tens of
millions, millions), every range below holds the gold value and lies inside the
gold bounds; the ranges also lie inside the plover-gsr conversion's readings
("thousands" 1,000-10,000, "tens of thousands" 10,000-100,000, "scores" 20-200).

| written                 | low      | high      | best     |
| ----------------------- | -------- | --------- | -------- |
| a couple (of)           | 2        | 3         | 2        |
| a few                   | 2        | 5         | 3        |
| a handful (of)          | 3        | 7         | 5        |
| several                 | 3        | 8         | 4        |
| some hundred            | 200      | 900       | 300      |
| many thousands          | 3,000    | 9,000     | 5,000    |
| dozens                  | 24       | 108       | 36       |
| scores                  | 40       | 180       | 60       |
| hundreds                | 200      | 900       | 300      |
| thousands               | 2,000    | 9,000     | 3,000    |
| tens of thousands       | 20,000   | 90,000    | 30,000   |
| hundreds of thousands   | 200,000  | 900,000   | 300,000  |
| millions                | 2e6      | 9e6       | 3e6      |
| several dozen           | 36       | 96        | 48       |
| a few hundred           | 200      | 500       | 300      |
| half a dozen            | 6        | 6         | 6        |

``APPROXIMATORS`` turns an exact figure x into a range. NewsQuant's labels for
the same words, counted on its gold: "about" 28 of 31 approximate (bounds
0.75x..1.25x, which +-10% lies inside), "more than" 27 of 28 and "over" 6 of 6
"more than" (x..2x), "up to" 8 of 10 "less than" (0..x), "nearly" 3 of 4
approximate; the few it labels exact ("almost" 2 of 2) cost those items.

| written                                      | low     | high    | best   |
| -------------------------------------------- | ------- | ------- | ------ |
| about, around, roughly, some, an estimated   | 0.9 x   | 1.1 x   | x      |
| nearly, almost, close to, just under         | 0.9 x   | x       | x      |
| more than, over, at least, upwards of, N+    | x       | 1.5 x   | x      |
| up to, as many as, less than, under, sub-    | 0       | x       | x      |
| just over                                    | x       | 1.1 x   | x      |
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span3:
    """A low/high/best triple; exact values have all three equal."""

    low: float
    high: float
    best: float

    def scaled(self, factor: float) -> Span3:
        return Span3(self.low * factor, self.high * factor, self.best * factor)


#: Multiplier words: on their own ("several men") or before a scale ("several dozen").
MULTIPLIERS: dict[str, Span3] = {
    "a couple of": Span3(2, 3, 2),
    "a couple": Span3(2, 3, 2),
    "a few": Span3(2, 5, 3),
    "few": Span3(2, 5, 3),
    "a handful of": Span3(3, 7, 5),
    "a handful": Span3(3, 7, 5),
    "handful of": Span3(3, 7, 5),
    "several": Span3(3, 8, 4),
    "some": Span3(2, 9, 3),
    "many": Span3(3, 9, 5),
}
#: Plural scale words: "hundreds" = 2..9 hundred.
PLURAL = Span3(2, 9, 3)
PLURAL_SCALES: dict[str, float] = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9,
}
#: Fixed phrases that are exact counts.
FIXED: dict[str, Span3] = {
    "half a dozen": Span3(6, 6, 6),
    "a dozen": Span3(12, 12, 12),
    "a score": Span3(20, 20, 20),
    "a score of": Span3(20, 20, 20),
    "a pair of": Span3(2, 2, 2),
}

#: Approximator phrase -> (low factor, high factor); best stays at x. Lower-case keys.
APPROXIMATORS: dict[str, tuple[float, float]] = {}
for _words, _factors in (
    (("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
      "approx.", "circa", "c.", "about some", "in the region of", "more or less"), (0.9, 1.1)),
    (("nearly", "almost", "close to", "just under", "nearly all of", "just shy of"), (0.9, 1.0)),
    (("more than", "over", "at least", "upwards of", "in excess of", "above", "no fewer than",
      "no less than", "well over", "some more than"), (1.0, 1.5)),
    (("just over", "slightly more than", "a little over", "just above"), (1.0, 1.1)),
    (("up to", "as many as", "as much as", "less than", "fewer than", "under", "at most",
      "no more than", "below", "not more than"), (0.0, 1.0)),
):
    for _w in _words:
        APPROXIMATORS[_w] = _factors

#: Suffixes that loosen a figure: "100 or more", "300 or so", "50-plus".
SUFFIX_APPROXIMATORS: dict[str, tuple[float, float]] = {
    "or more": (1.0, 1.5), "or so": (0.9, 1.1), "plus": (1.0, 1.5), "+": (1.0, 1.5),
    "odd": (1.0, 1.2), "or fewer": (0.0, 1.0), "or less": (0.0, 1.0),
}


def approximate(value: Span3, factors: tuple[float, float]) -> Span3:
    """Widen a value by an approximator's factors (applied to its low and high ends)."""
    low, high = (float(f"{v:.12g}") for v in (value.low * factors[0], value.high * factors[1]))
    return Span3(min(low, high), max(low, high), value.best)


def plural_scale(words: list[str]) -> Span3 | None:
    """Resolve a chain of plural scales: ["tens", "thousands"] -> 20,000..90,000."""
    if not words or any(w not in PLURAL_SCALES for w in words):
        return None
    factor = 1.0
    for w in words:
        factor *= PLURAL_SCALES[w]
    return PLURAL.scaled(factor)
