"""The eventwire error hierarchy: every message says what went wrong, where, and the fix."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class. The message names what went wrong, where, and how to fix it."""


class InputError(EventwireError, ValueError):
    """An input (file, line, record) that cannot be read as an article."""

    def __init__(self, source: str, reason: str, hint: str = "") -> None:
        self.source, self.reason, self.hint = source, reason, hint
        super().__init__(f"{source}: {reason}" + (f" {hint}" if hint else ""))


class ResourceMissingError(EventwireError):
    """A model or data file a stage needs is not installed; the message names the fix."""


class PipelineError(EventwireError):
    """Stages that cannot run together (a required layer nobody produces, a cycle)."""


class StoreError(EventwireError):
    """A storage backend failed or was given a URL it cannot open."""


class BudgetExceeded(EventwireError):
    """A document needed more work than its budget allows; it is recorded as failed."""
