"""Actor and target from the dependency parse, as full noun phrases."""

from __future__ import annotations

import pytest


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


def test_arguments_pronoun_actor_is_the_named_person(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Amina Farouk, a local councillor, spoke at the rally on Friday. "
            "Later that evening she accused the governor of stealing relief funds.")
    events, _ = records(text)
    accused = next(e for e in events if e.trigger.text == "accused")
    assert accused.actor is not None and accused.actor.text == "Amina Farouk"
    assert accused.actor.entity is not None


def test_arguments_pronoun_without_antecedent_is_no_actor(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("He accused the governor of stealing relief funds.")
    assert events and all(ev.actor is None for ev in events)


def test_arguments_plural_pronoun_takes_the_earlier_group(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Hundreds of farmers gathered outside the ministry in Nairobi on Monday. "
            "They demanded compensation for the flooded fields.")
    events, _ = records(text)
    demanded = next(e for e in events if e.trigger.text == "demanded")
    assert demanded.actor is not None and "farmers" in demanded.actor.text


def test_arguments_dates_and_counts_are_not_parties(records) -> None:  # type: ignore[no-untyped-def]
    text = "Sunday's bombing in the market killed at least nine people."
    events, _ = records(text)
    for ev in events:
        for party in (ev.actor, ev.target):
            assert party is None or party.text not in {"Sunday's", "Sunday", "at least nine"}


def test_arguments_an_event_noun_is_not_the_actor(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants attacked a police post in Kano on Sunday, police said. "
            "The attack wounded eleven officers.")
    events, _ = records(text)
    assert events
    for ev in events:
        assert ev.actor is None or ev.actor.text not in {"The attack", "attack"}


def test_arguments_open_fire_on_gives_the_target(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("Two gunmen opened fire on a police checkpoint near Mosul on Tuesday.")
    ev = next(e for e in events if e.type == "ASSAULT")
    assert ev.target is not None and "checkpoint" in ev.target.text
    assert ev.actor is not None and ev.actor.text == "Two gunmen"


def test_arguments_a_town_modifying_the_noun_is_not_the_actor(records) -> None:  # type: ignore[no-untyped-def]
    text = "The Bamako protest against fuel prices drew several thousand people."
    events, _ = records(text, places={"Bamako": ("city", "ML", 12.65, -8.0)})
    for ev in events:
        assert ev.actor is None or ev.actor.text != "Bamako"


def test_arguments_pronoun_skips_a_person_of_the_other_gender(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Mr Omar Saleh met Ms Leila Haddad in Tripoli on Monday. "
            "She accused the militia of looting the market.")
    events, _ = records(text)
    accused = next(e for e in events if e.trigger.text == "accused")
    assert accused.actor is not None and accused.actor.text.endswith("Leila Haddad")


def test_arguments_pronoun_prefers_the_earlier_subject(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Commander Yusuf Bello briefed reporters about Aliyu Musa on Monday. "
            "He accused the insurgents of burning the school.")
    events, _ = records(text)
    accused = next(e for e in events if e.trigger.text == "accused")
    assert accused.actor is not None and accused.actor.text == "Yusuf Bello"


def test_arguments_a_group_word_modifying_an_attack_noun_is_the_actor(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("A rebel assault drove the militia out of Kamango on Friday.")
    ev = next(e for e in events if e.trigger.text == "assault")
    assert ev.actor is not None and ev.actor.text == "rebel"
    events, _ = records("A police raid on a compound in Mombasa left three suspects dead.")
    raid = next(e for e in events if e.trigger.text == "raid")
    assert raid.actor is not None and raid.actor.text == "police"


def test_arguments_an_ordinary_noun_modifier_is_not_the_actor(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("A knife attack outside a bakery in Lyon wounded two women.")
    assert events
    for ev in events:
        assert ev.actor is None or ev.actor.text not in {"knife", "A knife attack"}


def test_arguments_a_possessor_person_is_the_actor(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Karim Haddad's bombing of the bus station killed six people in Zliten.")
    ev = next(e for e in events if e.type == "ASSAULT")
    assert ev.actor is not None and "Karim Haddad" in ev.actor.text


def test_arguments_a_gunfight_with_someone_names_the_other_side(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("Two smugglers died in a gunfight with border guards near Kufra.")
    ev = next(e for e in events if e.trigger.text == "gunfight")
    parties = {p.text for p in (ev.actor, ev.target) if p is not None}
    assert "border guards" in parties


def test_arguments_people_moved_without_an_agent_are_the_actor(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("About 40,000 people have been displaced from villages around Kidal.")
    ev = next(e for e in events if e.type == "MOVE")
    assert ev.actor is not None and "people" in ev.actor.text


def test_arguments_people_moved_by_someone_keep_the_agent(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("Forty migrants were deported by the Algerian authorities to Niger.")
    ev = next(e for e in events if e.type == "MOVE")
    assert ev.actor is not None and "authorities" in ev.actor.text
    assert ev.target is not None and "migrants" in ev.target.text


@pytest.mark.parametrize(("text", "actor"), [
    ("A 34-year-old man was arrested in Leeds on Friday, police said.", "police"),
    ("Police said two men were detained in Bradford after the raid.", "Police"),
    ("Two men were arrested in Hull, a neighbour said.", None),
])
def test_arguments_an_arrest_told_by_the_police_was_made_by_them(
        extract, text: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract(text)
    ev = next(e for e in events if e.type == "COERCE")
    assert (ev.actor.text if ev.actor else None) == actor


@pytest.mark.parametrize(("text", "trigger", "role", "word"), [
    pytest.param("Hundreds of herders from the Borana community have massed near Moyale, "
                 "with many planning to cross the border.", "massed", "actor", "herders",
                 id="a-count-of-people-names-them"),
    pytest.param("Dozens of teachers gathered outside the parliament in Accra on Monday.",
                 "gathered", "actor", "teachers", id="dozens-of-protesters-are-the-actor"),
    pytest.param("Police probed the bomb blast that ripped through a mosque in Quetta.",
                 "blast", "target", "mosque", id="what-the-blast-ripped-through"),
    pytest.param("The attack, which targeted a police convoy near Bannu, was claimed by no "
                 "group.", "attack", "target", "convoy", id="what-the-attack-targeted"),
    pytest.param("Eleven soldiers were killed in Taliban attacks near Kunduz on Sunday.",
                 "killed", "actor", "Taliban", id="killed-in-a-groups-attack"),
    pytest.param("Neighbours of Karim Osei, the man who carried out the bombing of the bus "
                 "depot, said he had been quiet.", "bombing", "actor", "man",
                 id="who-carried-out-the-bombing"),
    pytest.param("A police commander was killed by Taliban rocket fire near Ghazni.",
                 "killed", "actor", "Taliban", id="killed-by-a-groups-fire"),
])
def test_arguments_party_named_around_the_trigger(extract, text: str, trigger: str, role: str,
                                                  word: str) -> None:  # type: ignore[no-untyped-def]
    # a MOVE needs a place: the one town a case names (the others name none of it)
    events, _ = extract(text, places={"Moyale": ("town", "KE", 3.52, 39.06)})
    ev = next(e for e in events if e.trigger.text == trigger)
    party = ev.actor if role == "actor" else ev.target
    assert party is not None and word in party.text
