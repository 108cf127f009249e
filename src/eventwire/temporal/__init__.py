"""Temporal expressions: a regex grammar, calendar arithmetic and resolution against a date.

``find_times(text, published)`` is the entry point; the dates stage wraps it.
"""

from eventwire.temporal.extract import FoundTime, find_times

__all__ = ["FoundTime", "find_times"]
