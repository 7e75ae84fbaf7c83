"""Quotations grouped by speaker, for the open article or a whole search.

A short list (a few hundred rows at most), so an OptionList is the right
tool here. Each speaker heads a group (name, description, count) in the
speaker's colour — the same colour the reader tints their words with.
Choosing a quotation asks the reader to scroll to it; choosing a speaker
asks the list to show only the articles that quote them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui import colors
from tui.text import plain

if TYPE_CHECKING:  # index.model is imported after the first frame (index/summary.py)
    from index.model import Quote

MAX_QUOTE_CHARS = 220
UNATTRIBUTED = "Unattributed"


class QuotesPane(OptionList):
    """Speakers as groups, each quotation under its speaker."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="quotes.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="quotes.up"),
    ]

    class SpeakerChosen(Message):
        def __init__(self, speaker: str) -> None:
            super().__init__()
            self.speaker = speaker

    class QuoteChosen(Message):
        def __init__(self, quote: Quote) -> None:
            super().__init__()
            self.quote = quote

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.quotes: list[Quote] = []
        self.border_title = "Quotes"

    def show_quotes(self, quotes: Iterable[Quote], scope: str, outlets: bool = False) -> None:
        """Replace the groups; `outlets` names each quote's outlet (multi-article scope)."""
        self.quotes = list(quotes)
        self.border_title = f"Quotes · {scope}"
        groups: dict[str, list[int]] = defaultdict(list)
        for i, quote in enumerate(self.quotes):
            groups[quote.speaker or UNATTRIBUTED].append(i)
        order = sorted(groups, key=lambda s: (s == UNATTRIBUTED, -len(groups[s]), s.lower()))
        options: list[Option | None] = []
        for speaker in order:
            if options:
                options.append(None)
            members = [self.quotes[i] for i in groups[speaker]]
            options.append(Option(self._speaker_prompt(speaker, members), id=f"s:{speaker}"))
            for i in groups[speaker]:
                options.append(Option(self._quote_prompt(self.quotes[i], outlets), id=f"q:{i}"))
        self.set_options(options)
        if not options:
            self.set_options([Option(Text("No quotations here.", style="italic"), disabled=True)])

    def _speaker_prompt(self, speaker: str, quotes: list[Quote]) -> Table:
        """Name on a tint of the speaker's colour, count, and the usual description."""
        hue = colors.speaker_hue(None if speaker == UNATTRIBUTED else speaker)
        bg = self.background_colors[1]
        descriptions = Counter(q.description for q in quotes if q.description)
        name = Text.assemble(
            (f" {plain(speaker)} ", Style(bold=True, bgcolor=colors.tint(bg, hue).rich_color)),
            (f" {len(quotes)}", Style(dim=True)),
        )
        if descriptions:
            name.append("\n" + plain(descriptions.most_common(1)[0][0]), Style(dim=True, italic=True))
        grid = Table.grid(padding=0, expand=True)
        grid.add_column(width=1, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text("▌", Style(color=hue.rich_color)), name)
        return grid

    def _quote_prompt(self, quote: Quote, outlets: bool) -> Table:
        """A two-column grid, so a long quotation wraps under itself, not under the bar."""
        body = plain(quote.text)
        if len(body) > MAX_QUOTE_CHARS:
            body = body[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
        hue = colors.speaker_hue(quote.speaker)
        text = Text("“" + body + "”")
        if outlets and quote.outlet:
            text.append(f" — {plain(quote.outlet)}", Style(dim=True))
        grid = Table.grid(padding=0, expand=True)
        grid.add_column(width=3, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text(" ▎", Style(color=hue.rich_color)), text)
        return grid

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("s:"):
            event.stop()
            speaker = option_id[2:]
            if speaker != UNATTRIBUTED:
                self.post_message(self.SpeakerChosen(speaker))
        elif option_id.startswith("q:"):
            event.stop()
            self.post_message(self.QuoteChosen(self.quotes[int(option_id[2:])]))
