"""Schemathesis against the app's own OpenAPI schema: every answer conforms, none is a 500."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings

from eventwire.store.base import Store
from eventwire.web.app import create_app


def test_openapi_every_operation_conforms(demo_store: Store, tmp_path: Path) -> None:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(demo_store))
    tested = []
    for result in schema.get_all_operations():
        operation = result.ok()
        tested.append(operation.label)

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        check()
    assert {"GET /api/events", "GET /api/documents/{doc_id}", "POST /api/documents"} <= set(tested)
