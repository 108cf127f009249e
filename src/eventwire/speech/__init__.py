"""Who says what: quote marks, speech cues, speakers and reported speech.

The ``quotes`` and ``attribution`` stages are thin wrappers over this package:
``marks`` finds quoted stretches in raw text, ``frames`` finds the sentence
around each, ``cues`` the speech verbs outside quotes, ``speakers`` turns a
cue's subject into a speaker, ``quoting`` joins quotes to speakers and
``reported`` finds attributed content without quote marks.
"""
