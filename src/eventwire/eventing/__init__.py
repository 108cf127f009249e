"""Event extraction from one document: triggers, arguments, links and certainty.

The ``events`` stage (``eventwire.stages.events``) is a thin wrapper over
:func:`eventwire.eventing.extract.extract_events`.
"""

from eventwire.eventing.extract import extract_events
from eventwire.eventing.lexicon import Lexicon, TriggerSense, load_lexicon

__all__ = ["Lexicon", "TriggerSense", "extract_events", "load_lexicon"]
