"""Event precision: sources, movers, places and speech roles on sentences of our own."""

from __future__ import annotations

from eventwire.model import Document, Event
from tests.conftest import run_stages


def events_of(text: str) -> Document:
    return run_stages(text, ["events"], published="2024-05-02")


def by_trigger(doc: Document, word: str) -> list[Event]:
    """Rows told by ``word``: as their trigger or as one more mention of the happening."""
    return [e for e in doc.events if e.trigger.text == word
            or any(doc.text[m.start:m.end] == word for m in e.mentions)]


def place_text(doc: Document, pid: str | None) -> str | None:
    return next((p.text for p in doc.layer("places") if p.id == pid), None)


def test_events_precision_source_is_cue_subject_not_earlier_group() -> None:
    doc = events_of("Fighters of Boko Haram ambushed a patrol near Maiduguri on Sunday.\n"
                    "The army said on Monday that its soldiers had killed nine insurgents.")
    (ev,) = by_trigger(doc, "killed")
    assert ev.attribution.source == "The army"
    assert ev.attribution.source_kind == "organization"


def test_events_precision_according_to_source_is_never_a_place() -> None:
    doc = events_of("Witnesses told rescuers the ferry had left Bodrum, in Turkey, at dawn.\n"
                    "More than 4,000 people arrived in Greece in April, according to the "
                    "coastguard ministry.")
    (ev,) = by_trigger(doc, "arrived")
    assert ev.attribution.source == "the coastguard ministry"


def test_events_precision_cue_after_lede_under_headline() -> None:
    doc = events_of("Ferry sinks off Kos; dozens missing\n\nAt least five people drowned and "
                    "30 were rescued after a ferry sank north of Kos on Friday, the Greek "
                    "coastguard said.")
    (ev,) = by_trigger(doc, "rescued")[-1:]
    assert ev.attribution.source == "the Greek coastguard"


def test_events_precision_money_is_not_a_mover() -> None:
    doc = events_of("The mayor of Mosul said the pensions would be paid once the money "
                    "arrived from Baghdad.")
    assert not [e for e in doc.events if e.type == "MOVE"]


def test_events_precision_people_still_move() -> None:
    doc = events_of("About 900 families arrived in Kirkuk from Hawija on Tuesday.")
    assert [e for e in doc.events if e.type == "MOVE"]


def test_events_precision_institution_place_is_not_event_place() -> None:
    doc = events_of("Nurses went on strike in Sulaymaniyah on Monday.\n"
                    "Strikers marched to the hospital, shouting slogans against the federal "
                    "government in Baghdad.\n"
                    "Police detained at least nine nurses, a union said.")
    for word in ("marched", "detained"):
        (ev,) = by_trigger(doc, word)
        assert place_text(doc, ev.place) != "Baghdad", word


def test_events_precision_demonym_of_actor_beats_far_country() -> None:
    doc = events_of("More than 5,000 migrants have reached Spain since January.\n"
                    "Moroccan police arrested four men suspected of running the boats, an "
                    "official said.")
    (ev,) = by_trigger(doc, "arrested")
    assert place_text(doc, ev.place) != "Spain"


def test_events_precision_conjoined_accusation_keeps_the_speaker() -> None:
    doc = events_of("A spokesman for the provincial council said the wages would be paid "
                    "next week once the budget passed, and accused ministers of blocking "
                    "the money.")
    (ev,) = by_trigger(doc, "accused")
    assert ev.type == "ACCUSE"
    assert ev.actor is not None and "spokesman" in ev.actor.text
    assert ev.attribution.certainty != "hypothetical"


def test_events_precision_forecast_warning_is_no_threat() -> None:
    doc = events_of("Relief groups have warned that the drought could leave millions "
                    "without food.")
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_events_precision_warning_of_own_action_is_threat() -> None:
    doc = events_of("The interior minister warned that police will break up any rally "
                    "in the capital.")
    assert [e for e in doc.events if e.type == "THREATEN"]


def test_events_precision_anonymity_request_is_no_event() -> None:
    doc = events_of("A doctor who asked not to be named said the clinic had run out of "
                    "insulin.")
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_events_precision_paragraph_place_is_not_an_institution_name() -> None:
    doc = events_of("Doctors protested in Basra on Monday over unpaid wages. "
                    "Strikers chanted against the Kurdistan Regional Government. Police "
                    "detained at least nine doctors.")
    (ev,) = by_trigger(doc, "detained")
    assert place_text(doc, ev.place) == "Basra"


def test_events_precision_definite_noun_retelling_is_not_a_new_event() -> None:
    doc = events_of("A drone strike hit a market in Marib on Friday, killing five traders.\n"
                    "Witnesses said the strike set two shops on fire.")
    assert not [e for e in doc.events if e.type == "PROTEST"]
    assert len([e for e in doc.events if e.trigger.text == "strike"]) <= 1


def test_events_precision_meeting_a_need_is_no_consultation() -> None:
    doc = events_of("The new reservoir will meet the needs of farmers in Kassala.")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_events_precision_leaders_meeting_is_consultation() -> None:
    doc = events_of("The Sudanese foreign minister met his Chadian counterpart in N'Djamena "
                    "on Tuesday.")
    assert [e for e in doc.events if e.type == "CONSULT"]


def test_events_precision_offering_tips_is_no_agreement() -> None:
    doc = events_of("The fire department offered tips for cooking safely during the holiday.")
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_events_precision_a_plan_requests_nothing() -> None:
    doc = events_of("The budget plan calls for deep cuts to school funding in Kano.")
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_events_precision_imperative_and_bare_frame_are_no_requests() -> None:
    doc = events_of("For details, please call the clinic in Gulu.\n"
                    "\"Where were the soldiers?\" she asked.")
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_events_precision_real_request_is_kept() -> None:
    doc = events_of("The governor of Borno asked the army to reopen the road to Bama.")
    assert [e for e in doc.events if e.type == "REQUEST"]


def test_events_precision_left_object_is_origin_and_reached_object_destination() -> None:
    doc = events_of("Dinghy arrivals rise\n"
                    "Witnesses said the dinghy had left Bodrum on Sunday with 40 people on "
                    "board, most of them from Eritrea.\n"
                    "About 300 people reached Malta on Monday.")
    (left,) = by_trigger(doc, "left")
    assert place_text(doc, left.origin) == "Bodrum"
    (reached,) = by_trigger(doc, "reached")
    assert place_text(doc, reached.destination) == "Malta"


def test_events_precision_paragraph_after_lede_keeps_the_lede_scene() -> None:
    doc = events_of("Nurses strike over pay\n"
                    "Hundreds of nurses protested in Basra on Monday over unpaid wages.\n"
                    "Strikers marched to the hospital, shouting slogans against the government "
                    "in Baghdad. Police detained at least nine nurses.")
    for word in ("marched", "detained"):
        (ev,) = by_trigger(doc, word)
        assert place_text(doc, ev.place) == "Basra", word


def test_events_precision_clause_subject_is_not_inherited_by_a_cause() -> None:
    doc = events_of("\"We fled at night because the shelling did not stop,\" said Amina "
                    "Farah, a teacher who reached Kassala on Monday.")
    for ev in doc.events:
        if ev.trigger.text == "shelling":
            assert ev.actor is None or "Amina" not in ev.actor.text


def test_events_precision_charging_a_price_is_no_accusation() -> None:
    doc = events_of("Clinics in Lagos recover the losses by charging more for each visit.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
