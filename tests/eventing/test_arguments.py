"""Actor and target from the dependency parse, as full noun phrases."""

from __future__ import annotations


def test_arguments_passive_by_agent(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Eleven smugglers were shot dead by Greek coastguards on Monday.")
    (ev,) = events
    assert ev.type == "ASSAULT"
    assert ev.actor is not None and ev.actor.text == "Greek coastguards"
    assert ev.target is not None and ev.target.text == "Eleven smugglers"


def test_arguments_active_full_noun_phrase(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("About forty young men crossed into northern Greece.",
                          places={"Greece": ("country", "GR", 39.0, 22.0)})
    (ev,) = events
    assert ev.actor is not None and ev.actor.text == "About forty young men"
    assert ctx.text[ev.actor.start:ev.actor.end] == ev.actor.text


def test_arguments_relative_pronoun_resolves_to_noun(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Reporters met rangers who have shot dead several poachers.")
    shot = next(e for e in events if e.trigger.text == "shot")
    assert shot.actor is not None and shot.actor.text == "rangers"


def test_arguments_actor_links_entity(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("Hungarian police arrested Peter Kovacs in Szeged on Friday.")
    (ev,) = events
    assert ev.target is not None and ev.target.entity is not None
    ent = next(e for e in ctx.layer("entities") if e.id == ev.target.entity)
    assert ent.text == "Peter Kovacs"


def test_arguments_first_person_in_quote_is_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = '"I went to Lebanon in 2013," said Karim Haddad.'
    events, _ = extract(text, places={"Lebanon": ("country", "LB", 33.9, 35.8)},
                        quotes=[("I went to Lebanon in 2013,", "Karim Haddad")])
    (ev,) = events
    assert ev.actor is not None and ev.actor.text == "Karim Haddad"
    assert ev.attribution.quote == "u1" and ev.attribution.certainty == "claimed"


def test_arguments_accused_of_gives_the_actor(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("A rights group accused police of killing five protesters in Nairobi.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.actor is not None and assault.actor.text == "police"
    assert assault.attribution.certainty == "claimed"
    assert [e.type for e in events] == ["ACCUSE", "ASSAULT"]
