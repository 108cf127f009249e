"""The quotes stage: direct quotations joined to their speakers."""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache

from eventwire.ingest.article import Article
from eventwire.model import Document, Meta, Quote
from eventwire.pipeline.runner import Pipeline
from eventwire.stages.attribution import AttributionStage
from eventwire.stages.entities import EntityStage
from eventwire.stages.quotes import QuoteStage
from tests.conftest import SEED, shared_or_skip


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline([EntityStage(), QuoteStage(), AttributionStage()])


def extract(text: str, source: str | None = None) -> Document:
    """Run entities, quotes and attribution only (independent of other stages)."""
    return _pipeline().run(Article(text=text, meta=Meta(path="test.txt", source=source)))


def quote_with(doc: Document, words: str) -> Quote:
    return next(q for q in doc.quotes if words in q.text)


def test_quotes_inverted_cue_after_quote() -> None:
    doc = extract("“The road to Kilis was closed for a week,” said Maria Keller.")
    q = doc.quotes[0]
    assert (q.text, q.speaker, q.cue) == ("The road to Kilis was closed for a week,",
                                          "Maria Keller", "said")
    entity = next(e for e in doc.entities if e.id == q.speaker_entity)
    assert entity.label == "PERSON" and entity.text == "Maria Keller"


def test_quotes_subject_before_cue_after_quote() -> None:
    doc = extract("“We will reopen the crossing next month,” Daniel Brandt told reporters.")
    assert doc.quotes[0].speaker == "Daniel Brandt"
    assert doc.quotes[0].cue == "told"


def test_quotes_cue_before_quote_with_colon() -> None:
    doc = extract("Nadia Karam said: “Nobody has been allowed into the camp since June.”")
    assert doc.quotes[0].speaker == "Nadia Karam"


def test_quotes_interrupted_quote_shares_its_speaker() -> None:
    doc = extract("“I left in the spring,” said Tarek Amin, speaking in Gaziantep. "
                  "“My cousins followed me later, and more are coming now.”")
    assert [q.speaker for q in doc.quotes] == ["Tarek Amin", "Tarek Amin"]
    assert doc.quotes[1].cue is None


def test_quotes_pronoun_resolves_to_last_named_person() -> None:
    doc = extract("Tarek Amin said he would never go back to Raqqa. "
                  "“There is nothing left for me there,” he said.")
    q = doc.quotes[0]
    assert q.speaker == "Tarek Amin" and q.speaker_entity is not None


def test_quotes_pronoun_skips_person_of_other_gender() -> None:
    doc = extract("Mr. Omar Said met Mrs. Lena Vogt in Kilis on Monday. "
                  "She visited the camp later. “The tents are flooded,” she said.")
    assert doc.quotes[0].speaker == "Lena Vogt"


def test_quotes_description_naming_a_person_gives_name_and_description() -> None:
    doc = extract("“Most of us want to go home,” said the 31-year-old, who called himself "
                  "Abu Karim.")
    q = doc.quotes[0]
    assert q.speaker == "Abu Karim"
    assert q.speaker_description == "the 31-year-old"
    assert not q.anonymous


def test_quotes_indefinite_official_is_anonymous() -> None:
    doc = extract("“The border has become much harder to cross,” said one security official.")
    q = doc.quotes[0]
    assert q.anonymous and q.speaker is None and q.speaker_entity is None
    assert q.speaker_description == "one security official"


def test_quotes_speaker_who_asked_not_to_be_named_is_anonymous() -> None:
    doc = extract("“We counted forty arrivals in one night,” said a senior border officer "
                  "who asked not to be named.")
    q = doc.quotes[0]
    assert q.anonymous
    assert q.speaker_description == "a senior border officer who asked not to be named"


def test_quotes_continuation_paragraph_inherits_speaker() -> None:
    text = ("Samir Haddad described the journey from Idlib.\n"
            "“We walked for three nights. The smugglers took our phones.\n"
            "“At the border the guards fired over our heads.”\n"
            "Officials in Ankara did not comment.")
    doc = extract(text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.text.startswith("We walked") and q.text.endswith("over our heads.")
    assert q.speaker == "Samir Haddad"


def test_quotes_paragraph_after_speech_cue_inherits_speaker() -> None:
    text = ("Conditions worsened over the winter, Samir Haddad said.\n"
            "“They took everything we had. Nobody helped us at all.”")
    assert extract(text).quotes[0].speaker == "Samir Haddad"


def test_quotes_organisation_speaker() -> None:
    doc = extract("“Our teams reached the town on Tuesday,” the International Committee of "
                  "the Red Cross said.")
    assert "Red Cross" in (doc.quotes[0].speaker or "")


def test_quotes_scare_quote_without_cue_is_not_a_quote() -> None:
    doc = extract("The so-called “buffer” zone has grown since March.")
    assert doc.quotes == ()


def test_quotes_records_have_true_offsets_and_ids() -> None:
    doc = extract("“First part,” said Lena Vogt. Later “a second, longer quoted part here,” "
                  "Karim Haddad added.")
    assert [q.id for q in doc.quotes] == ["u1", "u2"]
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
    assert set(doc.to_dict()["quotes"][0]) == {"id", "text", "start", "end", "speaker",
                                              "speaker_entity", "speaker_description",
                                              "anonymous", "cue"}


def test_quotes_speaker_named_before_an_apposition() -> None:
    doc = extract("Karim Haddad, the head of the Kilis refugee council, said that if the "
                  "crossing reopens, “thousands of families will come back within a month.”")
    assert doc.quotes[0].speaker == "Karim Haddad"


def test_quotes_unlisted_verb_right_after_quote_is_the_cue() -> None:
    doc = extract("“We will all be home by the summer,” Lena Vogt grinned.")
    assert doc.quotes[0].speaker == "Lena Vogt"


def test_quotes_cue_in_the_sentence_after_a_question() -> None:
    doc = extract("“Is anybody in Geneva listening to us?” Lena Vogt asked at a press "
                  "conference on Monday.")
    assert (doc.quotes[0].speaker, doc.quotes[0].cue) == ("Lena Vogt", "asked")


def test_quotes_name_before_colon_without_cue() -> None:
    doc = extract("Lena Vogt, Geneva Daily: “The talks have failed and everybody knows it.”")
    assert doc.quotes[0].speaker == "Lena Vogt"


def test_quotes_speaker_of_a_statement_saying() -> None:
    doc = extract("Lena Vogt issued a statement saying that “the camp is full and no new "
                  "arrivals can be housed.”")
    assert doc.quotes[0].speaker == "Lena Vogt"


def test_quotes_description_keeps_its_modifier() -> None:
    doc = extract("“The deal needs very close scrutiny,” a spokesman for the city council said.")
    q = doc.quotes[0]
    assert q.speaker_description == "a spokesman for the city council" and q.anonymous


def test_quotes_partial_quote_does_not_pass_its_speaker_on() -> None:
    text = ("“We are ready to leave,” said Lena Vogt, although Karim Haddad has called "
            "the plan “reckless.” “The trucks leave at six tomorrow morning.”")
    assert extract(text).quotes[-1].speaker == "Lena Vogt"


def _scorer():  # type: ignore[no-untyped-def]
    path = shared_or_skip("eval", "score.py")
    spec = importlib.util.spec_from_file_location("ew_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quotes_seed_every_quote_found_with_its_speaker() -> None:
    score = _scorer()
    gold = json.loads(shared_or_skip("eval", "gold", "000_8c313a039cfc1ceb.json").read_text())
    text = shared_or_skip("seeds", SEED.name).read_text(encoding="utf-8")
    doc = extract(text, source="The Guardian")
    for g in gold["quotes"]:
        cands = [q for q in doc.quotes if score.norm(g["contains"]) in score.norm(q.text)]
        assert cands, g["contains"]
        assert any(score.speaker_ok(g["speaker"], q.speaker)
                   or score.speaker_ok(g["speaker"], q.speaker_description) for q in cands), g
