"""The main screen: article list | reader | quotes by speaker.

The screen owns what is shown (sort, search, speaker filter) and turns it
into rows for the list; the widgets only draw. Library calls happen in the
workers of `tui.screens.tasks`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, ProgressBar, Static

from tui import messages as msg
from tui.screens.searching import SEARCH_LIMIT, Searching
from tui.screens.tasks import LibraryTasks
from tui.status import search_status
from tui.text import plain
from tui.widgets.article_list import ArticleList, Snippet
from tui.widgets.quotes_pane import QuotesPane
from tui.widgets.reader import Reader
from tui.widgets.search_box import SearchBox

if TYPE_CHECKING:  # index.model is imported after the first frame (index/summary.py)
    from index.model import ArticleSummary, Quote, SearchResult

NARROW = 110  # below this width the quotes pane stacks under the reader


class MainScreen(Searching, LibraryTasks, Screen):
    """Browse, search and read; mark two articles to compare."""

    AUTO_FOCUS = "#articles"  # focused once at start (a second move restyles every widget)

    BINDINGS = [
        # Priority: run while the app routes the key, so keys typed right after
        # ("/koffler" in one burst, a paste) already go to the new focus.
        Binding("slash", "search", "Search", id="main.search", priority=True),
        Binding("escape", "clear", "Clear", show=False, id="main.clear", priority=True),
        Binding("space", "mark", "Mark", id="main.mark"),
        Binding("c", "compare", "Compare", id="main.compare"),
        Binding("n", "step(1)", "Next hit", show=False, id="main.next"),
        Binding("N", "step(-1)", "Prev hit", show=False, id="main.prev"),
        Binding("s", "toggle_quotes", "Quotes", id="main.quotes"),
        Binding("o", "sort", "Sort", show=False, id="main.sort"),
        Binding("r", "refresh", "Refresh", show=False, id="main.refresh"),
        Binding("q", "app.quit", "Quit", id="main.quit"),
    ]

    def __init__(self, library_folder=None) -> None:
        super().__init__(classes="-starting")  # set here: adding it on mount restyled every widget
        self.library_folder = library_folder
        self.library = None
        self.state = None
        self.all_articles: list[ArticleSummary] = []
        self.sort_by = "date"
        self.search_text = ""
        self.result: SearchResult | None = None
        self.speaker: str | None = None
        self.speaker_ids: set[str] = set()
        self.open_id: str | None = None
        self.open_quotes: list[Quote] = []
        self._open_when_found = False
        self._quotes_token = 0
        self._quotes_timer: Timer | None = None
        self._pending_open: tuple[str, int | None] | None = None  # asked before the library opened
        self._listed_total: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="list-pane", classes="pane"):
                yield SearchBox(placeholder="/ search: putin, \"exact words\", speaker:peskov", id="search", compact=True)
                yield Static("", id="status", markup=False)
                with Vertical(id="loading"):  # the progress bar is mounted on a first run only
                    yield Static("Opening the library…", id="loading-label", markup=False)
                yield ArticleList(id="articles")
            yield Vertical(id="read-pane")  # filled by end_start, after the first frame
            with Horizontal(id="read-skeleton"):  # the first frame's stand-in for #read-pane
                yield Static(Reader.EMPTY, id="skeleton-reader", classes="pane", markup=False)
                yield Static("", id="skeleton-quotes", classes="pane")
        yield Footer()

    def on_mount(self) -> None:
        # Mounting, styling and painting the reader and the quotes pane was
        # ~80 ms of a ~400 ms start: the first frame shows two empty boxes that
        # look the same, and the real panes are mounted on the next frame.
        self.call_after_refresh(self.end_start)
        self.query_one("#list-pane").border_title = "Articles"
        self.query_one("#skeleton-reader").border_title = "Reader"
        self.query_one("#skeleton-quotes").border_title = "Quotes · open an article"
        self.open_library(self.library_folder, *self.list_from_cache())

    def end_start(self) -> None:
        """Put the real reader and quotes panes in place of the first frame's stand-ins."""
        if not self.has_class("-starting"):  # done already: the usual case for reader() and quotes_pane()
            return
        pane = self.query_one("#read-pane")
        if not pane.is_attached:  # shutting down: nothing to show
            return
        reader = Reader(id="reader", classes="pane")
        reader.border_title = "Reader"
        pane.mount(reader, QuotesPane(id="quotes", classes="pane"))
        self.remove_class("-starting")
        self.query_one("#read-skeleton").remove()
        self.show_open_quotes()  # "Quotes · open an article" rather than a blank pane

    def reader(self) -> Reader:
        """The reader pane (mounted now if a message needs it before the second frame)."""
        self.end_start()
        return self.query_one(Reader)

    def quotes_pane(self) -> QuotesPane:
        self.end_start()
        return self.query_one(QuotesPane)

    def list_from_cache(self) -> tuple[threading.Event | None, bool]:
        """Show the top of the cached list before the first frame.

        Reading 200 rows costs ~2 ms at any library size: cheaper than a
        "loading" frame followed by the list. The worker reads the rest and
        opens the index after this frame is painted. Returns the event the
        frame sets, and whether the whole list is already shown.
        """
        from index import catalog
        from index.folder import default_folder

        folder = Path(self.library_folder) if self.library_folder else default_folder()
        head = catalog.head(folder)
        if head is None:
            return None, False
        rows, total = head
        self.load_state(folder)
        self.show_articles(rows, total)
        painted = threading.Event()
        self.call_after_refresh(painted.set)
        return painted, len(rows) == total

    def on_unmount(self) -> None:
        if self._searcher is not None:
            self._searcher.stop()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    # --- library ------------------------------------------------------------

    def on_library_progress(self, message: msg.LibraryProgress) -> None:
        self.query_one("#loading-label", Static).update(
            f"Building your library from the sample articles… {message.done}/{message.total}"
        )
        bars = self.query("#loading-bar")
        bar = bars.first(ProgressBar) if bars else ProgressBar(id="loading-bar", show_eta=False)
        if not bars:  # composing it on every start cost ~15 ms of a ~450 ms start-up
            self.query_one("#loading").mount(bar)
        bar.update(total=message.total, progress=message.done)

    def on_library_listed(self, message: msg.LibraryListed) -> None:
        """The cached list: usable (move, mark) before the library is open."""
        self.load_state(message.folder)
        self.show_articles(message.articles)
        self.call_after_refresh(message.painted.set)

    def on_library_loaded(self, message: msg.LibraryLoaded) -> None:
        articles = self.query_one(ArticleList)
        if message.error:
            self.query_one("#loading").display = False
            articles.empty_message = message.error
            articles.show([])
            return
        first_load = self.library is None
        self.library = message.library
        self.app.library = message.library
        self.load_state(self.library.folder)
        if message.articles is not None and message.articles is not self.all_articles:  # not already shown
            self.show_articles(message.articles)
        if self.search_text:
            self.run_search(self.search_text, SEARCH_LIMIT)
        if self._pending_open is not None:
            self.request_article(*self._pending_open)
        if first_load:
            self.app.settle_memory()

    def load_state(self, folder) -> None:
        if self.state is None:
            from index.state import UserState

            self.state = UserState(folder)
            articles = self.query_one(ArticleList)
            articles.read, articles.marked = self.state.read, self.state.marked

    def show_articles(self, articles: list[ArticleSummary], total: int | None = None) -> None:
        """Show the library's articles; `total` > len(articles): only the top so far."""
        self.query_one("#loading").display = False
        first = not self.all_articles
        self.all_articles = articles
        self._listed_total = total if total and total > len(articles) else None
        self.update_rows(keep=None if first else self.current_id())

    def current_id(self) -> str | None:
        current = self.query_one(ArticleList).current
        return current.id if current else None

    def update_rows(self, keep: str | None = None) -> None:
        """Rows = search hits (by score) or every article (by sort), then speaker filter."""
        snippets: dict[str, Snippet] = {}
        if self.result is not None and self.search_text:
            rows = [hit.article for hit in self.result.hits]
            snippets = {h.article.id: Snippet(h.snippet, h.snippet_spans) for h in self.result.hits}
        else:
            rows = self.sorted_articles()
        if self.speaker:
            rows = [a for a in rows if a.id in self.speaker_ids]
        articles = self.query_one(ArticleList)
        if self.search_text or self.speaker:
            articles.empty_message = "No articles match: escape clears the search."
        else:
            articles.empty_message = "No articles yet: add some with `newsreader add PATH`."
        articles.show(rows, snippets, keep=keep)
        self.update_status()

    def sorted_articles(self) -> list[ArticleSummary]:
        if self.sort_by == "outlet":  # stable sort keeps date order within an outlet
            return sorted(self.all_articles, key=lambda a: ((a.outlet or "~").lower()))
        return list(self.all_articles)

    def update_status(self) -> None:
        total = len(self.query_one(ArticleList).articles)
        if self._listed_total and not (self.search_text or self.speaker):
            total = self._listed_total  # the rest of the list is still being read
        text = search_status(self.search_text, self.result, self.speaker, total, self.sort_by)
        self.query_one("#status", Static).update(text, layout=False)  # one fixed line: no reflow per key

    # --- search (the rest is in tui.screens.searching) -------------------------

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.start_search(event.value)  # no debounce: run_search keeps one search in flight

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.focus_now(self.query_one(ArticleList))
        if self.result is not None and self.result.query == self.search_text and self.search_text:
            self.query_one(ArticleList).action_open()
        else:
            self._open_when_found = True

    # --- reading ------------------------------------------------------------

    @on(ArticleList.Opened)
    def open_article(self, event: ArticleList.Opened) -> None:
        self.request_article(event.article.id)

    def request_article(self, article_id: str, scroll_to: int | None = None) -> None:
        if self.library is None:
            self._pending_open = (article_id, scroll_to)
            return
        self._pending_open = None
        self.load_article(article_id, self.search_text, scroll_to)

    def on_article_loaded(self, message: msg.ArticleLoaded) -> None:
        article = message.article
        self.open_id = article.id
        reader = self.reader()
        reader.show_article(article, message.hits)
        reader.border_title = plain(article.summary.outlet) or "Reader"
        if message.scroll_to is not None:
            reader.scroll_to_offset(message.scroll_to)
        self.open_quotes = list(article.quotes)
        if not self.search_text and not self.speaker:
            self.show_open_quotes()
        if self.state is not None and article.id not in self.state.read:
            self.state.mark_read(article.id)
            self.query_one(ArticleList).refresh_flags()

    def show_open_quotes(self) -> None:
        pane = self.quotes_pane()
        if self.open_id is None:
            pane.show_quotes([], "open an article")
        else:
            pane.show_quotes(self.open_quotes, "this article")

    def on_quotes_loaded(self, message: msg.QuotesLoaded) -> None:
        if message.token == self._quotes_token and self.search_text and not self.speaker:
            self.quotes_pane().show_quotes(message.quotes, message.scope, outlets=True)

    @on(QuotesPane.QuoteChosen)
    def quote_chosen(self, event: QuotesPane.QuoteChosen) -> None:
        quote = event.quote
        if quote.article_id and quote.article_id != self.open_id:
            self.request_article(quote.article_id, scroll_to=quote.start)
        else:
            self.reader().scroll_to_offset(quote.start)

    @on(QuotesPane.SpeakerChosen)
    def speaker_chosen(self, event: QuotesPane.SpeakerChosen) -> None:
        if self.library is not None:
            self.load_speaker(event.speaker)

    def on_speaker_articles(self, message: msg.SpeakerArticles) -> None:
        self.speaker, self.speaker_ids = message.speaker, message.ids
        self.update_rows(keep=self.current_id())
        scope = f"{message.speaker} · {len(message.ids)} articles"
        self.quotes_pane().show_quotes(message.quotes, scope, outlets=True)

    def on_failed(self, message: msg.Failed) -> None:
        self.notify(message.text, severity="error")

    # --- actions ------------------------------------------------------------

    def action_step(self, direction: int) -> None:
        reader = self.reader()
        if reader.step(direction) < 0:
            self.notify("No search hits in this article.", timeout=2)

    def on_reader_moved(self, message: Reader.Moved) -> None:
        self.query_one("#status", Static).update(f"hit {message.index + 1} of {message.count} in this article", layout=False)

    def action_toggle_quotes(self) -> None:
        self.toggle_class("-show-quotes" if self.has_class("-narrow") else "-no-quotes")

    def action_sort(self) -> None:
        self.sort_by = "outlet" if self.sort_by == "date" else "date"
        self.update_rows(keep=self.current_id())

    def action_refresh(self) -> None:
        self.relist()

    def action_mark(self) -> None:
        current = self.query_one(ArticleList).current
        if current is None or self.state is None:
            return
        marked = self.state.toggle_mark(current.id)
        articles = self.query_one(ArticleList)
        articles.marked = self.state.marked
        articles.refresh_flags()
        count = len(self.state.marked)
        hint = "press c to compare" if count == 2 else "mark one more to compare"
        self.notify(f"{'Marked' if marked else 'Unmarked'} · {count} of 2 marked — {hint}", timeout=2)

    def action_compare(self) -> None:
        if self.state is None or len(self.state.marked) < 2:
            self.notify("Mark two articles with space, then press c.", timeout=3)
            return
        from tui.screens.compare import CompareScreen

        self.app.push_screen(CompareScreen(*self.state.marked[:2]))
