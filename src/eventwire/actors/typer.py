"""One actor's ACLED type and country, from the dictionary, its words and its event.

In order: a dictionary name inside the actor's words; the words themselves
(``cues``); a country acting as itself ("Russia struck ...": its state); and
last what ACLED's event types imply by definition: a protest's actor is
protesters, a riot's rioters, and the target of violence against civilians is
civilians. The country is the dictionary's, else a country or demonym inside the
actor's words ("Tunisian authorities", "Sudan's army"). State forces acting in
another country than their own are external forces, as ACLED codes them.
"""

from __future__ import annotations

from eventwire.actors.codes import (
    CIVILIANS,
    EXTERNAL,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    ActorType,
)
from eventwire.actors.cues import cue_type
from eventwire.actors.dictionary import ActorDictionary, load_dictionary
from eventwire.model import Actor, Document

#: ACLED's generic actor names for the types its event types imply.
GENERIC = {PROTESTERS: "Protesters", RIOTERS: "Rioters", CIVILIANS: "Civilians"}
_ACTING_STATES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_PLACE_KINDS = frozenset({"demonym", "country"})


class ActorTyper:
    """Types actors; holds the dictionary (the shipped one plus the user's files)."""

    def __init__(self, dictionary: ActorDictionary | None = None) -> None:
        self.dictionary = dictionary if dictionary is not None else load_dictionary()

    def type_of(self, actor: Actor | None, doc: Document, *, role: str, event_type: str,
                acled_type: str | None, day: str | None = None,
                event_country: str | None = None) -> ActorType | None:
        """The type of the event's ``role`` ("actor" or "target"), or None when unknown."""
        found = self._from_words(actor, doc, event_type, day) if actor else None
        implied = _implied(role, acled_type)
        if implied is not None and (found is None or found.inter in _YIELDS_TO[implied]):
            country = found.country if found else None
            name = None if actor else GENERIC[implied]
            found = ActorType(implied, country, "event_type", name)
        if (found is not None and found.inter == STATE_FORCES and found.country
                and event_country and found.country != event_country
                and acled_type in _VIOLENT):
            found = ActorType(EXTERNAL, found.country, found.basis, found.name, state=True)
        return found

    def _from_words(self, actor: Actor, doc: Document, event_type: str,
                    day: str | None) -> ActorType | None:
        country = country_in(actor, doc)
        entry = self.dictionary.find(actor.text, day)
        if entry is not None:
            return ActorType(entry.inter, entry.country or country, "dictionary", entry.name,
                             state=entry.inter == STATE_FORCES)
        code = cue_type(actor.text)
        if code is not None:
            return ActorType(code, country, "text", state=code == STATE_FORCES)
        if _is_country(actor, doc) and event_type in _ACTING_STATES and country:
            return ActorType(STATE_FORCES, country, "entity", state=True)
        return None


#: Which event types imply a type for which role (ACLED's definitions of those types).
_IMPLIED = {("actor", "Protests"): PROTESTERS, ("actor", "Riots"): RIOTERS,
            ("target", "Violence against civilians"): CIVILIANS}
#: The implied type replaces these (crowds of civilians protesting are protesters).
_YIELDS_TO = {PROTESTERS: frozenset({CIVILIANS}), RIOTERS: frozenset({CIVILIANS, PROTESTERS}),
              CIVILIANS: frozenset()}
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _implied(role: str, acled_type: str | None) -> int | None:
    return _IMPLIED.get((role, acled_type or ""))


def country_in(actor: Actor, doc: Document) -> str | None:
    """The country of a demonym or country named inside the actor's words."""
    if actor.start is None or actor.end is None:
        return None
    for place in doc.places:
        if (place.kind in _PLACE_KINDS and place.country and actor.start <= place.start
                and place.end <= actor.end):
            return place.country
    return None


def _is_country(actor: Actor, doc: Document) -> bool:
    """Whether the actor is a country named on its own ("Russia", "the United States")."""
    if actor.start is None or actor.end is None:
        return False
    return any(p.kind == "country" and p.start <= actor.start + 4 and p.end >= actor.end
               for p in doc.places)
