"""Two articles side by side, scrolling together.

Scrolling is synced through the aligned passages when the library can
compare (a line of A maps to the matching line of B, interpolated between
aligned pairs), and by proportion otherwise. Each side watches the other
(`self.watch(..., "scroll_y")`) with a re-entrancy guard so they do not
ping-pong.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from index.model import Article, Comparison
from tui.text import plain
from tui.widgets.quote_strip import QuoteStrip
from tui.widgets.reader import Reader


class CompareLoaded(Message):
    def __init__(self, a: Article, b: Article, comparison: Comparison | None, note: str) -> None:
        super().__init__()
        self.a, self.b, self.comparison, self.note = a, b, comparison, note


def _compare(library, a: Article, b: Article) -> tuple[Comparison | None, str]:
    """`library.compare` when the library has it, else the index's comparer on the two articles."""
    try:
        if hasattr(library, "compare"):
            return library.compare(a.id, b.id), ""
        from index.compare import compare

        return compare(a, b), ""
    except ImportError:
        return None, "This library cannot align passages yet; scrolling is kept in step by position."
    except Exception as exc:  # compare is optional: show both articles anyway
        return None, f"comparison failed: {exc}"


class CompareScreen(Screen):
    """Article A | article B, aligned passages tinted alike, a strip of quotations."""

    BINDINGS = [
        Binding("n", "step(1)", "Next passage", id="compare.next"),
        Binding("N", "step(-1)", "Prev passage", show=False, id="compare.prev"),
        Binding("s", "toggle_strip", "Quotes strip", id="compare.strip"),
        Binding("q,escape", "app.pop_screen", "Back", id="compare.back"),
    ]

    def __init__(self, a_id: str, b_id: str) -> None:
        super().__init__()
        self.a_id, self.b_id = a_id, b_id
        self.comparison: Comparison | None = None
        self.pair_index = -1
        self._syncing = False
        self._anchors: list[tuple[int, int]] = []

    def compose(self) -> ComposeResult:
        yield Static("Comparing…", id="compare-head", markup=False)
        with Horizontal(id="sides"):
            yield Reader(id="side-a", classes="side pane")
            yield Reader(id="side-b", classes="side pane")
        yield QuoteStrip(id="strip", classes="pane")
        yield Footer()

    def on_mount(self) -> None:
        left, right = self.query_one("#side-a", Reader), self.query_one("#side-b", Reader)
        left.empty_message = right.empty_message = "Loading…"
        left.border_title, right.border_title = "A", "B"
        left.focus()
        self.watch(left, "scroll_y", lambda y: self._sync(left, right, y), init=False)
        self.watch(right, "scroll_y", lambda y: self._sync(right, left, y), init=False)
        self.load(self.a_id, self.b_id)

    @work(thread=True, exclusive=True, group="compare")
    def load(self, a_id: str, b_id: str) -> None:
        library = self.app.library
        try:
            a, b = library.get(a_id), library.get(b_id)
        except Exception as exc:
            self.app.call_from_thread(self.notify, f"could not open the articles: {exc}", severity="error")
            return
        comparison, note = _compare(library, a, b)
        if not get_current_worker().is_cancelled:
            self.post_message(CompareLoaded(a, b, comparison, note))

    def on_compare_loaded(self, message: CompareLoaded) -> None:
        self.comparison = message.comparison
        left, right = self.query_one("#side-a", Reader), self.query_one("#side-b", Reader)
        left.quote_style = right.quote_style = "ink" if message.comparison else "tint"
        left.show_article(message.a)
        right.show_article(message.b)
        left.border_title = f"A · {plain(message.a.summary.outlet) or 'unknown source'}"
        right.border_title = f"B · {plain(message.b.summary.outlet) or 'unknown source'}"
        self.query_one(QuoteStrip).show_comparison(message.comparison, message.note)
        self.query_one("#compare-head", Static).update(self._head(message))
        if message.comparison is not None:
            aligned = message.comparison.aligned
            left.set_passages([(p.a.start, p.a.end, i) for i, p in enumerate(aligned)],
                              [d for p in aligned for d in p.a_diff])
            right.set_passages([(p.b.start, p.b.end, i) for i, p in enumerate(aligned)],
                               [d for p in aligned for d in p.b_diff])
        self.call_after_refresh(self._build_anchors)

    def _head(self, message: CompareLoaded) -> Text:
        a, b = message.a.summary, message.b.summary
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"A {plain(a.outlet) or 'unknown source'}", style="bold")
        text.append("  ↔  ")
        text.append(f"B {plain(b.outlet) or 'unknown source'}", style="bold")
        if message.comparison is not None:
            c = message.comparison
            text.append(f"   similarity {c.similarity:.0%} · {len(c.aligned)} aligned passages")
            text.append("   n/N step through them", style="dim")
        elif message.note:
            text.append("   " + message.note, style="dim italic")
        return text

    # --- synced scrolling ---------------------------------------------------

    def _build_anchors(self) -> None:
        """(line in A, line in B) for each aligned pair, kept increasing on both sides."""
        self._anchors = []
        if self.comparison is None:
            return
        left, right = self.query_one("#side-a", Reader), self.query_one("#side-b", Reader)
        for pair in sorted(self.comparison.aligned, key=lambda p: p.a.start):
            anchor = (left.line_for_offset(pair.a.start), right.line_for_offset(pair.b.start))
            if not self._anchors or (anchor[0] > self._anchors[-1][0] and anchor[1] > self._anchors[-1][1]):
                self._anchors.append(anchor)

    def _sync(self, source: Reader, target: Reader, y: float) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            target.scroll_to(y=self._map(source, target, y), animate=False, immediate=True)
        finally:
            self._syncing = False

    def _map(self, source: Reader, target: Reader, y: float) -> float:
        if not self._anchors:
            if source.max_scroll_y <= 0:
                return 0
            return y / source.max_scroll_y * target.max_scroll_y
        forward = source.id == "side-a"
        points = [(0, 0)] + [(a, b) if forward else (b, a) for a, b in self._anchors]
        xs = [p[0] for p in points]
        i = max(0, bisect_right(xs, y) - 1)
        x0, y0 = points[i]
        if i + 1 < len(points):
            x1, y1 = points[i + 1]
            return y0 + (y - x0) * (y1 - y0) / max(1, x1 - x0)
        return y0 + (y - x0)

    # --- actions ------------------------------------------------------------

    def action_step(self, direction: int) -> None:
        if self.comparison is None or not self.comparison.aligned:
            self.notify("No aligned passages to step through.", timeout=2)
            return
        pairs = self.comparison.aligned
        self.pair_index = (self.pair_index + direction) % len(pairs)
        pair = pairs[self.pair_index]
        left, right = self.query_one("#side-a", Reader), self.query_one("#side-b", Reader)
        self._syncing = True
        try:
            left.scroll_to_offset(pair.a.start)
            right.scroll_to_offset(pair.b.start)
        finally:
            self._syncing = False
        head = self.query_one("#compare-head", Static)
        head.update(Text(f"passage {self.pair_index + 1} of {len(pairs)} · match {pair.score:.0%}"))

    def action_toggle_strip(self) -> None:
        self.toggle_class("-no-strip")

    @on(QuoteStrip.Chosen)
    def quote_chosen(self, event: QuoteStrip.Chosen) -> None:
        self._syncing = True
        try:
            if event.a is not None:
                self.query_one("#side-a", Reader).scroll_to_offset(event.a.start)
            if event.b is not None:
                self.query_one("#side-b", Reader).scroll_to_offset(event.b.start)
        finally:
            self._syncing = False
