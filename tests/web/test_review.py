"""Review pages and API: sign-in, roles, CSRF, session fixation, XSS in edited fields,
conflicts, API tokens, and the sign-in gate for servers reachable from other machines."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwire.review import accounts
from eventwire.review.audit import history
from eventwire.review.auth import COOKIE
from eventwire.review.rows import get_row
from eventwire.store.base import Store
from eventwire.web.app import WebSettings, create_app
from tests.web.sample_docs import XSS_SCRIPT, sample_documents

PASSWORD = "correct horse battery"
IDLIB = sample_documents()[0].id


@pytest.fixture
def team(demo_store: Store) -> Store:
    for name, role in (("vera", "viewer"), ("amina", "coder"), ("bilal", "coder"),
                       ("ada", "admin")):
        accounts.add_user(demo_store, name, role, PASSWORD)
    return demo_store


@pytest.fixture
def app_client(team: Store) -> Iterator[TestClient]:
    with TestClient(create_app(team)) as c:
        yield c


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]*)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in; return the session cookie's Set-Cookie header."""
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"name": name, "password": password, "csrf": token,
                                           "next": "/review"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return next(h for h in response.headers.get_list("set-cookie") if h.startswith(COOKIE))


def page_csrf(client: TestClient) -> str:
    return csrf_of(client.get(f"/review?status=all&doc={IDLIB}&ev=v1").text)


def act(client: TestClient, csrf: str, action: str = "accept", version: int = 1,
        **fields: str) -> object:
    data = {"csrf": csrf, "doc": IDLIB, "ev": "v1", "version": str(version), "action": action,
            "order": "confidence", "status": "all", **fields}
    return client.post("/review", data=data, follow_redirects=False)


def test_without_accounts_the_app_stays_read_only(client: TestClient) -> None:
    page = client.get("/review")
    assert page.status_code == 200 and "eventwire users add" in page.text
    assert client.get("/articles").status_code == 200
    refused = client.post("/review", data={"action": "accept"}, follow_redirects=False)
    assert refused.status_code == 401


def test_login_and_wrong_password(app_client: TestClient) -> None:
    assert app_client.get("/review", follow_redirects=False).headers["location"] == \
        "/login?next=%2Freview"
    token = csrf_of(app_client.get("/login").text)
    wrong = app_client.post("/login", data={"name": "amina", "password": "nope nope nope",
                                            "csrf": token})
    assert wrong.status_code == 401 and "Wrong user name or password" in wrong.text
    assert COOKIE not in app_client.cookies
    header = login(app_client, "amina").lower()
    assert "httponly" in header and "samesite=lax" in header and "path=/" in header
    page = app_client.get("/review")
    assert "Signed in as <strong>amina</strong>" in page.text and "row 1 of 5" in page.text
    cookie = app_client.cookies[COOKIE]
    app_client.post("/logout", data={"csrf": page_csrf(app_client)})
    app_client.cookies.set(COOKIE, cookie)  # the old cookie, replayed after signing out
    assert app_client.get("/review", follow_redirects=False).status_code == 303


def test_open_redirect_after_login_is_refused(app_client: TestClient) -> None:
    token = csrf_of(app_client.get("/login").text)
    response = app_client.post("/login", data={"name": "amina", "password": PASSWORD,
                                               "csrf": token, "next": "//evil.example/x"},
                               follow_redirects=False)
    assert response.headers["location"] == "/review"


def test_login_form_needs_its_csrf_token(app_client: TestClient) -> None:
    app_client.get("/login")
    forged = app_client.post("/login", data={"name": "amina", "password": PASSWORD,
                                             "csrf": "0" * 64}, follow_redirects=False)
    assert forged.status_code == 403 and COOKIE not in app_client.cookies


def test_viewer_cannot_edit(app_client: TestClient, team: Store) -> None:
    login(app_client, "vera")
    page = app_client.get("/review")
    assert page.status_code == 200 and 'id="review-accept"' not in page.text
    response = act(app_client, page_csrf(app_client))
    assert response.status_code == 403  # type: ignore[attr-defined]
    row = get_row(team, IDLIB, "v1")
    assert row is not None and row.status == "machine" and history(team) == []


def test_coder_reviews_but_cannot_manage_users(app_client: TestClient, team: Store) -> None:
    login(app_client, "amina")
    csrf = page_csrf(app_client)
    response = act(app_client, csrf)
    assert response.status_code == 303  # type: ignore[attr-defined]
    row = get_row(team, IDLIB, "v1")
    assert row is not None and (row.status, row.reviewer) == ("accepted", "amina")
    assert app_client.get("/review/users").status_code == 403
    added = app_client.post("/review/users", data={"csrf": csrf, "name": "mallory",
                                                   "role": "admin", "password": PASSWORD})
    assert added.status_code == 403
    assert "mallory" not in {u.name for u in accounts.users(team)}


def test_admin_manages_users(app_client: TestClient, team: Store) -> None:
    login(app_client, "ada")
    page = app_client.get("/review/users")
    assert page.status_code == 200 and "amina" in page.text
    added = app_client.post("/review/users", data={
        "csrf": csrf_of(page.text), "action": "add", "name": "chen", "role": "viewer",
        "password": PASSWORD}, follow_redirects=False)
    assert added.status_code == 303
    assert accounts.User("chen", "viewer") in accounts.users(team)


def test_every_form_needs_the_csrf_token(app_client: TestClient, team: Store) -> None:
    login(app_client, "amina")
    page_csrf(app_client)
    for token in ("", "0" * 64):
        assert act(app_client, token).status_code == 403  # type: ignore[attr-defined]
    login(app_client, "ada")
    assert app_client.post("/review/users", data={"name": "x", "role": "admin",
                                                  "password": PASSWORD}).status_code == 403
    assert app_client.post("/logout", data={}).status_code == 403
    row = get_row(team, IDLIB, "v1")
    assert row is not None and row.status == "machine"


def test_session_fixation(app_client: TestClient, team: Store) -> None:
    # An attacker signs in, then plants their session cookie in the victim's browser.
    login(app_client, "vera")
    planted = app_client.cookies[COOKIE]
    # The victim signs in on that browser: a new session id, and the planted one is ended.
    login(app_client, "amina")
    assert app_client.cookies[COOKIE] != planted
    with TestClient(app_client.app) as attacker:
        attacker.cookies.set(COOKIE, planted)
        assert attacker.get("/review", follow_redirects=False).status_code == 303
    # A made-up cookie is never accepted, and a sign-in never keeps it.
    with TestClient(app_client.app) as other:
        other.cookies.set(COOKIE, "forged-session-id")
        assert other.get("/review", follow_redirects=False).status_code == 303
        header = login(other, "bilal")
        assert not header.startswith(f"{COOKIE}=forged-session-id")


def test_edited_fields_are_escaped(app_client: TestClient, team: Store) -> None:
    login(app_client, "amina")
    response = act(app_client, page_csrf(app_client), "edit", actor=XSS_SCRIPT,
                   target='"><img src=x onerror=alert(1)>', note="<b>why</b>")
    assert response.status_code == 303  # type: ignore[attr-defined]
    row = get_row(team, IDLIB, "v1")
    assert row is not None and row.values["actor"] == XSS_SCRIPT
    for path in (f"/review?status=all&doc={IDLIB}&ev=v1", f"/articles/{IDLIB}", "/events"):
        html = app_client.get(path).text
        assert XSS_SCRIPT not in html and "<img src=x" not in html and "<b>why</b>" not in html
    assert "&lt;script&gt;" in app_client.get(f"/review?status=all&doc={IDLIB}&ev=v1").text


def test_stale_form_gets_a_conflict_page(app_client: TestClient, team: Store) -> None:
    login(app_client, "amina")
    csrf = page_csrf(app_client)
    with TestClient(app_client.app) as other:
        login(other, "bilal")
        assert act(other, page_csrf(other), "edit", fatalities="7").status_code == 303  # type: ignore[attr-defined]
    stale = act(app_client, csrf, "edit", fatalities="9")
    assert stale.status_code == 409  # type: ignore[attr-defined]
    text = stale.text  # type: ignore[attr-defined]
    assert "changed by bilal" in text and "fatalities: None -&gt; 7" in text
    row = get_row(team, IDLIB, "v1")
    assert row is not None and row.values["fatalities"] == 7 and row.reviewer == "bilal"


def test_reject_with_reason_leaves_the_row_out_of_the_api(app_client: TestClient,
                                                          team: Store) -> None:
    login(app_client, "amina")
    assert act(app_client, page_csrf(app_client), "reject",  # type: ignore[attr-defined]
               reason="not an event").status_code == 303
    events = app_client.get(f"/api/events?document_id={IDLIB}").json()["items"]
    assert [e["event_id"] for e in events] == ["v2"]
    assert events[0]["review_status"] == "machine" and events[0]["reviewer"] is None


def test_api_token_for_scripts(app_client: TestClient, team: Store) -> None:
    token = accounts.create_token(team, "amina")
    headers = {"Authorization": f"Bearer {token}"}
    rows = app_client.get("/api/review/rows?status=machine", headers=headers).json()
    assert rows["total"] == 5
    first = rows["items"][0]
    body = {"document_id": first["document_id"], "event_id": first["event_id"],
            "version": first["version"], "action": "edit", "changes": {"fatalities": 3}}
    done = app_client.post("/api/review/rows", json=body, headers=headers)
    assert done.status_code == 200 and done.json()["row"]["status"] == "edited"
    again = app_client.post("/api/review/rows", json=body, headers=headers)
    assert again.status_code == 409 and again.json()["other"]["user"] == "amina"
    audit = app_client.get("/api/review/audit", headers=headers).json()["items"]
    assert [e["action"] for e in audit] == ["edit"]
    assert app_client.post("/api/review/rows", json=body).status_code == 401
    viewer = accounts.create_token(team, "vera")
    refused = app_client.post("/api/review/rows", json=body,
                              headers={"Authorization": f"Bearer {viewer}"})
    assert refused.status_code == 403


def test_gate_closes_every_page_when_serving_beyond_loopback(team: Store) -> None:
    app = create_app(team, WebSettings(require_login=True))
    with TestClient(app) as c:
        assert c.get("/articles", follow_redirects=False).headers["location"].startswith(
            "/login?next=%2Farticles")
        assert c.get("/api/events").status_code == 401
        assert c.get("/static/review.css").status_code == 200
        login(c, "vera")
        assert c.get("/articles").status_code == 200
        assert c.get("/api/events").status_code == 200
    with TestClient(app) as c:
        token = accounts.create_token(team, "vera")
        assert c.get("/api/events", headers={"Authorization": f"Bearer {token}"}
                     ).status_code == 200


def test_row_page_has_its_place_on_a_small_map(app_client: TestClient) -> None:
    login(app_client, "vera")
    page = app_client.get(f"/review?status=all&doc={IDLIB}&ev=v1").text
    assert 'id="review-map"' in page and 'href="/review/world.svg"' in page
    assert 'mark class="hl hl-sentence' in page and 'hl hl-event' in page  # sentence, trigger
    world = app_client.get("/review/world.svg")
    assert world.headers["content-type"].startswith("image/svg+xml") and "<path d=" in world.text


def test_merge_split_and_add_from_the_page(app_client: TestClient, team: Store) -> None:
    login(app_client, "amina")
    csrf = page_csrf(app_client)
    merged = act(app_client, csrf, "merge", dup="v2", dup_version="1")
    assert merged.status_code == 303  # type: ignore[attr-defined]
    dup = get_row(team, IDLIB, "v2")
    assert dup is not None and dup.status == "rejected" and dup.reason == "duplicate: of v1"
    kept = get_row(team, IDLIB, "v1")
    assert kept is not None
    split = act(app_client, csrf, "split", version=kept.version)
    assert split.status_code == 303 and "ev=v1-s1" in split.headers["location"]  # type: ignore[attr-defined]
    text = sample_documents()[0].text
    start = text.index("fled")
    added = act(app_client, csrf, "add", start=str(start), end=str(start + 4), type="MOVE")
    assert added.status_code == 303  # type: ignore[attr-defined]
    row = get_row(team, IDLIB, "r1")
    assert row is not None and row.context["trigger"] == "fled" and row.reviewer == "amina"
    bad = act(app_client, csrf, "add", start="5", end="2", type="MOVE")
    assert bad.status_code == 422 and "not a selection" in bad.text  # type: ignore[attr-defined]
