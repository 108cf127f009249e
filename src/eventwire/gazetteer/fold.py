"""Name keys: diacritic folding and consonant skeletons for transliteration variants.

``fold_key`` makes spellings that differ only in case, diacritics, hyphens and
apostrophes equal ("Deir ez-Zor" == "deir ez zor", "Şan‘ā’" == "sana").
``skeleton_key`` goes further for names transliterated from Arabic, Somali and
similar scripts, whose vowels and doubled letters vary between writers: it
drops a leading article, the vowels after the first letter and a word-final
"h", and merges letters that transliterate the same sound, so that Minbij and
Manbij, Raqqah and Raqqa, Kismaayo and Kismayo, Hodeidah and Al-Hudaydah, and
Deir Azzour and Deir ez-Zor share a key.
``variant_key`` sits between the two: it keeps the vowels but forgets what
transliterations disagree on (articles al-/el-/as-/ad-, doubled letters, -iyah/-iya,
ou/u, k/q, c/k, dh/d, w/v, spaces), so "Beled Weyne" meets "Beledweyne", "Kamishli"
"Qamishli", "Tal Rifaat" "Tall Rif'at" and "Kismaayo" "Kismayo", without the
collisions a skeleton makes. Callers look it up only when no exact key matched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_APOSTROPHES = re.compile(r"[\'\u2018\u2019\u02bc\u02bb\u02be\u02bf`\u00b4]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/]+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_ARTICLE = re.compile(r"^(?:a[lnrsdtz]|e[lnrsdtz]|ad[hd]|ash|esh|ath|ul|ud|ur|as[sz])\s+")
_MID_ARTICLE = re.compile(r"\s(?:a[lnrsdtz]|e[lnrsdtz]|ash|esh|ul|ud|ur)\s")
_JOINED_ARTICLE = re.compile(r"\b(?:a|e|u)([dlnrstz])\1")
_SKELETON_MAP = str.maketrans({"q": "k", "c": "k", "w": "", "y": "", "v": "f", "p": "b"})
_HEAD_MAP = str.maketrans({"q": "k", "c": "k"})
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
             ("ph", "f"), ("ou", "u"), ("ee", "i"), ("oo", "u"))
_VOWELS = re.compile(r"[aeiou]+")
_DOUBLES = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_FINAL_Y = re.compile(r"(?<=[a-z])y\b")  # a final vowel sound: Cauvery is not Kovur


@lru_cache(maxsize=65536)
def fold_key(name: str) -> str:
    """Lower-case ASCII form of a name with separators and punctuation normalised."""
    text = unicodedata.normalize("NFC", name)
    text = _APOSTROPHES.sub("", text)
    text = anyascii(text).lower()
    text = text.replace("&", " and ").replace(".", "")
    text = _SEPARATORS.sub(" ", text)
    text = _NON_WORD.sub("", text)
    return " ".join(text.split())


def strip_article(key: str) -> str:
    """Drop a leading Arabic-style article from a folded key ("al bab" -> "bab")."""
    stripped = _ARTICLE.sub("", key)
    return stripped if len(stripped) >= 3 else key


_VARIANT_ARTICLES = re.compile(r"(?:^|\s)(?:a[lnrsdtz]|e[lnrsdtz]|ash|esh|ul|ud|ur)\s")
_VARIANT_ENDINGS = ((re.compile(r"iy+(?:a|e)h?\b"), "ia"), (re.compile(r"(?<=[aeiou])h\b"), ""),
                    (re.compile(r"eh\b"), "e"))
_VARIANT_PAIRS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("ph", "f"), ("ou", "u"), ("oo", "u"),
                  ("ee", "i"), ("ck", "k"), ("q", "k"), ("w", "v"), ("y", "i"))
_C_AS_K = re.compile(r"c(?![hei])")


@lru_cache(maxsize=65536)
def variant_key(name: str) -> str:
    """A name's key with the differences between transliterations taken out (see the
    module docstring); "" for names too short to compare safely (under four letters)."""
    key = f" {fold_key(name)} "
    key = _VARIANT_ARTICLES.sub(" ", _VARIANT_ARTICLES.sub(" ", key))  # twice: "al as"
    key = _JOINED_ARTICLE.sub(r"\1", key.strip())
    for pattern, repl in _VARIANT_ENDINGS:
        key = pattern.sub(repl, key)
    key = _DOUBLES.sub(r"\1", key)  # "Boosaaso" -> "bosaso" before "oo" reads as "u"
    for digraph, single in _VARIANT_PAIRS:
        key = key.replace(digraph, single)
    key = _DOUBLES.sub(r"\1", _C_AS_K.sub("k", key).replace(" ", ""))
    return key if len(key) >= 4 else ""


def variant_worthy(text: str) -> bool:
    """Whether a name as written is long enough, and no acronym ("NAFTA", "AMLO"), to be
    looked up by its spelling variants."""
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 5 and not (text.isupper() and " " not in text.strip())


@lru_cache(maxsize=65536)
def skeleton_key(name: str) -> str:
    """Consonant skeleton of a name: first letter, consonants, each vowel run as "V".

    Returns "" for names too short to compare safely (fewer than two consonants
    or four symbols), because short skeletons collide with unrelated names.
    """
    key = _MID_ARTICLE.sub(" ", strip_article(fold_key(name)))
    key = _JOINED_ARTICLE.sub(r"\1", key)  # "deir azzour" -> "deir zour"
    key = _FINAL_Y.sub("Y", _FINAL_H.sub("", key))
    for digraph, single in _DIGRAPHS:
        key = key.replace(digraph, single)
    key = key.replace(" ", "")
    if not key:
        return ""
    head = key[0].translate(_HEAD_MAP)
    tail = _VOWELS.sub("V", _DOUBLES.sub(r"\1", key[1:].translate(_SKELETON_MAP)))
    skeleton = _DOUBLES.sub(r"\1", head + tail)
    consonants = sum(ch not in "aeiouV" for ch in skeleton)
    return skeleton if consonants >= 2 and len(skeleton) >= 4 else ""
