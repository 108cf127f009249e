"""The events stage: who did what to whom, where, when, how many, and says who.

The work is done in :mod:`eventwire.eventing` (see :mod:`eventwire.eventing.records`
for the flow); this module only registers it. Types are PLOVER's sixteen plus MOVE;
a MOVE with several destinations is one event whose ``destination`` is the first and
``destinations`` lists them all.
"""

from __future__ import annotations

from eventwire.eventing import Lexicon, load_lexicon
from eventwire.eventing.records import EventModels, extract_records
from eventwire.model import Event
from eventwire.pipeline.stage import Context, stage


@stage("events", produces="events",
       requires=("entities", "places", "times", "quantities", "quotes", "attributions"),
       needs_parse=True, order=70)
class EventStage:
    """One row per happening, decided by a learned model, with mentions and ACLED codes."""

    version = 3

    def __init__(self) -> None:
        self.lexicon: Lexicon | None = None
        self.models: EventModels | None = None

    def setup(self) -> None:
        """Load the trigger lexicon and the shipped models once."""
        if self.lexicon is None:
            self.lexicon = load_lexicon()
        if self.models is None:
            self.models = EventModels.load()

    def __call__(self, ctx: Context) -> list[Event]:
        self.setup()
        assert self.lexicon is not None and self.models is not None
        return extract_records(ctx, self.lexicon, self.models)
