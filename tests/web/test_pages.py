"""HTML pages, downloads, and the XSS and injection probes."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.model import Coreference, Document, Entity, Meta, content_id
from eventwire.rows import event_rows
from eventwire.store.base import Store
from eventwire.web.downloads import events_csv, events_geojson
from eventwire.web.pages import snippet_html
from tests.web.sample_docs import XSS_IMG, XSS_SCRIPT, idlib, lampedusa

HTML = {"Accept": "text/html"}


def test_pages_home_redirects_to_articles(client: TestClient) -> None:
    resp = client.get("/", follow_redirects=False)
    assert resp.status_code == 307 and resp.headers["location"] == "/articles"


def test_pages_articles_search_and_filters(client: TestClient) -> None:
    page = client.get("/articles", params={"q": "Nairobi"}).text
    assert "Tax protest in Nairobi ends in arrests" in page
    assert "Families flee" not in page
    assert "<strong>Nairobi</strong>" in page
    page = client.get("/articles", params={"country": "SY", "since": "", "until": ""}).text
    assert "Families flee shelling in Idlib" in page and "Tax protest" not in page
    page = client.get("/articles", params={"until": "2024-03-03"}).text
    assert "Crossings to Lampedusa" in page and "Tax protest" not in page


def test_pages_article_highlights_every_kind(client: TestClient) -> None:
    doc = idlib()
    page = client.get(f"/articles/{doc.id}").text
    for kind in ("entity", "place", "time", "quantity", "quote", "event"):
        assert f'class="hl hl-{kind}' in page
    assert 'title="Place: Azaz, Aleppo, SY (city) · 36.586, 37.046' in page
    assert "Layla Haddad" in page and "claimed" in page  # side panel: attribution, certainty
    data = re.search(r'<script type="application/json" id="annotations">(.*?)</script>', page, re.S)
    assert data and json.loads(data.group(1))["q2"]["best"] == 300


def test_pages_article_unknown_is_html_404(client: TestClient) -> None:
    resp = client.get("/articles/sha256:missing", headers=HTML)
    assert resp.status_code == 404 and "text/html" in resp.headers["content-type"]
    assert "sha256:missing" in resp.text and "Page not found" in resp.text


@pytest.mark.parametrize("param,value,words", [
    ("since", "yesterday", "is not a date (YYYY-MM-DD)"),
    ("until", "2024-13-45", "is not a date (YYYY-MM-DD)"),
    ("country", "Syria", "is not a two-letter country code"),
    ("certainty", "sure", "is not a certainty (confirmed"),
    ("limit", "many", "is not a whole number"),
])
def test_pages_bad_filter_is_a_friendly_html_422(client: TestClient, param: str, value: str,
                                                words: str) -> None:
    resp = client.get("/events", params={param: value}, headers=HTML)
    assert resp.status_code == 422 and "text/html" in resp.headers["content-type"]
    assert "A filter in the address is not valid" in resp.text and words in resp.text
    assert "^" not in resp.text.split("<main", 1)[1]  # no regular expression shown
    assert 'href="/events">start again without filters' in resp.text
    api = client.get("/api/events", params={param: value}, headers=HTML)
    assert api.status_code == 422 and api.json()["ok"] is False  # the API keeps JSON
    assert words in api.json()["error"]


def test_pages_large_limit_is_capped_not_an_error(client: TestClient) -> None:
    resp = client.get("/events", params={"limit": "1000"}, headers=HTML)
    assert resp.status_code == 200 and "At most 500 rows per page" in resp.text
    assert client.get("/articles", params={"limit": "1000"}).status_code == 200
    assert client.get("/api/events", params={"limit": "1000"}).status_code == 422


def test_pages_downloads_hold_every_matching_row_not_the_page(client: TestClient) -> None:
    params = {"type": "MOVE", "limit": "1", "offset": "1"}
    table = client.get("/events", params=params).text
    shown = re.findall(r'href="/articles/([^"#]+)#(v\d+)"', table)
    assert len(shown) == 1
    every = {(r.document_id, r.event_id) for r in
             [*event_rows(idlib()), *event_rows(lampedusa())] if r.type == "MOVE"}
    assert len(every) == 2
    resp = client.get("/events.csv", params=params)
    assert resp.headers["content-disposition"] == 'attachment; filename="events.csv"'
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert {(r["document_id"], r["event_id"]) for r in rows} == every
    geo = client.get("/events.geojson", params=params).json()
    assert {tuple(f["id"].split("#")) for f in geo["features"]} == every
    assert geo["type"] == "FeatureCollection"
    assert geo["features"][0]["geometry"]["type"] == "Point"
    assert "/events.csv?type=MOVE" in table and "/events.csv?type=MOVE&amp;limit" not in table


def test_pages_parquet_download_and_facet_filters(client: TestClient) -> None:
    import pyarrow.parquet as pq

    resp = client.get("/events.parquet", params={"country": "KE"})
    assert resp.status_code == 200 and resp.content[:4] == b"PAR1"
    table = pq.read_table(io.BytesIO(resp.content))
    assert table.num_rows == 2 and set(table.column("country").to_pylist()) == {"KE"}
    admin = client.get("/events.csv", params={"admin1": "Aleppo"}).text
    rows = list(csv.DictReader(io.StringIO(admin)))
    assert rows and all(r["admin1"] == "Aleppo" for r in rows)
    assert client.get("/events.csv", params={"admin1": "Nowhere"}).text.count("\n") == 1


def test_pages_no_server_paths_in_pages_or_downloads(client: TestClient) -> None:
    doc = idlib()
    page = client.get(f"/articles/{doc.id}").text
    assert "/data/" not in page and "<code>" + (doc.meta.path or "x") not in page
    for url in ("/events.csv", "/events.geojson"):
        body = client.get(url).text
        assert "/data/" not in body and "/srv/" not in body


def test_pages_events_facets_link_and_filter(client: TestClient) -> None:
    page = client.get("/events").text
    assert 'data-facet="acled"' in page and 'data-facet="admin1"' in page
    assert 'data-facet="outlet"' in page and 'data-facet="actor"' in page
    link = re.search(r'<a href="(/events\?admin1=Aleppo)"', page)
    assert link, "an admin1 facet value links to the filtered table"
    filtered = client.get(link.group(1).replace("&amp;", "&")).text
    assert "Admin1: Aleppo ✕" in filtered and 'class="chosen"' in filtered
    assert "Nairobi" not in filtered.split('class="table-side"')[1]


def test_pages_csv_neutralises_formulas() -> None:
    row = dataclasses.replace(event_rows(idlib())[0], actor='=HYPERLINK("x")', source="-2+3")
    parsed = next(csv.DictReader(io.StringIO(events_csv([row]))))
    assert parsed["actor"] == '\'=HYPERLINK("x")' and parsed["source"] == "'-2+3"
    assert parsed["best"] == "12"  # numbers are left alone


def test_pages_geojson_keeps_unlocated_rows() -> None:
    row = dataclasses.replace(event_rows(idlib())[0], lat=None, lon=None)
    geo = json.loads(events_geojson([row]))
    assert geo["features"][0]["geometry"] is None
    assert geo["features"][0]["properties"]["event_id"] == "v1"


def test_pages_map_page_loads_vendored_leaflet(client: TestClient) -> None:
    page = client.get("/map", params={"country": "KE"}).text
    for asset in ("/static/vendor/leaflet.js", "/static/vendor/supercluster.min.js",
                  "/static/vendor/leaflet.css"):
        assert asset in page and client.get(asset).status_code == 200
    assert 'data-src="/map/data.json?country=KE"' in page
    world = client.get("/map/world.json").json()
    assert any(f["properties"]["iso"] == "SY" for f in world["features"])


def test_pages_map_data_groups_points_and_flows(client: TestClient) -> None:
    data = client.get("/map/data.json").json()
    assert len(data["points"]) == 5  # Nairobi x2 groups, Idlib, Azaz, Lampedusa
    assert len(data["flows"]) == 2 and data["mode"] in ("acled", "plover")
    assert data["located"] == sum(p[2] for p in data["points"])
    only_ke = client.get("/map/data.json", params={"country": "KE"}).json()
    assert len(only_ke["points"]) == 2 and only_ke["flows"] == []
    lat, lon = only_ke["points"][0][:2]
    popup = client.get("/map/popup", params={"country": "KE", "lat": lat, "lon": lon}).text
    assert "/articles/" in popup and "#v" in popup and "Open the event in its article" in popup


def test_pages_timeline_has_weekly_bars(client: TestClient) -> None:
    page = client.get("/timeline").text
    assert page.count('class="bar"') == 5  # 3 weeks; one bar per (week, group)
    assert 'data-first="2024-02-19"' in page
    assert "fatalities" in page and "By country" in page


def test_pages_static_assets_served_locally(client: TestClient) -> None:
    page = client.get("/articles").text
    assets = re.findall(r'(?:href|src)="([^"]+\.(?:css|js|svg))"', page)
    assert assets and all(a.startswith("/static/") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200
    assert "http://" not in page and "https://" not in page


# --- XSS probes ---------------------------------------------------------------------------

def test_xss_article_text_title_and_source_render_as_text(client: TestClient) -> None:
    doc = lampedusa()
    page = client.get(f"/articles/{doc.id}").text
    assert XSS_SCRIPT not in page and "<img" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert "onerror=&#34;window.__xss=2&#34;" in page or "onerror=&quot;" in page
    # The embedded JSON cannot close its script element.
    data = re.search(r'id="annotations">(.*?)</script>', page, re.S)
    assert data and "</" not in data.group(1)


@pytest.mark.parametrize("url", ["/articles", "/events", "/map", "/timeline", "/incidents",
                                 "/map/data.json"])
def test_xss_listing_pages_escape_article_strings(client: TestClient, url: str) -> None:
    page = client.get(url).text
    assert "<script>window" not in page and "<img" not in page


@pytest.mark.parametrize("payload", [XSS_SCRIPT, XSS_IMG, "javascript:alert(1)",
                                     "' onmouseover='alert(1)"])
def test_xss_query_parameters_are_escaped(client: TestClient, payload: str) -> None:
    page = client.get("/articles", params={"q": payload, "source": payload}).text
    assert "<script>window" not in page and "<img" not in page
    assert "onmouseover='alert" not in page
    page404 = client.get(f"/articles/{payload}", headers=HTML).text
    assert "<script>window" not in page404 and "<img" not in page404


def test_xss_snippet_markers_cannot_smuggle_tags() -> None:
    out = str(snippet_html("**<b>x</b>** and <i>"))
    assert out == "<strong>&lt;b&gt;x&lt;/b&gt;</strong> and &lt;i&gt;"


# --- injection probes ---------------------------------------------------------------------

@pytest.mark.parametrize("q", ["' OR 1=1 --", "\"", "Idlib\" OR \"x", "*", "NEAR(a b)", "a AND",
                               "); DROP TABLE documents; --", "(((", "-Idlib", "^", ":"])
def test_injection_search_terms_are_data(client: TestClient, demo_store: Store, q: str) -> None:
    resp = client.get("/api/search", params={"q": q})
    assert resp.status_code == 200, resp.text
    assert client.get("/api/documents", params={"q": q}).status_code == 200
    assert client.get("/articles", params={"q": q}).status_code == 200
    assert demo_store.stats()["documents"] == 3


@pytest.mark.parametrize("field,value", [("source", "x' OR '1'='1"), ("name", "a%' --"),
                                         ("document_id", "x' OR 1=1 --")])
def test_injection_filters_are_parameterised(client: TestClient, field: str, value: str) -> None:
    url = "/api/places" if field in ("name", "document_id") else "/api/documents"
    resp = client.get(url, params={field: value})
    assert resp.status_code in (200, 422)
    if resp.status_code == 200:
        assert resp.json()["total"] == 0


def test_pages_snippet_bolds_query_terms_and_escapes() -> None:
    out = str(snippet_html("Families fled <b>Idlib</b>; idlib's", "idlib AND fam"))
    assert out == ("<strong>Families</strong> fled &lt;b&gt;<strong>Idlib</strong>&lt;/b&gt;; "
                   "<strong>idlib</strong>&#39;s")


def test_pages_every_listing_has_a_json_twin(client: TestClient) -> None:
    doc = idlib()
    assert client.get("/articles.json", params={"country": "KE"}).json()["total"] == 1
    assert client.get("/events.json", params={"type": "MOVE"}).json()["total"] == 2
    assert client.get(f"/articles/{doc.id}.json").json()["id"] == doc.id
    resp = client.get("/events.json?type=MOVE", follow_redirects=False)
    assert resp.headers["location"] == "/api/events?type=MOVE"


def test_pages_map_and_timeline_say_when_capped(demo_store: Store) -> None:
    from eventwire.web.app import WebSettings, create_app

    client = TestClient(create_app(demo_store, WebSettings(map_max_events=2)))
    data = client.get("/map/data.json").json()
    assert data["capped"] is True and data["total"] == 2
    assert "the first 2 matching" in client.get("/timeline").text


def test_pages_api_page_lists_endpoints(client: TestClient) -> None:
    page = client.get("/api").text
    assert "GET /api/events" in page and "POST /api/documents" in page
    assert "This server is read-only." in page and "<code>certainty</code>" in page


def test_pages_incidents_list_reports_and_disagreement(client: TestClient) -> None:
    from eventwire.web.incidentview import disagreements

    page = client.get("/incidents").text
    assert 'id="incident-i1"' in page and f"/articles/{idlib().id}#v2" in page
    assert "1 outlet" in page and "MOVE" in page
    assert 'id="incident-i1"' not in client.get("/incidents", params={"country": "KE"}).text
    row = event_rows(idlib())[0]
    other = dataclasses.replace(row, best=40.0, earliest="2024-03-20", place_name="Elsewhere")
    said = disagreements([dataclasses.replace(row, best=12.0), other])
    assert any(s.startswith("counts 12–40") for s in said)
    assert any("days apart" in s for s in said) and any(s.startswith("places") for s in said)
    assert disagreements([row, row]) == ()


def test_pages_article_pronoun_hover_names_the_person(client: TestClient,
                                                     demo_store: Store) -> None:
    text = "Amal Nour left Kassala in May. She said the road took nine days."
    she = text.index("She")
    doc = Document(id=content_id(text), text=text, meta=Meta(path="amal.txt", title="Amal"),
                   entities=(Entity("e1", "Amal Nour", "PERSON", 0, 9, "Amal Nour", "c1"),),
                   extras={"coref": (Coreference("r1", "She", she, she + 3, "pronoun", "c1",
                                                 "e1", "Amal Nour"),)})
    demo_store.save([doc])
    page = client.get(f"/articles/{doc.id}").text
    assert 'data-ref="r1" title="pronoun: Amal Nour"' in page
    assert 'data-kind-toggle="coref"' in page


@pytest.fixture
def article_draws(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the articles whose page was drawn (not answered from the article cache)."""
    from eventwire.web import pages

    drawn: list[str] = []
    real = pages.draw_article

    def counting(request: Any, doc: Document) -> Any:
        drawn.append(doc.id)
        return real(request, doc)

    monkeypatch.setattr(pages, "draw_article", counting)
    return drawn


def test_pages_article_is_drawn_once_until_the_store_changes(
        client: TestClient, article_draws: list[str]) -> None:
    doc, other = idlib(), lampedusa()
    first = client.get(f"/articles/{doc.id}")
    again = client.get(f"/articles/{doc.id}")
    assert again.status_code == 200 and again.text == first.text
    assert again.headers["content-type"] == first.headers["content-type"]
    assert "default-src 'self'" in again.headers["content-security-policy"]
    assert client.get(f"/articles/{other.id}").status_code == 200
    assert article_draws == [doc.id, other.id]
    assert client.get("/articles/sha256:missing").status_code == 404  # not cached either
    assert client.get("/articles/sha256:missing").status_code == 404


def test_pages_article_cache_is_dropped_by_a_review(
        client: TestClient, demo_store: Store, article_draws: list[str]) -> None:
    from eventwire.review import actions

    doc = idlib()
    client.get(f"/articles/{doc.id}")
    client.get(f"/articles/{doc.id}")
    assert article_draws == [doc.id]
    actions.reject(demo_store, doc.id, "v1", user="amina", version=1, reason="not an event")
    client.get(f"/articles/{doc.id}")
    assert article_draws == [doc.id, doc.id]


def test_pages_article_cache_is_dropped_by_a_reextraction(
        client: TestClient, demo_store: Store, article_draws: list[str]) -> None:
    from eventwire.review.reextract import store_reextracted

    doc = idlib()
    assert "Families flee shelling in Idlib" in client.get(f"/articles/{doc.id}").text
    renamed = dataclasses.replace(doc, meta=dataclasses.replace(
        doc.meta, title="Idlib families reach Azaz"))
    store_reextracted(demo_store, renamed)
    page = client.get(f"/articles/{doc.id}").text
    assert "Idlib families reach Azaz" in page and "Families flee shelling" not in page
    assert article_draws == [doc.id, doc.id]


def test_pages_article_not_cached_when_the_store_cannot_tell_changes(
        demo_store: Store, article_draws: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.web.app import create_app

    monkeypatch.setattr(demo_store, "generation", lambda: -1)
    client = TestClient(create_app(demo_store))
    for _ in range(2):
        assert client.get(f"/articles/{idlib().id}").status_code == 200
    assert article_draws == [idlib().id, idlib().id]
