"""The trigger lexicon: data, not code."""

from __future__ import annotations

import pytest

from eventwire.errors import ResourceMissingError
from eventwire.eventing.lexicon import EVENT_TYPES, MOVE_MODES, Lexicon, load_lexicon, parse_line


def test_lexicon_loads_bundled_data_with_every_type() -> None:
    lex = load_lexicon()
    types = {s.type for lemma in ("kill", "flee", "arrest", "agree", "urge", "protest")
             for s in lex.senses(lemma, "VERB")}
    assert {"ASSAULT", "MOVE", "COERCE", "AGREE", "REQUEST", "PROTEST"} <= types
    assert len(lex) > 250


def test_lexicon_move_modes_are_the_contracts() -> None:
    lex = load_lexicon()
    modes = {s.mode for lemma in ("cross", "flee", "defect", "return", "relocate", "smuggle",
                                  "mass", "deport") for s in lex.senses(lemma, "VERB")}
    assert modes <= MOVE_MODES | {None}
    assert {"cross_border", "flee", "defect", "gather", "deport"} <= modes


def test_lexicon_tries_conditioned_senses_first() -> None:
    lex = Lexicon([parse_line("attack\tVN\tASSAULT\tother"),
                   parse_line("attack\tV\tACCUSE\t-\tobj=policy")])
    assert lex.senses("attack", "VERB")[0].type == "ACCUSE"
    assert lex.senses("attack", "NOUN")[0].type == "ASSAULT"


def test_lexicon_parses_options() -> None:
    sense = parse_line("call\tV\tREQUEST\t-\twith=for|on embeds w=0.6")
    assert sense.with_ == {"for", "on"} and sense.embeds and sense.weight == 0.6
    assert parse_line("return\tVN\tMOVE\treturn\tneeds=destination").needs_destination


def test_lexicon_rejects_unknown_type(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "t.tsv"
    bad.write_text("kill\tV\tMURDER\t-\n", encoding="utf-8")
    with pytest.raises(ResourceMissingError, match="unknown type"):
        load_lexicon(bad)


def test_lexicon_types_are_plover_plus_move() -> None:
    assert len(EVENT_TYPES) == 17 and "MOVE" in EVENT_TYPES


def test_lexicon_not_option_rules_a_sense_out() -> None:
    from eventwire.eventing.lexicon import parse_line
    sense = parse_line("meet\tV\tCONSULT\tmeet\tnot=need|deadline")
    assert sense.not_obj == frozenset({"need", "deadline"}) and sense.type == "CONSULT"
