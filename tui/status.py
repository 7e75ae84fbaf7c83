"""The one-line status under the search box: counts, hints, filters.

Kept apart from the screen so the wording is in one place and testable.
The query is user text and is returned inside a `Text`, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from tui.text import plain

if TYPE_CHECKING:  # index.model is imported after the first frame (index/summary.py)
    from index.model import SearchResult


def search_status(
    query: str, result: SearchResult | None, speaker: str | None, shown: int, sort_by: str
) -> Text:
    """E.g. "3 results · did you mean 'putin'?" or "412 articles · by date"."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if speaker:
        text.append(f"quoting {plain(speaker)} · ", style="bold")
    if query and result is not None:
        text.append(f"{shown} result{'s' if shown != 1 else ''}")
        if result.error:
            text.append(f" · {plain(result.error)}", style="italic")
        if result.suggestion:
            text.append(f" · did you mean “{plain(result.suggestion)}”?", style="italic")
    elif query:
        text.append("searching…")
    else:
        text.append(f"{shown} article{'s' if shown != 1 else ''} · by {sort_by}")
    if query or speaker:
        text.append("  esc clears", style="dim")
    return text
