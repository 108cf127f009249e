"""Event precision: sources, movers, places and speech roles on sentences of our own."""

from __future__ import annotations

from eventwire.model import Document, Event
from tests.conftest import run_stages


def events_of(text: str) -> Document:
    return run_stages(text, ["events"], published="2024-05-02")


def by_trigger(doc: Document, word: str) -> list[Event]:
    return [e for e in doc.events if e.trigger.text == word]


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


def test_events_precision_place_from_previous_paragraph_not_institution_name() -> None:
    doc = events_of("Doctors protested in Basra on Monday over unpaid wages.\n"
                    "Strikers chanted against the Kurdistan Regional Government. Police "
                    "detained at least nine doctors.")
    (ev,) = by_trigger(doc, "detained")
    assert place_text(doc, ev.place) == "Basra"
