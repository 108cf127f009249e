"""Actor types from words, entities and ACLED event types; interaction codes."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorTyper, interaction
from eventwire.actors.cues import cue_type
from eventwire.model import Actor, Document, Meta, Place


@pytest.mark.parametrize(("words", "code"), [
    ("Gunmen", 3), ("security forces", 1), ("its troops", 1), ("Police", 1),
    ("12 militants", 2), ("rebel commander", 2), ("army officers", 1), ("federal officials", 1),
    ("ethnic militias", 4), ("Fulani herders", 4), ("rioters", 5),
    ("at least 15 demonstrators", 6), ("residents", 7), ("villagers", 7),
    ("women and children", 7), ("the militants' hostages", 7), ("UN peacekeepers", 8),
    ("Hundreds", None), ("the army's spokesman", None), ("Air strike", None),
    ("four members of the security forces", 1), ("forces loyal to the government", 1),
    ("Opponents of President Bashar Assad", None), ("relatives of soldiers", None),
    ("residents of Aleppo", 7), ("gunmen from the village", 3), ("a security patrol", 1),
])
def test_cues_give_the_head_words_type(words: str, code: int | None) -> None:
    assert cue_type(words) == code


def test_interaction_lowest_code_first_and_alone() -> None:
    assert interaction(3, 1, alone=False) == 13
    assert interaction(7, 7, alone=False) == 77
    assert interaction(6, None, alone=True) == 60
    assert interaction(2, None, alone=False) is None  # a second actor of unknown type
    assert interaction(None, None, alone=True) is None


TEXT = "Sudanese soldiers and Chadian gendarmes detained dozens in Adre. Russia struck Kyiv."


def _doc() -> Document:
    def place(pid: str, word: str, kind: str, country: str) -> Place:
        start = TEXT.index(word)
        return Place(pid, word, start, start + len(word), word, kind, country, None, 1.0, 1.0,
                     None, 0.9)

    return Document(id="d", text=TEXT, meta=Meta(), places=(
        place("p1", "Sudanese", "demonym", "SD"), place("p2", "Chadian", "demonym", "TD"),
        place("p3", "Adre", "city", "TD"), place("p4", "Russia", "country", "RU"),
        place("p5", "Kyiv", "city", "UA")))


def _actor(words: str) -> Actor:
    start = TEXT.index(words)
    return Actor(words, None, start, start + len(words))


def test_typer_country_from_demonym_and_forces_abroad_are_external() -> None:
    typer, doc = ActorTyper(), _doc()
    home = typer.type_of(_actor("Chadian gendarmes"), doc, role="actor", event_type="ASSAULT",
                         acled_type="Battles", event_country="TD")
    abroad = typer.type_of(_actor("Sudanese soldiers"), doc, role="actor",
                           event_type="ASSAULT", acled_type="Battles", event_country="TD")
    assert (home.inter, home.country) == (1, "TD")  # type: ignore[union-attr]
    assert (abroad.inter, abroad.country) == (8, "SD")  # type: ignore[union-attr]


def test_typer_a_country_acting_is_its_state() -> None:
    found = ActorTyper().type_of(_actor("Russia"), _doc(), role="actor", event_type="ASSAULT",
                                 acled_type="Explosions/Remote violence")
    assert (found.inter, found.country, found.basis) == (1, "RU", "entity")  # type: ignore[union-attr]


def test_typer_event_types_imply_protesters_rioters_and_civilian_targets() -> None:
    typer, doc = ActorTyper(), _doc()
    crowd = typer.type_of(_actor("dozens"), doc, role="actor", event_type="PROTEST",
                          acled_type="Protests")
    victims = typer.type_of(_actor("dozens"), doc, role="target", event_type="ASSAULT",
                            acled_type="Violence against civilians")
    nobody = typer.type_of(None, doc, role="target", event_type="ASSAULT",
                           acled_type="Violence against civilians")
    assert (crowd.inter, crowd.basis) == (6, "event_type")  # type: ignore[union-attr]
    assert victims.inter == 7  # type: ignore[union-attr]
    assert (nobody.inter, nobody.name) == (7, "Civilians")  # type: ignore[union-attr]
    assert typer.type_of(_actor("dozens"), doc, role="target", event_type="ASSAULT",
                         acled_type="Battles") is None


def test_typer_dictionary_comes_first() -> None:
    doc = Document(id="d", text="RSF fighters shelled the town.", meta=Meta())
    found = ActorTyper().type_of(Actor("RSF fighters", None, 0, 12), doc, role="actor",
                                 event_type="ASSAULT", acled_type="Battles", day="2024-02-01")
    assert (found.inter, found.country, found.name, found.basis) == (  # type: ignore[union-attr]
        2, "SD", "Rapid Support Forces", "dictionary")
