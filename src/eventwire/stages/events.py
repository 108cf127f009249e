"""The events stage: who did what to whom, where, when, how many, and says who.

The work is done in :mod:`eventwire.eventing`; this module only registers it.
Types are PLOVER's sixteen plus MOVE; a MOVE with several destinations is one
event whose ``destination`` is the first and ``destinations`` lists them all.
"""

from __future__ import annotations

from eventwire.eventing import Lexicon, extract_events, load_lexicon
from eventwire.model import Event
from eventwire.pipeline.stage import Context, stage


@stage("events", produces="events",
       requires=("entities", "places", "times", "quantities", "quotes", "attributions"),
       needs_parse=True, order=70)
class EventStage:
    """Events from the parse, linked to places, times, quantities and attributions."""

    version = 1

    def __init__(self) -> None:
        self.lexicon: Lexicon | None = None

    def setup(self) -> None:
        """Load the trigger lexicon (``eventwire/data/triggers.tsv``) once."""
        if self.lexicon is None:
            self.lexicon = load_lexicon()

    def __call__(self, ctx: Context) -> list[Event]:
        if self.lexicon is None:
            self.lexicon = load_lexicon()
        return extract_events(ctx, self.lexicon)
