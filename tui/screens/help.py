"""`?`: every key, generated from the live bindings so it can never disagree.

The list is read from the screen underneath, its widgets and the app — after
any keymap (`set_keymap`) has been applied — and grouped by where the key
works. Textual's own widget keys (the search box's editing keys) are left out.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

GROUP_NAMES = {
    "NewsreaderApp": "Everywhere",
    "MainScreen": "Main screen",
    "CompareScreen": "Compare screen",
    "ArticleList": "Article list",
    "Reader": "Reader",
    "QuotesPane": "Quotes pane",
}


def binding_groups(screen: Screen) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(keys, description)]) for the app, the screen and our widgets."""
    nodes: list[DOMNode] = [screen.app, screen, *screen.walk_children()]
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[str] = set()
    for node in nodes:
        title = GROUP_NAMES.get(type(node).__name__)
        if title is None or title in seen:
            continue
        seen.add(title)
        rows = _rows(node)
        if rows:
            groups.append((title, rows))
    return groups


# Inherited from Textual's scroll containers; our panes never scroll sideways.
INERT_ACTIONS = {"scroll_left", "scroll_right", "page_left", "page_right", "help_quit"}


def _rows(node: DOMNode) -> list[tuple[str, str]]:
    by_action: dict[str, tuple[list[str], Binding]] = {}
    for key, bindings in node._bindings.key_to_bindings.items():
        for binding in bindings:
            if binding.system or binding.action in INERT_ACTIONS:
                continue
            keys, _ = by_action.setdefault(binding.id or binding.action, ([], binding))
            keys.append(node.app.get_key_display(Binding(key, binding.action)))
    return [(" ".join(keys), b.description or b.action) for keys, b in by_action.values()]


class HelpScreen(ModalScreen[None]):
    """A modal table of keys; any of q, escape or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(self._table(), id="help-table")

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Keys"
        self.query_one("#help-box").border_subtitle = "esc closes"

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold")
        table.add_column()
        for title, rows in binding_groups(self.under):
            table.add_row("", Text(title, style="bold underline"))
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
            table.add_row("", "")
        table.add_row("", Text("ctrl+p opens the command palette: actions and “open article”.", style="dim"))
        return table
