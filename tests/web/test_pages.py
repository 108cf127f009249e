"""HTML pages, downloads, and the XSS and injection probes."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import pytest
from fastapi.testclient import TestClient

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
    assert "sha256:missing" in resp.text and "Error 404" in resp.text


def test_pages_bad_filter_is_html_422(client: TestClient) -> None:
    resp = client.get("/events", params={"since": "yesterday"}, headers=HTML)
    assert resp.status_code == 422 and "Error 422" in resp.text


def test_pages_events_table_and_downloads_match(client: TestClient) -> None:
    params = {"type": "MOVE", "limit": "1", "offset": "1"}
    table = client.get("/events", params=params).text
    shown = re.findall(r'href="/articles/([^"#]+)#(v\d+)"', table)
    assert len(shown) == 1
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv", params=params).text)))
    assert [(r["document_id"], r["event_id"]) for r in rows] == shown
    geo = client.get("/events.geojson", params=params).json()
    assert [tuple(f["id"].split("#")) for f in geo["features"]] == shown
    assert geo["type"] == "FeatureCollection"
    assert geo["features"][0]["geometry"]["type"] == "Point"
    assert "/events.csv?type=MOVE&amp;limit=1&amp;offset=1" in table


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


def test_pages_map_draws_markers_flows_and_incidents(client: TestClient) -> None:
    page = client.get("/map").text
    assert page.count('class="marker"') == 5  # Nairobi x2 types, Idlib, Azaz, Lampedusa
    assert page.count('class="flow"') == 2 and 'marker-end="url(#arrow)"' in page
    assert page.count('class="incident"') == 1
    assert 'class="land" d="M' in page
    only_ke = client.get("/map", params={"country": "KE"}).text
    assert only_ke.count('class="marker"') == 2 and 'class="flow"' not in only_ke


def test_pages_timeline_has_weekly_bars(client: TestClient) -> None:
    page = client.get("/timeline").text
    assert page.count('class="bar"') == 5  # 3 weeks, one bar per (week, type)
    assert "week of 2024-03-04: 1 ASSAULT" in page


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


@pytest.mark.parametrize("url", ["/articles", "/events", "/map", "/timeline"])
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
    assert "The first 2 of 5 matching events" in client.get("/map").text
    assert "the first 2 of 5 matching" in client.get("/timeline").text


def test_pages_api_page_lists_endpoints(client: TestClient) -> None:
    page = client.get("/api").text
    assert "GET /api/events" in page and "POST /api/documents" in page
    assert "This server is read-only." in page and "<code>certainty</code>" in page
