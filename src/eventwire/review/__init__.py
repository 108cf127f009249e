"""Human review of machine-coded event rows: decisions with an audit log, accounts, the queue.

The machine proposes, the analyst disposes: every event row carries ``review_status``
(machine, accepted, edited, rejected), its reviewer and a version number; every change
is one append-only ``review_audit`` row (who, when, before, after, why). Edits use
optimistic concurrency: a change made against an old version is refused with the other
person's change, never applied silently over it.
"""
