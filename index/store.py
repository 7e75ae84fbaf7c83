"""The Whoosh index on disk: schema, opening, safe batched writes, stored docs.

One index holds two kinds of documents, told apart by `doctype`: one per
article and one per quotation. Both carry `article_id`, so removing or
replacing an article deletes its quotations in the same commit; a commit is
atomic (Whoosh writes the new segment files, then renames a fresh TOC into
place), so a crash mid-`add` leaves the last committed state readable.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema
from whoosh.formats import Existence
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.searching import Searcher

from index.folder import INDEX_DIR
from index.model import Article, ArticleSummary, Quote
from index.scoring import ImpactBM25, body_boost

SCHEMA_VERSION = "5"  # bump when fields change: bench caches rebuild
LOCK_WAIT_SECONDS = 10.0
POOL_SIZE = 3  # searchers kept open: about one per concurrent app worker


class LibraryLocked(Exception):
    """Another process is writing to the library."""


class LibraryCorrupt(Exception):
    """The index on disk cannot be opened."""


def make_schema() -> Schema:
    """Article and quotation fields; text fields stem, `words` does not.

    `words` exists only for "did you mean": correcting against a stemmed field
    suggests stems ("emiss"), FACTS.md. It records only which words occur (no
    positions or counts), which keeps its indexing cost small.
    """
    stem = StemmingAnalyzer()
    return Schema(
        doctype=ID(stored=True),
        uid=ID(stored=True, unique=True),
        article_id=ID(stored=True),
        path=ID(stored=True),
        title=TEXT(analyzer=stem, stored=True),
        outlet=TEXT(analyzer=StandardAnalyzer(), stored=True),
        outlet_sort=ID(sortable=True),
        published=ID(stored=True, sortable=True),
        byline=TEXT(stored=True),
        body=TEXT(analyzer=stem, stored=True),
        words=FieldType(format=Existence(), analyzer=StandardAnalyzer(stoplist=None)),
        speaker=TEXT(analyzer=StandardAnalyzer(stoplist=None), stored=True),
        speakers=KEYWORD(stored=True, commas=True, lowercase=False),
        speaker_key=ID(stored=True),
        qtext=TEXT(analyzer=stem, stored=True),
        start=NUMERIC(stored=True),
        end=NUMERIC(stored=True),
        extra=STORED(),
        card=COLUMN(),
        rawdoc=COLUMN(),
        qcard=COLUMN(),
    )


class Store:
    """A Whoosh index in `folder/index`, opened lazily and kept open."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / INDEX_DIR
        self._ix = None
        self._pool: list[Searcher] = []
        self._pool_lock = threading.Lock()

    def exists(self) -> bool:
        """Cheap: an open index exists; otherwise look for a TOC file."""
        if self._ix is not None:
            return True
        return self.path.is_dir() and any(self.path.glob("_MAIN_*.toc"))

    def open(self, create: bool = True):
        """Open the index, creating it when `create` and it is absent."""
        if self._ix is not None:
            return self._ix
        try:
            if self.exists():
                self._ix = whoosh_index.open_dir(str(self.path))
            elif create:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ix = FileStorage(str(self.path)).create_index(make_schema())
            else:
                raise LibraryCorrupt(f"no library at {self.folder}")
        except (OSError, EOFError, ValueError) as exc:
            raise LibraryCorrupt(f"cannot open the index in {self.path}: {exc}") from exc
        return self._ix

    @contextmanager
    def searcher(self) -> Iterator[Searcher]:
        """A searcher from a small pool, refreshed if another commit landed.

        Opening a searcher reads the TOC and every segment's term index
        (tens of ms on a big library): once per keystroke was a third of the
        app's search latency. One searcher is never shared by two threads
        (its files are read with seek + read), and one that failed is dropped.
        """
        with self._pool_lock:
            searcher = self._pool.pop() if self._pool else None
        if searcher is not None and not searcher.up_to_date():
            searcher.close()  # not refresh(): whoosh-reloaded's reuse re-adds merged-away segments
            searcher = None
        if searcher is None:
            searcher = self.open().searcher(weighting=ImpactBM25())
        try:
            yield searcher
        except BaseException:
            searcher.close()
            raise
        with self._pool_lock:
            if len(self._pool) < POOL_SIZE:
                self._pool.append(searcher)
                return
        searcher.close()

    @contextmanager
    def writer(self, wait: float | None = None):
        """A writer that commits on success and cancels on error.

        `compound=False` on every writer, merges included: compound segment
        files are copied into memory by every searcher (FACTS.md).
        """
        ix = self.open()
        wait = LOCK_WAIT_SECONDS if wait is None else wait
        try:
            writer = ix.writer(timeout=wait, delay=0.1, compound=False)
        except LockError as exc:
            raise LibraryLocked(
                f"another newsreader process is writing to {self.folder}; "
                "try again when it finishes"
            ) from exc
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        writer.commit(merge=True)

    # --- writing -----------------------------------------------------------

    @staticmethod
    def put_article(writer, article: Article) -> None:
        """Replace the article and its quotations (same id → same docs)."""
        writer.delete_by_term("article_id", article.id)
        s = article.summary
        speakers = sorted({_speaker_key(q) for q in article.quotes if q.speaker})
        writer.add_document(
            doctype="article",
            uid=article.id,
            article_id=article.id,
            path=s.path,
            title=s.title,
            outlet=s.outlet or "",
            outlet_sort=(s.outlet or "").lower(),
            published=s.published or "",
            byline=s.byline or "",
            # Indexed: title, outlet and body in one field, so a bare word is one
            # term query (an OR over three fields scored 10-20x slower: bench_app.py);
            # the title twice stands in for its old field boost. Stored: the body.
            body=(indexed := f"{s.title}\n{s.title}\n{s.outlet or ''}\n{article.body}"),
            _stored_body=article.body,
            _body_boost=body_boost(len(indexed.split())),  # BM25's length factor, index.scoring
            words=f"{s.title}\n{article.body}",
            speaker=" ; ".join(sorted({q.speaker for q in article.quotes if q.speaker})),
            speakers=",".join(speakers),
            rawdoc=json.dumps({"raw": article.raw, "removed": list(article.removed)}).encode("utf-8"),
            card=json.dumps(s.to_json()).encode("utf-8"),
        )
        for n, q in enumerate(article.quotes):
            writer.add_document(
                doctype="quote",
                uid=f"{article.id}:{n}",
                article_id=article.id,
                path=s.path,
                speaker=q.speaker or "",
                speaker_key=_speaker_key(q) if q.speaker else "",
                qtext=q.text,
                start=q.start,
                end=q.end,
                extra=json.dumps(
                    {
                        "as_written": q.speaker_as_written,
                        "cue": q.cue,
                        "kind": q.kind,
                        "description": q.description,
                        "outlet": s.outlet,
                    }
                ),
                qcard=json.dumps(
                    [_speaker_key(q), q.speaker_as_written, q.kind, q.description, article.id]
                ).encode("utf-8")
                if q.speaker
                else b"",
            )

    @staticmethod
    def delete_article(writer, article_id: str) -> int:
        return writer.delete_by_term("article_id", article_id)


def _speaker_key(q: Quote) -> str:
    """Grouping key: anonymous sources never merge across articles."""
    name = (q.speaker or "").replace(",", " ").replace("|", " ")
    anonymous = q.kind == "nominal" or name[:1].islower()  # "he" resolved to "a former official"
    return f"{name}|{q.article_id}" if anonymous else name


def summaries(searcher: Searcher) -> list[ArticleSummary]:
    """Every live article's summary, read from the `card` column.

    A column is read without unpickling stored documents, so listing 100k
    articles costs a scan of small JSON cards, not of every body.
    """
    reader = searcher.reader()
    if not reader.has_column("card"):
        return []
    cards = list(reader.column_reader("card"))  # iterating beats indexing per doc
    deleted = reader.is_deleted if reader.has_deletions() else None
    return [
        ArticleSummary(**json.loads(card))
        for docnum, card in enumerate(cards)
        if card and not (deleted and deleted(docnum))
    ]


def id_prefix_matches(searcher: Searcher, prefix: str, limit: int = 6) -> list[ArticleSummary]:
    """Articles whose id starts with `prefix` (a term lookup, not a scan)."""
    from whoosh.query import Prefix, Term

    query = Prefix("article_id", prefix.lower()) & Term("doctype", "article")
    return [summary_from_fields(hit.fields()) for hit in searcher.search(query, limit=limit)]


def summary_from_fields(fields: dict) -> ArticleSummary:
    return ArticleSummary(
        id=fields["article_id"],
        title=fields.get("title", ""),
        outlet=fields.get("outlet") or None,
        published=fields.get("published") or None,
        path=fields.get("path", ""),
        byline=fields.get("byline") or None,
    )


def quote_from_fields(fields: dict) -> Quote:
    extra = json.loads(fields.get("extra") or "{}")
    return Quote(
        text=fields.get("qtext", ""),
        start=int(fields.get("start", 0)),
        end=int(fields.get("end", 0)),
        speaker=fields.get("speaker") or None,
        speaker_as_written=extra.get("as_written"),
        cue=extra.get("cue"),
        kind=extra.get("kind") or "none",
        description=extra.get("description"),
        article_id=fields["article_id"],
        outlet=extra.get("outlet") or fields.get("outlet") or None,
    )


def raw_of(searcher: Searcher, docnum: int) -> dict:
    """The raw text and removed lines, kept in a column so that loading a
    hit's stored fields (every search) does not unpickle them too."""
    reader = searcher.reader()
    value = reader.column_reader("rawdoc")[docnum] if reader.has_column("rawdoc") else b""
    return json.loads(value or b"{}")


def article_from_fields(fields: dict, quotes: Iterable[Quote], extra: dict) -> Article:
    return Article(
        summary=summary_from_fields(fields),
        body=fields.get("body", ""),
        raw=extra.get("raw", ""),
        removed=tuple(extra.get("removed", ())),
        quotes=tuple(sorted(quotes, key=lambda q: q.start)),
    )
