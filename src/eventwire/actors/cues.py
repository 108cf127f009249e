"""Actor types from the actor's own words: "security forces", "gunmen", "villagers".

Each cue is a word or phrase that names a kind of actor in ACLED's sense. The cue
nearest the end of the phrase wins, since English puts the head noun last
("Tunisian coast guard", "militants' hostages"): "police killed protesters" is
two actors, but "protest police" is police. Titles ("President", "General")
mark state officials. Unmatched words give no type: nothing is guessed.
"""

from __future__ import annotations

import re

from eventwire.actors.codes import (
    CIVILIANS,
    EXTERNAL,
    IDENTITY_MILITIA,
    POLITICAL_MILITIA,
    PROTESTERS,
    REBELS,
    RIOTERS,
    STATE_FORCES,
)

#: inter code -> words and phrases (regular expressions, lower case) that name such actors.
CUES: dict[int, tuple[str, ...]] = {
    STATE_FORCES: (
        r"security forces?", r"armed forces", r"army", r"armies", r"military", r"militaries",
        r"soldiers?", r"troops?", r"servicem[ae]n", r"police(?:m[ae]n|wom[ae]n)?",
        r"police forces?", r"police officers?", r"(?:riot|border|traffic) police", r"gendarmes?",
        r"(?:state )?troopers?", r"sheriff'?s? (?:deputies|deputy|office|department)",
        r"sheriffs?", r"deputies", r"garda[ií]?", r"constables?", r"constabulary",
        r"marshals?", r"fbi", r"detectives?",
        r"gendarmerie", r"navy", r"naval forces", r"air force", r"warplanes?", r"fighter jets?",
        r"coast ?guards?", r"border guards?", r"national guard", r"special forces",
        r"(?:army|military|police|security) patrols?", r"patrols?", r"checkpoints?",
        r"government(?: forces| troops)?", r"authorities", r"ministry", r"ministries",
        r"junta", r"regime(?: forces)?", r"intelligence (?:services?|agency)",
        r"prosecutors?", r"courts?", r"judges?", r"president", r"prime minister",
        r"ministers?", r"governors?", r"mayors?", r"cabinet", r"parliament", r"state forces",
    ),
    REBELS: (
        r"rebels?", r"insurgents?", r"militants?", r"jihadists?", r"jihadis", r"guerrillas?",
        r"separatists?", r"islamists?(?: fighters)?", r"rebel (?:group|forces|fighters)",
        r"insurgency",
    ),
    POLITICAL_MILITIA: (
        r"gunm[ae]n", r"armed m[ae]n", r"armed group", r"armed groups", r"armed assailants",
        r"assailants", r"attackers", r"unidentified (?:armed )?(?:men|attackers|assailants)",
        r"masked men", r"militias?", r"militiam[ae]n", r"gangs?", r"gangsters?", r"gang members",
        r"cartels?", r"bandits?", r"kidnappers", r"abductors", r"armed fighters",
        r"paramilitar(?:y|ies)", r"hitmen", r"hit men", r"terrorists?", r"suicide bombers?",
        r"bombers",
    ),
    IDENTITY_MILITIA: (
        r"ethnic militias?", r"communal militias?", r"clan militias?", r"tribal (?:militias?|"
        r"fighters|gunmen)", r"tribesm[ae]n", r"clansm[ae]n", r"herders?", r"herdsm[ae]n",
        r"vigilantes?", r"self-defen[cs]e (?:groups?|militias?)", r"hunters",
    ),
    RIOTERS: (r"rioters?", r"mobs?", r"looters?", r"angry crowds?", r"lynch mobs?"),
    PROTESTERS: (
        r"protesters?", r"protestors?", r"demonstrators?", r"marchers?", r"strikers?",
        r"picketers?", r"rallygoers",
    ),
    CIVILIANS: (
        r"civilians?", r"residents?", r"villagers?", r"inhabitants", r"locals", r"farmers?",
        r"worshippers?", r"students?", r"pupils?", r"schoolchildren", r"children", r"women",
        r"journalists?", r"reporters?", r"migrants?", r"refugees?", r"asylum[ -]seekers?",
        r"displaced (?:people|persons|families)", r"idps", r"passengers?", r"shoppers?",
        r"teachers?", r"doctors?", r"nurses?", r"health workers?", r"aid workers?",
        r"patients?", r"families", r"family members", r"fishermen", r"traders?", r"miners?",
        r"people", r"persons", r"men", r"boys", r"girls", r"teenagers?", r"youths?",
        r"individuals", r"villages?",
        r"hostages?", r"detainees?", r"prisoners?", r"victims?", r"bystanders?", r"mourners",
    ),
    EXTERNAL: (
        r"peacekeepers?", r"peacekeeping (?:forces|troops|mission)", r"blue helmets",
        r"coalition(?: forces| troops| warplanes| aircraft)?", r"mercenar(?:y|ies)",
        r"private (?:security|military) (?:contractors?|companies|company|firms?)",
        r"contractors", r"foreign (?:forces|troops|fighters)",
    ),
}
#: Ranks and roles that take their side from a word before them ("rebel commander",
#: "army officers") and name state officials only when nothing else does.
ROLES: dict[int, tuple[str, ...]] = {
    STATE_FORCES: (r"officials?", r"officers?", r"commanders?", r"generals?", r"colonels?"),
}


def _compile(table: dict[int, tuple[str, ...]]) -> list[tuple[int, re.Pattern[str]]]:
    return [(code, re.compile("|".join(rf"(?<![\w-]){cue}(?![\w-])" for cue in cues)))
            for code, cues in table.items()]


_CUES, _ROLES = _compile(CUES), _compile(ROLES)


def _possessive(text: str, end: int) -> bool:
    return text[end:end + 1] in ("'", "’") and text[end + 1:end + 2] in ("", " ", "s")


def _last(text: str, patterns: list[tuple[int, re.Pattern[str]]]) -> int | None:
    """The code of the match that ends last (the longest of those ending together)."""
    best: tuple[int, int, int] | None = None
    for code, pattern in patterns:
        for m in pattern.finditer(text):
            if _possessive(text, m.end()):
                continue  # "the army's spokesman": the next word tells
            key = (m.end(), m.end() - m.start(), code)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


#: Heads of "X of Y" that take their kind from Y ("members of the security forces").
_PART_OF = re.compile(r"(?:^|\s)(?:members?|units?|elements|ranks|some|one|two|three|four|"
                      r"five|dozens|hundreds|thousands|scores|many|most|several|all|group|"
                      r"groups|contingents?|battalions?|detachments?|forces|fighters|\d[\d,]*)\s*$")
_OF = re.compile(r"\s(?:of|loyal to|from)\s")


def _words_type(text: str) -> int | None:
    code = _last(text, _CUES)
    return code if code is not None else _last(text, _ROLES)


def cue_type(text: str) -> int | None:
    """The inter code the words of ``text`` give, or None when they name no kind of actor.

    The kind-of-actor word nearest the end of the head wins; possessive modifiers do not
    count ("the militants' hostages" are hostages). In "X of Y" the head X tells
    ("relatives of soldiers" are not soldiers) unless it only counts or divides Y
    ("members of the security forces", "dozens of protesters").
    """
    lowered = text.lower()
    split = _OF.search(lowered)
    if split is None:
        return _words_type(lowered)
    head, tail = lowered[:split.start()], lowered[split.end():]
    code = _words_type(head)
    if code is not None:
        return code
    return _words_type(tail) if _PART_OF.search(head) or not head.strip() else None
