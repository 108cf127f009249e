"""What a reviewer may change on an event row, and how values are checked and compared."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from eventwire.errors import EventwireError
from eventwire.eventing.acled import ACLED_LABELS
from eventwire.eventing.lexicon import EVENT_TYPES

STATUSES = ("machine", "accepted", "edited", "rejected")
REJECT_REASONS = ("not an event", "duplicate", "wrong type", "wrong place", "other")
CERTAINTIES = ("confirmed", "asserted", "claimed", "believed", "denied", "hypothetical")
ACTOR_TYPES = ("state forces", "rebel group", "political militia", "identity militia",
               "rioters", "protesters", "civilians", "external/other forces")

#: Fields kept in the events table's own columns (exports and the API read them directly).
COLUMN_FIELDS: tuple[str, ...] = (
    "type", "actor", "target", "place_name", "country", "admin1", "lat", "lon",
    "earliest", "latest", "low", "best", "high", "certainty")
#: Fields the events table has no column for: kept as JSON in ``review_edits``.
EXTRA_FIELDS: tuple[str, ...] = (
    "acled_event_type", "acled_sub_event_type", "actor_type", "target_type",
    "fatalities", "injured")
EDITABLE: tuple[str, ...] = COLUMN_FIELDS + EXTRA_FIELDS
_FLOATS = {"lat", "lon", "low", "best", "high"}
_INTS = {"fatalities", "injured"}
_DATES = {"earliest", "latest"}
MAX_TEXT = 300
ACLED_EVENT_TYPES = tuple(dict.fromkeys(t for t, _ in ACLED_LABELS.values()))
ACLED_SUB_TYPES = tuple(s for _, s in ACLED_LABELS.values())


class ReviewError(EventwireError):
    """A review action that cannot be applied (unknown row, bad value, wrong state)."""


class ConflictError(ReviewError):
    """An edit made against an old version of a row: someone changed it first."""

    def __init__(self, document_id: str, event_id: str, expected: int, current: int,
                 other: Mapping[str, Any] | None) -> None:
        self.document_id, self.event_id = document_id, event_id
        self.expected, self.current, self.other = expected, current, dict(other or {})
        who = self.other.get("user", "someone")
        when = self.other.get("at", "?")
        changed = describe_change(self.other.get("before"), self.other.get("after"))
        super().__init__(
            f"row {document_id}/{event_id} was changed by {who} at {when} (version {expected} "
            f"-> {current}: {changed or self.other.get('action', 'changed')}); your change was "
            "not saved. Reload the row, check their change, and apply yours again.")


def describe_change(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> str:
    """``type: ASSAULT -> PROTEST; status: machine -> edited`` for two snapshots."""
    before, after = dict(before or {}), dict(after or {})
    parts = [f"{k}: {before.get(k)!s} -> {after.get(k)!s}"
             for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    return "; ".join(parts)


def clean_value(name: str, value: Any) -> Any:
    """A submitted value for ``name`` checked and normalised ("" means empty)."""
    if name not in EDITABLE:
        raise ReviewError(f"field {name!r} cannot be edited; editable: {', '.join(EDITABLE)}.")
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
        if "\x00" in value or len(value) > MAX_TEXT:
            raise ReviewError(f"field {name}: at most {MAX_TEXT} characters, no NUL.")
    if value is None:
        if name in ("type", "certainty"):
            raise ReviewError(f"field {name} cannot be empty.")
        return None
    if name in _FLOATS or name in _INTS:
        try:
            number = float(value)
        except (TypeError, ValueError) as e:
            raise ReviewError(f"field {name}: {value!r} is not a number.") from e
        if not math.isfinite(number) or (name in _INTS and number < 0):
            raise ReviewError(f"field {name}: {value!r} is out of range.")
        if name == "lat" and abs(number) > 90 or name == "lon" and abs(number) > 180:
            raise ReviewError(f"field {name}: {value!r} is out of range.")
        return int(number) if name in _INTS else number
    value = str(value)
    if name in _DATES:
        try:
            date.fromisoformat(value)
        except ValueError as e:
            raise ReviewError(f"field {name}: {value!r} is not a date (YYYY-MM-DD).") from e
    if name == "type":
        value = value.upper()
        if value not in EVENT_TYPES:
            raise ReviewError(f"field type: {value!r}; use one of {', '.join(EVENT_TYPES)}.")
    if name == "acled_event_type" and value not in ACLED_EVENT_TYPES:
        raise ReviewError(f"field acled_event_type: {value!r}; use one of "
                          f"{', '.join(ACLED_EVENT_TYPES)}.")
    if name == "acled_sub_event_type" and value not in ACLED_SUB_TYPES:
        raise ReviewError(f"field acled_sub_event_type: {value!r} is not an ACLED sub-event "
                          "type.")
    if name == "country":
        value = value.upper()
        if len(value) != 2 or not value.isalpha():
            raise ReviewError(f"field country: {value!r} is not an ISO 3166-1 alpha-2 code.")
    if name == "certainty" and value not in CERTAINTIES:
        raise ReviewError(f"field certainty: {value!r}; use one of {', '.join(CERTAINTIES)}.")
    if name in ("actor_type", "target_type") and value not in ACTOR_TYPES:
        raise ReviewError(f"field {name}: {value!r}; use one of {', '.join(ACTOR_TYPES)}.")
    return value


def dumps(data: Mapping[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(dict(data), sort_keys=True, ensure_ascii=False)


def loads(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    value = json.loads(text)
    return value if isinstance(value, dict) else {}
