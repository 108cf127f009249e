"""The upload endpoint's work: read a bounded JSON body, turn it into a Document, store it."""

from __future__ import annotations

import json
import math
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from eventwire.errors import EventwireError
from eventwire.model import SCHEMA, Document, content_id, document_from_dict
from eventwire.store.base import Store
from eventwire.web.errors import ApiError
from eventwire.web.params import NO_NUL
from eventwire.web.validate import FieldError, check_record

ARTICLE_FIELDS = ("title", "source", "published", "url", "path")

UPLOAD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An article to extract, or a document in the output contract's shape.",
    "properties": {
        "text": {"type": "string", "minLength": 1, "pattern": NO_NUL},
        "schema": {"type": "string", "enum": [SCHEMA]},
        **{name: {"type": ["string", "null"], "pattern": NO_NUL} for name in ARTICLE_FIELDS},
    },
    "required": ["text"],
}


async def read_json_body(request: Request, max_bytes: int) -> dict[str, Any]:
    """The request's JSON object, refusing bodies over ``max_bytes`` before reading them."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(415, "Unsupported media type: send Content-Type: application/json.")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > max_bytes):
        raise ApiError(413, f"Payload too large: uploads are limited to {max_bytes} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise ApiError(413, f"Payload too large: uploads are limited to {max_bytes} bytes.")
        chunks.append(chunk)
    payload = parse_json(b"".join(chunks))
    if not isinstance(payload, dict):
        raise ApiError(422, "Invalid body: expected a JSON object.")
    return payload


class _NonFinite(ValueError):
    """A JSON number that is NaN or infinite (or overflows to infinity)."""


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NonFinite(text)
    return value


def _reject_constant(name: str) -> float:
    raise _NonFinite(name)


def parse_json(body: bytes) -> Any:
    """Parse an upload body; hostile JSON (NaN, huge numbers, deep nesting) is a 4xx."""
    try:
        return json.loads(body, parse_float=_finite_float, parse_constant=_reject_constant)
    except _NonFinite as e:
        raise ApiError(422, f"Invalid body: {e} is not a finite number; send finite numbers "
                       "or null.") from e
    except RecursionError as e:
        raise ApiError(400, "Bad request: the body is nested too deeply.") from e
    except UnicodeDecodeError as e:
        raise ApiError(400, f"Bad request: the body is not UTF-8 ({e.reason}).") from e
    except json.JSONDecodeError as e:
        raise ApiError(400, f"Bad request: the body is not valid JSON ({e}).") from e
    except ValueError as e:  # an integer with thousands of digits
        raise ApiError(400, "Bad request: the body holds a number too long to read.") from e


def _bad(field: str, msg: str) -> ApiError:
    return ApiError(422, f"Invalid body: {field}: {msg}",
                    [{"loc": ["body", field], "msg": msg, "type": "value_error"}])


def check_spans(doc: Document) -> None:
    """Every annotation must point at its own text: ``text[start:end] == item.text``."""
    for name in ("entities", "places", "times", "quantities", "quotes"):
        for item in getattr(doc, name):
            if doc.text[item.start:item.end] != item.text:
                raise _bad(name, f"{item.id} does not match text[{item.start}:{item.end}]")
    for e in doc.events:
        if doc.text[e.trigger.start:e.trigger.end] != e.trigger.text:
            raise _bad("events", f"{e.id} trigger does not match the text")


def document_from_upload(payload: dict[str, Any]) -> Document:
    """A contract document as sent, validated."""
    if payload.get("schema") != SCHEMA:
        raise _bad("schema", f"expected {SCHEMA!r}")
    text = payload.get("text")
    if not isinstance(text, str) or not text:
        raise _bad("text", "must be a non-empty string")
    expected = content_id(text)
    if payload.setdefault("id", expected) != expected:
        raise _bad("id", f"must be the content hash of the text ({expected}); leave it out "
                   "to have it computed")
    try:
        doc = document_from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise _bad("document", f"not a valid {SCHEMA} document ({e})") from e
    try:
        check_record(doc)
    except FieldError as e:
        raise _bad(e.where, str(e).split(": ", 1)[-1]) from e
    check_spans(doc)
    return doc


def _article_args(payload: dict[str, Any]) -> dict[str, Any]:
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _bad("text", "must be a non-empty string")
    if "\x00" in text:
        raise _bad("text", "contains a NUL character")
    args: dict[str, Any] = {"text": text}
    for name in ARTICLE_FIELDS:
        value = payload.get(name)
        if value is not None and not isinstance(value, str):
            raise _bad(name, "must be a string")
        if value and "\x00" in value:
            raise _bad(name, "contains a NUL character")
        if name != "url":
            args[name] = value
    if payload.get("url") and not args.get("path"):
        args["path"] = payload["url"]
    return args


def _extract(args: dict[str, Any]) -> Document:
    from eventwire.api import extract

    try:
        return extract(**args)
    except EventwireError as e:
        raise ApiError(422, f"Invalid article: {e}") from e


async def store_upload(store: Store, payload: dict[str, Any]) -> tuple[Document, bool]:
    """Build the document (extracting an article on a worker thread) and save it."""
    if "schema" in payload:
        doc = document_from_upload(payload)
    else:
        doc = await run_in_threadpool(_extract, _article_args(payload))
    result = await run_in_threadpool(store.save, [doc])
    return doc, result.inserted > 0
