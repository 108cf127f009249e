"""ACLED's actor types (inter codes) and how two of them combine into an interaction.

ACLED gives every actor one of eight types, by the group's goal and organisation,
and records the pair of an event's two actors as one two-digit ``interaction``
number, lowest code first ("13": state forces and a political militia). An actor
that acts alone has the interaction of its code followed by 0 ("60": protesters).
"""

from __future__ import annotations

from dataclasses import dataclass

STATE_FORCES, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA = 1, 2, 3, 4
RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 5, 6, 7, 8

#: Inter code -> ACLED's name for the actor type.
INTER_NAMES: dict[int, str] = {
    STATE_FORCES: "State forces", REBELS: "Rebel group", POLITICAL_MILITIA: "Political militia",
    IDENTITY_MILITIA: "Identity militia", RIOTERS: "Rioters", PROTESTERS: "Protesters",
    CIVILIANS: "Civilians", EXTERNAL: "External/Other forces",
}
#: Short lower-case names of the types (the trigger lexicon's ``subj=`` condition).
KIND_NAMES: dict[int, str] = {
    STATE_FORCES: "state", REBELS: "rebels", POLITICAL_MILITIA: "militia",
    IDENTITY_MILITIA: "identity", RIOTERS: "rioters", PROTESTERS: "protesters",
    CIVILIANS: "civilians", EXTERNAL: "external",
}
#: Types of organised armed actors (the ones that fight battles and UCDP counts).
ARMED = frozenset({STATE_FORCES, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL})
#: Where a type was found: the dictionary, the actor's own words, a named entity acting
#: (a country that strikes is its state), or the event's ACLED type (protests have
#: protesters, violence against civilians has civilians as its target).
BASES = ("dictionary", "text", "entity", "event_type")


@dataclass(frozen=True, slots=True)
class ActorType:
    """An actor's ACLED type, the country it belongs to when known, and what told it."""

    inter: int
    country: str | None = None
    basis: str = "text"
    name: str | None = None  # the dictionary's name for the actor, when it matched one
    state: bool = False  # a state's own forces, at home (1) or abroad (8)


def interaction(inter1: int | None, inter2: int | None, *, alone: bool) -> int | None:
    """ACLED's interaction code: both codes, lowest first; ``N0`` for an actor acting alone.

    None when a present actor has no known type (the pair cannot be told).
    """
    if alone:
        only = inter1 if inter1 is not None else inter2
        return None if only is None else only * 10
    if inter1 is None or inter2 is None:
        return None
    low, high = sorted((inter1, inter2))
    return low * 10 + high
