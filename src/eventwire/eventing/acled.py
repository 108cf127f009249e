"""ACLED coding of a row: event type and sub-event type from the row's own words.

A learned text classifier (``eventwire/data/models/acled_coder.json``) reads the
sentences that tell the row and its trigger, and gives a probability to each of
ACLED's sub-event types and to five labels outside ACLED (natural and man-made
disasters, diplomacy, organised crime, attribution statements). The row's PLOVER
type limits which ACLED types it can take; a row most likely outside ACLED gets none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.eventing.acled_cues import cue_classes
from eventwire.eventing.linear import LinearModel
from eventwire.model import AcledCode

#: Label → (event_type, sub_event_type), as ACLED's codebook names them.
ACLED_LABELS: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}
#: Labels outside ACLED: a row most likely one of these gets no ACLED code.
OUTSIDE = ("NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB", "NONE")
DISASTERS = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
_SUB_TO_LABEL = {v: k for k, v in ACLED_LABELS.items()}
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence",
             "Protests": "Demonstrations", "Riots": "Political violence; Demonstrations",
             "Strategic developments": "Strategic developments"}
#: Which ACLED event types a PLOVER type can be coded as.
COMPATIBLE: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                         "Riots", "Protests"}),
    "COERCE": frozenset({"Violence against civilians", "Strategic developments", "Battles",
                        "Protests", "Riots"}),
    "PROTEST": frozenset({"Protests", "Riots"}),
    "MOBILIZE": frozenset({"Strategic developments", "Battles"}),
    "RETREAT": frozenset({"Strategic developments", "Battles"}),
    "AGREE": frozenset({"Strategic developments"}),
    "COOPERATE": frozenset({"Strategic developments"}),
    "CONCEDE": frozenset({"Strategic developments"}),
}
_WORD = re.compile(r"[a-z][a-z'-]*|\d+")


def label_of(acled: Iterable[str] | None) -> str:
    """The label of an ``[event_type, sub_event_type]`` pair (``NONE`` outside ACLED)."""
    if not acled:
        return "NONE"
    pair = tuple(acled)
    return _SUB_TO_LABEL.get((pair[0], pair[1]), "NONE") if len(pair) == 2 else "NONE"


def text_features(text: str, trigger: str = "", etype: str = "",
                  mode: str | None = None) -> dict[str, float]:
    """Word and word-pair features of the row's words, its trigger and its PLOVER type."""
    words = [_stem(w) for w in _WORD.findall(text.lower())]
    f: dict[str, float] = {}
    for w in words:
        f[f"u={w}"] = 1.0
    for a, b in zip(words, words[1:], strict=False):
        f[f"b={a}_{b}"] = 1.0
    for cue in cue_classes(text):
        f[f"cue={cue}"] = 1.0
        if etype:
            f[f"cue={cue}|{etype}"] = 1.0
    if trigger:
        f[f"trig={trigger.lower()}"] = 1.0
        for cue in cue_classes(trigger):
            f[f"tcue={cue}"] = 1.0
    if etype:
        f[f"type={etype}"] = 1.0
        f[f"mode={etype}|{mode}"] = 1.0
    return f


def _stem(word: str) -> str:
    """A plural's singular, roughly ('warplanes' and 'warplane' are one word to the coder)."""
    if len(word) <= 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


class AcledCoder:
    """Codes rows with the learned ACLED classifier."""

    def __init__(self, model: LinearModel) -> None:
        self.model = model

    def probabilities(self, text: str, trigger: str, etype: str,
                      mode: str | None = None) -> dict[str, float]:
        return self.model.probabilities(text_features(text, trigger, etype, mode))

    def code(self, probs: dict[str, float], etype: str) -> AcledCode | None:
        """The row's ACLED code: the likeliest ACLED event type its PLOVER type allows (summed
        over its sub-types) and that type's likeliest sub-type, unless an explicit label
        outside ACLED (a disaster, diplomacy, organised crime, an attribution) is likelier.

        The catch-all ``NONE`` (rows annotators left uncoded, mostly ordinary crime) never
        withholds a code: the code tells the form of the happening, and ACLED itself codes
        seizures, sexual violence and arrests that read as ordinary crime out of context."""
        allowed = COMPATIBLE.get(etype)
        if not allowed:
            return None
        by_type: dict[str, float] = {}
        for lab, p in probs.items():
            if lab in ACLED_LABELS and ACLED_LABELS[lab][0] in allowed:
                by_type[ACLED_LABELS[lab][0]] = by_type.get(ACLED_LABELS[lab][0], 0.0) + p
        if not by_type:
            return None
        # the event type first, by all its sub-types' probability together ('bombed' split
        # between air strike and shelling is still an explosion), then its likeliest sub-type
        p_in, chosen = max((p, t) for t, p in by_type.items())
        label = max((lab for lab in probs if lab in ACLED_LABELS
                     and ACLED_LABELS[lab][0] == chosen), key=lambda lab: probs[lab])
        # an explicit label outside ACLED (a disaster, diplomacy, crime) must beat the best
        # ACLED type
        p_out = max((p for lab, p in probs.items() if lab in OUTSIDE and lab != "NONE"),
                    default=0.0)
        if p_out > p_in:
            return None
        event_type, sub = ACLED_LABELS[label]
        return AcledCode(disorder_type=_DISORDER[event_type], event_type=event_type,
                         sub_event_type=sub)

    @staticmethod
    def disaster(probs: dict[str, float]) -> float:
        """The probability that the words tell a disaster or accident, not an act."""
        return sum(p for lab, p in probs.items() if lab in DISASTERS)
