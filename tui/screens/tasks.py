"""The main screen's background work: open the library, search, load articles.

Every method here runs in a thread worker and only posts messages
(`tui.messages`); none touches a widget. `index.library` (and so Whoosh) is
imported inside the worker, after the first paint. Workers in one group are
exclusive: a newer search cancels the older, which checks `is_cancelled`
before posting so stale results never overwrite fresh ones.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from textual import work
from textual.worker import get_current_worker

from tui import messages as msg
from tui.screens.search_thread import SearchThread

MAX_SCOPE_ARTICLES = 8  # search-wide quotes pane: quotations of the top hits


def _cancelled() -> bool:
    return get_current_worker().is_cancelled


class LibraryTasks:
    """Mixin for a Screen: thread workers that talk to `index.library`."""

    library: Any
    post_message: Any
    _searcher: SearchThread | None = None

    @work(thread=True, exclusive=True, group="library")
    def open_library(
        self, folder: Path | None, painted: threading.Event | None = None, listed_all: bool = False
    ) -> None:
        """Open (building from the samples on first run) and list the library.

        The list comes first from the catalog cache, before Whoosh and the
        quotation engine are imported (~0.3 s of a 2-core machine's time):
        the user sees and moves through the list while the library opens.
        """
        from index import catalog
        from index.folder import default_folder

        folder = Path(folder) if folder else default_folder()
        # Importing Whoosh holds the GIL for ~0.3 s; starting it while the list
        # paints made the first useful frame ~0.2 s later. So wait for that frame.
        if painted is not None:  # the screen showed the top of the cached list itself
            painted.wait(timeout=2.0)
        quick = None
        if not listed_all and (quick := catalog.quick_list(folder)) is not None:
            shown = threading.Event()
            self.post_message(msg.LibraryListed(folder, quick, shown))
            shown.wait(timeout=2.0)
        try:
            from index.library import Library

            library = Library(folder)
            if not library.exists():

                def progress(done: int, total: int, path: str) -> None:
                    self.post_message(msg.LibraryProgress(done, total, Path(path).name))

                library.ensure(progress=progress)
            articles = None if listed_all or quick is not None else library.list()
        except Exception as exc:  # show the reason; never a traceback over the UI
            self.post_message(msg.LibraryLoaded(None, [], f"could not open the library: {exc}"))
            return
        self.post_message(msg.LibraryLoaded(library, articles))

    @work(thread=True, exclusive=True, group="list")
    def relist(self) -> None:
        """Re-read the library (another process may have added articles)."""
        if self.library is None:
            return
        try:
            articles = self.library.list()
        except Exception as exc:
            self.post_message(msg.Failed(f"refresh failed: {exc}"))
            return
        if not _cancelled():
            self.post_message(msg.LibraryLoaded(self.library, articles))

    def run_search(self, query: str, limit: int) -> None:
        """Search for `query` in the search thread (started on first use)."""
        if self._searcher is None:
            self._searcher = SearchThread(self._search, lambda result: self.post_message(msg.SearchDone(result)))
        self._searcher.request(query, limit)

    def _search(self, query: str, limit: int):
        try:
            return self.library.search(query, limit=limit)
        except Exception as exc:  # a one-line reason in the status line, never a traceback
            from index.model import SearchResult

            return SearchResult(query=query, error=f"search failed: {exc}")

    @work(thread=True, exclusive=True, group="article")
    def load_article(self, article_id: str, query: str, scroll_to: int | None) -> None:
        try:
            article = self.library.get(article_id)
            hits = self.library.match_spans(query, article.body) if query else []
        except Exception as exc:
            self.post_message(msg.Failed(f"could not open the article: {exc}"))
            return
        if not _cancelled():
            self.post_message(msg.ArticleLoaded(article, hits, scroll_to))

    @work(thread=True, exclusive=True, group="quotes")
    def load_search_quotes(self, article_ids: list[str], scope: str, token: int) -> None:
        """Quotations of the top hits, for the quotes pane while searching."""
        quotes = []
        for article_id in article_ids[:MAX_SCOPE_ARTICLES]:
            if _cancelled():
                return
            try:
                quotes.extend(self.library.get(article_id).quotes)
            except Exception:
                continue
        if not _cancelled():
            self.post_message(msg.QuotesLoaded(quotes, scope, token))

    @work(thread=True, exclusive=True, group="speaker")
    def load_speaker(self, speaker: str) -> None:
        """The articles that quote `speaker`, and all their quotations of them."""
        try:
            quotes = self.library.quotes(speaker=speaker)
        except Exception as exc:
            self.post_message(msg.Failed(f"could not read {speaker}'s quotations: {exc}"))
            return
        if not _cancelled():
            ids = {q.article_id for q in quotes}
            self.post_message(msg.SpeakerArticles(speaker, ids, quotes))
