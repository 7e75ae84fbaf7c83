"""The newsreader app: the main screen, compare and help screens, the palette.

`run()` is what `newsreader` (no arguments) calls. The app paints before the
library is opened: the main screen's worker imports `index.library` (and so
Whoosh) after the first frame, and builds the library from the samples on a
first run with a progress bar.
"""

from __future__ import annotations

import gc
import time

START = time.perf_counter()  # Posting's habit: time start-up from the first import

from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from textual import events  # noqa: E402
from textual.app import App  # noqa: E402
from textual.binding import Binding  # noqa: E402

from tui.commands import NewsCommands  # noqa: E402
from tui.screens.main import MainScreen  # noqa: E402

LIGHT_THEME = "textual-light"
DARK_THEME = "textual-dark"
REFRESH_ON_FOCUS_SECONDS = 2.0
IDLE_GC_SECONDS = 2.0  # a full garbage collection waits for this long without a key
GC_FULL_EVERY = 1000  # automatic full collections: after this many middle ones (default 10)


class NewsreaderApp(App[None]):
    """Read and compare news coverage."""

    TITLE = "newsreader"
    CSS_PATH = "newsreader.tcss"
    COMMANDS = App.COMMANDS | {NewsCommands}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, id="app.theme"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.palette"),
    ]

    def __init__(self, library_folder: Path | None = None, **kwargs: Any) -> None:
        # Start-up allocates ~25,000 objects that live as long as the app; the
        # collector walked them ~150 times (once fully) before the first frame,
        # 40-60 ms of a ~400 ms start. It is paused until that frame is painted,
        # as Textual pauses it while scrolling (PAUSE_GC_ON_SCROLL).
        gc.disable()
        super().__init__(**kwargs)
        self.library_folder = library_folder
        self.library: Any = None  # index.library.Library once the main screen opened it
        self.ready_ms: float | None = None
        self._last_focus_refresh = 0.0
        self._last_key = 0.0
        self._last_collect = 0.0

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.library_folder)

    def on_ready(self) -> None:
        self.ready_ms = (time.perf_counter() - START) * 1000
        # Python's full garbage collections walk every object (the article list,
        # Whoosh's caches): 50-130 ms pauses, landing mid-keystroke. Automatic
        # ones are put off; a full collection runs when the keyboard is idle.
        gc.set_threshold(700, 10, GC_FULL_EVERY)
        gc.enable()
        self.set_interval(IDLE_GC_SECONDS, self._collect_when_idle)

    def on_unmount(self) -> None:
        gc.enable()  # never left paused, even by an app that stopped before its first frame

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self._last_key = time.monotonic()
        await super().on_event(event)

    def _collect_when_idle(self) -> None:
        """A full collection once keys have stopped, not every tick of an idle app."""
        if self._last_key > self._last_collect and time.monotonic() - self._last_key > IDLE_GC_SECONDS:
            gc.collect()
            self._last_collect = time.monotonic()

    def settle_memory(self) -> None:
        """The library is loaded: its long-lived objects leave the collector's view."""
        gc.collect()
        gc.freeze()

    def on_app_focus(self, event: events.AppFocus) -> None:
        """Coming back to the terminal: pick up articles another process added."""
        now = time.monotonic()
        if now - self._last_focus_refresh < REFRESH_ON_FOCUS_SECONDS:
            return
        self._last_focus_refresh = now
        main = self.main_screen
        if main is not None and main.library is not None:
            main.relist()

    @property
    def main_screen(self) -> MainScreen | None:
        return next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        self.theme = DARK_THEME if self.current_theme.dark is False else LIGHT_THEME


def run(library_folder: Path | None = None) -> None:
    """Open the app on `library_folder` (None: NEWSREADER_LIBRARY or the default)."""
    NewsreaderApp(library_folder).run()
