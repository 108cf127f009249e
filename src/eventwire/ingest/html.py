"""HTML articles: trafilatura for the body, htmldate and meta tags for metadata."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.ingest.article import Article
from eventwire.ingest.dates import parse_published
from eventwire.model import Meta


def read_html(raw: str, path: str) -> Article:
    """Extract the main text and metadata of an HTML page."""
    import trafilatura

    body = trafilatura.extract(raw, include_comments=False, include_tables=False,
                               favor_recall=True)
    if not body or not body.strip():
        raise InputError(path, "no article text found in the HTML.",
                         "Check that the page holds the article body, not only navigation.")
    meta = trafilatura.extract_metadata(raw)
    published = parse_published(meta.date) if meta is not None and meta.date else None
    if published is None:
        published = _htmldate(raw)
    authors: tuple[str, ...] = ()
    if meta is not None and meta.author:
        authors = tuple(a.strip() for a in meta.author.split(";") if a.strip())
    return Article(
        text=body.strip(),
        meta=Meta(path=path, title=meta.title if meta is not None else None,
                  source=meta.sitename if meta is not None else None,
                  authors=authors, published=published,
                  url=meta.url if meta is not None else None),
    )


def _htmldate(raw: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(raw, extensive_search=False)
    except ValueError:
        return None
    return parse_published(found) if found else None
