"""Event rows as the codebook wants them, on sentences of our own: one row per happening,
false alarms out, counts and places from the happening's own words."""

from __future__ import annotations

import pytest

from eventwire.eventing.casualties import sentence_casualties
from eventwire.eventing.triggers import is_definite
from eventwire.model import Quantity
from eventwire.nlp import load_nlp
from eventwire.pipeline.layout import soft_breaks, soften_wraps
from tests.eventing.conftest import place_text


def _types(events) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events]


def test_records_retellings_of_one_attack_are_one_row(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Car bomb kills 12 in Kirkuk\n"
            "A car bomb killed 12 people at a checkpoint in Kirkuk on Monday, police said.\n"
            "The blast also wounded 20 people, a hospital official said.\n"
            "Residents said the attack was the deadliest in the city this year.")
    events, _ = records(text, places={"Kirkuk": ("city", "IQ", 35.47, 44.39)},
                        times={"Monday": ("2024-05-06", "2024-05-06")},
                        quantities={"12 people": (12, 12, 12), "20 people": (20, 20, 20)})
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    row = assaults[0]
    told = {text[m.start:m.end] for m in row.mentions}
    assert {"killed", "wounded", "attack"} <= told
    assert row.fatalities is not None and row.fatalities.best == 12
    assert row.injured is not None and row.injured.best == 20


def test_records_a_late_retelling_of_the_only_attack_joins_its_row(records) -> None:  # type: ignore[no-untyped-def]
    text = ("A man armed with a machete wounded four shoppers at a market in Bouake on Friday "
            "evening, police said.\n"
            "Officers arrested the suspect, a 34-year-old trader, at the scene.\n"
            "The market reopened on Saturday morning under police guard.\n"
            "Traders said they had asked the town council for more lighting last year.\n"
            "The council has not replied, and a spokesman declined to comment.\n"
            "Witnesses said the stabbing lasted less than a minute before passers-by "
            "intervened.")
    events, _ = records(text, places={"Bouake": ("city", "CI", 7.69, -5.03)},
                        times={"Friday": ("2024-05-03", "2024-05-03")})
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert "stabbing" in {text[m.start:m.end] for m in assaults[0].mentions}


def test_records_incidents_told_in_turn_are_rows_of_their_own(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed two policemen at a checkpoint in Karak on Sunday, the ministry said.\n"
            "In another attack, gunmen fired on a security patrol in Karak, wounding no one.\n"
            "In a third incident, armed men opened fire on a police station in Karak.")
    events, _ = records(text, places={"Karak": ("city", "JO", 31.18, 35.70)})
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 3


def test_records_a_definite_retelling_of_the_only_attack_joins_it(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen stormed a hotel in Mogadishu on Saturday, killing nine guests, police said.\n"
            "The hotel is popular with lawmakers and business travellers.\n"
            "The city council said roads near the port would close for repairs next month.\n"
            "A spokesman for the president said Saturday's assault on the hotel showed the "
            "group was still able to strike the capital.")
    events, _ = records(text, places={"Mogadishu": ("city", "SO", 2.04, 45.34)},
                        times={"Saturday": ("2024-03-16", "2024-03-16")})
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert "assault" in {text[m.start:m.end] for m in assaults[0].mentions}


def test_records_another_attack_elsewhere_is_its_own_row(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed four soldiers at an army post in Gao on Sunday, officials said.\n"
            "In a separate attack, militants killed three civilians in Mopti.")
    events, ctx = records(text, places={"Gao": ("city", "ML", 16.27, -0.04),
                                        "Mopti": ("city", "ML", 14.49, -4.18)})
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert {place_text(ctx, e.place) for e in assaults} == {"Gao", "Mopti"}


@pytest.mark.parametrize(("text", "town", "told"), [
    ("A bomb blast killed 25 worshippers at a church in Cairo on Sunday, officials said.\n"
     "The city's hospitals appealed for blood donors.\n"
     "The blast also wounded 40 people in the chapel next door, the ministry said.",
     ("Cairo", ("city", "EG", 30.04, 31.24)), "wounded"),
    ("A roadside bomb killed a Russian general near Deir ez-Zor on Friday, the ministry "
     "said.\nA local militia commander was also killed, a monitoring group reported.",
     ("Deir ez-Zor", ("city", "SY", 35.34, 40.14)), "killed"),
])
def test_records_more_victims_of_the_happening_join_its_row(records, text: str, town,  # type: ignore[no-untyped-def]
                                                            told: str) -> None:
    # 'The blast also wounded 40' (a verb whose subject is the definite happening) and
    # 'was also killed' tell more of the same happening
    events, _ = records(text, places=dict([town]))
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert told in {text[m.start:m.end] for m in assaults[0].mentions}


def test_records_an_attack_told_as_new_elsewhere_is_its_own_row(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Kilis has been a crossing point for years. Border guards shot dead dozens of men "
            "there this year.\n"
            "An assault on Mosul began in October, residents said.")
    events, ctx = records(text, places={"Kilis": ("city", "TR", 36.72, 37.12),
                                        "Mosul": ("city", "IQ", 36.34, 43.13)})
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert {place_text(ctx, e.place) for e in assaults} == {"Kilis", "Mosul"}


def test_records_a_verb_is_definite_by_its_happening_subject() -> None:
    doc = load_nlp()("The blast also wounded 40 people. Gunmen wounded two guards.")
    wounded = [t for t in doc if t.text == "wounded"]
    assert [is_definite(t) for t in wounded] == [True, False]


def test_records_a_shooting_among_bombings_is_its_own_row(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Car bombs exploded across the city centre of Belfast in the afternoon, killing "
            "nine people.\n"
            "The bombs went off at a bus station and in two shopping streets.\n"
            "Later that evening, a man was shot dead when he answered a knock at his door in "
            "Park Road.\n"
            "Witnesses said the bombing had caused panic in the city.")
    events, _ = records(text, places={"Belfast": ("city", "GB", 54.60, -5.93)})
    assaults = [e for e in events if e.type == "ASSAULT"]
    shooting = [e for e in assaults
                if any(text[m.start:m.end] == "shot" for m in e.mentions)]
    assert len(shooting) == 1
    assert not any(text[m.start:m.end] in {"exploded", "bombing"}
                   for m in shooting[0].mentions)


@pytest.mark.xfail(strict=True, reason="the merge keeps apart only places over 40 km apart; "
                   "differently named neighbouring villages may still fold into one row")
def test_records_neighbouring_villages_are_two_rows(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants killed six farmers in Kolofata on Monday, a local official said.\n"
            "Hours later, gunmen killed two herders in Mora, residents said.")
    events, ctx = records(text, places={"Kolofata": ("city", "CM", 11.17, 14.01),
                                        "Mora": ("city", "CM", 11.05, 14.14)})
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert {place_text(ctx, e.place) for e in assaults} == {"Kolofata", "Mora"}
    assert len(assaults) == 2


def test_records_lede_under_a_short_headline_is_kept(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Clashes in Goma\n"
            "Rebels attacked an army base in Goma on Tuesday.\n"
            "The army said it had repelled the attack after several hours of fighting.")
    events, ctx = records(text, places={"Goma": ("city", "CD", -1.68, 29.22)},
                          times={"Tuesday": ("2024-05-07", "2024-05-07")})
    rows = [e for e in events if e.type == "ASSAULT"]
    assert rows, "the lede's attack must survive"
    lede_start = text.index("Rebels")
    assert any(lede_start <= m.start < lede_start + 50 for e in rows for m in e.mentions)
    assert any(e.time is not None for e in rows)


def test_records_idioms_and_sport_are_not_events(records) -> None:  # type: ignore[no-untyped-def]
    for text in ("The senator narrowly beat her rival in the primary on Tuesday.",
                 "The young sprinter captured four medals at the championships in Oslo.",
                 "The committee killed the housing bill before the summer recess."):
        events, _ = records(text)
        assert not [e for e in events if e.type in {"ASSAULT", "COERCE"}], text


def test_records_procedure_is_not_an_event(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("A police spokeswoman declined to comment on the case.")
    assert not [e for e in events if e.type == "REJECT"]


def test_records_background_toll_is_not_a_row(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("More than 10,000 people have been killed in the conflict since "
                        "March 2015, according to the United Nations.")
    assert "ASSAULT" not in _types(events)


def test_records_earthquake_is_not_an_assault(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("An earthquake of magnitude 6.3 killed at least 30 people and "
                        "destroyed hundreds of homes in western Afghanistan on Saturday.")
    assert "ASSAULT" not in _types(events)


def test_records_acled_type_of_a_suicide_bombing(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("A suicide bomber blew himself up at a military checkpoint in "
                        "Mogadishu on Friday, killing nine soldiers, police said.",
                        places={"Mogadishu": ("city", "SO", 2.04, 45.34)})
    coded = [e.acled for e in events if e.acled is not None]
    assert coded and coded[0].event_type == "Explosions/Remote violence"


def test_records_confidence_is_a_probability(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("Soldiers shot dead two protesters in Mandalay on Sunday.")
    assert events and all(0.0 <= e.confidence <= 1.0 for e in events)


def test_records_country_gives_way_to_the_town_the_paragraph_names(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Two people were killed in a knife attack in southern China on Sunday. "
            "The attacker struck outside a supermarket in Shenzhen.")
    events, ctx = records(text, places={"China": ("country", "CN", 35.0, 103.0),
                                        "Shenzhen": ("city", "CN", 22.54, 114.06)})
    rows = [e for e in events if e.type == "ASSAULT"]
    assert rows and place_text(ctx, rows[0].place) == "Shenzhen"


def test_casualties_deaths_and_injuries_are_told_apart() -> None:
    text = "The attack killed at least 12 people and wounded about two dozen others."

    def q(phrase: str, low: float, best: float, high: float) -> Quantity:
        start = text.index(phrase)
        return Quantity(id=phrase, text=phrase, start=start, end=start + len(phrase), low=low,
                        high=high, best=best, unit="person", object=None, per=None,
                        approximate=low != high)

    cas = sentence_casualties(text, [q("at least 12 people", 12, 12, 20),
                                     q("about two dozen others", 20, 24, 28)], 0, len(text))
    assert cas.fatalities is not None and (cas.fatalities.low, cas.fatalities.best) == (12, 12)
    assert cas.injured is not None and cas.injured.best == 24


def test_casualties_other_counts_are_not_tolls() -> None:
    text = "Police arrested 40 people and 3,000 residents fled the town."
    qs = [Quantity(id="a", text="40 people", start=16, end=25, low=40, high=40, best=40,
                   unit="person", object=None, per=None, approximate=False)]
    cas = sentence_casualties(text, qs, 0, len(text))
    assert cas.fatalities is None and cas.injured is None


@pytest.mark.parametrize(("text", "phrase", "n"), [
    ("Police fatally shot four men at a checkpoint in Makhachkala.", "four men", 4),
    ("Gunmen fatally wounded three guards at the mine.", "three guards", 3),
    ("Investigators closed the case of the murders of five family members.",
     "five family members", 5),
])
def test_casualties_fatal_words_before_the_count(text: str, phrase: str, n: int) -> None:
    start = text.index(phrase)
    qs = [Quantity(id="a", text=phrase, start=start, end=start + len(phrase), low=n, high=n,
                   best=n, unit="person", object=None, per=None, approximate=False)]
    cas = sentence_casualties(text, qs, 0, len(text))
    assert cas.fatalities is not None and cas.fatalities.best == n and cas.injured is None


def test_layout_single_breaks_inside_wrapped_paragraphs_are_soft() -> None:
    text = ("Gunmen on motorcycles attacked the village of Fambita on Sunday\n"
            "night, killing at least twelve people, residents said.\n"
            "\n"
            "The army said it had sent reinforcements to the area.")
    breaks = soft_breaks(text)
    assert breaks == [text.index("\nnight")]
    softened = soften_wraps(text)
    assert len(softened) == len(text) and "\n\n" in softened


def test_layout_one_paragraph_per_line_is_left_alone() -> None:
    text = "Headline about a raid\nPolice raided a house in Kano on Monday.\nThree were held."
    assert soft_breaks(text) == []


def test_records_hard_wrapped_sentence_keeps_its_actor(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed men from a rival militia\n"
            "attacked a displacement camp near Bunia on Sunday night, aid workers said.\n"
            "\n"
            "Several shelters were burned.")
    events, _ = records(text, places={"Bunia": ("city", "CD", 1.56, 30.25)})
    rows = [e for e in events if e.type == "ASSAULT"]
    assert rows and rows[0].actor is not None and "militia" in rows[0].actor.text


def test_records_an_explosion_with_no_attacker_is_an_accident(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("A gas cylinder explosion in a restaurant kitchen in Lahore injured "
                        "five people on Tuesday, firefighters said.")
    assert "ASSAULT" not in _types(events)


def test_records_a_bomb_explosion_is_an_attack(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("A bomb explosion tore through a crowded market in Lahore on Tuesday, "
                        "killing seven people, police said.")
    assert "ASSAULT" in _types(events)


@pytest.mark.parametrize(("sentence", "one"), [
    ("A drone strike killed Abdi Warsame near Jilib on Tuesday.", True),
    ("A shopkeeper was stabbed to death in Kano on Friday night.", True),
    ("Gunmen shot dead a teacher outside his school in Gao.", True),
    ("Gunmen killed villagers in Djibo on Sunday.", False),
    ("Police shot a suspect in the leg in Mombasa.", False),
    ("Gunmen killed Amadou Diallo and his brother in Gao.", False),
])
def test_records_one_named_victim_killed_is_a_toll_of_one(sentence: str, one: bool) -> None:
    from eventwire.eventing.casualties import one_victim_killed
    from eventwire.nlp import load_nlp

    doc = load_nlp()(sentence)
    assert any(one_victim_killed(t) for t in doc) is one


def test_records_a_nationality_is_not_the_place() -> None:
    from types import SimpleNamespace

    from eventwire.eventing.linking import modifier_places
    from eventwire.nlp import load_nlp

    text = "A citizen of Kyrgyzstan was charged in Boston with lying to investigators."
    parse = load_nlp()(text)
    places = [SimpleNamespace(id=name, start=text.index(name),
                              end=text.index(name) + len(name))
              for name in ("Kyrgyzstan", "Boston")]
    assert modifier_places(places, parse) == frozenset({"Kyrgyzstan"})


def test_records_containers_that_exploded_in_a_fire_are_no_attack(records) -> None:  # type: ignore[no-untyped-def]
    events, _ = records("Several gas and propane containers exploded during a fire in a garage "
                        "in Milan on Monday, leaving the garage a total loss.")
    assert "ASSAULT" not in _types(events)
