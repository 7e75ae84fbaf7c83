"""The main screen's background work: open the library, search, load articles.

Every method here runs in a thread worker and only posts messages
(`tui.messages`); none touches a widget. `index.library` (and so Whoosh) is
imported inside the worker, after the first paint. Workers in one group are
exclusive: a newer search cancels the older, which checks `is_cancelled`
before posting so stale results never overwrite fresh ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import work
from textual.worker import get_current_worker

from tui import messages as msg

MAX_SCOPE_ARTICLES = 8  # search-wide quotes pane: quotations of the top hits


def _cancelled() -> bool:
    return get_current_worker().is_cancelled


class LibraryTasks:
    """Mixin for a Screen: thread workers that talk to `index.library`."""

    library: Any
    post_message: Any

    @work(thread=True, exclusive=True, group="library")
    def open_library(self, folder: Path | None) -> None:
        """Open (building from the samples on first run) and list the library."""
        from index.library import Library

        try:
            library = Library(folder)
            if not library.exists():

                def progress(done: int, total: int, path: str) -> None:
                    self.post_message(msg.LibraryProgress(done, total, Path(path).name))

                library.ensure(progress=progress)
            articles = library.list()
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

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, limit: int) -> None:
        try:
            result = self.library.search(query, limit=limit)
        except Exception as exc:
            from index.model import SearchResult

            result = SearchResult(query=query, error=f"search failed: {exc}")
        if not _cancelled():
            self.post_message(msg.SearchDone(result))

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
