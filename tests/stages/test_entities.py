"""The entities stage: contract labels, corrected labels, canonical names and clusters."""

from __future__ import annotations

from eventwire.stages.entities import assign_clusters, canonical_name, trim_mention
from tests.conftest import run_stages

TEXT = ("Islamic State fighters left Raqqa in June. Isis later denied it. "
        "Karim Haddad, a shopkeeper, said the UN and MI6 knew. Haddad fled with his family.")


def test_entities_keeps_contract_labels_with_true_offsets() -> None:
    doc = run_stages(TEXT, ["entities"])
    assert doc.entities
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
        assert e.label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


def test_entities_clusters_aliases_and_surnames() -> None:
    doc = run_stages(TEXT, ["entities"])
    by_text = {e.text: e for e in doc.entities}
    assert by_text["Isis"].cluster == by_text["Islamic State"].cluster
    assert by_text["Haddad"].canonical == "Karim Haddad"
    assert by_text["Haddad"].cluster == by_text["Karim Haddad"].cluster


def test_entities_acronym_tagged_person_becomes_org() -> None:
    doc = run_stages(TEXT, ["entities"])
    assert {e.label for e in doc.entities if e.text == "MI6"} == {"ORG"}


def test_entities_helpers() -> None:
    assert trim_mention("the United Nations's", 4) == ("United Nations", 8, 22)
    assert canonical_name("ISIL") == "Islamic State"
    assert assign_clusters([("Abu Saad", "PERSON"), ("Saad", "PERSON"), ("Nusra", "ORG")]) == [
        ("Abu Saad", "c1"), ("Abu Saad", "c1"), ("al-Nusra Front", "c2")]
