"""The attribution stage: attributed spans with source, kind and certainty."""

from __future__ import annotations

from eventwire.model import Attribution, Document
from eventwire.stages.attribution import cue_lemma
from tests.stages.test_quotes import extract


def span(doc: Document, words: str) -> Attribution:
    return next(a for a in doc.extras["attributions"] if words in a.text)


def test_attribution_reported_speech_span_is_the_content_clause() -> None:
    doc = extract("Tarek Amin said the four men had gathered in a village near Idlib.")
    a = span(doc, "four men")
    assert a.text == "the four men had gathered in a village near Idlib"
    assert (a.source, a.source_kind, a.cue, a.certainty) == ("Tarek Amin", "named", "said",
                                                             "claimed")
    assert a.source_entity is not None and a.quote is None


def test_attribution_content_before_cue() -> None:
    doc = extract("As the winter came, more families left the camp, Tarek Amin claimed.")
    a = span(doc, "families")
    assert a.text.endswith("more families left the camp")
    assert a.source == "Tarek Amin" and a.cue == "claimed"


def test_attribution_unnamed_officials_are_anonymous() -> None:
    doc = extract("German officials have said privately that they would refuse to take "
                  "the men back.")
    a = span(doc, "refuse")
    assert a.text == "they would refuse to take the men back"
    assert a.source_kind == "anonymous" and a.source == "German officials"


def test_attribution_denial_by_an_organisation() -> None:
    doc = extract("The defence ministry denied that its soldiers had crossed the border.")
    a = span(doc, "soldiers")
    assert a.text == "its soldiers had crossed the border"
    assert (a.certainty, a.source_kind) == ("denied", "organization")


def test_attribution_according_to_an_organisation() -> None:
    doc = extract("According to the United Nations, 3,000 people fled Afrin last week.")
    a = span(doc, "fled")
    assert a.text == "3,000 people fled Afrin last week"
    assert a.cue == "according to" and "United Nations" in (a.source or "")
    assert a.source_kind == "organization"


def test_attribution_told_reporters() -> None:
    doc = extract("Lena Vogt told reporters in Geneva that aid convoys had been stopped.")
    a = span(doc, "convoys")
    assert a.text == "aid convoys had been stopped" and a.source == "Lena Vogt"


def test_attribution_outlet_confirmation_is_reporter_confirmed() -> None:
    doc = extract("Dozens of fighters have reached Turkey in recent weeks, the Courier has "
                  "confirmed.", source="The Courier")
    a = span(doc, "fighters")
    assert a.text == "Dozens of fighters have reached Turkey in recent weeks"
    assert (a.source_kind, a.certainty) == ("reporter", "confirmed")


def test_attribution_passive_hedge_is_believed_without_source() -> None:
    doc = extract("Hundreds of fighters are believed to have died in the siege.")
    a = span(doc, "fighters")
    assert (a.certainty, a.source, a.source_kind) == ("believed", None, "unknown")


def test_attribution_direct_quote_is_linked_to_its_quote() -> None:
    doc = extract("“The camp is full,” said Maria Keller. The army denied the claim.")
    a = span(doc, "camp is full")
    assert a.quote == doc.quotes[0].id
    assert (a.source, a.certainty, a.source_kind) == ("Maria Keller", "claimed", "named")


def test_attribution_quote_with_denial_cue_is_denied() -> None:
    doc = extract("“We never fired on civilians,” denied Colonel Ivan Petrov.")
    assert span(doc, "never fired").certainty == "denied"


def test_attribution_ids_and_offsets() -> None:
    doc = extract("Lena Vogt said the road was open. “It closed again,” said Karim Haddad.")
    items = doc.extras["attributions"]
    assert [a.id for a in items] == [f"a{i}" for i in range(1, len(items) + 1)]
    for a in items:
        assert doc.text[a.start:a.end] == a.text


def test_attribution_cue_lemma_maps_inflections() -> None:
    assert cue_lemma("denied") == "deny" and cue_lemma("rejects") == "reject"
    assert cue_lemma("said") == "said"


def test_attribution_described_organisation_is_not_resolved_to_another() -> None:
    doc = extract("The Kremlin rejected the report. According to the UN refugee agency, "
                  "more than 200,000 people have fled since December.")
    a = span(doc, "200,000")
    assert a.source == "the UN refugee agency" and a.source_kind == "organization"


def test_attribution_report_with_partial_quote_nests_the_quote() -> None:
    doc = extract("Lena Vogt said the border guards had behaved “like an occupying army” "
                  "during the night.")
    report = span(doc, "border guards")
    assert report.quote is None and report.text.startswith("the border guards had behaved")
    quote = doc.quotes[0]
    assert report.start <= quote.start and quote.end <= report.end


def test_attribution_definite_description_not_resolved_to_unrelated_group() -> None:
    doc = extract("Fighters loyal to Boko Haram attacked a convoy near Maiduguri. "
                  "The army said on Friday that its soldiers had killed nine insurgents.")
    a = span(doc, "nine insurgents")
    assert a.source == "The army" and a.source_kind == "organization"


def test_attribution_according_to_object_not_an_earlier_place() -> None:
    doc = extract("Witnesses told reporters the ferry had left Bodrum, in Turkey, at night. "
                  "About 4,000 people landed on the islands in May, according to the "
                  "coastguard ministry.")
    a = span(doc, "4,000")
    assert a.source == "the coastguard ministry" and a.source_kind == "organization"


def test_attribution_definite_description_resolves_to_matching_name() -> None:
    doc = extract("The Interior Ministry of Niger published new figures on Monday. "
                  "The ministry said that 3,000 people had crossed into Algeria.")
    a = span(doc, "3,000")
    assert a.source_kind == "organization" and "Ministry" in (a.source or "")


def test_attribution_cue_after_lede_under_headline() -> None:
    doc = extract("Ferry sinks off Kos; dozens missing\n\nAt least five people drowned and "
                  "30 were rescued after a ferry sank north of Kos on Friday, the Greek "
                  "coastguard said.")
    a = span(doc, "30 were rescued")
    assert a.source == "the Greek coastguard" and "Ferry sinks" not in a.text


def test_attribution_unnamed_medics_are_anonymous_and_coastguard_an_organisation() -> None:
    doc = extract("Medics at the district hospital said four children had died. "
                  "The Libyan coastguard said it had stopped 300 people at sea.")
    assert span(doc, "four children").source_kind == "anonymous"
    assert span(doc, "300 people").source_kind == "organization"


def test_attribution_speaker_not_taken_from_headline_glued_to_lede() -> None:
    doc = extract("Fishermen say they were beaten near Kos\nEleven fishermen, including two "
                  "boys, say they were beaten by masked men off the coast of Kos on Monday.")
    a = span(doc, "masked men")
    assert a.source == "Eleven fishermen" and a.text.startswith("they were beaten by")
