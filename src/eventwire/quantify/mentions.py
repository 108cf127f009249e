"""All quantity mentions of a text: atoms, read in their context, joined into ranges."""

from __future__ import annotations

from eventwire.quantify.context import read_context
from eventwire.quantify.grammar import Mention, find_atoms
from eventwire.quantify.ranges import join_ranges


def find_mentions(text: str) -> list[Mention]:
    """Every quantity mention in ``text``, with value, unit, rate and approximation read."""
    return join_ranges(text, [read_context(text, m) for m in find_atoms(text)])
