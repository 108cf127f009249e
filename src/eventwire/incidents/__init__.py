"""Incidents: the same real-world happening told by events in several documents."""

from eventwire.incidents.group import FAMILIES, GroupingConfig, group_incidents
from eventwire.incidents.reconcile import reconcile_counts
from eventwire.incidents.source import rows_from_documents, rows_from_jsonl

__all__ = ["FAMILIES", "GroupingConfig", "group_incidents", "reconcile_counts",
           "rows_from_documents", "rows_from_jsonl"]
