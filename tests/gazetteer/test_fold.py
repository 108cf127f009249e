"""Name keys: folding and consonant skeletons."""

from __future__ import annotations

import pytest

from eventwire.gazetteer.fold import (
    fold_key,
    skeleton_key,
    strip_article,
    variant_key,
    variant_worthy,
)


def test_fold_key_ignores_case_diacritics_and_separators() -> None:
    assert fold_key("Deir ez-Zor") == fold_key("deir EZ zor") == "deir ez zor"
    assert fold_key("Şan‘ā’") == "sana"
    assert fold_key("St. Louis") == "st louis"


def test_strip_article_drops_arabic_article_only() -> None:
    assert strip_article("al bab") == "bab"
    assert strip_article("ar raqqah") == "raqqah"
    assert strip_article("alabama") == "alabama"


@pytest.mark.parametrize(("variant", "standard"), [
    ("Minbij", "Manbij"), ("Deir Azzour", "Deir ez-Zor"), ("Raqqah", "Raqqa"),
    ("Kismaayo", "Kismayo"), ("Hodeidah", "Al-Hudaydah"),
])
def test_skeleton_key_joins_transliteration_variants(variant: str, standard: str) -> None:
    assert skeleton_key(variant) == skeleton_key(standard) != ""


@pytest.mark.parametrize(("a", "b"), [("Ghouta", "Goyty"), ("Manbij", "Mosul"), ("Paris", "Peru"),
                                       ("Cauvery", "Kovur")])
def test_skeleton_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert skeleton_key(a) != skeleton_key(b)


def test_skeleton_key_refuses_short_names() -> None:
    assert skeleton_key("Bab") == ""
    assert skeleton_key("Of") == ""


@pytest.mark.parametrize(("a", "b"), [
    ("Beled Weyne", "Beledweyne"), ("Kamishli", "Qamishli"), ("Tal Rifaat", "Tall Rif‘at"),
    ("Kismaayo", "Kismayo"), ("Raqqah", "Raqqa"), ("Deir al-Balah", "Deir el-Balah"),
    ("Boosaaso", "Bosaso"), ("Khan Younis", "Khan Yunis"), ("Hawijah", "Hawija"),
    ("Jisr al-Shughour", "Jisr ash Shughūr"), ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
])
def test_variant_key_joins_transliterations(a: str, b: str) -> None:
    assert variant_key(a) == variant_key(b) != ""


@pytest.mark.parametrize(("a", "b"), [
    ("Manbij", "Minbij"), ("Mosul", "Mawsil"), ("Paris", "Perris"), ("Kano", "Kona"),
])
def test_variant_key_keeps_vowels_apart(a: str, b: str) -> None:
    assert variant_key(a) != variant_key(b)  # vowel changes are the skeleton's job


def test_variant_worthy_skips_acronyms_and_short_names() -> None:
    assert variant_worthy("Beled Weyne") and variant_worthy("Kamishli")
    assert not variant_worthy("NAFTA") and not variant_worthy("Gao")
