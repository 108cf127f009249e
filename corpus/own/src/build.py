"""Build own_NNN articles + gold from authoring modules batch*.py (compact notation).
Mentions are written with the trigger word in [brackets]."""
import json, re, sys, textwrap, datetime, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
WD = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]

def D(pub, spec):
    p = datetime.date.fromisoformat(pub)
    if spec is None: return None
    if isinstance(spec, tuple): return tuple(D(pub, s)[0] for s in spec)
    s = spec.lower()
    if s in WD:
        k = (p.weekday() - WD.index(s)) % 7
        d = p - datetime.timedelta(days=k); return (d.isoformat(), d.isoformat())
    if s == "today": return (pub, pub)
    if s == "yesterday":
        d = (p - datetime.timedelta(days=1)).isoformat(); return (d, d)
    if s == "lastweek":
        return ((p - datetime.timedelta(days=9)).isoformat(), pub)
    if s.startswith("-"):   # "-N": N days before
        d = (p - datetime.timedelta(days=int(s[1:]))).isoformat(); return (d, d)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", s): return (s, s)
    if re.fullmatch(r"\d{4}", s): return (s + "-01-01", s + "-12-31")
    if re.fullmatch(r"\d{4}-\d\d", s):
        y, m = map(int, s.split("-")); nd = (datetime.date(y + m // 12, m % 12 + 1, 1) - datetime.timedelta(days=1))
        return (s + "-01", nd.isoformat())
    raise ValueError(spec)

def pat(s):
    return re.compile(r"\s+".join(re.escape(w) for w in s.split()))

def find_all(text, s):
    return [m for m in pat(s).finditer(text)]

def build(art, errs):
    aid = art["id"]; pub = art["pub"]
    raw = art["text"].strip("\n")
    paras = [p.strip() for p in re.split(r"\n\s*\n", raw)]
    paras = [" ".join(p.split()) for p in paras]
    if art.get("wrap"):
        paras = [paras[0]] + [textwrap.fill(p, width=72, break_long_words=False, break_on_hyphens=False) for p in paras[1:]]
    text = "\n\n".join(paras) + "\n"
    nw = len(text.split())
    if not (120 <= nw <= 400): errs.append(f"{aid}: {nw} words")
    recs = []
    for r in art["recs"]:
        ms, ts = [], []
        for m in r["m"]:
            tr = re.findall(r"\[([^\]]+)\]", m)
            plain = m.replace("[", "").replace("]", "")
            if len(tr) != 1: errs.append(f"{aid}: trigger mark {m!r}")
            if len(plain.split()) < 3: errs.append(f"{aid}: short mention {plain!r}")
            hits = find_all(text, plain)
            if len(hits) != 1:
                errs.append(f"{aid}: mention x{len(hits)} {plain!r}"); continue
            actual = hits[0].group(0); ms.append(actual)
            t = tr[0] if tr else plain.split()[0]
            th = find_all(actual, t)
            ts.append(th[0].group(0) if th else t)
        def fix(xs):
            out = []
            for x in xs:
                h = find_all(text, x)
                if not h: errs.append(f"{aid}: arg missing {x!r}"); continue
                out.append(h[0].group(0))
            return out
        g = {"type": r["type"]}
        if r["type"] == "MOVE": g["mode"] = r.get("mode")
        g["also_types"] = r.get("also", [])
        g["acled"] = list(r["acled"]) if r.get("acled") else None
        g["mentions"] = ms; g["triggers"] = ts
        g["actor"] = fix(r.get("a", [])); g["target"] = fix(r.get("t", []))
        p = r.get("p")
        if p is None: g["place"] = None
        elif p[1] == "country": g["place"] = {"text": fix([p[0]])[0] if find_all(text, p[0]) else p[0], "kind": "country", "country": p[2]}
        else:
            pt = fix([p[0]]); g["place"] = {"text": pt[0] if pt else p[0], "lat": p[1], "lon": p[2], "country": p[3]}
        d = D(pub, r.get("d"))
        if d: g["earliest"], g["latest"] = d
        if r.get("f") is not None: g["fatalities"] = list(r["f"])
        if r.get("i") is not None: g["injured"] = list(r["i"])
        if r.get("q") is not None: g["quantity"] = list(r["q"])
        g["certainty"] = r.get("c", ["asserted"])
        g["optional"] = r.get("opt", False)
        g["note"] = r["note"]
        recs.append(g)
    gold = {"file": f"../articles/{aid}.txt", "meta": {"published": pub, "source": art["src"]},
            "events_exhaustive": True, "records": recs}
    open(f"{OUT}/articles/{aid}.txt", "w").write(text)
    json.dump(gold, open(f"{OUT}/gold/{aid}.json", "w"), indent=1, ensure_ascii=False)
    return text

if __name__ == "__main__":
    errs = []; arts = []
    for f in sorted(glob.glob(f"{HERE}/batch*.py")):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        arts += mod.ARTS
    for a in arts: build(a, errs)
    with open(f"{OUT}/published.tsv", "w") as fh:
        for a in sorted(arts, key=lambda a: a["id"]): fh.write(f"{a['id']}\t{a['pub']}\n")
    print(len(arts), "articles"); print("\n".join(errs) or "no errors")
