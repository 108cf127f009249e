"""What the map, timeline and facets colour and count by: ACLED type, PLOVER group, precision.

Few colours, from Okabe and Ito's colour-blind-safe palette: ACLED's six event types
(when rows carry an ACLED coding), else five groups of PLOVER types. Precision says
how exactly a row is placed: a town or point, an admin area, or only a country.
"""

from __future__ import annotations

from typing import Any

from eventwire.rows import EventRow

#: ACLED's event types (codebook order) and their colours; rows without one are "Not coded".
ACLED_TYPES: dict[str, str] = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#E69F00",
    "Violence against civilians": "#CC79A7",
    "Protests": "#0072B2",
    "Riots": "#56B4E9",
    "Strategic developments": "#009E73",
}
NOT_CODED = "Not ACLED-coded"
NOT_CODED_COLOUR = "#8C8C8C"

#: PLOVER types in five groups, for data without ACLED coding.
PLOVER_GROUPS: dict[str, str] = {
    "ASSAULT": "Assault", "COERCE": "Coercion", "THREATEN": "Coercion",
    "SANCTION": "Coercion", "MOBILIZE": "Coercion",
    "PROTEST": "Protest", "REJECT": "Protest", "ACCUSE": "Protest", "REQUEST": "Protest",
    "MOVE": "Movement", "RETREAT": "Movement",
}
GROUP_COLOURS: dict[str, str] = {
    "Assault": "#D55E00", "Coercion": "#CC79A7", "Protest": "#0072B2",
    "Movement": "#E69F00", "Cooperation and other": "#009E73",
}
OTHER_GROUP = "Cooperation and other"

#: Place kinds by how exactly they place an event.
PRECISION: dict[str, str] = {
    "city": "point", "feature": "point", "admin2": "admin", "admin1": "admin",
    "region": "country", "country": "country", "demonym": "country",
}


def acled_type(row: EventRow) -> str | None:
    """The row's ACLED event type, when the rows carry an ACLED coding."""
    value: Any = getattr(row, "acled_event_type", None)
    return value if isinstance(value, str) and value else None


def acled_label(row: EventRow) -> str:
    return acled_type(row) or NOT_CODED


def plover_group(row: EventRow) -> str:
    return PLOVER_GROUPS.get(row.type, OTHER_GROUP)


def fatalities(row: EventRow) -> float | None:
    """Deaths told for the row, when the rows carry a fatalities field (else None)."""
    value: Any = getattr(row, "fatalities", None)
    if isinstance(value, int | float):
        return float(value)
    return None


def precision(row: EventRow) -> str:
    """``point``, ``admin`` or ``country`` (``none`` without coordinates)."""
    if row.lat is None or row.lon is None:
        return "none"
    return PRECISION.get(row.place_kind or "", "point")


def colour_of(label: str) -> str:
    """The colour of an ACLED type or a PLOVER group label."""
    return ACLED_TYPES.get(label) or GROUP_COLOURS.get(label) or NOT_CODED_COLOUR


def type_colour(plover_type: str) -> str:
    """The colour of a PLOVER type: its group's."""
    return GROUP_COLOURS[PLOVER_GROUPS.get(plover_type, OTHER_GROUP)]
