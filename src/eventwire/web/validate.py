"""Runtime checks of an uploaded document against the model's own type annotations.

``document_from_dict`` builds records from whatever JSON it is given; these checks
make sure every field then holds what its annotation says (a string, a finite number
within 64 bits, a tuple of records …) before anything reaches the database, so a
hostile upload gets a 422 naming the field instead of a 500 or a poisoned row. The
annotations are read from the model itself, so new fields are checked as they come.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Mapping
from typing import Any

#: Largest integer a database column takes (SQLite and PostgreSQL BIGINT).
INT_LIMIT = 2 ** 63 - 1


class FieldError(ValueError):
    """A field whose value does not fit its annotation."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _name(value: Any) -> str:
    return type(value).__name__


def _number(value: Any, where: str, *, integer: bool) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or (
            integer and not isinstance(value, int)):
        raise FieldError(where, f"expected {'an integer' if integer else 'a number'}, "
                         f"got {_name(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise FieldError(where, f"{value} is not a finite number")
    if isinstance(value, int) and abs(value) > INT_LIMIT:
        raise FieldError(where, "number out of range")


def check(value: Any, annotation: Any, where: str) -> None:
    """Raise FieldError when ``value`` does not match ``annotation``."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is Any:
        return
    if annotation is None or annotation is type(None):
        if value is not None:
            raise FieldError(where, f"expected null, got {_name(value)}")
    elif origin is typing.Union or origin is types.UnionType:
        errors = []
        for option in args:
            try:
                check(value, option, where)
                return
            except FieldError as e:
                errors.append(str(e).split(": ", 1)[-1])
        raise FieldError(where, " or ".join(errors))
    elif annotation is bool:
        if not isinstance(value, bool):
            raise FieldError(where, f"expected true or false, got {_name(value)}")
    elif annotation is int or annotation is float:
        _number(value, where, integer=annotation is int)
    elif annotation is str:
        if not isinstance(value, str):
            raise FieldError(where, f"expected a string, got {_name(value)}")
        if "\x00" in value:
            raise FieldError(where, "contains a NUL character")
    elif origin is typing.Literal:
        if value not in args:
            raise FieldError(where, f"expected one of {', '.join(map(repr, args))}")
    elif origin in (tuple, list):
        if not isinstance(value, tuple | list):
            raise FieldError(where, f"expected a list, got {_name(value)}")
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                raise FieldError(where, f"expected {len(args)} items")
            for i, (item, kind) in enumerate(zip(value, args, strict=True)):
                check(item, kind, f"{where}[{i}]")
        elif args:
            for i, item in enumerate(value):
                check(item, args[0], f"{where}[{i}]")
    elif origin is dict or origin is Mapping:
        if not isinstance(value, Mapping):
            raise FieldError(where, f"expected an object, got {_name(value)}")
        key_type, value_type = args or (Any, Any)
        for key, item in value.items():
            check(key, key_type, f"{where} key")
            check(item, value_type, f"{where}.{key}")
    elif isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        if not isinstance(value, annotation):
            raise FieldError(where, f"expected an object, got {_name(value)}")
        check_record(value, where)
    # anything else (a type this check does not know) is accepted as it is


def check_record(record: Any, where: str = "") -> None:
    """Check every field of a dataclass record against its annotation."""
    hints = _hints(type(record))
    for field in dataclasses.fields(record):
        path = f"{where}.{field.name}" if where else field.name
        check(getattr(record, field.name), hints.get(field.name, Any), path)
