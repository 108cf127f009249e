"""Readers: turn files, folders, JSON Lines and stdin into Articles (text + metadata)."""

from eventwire.ingest.article import Article, ReadOptions
from eventwire.ingest.sniff import read_articles

__all__ = ["Article", "ReadOptions", "read_articles"]
