"""Turn annotations written as exact substrings into offsets, keeping no article text.

``python -m eventwire.learn.anchor RAW_DIR DATA_ROOT OUT_DIR``: every
``RAW_DIR/<dataset>/<id>.json`` (evaluation gold format, ``file`` relative to DATA_ROOT)
becomes ``OUT_DIR/<dataset>/<id>.json`` with mentions, triggers, actors, targets and
places as character offsets plus the article's SHA-256. Records whose mentions are not
found are reported and left out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.learn.corpus import anchor_record, text_hash


def anchor_file(raw: Path, data_root: Path, out_dir: Path) -> tuple[int, int]:
    """Convert one file; return (records kept, records left out)."""
    data = json.loads(raw.read_text(encoding="utf-8"))
    text = (data_root / data["file"]).read_text(encoding="utf-8")
    kept, lost = [], 0
    for rec in data.get("records") or []:
        anchored = anchor_record(text, rec)
        if anchored is None:
            lost += 1
            print(f"{raw}: a mention of {rec.get('type')} is not in the text; left out",
                  file=sys.stderr)
        else:
            kept.append(anchored)
    out = {"file": data["file"], "sha256": text_hash(text),
           "published": (data.get("meta") or {}).get("published"),
           "events_exhaustive": True, "records": kept}
    target = out_dir / raw.parent.name / raw.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(kept), lost


def main(argv: list[str]) -> int:
    raw_dir, data_root, out_dir = (Path(a) for a in argv)
    kept = lost = 0
    for raw in sorted(raw_dir.glob("*/*.json")):
        k, n = anchor_file(raw, data_root, out_dir)
        kept, lost = kept + k, lost + n
    print(f"{kept} records kept, {lost} left out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
