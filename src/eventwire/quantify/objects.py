"""What a figure counts, from the spaCy parse: "Four Saudi Arabian extremists" -> the extremists.

``counted_object`` reads the noun phrase right after a figure (directly, or
after "of" or "more"), and ``is_person`` decides whether its head names people,
which gives the quantity the unit ``person``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_NOUNS = frozenset("""
people persons person men man women woman children child kids kid boys boy girls girl babies
baby infants infant toddlers adults adult civilians civilian residents resident inhabitants
villagers villager citizens citizen nationals national refugees refugee migrants migrant
immigrants immigrant emigrants seekers fighters fighter soldiers soldier troops militants
militant insurgents insurgent rebels rebel gunmen gunman attackers attacker assailants
defectors defector infiltrators smugglers smuggler traffickers protesters protester
demonstrators demonstrator workers worker employees employee staff staffers officials official
officers officer police policemen policewomen guards guard personnel members member volunteers
volunteer students student pupils pupil teachers teacher doctors doctor nurses nurse patients
patient victims victim casualties prisoners prisoner detainees detainee inmates inmate hostages
hostage captives captive suspects suspect passengers passenger pilots pilot sailors sailor crew
crewmen tourists tourist visitors visitor pilgrims pilgrim voters voter candidates candidate
lawmakers lawmaker legislators senators senator ministers minister leaders leader commanders
commander generals recruits recruit conscripts veterans veteran survivors survivor witnesses
witness siblings sons son daughters daughter brothers brother sisters sister wives wife husbands
husband parents parent mothers mother fathers father relatives relative farmers farmer fishermen
miners miner engineers engineer scientists experts expert researchers researcher players player
athletes athlete fans spectators customers customer consumers shoppers clients individuals
adolescents teenagers teenager teens youths youth pensioners retirees labourers laborers
contractors mercenaries mercenary jihadis jihadi snipers sniper peacekeepers monitors observers
delegates delegate diplomats diplomat envoys negotiators judges judge lawyers lawyer prosecutors
executives executive directors director managers manager bosses owners owner landlords tenants
evacuees returnees deportees trainees internees amputees dead wounded injured displaced homeless
elderly jobless unemployed americans europeans africans asians cadets marines guardsmen
firefighters paramedics medics rescuers journalists journalist reporters reporter
photographers bloggers activists activist campaigners opponents supporters followers believers
worshippers christians muslims jews hindus buddhists sunnis shias shiites kurds arabs
colleagues friends neighbours neighbors strangers guests hosts men-at-arms bodyguards agents
spies informants informers combatants jihadists extremists terrorists militiamen tribesmen
nationals passers-by bystanders drivers driver riders cyclists pedestrians motorists truckers
migrant-workers asylum-seekers refugees-camp graduates applicants candidates entrants members
subscribers users residents deputies deputy envoys aides aide allies ally enemies
enemy spouses spouse bodies corpses adults heirs crews staffs cops nannies ladies lady gentlemen
fellows peers comrades recruits lads kin clergy priests priest imams imam monks nuns bishops
teens pupils scouts squads inhabitants dependants dependents orphans widows widowers
""".split())
_PERSON_SUFFIXES = ("ists", "men", "women", "ians", "ees", "ers", "ors")
_NOT_PERSON = frozenset("""
abdomens amens answers banners barrels barriers behaviors behaviours blockbusters bombers
boosters borders centers centres chambers chapters chargers clusters coffees colors colours
committees computers containers corners corridors covers cylinders decrees degrees detectors
dinners dollars doors elevators episodes errors factors fees fibers filters fists flavors
flavours floors flowers flyers freighters generators guarantees hangers harbors harbours
headquarters heaters helicopters honors honours hours ians indicators jamborees jets knees
labors ladders layers letters liners lists liters litres lockers manners markers matters
meters mirrors mists motors numbers offers omens orders others papers persians posters
pounds powders powers printers processors quarters rafters reactors regimens registers
rivers rollers routers rumors rumours scooters sectors servers shelters sneakers specimens
stamens stickers summers tankers theaters theatres thrillers tickers towers tractors
trailers transfers trees twists vectors vouchers wafers waters weathers winters wrists yards
""".split())
#: Verbs whose subject or object, written as a bare figure, is people ("four were killed").
PERSON_VERBS = frozenset("""
kill die injure wound arrest detain flee displace evacuate execute behead abduct kidnap
rescue drown shoot stab capture free release deport expel hospitalise hospitalize torture
""".split())
_SKIP_BEFORE = frozenset({"more", "other", "additional", "extra", "further", "fewer", "new",
                          "of", "the", "these", "those", "their", "his", "her", "its", "our",
                          "your", "my", "such"})
_NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_MAX_TOKENS = 7


@dataclass(frozen=True, slots=True)
class CountedObject:
    """The noun phrase a figure counts, with its character span."""

    text: str
    start: int
    end: int
    person: bool


class TokenIndex:
    """Character offsets to token positions for one parse (built once per document)."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.starts = [t.idx for t in doc]

    def after(self, char: int) -> int:
        """The index of the first token that starts at or after ``char``."""
        return bisect_left(self.starts, char)

    def at(self, char: int) -> Token | None:
        """The token covering ``char``."""
        i = bisect_left(self.starts, char + 1) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None


def is_person(token: Token) -> bool:
    """True when a noun names people: a known person noun, an -ist/-ian/-men plural, a NORP."""
    lower = token.text.lower()
    if lower in PERSON_NOUNS or token.lemma_.lower() in PERSON_NOUNS:
        return True
    if token.ent_type_ == "NORP" and lower.endswith("s"):
        return True
    return lower.endswith(_PERSON_SUFFIXES) and lower not in _NOT_PERSON and len(lower) > 5


def counted_object(index: TokenIndex, end_char: int) -> CountedObject | None:
    """The noun phrase a figure ending at ``end_char`` counts, or None when there is none."""
    doc = index.doc
    i = index.after(end_char)
    if i >= len(doc) or index.text[end_char:doc[i].idx].strip():
        return None
    first = i
    while i < len(doc) and i - first < 3 and doc[i].lower_ in _SKIP_BEFORE:
        i += 1
    begin = i
    head = _last_noun(doc, begin)
    if head is None:
        return None
    span = doc[begin:head.i + 1]
    return CountedObject(span.text, span.start_char, span.end_char, is_person(head))


def _last_noun(doc: Doc, begin: int) -> Token | None:
    """The head of the noun run that starts at ``begin``: its last noun before a non-noun."""
    head: Token | None = None
    i = begin
    while i < len(doc) and i - begin < _MAX_TOKENS:
        tok = doc[i]
        if any(c.isdigit() for c in tok.text) or tok.pos_ == "NUM":
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
        elif tok.tag_ == "POS" and head is not None:
            head = None  # "Johnson's deputies": the possessor is not what is counted
        elif tok.text in ("-", "–") and i > begin and not doc[i - 1].whitespace_:
            pass
        elif tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("amod", "compound"):
            pass
        elif tok.pos_ not in _NOUNISH:
            break
        if head is not None and tok.pos_ in ("NOUN", "PROPN") and _ends_phrase(doc, i):
            break
        i += 1
    return head


def _ends_phrase(doc: Doc, i: int) -> bool:
    """A noun followed by a non-noun (or by a noun it does not modify) ends the phrase."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if nxt.tag_ == "POS":
        return False
    if doc[i].tag_ in ("NNS", "NNPS") and nxt.pos_ not in ("NOUN", "PROPN", "PART"):
        return True
    if nxt.pos_ not in ("NOUN", "PROPN"):
        return nxt.pos_ != "ADJ" and not (nxt.text in ("-", "–") and not doc[i].whitespace_)
    return doc[i].dep_ not in ("compound", "amod", "nmod") and doc[i].head.i != nxt.i and \
        doc[i].head.i < i


def bare_person_count(token: Token) -> bool:
    """A figure with no noun that stands for people: "four were killed", "95 who left"."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in ("who", "whom"):
        return True
    verb = token.head
    if token.dep_ in ("nsubjpass", "nsubj", "dobj") and verb.pos_ in ("VERB", "AUX"):
        return verb.lemma_.lower() in PERSON_VERBS
    return False
