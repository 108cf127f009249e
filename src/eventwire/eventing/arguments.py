"""Actor and target of a trigger from the dependency parse, as full noun phrases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.actors.codes import CIVILIANS
from eventwire.actors.cues import cue_type
from eventwire.model import Actor, Entity

Token = Any

_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "appos", "cc", "parataxis", "prep"})
_KEEP_PREPS = frozenset({"of", "from"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_TARGET_PREPS = frozenset({"against", "on", "at", "upon"})
_NOUN_TARGET_PREPS = frozenset({"of", "against", "on", "upon"})
_BLAMING = frozenset({"accuse", "blame", "charge", "suspect", "convict", "condemn"})
_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})


def phrase_tokens(head: Token, lo_i: int = 0, hi_i: int = 1 << 30) -> list[Token]:
    """The head's noun phrase: its subtree without relative clauses and loose attachments,
    kept inside token indices [lo_i, hi_i) (the sentence)."""
    keep = [head]
    todo = [head]
    while todo:
        node = todo.pop()
        for child in node.children:
            if child.dep_ in _CUT_DEPS and not (child.dep_ == "prep"
                                                 and child.lower_ in _KEEP_PREPS):
                continue
            if lo_i <= child.i < hi_i and "\n" not in child.text:
                keep.append(child)
                todo.append(child)
    keep.sort(key=lambda t: t.i)
    # keep the contiguous block around the head
    lo = hi = keep.index(head)
    while lo > 0 and keep[lo - 1].i == keep[lo].i - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1].i == keep[hi].i + 1:
        hi += 1
    block = keep[lo:hi + 1]
    while block and block[-1].is_punct:
        block.pop()
    while block and (block[0].is_punct or block[0].dep_ == "cc"):
        block.pop(0)
    return block or [head]


def _resolve_relative(tok: Token) -> Token:
    """'guards who shot': the relative pronoun stands for the noun the clause modifies."""
    if tok.lower_ in _RELATIVE:
        node = tok.head
        while node.dep_ not in {"relcl", "acl"} and node.head.i != node.i:
            node = node.head
        if node.dep_ in {"relcl", "acl"}:
            return node.head
    return tok


def _child(tok: Token, deps: frozenset[str] | set[str]) -> Token | None:
    for child in tok.children:
        if child.dep_ in deps:
            return child
    return None


_NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL"})


def _prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    for child in tok.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in preps:
            pobj = _child(child, {"pobj"})
            if pobj is not None and pobj.ent_type_ not in _NOT_PARTICIPANTS:
                return pobj
    return None


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ == "acl")


def lifted_conj(tok: Token) -> bool:
    """'said the wages would be paid … and accused ministers': a finite verb the parser
    conjoined to a modal clause inside the report belongs beside the reporting verb."""
    head = tok.head
    return (tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ", "VBP"}
            and head.dep_ == "ccomp" and head.head.i != head.i
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
            and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children))


def _controller(tok: Token) -> Token | None:
    """Subject of the verb governing an xcomp/conj/advcl that has none of its own."""
    node = tok
    if lifted_conj(tok):
        subj = _child(tok.head.head, _SUBJECTS)
        if subj is not None:
            return _resolve_relative(subj)
    for _ in range(4):
        if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or node.head.i == node.i:
            return None
        node = node.head
        subj = _child(node, _SUBJECTS | {"nsubjpass"})
        if subj is not None:
            return _resolve_relative(subj)
        if node.dep_ in {"relcl", "acl"}:
            return node.head
    return None


#: Objects that carry the act rather than suffer it: 'opened fire on X', 'launched an
#: attack against X' — the party hit is the object of on/at/against.
_CARRIED_ACTS = frozenset({"fire", "attack", "strike", "airstrike", "assault", "raid",
                           "offensive", "shot", "shots", "salvo", "barrage", "volley"})


def verb_arguments(tok: Token) -> tuple[Token | None, Token | None]:
    """(actor head, target head) of a verb or adjective trigger."""
    passive = _is_passive(tok)
    actor = _prep_object(tok, frozenset({"by"})) if passive else _child(tok, _SUBJECTS)
    target = _child(tok, {"nsubjpass"}) if passive else _child(tok, {"dobj", "obj"})
    if target is not None and not passive and target.lemma_.lower() in _CARRIED_ACTS:
        target = _prep_object(target, _TARGET_PREPS) or _prep_object(tok, _TARGET_PREPS)
    elif target is None and not passive:
        target = _prep_object(tok, _TARGET_PREPS)
    if tok.dep_ in {"relcl", "acl"} and (actor is None if not passive else target is None):
        if passive:
            target = tok.head
        else:
            actor = tok.head
    if actor is None and not passive and tok.dep_ == "pcomp" and tok.head.head.lemma_ in _BLAMING:
        actor = _child(tok.head.head, {"dobj"})  # 'accused police of killing': police killed
    if (actor is None and not passive) or (target is None and passive):
        ctrl = _controller(tok)
        if ctrl is not None:
            if passive:
                target = ctrl
            else:
                actor = ctrl
    if actor is not None and not passive:
        actor = happening_actor(actor)
    return (_resolve_relative(actor) if actor is not None else None,
            _resolve_relative(target) if target is not None else None)


def inflection_stems(tok: Token) -> tuple[str, ...]:
    """Base forms of an inflected verb the tagger's lemma may have missed ('raped' is
    lemmatised 'rap', 'staged' 'stag'): tried after the lemma, never before it."""
    word = tok.lower_
    if tok.pos_ not in {"VERB", "AUX"} or len(word) < 5:
        return ()
    if word.endswith("ed"):
        return (word[:-1], word[:-2])
    if word.endswith("ing"):
        return (word[:-3] + "e", word[:-3])
    return ()


def noun_arguments(tok: Token) -> tuple[Token | None, Token | None]:
    """(actor head, target head) of a noun trigger: 'Iraqi troops' assault on X by Y'."""
    actor = _child(tok, {"poss"}) or _prep_object(tok, frozenset({"by"}))
    if actor is None:
        actor = next((c for c in tok.children if c.dep_ in {"amod", "compound"}
                      and (c.ent_type_ in {"NORP", "GPE", "ORG"} or names_armed_group(c))),
                     None)
    target = _prep_object(tok, _NOUN_TARGET_PREPS)
    if target is None and tok.lemma_.lower() in _FIGHTS:
        target = _prep_object(tok, frozenset({"with", "between"}))
    if target is None:
        target = _relative_clause_object(tok)
    if actor is None and tok.dep_ in {"nsubj", "dobj"} and (
            tok.head.lemma_ in _LIGHT_VERBS or _LIGHT_VERBS.intersection(
                inflection_stems(tok.head))):
        subject = _child(tok.head, _SUBJECTS)
        if subject is not None:
            actor = _resolve_relative(subject)  # 'the man who carried out the bombing'
        elif tok.head.dep_ in {"relcl", "acl"}:
            actor = tok.head.head
    return actor, target


_HIT_PREPS = frozenset({"through", "into", "on", "at", "against"})


def _relative_clause_object(tok: Token) -> Token | None:
    """'the blast that ripped through a church', 'the attack, which targeted a convoy': what
    the happening's own relative clause says it hit."""
    for child in tok.children:
        if child.dep_ == "relcl" and child.pos_ == "VERB" and not _is_passive(child):
            obj = _child(child, {"dobj", "obj"}) or _prep_object(child, _HIT_PREPS)
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return obj
    return None


#: Fights whose 'with' names the other side: 'a gunfight with border guards'.
_FIGHTS = frozenset({"clash", "gunfight", "firefight", "shootout", "battle", "fighting",
                     "skirmish", "confrontation", "fight", "standoff"})


def names_armed_group(tok: Token) -> bool:
    """A common noun modifying a happening that names who acts: 'rebel assault', 'police
    raid', 'army shelling' (never a civilian word: 'student protest' is told otherwise)."""
    if tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return False
    kind = cue_type(tok.text)
    return kind is not None and kind != CIVILIANS


def happening_actor(head: Token) -> Token | None:
    """Who carried out a happening named as a verb's subject: 'Karim's bombing killed six',
    'the rebel assault drove them out' (a bare 'the attack' names no one)."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in _HAPPENINGS:
        return noun_arguments(head)[0]
    return head


_LIGHT_VERBS = frozenset({"carry", "launch", "stage", "mount", "begin", "start", "hold",
                          "give", "renew", "resume", "open", "host", "extend", "reach",
                          "organize", "organise", "continue", "go", "conduct", "make"})
_NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})


#: Things that arrive, leave or flow without being people on the move.
_INANIMATE = frozenset({
    "fund", "money", "cash", "salary", "wage", "pension", "payment", "budget", "revenue",
    "loan", "grant", "transfer", "remittance", "price", "cost", "tax", "aid", "supply",
    "shipment", "cargo", "good", "food", "grain", "fuel", "oil", "gas", "water", "medicine",
    "vaccine", "weapon", "arm", "ammunition", "equipment", "delivery", "consignment",
    "rain", "storm", "flood", "winter", "season", "weather", "wind", "snow", "heat",
    "news", "report", "word", "message", "letter", "order", "decision", "result", "figure",
    "data", "election", "deadline", "time", "day", "moment", "crisis", "war", "fighting",
    "violence", "disease", "outbreak", "virus", "fire", "smoke"})
#: Plans, texts and feelings: 'the plan calls for cuts' is no request by anyone.
_NOT_AGENTS = frozenset({
    "plan", "proposal", "bill", "law", "policy", "report", "study", "document", "measure",
    "rule", "budget", "program", "programme", "concern", "reason", "need", "hope",
    "assessment", "invitation", "file", "accusation", "allegation", "idea", "strategy",
    "resolution", "deal", "agreement", "contract", "treaty", "statement", "letter", "film"})
_INANIMATE_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME",
                             "WORK_OF_ART", "LAW", "PRODUCT"})


#: Happenings cannot be the parties to a happening: 'the explosion wounded eleven' has no
#: actor that an analyst could code, and 'Sunday's bombing' was not carried out by Sunday.
_HAPPENINGS = frozenset({
    "attack", "bombing", "blast", "explosion", "stabbing", "shooting", "strike", "airstrike",
    "raid", "assault", "violence", "incident", "clash", "fighting", "execution", "slaughter",
    "massacre", "killing", "detention", "arrest", "protest", "rally", "demonstration",
    "offensive", "ambush", "war", "conflict", "operation", "crackdown", "unrest", "riot",
    "gunfire", "shelling", "fire", "threat", "accident", "crash", "tragedy", "murder"})
_NOT_PARTIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
#: Weapons are the means, never the doer: 'a car bomb killed nine' names no attacker.
WEAPONS = frozenset({"bomb", "explosive", "explosives", "device", "ied", "grenade", "rocket",
                     "missile", "shell", "mortar", "mine", "landmine", "bullet", "shrapnel",
                     "drone", "projectile", "munition", "bombshell", "warhead", "barrel"})


def names_happening(tok: Token) -> bool:
    """True for a noun that names a happening ('the explosion', 'Sunday's attack')."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _HAPPENINGS


def is_party(head: Token, *, actor: bool) -> bool:
    """False for heads that name a time, an amount or a happening rather than someone; an
    actor cannot be a bare number either ('at least nine' are the dead, not the killers)."""
    if head.ent_type_ == "QUANTITY" and head.pos_ == "NOUN" and cue_type(head.text) is not None:
        return True  # 'Forty migrants' (spaCy's QUANTITY) are people, unlike 'forty tonnes'
    if head.ent_type_ in _NOT_PARTIES or (actor and head.ent_type_ == "CARDINAL"):
        return False
    if actor and head.pos_ == "NUM":
        return False
    if actor and head.pos_ == "NOUN" and head.lemma_.lower() in WEAPONS:
        return False
    return not (head.pos_ == "NOUN" and head.lemma_.lower() in _HAPPENINGS)


def is_inanimate(head: Token) -> bool:
    """True when a mover's head names money, goods, weather or news, not people or groups
    (a vehicle carrying people, 'the boat left Sfax', still moves)."""
    if head.ent_type_ in _INANIMATE_ENTS and head.pos_ != "NUM":
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in _INANIMATE


def is_agent(head: Token) -> bool:
    """False for heads that cannot ask, accuse, meet or agree: plans, texts, money, weather."""
    return not is_inanimate(head) and not (
        head.pos_ == "NOUN" and head.lemma_.lower() in _NOT_AGENTS)


def left_subject(tok: Token, lo_i: int) -> Token | None:
    """Fallback subject when the parse lost it (a headline glued to the lede): the head of
    the noun run just left of the verb, inside the sentence."""
    i = tok.i - 1
    doc = tok.doc
    while i >= lo_i and doc[i].pos_ in {"AUX", "ADV", "PART"}:
        i -= 1
    if i < lo_i or doc[i].pos_ not in {"NOUN", "PROPN"}:
        return None
    j = i
    while j - 1 >= lo_i and doc[j - 1].pos_ in _NP_POS:
        j -= 1
    return doc[i] if j == lo_i else None


def arguments(tok: Token) -> tuple[Token | None, Token | None]:
    """(actor head, target head) of any trigger."""
    actor, target = noun_arguments(tok) if tok.pos_ in {"NOUN", "PROPN"} else verb_arguments(tok)
    return counted_head(actor), counted_head(target)


#: Nouns that count or group the people named after them: 'hundreds of defectors'.
_COUNT_NOUNS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                          "score", "scores", "million", "millions", "number", "handful",
                          "group", "crowd", "band", "busload", "boatload", "wave"})


def counted_head(head: Token | None) -> Token | None:
    """The people a count names: 'Hundreds of defectors' are the defectors, who can act, where
    'Hundreds' alone is a number."""
    if head is None:
        return None
    counting = head.pos_ == "NUM" or head.ent_type_ == "CARDINAL" or head.like_num or (
        head.lemma_.lower() in _COUNT_NOUNS or head.lower_ in _COUNT_NOUNS)
    if not counting:
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = _child(child, {"pobj"})
            if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
                return pobj
    return head


def link_entity(start: int, end: int, head_char: int, entities: Sequence[Entity]) -> str | None:
    """The entity of a phrase: one covering its head, else the first inside it."""
    inside = [e for e in entities if e.start >= start and e.end <= end]
    for e in entities:
        if e.start <= head_char < e.end and e.start < end and e.end > start:
            return e.id
    return inside[0].id if inside else None


def actor_record(head: Token | None, text: str, entities: Sequence[Entity],
                 sent: Any = None) -> Actor | None:
    """An Actor for a head token: the full noun phrase with offsets and its entity."""
    if head is None:
        return None
    toks = phrase_tokens(head, sent.start, sent.end) if sent is not None else phrase_tokens(head)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Actor(text=text[start:end], entity=link_entity(start, end, head.idx, entities),
                 start=start, end=end)
