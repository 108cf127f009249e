"""Events of one document: triggers, arguments, links and attribution put together."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.actors.codes import STATE_FORCES
from eventwire.actors.cues import cue_type
from eventwire.eventing.antecedents import antecedent, first_mentions, is_third_person
from eventwire.eventing.arguments import (
    actor_record,
    arguments,
    is_agent,
    is_inanimate,
    is_party,
    left_subject,
)
from eventwire.eventing.casualties import one_victim_killed
from eventwire.eventing.certainty import attribute, innermost, is_negated_plan
from eventwire.eventing.features import candidate_features
from eventwire.eventing.lexicon import Lexicon
from eventwire.eventing.linking import (
    Link,
    clause_places,
    count_quantities,
    dateline_spans,
    focus_place,
    free_time,
    header_time,
    link_all,
    modifier_places,
    news_peg_time,
    owned_times,
    sentence_place,
)
from eventwire.eventing.spans import SpanIndex
from eventwire.eventing.triggers import (
    HOSTILE,
    Candidate,
    ancestors_in,
    is_anaphoric,
    is_definite,
    is_indefinite,
    is_reported,
    sentence_triggers,
)
from eventwire.model import Actor, Entity, Event, Quote, SentenceSpan, Span
from eventwire.nlp import doc_text
from eventwire.pipeline.layout import soften_wraps
from eventwire.speech.gender import person_genders

Token = Any

COOPERATIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"})
_PROMISE_MODALS = frozenset({"will", "shall", "'ll"})
_REPORTED_MODALS = frozenset({"would", "may", "could", "might"})
_INTENT = frozenset({"plan", "intend"})
#: Types whose nominal triggers ('talks', 'an agreement') say nothing without a party.
_PARTY_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
#: Types whose actor must be someone who can act or speak.
_SPEECH_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REQUEST", "ACCUSE",
                           "REJECT", "THREATEN", "CONCEDE", "SANCTION", "AID", "PROTEST"})
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass
class DocContext:
    """Document-wide inputs shared by every sentence."""

    text: str
    outlet: str | None
    places: tuple[Any, ...]
    times: tuple[Any, ...]
    quantities: tuple[Any, ...]
    quotes: tuple[Quote, ...]
    attributions: tuple[Any, ...]
    entities: tuple[Entity, ...]
    paragraphs: list[tuple[int, int]]
    datelines: list[tuple[int, int]]
    header_time: Any | None = None
    focus: Any | None = None
    modifiers: frozenset[str] = frozenset()
    entity_by_id: dict[str, Entity] = field(default_factory=dict)
    first_mentions: dict[str, Entity] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    index: dict[str, SpanIndex] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("places", "times", "quantities", "quotes", "attributions", "entities"):
            self.index[name] = SpanIndex(getattr(self, name))


def build_context(ctx: Any) -> DocContext:
    """Collect the layers and document-level context (paragraphs, dateline, focus country)."""
    text = ctx.text
    # the parse reads the text with wrapping breaks as spaces: its lines are the paragraphs
    layout = doc_text(ctx.parse) if ctx.parse is not None else soften_wraps(text)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(layout)]
    datelines = dateline_spans(text, paragraphs)
    places, times = tuple(ctx.layer("places")), tuple(ctx.layer("times"))
    entities = tuple(ctx.layer("entities"))
    return DocContext(
        text=text, outlet=ctx.meta.source, places=places, times=times,
        quantities=tuple(ctx.layer("quantities")), quotes=tuple(ctx.layer("quotes")),
        attributions=tuple(ctx.layer("attributions")), entities=entities,
        paragraphs=paragraphs, datelines=datelines,
        header_time=header_time(times, text, ctx.meta.published, datelines)
        or news_peg_time(times, paragraphs, ctx.meta.published),
        focus=focus_place(places), entity_by_id={e.id: e for e in entities},
        first_mentions=first_mentions(entities), genders=person_genders(ctx.text, entities),
        modifiers=modifier_places(places, ctx.parse) if ctx.parse is not None else frozenset(),
    )


def paragraph_of(dc: DocContext, pos: int) -> tuple[int, int]:
    """The paragraph (line) span holding a character offset."""
    for start, end in dc.paragraphs:
        if start <= pos < end:
            return start, end
    return pos, pos


def _context_places(dc: DocContext, start: int, end: int) -> list[Any]:
    return [p for p in dc.index["places"].starting_in(start, end)
            if p.kind != "demonym" and p.id not in dc.modifiers]


def _after_lede(dc: DocContext) -> int:
    """Start of the paragraph after the lede (the lede follows a short headline), or -1."""
    paras = dc.paragraphs
    if len(paras) < 3 or paras[0][1] - paras[0][0] > 200:
        return -1
    return paras[2][0]


def lede_place(dc: DocContext) -> Any | None:
    """The lede's place when it names exactly one ('protested in Erbil'): the scene the
    next paragraph goes on describing."""
    if _after_lede(dc) < 0:
        return None
    places = _context_places(dc, *dc.paragraphs[1])
    return places[-1] if len({p.name for p in places}) == 1 else None


def context_place(dc: DocContext, sent_start: int,
                  demonym: Any | None = None) -> tuple[Any | None, str]:
    """A place from context: the last place of an earlier sentence of the paragraph (never
    an institution's seat), the actor's demonym ('Tunisian police'), the lede's single place
    for the paragraph right after it, the dateline, the focus country."""
    para_start, _ = paragraph_of(dc, sent_start)
    earlier = _context_places(dc, para_start, sent_start)
    if earlier:
        return earlier[-1], "paragraph"
    if demonym is not None:
        return demonym, "sentence"
    lede = lede_place(dc)
    if lede is not None and para_start == _after_lede(dc):
        return lede, "paragraph"
    dated = [p for a, b in dc.datelines for p in dc.index["places"].starting_in(a, b)]
    if dated:
        return dated[0], "dateline"
    if dc.focus is not None:
        return dc.focus, "focus"
    return None, "none"


def _speaker_actor(dc: DocContext, head: Token, actor: Actor | None) -> Actor | None:
    """'I went to Syria' inside a quote: the actor is the quote's speaker."""
    if actor is None or head.lower_ not in _FIRST_PERSON:
        return actor
    quote = innermost(dc.index["quotes"].containing(head.idx, head.idx + len(head.text)),
                      head.idx, head.idx + len(head.text))
    if quote is None or not quote.speaker:
        return actor
    ent = dc.entity_by_id.get(quote.speaker_entity or "")
    if ent is not None:
        return Actor(text=ent.text, entity=ent.id, start=ent.start, end=ent.end)
    return Actor(text=quote.speaker, entity=None)


#: Acts whose unnamed doer is the authority that reports them ('a man was arrested, police
#: said': the police arrested him).
_DETAINING = frozenset({"arrest", "detain", "custody", "apprehend", "jail", "hold", "book"})
_REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add"})


def _reporting_authority(dc: DocContext, sent: Any, tok: Token) -> Actor | None:
    """The state authority (police, army, the authorities) that reports an arrest whose doer
    the clause leaves unnamed, as the row's actor."""
    for verb in sent:
        if verb.lemma_.lower() not in _REPORTING or verb.i == tok.i:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and cue_type(subject.text) == STATE_FORCES:
            entities = dc.index["entities"].overlapping(sent.start_char, sent.end_char)
            return actor_record(subject, dc.text, entities, sent)
    return None


def _tense_is_present(tok: Token) -> bool:
    verb = tok if tok.pos_ in {"VERB", "AUX", "ADJ"} else tok.head
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_ == "have" and a.tag_ in {"VBP", "VBZ"} for a in auxes):
        return True
    return verb.tag_ in {"VBP", "VBZ"} or any(a.tag_ in {"VBP", "VBZ"} for a in auxes)


def _in_quote(cand: Candidate) -> bool:
    """True when the trigger is inside quotation marks on its line (a speaker's own words)."""
    tok = cand.token
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    before = text[line_start:int(tok.idx)]
    return (before.count("\"") + before.count("“") - before.count("”")) % 2 == 1


def _promise_type(cand: Candidate, sent: Any) -> str | None:
    """PLOVER's codes for stated intentions, which are events in themselves.

    'X will support Y' is AGREE, 'X will attack Y' or 'X plans to impose curbs' is
    THREATEN, 'X will not accept Y' is REJECT; 'would'/'may' count when reported.
    """
    tok = cand.token
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in tok.children)
    reported = is_reported(tok, sent) or _in_quote(cand)
    future = bool(auxes & (_PROMISE_MODALS | _REPORTED_MODALS)) and reported
    if negated and cand.sense.type in COOPERATIVE | {"AGREE"}:
        return "REJECT"
    intent = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _INTENT
    if negated or not (future or intent):
        return None
    if cand.sense.type in COOPERATIVE and future:
        return "AGREE"
    if cand.sense.type in HOSTILE:
        return "THREATEN"
    return None


@dataclass
class SentenceLinks:
    """Every mention of one sentence linked to the trigger that owns it."""

    places: list[Link]
    times: list[Link]
    quantities: list[Link]
    actors: dict[int, tuple[Actor | None, Actor | None, Token | None]]
    parents: dict[int, Candidate] = field(default_factory=dict)


def _party_head(dc: DocContext, head: Token, trigger: Token, *, actor: bool) -> bool:
    """False for a head that cannot be a party: a time, an amount, a happening, or a town
    that only modifies the trigger ('the Bamako protest'; a country may act: 'Russia's
    strikes')."""
    if not is_party(head, actor=actor):
        return False
    if head.head.i == trigger.i and head.dep_ in {"compound", "amod", "poss", "nmod"}:
        places = dc.index["places"].overlapping(head.idx, head.idx + len(head.text))
        if any(p.kind not in {"country", "region", "demonym"} for p in places):
            return False
    return True


def _clean_party(dc: DocContext, parse: Any, party: Actor | None, trigger: Token,
                 *, actor: bool) -> Actor | None:
    """A row's party as an analyst can use it: what a pronoun refers to, and no time,
    amount, happening or modifying town standing in for a participant."""
    if party is None or party.start is None or party.end is None:
        return party
    span = parse.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return party
    head = span.root
    if is_third_person(head):
        return antecedent(head, dc.index["entities"].overlapping, dc.first_mentions, dc.text,
                          dc.genders)
    return party if _party_head(dc, head, trigger, actor=actor) else None


def clean_parties(dc: DocContext, parse: Any, ev: Event) -> Event:
    """The row with its actor and target cleaned (see ``_clean_party``)."""
    span = parse.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None:
        return ev
    trigger = span.root
    return replace(ev, actor=_clean_party(dc, parse, ev.actor, trigger, actor=True),
                   target=_clean_party(dc, parse, ev.target, trigger, actor=False))


def link_sentence(dc: DocContext, parse: Any, sent: Any, cands: list[Candidate]) -> SentenceLinks:
    """Arguments of each trigger, then the owner of every place, time and quantity."""
    actors: dict[int, tuple[Actor | None, Actor | None, Token | None]] = {}
    heads: dict[int, tuple[Token | None, Token | None]] = {}
    entities = dc.index["entities"].overlapping(sent.start_char, sent.end_char)
    for cand in cands:
        actor = target = head = t_head_kept = None
        for tok in cand.tokens:
            a_head, t_head = (h if h is not None and sent.start <= h.i < sent.end else None
                              for h in arguments(tok))
            if a_head is None and tok.pos_ == "VERB" and not any(
                    c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
                a_head = left_subject(tok, sent.start)
            if actor is None and a_head is not None:
                actor, head = actor_record(a_head, dc.text, entities, sent), a_head
            if target is None and t_head is not None:
                target = actor_record(t_head, dc.text, entities, sent)
                t_head_kept = t_head
        if cand.sense.type == "MOVE" and actor is None and target is not None:
            # 'About 40,000 people have been displaced': with no one named who moved them,
            # the people who moved are the row's actor (the codebook's mover)
            actor, head, target, t_head_kept = target, t_head_kept, None, None
        actors[cand.token.i] = (actor, target, head)
        heads[cand.token.i] = (head, t_head_kept)
    parents: dict[int, Candidate] = {}
    owners = {t.i: c for c in cands for t in c.tokens}
    for cand in cands:
        for anc, _child in ancestors_in(cand.token, sent):
            if anc.i in owners and owners[anc.i] is not cand:
                parents[cand.token.i] = owners[anc.i]
                break
    a, b = sent.start_char, sent.end_char
    return SentenceLinks(
        parents=parents,
        places=link_all([p for p in dc.index["places"].starting_in(a, b)
                         if p.id not in dc.modifiers], parse, sent, cands, heads),
        times=link_all(dc.index["times"].starting_in(a, b), parse, sent, cands, heads),
        quantities=link_all(dc.index["quantities"].starting_in(a, b), parse, sent, cands, heads),
        actors=actors,
    )


def choose_place(dc: DocContext, sent: Any, cand: Candidate, links: SentenceLinks,
                 roles: dict[str, list[Any]]) -> tuple[Any | None, str]:
    """Where it happened, and how it was found: clause, sentence, paragraph, dateline, focus."""
    if cand.sense.type == "MOVE" and roles["destination"]:
        return roles["destination"][0], "clause"
    if roles["place"]:
        return roles["place"][0], "clause"
    body = [lk for lk in links.places
            if not any(a <= lk.record.start < b for a, b in dc.datelines)]
    place = sentence_place(cand, body)
    if place is not None:
        return place, "sentence"
    # the actor's demonym ('Tunisian police'), never the nationality of those acted on
    demonym = next((lk.record for lk in body if lk.owner is cand and lk.record.kind == "demonym"
                    and lk.role == "actor"), None)
    return context_place(dc, sent.start_char, demonym)


_SHARING_DEPS = frozenset({"pobj", "prep", "dobj", "attr", "xcomp", "conj", "pcomp"})


def _shares_parties(tok: Token, parent: Token) -> bool:
    """'converged for a rally': the rally hangs off the movement by objects and
    prepositions; 'left because the shooting did not stop' does not share its subject."""
    node = tok
    while node.i != parent.i:
        if node.dep_ not in _SHARING_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return True


def plausible_parties(cand: Candidate, actor: Actor | None, target: Actor | None,
                      head: Token | None) -> bool:
    """False when the parties cannot make the event: nobody at 'the talks', money that
    'arrived' (MOVE needs people), a plan that 'calls for' cuts."""
    tok, etype = cand.token, cand.sense.type
    if tok.pos_ in {"NOUN", "PROPN"} and etype in _PARTY_TYPES and not (actor or target):
        return False
    if head is None:
        return True
    if etype == "MOVE":
        return not is_inanimate(head)
    return etype not in _SPEECH_TYPES or is_agent(head)


@dataclass(frozen=True)
class Notes:
    """What building a candidate row learnt that the decision step weighs."""

    place_how: str = "none"
    promise: str | None = None


def build_event(dc: DocContext, sent: Any, cand: Candidate,
                links: SentenceLinks) -> tuple[Event, Notes] | None:
    """One candidate row from a trigger and its links; None when a MOVE lacks its required
    place or a negated plan is no act at all."""
    tok, sense = cand.token, cand.sense
    roles = clause_places(cand, links.places)
    origin = roles["origin"][0] if roles["origin"] else None
    dests = roles["destination"]
    if sense.needs_destination and not dests and not origin:
        return None
    if is_negated_plan(tok, sent) and _promise_type(cand, sent) is None:
        return None
    place, how = choose_place(dc, sent, cand, links, roles)
    times = owned_times(links.times, cand)
    time = times[0] if times else free_time(links.times, cand)
    if time is None and _tense_is_present(tok):
        time = dc.header_time
    counts = count_quantities(links.quantities, cand)
    actor, target, head = links.actors[tok.i]
    parent = links.parents.get(tok.i)
    if actor is None and parent is not None and _shares_parties(tok, parent.token):
        # 'thousands converged for a rally': the rally's people are those who converged
        actor, head = links.actors[parent.token.i][0], links.actors[parent.token.i][2]
        if not counts:
            counts = [lk.record for lk in links.quantities
                      if lk.owner is parent and lk.role == "actor"]
    if not plausible_parties(cand, actor, target, head):
        return None  # money does not 'arrive' as people do; a plan 'calls for' nothing
    if head is not None:
        actor = _speaker_actor(dc, head, actor)
    if actor is None and sense.type == "COERCE" and tok.lemma_.lower() in _DETAINING:
        actor = _reporting_authority(dc, sent, tok)
    etype, mode = sense.type, sense.mode
    promise = _promise_type(cand, sent)
    notes = Notes(place_how=how, promise=promise)
    if promise:
        etype, mode = promise, ("violence" if promise == "THREATEN" and sense.type == "ASSAULT"
                                else None)
    tok_end = tok.idx + len(tok.text)
    attribution = attribute(tok, sent, quotes=dc.index["quotes"].containing(tok.idx, tok_end),
                            attributions=dc.index["attributions"].containing(tok.idx, tok_end),
                            outlet=dc.outlet, promise=bool(promise))
    return Event(
        id="", type=etype, mode=mode,
        trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
        sentence=SentenceSpan(start=sent.start_char, end=sent.end_char),
        actor=actor, target=target, place=place.id if place else None,
        origin=origin.id if origin else None,
        destination=dests[0].id if dests else None, time=time.id if time else None,
        quantity=counts[0].id if counts else None, attribution=attribution,
        confidence=sense.weight,  # the lexicon's prior; the decision gives the row's own
        destinations=tuple(p.id for p in dests) if len(dests) > 1 else (),
    ), notes


#: The longest stretch of tokens read as one sentence: a run-on 'sentence' of thousands of
#: words is read in windows cut at commas, so that walks up its tree stay short.
MAX_SEGMENT_TOKENS = 150


def _windows(span: Any) -> list[Any]:
    """A span cut into windows of at most MAX_SEGMENT_TOKENS, at a comma or semicolon
    when one is near the limit."""
    if len(span) <= MAX_SEGMENT_TOKENS:
        return [span]
    doc, out, start = span.doc, [], span.start
    while span.end - start > MAX_SEGMENT_TOKENS:
        cut = start + MAX_SEGMENT_TOKENS
        for i in range(cut - 1, start + MAX_SEGMENT_TOKENS // 2, -1):
            if doc[i].text in {",", ";"}:
                cut = i + 1
                break
        out.append(doc[start:cut])
        start = cut
    out.append(doc[start:span.end])
    return out


def segments(parse: Any) -> list[Any]:
    """The parse's sentences, cut again at line breaks (a headline is not part of the lede)
    and into windows when a sentence runs on."""
    return [w for seg in _line_segments(parse) for w in _windows(seg)]


def _line_segments(parse: Any) -> list[Any]:
    out = []
    for sent in parse.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or (tok.i > start and "\n" in tok.doc[tok.i - 1].whitespace_):
                if tok.i > start and "\n" not in tok.text:
                    out.append(parse[start:tok.i])
                    start = tok.i
                elif "\n" in tok.text:
                    if tok.i > start:
                        out.append(parse[start:tok.i])
                    start = tok.i + 1
        if start < sent.end:
            out.append(parse[start:sent.end])
    return out


def retell(cand: Candidate, senses: dict[str, Any]) -> Candidate:
    """'the strike' after 'a drone strike': a definite noun takes the sense of the earlier
    mention of its word; a first mention records its sense for later ones."""
    tok = cand.token
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and is_definite(tok) and lemma in senses:
        return replace(cand, sense=senses[lemma])
    senses.setdefault(lemma, cand.sense)
    for other in cand.absorbed:  # 'a drone strike hit a market': 'strike' told as the attack
        if other.pos_ == "NOUN":
            senses.setdefault(other.lemma_.lower(), cand.sense)
    return cand


@dataclass
class Draft:
    """A candidate row with the features the decision step reads."""

    event: Event
    features: dict[str, float]
    headline: bool = False
    definite: bool = False
    #: Told as new ('a car bomb exploded'), not as a retelling.
    indefinite: bool = False
    lemma: str = ""
    place_how: str = "none"
    #: The trigger kills one person told without a count ('killed Junaid Hussain').
    kills_one: bool = False


def candidate_drafts(ctx: Any, lexicon: Lexicon) -> tuple[DocContext, list[Draft]]:
    """Every candidate row of a document (high recall), each with its decision features."""
    dc = build_context(ctx)
    drafts: list[Draft] = []
    told: set[str] = set()
    head_end = dc.paragraphs[0][1] if len(dc.paragraphs) > 1 else -1
    senses: dict[str, Any] = {}
    sentences = segments(ctx.parse)
    size = "1" if len(sentences) == 1 else "2-3" if len(sentences) <= 3 else "4+"
    for index, sent in enumerate(sentences):
        if index % 32 == 0:
            ctx.check_budget("the events stage")
        cands = [retell(c, senses) for c in sentence_triggers(sent, lexicon)]
        if cands:
            links = link_sentence(dc, ctx.parse, sent, cands)
            for cand in cands:
                built = build_event(dc, sent, cand, links)
                if built is None:
                    continue
                event, notes = built
                headline = event.trigger.start < head_end
                feats = candidate_features(cand, sent, event, notes, dc.text, headline=headline,
                                           anaphoric=is_anaphoric(cand.token, told),
                                           in_quote=_in_quote(cand), doc_size=size,
                                           first_sentence=index == 0)
                drafts.append(Draft(event=event, features=feats, headline=headline,
                                    definite=is_definite(cand.token),
                                    indefinite=is_indefinite(cand.token),
                                    lemma=cand.token.lemma_.lower(),
                                    place_how=notes.place_how,
                                    kills_one=any(one_victim_killed(t) for t in cand.tokens)))
        told.update(t.lemma_.lower() for t in sent if t.pos_ in {"NOUN", "VERB"})
    return dc, drafts
