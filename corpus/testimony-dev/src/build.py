#!/usr/bin/env python3
"""Write articles/, gold/, published.tsv and split.tsv from the batch files (standard library only).

Every article is our own writing (fictional private people, real places). Each gold quote
fragment must occur exactly once in its article and lie inside quotation marks; each gold
time text must occur in the article. Run from anywhere: ``python3 corpus/testimony-dev/src/build.py``.
Exit status 1 when a check fails (nothing is written then).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from batch_a import ARTS as A  # noqa: E402
from batch_b import ARTS as B  # noqa: E402
from batch_c import ARTS as C  # noqa: E402

ARTICLES = A + B + C
#: One article in three (every third id) is held out: measured, never tuned on.
HELD_OUT_EVERY = 3


def norm(s: str) -> str:
    table = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
    return " ".join(s.translate(table).split())


def _inside_quotes(raw: str, fragment: str) -> bool:
    """True when ``fragment`` lies inside double quotation marks; a paragraph that leaves a
    quote open continues it when the next paragraph opens with a mark (newspaper style)."""
    raw_lines = [norm(line).replace('"', "\x00") for line in raw.split("\n") if line.strip()]
    target = norm(fragment)
    is_open = False
    for line in raw_lines:
        marks = [i for i, ch in enumerate(line) if ch == "\x00"]
        if is_open and marks and marks[0] == 0:
            marks = marks[1:]
        else:
            is_open = False
        at = line.replace("\x00", '"').find(target)
        if at >= 0:
            return (sum(1 for m in marks if m < at) + is_open) % 2 == 1
        is_open = (len(marks) + is_open) % 2 == 1
    return False


def check(art: dict) -> list[str]:
    errs: list[str] = []
    text = norm(art["text"])
    for q in art["quotes"]:
        frag = norm(q["contains"])
        n = text.count(frag)
        if n != 1:
            errs.append(f"{art['id']}: quote fragment occurs {n} times: {frag!r}")
            continue
        if not _inside_quotes(art["text"], q["contains"]):
            errs.append(f"{art['id']}: quote fragment not inside quotation marks: {frag!r}")
    for t in art["times"]:
        if norm(t["text"]) not in text:
            errs.append(f"{art['id']}: time text not in article: {t['text']!r}")
        if t["earliest"] > t["latest"]:
            errs.append(f"{art['id']}: time interval backwards: {t['text']!r}")
    return errs


def gold_of(art: dict) -> dict:
    return {
        "file": f"../articles/{art['id']}.txt",
        "meta": {"published": art["pub"], "source": art["src"]},
        "times": art["times"],
        "quotes": art["quotes"],
    }


def main() -> int:
    errs = [e for art in ARTICLES for e in check(art)]
    ids = [a["id"] for a in ARTICLES]
    if len(set(ids)) != len(ids):
        errs.append("duplicate article ids")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        return 1
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    pub_lines, split_lines = [], []
    for n, art in enumerate(ARTICLES, start=1):
        (ROOT / "articles" / f"{art['id']}.txt").write_text(art["text"].strip() + "\n",
                                                            encoding="utf-8")
        (ROOT / "gold" / f"{art['id']}.json").write_text(
            json.dumps(gold_of(art), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        pub_lines.append(f"{art['id']}\t{art['pub']}")
        split_lines.append(f"{art['id']}\t{'heldout' if n % HELD_OUT_EVERY == 0 else 'dev'}")
    (ROOT / "published.tsv").write_text("\n".join(pub_lines) + "\n", encoding="utf-8")
    (ROOT / "split.tsv").write_text("\n".join(split_lines) + "\n", encoding="utf-8")
    nq = sum(len(a["quotes"]) for a in ARTICLES)
    nt = sum(len(a["times"]) for a in ARTICLES)
    print(f"{len(ARTICLES)} articles, {nq} quotes, {nt} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
