"""Speaker names: an entity's best name, never another person's."""

from __future__ import annotations

from eventwire.model import Entity
from eventwire.speech.speakers import best_name


def test_speakers_best_name_uses_canonical_full_name() -> None:
    assert best_name(Entity("e1", "Saad", "PERSON", 0, 4, "Abu Saad", "c1")) == "Abu Saad"


def test_speakers_best_name_keeps_mention_when_canonical_ends_otherwise() -> None:
    assert best_name(Entity("e2", "Vogt", "PERSON", 0, 4, "Vogt Says", "c2")) == "Vogt"


def test_speakers_best_name_uses_organisation_alias() -> None:
    assert best_name(Entity("e3", "UN", "ORG", 0, 2, "United Nations", "c3")) == "United Nations"
