"""Triggers: precision over volume, one event per happening, none for generic statements."""

from __future__ import annotations

import pytest

from eventwire.eventing.extract import candidate_drafts
from eventwire.eventing.lexicon import load_lexicon
from tests.eventing.conftest import make_context


def test_triggers_nominalisation(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("The exodus of families from the town continued all week.")
    assert [(e.type, e.mode) for e in events] == [("MOVE", "flee")]


def test_triggers_generic_statement_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Security services regard such groups as a serious threat.")
    assert events == []


def test_triggers_condition_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("If you refuse them, you will be punished.")
    assert events == []


def test_triggers_one_event_per_happening(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Gunmen shot and killed four villagers in the attack.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_triggers_speech_act_content_is_not_separate(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Iran threatened to cut off electricity to the republic.")
    assert [e.type for e in events] == ["THREATEN"]


def test_triggers_promise_is_agree(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Portugal will support the application, its president said.")
    assert [e.type for e in events] == ["AGREE"]


def test_triggers_reported_must_is_request(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Russia said that Sudan must return the captured helicopter.")
    assert "REQUEST" in [e.type for e in events]


def test_triggers_will_not_accept_is_reject(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Syria says it will not accept any more refugees.")
    assert [e.type for e in events] == ["REJECT"]


def test_triggers_detention_is_coerce_killing_is_assault(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Police arrested 12 protesters. Unknown gunmen murdered a judge.")
    assert [e.type for e in events] == ["COERCE", "ASSAULT"]


def test_triggers_noun_modifier_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("He carried an assault rifle.")
    assert events == []


def test_triggers_backreference_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Shops stayed closed until the shooting stopped.")
    assert events == []


def test_triggers_headline_retold_in_body_counts_once(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Villagers flee into Kenya\n"
            "About 300 villagers fled into Kenya last week, officials said.")
    events, _ = records(text, places={"Kenya": ("country", "KE", 0.5, 37.9)})
    assert len(events) == 1
    assert [text[m.start:m.end] for m in events[0].mentions] == ["flee", "fled"]


def test_triggers_gerund_naming_a_series_is_a_happening(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("A stabbing spree in Kano left two traders dead on Sunday.")
    assert "ASSAULT" in [e.type for e in events]


def test_triggers_gerund_describing_a_noun_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Amina Bello described the lingering smell of burning tyres.")
    assert "ASSAULT" not in [e.type for e in events]


def test_triggers_looting_and_cattle_raids_are_coerce(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Armed men robbed two shops in Gao and drove off 300 head of cattle.")
    assert [(e.type, e.mode) for e in events][:1] == [("COERCE", "destroy")]


def test_triggers_patrols_denials_and_bans(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("UN peacekeepers began patrols around Bunia on Tuesday. "
                        "The army denied the reports. "
                        "The governor ordered a ban on charcoal sales in Kismayo.")
    kinds = {e.type for e in events}
    assert {"MOBILIZE", "REJECT", "COERCE"} <= kinds


def test_triggers_the_subject_decides_a_gathering_or_a_protest(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Hundreds of demonstrators gathered outside the governor's office "
                        "in Bukavu.")
    assert [e.type for e in events][:1] == ["PROTEST"]
    events, _ = extract("Hundreds of migrants gathered at the border crossing near Edirne.")
    assert [e.type for e in events][:1] == ["MOVE"]
    events, _ = extract("Villagers protested against the seizure of their land near Kasese.")
    assert [e.type for e in events][:1] == ["PROTEST"]
    events, _ = extract("The foreign ministry protested against the detention of its envoy.")
    assert [e.type for e in events][:1] == ["ACCUSE"]


def test_triggers_a_plea_in_court_is_procedure_a_plea_for_help_a_request(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Daniel Okafor pleaded not guilty to the charges in Abuja on Monday.")
    assert "REQUEST" not in [e.type for e in events]
    events, _ = extract("Families in Gao pleaded with the army to release their sons.")
    assert "REQUEST" in [e.type for e in events]


def test_triggers_shells_striking_a_market_are_no_labour_strike(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Shells fired by the militia struck the main market in Kadugli on Friday.")
    assert "PROTEST" not in [e.type for e in events]
    events, _ = extract("Teachers in Bamako struck for a third day over unpaid salaries.")
    assert "PROTEST" in [e.type for e in events]


def test_triggers_a_device_going_off_is_an_explosion_not_a_journey(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("The device went off near the village of Arabia on Saturday.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_triggers_hostage_taking_prisoner_swaps_posts_and_pepper_spray(extract) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "The group claimed responsibility for Friday's hostage-taking at a hotel in Bamako.":
            "COERCE",
        "The rival sides carried out an exchange of prisoners in Sirte on Monday.": "COOPERATE",
        "Turkish forces established three observation points near Idlib on Monday.": "MOBILIZE",
        "Police pepper-sprayed a woman who climbed onto an armoured car in Hamburg.": "COERCE",
    }
    for sentence, kind in cases.items():
        events, _ = extract(sentence)
        assert kind in [e.type for e in events], sentence


def test_triggers_pushbacks_raids_on_labs_aid_sent_and_camps_cleared(extract) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Soldiers pushed the migrants back across the border near Kuznica.": "MOVE",
        "Police dismantled three cocaine laboratories in Putumayo on Friday.": "COERCE",
        "Fighters took the goats and camels of the whole village near Baidoa.": "COERCE",
        "The World Health Organization sent mobile clinics to Zinda Jan district.": "AID",
        "Police cleared the protest camp in Tbilisi on Sunday.": "COERCE",
        "Lamine Sow was arrested in Dakar on charges of fraud.": "ACCUSE",
    }
    for sentence, kind in cases.items():
        events, _ = extract(sentence)
        assert kind in [e.type for e in events], sentence


def test_triggers_new_and_retold_happenings_are_told_apart() -> None:
    from eventwire.eventing.triggers import is_definite, is_indefinite
    from eventwire.nlp import load_nlp

    nlp = load_nlp()
    cases = {"A car bomb exploded near the bus station.": ("bomb", True, False),
             "Later, a man was shot dead at his door.": ("shot", True, False),
             "The attack wounded twenty people.": ("attack", False, True),
             "Police said the gunmen fled.": ("fled", False, False)}
    for text, (word, new, retold) in cases.items():
        tok = next(t for t in nlp(text) if t.text == word)
        assert is_indefinite(tok) is new, text
        assert is_definite(tok) is retold, text


@pytest.mark.parametrize(("text", "etype"), [
    ("Soldiers raped three women in the village on Sunday.", "ASSAULT"),
    ("Rioters burned shops and a church in the old town.", "COERCE"),
    ("The army regained control of the town after a week of fighting.", "ASSAULT"),
    ("Militants set off a roadside bomb near the convoy.", "ASSAULT"),
    ("The military created a new base near the oil field.", "MOBILIZE"),
    ("The army dispatched hundreds of troops to the desert front.", "MOBILIZE"),
    ("Government forces staged a counterattack on Tuesday.", "ASSAULT"),
    ("Police broke up the sit-in with batons, and the dispersal left dozens hurt.", "COERCE"),
    ("Army artillery pounded rebel positions outside Kadugli on Monday.", "ASSAULT"),
    ("Government troops wrested control of the airport from the militia.", "ASSAULT"),
    ("Rebels advanced on the town of Bulo Burde overnight.", "ASSAULT"),
    ("The militia planted landmines along the road to the villages.", "ASSAULT"),
    ("Police found a stash of rockets and grenades in a farmhouse near Kirkuk.", "COERCE"),
    ("A missile hit the warship off Hodeidah.", "ASSAULT"),
    ("Hundreds of people held a candlelight vigil outside the embassy in Nairobi.", "PROTEST"),
    ("Mobs of looters rushed through shops in the city centre.", "COERCE"),
    ("A man threw a bottle at a woman at the bus stop, striking her head.", "ASSAULT"),
    ("Youths hurled stones at the police station in Kano.", "ASSAULT"),
])
def test_triggers_conflict_vocabulary_is_found(extract, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract(text)
    assert etype in {e.type for e in events}


def test_triggers_a_burned_meal_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("She burned the rice while the children watched television.")
    assert events == []


@pytest.mark.parametrize("text", [
    "Share prices advanced on Tuesday after the bank's report.",
    "The gardeners planted roses along the road to the village.",
    "She found a stash of old letters in the attic.",
    "The fans threw the ball back at the players.",
    "She went on a shopping spree in Milan.",
])
def test_triggers_conflict_words_keep_their_everyday_sense(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract(text)
    assert not {e.type for e in events} & {"ASSAULT", "COERCE"}


@pytest.mark.parametrize(("text", "etype"), [
    ("Mensah pleaded guilty to two counts of fraud.", "CONCEDE"),
    ("About 200 students staged a sit-in outside the university.", "PROTEST"),
    ("Two of the detained men were found dead near the monastery.", "ASSAULT"),
    ("The coastguard took 40 passengers back to Libya.", "MOVE"),
    ("The families would be sent back to Afghanistan.", "MOVE"),
    ("Police stopped the suspect near the bridge.", "COERCE"),
    ("A man hit his wife with a chair.", "ASSAULT"),
])
def test_triggers_courts_policing_and_removals_have_candidates(text: str, etype: str) -> None:
    _, drafts = candidate_drafts(make_context(text), load_lexicon())
    assert etype in {d.event.type for d in drafts}


def test_triggers_a_negated_condition_does_not_hold() -> None:
    _, drafts = candidate_drafts(make_context("Mensah pleaded not guilty to fraud."),
                                 load_lexicon())
    assert "CONCEDE" not in {d.event.type for d in drafts}
