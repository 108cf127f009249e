"""Highlighting: every annotation survives as a mark, text is never lost, all of it escaped."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.model import Coreference, Document, Entity, Meta, content_id
from eventwire.web.highlight import (
    Mark,
    annotation_index,
    document_marks,
    render_document,
    render_marks,
)
from tests.web.sample_docs import XSS_IMG, XSS_SCRIPT, idlib, lampedusa

TAG = re.compile(r"<[^>]+>")


def visible_text(markup: str) -> str:
    return html.unescape(TAG.sub("", markup))


def refs(markup: str) -> list[str]:
    return re.findall(r'data-ref="([^"]*)"', markup)


def balanced(markup: str) -> bool:
    depth = 0
    for tag in re.findall(r"</?mark", markup):
        depth += 1 if tag == "<mark" else -1
        if depth < 0:
            return False
    return depth == 0


def test_highlight_nests_contained_spans() -> None:
    out = render_marks("in Port Sudan now", [Mark(3, 13, "entity", "e1", "GPE"),
                                               Mark(8, 13, "place", "p1", "Sudan")])
    assert out == ('in <mark class="hl hl-entity" data-kind="entity" data-ref="e1" title="GPE" '
                   'tabindex="0">Port <mark class="hl hl-place" data-kind="place" data-ref="p1" '
                   'title="Sudan" tabindex="0">Sudan</mark></mark> now')


def test_highlight_splits_crossing_spans_without_losing_either() -> None:
    out = str(render_marks("abcdefgh", [Mark(0, 5, "quote", "u1", "q"),
                                        Mark(3, 8, "entity", "e1", "e")]))
    assert visible_text(out) == "abcdefgh"
    assert balanced(out)
    assert refs(out) == ["u1", "e1", "e1"]  # the entity is split around the quote's end
    assert "hl-cont" in out


def test_highlight_identical_spans_both_kept() -> None:
    out = str(render_marks("Idlib", [Mark(0, 5, "place", "p1", "x"),
                                     Mark(0, 5, "entity", "e1", "y")]))
    assert sorted(refs(out)) == ["e1", "p1"]
    assert out.index("e1") < out.index("p1")  # entity outside place, by kind order


def test_highlight_escapes_text_and_attributes() -> None:
    text = f"a {XSS_SCRIPT} b {XSS_IMG}"
    out = str(render_marks(text, [Mark(2, 10, "event", 'v1"><x', 'say "<b>hi</b>"')]))
    assert "<script" not in out and "<img" not in out and "<x" not in out
    assert visible_text(out) == text
    assert 'title="say &#34;&lt;b&gt;hi&lt;/b&gt;&#34;"' in out


def test_highlight_drops_spans_outside_the_text() -> None:
    out = str(render_marks("abc", [Mark(1, 9, "place", "p1", ""), Mark(2, 2, "time", "t1", "")]))
    assert out == "abc"


def test_highlight_document_marks_every_layer() -> None:
    doc = idlib()
    marks = document_marks(doc)
    ids = {m.ref for m in marks}
    expected = {x.id for layer in ("entities", "places", "times", "quantities", "quotes", "events")
                for x in getattr(doc, layer)}
    assert ids == expected
    place = next(m for m in marks if m.ref == "p3")
    assert "36.586, 37.046" in place.title and "Azaz" in place.title
    time = next(m for m in marks if m.ref == "t2")
    assert "2024-03-09 – 2024-03-10" in time.title
    quote = next(m for m in marks if m.kind == "quote")
    assert "speaker: Omar Nasser (a farmer)" in quote.title
    event = next(m for m in marks if m.ref == "v2")
    assert "MOVE/flee" in event.title and "claimed" in event.title


def test_highlight_crossing_quote_in_sample_keeps_all_marks() -> None:
    doc = lampedusa()
    out = str(render_marks(doc.text, document_marks(doc)))
    assert visible_text(out) == doc.text
    assert set(refs(out)) == {m.ref for m in document_marks(doc)}
    assert balanced(out)


def test_highlight_annotation_index_has_kinds() -> None:
    index = annotation_index(idlib())
    assert index["p3"]["layer"] == "place" and index["p3"]["kind"] == "city"
    assert index["p3"]["lat"] == 36.586
    assert index["v2"]["attribution"]["source"] == "Layla Haddad"


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40),
                           st.sampled_from(["entity", "place", "time", "quote", "event"])),
                 max_size=12)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab<>&\"' \n", min_size=1, max_size=40), raw=spans)
def test_highlight_any_overlap_keeps_text_and_every_mark(text: str,
                                                         raw: list[tuple[int, int, str]]) -> None:
    marks = [Mark(min(a, b), max(a, b), k, f"r{i}", "t") for i, (a, b, k) in enumerate(raw)]
    out = str(render_marks(text, marks))
    assert visible_text(out) == text
    assert balanced(out)
    kept = {m.ref for m in marks if m.start < m.end <= len(text)}
    assert set(refs(out)) == kept
    # Every character a mark covers sits inside an element carrying that mark's ref.
    for m in marks:
        if m.ref in kept:
            covered = "".join(visible_text(frag) for frag in _fragments(out, m.ref))
            assert covered == text[m.start:m.end]


def _fragments(markup: str, ref: str) -> list[str]:
    """The inner HTML of every element with data-ref=ref (marks nest properly)."""
    out, pos = [], 0
    opener = f'data-ref="{ref}"'
    while (i := markup.find(opener, pos)) >= 0:
        start = markup.index(">", i) + 1
        depth, j = 1, start
        while depth:
            nxt_open, nxt_close = markup.find("<mark", j), markup.find("</mark>", j)
            if 0 <= nxt_open < nxt_close:
                depth, j = depth + 1, nxt_open + 5
            else:
                depth, j = depth - 1, nxt_close + 7
        out.append(markup[start:j - 7])
        pos = j
    return out


def test_serialize_matches_record_to_dict() -> None:
    from eventwire.model import record_to_dict
    from eventwire.rows import event_rows
    from eventwire.web.serialize import to_plain

    for doc in (idlib(), lampedusa()):
        for layer in ("entities", "places", "times", "quantities", "quotes", "events"):
            for rec in getattr(doc, layer):
                assert to_plain(rec) == record_to_dict(rec)
        assert [to_plain(r) for r in event_rows(doc)] == [record_to_dict(r)
                                                         for r in event_rows(doc)]


def _with_coref(refers_to: str) -> Document:
    text = "Amal Nour left Kassala in May. She said the road took nine days."
    she = text.index("She")
    entity = Entity("e1", "Amal Nour", "PERSON", 0, 9, "Amal Nour", "c1")
    row = Coreference("r1", "She", she, she + 3, "pronoun", "c1", "e1", refers_to)
    return Document(id=content_id(text), text=text, meta=Meta(path="amal.txt"),
                    entities=(entity,), extras={"coref": (row,)})


def test_highlight_a_pronoun_shows_who_it_refers_to() -> None:
    doc = _with_coref("Amal Nour")
    out = str(render_document(doc))
    assert '<mark class="hl hl-coref" data-kind="coref" data-ref="r1" ' \
           'title="pronoun: Amal Nour"' in out
    index = annotation_index(doc)
    assert index["r1"]["layer"] == "coref" and index["r1"]["cluster"] == "c1"


def test_highlight_coref_title_is_escaped() -> None:
    out = str(render_document(_with_coref(XSS_IMG)))
    assert "<img" not in out and "onerror=&#34;" in out
