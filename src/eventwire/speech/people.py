"""Who is who: the people and groups a passage introduces, and whom a pronoun or a definite
description refers back to.

A referent is a named person ("Zeinab Fakih", also "His wife, Zeinab Fakih"), an unnamed person
kept as its description ("A nurse at the clinic in Djibo", anonymous), or a group ("UNHCR",
"the charity SOS Mediterranee"). "she" resolves to the closest compatible referent, walking back
sentence by sentence and taking each sentence's subjects before its other mentions; "the nurse"
resolves to the latest "a nurse …" or "X, a nurse …". A place never becomes a person, whatever
the entity recogniser labelled it: a name after "in", "from", "near" … is not a speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventwire.model import Entity
from eventwire.speech import lexicon as lx
from eventwire.speech.frames import QuoteMask, Sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE = frozenset({"in", "from", "at", "to", "near", "into", "outside", "across", "through",
                       "toward", "towards", "around", "inside", "via", "between", "of", "out",
                       "beyond", "along", "past", "reached", "left", "fled"})
FEMALE_NOUNS = frozenset("""
wife mother daughter sister woman girl aunt grandmother granddaughter spokeswoman widow niece
businesswoman chairwoman congresswoman actress mum mom stepmother girlfriend bride
""".split())
MALE_NOUNS = frozenset("""
husband father son brother man boy uncle grandfather grandson spokesman nephew businessman
chairman congressman widower dad stepfather boyfriend
""".split())
#: Words that make a capitalised run an organisation's name rather than a person's.
_ORG_WORDS = frozenset("""
agency ministry council organization organisation office committee group army forces force front
party union international united nations bank fund programme program commission authority
department service services police cross crescent network institute foundation association
company corporation university hospital school court government administration movement brigade
battalion guard coastguard mission watch rights federation league centre center alliance
coalition unicef unhcr iom ocha wfp who msf un eu nato reuters afp ap
""".split())
_NAME_GIVEN = re.compile(
    r"(?:first name|name (?:only )?as|identified (?:only )?as|called (?:himself|herself)|"
    r"known (?:only )?as|goes by)\s*,?\s*([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
_PARTIAL_NAME = re.compile(r"first name|only as|only by", re.IGNORECASE)
_TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s+)")
MAX_BACK = 8
_GROUP_NOUNS = frozenset({"charity", "agency", "group", "organisation", "organization", "ngo"})


@dataclass(frozen=True, slots=True)
class Referent:
    """Someone a mention stands for: a name, a description, or both."""

    name: str | None
    entity: str | None
    description: str | None
    anonymous: bool
    group: bool
    gender: str | None = None
    plural: bool = False


def age_noun(tok: Token) -> bool:
    """ "A 24-year-old from Kano said": the parser tags the age's "old" as an adjective, but
    as a subject or an apposition it stands for a person."""
    return tok.lower_ == "old" and tok.dep_ in SUBJECTS | {"appos"} and tok.i >= 2 and \
        tok.doc[tok.i - 2].lower_ in ("year", "years")


def gender_of_noun(word: str) -> str | None:
    """ "wife" -> female, "brother" -> male, else None."""
    low = word.lower()
    if low in FEMALE_NOUNS:
        return "female"
    if low in MALE_NOUNS:
        return "male"
    return None


def looks_like_person_name(text: str) -> bool:
    """Two to four capitalised words, none an organisation word, not an acronym."""
    words = [w for w in re.split(r"\s+", _TITLE.sub("", text.strip())) if w]
    if not 1 <= len(words) <= 4:
        return False
    for w in words:
        core = w.strip(".,'’")
        if not core or core.lower() in _ORG_WORDS or (core.isupper() and len(core) > 1):
            return False
        if not (core[:1].isupper() or core.lower() in ("al", "bin", "abu", "van", "de", "el")
                or core.lower().startswith(("al-", "el-"))):
            return False
    return True


def name_in_description(phrase: str) -> tuple[str | None, bool]:
    """The name a description gives ("who gave her name only as Fardowsa") and whether it is
    partial (a first name only), which keeps the speaker anonymous."""
    m = _NAME_GIVEN.search(phrase)
    partial = bool(_PARTIAL_NAME.search(phrase))
    return (m.group(1) if m else None), partial


class People:
    """Referents of the person and group mentions of one article (outside quotations)."""

    def __init__(self, text: str, doc: Doc, entities: Sequence[Entity], mask: QuoteMask,
                 sentences: Sentences, genders: dict[str, str]) -> None:
        self.text = text
        self.doc = doc
        self.mask = mask
        self.sentences = sentences
        self.genders = genders
        self.entities = sorted(entities, key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]
        self.token_starts = [t.idx for t in doc]
        persons = [e for e in self.entities if e.label == "PERSON"]
        self._name_tokens: dict[str, str] = {}
        for e in persons:  # "Fakih" and "Hussein" both point back at "Hussein Fakih"
            words = e.text.split()
            if len(words) > 1:
                for w in words:
                    self._name_tokens.setdefault(w.lower(), e.text)

    # ----- lookups -----------------------------------------------------------------------
    def entity_at(self, pos: int) -> Entity | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.entities[i].end > pos - 60:
            e = self.entities[i]
            if e.start <= pos < e.end:
                return e
            i -= 1
        return None

    def _tokens(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self.token_starts, start)
        j = bisect.bisect_left(self.token_starts, end)
        return [self.doc[k] for k in range(i, j)]

    def _sentence_bounds_before(self, pos: int) -> list[tuple[int, int]]:
        """Sentences from the one holding ``pos`` (cut at ``pos``) back to the paragraph before."""
        out: list[tuple[int, int]] = []
        start, _ = self.sentences.bounds(pos)
        out.append((start, pos))
        paragraphs_crossed = 0
        while start > 0 and len(out) < MAX_BACK:
            if "\n" in self.text[max(0, start - 2):start]:
                paragraphs_crossed += 1
                if paragraphs_crossed > 1:
                    break
            start, end = self.sentences.bounds(start - 1)
            out.append((start, end))
        return out

    # ----- what a mention stands for -------------------------------------------------------
    def is_place(self, tok: Token) -> bool:
        """A name written as a place: a place entity, or the object of "in", "from", …"""
        e = self.entity_at(tok.idx)
        if e is not None and e.label in _PLACE_LABELS:
            return True
        head = tok
        while head.dep_ in ("compound", "flat", "conj", "appos") and head.head is not head:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
            return True
        if head.dep_ == "dobj" and head.head.lemma_.lower() in ("leave", "reach", "flee", "visit"):
            return True
        first = self.text.rfind("\n", 0, tok.idx) + 1
        word = self.text[tok.idx:tok.idx + len(tok.text)]
        return tok.idx == first and word.isupper()  # a dateline: "GOMA, Congo —"

    def _propn_run(self, head: Token) -> str:
        first = head
        while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and \
                first.doc[first.i - 1].dep_ in ("compound", "flat") and \
                not self.mask.inside(first.doc[first.i - 1].idx):
            first = first.doc[first.i - 1]
        last = head
        while last.i + 1 < len(last.doc) and last.doc[last.i + 1].pos_ == "PROPN" and \
                last.doc[last.i + 1].dep_ in ("flat",) and last.doc[last.i + 1].head is head:
            last = last.doc[last.i + 1]
        return _TITLE.sub("", self.text[first.idx:last.idx + len(last.text)])

    def _description(self, head: Token) -> str:
        """The noun phrase headed by ``head``, up to its first quotation or clause end."""
        left = head.left_edge
        while left.i < head.i and (left.is_punct or self.mask.inside(left.idx)):
            left = left.doc[left.i + 1]
        right = head.right_edge
        for t in head.doc[head.i:right.i + 1]:
            if self.mask.inside(t.idx) or t.text in (".", ";", ":", "\n") or t.is_space:
                right = t.doc[max(t.i - 1, head.i)]
                break
        if head.dep_ in SUBJECTS and head.head.i > head.i:
            right = head.doc[head.head.i - 1]
            for t in head.doc[head.i:head.head.i]:
                if self.mask.inside(t.idx) or t.text in (".", ";", ":", "\n"):
                    right = t.doc[max(t.i - 1, head.i)]
                    break
        while right.i > head.i and (right.is_punct or right.lower_ in ("and", "who")):
            right = right.doc[right.i - 1]
        phrase = " ".join(self.text[left.idx:right.idx + len(right.text)].split())
        words = phrase.split()
        if len(words) > 25:
            phrase = phrase.split(",")[0]
        return phrase

    def _named(self, tok: Token, description: str | None, gender: str | None) -> Referent | None:
        """A proper-noun mention as a person or a group (None for a place)."""
        if self.is_place(tok):
            return None
        e = self.entity_at(tok.idx)
        run = self._propn_run(tok)
        full = self._name_tokens.get(run.lower(), run) if len(run.split()) == 1 else run
        if e is not None and e.label == "PERSON":
            name = full if e.text in full or len(e.text.split()) == 1 else e.text
            return Referent(name, e.id, description, False, False,
                            gender or self._gender(name))
        speaking = tok.dep_ in SUBJECTS and tok.head.lemma_.lower() in lx.SPEECH_VERBS
        before = tok.doc[tok.i - len(run.split())] if tok.i >= len(run.split()) else None
        after_group = before is not None and before.lemma_.lower() in _GROUP_NOUNS
        person = not after_group and looks_like_person_name(run) and (
            e is None or e.label in ("ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT")) and (
            description is not None or gender is not None or run.lower() in self._name_tokens
            or (e is not None and e.label != "NORP" and len(run.split()) > 1)
            or speaking)
        if person:
            return Referent(full, e.id if e else None, description, False, False,
                            gender or self._gender(full))
        if after_group or (e is not None and e.label in ("ORG", "NORP", "PRODUCT")):
            return Referent(e.text if e is not None and not after_group else run,
                            e.id if e else None, description, False, True)
        return None

    def _gender(self, name: str) -> str | None:
        g = self.genders.get(name)
        if g is None:
            for other, value in self.genders.items():
                if name in other.split() or other in name.split():
                    return value
        return g

    def referent(self, head: Token, depth: int = 0) -> Referent | None:
        """What the noun phrase headed by ``head`` stands for (None: not a person or group)."""
        if self.mask.inside(head.idx):
            return None
        if head.pos_ == "PRON":
            low = head.lower_
            if low in lx.MALE or low in lx.FEMALE or low in lx.PLURAL:
                r = self.pronoun(head, depth + 1) if depth < 3 else None
                if r is not None and r.gender is None and low not in lx.PLURAL:
                    r = replace(r, gender="male" if low in lx.MALE else "female")
                return r
            if low in lx.RELATIVE and head.head.dep_ in ("relcl", "acl"):
                return self.referent(head.head.head, depth)
            return None
        appos = [c for c in head.children if c.dep_ == "appos" and not self.mask.inside(c.idx)]
        if head.pos_ in ("NUM", "PRON") or head.lower_ == "one":
            described = next((a for a in head.children if a.dep_ in ("appos", "amod")
                              and not self.mask.inside(a.idx) and a.i > head.i
                              and (lx.is_person_noun(a.text) or lx.is_person_noun(a.lemma_))),
                             None)
            if described is None:
                return None
            if described.pos_ == "NOUN":
                return self.referent(described, depth)
            a, b = described.left_edge, described.right_edge
            phrase = " ".join(self.text[a.idx:b.idx + len(b.text)].split()).strip(" ,")
            name, partial = name_in_description(phrase)
            return Referent(name, None, phrase, partial or name is None, False)
        if head.pos_ == "PROPN" or (head.text[:1].isupper() and head.pos_ != "NOUN"
                                    and head.pos_ not in ("NUM", "DET", "ADJ")):
            desc_tok = next((a for a in appos if lx.is_person_noun(a.text)
                             or lx.is_person_noun(a.lemma_)), None)
            compound = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            gender = None
            description = None
            if desc_tok is not None:
                description = self._description(desc_tok)
                gender = gender_of_noun(desc_tok.lemma_)
            for c in compound:
                gender = gender or gender_of_noun(c.lemma_)
            if head.dep_ == "appos" and lx.is_person_noun(head.head.text):
                gender = gender or gender_of_noun(head.head.lemma_)
            return self._named(head, description, gender)
        if head.pos_ != "NOUN" and not age_noun(head):
            return None
        lemma = head.lemma_.lower()
        speaking = head.dep_ in SUBJECTS and head.head.lemma_.lower() in lx.SPEECH_VERBS
        person = lx.is_person_noun(head.text) or lx.is_person_noun(lemma) or \
            gender_of_noun(lemma) is not None or (speaking and lemma not in lx.ORG_NOUNS
                                                  and lemma not in _GROUP_NOUNS)
        det = next((c for c in head.children if c.dep_ in ("det", "poss", "nummod")), None)
        first = det.lower_ if det is not None else ""
        if person:
            gender = gender_of_noun(lemma)
            named = next((a for a in appos if a.pos_ == "PROPN"), None)
            name_after = next((c for c in head.children if c.dep_ == "compound"
                               and c.pos_ == "PROPN" and c.i > head.i), None)
            named = named or name_after
            if named is None:
                named = next((c for c in head.rights if c.pos_ == "PROPN" and c.i == head.i + 1
                              and c.dep_ in ("appos", "npadvmod", "dep", "nsubj")), None)
            if named is not None:
                r = self._named(named, self._core(head), gender)
                if r is not None:
                    return r
            if first == "the" and det is not None and det.dep_ == "det":
                return self.definite(head, depth)
            phrase = self._description(head)
            name, partial = name_in_description(phrase)
            anonymous = partial or bool(lx.ANONYMITY.search(phrase)) or name is None
            return Referent(name, None, phrase, anonymous, False, gender,
                            plural=head.tag_ == "NNS")
        if lemma in lx.ORG_NOUNS or lemma in _GROUP_NOUNS:
            named = next((c for c in head.children if c.pos_ == "PROPN" and c.i > head.i
                          and c.dep_ in ("appos", "compound", "npadvmod")), None)
            if named is not None:
                return Referent(self._propn_run(named), None, self._core(head), False, True)
            if first == "the":
                return self.definite(head, depth)
            return Referent(None, None, self._description(head), False, True)
        return None

    def _core(self, head: Token) -> str:
        left = head.left_edge
        while left.i < head.i and left.is_punct:
            left = left.doc[left.i + 1]
        return " ".join(self.text[left.idx:head.idx + len(head.text)].split())

    # ----- back-references -----------------------------------------------------------------
    def definite(self, head: Token, depth: int = 0) -> Referent | None:
        """ "the nurse" -> the latest "a nurse …" (or "X, a nurse"), "the group" -> the latest
        group named; "the statement" -> whoever last spoke in a statement."""
        lemma = head.lemma_.lower()
        generic = lemma in ("group", "charity", "organisation", "organization", "agency",
                            "statement")
        for start, end in self._sentence_bounds_before(head.idx):
            for tok in reversed(self._tokens(start, end)):
                if tok.i == head.i or self.mask.inside(tok.idx) or tok.i > head.i:
                    continue
                if generic and tok.dep_ in SUBJECTS and \
                        tok.head.lemma_.lower() in lx.SPEECH_VERBS and depth < 3:
                    r = self.referent(tok, depth + 1)
                    if r is not None and r.group and r.name:
                        return r
                if generic and tok.pos_ == "NOUN" and tok.lemma_.lower() in _GROUP_NOUNS:
                    named = next((c for c in tok.children if c.pos_ == "PROPN"), None)
                    if named is None and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                        named = tok.head
                    if named is not None:
                        return Referent(self._propn_run(named), None, None, False, True)
                if generic and lemma == "statement" and tok.lemma_.lower() == "statement":
                    verb = tok.head.head if tok.head.dep_ == "prep" else tok.head
                    sub = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
                    if sub is not None and depth < 3:
                        r = self.referent(sub, depth + 1)
                        if r is not None and r.group:
                            return r
                if (tok.pos_ != "NOUN" and not age_noun(tok)) or tok.lemma_.lower() != lemma:
                    continue
                det = next((c for c in tok.children if c.dep_ in ("det", "poss", "nummod")), None)
                if det is not None and det.lower_ == "the":
                    continue
                if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                    r = self._named(tok.head, self._core(tok), gender_of_noun(lemma))
                else:
                    r = self.referent(tok, depth + 1) if depth < 3 else None
                if r is not None:
                    return r
        return None

    def pronoun(self, tok: Token, depth: int = 0) -> Referent | None:
        """The closest compatible referent of "he", "she" or "they", sentence by sentence."""
        low = tok.lower_
        want = "male" if low in lx.MALE else "female" if low in lx.FEMALE else "plural"
        for start, end in self._sentence_bounds_before(tok.idx):
            for cand in self._candidates(start, end, tok):
                r = self.referent(cand, depth)
                if r is not None and _compatible(r, want):
                    return r
        return None

    def _candidates(self, start: int, end: int, pronoun: Token) -> list[Token]:
        """A sentence's subjects (main clause and speech verbs first), then its other names."""
        toks = [t for t in self._tokens(start, end)
                if t.i < pronoun.i and not self.mask.inside(t.idx)]
        subjects = [t for t in toks if t.dep_ in SUBJECTS and t.lower_ not in lx.FIRST]
        main = [t for t in subjects if t.head.dep_ == "ROOT"
                or t.head.lemma_.lower() in lx.SPEECH_VERBS]
        rest = [t for t in subjects if t not in main]
        names = [t for t in reversed(toks) if t.pos_ == "PROPN" and t.dep_ not in ("compound",)
                 and t not in subjects]
        return main + rest + names


def _compatible(r: Referent, want: str) -> bool:
    if want == "plural":
        return r.group or r.plural
    if r.group or r.plural:
        return False
    return r.gender in (None, want)


def with_name(r: Referent, name: str | None) -> Referent:
    """The same referent under another name."""
    return replace(r, name=name)
