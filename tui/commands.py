"""Command palette (ctrl+p): the app's actions and "open article: …".

Titles are article text, so prompts are built as `Content` (never markup):
Textual's `Matcher.highlight` parses its candidate as markup, so matched
letters are styled here from the matcher's offsets instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.style import Style

from tui.text import plain

MAX_ARTICLE_HITS = 40
MATCH_STYLE = Style(bold=True, underline=True)

ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("Search articles", "search", "Focus the search box (/)"),
    ("Compare the two marked articles", "compare", "Side by side (c)"),
    ("Mark / unmark the highlighted article", "mark", "For comparison (space)"),
    ("Toggle the quotes pane", "toggle_quotes", "Quotes by speaker (s)"),
    ("Sort by date / outlet", "sort", "Toggle the list order (o)"),
    ("Refresh the library", "refresh", "Re-read articles added meanwhile (r)"),
    ("Toggle light / dark theme", "app.toggle_theme", "textual-light ↔ textual-dark (ctrl+t)"),
    ("Show keys", "app.help", "Every key binding (?)"),
)


class NewsCommands(Provider):
    """Actions of the main screen, and every article by title."""

    def _run(self, action: str) -> Callable[[], object]:
        """A screen action runs on the main screen (popping back to it first)."""

        async def run() -> None:
            if action.startswith("app."):
                await self.app.run_action(action)
                return
            main = getattr(self.app, "main_screen", None)
            if main is None:
                return
            while self.app.screen is not main and len(self.app.screen_stack) > 1:
                self.app.pop_screen()
            await self.app.run_action(action, main)

        return run

    async def discover(self) -> Hits:
        for title, action, help_text in ACTIONS:
            yield DiscoveryHit(title, self._run(action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in ACTIONS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), self._run(action), help=help_text)
        for score, prompt, article_id in self._articles(query):
            yield Hit(score, prompt, partial(self._open, article_id), text=prompt.plain)

    def _articles(self, query: str) -> list[tuple[float, Content, str]]:
        """Titles holding every word of the query (cheap), scored by the fuzzy matcher."""
        main = getattr(self.app, "main_screen", None)
        if main is None:
            return []
        words = query.lower().split()
        matcher = self.matcher(query)
        found = []
        for article in main.all_articles:
            title = plain(article.title)
            lowered = f"{title} {plain(article.outlet)}".lower()
            if not all(w in lowered for w in words):
                continue
            score, offsets = matcher.fuzzy_search.match(query, title)
            found.append((score or 0.1, _prompt(title, article.outlet, offsets), article.id))
            if len(found) >= MAX_ARTICLE_HITS:
                break
        return found

    def _open(self, article_id: str) -> None:
        main = getattr(self.app, "main_screen", None)
        if main is not None:
            if self.app.screen is not main:
                self.app.pop_screen()
            main.request_article(article_id)


def _prompt(title: str, outlet: str | None, offsets) -> Content:
    content = Content("Open: ") + Content(title)
    for offset in offsets:
        if offset < len(title) and not title[offset].isspace():
            content = content.stylize(MATCH_STYLE, 6 + offset, 7 + offset)
    if outlet:
        content = content + Content(f"  — {plain(outlet)}").stylize(Style(dim=True))
    return content
