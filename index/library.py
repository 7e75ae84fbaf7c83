"""The library: the one object the command line and the app talk to.

It runs the flow of DESIGN.md (load → clean → meta → quotes → store) and
answers questions (list, show, search, quotes, speakers, compare, related)
with the dataclasses of `index.model`, so callers never see Whoosh.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from index.folder import default_folder
from index.model import (
    AddReport,
    Article,
    ArticleSummary,
    Comparison,
    Failure,
    Quote,
    Related,
    SearchResult,
)
from index.samples import sample_dir
from index.store import LibraryCorrupt, LibraryLocked, Store

__all__ = ["Library", "LibraryLocked", "LibraryCorrupt", "UnknownArticle", "default_folder"]

# Articles per commit: a crash loses at most one batch of work. The variable
# lets the crash tests commit often; it is not a user setting.
BATCH = int(os.environ.get("NEWSREADER_BATCH") or 200)
Progress = Callable[[int, int, str], None]


class UnknownArticle(Exception):
    """An id, prefix or file name that names no article (or several)."""


def _generation(library: Library) -> int:
    from index.catalog import generation

    return generation(library.store.path) if library.store.path.is_dir() else -1


def _read(method: Callable) -> Callable:
    """Run a read again when a writer's commit raced it.

    Segments are not compound (FACTS.md), so a reader opens a segment's files
    lazily; a commit that merges segments deletes files an open reader has yet
    to touch. Only a failure with a new generation in between is retried.
    """

    @functools.wraps(method)
    def wrapper(self: Library, *args, **kwargs):
        for _ in range(2):
            before = _generation(self)
            try:
                return method(self, *args, **kwargs)
            except (UnknownArticle, LibraryCorrupt):
                raise
            except Exception:
                if _generation(self) == before:
                    raise
        return method(self, *args, **kwargs)

    return wrapper


class Library:
    """A library folder: the Whoosh index plus small user state."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else default_folder()
        self.store = Store(self.folder)

    # --- lifecycle -----------------------------------------------------------

    def exists(self) -> bool:
        return self.store.exists()

    def ensure(self, progress: Progress | None = None) -> AddReport | None:
        """Build the library from the sample articles on first use."""
        if self.exists():
            return None
        return self.add([sample_dir()], progress=progress)

    # --- writing -------------------------------------------------------------

    def add(self, paths: Iterable[str | Path], progress: Progress | None = None) -> AddReport:
        """Ingest files and folders; one bad file never stops the others."""
        from index.load import iter_paths, shown  # the ingest pipeline: not needed to read

        report = AddReport()
        files: list[Path] = []
        for item in iter_paths(paths):
            if isinstance(item, Failure):
                report.failed.append(item)
            else:
                files.append(item)
        self.store.open()
        known = {s.id: s for s in self.list()}
        by_path = {s.path: s.id for s in known.values()}
        batch: list[Article] = []
        for n, path in enumerate(files, 1):
            if progress:
                progress(n, len(files), shown(path))
            for article in self._prepare_file(path, report):
                if article.id in known:
                    report.unchanged.append(known[article.id])
                    continue
                batch.append(article)
                known[article.id] = article.summary
                report.added.append(article.summary)
            if len(batch) >= BATCH:
                self._write(batch, by_path)
                batch = []
        if batch:
            self._write(batch, by_path)
        return report

    def _prepare_file(self, path: Path, report: AddReport) -> list[Article]:
        from index.ingest import prepare_file

        return prepare_file(path, report)

    def _write(self, articles: list[Article], by_path: dict[str, str]) -> None:
        """Commit one batch; a file whose content changed replaces its old article."""
        with self.store.writer() as writer:
            for article in articles:
                old = by_path.get(article.summary.path)
                if old and old != article.id:
                    self.store.delete_article(writer, old)
                self.store.put_article(writer, article)
                by_path[article.summary.path] = article.id

    def remove(self, refs: Iterable[str]) -> list[ArticleSummary]:
        """Remove articles by id, unique prefix or file name."""
        targets = [self.resolve(ref) for ref in refs]
        with self.store.writer() as writer:
            for summary in targets:
                self.store.delete_article(writer, summary.id)
        return targets

    # --- reading -------------------------------------------------------------

    @_read
    def list(self) -> list[ArticleSummary]:
        """Every article, newest first (undated last), then by title."""
        from index import catalog

        if not self.exists():
            return []
        gen = catalog.generation(self.store.path)
        cached = catalog.load(self.folder, gen)
        if cached is not None:
            return cached
        from index.store import summaries

        with self.store.searcher() as searcher:
            items = summaries(searcher)
        items.sort(key=lambda s: s.title.lower())
        items.sort(key=lambda s: s.published or "", reverse=True)
        catalog.save(self.folder, gen, items)
        return items

    @_read
    def resolve(self, ref: str) -> ArticleSummary:
        """An id, a unique id prefix, or the source file's name or stem."""
        from index.store import id_prefix_matches

        ref = ref.strip()
        found: list[ArticleSummary] = []
        if ref and self.exists():
            with self.store.searcher() as searcher:
                found = id_prefix_matches(searcher, ref)
        exact = [s for s in found if s.id == ref]
        if exact:
            return exact[0]
        if not found and ref:
            names = (lambda p: (p.name, p.stem, str(p)))
            found = [s for s in self.list() if ref in names(Path(s.path))]
        if len(found) == 1:
            return found[0]
        if not found:
            raise UnknownArticle(f"no article matches {ref!r}")
        ids = ", ".join(s.id for s in found[:5])
        raise UnknownArticle(f"{ref!r} matches {len(found)} articles ({ids}); give more of the id")

    @_read
    def get(self, ref: str) -> Article:
        """The full article with its quotations."""
        from index.store import article_from_fields, quote_from_fields, raw_of

        summary = self.resolve(ref)
        with self.store.searcher() as searcher:
            docnum = searcher.document_number(doctype="article", article_id=summary.id)
            if docnum is None:
                raise UnknownArticle(f"no article matches {ref!r}")
            fields = searcher.stored_fields(docnum)
            quotes = [
                quote_from_fields(d)
                for d in searcher.documents(doctype="quote", article_id=summary.id)
            ]
            return article_from_fields(fields, quotes, raw_of(searcher, docnum))

    @_read
    def search(self, qstring: str, limit: int = 20) -> SearchResult:
        from index.search import search_articles

        if not self.exists():
            return SearchResult(query=qstring)
        with self.store.searcher() as searcher:
            return search_articles(searcher, qstring, limit)

    def match_spans(self, qstring: str, text: str) -> list[tuple[int, int]]:
        """Where a search's words occur in `text` (for the reader's highlights)."""
        from index.search import match_spans

        return match_spans(qstring, text)

    @_read
    def quotes(
        self, speaker: str | None = None, article: str | None = None, text: str | None = None
    ) -> list[Quote]:
        """Quotations, optionally of one speaker and/or one article."""
        from index.quote_index import find_quotes

        if not self.exists():
            return []
        aid = self.resolve(article).id if article else None
        with self.store.searcher() as searcher:
            return find_quotes(searcher, speaker=speaker, article_id=aid, text=text)

    @_read
    def speakers(self):
        """Canonical speakers across the library, most quoted first."""
        from index.quote_index import list_speakers

        if not self.exists():
            return []
        with self.store.searcher() as searcher:
            return list_speakers(searcher)

    def compare(self, a_ref: str, b_ref: str) -> Comparison:
        """Aligned passages, shared quotations and similarity of two articles."""
        from index.compare import compare

        return compare(self.get(a_ref), self.get(b_ref))

    @_read
    def related(self, ref: str, limit: int = 10) -> list[Related]:
        """The articles most like this one, best first (scores 0..1)."""
        from index.related import related

        aid = self.resolve(ref).id
        with self.store.searcher() as searcher:
            return related(searcher, aid, limit)

    @_read
    def stories(self) -> list[list[str]]:
        """Groups of article ids about one event (two or more articles each)."""
        from index.related import stories

        if not self.exists():
            return []
        with self.store.searcher() as searcher:
            return stories(searcher)
