"""Attack rows whose own clauses name no doer take the attackers their story names."""

from __future__ import annotations

import pytest


def _assaults(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "ASSAULT"]


def test_perpetrators_subject_of_the_sentence_before(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen stormed a guesthouse in Kismayo late on Friday. Two guards were killed "
            "and a cook was wounded, police said.")
    events, _ = records(text)
    rows = [e for e in _assaults(events) if e.actor is not None]
    assert rows and all(e.actor.text == "Gunmen" for e in rows)


@pytest.mark.parametrize(("text", "actor"), [
    ("Sunday's attack on the market in Lyon killed four people.\n"
     "The ringleader of the attack had been questioned by police last year, the prosecutor "
     "said.", "The ringleader"),
    ("Bombs exploded at a bus station and a market in Quetta on Tuesday, killing eleven "
     "people.\nThe Provisional IRA accepted responsibility for the bombings in a statement.",
     "The Provisional IRA"),
    ("A car bomb killed nine soldiers at a checkpoint in Mogadishu on Friday, police said.",
     None),
    ("A bomb exploded at a bus station in Quetta on Tuesday, killing eleven people.\n"
     "The Baloch Liberation Army claimed responsibility in a statement, but the Pakistani "
     "Taliban also claimed responsibility for the blast.", None),
])
def test_perpetrators_from_the_story(records, text: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    # the ringleader 'of' the attack; the one group that claimed it; a bomb is never the
    # attacker; two claimants name no one
    rows = _assaults(records(text)[0])
    assert rows
    if actor is None:
        assert all(e.actor is None for e in rows)
    else:
        assert rows[0].actor is not None and rows[0].actor.text.startswith(actor)


def test_perpetrators_a_victim_is_never_the_attacker(records) -> None:  # type: ignore[no-untyped-def]
    text = ("Soldiers shot dead two militants at a checkpoint near Bannu on Monday, the army "
            "said.")
    events, _ = records(text)
    rows = _assaults(events)
    assert rows and all(e.actor is None or "militants" not in e.actor.text for e in rows)
