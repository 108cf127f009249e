"""The events stage: who did what to whom, where, when, how many, and says who."""

from __future__ import annotations

from eventwire.model import Event
from eventwire.pipeline.stage import Context, stage


@stage("events", produces="events",
       requires=("entities", "places", "times", "quantities", "quotes", "attributions"),
       needs_parse=True, order=70)
class EventStage:
    """Events from the parse, linked to places, times, quantities and attributions."""

    version = 1

    def setup(self) -> None:
        """Load the trigger lexicon once."""

    def __call__(self, ctx: Context) -> list[Event]:
        return []
