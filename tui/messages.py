"""Typed messages that workers post back to the screens (Harlequin's pattern).

Workers run in threads and never touch widgets; they post one of these and
the screen updates itself on the event loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:  # index.model is imported after the first frame (index/summary.py)
    from index.model import Article, ArticleSummary, Quote, SearchResult


class LibraryProgress(Message):
    """First-run build: `done` of `total` sample files ingested."""

    def __init__(self, done: int, total: int, name: str) -> None:
        super().__init__()
        self.done, self.total, self.name = done, total, name


class LibraryListed(Message):
    """The article list read from the catalog cache, before the library opens."""

    def __init__(self, folder: Any, articles: list[ArticleSummary], painted: Any) -> None:
        super().__init__()
        self.folder, self.articles = folder, articles
        self.painted = painted  # a threading.Event the screen sets once the list is on screen


class LibraryLoaded(Message):
    """The library is open and listed (or could not be: `error`); `articles` is
    None when the list shown already (from the catalog) is the current one."""

    def __init__(self, library: Any, articles: list[ArticleSummary] | None, error: str | None = None) -> None:
        super().__init__()
        self.library, self.articles, self.error = library, articles, error


class ArticleLoaded(Message):
    """An article to show, with the current search's spans in its body."""

    def __init__(self, article: Article, hits: Sequence[tuple[int, int]], scroll_to: int | None) -> None:
        super().__init__()
        self.article, self.hits, self.scroll_to = article, hits, scroll_to


class SearchDone(Message):
    """Results of the search for `result.query`."""

    def __init__(self, result: SearchResult) -> None:
        super().__init__()
        self.result = result


class QuotesLoaded(Message):
    """Quotations for the quotes pane, with a label saying whose/which."""

    def __init__(self, quotes: list[Quote], scope: str, token: int) -> None:
        super().__init__()
        self.quotes, self.scope, self.token = quotes, scope, token


class SpeakerArticles(Message):
    """The ids of the articles that quote `speaker`, and those quotations."""

    def __init__(self, speaker: str, ids: set[str], quotes: list[Quote]) -> None:
        super().__init__()
        self.speaker, self.ids, self.quotes = speaker, ids, quotes


class Failed(Message):
    """A worker failed in a way the user should hear about (one line)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
