"""Pronoun parties of events come from the same who-is-who clusters as the coref layer
(sentences of our own: fictional people, real places)."""

from __future__ import annotations

from eventwire.nlp import doc_text
from eventwire.speech.coref import coref_of


def test_antecedents_a_pronoun_three_sentences_on_is_still_the_person(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Amina Farouk, a local councillor, spoke at the rally in Kano on Friday. "
            "The crowd was small and the rain fell all afternoon. Many left early. "
            "On Saturday she accused the governor of stealing relief funds.")
    events, _ = records(text)
    accused = next(e for e in events if e.trigger.text == "accused")
    assert accused.actor is not None and accused.actor.text == "Amina Farouk"


def test_antecedents_an_unnamed_person_is_kept_as_the_description(records) -> None:  # type: ignore[no-untyped-def]
    text = ("A nurse at the clinic in Djibo said the wells had run dry in May. "
            "She accused the soldiers of beating patients.")
    events, _ = records(text)
    accused = next(e for e in events if e.trigger.text == "accused")
    assert accused.actor is not None and accused.actor.entity is None
    assert accused.actor.text.startswith("A nurse at the clinic")


def test_antecedents_the_actor_is_the_cluster_the_coref_layer_gives(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Mr Omar Saleh met Ms Leila Haddad in Tripoli on Monday. "
            "She accused the militia of looting the market.")
    events, ctx = records(text)
    accused = next(e for e in events if e.trigger.text == "accused")
    rows = coref_of(ctx.text, ctx.parse, ctx.layer("entities"))
    she = next(r for r in rows if r.text == "She")
    assert accused.actor is not None and accused.actor.entity == she.entity
    assert doc_text(ctx.parse)  # the parse the events read is the one the layer was cached on
