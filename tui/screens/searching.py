"""The main screen's search: start, results, the quotes of the hits, escape.

A mixin for `MainScreen` (which keeps the `@on` handlers for the search box:
Textual collects those from the Screen class itself).
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from tui import messages as msg
from tui.screens.tasks import MAX_SCOPE_ARTICLES
from tui.widgets.article_list import ArticleList

SEARCH_LIMIT = 30  # rows of snippets; each hit costs the index ~2 ms of highlighting
QUOTES_IDLE = 0.6  # seconds of no new results before the quotes pane follows the search


class Searching:
    """Search-as-you-type for the main screen (state lives on the screen)."""

    query_one: Any
    reader: Any
    set_focus: Any
    set_timer: Any
    workers: Any

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus:  # a priority binding: "/" typed in the box is text
            search.insert_text_at_cursor("/")
        else:
            self.focus_now(search)

    def focus_now(self, widget) -> None:
        """Move focus before the next key is routed. `Widget.focus()` defers the
        move (call_later), so in a fast "/koffler" the letters went to the list
        ("o" sorted it) and after escape a "j" went into the search box."""
        self.set_focus(widget)

    def start_search(self, text: str) -> None:
        self.stop_search_quotes()  # typing again: the quotes pane waits for the next pause
        self.search_text = text.strip()
        if not self.search_text:
            self.result = None
            self.update_rows(keep=self.current_id())
            self.show_open_quotes()
            self.reader().set_hits([])
            return
        if self.library is not None:
            self.run_search(self.search_text, SEARCH_LIMIT)

    def on_search_done(self, message: msg.SearchDone) -> None:
        if message.result.query != self.search_text:
            return  # typed on since: a newer search is coming
        self.result = message.result
        self.update_rows()
        self.stop_search_quotes()
        ids = [hit.article.id for hit in message.result.hits]
        if ids:
            # Reading each hit's quotations is slow on a big library: wait until typing pauses.
            shown = min(len(ids), MAX_SCOPE_ARTICLES)
            scope = f"{shown} search result{'s' if shown != 1 else ''}"
            token = self._quotes_token
            self._quotes_timer = self.set_timer(
                QUOTES_IDLE, lambda: self.load_search_quotes(ids, scope, token)
            )
        if self._open_when_found:
            self._open_when_found = False
            self.query_one(ArticleList).action_open()

    def stop_search_quotes(self) -> None:
        """Drop a pending or running read of the hits' quotations: it would
        compete with the next search for the interpreter."""
        self._quotes_token += 1
        if self._quotes_timer is not None:
            self._quotes_timer.stop()
            self._quotes_timer = None
        self.workers.cancel_group(self, "quotes")

    def action_clear(self) -> None:
        """Escape: leave the search box, then clear the search, then the speaker filter."""
        search = self.query_one("#search", Input)
        if search.has_focus:
            self.focus_now(self.query_one(ArticleList))
        if search.value:
            search.value = ""
            self.start_search("")
        elif self.speaker:
            self.speaker, self.speaker_ids = None, set()
            self.update_rows(keep=self.current_id())
            self.show_open_quotes()
