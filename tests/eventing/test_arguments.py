"""Actor and target from the dependency parse, as full noun phrases."""

from __future__ import annotations


def test_arguments_passive_by_agent(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Eleven infiltrators were shot dead by Turkish border guards on Monday.")
    (ev,) = events
    assert ev.type == "ASSAULT"
    assert ev.actor is not None and ev.actor.text == "Turkish border guards"
    assert ev.target is not None and ev.target.text == "Eleven infiltrators"


def test_arguments_active_full_noun_phrase(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("Several dozen former fighters crossed into southern Turkey.",
                          places={"Turkey": ("country", "TR", 39.0, 35.0)})
    (ev,) = events
    assert ev.actor is not None and ev.actor.text == "Several dozen former fighters"
    assert ctx.text[ev.actor.start:ev.actor.end] == ev.actor.text


def test_arguments_relative_pronoun_resolves_to_noun(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Reporters met border guards who have shot dead scores of smugglers.")
    shot = next(e for e in events if e.trigger.text == "shot")
    assert shot.actor is not None and shot.actor.text == "border guards"


def test_arguments_actor_links_entity(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("Hungarian police arrested Peter Kovacs in Szeged on Friday.")
    (ev,) = events
    assert ev.target is not None and ev.target.entity is not None
    ent = next(e for e in ctx.layer("entities") if e.id == ev.target.entity)
    assert ent.text == "Peter Kovacs"


def test_arguments_first_person_in_quote_is_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = '"I went to Syria in 2012," said Karim Haddad.'
    events, _ = extract(text, places={"Syria": ("country", "SY", 35.0, 38.0)},
                        quotes=[("I went to Syria in 2012,", "Karim Haddad")])
    (ev,) = events
    assert ev.actor is not None and ev.actor.text == "Karim Haddad"
    assert ev.attribution.quote == "u1" and ev.attribution.certainty == "claimed"
