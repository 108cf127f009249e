"""The per-document work budget: characters and seconds, after which a document fails.

No input under the size limit may take minutes: a document longer than ``max_chars``
is refused before parsing, and one whose extraction runs past ``max_seconds`` stops at
the next check (between stages, and between sentences in the events stage) and is
recorded as failed with the reason. Both come from ``EVENTWIRE_MAX_CHARS`` and
``EVENTWIRE_MAX_SECONDS`` when set.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from eventwire.errors import BudgetExceeded

DEFAULT_MAX_CHARS = 10_000_000
DEFAULT_MAX_SECONDS = 300.0


@dataclass(frozen=True)
class Budget:
    """How much one document may cost."""

    max_chars: int = DEFAULT_MAX_CHARS
    max_seconds: float = DEFAULT_MAX_SECONDS

    @classmethod
    def from_env(cls) -> Budget:
        """The budget set by ``EVENTWIRE_MAX_CHARS`` / ``EVENTWIRE_MAX_SECONDS``, else the
        defaults."""
        chars = os.environ.get("EVENTWIRE_MAX_CHARS")
        seconds = os.environ.get("EVENTWIRE_MAX_SECONDS")
        try:
            return cls(max_chars=int(chars) if chars else DEFAULT_MAX_CHARS,
                       max_seconds=float(seconds) if seconds else DEFAULT_MAX_SECONDS)
        except ValueError as exc:
            raise BudgetExceeded(f"EVENTWIRE_MAX_CHARS / EVENTWIRE_MAX_SECONDS must be numbers"
                                 f" ({exc})") from exc

    def check_size(self, chars: int) -> None:
        """Refuse a text longer than the budget allows."""
        if chars > self.max_chars:
            raise BudgetExceeded(f"{chars:,} characters is over the per-document budget of "
                                 f"{self.max_chars:,} (EVENTWIRE_MAX_CHARS)")

    def start(self) -> Deadline:
        return Deadline(time.monotonic() + self.max_seconds, self.max_seconds)


@dataclass(frozen=True)
class Deadline:
    """The moment a document's extraction must be done by."""

    at: float
    seconds: float

    def check(self, where: str) -> None:
        """Raise BudgetExceeded when the deadline has passed."""
        if time.monotonic() > self.at:
            raise BudgetExceeded(f"extraction took longer than its budget of {self.seconds:g} s"
                                 f" (stopped in {where}; EVENTWIRE_MAX_SECONDS)")
