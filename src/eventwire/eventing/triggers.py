"""Finding event triggers in a parsed sentence and keeping one per real happening."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.actors.codes import KIND_NAMES
from eventwire.actors.cues import cue_type
from eventwire.eventing.arguments import counted_head, inflection_stems, names_happening
from eventwire.eventing.lexicon import Lexicon, TriggerSense

Token = Any  # a spaCy Token; typed loosely so the module imports without spaCy

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "obj"})
_OF_PREPS = frozenset({"of", "on", "at", "against", "into"})
_SKIP_NOUN_DEPS = frozenset({"compound", "amod", "attr", "appos", "nmod"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_GENERIC_SUBJECTS = frozenset({"you", "one", "everyone", "anyone", "anybody", "everybody",
                               "nobody", "whoever"})
_HABITUAL = frozenset({"always", "usually", "often", "generally", "typically", "normally",
                       "sometimes", "rarely", "ever"})
#: Dependency labels through which a speech act embeds its content.
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "oprd", "pcomp",
                           "advcl", "conj", "relcl"})


@dataclass
class Candidate:
    """A trigger token with its sense; ``absorbed`` are same-happening triggers merged into it."""

    token: Token
    sense: TriggerSense
    absorbed: list[Token] = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        return [self.token, *self.absorbed]


def _contents(obj: Token) -> set[str]:
    """What a container object holds or is made of: 'a weapons cache', 'a stash of rockets'."""
    held = {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    held.add(pobj.lemma_.lower())
                    held.update(c.lemma_.lower() for c in pobj.conjuncts)
    return held


def object_lemmas(tok: Token) -> set[str]:
    """Lemmas of what a trigger acts on: objects, passive subjects, 'of'/'on' complements."""
    found: set[str] = set()
    for child in tok.children:
        if child.dep_ in _OBJECT_DEPS:
            found.add(child.lemma_.lower())
            found.update(c.lemma_.lower() for c in child.conjuncts)
            counted = counted_head(child)  # 'dispatched hundreds of troops': troops
            if counted is not None and counted is not child:
                found.add(counted.lemma_.lower())
            found.update(_contents(child))
        elif child.dep_ == "prep":
            found.add(child.lemma_.lower())
            if child.lemma_.lower() in _OF_PREPS:
                found.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        found.add(tok.head.lemma_.lower())
    return found


def _with_lemmas(tok: Token) -> set[str]:
    """The trigger's children as its ``with=`` condition reads them; a negated child
    ('pleaded not guilty') does not count."""
    kept = [c for c in tok.children if not any(g.dep_ == "neg" for g in c.children)]
    return {c.lemma_.lower() for c in kept} | {c.lower_ for c in kept}


def match_sense(tok: Token, lexicon: Lexicon) -> TriggerSense | None:
    """Return the first sense of the lexicon whose conditions this token meets."""
    pos = "VERB" if tok.pos_ == "AUX" else tok.pos_
    lemmas = dict.fromkeys((tok.lemma_.lower(), tok.lower_, *inflection_stems(tok)))
    for lemma in lemmas:
        for sense in lexicon.senses(lemma, pos):
            if sense.with_ and not sense.with_ & _with_lemmas(tok):
                continue
            if sense.obj and not sense.obj & object_lemmas(tok):
                continue
            if sense.not_obj and sense.not_obj & object_lemmas(tok):
                continue
            if sense.in_pp and not (tok.dep_ == "pobj" and tok.head.lower_ == "in"):
                continue
            if sense.subj and subject_kind(tok) not in sense.subj:
                continue
            if pos == "ADJ" and not any(c.dep_ == "xcomp" for c in tok.children):
                continue
            return sense
    return None


def subject_kind(tok: Token) -> str | None:
    """The kind of actor a verb's subject names ('Hundreds of demonstrators gathered' →
    protesters), from the subject's own words; None when it names no kind."""
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    words = tok.doc[subj.left_edge.i:subj.right_edge.i + 1].text
    kind = cue_type(words)
    return KIND_NAMES.get(kind) if kind is not None else None


def ancestors_in(tok: Token, sent: Any) -> Iterator[tuple[Token, Token]]:
    """Yield (ancestor, child-on-path) pairs up to the sentence root."""
    child = tok
    while child.head.i != child.i and sent.start <= child.head.i < sent.end:
        yield child.head, child
        child = child.head


def is_conditional(tok: Token, sent: Any) -> bool:
    """True when the token sits in an if/unless clause (a condition, not a happening)."""
    for node in (tok, *(a for a, _ in ancestors_in(tok, sent))):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in node.children):
            return True
    return False


def is_generic(tok: Token) -> bool:
    """True for generic or habitual statements ('you put yourself in danger')."""
    verb = tok if tok.pos_ in {"VERB", "AUX", "ADJ"} else None
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            words = {w.lower_ for w in child.subtree}
            if child.lower_ in _GENERIC_SUBJECTS or ("no" in words and "one" in words):
                return True
        if child.dep_ == "advmod" and child.lower_ in _HABITUAL and verb.tag_ in {"VBZ", "VBP",
                                                                                   "VBG"}:
            return True
    return False


_PLOTTING = frozenset({"plot", "plan", "prepare", "fear", "prevent", "foil", "thwart", "avert"})


_EVENT_COMPOUNDS = frozenset({"peace", "hunger", "ceasefire", "border", "air", "suicide", "car",
                              "truck", "bomb", "gun", "rocket", "mortar", "drone", "trade",
                              "street", "mass", "police", "army", "militia", "rebel"})


#: Nouns that a gerund turns into a happening: 'a stabbing spree', 'a shooting rampage'.
_SERIES_NOUNS = frozenset({"spree", "rampage", "campaign", "wave", "incident", "attack",
                           "frenzy", "blitz"})


def _names_a_series(tok: Token) -> bool:
    """A gerund modifying a noun that names a happening ('a stabbing spree')."""
    return tok.tag_ == "VBG" and tok.head.lemma_.lower() in _SERIES_NOUNS


def is_eventive_noun(tok: Token) -> bool:
    """A noun trigger counts when it names a happening, not a modifier, a description or a plot."""
    if tok.dep_ in _SKIP_NOUN_DEPS:
        return False
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in _PLOTTING:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in {"as", "like", "in"} and not tok.children:
        return False
    if tok.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in tok.children) and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_ not in _EVENT_COMPOUNDS
            for c in tok.children):
        return False  # 'doctor visits', 'emergency room visits': a statistic, not a happening
    if tok.dep_ == "pobj" and tok.head.lower_ in {"as", "like"}:
        return False
    if tok.tag_ == "NNS" and any(c.dep_ == "nummod" and _number(c.text) >= 100
                                 for c in tok.children):
        return False  # '17,709 visits in 2003': a statistic, not a happening
    return not is_backreference(tok)


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


_TEMPORAL = frozenset({"after", "before", "until", "since", "following", "during", "when",
                       "till", "amid"})


def is_definite(tok: Token) -> bool:
    """'the shooting', 'Tuesday's attack': given information, not a new report; a verb
    whose subject is such a happening retells it ('The explosion hit the church')."""
    if tok.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ in {"nsubj", "nsubjpass"} and names_happening(c) and is_definite(c)
                   for c in tok.children)
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
               for c in tok.children)


_INDEFINITE_DETS = frozenset({"a", "an", "another", "one"})


def is_indefinite(tok: Token) -> bool:
    """'a car bomb exploded', 'a man was shot dead', 'another attack': told as new, not as a
    retelling (the trigger noun, or a verb's subject or object, is indefinite)."""
    nodes = [tok] if tok.pos_ in {"NOUN", "PROPN"} else [
        c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE_DETS
               for node in nodes for c in node.children)


def is_anaphoric(tok: Token, told: set[str]) -> bool:
    """'Residents said the strike started a fire' after 'An air strike hit a depot': a
    definite noun naming a happening an earlier sentence already told."""
    return tok.pos_ == "NOUN" and is_definite(tok) and tok.lemma_.lower() in told


def is_backreference(tok: Token) -> bool:
    """'until the shooting stopped', 'after the attack': a happening told elsewhere, named
    here only to place something else in time."""
    node = tok
    for _ in range(3):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in _TEMPORAL and is_definite(node):
            return True
        if node.dep_ in {"nsubj", "nsubjpass"} and is_definite(node) and (any(
                c.dep_ == "mark" and c.lower_ in _TEMPORAL for c in head.children)
                or (head.dep_ == "pcomp" and head.head.lower_ in _TEMPORAL)):
            return True
        if head.i == node.i:
            return False
        node = head
    return False


_DEMAND_MODALS = frozenset({"must", "should"})
_REPORTING_LEMMAS = frozenset({"say", "announce", "declare", "state", "insist", "tell", "add",
                               "conclude", "stress", "urge", "warn", "argue"})
DEMAND = TriggerSense(lemma="must", pos=frozenset({"VERB"}), type="REQUEST", mode=None,
                      embeds=True, weight=0.55)


def is_reported(tok: Token, sent: Any) -> bool:
    """True when the token's clause is the content of a reporting verb ('X said Y would ...')."""
    for anc, child in ancestors_in(tok, sent):
        if child.dep_ in {"ccomp", "parataxis"} and anc.lemma_.lower() in _REPORTING_LEMMAS:
            return True
        if child.dep_ not in {"conj", "xcomp"}:
            return False
    return False


def is_demand(tok: Token, sent: Any) -> bool:
    """'Russia said Sudan must return the helicopter': a reported 'must' is a request
    (not 'we must', not an inverted 'Should the district ...')."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_ == "be":
        return False
    modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS),
                 None)
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if modal is None or subj is None or subj.lower_ in {"i", "we"} or modal.i < subj.i:
        return False
    return is_reported(tok, sent)


_NAMING = frozenset({"name", "identify", "quote", "cite"})
_FORECAST_MODALS = frozenset({"could", "may", "might", "can"})


def is_imperative(tok: Token) -> bool:
    """'Please call …', 'Visit the website': a base-form main verb with no subject."""
    return (tok.pos_ == "VERB" and tok.tag_ == "VB" and tok.dep_ == "ROOT"
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "expl"} for c in tok.children))


def _bare_frame(tok: Token) -> bool:
    """'he asked.' closing a quoted question: a speech verb with nothing asked of anyone."""
    return tok.pos_ == "VERB" and not any(
        c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "prep", "obj", "advcl"}
        and not (c.dep_ == "ccomp" and c.i < tok.i
                 and any(t.text == "?" for t in tok.doc[c.left_edge.i:tok.i]))
        for c in tok.children)


def is_anonymity_formula(tok: Token) -> bool:
    """'asked not to be named', 'requested anonymity': a source's description, not an act."""
    if tok.lemma_.lower() not in {"ask", "request", "demand", "decline", "refuse"}:
        return False
    for child in tok.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in _NAMING:
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() == "anonymity":
            return True
    return False


def is_forecast_warning(tok: Token) -> bool:
    """'warned that the drought could leave millions hungry': a forecast told to no one,
    not a threat by the speaker ('warned that police will break up rallies' is one)."""
    if tok.pos_ != "VERB" or any(c.dep_ in {"dobj", "dative"} for c in tok.children):
        return False
    content = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(content) and all(
        any(a.dep_ == "aux" and a.lower_ in _FORECAST_MODALS for a in c.children)
        for c in content)


def find_candidates(sent: Any, lexicon: Lexicon) -> list[Candidate]:
    """All trigger tokens of a sentence that pass the eventive, condition and generic checks."""
    found: list[Candidate] = []
    for tok in sent:
        if tok.pos_ not in {"VERB", "NOUN", "ADJ", "AUX", "PROPN"}:
            continue
        sense = DEMAND if is_demand(tok, sent) else match_sense(tok, lexicon)
        if sense is None:
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and not is_eventive_noun(tok):
            continue
        if tok.tag_ == "VBG" and tok.dep_ in {"nsubj", "pobj"} and is_backreference(tok):
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "amod" and not _names_a_series(tok):
            continue
        if is_conditional(tok, sent) or is_generic(tok):
            continue
        if is_imperative(tok) or (sense.embeds and _bare_frame(tok)):
            continue  # 'please call 555-0100', '"Why?" he asked.'
        if is_anonymity_formula(tok):
            continue  # 'an official who asked not to be named' describes a source
        if sense.embeds and tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue  # 'Asked whether ..., he said': frames a quote, is no request
        found.append(Candidate(tok, sense))
    if sent.text.rstrip().endswith("?"):
        return []
    return found


HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


def drop_embedded(cands: list[Candidate], sent: Any) -> list[Candidate]:
    """Drop triggers that are the content of a speech act ('threatened to *kill*').

    A promise of something hostile ('vowed to fight', 'ready to impose martial law')
    is a threat: the promising trigger becomes THREATEN.
    """
    embedding = {c.token.i: c for c in cands if c.sense.embeds}
    kept = []
    for cand in cands:
        inside = False
        for anc, child in ancestors_in(cand.token, sent):
            if anc.i in embedding and child.dep_ in _CONTENT_DEPS:
                outer = embedding[anc.i]
                if outer.sense.type == "ACCUSE":
                    break  # the accused act is a happening of its own, claimed by the accuser
                if (outer.sense.type == "AGREE" and cand.sense.type in HOSTILE
                        and child.i == cand.token.i and child.dep_ in {"xcomp", "ccomp"}):
                    outer.sense = replace(outer.sense, type="THREATEN", mode=None)
                inside = True
                break
        if not inside:
            kept.append(cand)
    return kept


#: Words between two same-type triggers that make the lower one a different (planned) happening.
_IRREALIS = frozenset({"plan", "planning", "want", "try", "hope", "intend", "seek", "aim",
                       "prepare", "plot", "threaten", "attempt", "look", "may", "might", "could",
                       "would", "will", "should"})


def merge_same_happening(cands: list[Candidate], sent: Any) -> list[Candidate]:
    """Fold a trigger into a same-type trigger that governs it or is coordinated with it."""
    by_index = {c.token.i: c for c in cands}
    parent: dict[int, int] = {}
    for cand in cands:
        irrealis = any(c.dep_ == "aux" and c.lower_ in _IRREALIS for c in cand.token.children)
        for anc, _child in ancestors_in(cand.token, sent):
            other = by_index.get(anc.i)
            if other is not None:
                if other.sense.type == cand.sense.type and not irrealis:
                    parent[cand.token.i] = anc.i
                break
            irrealis = irrealis or anc.lemma_.lower() in _IRREALIS or anc.lower_ in _IRREALIS
    kept: list[Candidate] = []
    for cand in cands:
        root = cand.token.i
        while root in parent:
            root = parent[root]
        if root == cand.token.i:
            kept.append(cand)
        else:
            by_index[root].absorbed.append(cand.token)
    return kept


def sentence_triggers(sent: Any, lexicon: Lexicon) -> list[Candidate]:
    """The triggers of one sentence: found, speech-act content dropped, duplicates folded."""
    kept = drop_embedded(find_candidates(sent, lexicon), sent)
    kept = [c for c in kept if not (c.sense.type == "THREATEN" and is_forecast_warning(c.token))]
    return merge_same_happening(kept, sent)


def iter_tokens(cands: Iterable[Candidate]) -> Iterator[tuple[Token, Candidate]]:
    """Every token of every candidate (kept and absorbed) with its candidate."""
    for cand in cands:
        for tok in cand.tokens:
            yield tok, cand
