"""The coreference layer: pronouns and descriptions joined to the clusters of the entities
layer (one model of who is who for quotes, events and the web page). Sentences of our own."""

from __future__ import annotations

from eventwire.model import Coreference, Document, document_from_dict
from tests.conftest import run_stages


def _doc(text: str) -> Document:
    return run_stages(text, ["coref"])


def _rows(doc: Document) -> list[Coreference]:
    return list(doc.layer("coref"))


def _at(doc: Document, word: str, nth: int = 0) -> Coreference:
    found = [r for r in _rows(doc) if r.text == word]
    assert len(found) > nth, f"no coref row {word!r}: {[(r.text, r.start) for r in _rows(doc)]}"
    return found[nth]


def test_coref_pronoun_joins_the_cluster_of_the_named_person() -> None:
    doc = _doc("Fatima Abdi left Kassala in March with her two sons. "
               "She said the road to the border took nine days.")
    she = _at(doc, "She")
    fatima = next(e for e in doc.entities if e.text == "Fatima Abdi")
    assert she.kind == "pronoun" and she.cluster == fatima.cluster
    assert she.entity == fatima.id and she.refers_to == "Fatima Abdi"
    assert _at(doc, "her").cluster == fatima.cluster


def test_coref_first_name_and_pronoun_share_one_cluster() -> None:
    doc = _doc("Fatima Abdi left Kassala in March. Fatima said the road took nine days. "
               "Later she found work in a bakery.")
    clusters = {e.cluster for e in doc.entities if e.label == "PERSON"}
    assert len(clusters) == 1
    assert _at(doc, "she").cluster in clusters


def test_coref_unnamed_speaker_is_a_cluster_of_its_own() -> None:
    doc = _doc("A nurse at the clinic in Djibo said the wells had run dry in May. "
               "She said children were arriving weak. The nurse asked for more water.")
    she = _at(doc, "She")
    assert she.entity is None and she.refers_to.startswith("A nurse at the clinic")
    assert she.cluster not in {e.cluster for e in doc.entities}
    nurse = _at(doc, "The nurse")
    assert nurse.kind == "description" and nurse.cluster == she.cluster
    intro = [r for r in _rows(doc) if r.cluster == she.cluster and r.start < she.start]
    assert intro and intro[0].text.startswith("A nurse")


def test_coref_rows_point_into_the_text_and_skip_quotations() -> None:
    doc = _doc("Yusuf Okoro runs a bakery in Maiduguri. \"He told us to leave,\" he said of "
               "the commander.")
    for r in _rows(doc):
        assert doc.text[r.start:r.end] == r.text
    assert all(r.start > doc.text.index("leave,") for r in _rows(doc))
    assert _at(doc, "he").refers_to == "Yusuf Okoro"


def test_coref_never_refers_to_a_place() -> None:
    doc = _doc("Aisha Bello grew up in Kano. She said the market there burned in 2019.")
    assert _at(doc, "She").refers_to == "Aisha Bello"


def test_coref_layer_round_trips_through_the_contract_dict() -> None:
    doc = _doc("Fatima Abdi left Kassala in March. She said the road took nine days.")
    again = document_from_dict(doc.to_dict())
    assert again.layer("coref") == doc.layer("coref")
    assert doc.to_dict()["coref"][0]["kind"] == "pronoun"


def test_coref_an_age_description_refers_back_to_the_named_person() -> None:
    doc = _doc("Abu Saad, a 26-year-old from Raqqa, crossed into Turkey in June. "
               "The 26-year-old said the smugglers kept his phone.")
    row = _at(doc, "The 26-year-old")
    saad = next(e for e in doc.entities if e.text == "Abu Saad")
    assert row.kind == "description" and row.cluster == saad.cluster


def test_coref_a_description_stops_before_its_verb() -> None:
    doc = _doc("Hundreds of displaced farmers are believed to have reached Djibo by Friday. "
               "Their cattle were left behind.")
    their = _at(doc, "Their")
    assert their.refers_to == "Hundreds of displaced farmers"


def test_coref_a_title_refers_back_to_the_titled_person() -> None:
    doc = _doc("Interior Minister Ali Hassan visited Goma on Monday. The minister said the camps "
               "would stay open.\n\nDr Amal Nour runs the only clinic in the camp. The doctor "
               "said cholera cases had doubled.\n\nThe governor, Musa Bello, met the elders. "
               "The governor promised water.")
    cluster = {e.text: e.cluster for e in doc.entities if e.label == "PERSON"}
    assert _at(doc, "The minister").cluster == cluster["Ali Hassan"]
    assert _at(doc, "The doctor").cluster == cluster["Amal Nour"]
    assert _at(doc, "The governor", 0).refers_to == "Musa Bello"
    assert all(r.start != doc.text.index("The governor,") for r in _rows(doc))
