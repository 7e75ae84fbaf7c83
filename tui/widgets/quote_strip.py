"""The compare screen's strip: quotations both articles carry, and each alone.

Shared quotations say whether the wording differs between outlets — the
point of comparing coverage. Choosing a row scrolls the readers to it.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index.model import Comparison, Quote
from tui import colors
from tui.text import plain

MAX_CHARS = 160


class QuoteStrip(OptionList):
    """Shared and unique quotations of a comparison."""

    class Chosen(Message):
        """Scroll side A to `a` and side B to `b` (either may be None)."""

        def __init__(self, a: Quote | None, b: Quote | None) -> None:
            super().__init__()
            self.a, self.b = a, b

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.targets: list[tuple[Quote | None, Quote | None]] = []
        self.border_title = "Quotations"

    def show_comparison(self, comparison: Comparison | None, note: str = "") -> None:
        self.targets = []
        options: list[Option | None] = []
        if comparison is None:
            self.set_options([Option(Text(note or "No comparison available.", style="italic"), disabled=True)])
            return
        shared = comparison.shared_quotes
        self.border_title = (
            f"Quotations · {len(shared)} shared · {len(comparison.only_a_quotes)} only A"
            f" · {len(comparison.only_b_quotes)} only B"
        )
        for sq in shared:
            verdict = ("same words", "green") if sq.same_wording else ("worded differently", "yellow")
            head = Text.assemble(("both  ", "bold"), *self._speaker(sq.speaker), ("  " + verdict[0], verdict[1]))
            body = Text(f"\n  A “{_short(sq.a.text)}”\n  B “{_short(sq.b.text)}”")
            options.append(self._add(head + body, sq.a, sq.b))
        for side, quotes in (("A", comparison.only_a_quotes), ("B", comparison.only_b_quotes)):
            for quote in quotes:
                head = Text.assemble((f"only {side}  ", "bold"), *self._speaker(quote.speaker))
                body = Text(f"\n  “{_short(quote.text)}”")
                pair = (quote, None) if side == "A" else (None, quote)
                options.append(self._add(head + body, *pair))
        self.set_options(options or [Option(Text("Neither article quotes anyone.", style="italic"), disabled=True)])

    def _speaker(self, speaker: str | None) -> tuple[tuple[str, Style], ...]:
        hue = colors.speaker_hue(speaker)
        return (("▌", Style(color=hue.rich_color)), (plain(speaker or "Unattributed"), Style(bold=True)))

    def _add(self, prompt: Text, a: Quote | None, b: Quote | None) -> Option:
        self.targets.append((a, b))
        return Option(prompt, id=f"t:{len(self.targets) - 1}")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and event.option.id.startswith("t:"):
            self.post_message(self.Chosen(*self.targets[int(event.option.id[2:])]))


def _short(text: str) -> str:
    text = plain(text)
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rstrip() + "…"
