"""Quote-mark scanning: quoted stretches across sentences and paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.speech.marks import scan_quotes


def texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in scan_quotes(text)]


def test_marks_finds_curly_and_straight_quotes() -> None:
    text = '“We left at dawn,” said Mira. Then "the road was closed," she added.'
    assert texts(text) == ["We left at dawn,", "the road was closed,"]


def test_marks_quote_runs_over_sentences() -> None:
    text = "“We left at dawn. Nobody stopped us. It was quiet.” She smiled."
    assert texts(text) == ["We left at dawn. Nobody stopped us. It was quiet."]


def test_marks_open_paragraph_continues_into_next_quoted_paragraph() -> None:
    text = ("Intro line.\n“We crossed at night. The river was high.\n"
            "“Then we reached Kilis and waited.”\nAfter that, nothing.")
    quotes = scan_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].paragraphs == 2 and quotes[0].closed
    assert text[quotes[0].start:quotes[0].end].endswith("reached Kilis and waited.")


def test_marks_open_paragraph_ends_when_next_paragraph_is_not_quoted() -> None:
    text = "“We crossed at night and nobody saw us\nThe army arrived later."
    quotes = scan_quotes(text)
    assert texts(text) == ["We crossed at night and nobody saw us"]
    assert not quotes[0].closed


def test_marks_single_quotes_inside_double_stay_in_the_quote() -> None:
    text = "“He told me, ‘Don’t go back,’ and I didn’t,” said Omar."
    assert texts(text) == ["He told me, ‘Don’t go back,’ and I didn’t,"]


def test_marks_apostrophes_are_not_quotes() -> None:
    assert texts("Omar’s brother didn’t return to Homs.") == []


def test_marks_offsets_point_into_text() -> None:
    text = 'A "first one," then “a second one” and more.'
    for q in scan_quotes(text):
        assert text[q.outer_start] in '"“' and text[q.outer_end - 1] in '"”'
        assert q.outer_start < q.start <= q.end < q.outer_end


@given(st.text(alphabet='ab .,\n"“”‘’', max_size=60))
def test_marks_offsets_stay_inside_text_for_any_input(text: str) -> None:
    previous_end = -1
    for q in scan_quotes(text):
        assert 0 <= q.outer_start < q.start <= q.end <= q.outer_end <= len(text)
        assert q.outer_start >= previous_end
        assert text[q.start:q.end].strip() == text[q.start:q.end]
        previous_end = q.outer_end
