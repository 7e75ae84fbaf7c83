"""The article list: a line-API view that paints 100,000 rows as fast as 10.

Like Toolong's LogLines it never mounts a widget per row: it knows how many
rows there are (the virtual size) and draws only the lines on screen in
`render_line`. Each article takes two lines (title; outlet and date), three
while searching (plus the hit's snippet with the matched words marked).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.text import plain

if TYPE_CHECKING:  # index.model is imported after the first frame (index/summary.py)
    from index.model import ArticleSummary


LINE_CACHE = 1024  # drawn lines kept: a few screens of a tall terminal


@dataclass(frozen=True)
class Snippet:
    """A search hit's snippet and the spans of the matched words in it."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


class ArticleList(ScrollView, can_focus=True):
    """Titles, outlets and dates; read/unread and marked articles are flagged."""

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "jump(0)", "First", show=False, id="list.first"),
        Binding("end,G", "jump(-1)", "Last", show=False, id="list.last"),
        Binding("enter", "open", "Open", id="list.open"),
    ]
    COMPONENT_CLASSES = {
        "article-list--title",
        "article-list--unread",
        "article-list--meta",
        "article-list--cursor",
        "article-list--mark",
        "article-list--hit",
        "article-list--snippet",
        "article-list--empty",
    }
    DEFAULT_CSS = """
    ArticleList { overflow-x: hidden; background: $surface; }
    ArticleList > .article-list--title { }
    ArticleList > .article-list--unread { text-style: bold; }
    ArticleList > .article-list--meta { color: $text-muted; }
    ArticleList > .article-list--snippet { color: $text-muted; }
    ArticleList > .article-list--hit { color: $text-accent; text-style: bold underline; }
    ArticleList > .article-list--mark { color: $text-warning; text-style: bold; }
    ArticleList > .article-list--cursor { background: $block-cursor-blurred-background; }
    ArticleList:focus > .article-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    ArticleList > .article-list--empty { color: $text-muted; text-style: italic; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)

    class Opened(Message):
        """The user chose an article (enter or click)."""

        def __init__(self, article: ArticleSummary) -> None:
            super().__init__()
            self.article = article

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.articles: Sequence[ArticleSummary] = ()
        self.snippets: dict[str, Snippet] = {}
        self.read: set[str] = set()
        self.marked: list[str] = []
        self.empty_message = "Loading the library…"
        self._styles: dict[str, Style] = {}
        self._styles_key = 0
        self._line_cache: LRUCache[tuple, Strip] = LRUCache(LINE_CACHE)

    # --- data ---------------------------------------------------------------

    @property
    def row_height(self) -> int:
        return 3 if self.snippets else 2

    @property
    def current(self) -> ArticleSummary | None:
        if 0 <= self.cursor < len(self.articles):
            return self.articles[self.cursor]
        return None

    def show(
        self,
        articles: Sequence[ArticleSummary],
        snippets: dict[str, Snippet] | None = None,
        keep: str | None = None,
    ) -> None:
        """Replace the rows; keep the cursor on article `keep` if it is still there."""
        self.articles = articles
        self.snippets = snippets or {}
        index = 0
        if keep is not None:
            index = next((i for i, a in enumerate(articles) if a.id == keep), 0)
        self.virtual_size = Size(self.size.width, len(articles) * self.row_height)
        self._set_cursor(index, center=True)
        self.refresh()

    def refresh_flags(self) -> None:
        """Read/marked sets changed: repaint, same rows."""
        self.refresh()

    # --- movement -----------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        self._set_cursor(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        rows = max(1, self.scrollable_content_region.height // self.row_height - 1)
        self._set_cursor(self.cursor + direction * rows)

    def action_jump(self, index: int) -> None:
        self._set_cursor(len(self.articles) - 1 if index < 0 else index)

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current))

    def _set_cursor(self, index: int, center: bool = False) -> None:
        if not self.articles:
            self.cursor = 0
            return
        old = self.cursor
        self.cursor = max(0, min(index, len(self.articles) - 1))
        self._refresh_row(old)
        self._refresh_row(self.cursor)
        top = self.cursor * self.row_height
        region = Region(0, top, max(1, self.size.width), self.row_height)
        self.scroll_to_region(region, animate=False, center=center, immediate=True)

    def _refresh_row(self, index: int) -> None:
        y = index * self.row_height - round(self.scroll_y)
        self.refresh(Region(0, y, self.size.width, self.row_height))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + round(self.scroll_y)) // self.row_height
        if 0 <= index < len(self.articles):
            self._set_cursor(index)
            if event.chain >= 1:
                self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.articles) * self.row_height)

    # --- drawing ------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        """One paint: look the styles up once, not per line (each lookup walks
        the widget's ancestors; per line it was a third of a held `j`)."""
        styles = {"": self.rich_style, **{c: self.get_component_rich_style(c) for c in self.COMPONENT_CLASSES}}
        self._styles, self._styles_key = styles, hash(tuple(styles.values()))
        return super().render_lines(crop)

    def _style(self, component: str) -> Style:
        return self._styles[component]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._style("")
        if not self.articles:
            if y != 0:
                return Strip.blank(width, base)
            return self._strip(Text(" " + self.empty_message), width, base, "article-list--empty")
        line = y + round(self.scroll_y)
        index, sub = divmod(line, self.row_height)
        if index >= len(self.articles):
            return Strip.blank(width, base)
        article = self.articles[index]
        key = (
            article.id, sub, width, index == self.cursor, article.id in self.read,
            article.id in self.marked, self.snippets.get(article.id), self._styles_key,
        )
        strip = self._line_cache.get(key)
        if strip is None:  # a held j scrolls one row in: only its lines are drawn
            text = self._row_text(article, sub, width)
            if index == self.cursor:
                base = base + self._style("article-list--cursor")
            strip = self._line_cache[key] = self._strip(text, width, base)
        return strip

    def _strip(self, text: Text, width: int, base: Style, component: str = "") -> Strip:
        if component:
            text.stylize(self._style(component))
        text.truncate(width, overflow="ellipsis")
        segments = [Segment(s.text, base + s.style if s.style else base) for s in text.render(self.app.console)]
        return Strip(segments).adjust_cell_length(width, base)

    def _row_text(self, article: ArticleSummary, sub: int, width: int) -> Text:
        style = self._style
        if sub == 0:
            flag = Text("◆ " if article.id in self.marked else "  ", style("article-list--mark"))
            unread = article.id not in self.read
            dot = Text("• " if unread else "  ", style("article-list--mark"))
            title_style = style("article-list--unread") if unread else Style()
            return Text.assemble(flag, dot, (plain(article.title) or "(untitled)", title_style))
        if sub == 1:
            meta = " · ".join(plain(p) for p in (article.outlet, article.published) if p)
            return Text("    " + (meta or "unknown source"), style("article-list--meta"))
        snippet = self.snippets.get(article.id)
        if snippet is None:
            return Text("")
        text = Text("    " + plain(snippet.text), style("article-list--snippet"))
        for start, end in snippet.spans:
            text.stylize(style("article-list--hit"), start + 4, end + 4)
        return text
