#!/usr/bin/env python3
"""Check own/ gold files against their articles (standard library only).

For every gold/*.json: each mention occurs exactly once in the article and has 3+ words;
"triggers" is parallel to "mentions" and each trigger occurs inside its mention; every
actor / target / place text occurs in the article; required fields are present and sane.
Also checks published.tsv against gold meta and article word counts (120-400).
Exit status 1 when anything fails."""
import json, glob, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "MOVE"}
MODES = {"cross_border", "flee", "defect", "return", "relocate", "smuggle", "gather", "deport"}
CERT = {"confirmed", "asserted", "claimed", "believed", "denied", "hypothetical"}


def main():
    errs = []
    pub = {}
    tsv = os.path.join(HERE, "published.tsv")
    if os.path.exists(tsv):
        for line in open(tsv, encoding="utf-8"):
            if line.strip():
                k, v = line.rstrip("\n").split("\t")
                pub[k] = v
    else:
        errs.append("published.tsv missing")
    files = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
    nrec = 0
    for gf in files:
        name = os.path.basename(gf)[:-5]
        g = json.load(open(gf, encoding="utf-8"))
        art = os.path.normpath(os.path.join(os.path.dirname(gf), g["file"]))
        if not os.path.exists(art):
            errs.append(f"{name}: article missing {g['file']}"); continue
        text = open(art, encoding="utf-8").read()
        nw = len(text.split())
        if not 120 <= nw <= 400:
            errs.append(f"{name}: {nw} words")
        if g.get("events_exhaustive") is not True:
            errs.append(f"{name}: events_exhaustive not true")
        p = g.get("meta", {}).get("published")
        if pub.get(name) != p:
            errs.append(f"{name}: published.tsv {pub.get(name)} != meta {p}")
        for i, r in enumerate(g["records"]):
            nrec += 1
            tag = f"{name} #{i} {r.get('type')}"
            if r.get("type") not in TYPES: errs.append(f"{tag}: bad type")
            if r.get("type") == "MOVE" and r.get("mode") not in MODES: errs.append(f"{tag}: bad mode")
            for t in r.get("also_types", []):
                if t not in TYPES: errs.append(f"{tag}: bad also_type {t}")
            ms, ts = r.get("mentions", []), r.get("triggers", [])
            if not ms: errs.append(f"{tag}: no mentions")
            if len(ms) != len(ts): errs.append(f"{tag}: {len(ms)} mentions vs {len(ts)} triggers")
            for m, t in zip(ms, ts):
                c = text.count(m)
                if c != 1: errs.append(f"{tag}: mention occurs {c}x: {m!r}")
                if len(m.split()) < 3: errs.append(f"{tag}: mention < 3 words: {m!r}")
                if t not in m: errs.append(f"{tag}: trigger {t!r} not in {m!r}")
            for key in ("actor", "target"):
                for x in r.get(key, []):
                    if x not in text: errs.append(f"{tag}: {key} not in text: {x!r}")
            pl = r.get("place")
            if pl:
                if pl["text"] not in text: errs.append(f"{tag}: place not in text: {pl['text']!r}")
                if pl.get("kind") != "country":
                    if not (-90 <= pl.get("lat", 999) <= 90 and -180 <= pl.get("lon", 999) <= 180):
                        errs.append(f"{tag}: bad lat/lon")
            for k in ("earliest", "latest"):
                if k in r: datetime.date.fromisoformat(r[k])
            if ("earliest" in r) != ("latest" in r) or ("earliest" in r and r["earliest"] > r["latest"]):
                errs.append(f"{tag}: bad date interval")
            for k in ("fatalities", "injured"):
                if k in r and not (len(r[k]) == 2 and 0 <= r[k][0] <= r[k][1]):
                    errs.append(f"{tag}: bad {k} {r[k]}")
            if not r.get("certainty") or any(c not in CERT for c in r["certainty"]):
                errs.append(f"{tag}: bad certainty")
            a = r.get("acled")
            if a is not None and len(a) != 2: errs.append(f"{tag}: bad acled")
    for k in pub:
        if not os.path.exists(os.path.join(HERE, "gold", k + ".json")):
            errs.append(f"published.tsv: no gold for {k}")
    print(f"{len(files)} gold files, {nrec} records, {len(errs)} problems")
    for e in errs: print("  " + e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
