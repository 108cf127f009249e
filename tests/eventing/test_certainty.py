"""Attribution and certainty on every event."""

from __future__ import annotations

from eventwire.model import Attribution


def test_certainty_plain_statement_is_asserted_by_reporter(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Hundreds of deserters have gathered in Kilis.")
    (ev,) = events
    assert ev.attribution.certainty == "asserted"
    assert ev.attribution.source_kind == "reporter" and ev.attribution.source == "The Guardian"


def test_certainty_outlet_confirms(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Forty villagers have crossed into Kenya, the Guardian has confirmed.")
    (ev,) = events
    assert ev.attribution.certainty == "confirmed" and ev.attribution.source_kind == "reporter"


def test_certainty_officials_said_is_claimed_anonymous(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Police detained 40 migrants near the coast, officials said.")
    (ev,) = events
    assert ev.attribution.certainty == "claimed" and ev.attribution.source_kind == "anonymous"


def test_certainty_named_source(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Soldiers killed three farmers, Joseph Mwangi told reporters.")
    (ev,) = events
    assert ev.attribution.source_kind == "named" and ev.attribution.certainty == "claimed"


def test_certainty_believed_hedge(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Thousands of militiamen are believed to have been killed.")
    (ev,) = events
    assert ev.type == "ASSAULT" and ev.attribution.certainty == "believed"


def test_certainty_reportedly(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Militia fighters reportedly abducted two aid workers.")
    (ev,) = events
    assert ev.attribution.certainty == "believed"


def test_certainty_planning_is_hypothetical(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Most of the families are planning to cross the river.")
    (ev,) = events
    assert ev.type == "MOVE" and ev.attribution.certainty == "hypothetical"


def test_certainty_may_have_is_hypothetical(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("The group may have smuggled weapons across the border.")
    (ev,) = events
    assert ev.attribution.certainty == "hypothetical"


def test_certainty_ministry_denied(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("The ministry denied that soldiers had arrested the students.")
    (ev,) = events
    assert ev.type == "COERCE" and ev.attribution.certainty == "denied"
    assert ev.attribution.source_kind == "organization"


def test_certainty_negated_event_is_denied(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("The army did not shell the village.")
    (ev,) = events
    assert ev.attribution.certainty == "denied"


def test_certainty_from_attribution_layer(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Guards beat the prisoners every night, according to a former inmate."
    span = "Guards beat the prisoners every night"
    att = Attribution(id="a1", text=span, start=0, end=len(span), source="a former inmate",
                      source_kind="anonymous", cue="according to", certainty="claimed")
    events, _ = extract(text, attributions=[att])
    (ev,) = events
    assert ev.attribution.source == "a former inmate"
    assert ev.attribution.source_kind == "anonymous" and ev.attribution.certainty == "claimed"


def test_certainty_event_in_quote_carries_quote_id(extract) -> None:  # type: ignore[no-untyped-def]
    text = '"They executed my cousin," said Omar Saleh.'
    events, _ = extract(text, quotes=[("They executed my cousin,", "Omar Saleh")])
    (ev,) = events
    assert ev.attribution.quote == "u1" and ev.attribution.source == "Omar Saleh"
