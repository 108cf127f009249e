"""Event extraction from one document: candidates, decision, one row per happening, coding.

The ``events`` stage (``eventwire.stages.events``) is a thin wrapper over
:func:`eventwire.eventing.records.extract_records`.
"""

from eventwire.eventing.lexicon import Lexicon, TriggerSense, load_lexicon

__all__ = ["Lexicon", "TriggerSense", "load_lexicon"]
