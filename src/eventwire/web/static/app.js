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
  coref: [["text", "text"], ["refers to", "refers_to"], ["kind", "kind"], ["cluster", "cluster"]],
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
  for (const other of relatedRefs(rec, ann)) {
    document.querySelectorAll(`mark[data-ref="${CSS.escape(other)}"]`).forEach(m => m.classList.add("related"));
  }
}

// The records an annotation points to: an event's place, route, time, count and quote;
// a quote's speaker; every other mention of a person's or group's cluster.
function relatedRefs(rec, ann) {
  if (rec.layer === "event") {
    const refs = [rec.place, rec.origin, rec.destination, rec.time, rec.quantity,
                  rec.attribution ? rec.attribution.quote : null, ...(rec.destinations || [])];
    return refs.filter(Boolean);
  }
  if (rec.layer === "quote" && rec.speaker_entity) return [rec.speaker_entity];
  if ((rec.layer === "coref" || rec.layer === "entity") && rec.cluster) {
    return Object.keys(ann).filter(k => (ann[k].layer === "coref" || ann[k].layer === "entity")
                                        && ann[k].cluster === rec.cluster);
  }
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

// --- the map (Leaflet + supercluster, vendored) -------------------------------------------
const PRECISION_NAMES = ["point", "admin", "country"];

function markerSize(value) { return Math.round(Math.min(46, 10 + 4 * Math.sqrt(Math.max(value, 1)))); }

function mapLegend(data, mode) {
  const ul = document.getElementById("map-legend");
  if (!ul) return;
  const idx = mode === "acled" ? 4 : 5;
  const totals = new Map();
  for (const p of data.points) totals.set(p[idx], (totals.get(p[idx]) || 0) + p[2]);
  ul.replaceChildren();
  data[mode].forEach(([name, colour], i) => {
    if (!totals.get(i)) return;
    const li = document.createElement("li");
    const sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = colour;
    li.append(sw, " " + name + " ");
    const small = document.createElement("small"); small.textContent = totals.get(i);
    li.append(small);
    ul.append(li);
  });
}

function arrowDefs(map) {
  // One SVG <marker> for the route arrows, in the overlay pane's SVG.
  const svg = map.getPanes().overlayPane.querySelector("svg");
  if (!svg || svg.querySelector("#ew-arrow")) return;
  const ns = "http://www.w3.org/2000/svg";
  const defs = document.createElementNS(ns, "defs");
  const marker = document.createElementNS(ns, "marker");
  for (const [k, v] of Object.entries({ id: "ew-arrow", viewBox: "0 0 10 10", refX: "8", refY: "5",
    markerWidth: "5", markerHeight: "5", orient: "auto-start-reverse" })) marker.setAttribute(k, v);
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M0 0L10 5L0 10z"); path.setAttribute("class", "ew-arrowhead");
  marker.append(path); defs.append(marker);
  // Diagonal hatching for events placed only to a country.
  const hatch = document.createElementNS(ns, "pattern");
  for (const [k, v] of Object.entries({ id: "ew-hatch", width: "8", height: "8",
    patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" })) hatch.setAttribute(k, v);
  const stripe = document.createElementNS(ns, "rect");
  for (const [k, v] of Object.entries({ width: "3", height: "8", class: "ew-hatch-stripe" })) stripe.setAttribute(k, v);
  hatch.append(stripe); defs.append(hatch);
  svg.prepend(defs);
}

// First-level administrative areas (states, provinces): boundary lines from zoom 5, on one
// canvas; names from zoom 6, only those in view. Both load the first time they are needed.
const ADMIN1_LINES_ZOOM = 5, ADMIN1_LABELS_ZOOM = 6, ADMIN1_MAX_LABELS = 250;

function setupAdmin1(map, el) {
  const L = window.L;
  let lines = null, labels = null, loading = null;
  // Their own pane above the land (Leaflet stacks a pane's canvas under its SVG).
  map.createPane("admin1").style.zIndex = 450;
  map.getPane("admin1").style.pointerEvents = "none";
  const names = L.layerGroup();
  const load = () => loading || (loading = Promise.all([
    fetch(el.dataset.admin1Lines).then(r => r.json()),
    fetch(el.dataset.admin1Labels).then(r => r.json()),
  ]).then(([l, n]) => {
    const rings = l.lines.map(flat => { const pts = []; for (let i = 0; i < flat.length; i += 2) pts.push([flat[i], flat[i + 1]]); return pts; });
    lines = L.polyline(rings, { renderer: L.canvas({ padding: 0.2, pane: "admin1" }), pane: "admin1",
      interactive: false, color: "#7d8490", weight: 1, opacity: 0.8, dashArray: "4 3", className: "admin1-line" });
    labels = n.labels;
    return true;
  }, () => false));  // failed (or the page is being left): no retry, no redraw
  function update() {
    const zoom = map.getZoom();
    if (zoom < ADMIN1_LINES_ZOOM) { if (lines) lines.remove(); names.remove(); return; }
    if (!lines) { load().then(ok => { if (ok) update(); }); return; }
    if (!map.hasLayer(lines)) lines.addTo(map);
    names.clearLayers();
    if (zoom < ADMIN1_LABELS_ZOOM) { names.remove(); return; }
    const b = map.getBounds();
    let shown = 0;
    for (const [lat, lon, name] of labels) {
      if (!b.contains([lat, lon]) || shown++ >= ADMIN1_MAX_LABELS) continue;
      names.addLayer(L.marker([lat, lon], { interactive: false, keyboard: false,
        icon: L.divIcon({ className: "admin1-label", html: "", iconSize: null }) })
        .on("add", e => { e.target.getElement().textContent = name; }));
    }
    names.addTo(map);
  }
  update();
  return update;
}

// The view's settings live in its URL (a link or a reload shows the same map).
function keepInUrl(name, value) {
  const params = new URLSearchParams(location.search);
  params.set(name, value);
  history.replaceState(null, "", location.pathname + "?" + params.toString());
}

async function setupMap() {
  const el = document.getElementById("map");
  if (!el || !window.L || !window.Supercluster) return;
  const started = performance.now();
  const L = window.L;
  const map = L.map(el, { minZoom: 1, maxZoom: 13, zoomSnap: 0.5, maxBounds: [[-85, -200], [85, 200]] });
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth (public domain); admin1 names: GeoNames (CC BY 4.0)");
  map.setView([20, 10], 2);
  window.ewMap = map;
  const summary = document.getElementById("map-summary");
  const [world, data] = await Promise.all([
    fetch(el.dataset.world).then(r => r.json()),
    fetch(el.dataset.src).then(r => { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); }),
  ]).catch(err => { summary.textContent = "The events could not be loaded (" + err.message + ")."; return [null, null]; });
  if (!world || !data) return;
  performance.mark("map:data");  // marks: where a slow first draw spends its time
  const countryLayers = new Map();
  L.geoJSON(world, { style: { className: "land", weight: 0.6 }, interactive: false,
    onEachFeature: (f, layer) => { if (f.properties.iso) countryLayers.set(f.properties.iso, layer); } }).addTo(map);
  arrowDefs(map);
  const labels = L.layerGroup();
  for (const f of world.features) {
    if (!f.properties.label || !f.properties.name) continue;
    labels.addLayer(L.marker(f.properties.label, { interactive: false, keyboard: false,
      icon: L.divIcon({ className: "country-label", html: "", iconSize: null }) })
      .on("add", e => { e.target.getElement().textContent = f.properties.name; }));
  }

  const params = new URLSearchParams(location.search);
  let mode = params.get("colour") || data.mode;
  let sizeBy = params.get("size") || "count";
  const layers = { points: L.layerGroup(), areas: L.layerGroup(), flows: L.layerGroup() };
  const shown = name => document.querySelector(`[data-map-layer="${name}"]`)?.checked !== false;

  // Every dot or area has a popup (so Enter opens it too); its events load when it opens.
  const popup = (lat, lon, target) => {
    target.bindPopup("Loading…", { maxWidth: 360, minWidth: 240, maxHeight: 320, autoPanPadding: [20, 20] });
    target.on("popupopen", async () => {
      if (target.ewLoaded) return;
      const sep = el.dataset.popup.includes("?") ? "&" : "?";
      const resp = await fetch(`${el.dataset.popup}${sep}lat=${lat}&lon=${lon}`);
      target.ewLoaded = resp.ok;
      target.setPopupContent(resp.ok ? await resp.text() : "The events could not be loaded.");
    });
  };
  const categoryOf = p => (mode === "acled" ? p[4] : p[5]);
  const colourOf = p => data[mode][categoryOf(p)][1];
  const sizeOf = p => (sizeBy === "fatalities" ? (p[3] || 0) : p[2]);

  // Clustering (supercluster): a spatial index of the town- and admin-level points,
  // queried for the clusters in view at each zoom; only what is in view is drawn.
  let index = null;
  function buildIndex() {
    index = new window.Supercluster({ radius: 60, maxZoom: 12, minPoints: 2,
      map: props => ({ v: props.v, n: props.n }), reduce: (acc, props) => { acc.v += props.v; acc.n += props.n; } });
    const features = [];
    data.points.forEach((p, i) => {
      if (p[6] === 2) return;  // country-level: drawn as the country
      features.push({ type: "Feature", geometry: { type: "Point", coordinates: [p[1], p[0]] },
        properties: { i, v: sizeOf(p), n: p[2] } });
    });
    index.load(features);
  }

  function pointMarker(p) {
    const [lat, lon, n, dead, , , prec, iso, name] = p;
    const size = markerSize(sizeOf(p));
    const label = `${name || "unnamed place"}${iso ? " (" + iso + ")" : ""}: ${n} event${n === 1 ? "" : "s"}` +
      `${dead ? ", " + dead + " killed" : ""}, ${PRECISION_NAMES[prec]} precision`;
    const m = L.marker([lat, lon], { title: label, alt: label, keyboard: true, riseOnHover: true,
      icon: L.divIcon({ className: "ew-dot ew-" + PRECISION_NAMES[prec], iconSize: [size, size],
        html: `<span class="ew-${mode}-${categoryOf(p)}"></span>` }) });
    popup(lat, lon, m);
    return m;
  }

  // Markers already on the map stay (an open popup survives a pan); others come and go.
  let drawn = new Map();
  function render() {
    if (!index) return;
    const b = map.getBounds();
    const zoom = Math.round(map.getZoom());
    const found = index.getClusters([Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()), Math.min(85, b.getNorth())], zoom);
    const next = new Map();
    for (const c of found) {
      const key = c.properties.cluster ? "c" + c.id : "p" + c.properties.i;
      const kept = drawn.get(key);
      if (kept) { next.set(key, kept); drawn.delete(key); continue; }
      const [lon, lat] = c.geometry.coordinates;
      const made = [];
      if (!c.properties.cluster) {
        const p = data.points[c.properties.i];
        if (p[6] === 1) {  // an admin area: a dashed ring of ~40 km around the dot
          made.push(L.circle([lat, lon], { radius: 40000, className: "admin-area", color: colourOf(p),
            fillColor: colourOf(p), fillOpacity: 0.15, weight: 1.5, dashArray: "4 4", interactive: false }));
        }
        made.push(pointMarker(p));
      } else {
        const total = Math.round(c.properties.v);
        const size = markerSize(total) + 8;
        const what = sizeBy === "fatalities" ? "deaths" : "events";
        const label = `${total} ${what} in ${c.properties.point_count} places: Enter or click to zoom in`;
        const m = L.marker([lat, lon], { title: label, alt: label, keyboard: true,
          icon: L.divIcon({ className: "ew-cluster", iconSize: [size, size], html: `<span>${total}</span>` }) });
        m.on("click", () => map.setView([lat, lon], Math.min(index.getClusterExpansionZoom(c.id), 13)));
        made.push(m);
      }
      made.forEach(l => layers.points.addLayer(l));
      next.set(key, made);
    }
    for (const gone of drawn.values()) gone.forEach(l => layers.points.removeLayer(l));
    drawn = next;
  }

  function drawCountries() {
    layers.areas.clearLayers();
    const countries = new Map();
    for (const p of data.points) {
      if (p[6] !== 2) continue;
      const c = countries.get(p[7]) || { n: 0, lat: p[0], lon: p[1], colour: colourOf(p) };
      c.n += p[2]; countries.set(p[7], c);
    }
    for (const [iso, c] of countries) {
      const layer = countryLayers.get(iso);
      const text = `${iso}: ${c.n} event${c.n === 1 ? "" : "s"} placed only to the country`;
      const area = layer
        ? L.geoJSON(layer.toGeoJSON(), { style: { className: "country-area", color: c.colour, weight: 1.5, fillColor: c.colour, fillOpacity: 0.25 } })
        : L.circle([c.lat, c.lon], { radius: 250000, className: "country-area", color: c.colour, dashArray: "2 6" });
      area.bindTooltip(text, { sticky: true });
      popup(c.lat, c.lon, area);
      layers.areas.addLayer(area);
    }
  }

  function drawFlows() {
    layers.flows.clearLayers();
    for (const [olat, olon, dlat, dlon, n, oname, dname] of data.flows) {
      const line = L.polyline([[olat, olon], [dlat, dlon]], { className: "flow", color: "#0072B2",
        weight: Math.min(8, 1.5 + Math.log2(n + 1)), opacity: 0.8 });
      line.bindTooltip(`${oname || "?"} → ${dname || "?"}: ${n} MOVE event${n === 1 ? "" : "s"}`, { sticky: true });
      line.on("add", () => { arrowDefs(map); line.getElement()?.setAttribute("marker-end", "url(#ew-arrow)"); });
      layers.flows.addLayer(line);
    }
  }

  function redraw() {
    layers.points.clearLayers(); drawn = new Map();
    buildIndex(); drawCountries(); render(); mapLegend(data, mode);
  }

  performance.mark("map:world");
  buildIndex();
  performance.mark("map:index");
  drawCountries();
  drawFlows();
  for (const name of ["areas", "points", "flows"]) if (shown(name)) layers[name].addTo(map);
  if (data.bounds) map.fitBounds(data.bounds, { padding: [30, 30], maxZoom: 6, animate: false });
  const showLabels = () => { if (map.getZoom() >= 3) labels.addTo(map); else labels.remove(); };
  const admin1 = setupAdmin1(map, el);
  map.on("moveend", () => { render(); showLabels(); admin1(); });
  performance.mark("map:fit");
  render(); showLabels(); mapLegend(data, mode);
  performance.mark("map:drawn");
  summary.textContent = `${data.total} events${data.capped ? " (the first " + data.total + " matching: narrow the filters to see the rest)" : ""}, ` +
    `${data.located} on the map, ${data.flows.length} routes.`;
  for (const input of document.querySelectorAll('input[name="colour-by"]')) {
    input.checked = input.value === mode;
    input.addEventListener("change", () => { mode = input.value; keepInUrl("colour", mode); redraw(); });
  }
  for (const input of document.querySelectorAll('input[name="size-by"]')) {
    input.checked = input.value === sizeBy;
    input.addEventListener("change", () => { sizeBy = input.value; keepInUrl("size", sizeBy); redraw(); });
  }
  for (const box of document.querySelectorAll("input[data-map-layer]")) {
    box.addEventListener("change", () => {
      const layer = layers[box.dataset.mapLayer];
      if (box.checked) layer.addTo(map); else map.removeLayer(layer);
    });
  }
  el.dataset.ready = String(Math.round(performance.now() - started));
  el.classList.add("ready");
}

// --- the timeline's brush: drag across the bars to filter by that period -------------------
function setupBrush() {
  const svg = document.querySelector("svg.timeline[data-first]");
  if (!svg) return;
  const brush = svg.querySelector("rect.brush");
  const first = new Date(svg.dataset.first + "T00:00:00Z");
  const left = Number(svg.dataset.left), bar = Number(svg.dataset.bar), weeks = Number(svg.dataset.weeks);
  const toX = evt => {
    const pt = svg.createSVGPoint(); pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse()).x;
  };
  const weekAt = x => Math.max(0, Math.min(weeks - 1, Math.floor((x - left) / bar)));
  const day = (w, extra) => new Date(first.getTime() + (w * 7 + extra) * 86400000).toISOString().slice(0, 10);
  let start = null;
  svg.addEventListener("pointerdown", e => { start = toX(e); svg.setPointerCapture(e.pointerId); brush.setAttribute("x", start); brush.setAttribute("width", 0); });
  svg.addEventListener("pointermove", e => {
    if (start === null) return;
    const x = toX(e);
    brush.setAttribute("x", Math.min(start, x)); brush.setAttribute("width", Math.abs(x - start));
  });
  svg.addEventListener("pointerup", e => {
    if (start === null) return;
    const x = toX(e), a = weekAt(Math.min(start, x)), b = weekAt(Math.max(start, x));
    start = null;
    if (Math.abs(b - a) < 1 && Math.abs(x - Number(brush.getAttribute("x"))) < 3) { brush.setAttribute("width", 0); return; }
    const params = new URLSearchParams(location.search);
    params.set("since", day(a, 0)); params.set("until", day(b, 6)); params.delete("offset");
    location.search = params.toString();
  });
}

document.addEventListener("DOMContentLoaded", () => { setupArticle(); setupLayers(); setupMap(); setupBrush(); });
