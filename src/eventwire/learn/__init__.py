"""Learned parts of the events stage: corpora, training and evaluation (``eventwire train``)."""
