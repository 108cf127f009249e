// eventwire: small progressive enhancements. Every page works without this file.
"use strict";

function readAnnotations() {
  const el = document.getElementById("annotations");
  if (!el) return {};
  try { return JSON.parse(el.textContent); } catch (e) { return {}; }
}

function fmt(v) {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return String(Math.round(v * 1000) / 1000);
  if (typeof v === "object") return null;
  return String(v);
}

// What to show for each kind of annotation: [label, field] pairs.
const FIELDS = {
  entity: [["text", "text"], ["label", "label"], ["canonical", "canonical"], ["cluster", "cluster"]],
  place: [["text", "text"], ["name", "name"], ["kind", "kind"], ["country", "country"], ["admin1", "admin1"],
          ["lat", "lat"], ["lon", "lon"], ["geonames", "geonames_id"], ["confidence", "confidence"]],
  time: [["text", "text"], ["earliest", "earliest"], ["latest", "latest"], ["precision", "precision"]],
  quantity: [["text", "text"], ["low", "low"], ["best", "best"], ["high", "high"], ["unit", "unit"],
             ["object", "object"], ["per", "per"], ["approximate", "approximate"]],
  quote: [["speaker", "speaker"], ["description", "speaker_description"], ["anonymous", "anonymous"],
          ["cue", "cue"], ["text", "text"]],
  event: [["type", "type"], ["mode", "mode"], ["trigger", "trigger.text"], ["actor", "actor.text"],
          ["target", "target.text"], ["source", "attribution.source"], ["source kind", "attribution.source_kind"],
          ["certainty", "attribution.certainty"], ["confidence", "confidence"]],
};

function pick(rec, path) {
  return path.split(".").reduce((o, k) => (o === null || o === undefined ? null : o[k]), rec);
}

function showDetail(ann, ref) {
  const rec = ann[ref];
  const dl = document.getElementById("detail-fields");
  if (!rec || !dl) return;
  dl.replaceChildren();
  const add = (k, v) => {
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    dl.append(dt, dd);
  };
  add("kind", rec.layer + " " + ref);
  for (const [label, path] of FIELDS[rec.layer] || []) {
    const v = fmt(pick(rec, path));
    if (v !== null) add(label, v);
  }
  for (const key of ["place", "origin", "destination", "time", "quantity"]) {
    const linked = rec.layer === "event" && rec[key] ? ann[rec[key]] : null;
    if (linked) add(key, linked.name || linked.text);
  }
  document.querySelectorAll("mark.hl.active, .event.active, mark.hl.related")
    .forEach(m => m.classList.remove("active", "related"));
  document.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`).forEach(m => m.classList.add("active"));
  for (const other of relatedRefs(rec)) {
    document.querySelectorAll(`mark[data-ref="${CSS.escape(other)}"]`).forEach(m => m.classList.add("related"));
  }
}

// The records an annotation points to: an event's place, route, time, count and quote;
// a quote's speaker.
function relatedRefs(rec) {
  if (rec.layer === "event") {
    const refs = [rec.place, rec.origin, rec.destination, rec.time, rec.quantity,
                  rec.attribution ? rec.attribution.quote : null, ...(rec.destinations || [])];
    return refs.filter(Boolean);
  }
  if (rec.layer === "quote" && rec.speaker_entity) return [rec.speaker_entity];
  return [];
}

function setupArticle() {
  const text = document.getElementById("text");
  if (!text) return;
  const ann = readAnnotations();
  const target = e => e.target.closest("mark.hl");
  text.addEventListener("click", e => { const m = target(e); if (m) showDetail(ann, m.dataset.ref); });
  text.addEventListener("mouseover", e => { const m = target(e); if (m) showDetail(ann, m.dataset.ref); });
  text.addEventListener("keydown", e => {
    const m = target(e); if (m && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); showDetail(ann, m.dataset.ref); }
  });
  document.querySelectorAll(".event[data-ref]").forEach(li => {
    li.addEventListener("click", () => {
      showDetail(ann, li.dataset.ref);
      const m = text.querySelector(`mark[data-ref="${CSS.escape(li.dataset.ref)}"]`);
      if (m) m.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  });
  document.querySelectorAll("input[data-kind-toggle]").forEach(box => {
    box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.kindToggle, !box.checked));
  });
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash && ann[hash]) {
    showDetail(ann, hash);
    const m = text.querySelector(`mark[data-ref="${CSS.escape(hash)}"]`);
    if (m) m.scrollIntoView({ block: "center" });
  }
}

function setupLayers() {
  document.querySelectorAll("input[data-layer-toggle]").forEach(box => {
    box.addEventListener("change", () => document.body.classList.toggle("hide-layer-" + box.dataset.layerToggle, !box.checked));
  });
}

document.addEventListener("DOMContentLoaded", () => { setupArticle(); setupLayers(); });
