"""Sentences around quotations: quotations stay whole, abbreviations do not split."""

from __future__ import annotations

from eventwire.speech.frames import QuoteMask, Sentences
from eventwire.speech.marks import scan_quotes


def sentences(text: str) -> Sentences:
    return Sentences(text, QuoteMask(scan_quotes(text)))


def test_frames_sentence_boundary_inside_quote_is_ignored() -> None:
    text = "“We waited. Nobody came,” said Mr. Haddad. Later he left."
    s = sentences(text)
    assert s.starts == [0, text.index("Later")]


def test_frames_quote_ending_a_sentence_closes_it() -> None:
    text = "“We waited.” The guards left."
    assert sentences(text).starts == [0, text.index("The")]


def test_frames_frame_is_non_quoted_text_of_the_sentence() -> None:
    text = "Before. Mr. Haddad said: “We waited,” smiling. After."
    quote = scan_quotes(text)[0]
    frame = sentences(text).frame(quote)
    assert text[frame.before[0]:frame.before[1]] == "Mr. Haddad said: "
    assert text[frame.after[0]:frame.after[1]].strip() == "smiling."


def test_frames_quote_mask_counts_quoted_characters() -> None:
    text = 'He said "yes" twice.'
    mask = QuoteMask(scan_quotes(text))
    assert mask.inside(text.index("yes")) and not mask.inside(text.index("twice"))
    assert mask.quoted_chars(0, len(text)) == len('"yes"')


def test_frames_paragraph_break_ends_a_sentence_even_after_an_abbreviation() -> None:
    text = "He moved to the U.S.\nShe stayed in Homs."
    assert sentences(text).starts == [0, text.index("She")]
