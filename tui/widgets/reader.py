"""The reader: one cleaned article, its quotations tinted by speaker.

A line-API view over `tui.wrap` lines, so every highlight is a span of body
offsets: search hits, quotations and (on the compare screen) aligned
passages. `scroll_to_offset` is what "choose a quotation" and `n`/`N` use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui import colors
from tui.text import plain, safe_body
from tui.wrap import Line, line_of, wrap_offsets

if TYPE_CHECKING:  # index.model is imported after the first frame (index/summary.py)
    from index.model import Article

Span = tuple[int, int]
MAX_WIDTH = 88  # a comfortable measure; wider panes get margins instead


class Reader(ScrollView, can_focus=True):
    """A scrollable article with its header, hits and tinted quotations."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="reader.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="reader.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
    ]
    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--rule",
        "reader--hit",
        "reader--hit-current",
        "reader--diff",
        "reader--empty",
    }
    DEFAULT_CSS = """
    Reader { overflow-x: hidden; padding: 0 1; }
    Reader > .reader--title { text-style: bold; color: $text-primary; }
    Reader > .reader--meta { color: $text-muted; }
    Reader > .reader--rule { color: $panel-lighten-2; }
    Reader > .reader--hit { background: $warning 40%; }
    Reader > .reader--hit-current { background: $warning; color: $background; text-style: bold; }
    Reader > .reader--diff { text-style: underline; }
    Reader > .reader--empty { color: $text-muted; text-style: italic; }
    """

    EMPTY = "Choose an article and press enter."

    class Moved(Message):
        """The reader scrolled to a hit or passage (n/N); `index` of `count`."""

        def __init__(self, index: int, count: int) -> None:
            super().__init__()
            self.index, self.count = index, count

    def __init__(
        self, *, quote_style: str = "tint", id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.body = ""
        self.quote_style = quote_style  # "tint" (background) or "ink" (coloured words)
        self.hits: list[Span] = []
        self.hit_index = -1
        self.passages: list[tuple[int, int, int]] = []  # start, end, pair number
        self.diffs: list[Span] = []
        self.empty_message = self.EMPTY
        self._lines: list[Text | Line] = []
        self._header_count = 0
        self._width = 0
        self._styled: Text | None = None
        self._cache: dict[int, Strip] = {}

    # --- content ------------------------------------------------------------

    def show_article(self, article: Article | None, hits: Sequence[Span] = ()) -> None:
        """Show an article from its top, with search hits highlighted."""
        self.article = article
        self.body = safe_body(article.body) if article else ""
        self.hits = sorted(hits)
        self.hit_index = -1
        self.passages, self.diffs = [], []
        self._invalidate(relayout=True)
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_hits(self, hits: Sequence[Span]) -> None:
        self.hits, self.hit_index = sorted(hits), -1
        self._invalidate()

    def set_passages(self, passages: Sequence[tuple[int, int, int]], diffs: Sequence[Span] = ()) -> None:
        """Aligned passages (start, end, pair number) tinted by pair; differing words underlined."""
        self.passages, self.diffs = list(passages), list(diffs)
        self.hit_index = -1
        self._invalidate()

    def _invalidate(self, relayout: bool = False) -> None:
        self._styled = None
        self._cache.clear()
        if relayout:
            self._width = 0
            self._layout()
        self.refresh()

    # --- navigation ---------------------------------------------------------

    def step(self, direction: int) -> int:
        """Move to the next/previous hit (or passage); returns its index, -1 if none."""
        targets = self.hits or [(s, e) for s, e, _ in self.passages]
        if not targets:
            return -1
        self.hit_index = (self.hit_index + direction) % len(targets)
        self._styled = None
        self._cache.clear()
        self.scroll_to_offset(targets[self.hit_index][0])
        self.refresh()
        self.post_message(self.Moved(self.hit_index, len(targets)))
        return self.hit_index

    def scroll_to_offset(self, offset: int, top: bool = False) -> None:
        """Bring the line holding body `offset` into view (a third down the page)."""
        self._layout()
        body_lines = [x for x in self._lines[self._header_count :] if isinstance(x, Line)]
        if not body_lines:
            return
        y = self._header_count + line_of(body_lines, offset)
        margin = 0 if top else max(0, self.scrollable_content_region.height // 3)
        self.scroll_to(y=max(0, y - margin), animate=False, immediate=True)

    def line_for_offset(self, offset: int) -> int:
        self._layout()
        body_lines = [x for x in self._lines[self._header_count :] if isinstance(x, Line)]
        return self._header_count + line_of(body_lines, offset) if body_lines else 0

    # --- layout -------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(8, min(self.scrollable_content_region.width, MAX_WIDTH))

    def _layout(self) -> None:
        width = self.text_width
        if width == self._width and self._lines:
            return
        self._width = width
        self._cache.clear()
        self._lines = self._header(width) if self.article else []
        self._header_count = len(self._lines)
        self._lines.extend(wrap_offsets(self.body, width))
        self.virtual_size = Size(width, len(self._lines))

    def _header(self, width: int) -> list[Text | Line]:
        assert self.article is not None
        summary = self.article.summary
        style = self.get_component_rich_style
        title = Text(plain(summary.title) or "(untitled)", style("reader--title"))
        lines: list[Text | Line] = list(title.wrap(self.app.console, width))
        meta = " · ".join(plain(p) for p in (summary.outlet, summary.published, summary.byline) if p)
        if meta:
            lines.extend(Text(meta, style("reader--meta")).wrap(self.app.console, width))
        lines.append(Text("─" * width, style("reader--rule")))
        return lines

    def on_resize(self, event: events.Resize) -> None:
        self._layout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styled = None
        self._cache.clear()
        self._width = 0

    # --- drawing ------------------------------------------------------------

    def _styled_body(self) -> Text:
        if self._styled is not None:
            return self._styled
        text = Text(self.body)
        bg, fg = self.background_colors[1], self.styles.color
        for start, end, pair in self.passages:
            text.stylize(Style(bgcolor=colors.tint(bg, colors.pair_hue(pair)).rich_color), start, end)
        for start, end in self.diffs:
            text.stylize(self.get_component_rich_style("reader--diff"), start, end)
        if self.article is not None:
            for quote in self.article.quotes:
                if self.quote_style == "ink":
                    style = colors.ink_style(fg, bg, quote.speaker)
                else:
                    style = colors.tint_style(bg, quote.speaker)
                text.stylize(style, quote.start, quote.end)
        for i, (start, end) in enumerate(self.hits):
            name = "reader--hit-current" if i == self.hit_index else "reader--hit"
            text.stylize(self.get_component_rich_style(name), start, end)
        self._styled = text
        return text

    def render_line(self, y: int) -> Strip:
        self._layout()
        width = self.scrollable_content_region.width
        index = y + round(self.scroll_y)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_index(index, width)
            self._cache[index] = strip
        return strip

    def _render_index(self, index: int, width: int) -> Strip:
        base = self.rich_style
        if not self._lines:
            if index == 0 and self.empty_message:
                text = Text(self.empty_message, self.get_component_rich_style("reader--empty"))
                return _to_strip(text, width, base, self.app.console)
            return Strip.blank(width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        entry = self._lines[index]
        if isinstance(entry, Line):
            entry = self._styled_body()[entry.start : entry.end]
        return _to_strip(entry, width, base, self.app.console)


def _to_strip(text: Text, width: int, base: Style, console) -> Strip:
    """Render one line of rich Text over the widget's base style."""
    segments = [
        Segment(seg.text, base + seg.style if seg.style else base)
        for seg in text.render(console)
        if seg.text != "\n"
    ]
    return Strip(segments).adjust_cell_length(width, base)
