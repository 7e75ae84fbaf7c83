"""The ingest pipeline for one file: load → clean → meta → quotations → Article.

Apart from `index.library` so that opening a library to read it (the app,
`search`, `list`) does not import the cleaner, the quotation engine and the
encoding detector: ~0.15 s of the app's time to its first search.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from index.clean import clean
from index.load import LoadedDoc, LoadError, load_file, shown
from index.meta import extract_meta
from index.model import AddReport, Article, ArticleSummary, Failure
from index.quotes import extract_quotes

# The longest news stories are ~200k characters; far beyond that is not one
# article, and quotation finding grows faster than linearly on it.
MAX_ARTICLE_CHARS = 500_000


def article_id(body: str) -> str:
    """Short, stable id derived from the cleaned content."""
    return hashlib.blake2b(body.encode("utf-8"), digest_size=5).hexdigest()


def _too_long(chars: int) -> str:
    return f"too long for one article ({chars:,} characters, limit {MAX_ARTICLE_CHARS:,})"


def prepare(doc: LoadedDoc) -> Article:
    """Clean a loaded document, read its metadata and quotations."""
    if len(doc.text) > 4 * MAX_ARTICLE_CHARS:  # no cleaning makes that one article; and
        raise LoadError(_too_long(len(doc.text)))  # cleaning it would cost ~15x its size
    cleaned = clean(doc.text)
    if not cleaned.body.strip():
        raise LoadError("no article text left after removing boilerplate")
    if len(cleaned.body) > MAX_ARTICLE_CHARS:
        raise LoadError(_too_long(len(cleaned.body)))
    meta = extract_meta(cleaned, doc)
    aid = article_id(cleaned.body)
    quotes = tuple(
        replace(q, article_id=aid, outlet=meta.outlet) for q in extract_quotes(cleaned.body)
    )
    summary = ArticleSummary(
        id=aid,
        title=meta.title,
        outlet=meta.outlet,
        published=meta.published,
        path=doc.path,
        byline=meta.byline,
    )
    return Article(summary, cleaned.body, doc.text, cleaned.removed, quotes)


def prepare_file(path: Path, report: AddReport) -> list[Article]:
    """The articles in one file; what fails goes to `report.failed` with a reason."""
    try:
        docs = load_file(path)
    except LoadError as exc:
        report.failed.append(Failure(shown(path), str(exc)))
        return []
    articles = []
    for doc in docs:
        try:
            articles.append(prepare(doc))
        except LoadError as exc:
            report.failed.append(Failure(doc.path, str(exc)))
        except Exception as exc:  # a bug on one article must not stop the rest
            report.failed.append(Failure(doc.path, f"could not process: {exc!r}"[:200]))
    return articles
