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

// --- the map (Leaflet + markercluster, vendored) ------------------------------------------
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
  marker.append(path); defs.append(marker); svg.prepend(defs);
}

async function setupMap() {
  const el = document.getElementById("map");
  if (!el || !window.L) return;
  const started = performance.now();
  const L = window.L;
  const map = L.map(el, { worldCopyJump: false, minZoom: 1, maxZoom: 12, zoomSnap: 0.5,
    maxBounds: [[-85, -200], [85, 200]], preferCanvas: false, attributionControl: true });
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth (public domain)");
  map.setView([20, 10], 2);
  window.ewMap = map;
  const summary = document.getElementById("map-summary");
  const [world, data] = await Promise.all([
    fetch(el.dataset.world).then(r => r.json()),
    fetch(el.dataset.src).then(r => { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); }),
  ]).catch(err => { summary.textContent = "The events could not be loaded (" + err.message + ")."; return [null, null]; });
  if (!world || !data) return;
  const countryLayers = new Map();
  const land = L.geoJSON(world, { style: { className: "land", weight: 0.6 }, interactive: false,
    onEachFeature: (f, layer) => { if (f.properties.iso) countryLayers.set(f.properties.iso, layer); } }).addTo(map);
  const labels = L.layerGroup();
  for (const f of world.features) {
    if (!f.properties.label || !f.properties.name) continue;
    labels.addLayer(L.marker(f.properties.label, { interactive: false, keyboard: false,
      icon: L.divIcon({ className: "country-label", html: "", iconSize: null }) })
      .on("add", e => { e.target.getElement().textContent = f.properties.name; }));
  }
  const showLabels = () => { if (map.getZoom() >= 3) labels.addTo(map); else labels.remove(); };
  map.on("zoomend", showLabels); showLabels();

  const params = new URLSearchParams(location.search);
  let mode = params.get("colour") || data.mode;
  let sizeBy = params.get("size") || "count";
  const layers = { points: null, areas: L.layerGroup(), flows: L.layerGroup() };

  const popup = async (lat, lon, target) => {
    target.bindPopup("Loading…", { maxWidth: 360, minWidth: 240, maxHeight: 320, autoPanPadding: [20, 20] }).openPopup();
    const sep = el.dataset.popup.includes("?") ? "&" : "?";
    const resp = await fetch(`${el.dataset.popup}${sep}lat=${lat}&lon=${lon}`);
    target.setPopupContent(resp.ok ? await resp.text() : "The events could not be loaded.");
  };
  const colourOf = p => data[mode][mode === "acled" ? p[4] : p[5]][1];
  const sizeOf = p => sizeBy === "fatalities" ? (p[3] || 0) : p[2];

  function draw() {
    if (layers.points) map.removeLayer(layers.points);
    layers.areas.clearLayers();
    countryLayers.forEach(l => l.setStyle({ className: "land" }));
    const cluster = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false,
      maxClusterRadius: 50, spiderfyOnMaxZoom: true,
      iconCreateFunction: c => {
        const total = c.getAllChildMarkers().reduce((s, m) => s + m.options.ewValue, 0);
        const size = markerSize(total) + 8;
        return L.divIcon({ className: "ew-cluster", iconSize: [size, size],
          html: `<span aria-label="${total} ${sizeBy === "fatalities" ? "deaths" : "events"} in this cluster">${total}</span>` });
      } });
    const markers = [];
    const countries = new Map();
    for (const p of data.points) {
      const [lat, lon, n, dead, , , prec, iso, name] = p;
      const value = sizeOf(p);
      if (prec === 2) {  // only the country is known: draw the country, hatched
        const c = countries.get(iso) || { n: 0, dead: 0, lat, lon, colour: colourOf(p) };
        c.n += n; c.dead += dead || 0; countries.set(iso, c);
        continue;
      }
      if (prec === 1) {  // an admin area: a dashed ring of ~40 km, not a dot
        const ring = L.circle([lat, lon], { radius: 40000, className: "admin-area", color: colourOf(p),
          fillColor: colourOf(p), fillOpacity: 0.15, weight: 1.5, dashArray: "4 4" });
        ring.on("click", () => popup(lat, lon, ring));
        layers.areas.addLayer(ring);
      }
      const size = markerSize(value);
      const label = `${name || "unnamed place"}${iso ? " (" + iso + ")" : ""}: ${n} event${n === 1 ? "" : "s"}` +
        `${dead ? ", " + dead + " killed" : ""}, ${PRECISION_NAMES[prec]} precision`;
      const m = L.marker([lat, lon], { ewValue: value, title: label, alt: label, keyboard: true, riseOnHover: true,
        icon: L.divIcon({ className: "ew-dot ew-" + PRECISION_NAMES[prec], iconSize: [size, size],
          html: `<span class="ew-${mode}-${mode === "acled" ? p[4] : p[5]}"></span>` }) });
      m.on("click", () => popup(lat, lon, m));
      markers.push(m);
    }
    for (const [iso, c] of countries) {
      const layer = countryLayers.get(iso);
      if (layer) {
        layer.setStyle({ className: "land country-events", fillColor: c.colour });
        const ring = L.geoJSON(layer.toGeoJSON(), { style: { className: "country-area", color: c.colour, weight: 1.5,
          fillColor: c.colour, fillOpacity: 0.25 } });
        ring.on("click", e => popup(c.lat, c.lon, ring));
        ring.bindTooltip(`${iso}: ${c.n} event${c.n === 1 ? "" : "s"} placed only to the country`, { sticky: true });
        layers.areas.addLayer(ring);
      } else {
        const ring = L.circle([c.lat, c.lon], { radius: 250000, className: "country-area", color: c.colour, dashArray: "2 6" });
        ring.on("click", () => popup(c.lat, c.lon, ring));
        layers.areas.addLayer(ring);
      }
    }
    cluster.addLayers(markers);
    layers.points = cluster;
    if (document.querySelector('[data-map-layer="areas"]')?.checked !== false) layers.areas.addTo(map);
    if (document.querySelector('[data-map-layer="points"]')?.checked !== false) cluster.addTo(map);
    mapLegend(data, mode);
  }

  function drawFlows() {
    layers.flows.clearLayers();
    const colour = "#0072B2";
    for (const [olat, olon, dlat, dlon, n, oname, dname] of data.flows) {
      const line = L.polyline([[olat, olon], [dlat, dlon]], { className: "flow", color: colour,
        weight: Math.min(8, 1.5 + Math.log2(n + 1)), opacity: 0.8 });
      line.bindTooltip(`${oname || "?"} → ${dname || "?"}: ${n} MOVE event${n === 1 ? "" : "s"}`, { sticky: true });
      line.on("add", () => { arrowDefs(map); line.getElement()?.setAttribute("marker-end", "url(#ew-arrow)"); });
      layers.flows.addLayer(line);
    }
    layers.flows.addTo(map);
  }

  draw();
  drawFlows();
  const located = data.located, bounds = [];
  for (const p of data.points) bounds.push([p[0], p[1]]);
  for (const f of data.flows) bounds.push([f[0], f[1]], [f[2], f[3]]);
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 });
  summary.textContent = `${data.total} events${data.capped ? " (the first " + data.total + " matching: narrow the filters to see the rest)" : ""}, ` +
    `${located} on the map, ${data.flows.length} routes.`;
  for (const input of document.querySelectorAll('input[name="colour-by"]')) {
    input.checked = input.value === mode;
    input.addEventListener("change", () => { mode = input.value; draw(); });
  }
  for (const input of document.querySelectorAll('input[name="size-by"]')) {
    input.checked = input.value === sizeBy;
    input.addEventListener("change", () => { sizeBy = input.value; draw(); });
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
