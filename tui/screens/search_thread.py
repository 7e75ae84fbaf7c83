"""One long-lived thread that runs the main screen's searches, newest text first.

Search-as-you-type starts a search on every key. A Textual thread worker per
search costs a thread start and three state messages through the event loop
(~5-10 ms of a 100 ms budget), and a cancelled worker still runs to the end,
so fast typing piled up threads fighting over the GIL. Here one daemon thread
waits for the newest query; queries typed while it searches replace each
other, and only the last one runs next.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class SearchThread:
    """Run `search(query, limit)` off the event loop; hand each result to `done`."""

    def __init__(self, search: Callable[[str, int], Any], done: Callable[[Any], None]) -> None:
        self._search, self._done = search, done
        self._wanted: tuple[str, int] | None = None
        self._stopped = False
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="newsreader-search", daemon=True)
        self._thread.start()

    def request(self, query: str, limit: int) -> None:
        """Search for `query` now, or as soon as the search under way ends."""
        with self._wake:
            self._wanted = (query, limit)
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._wanted is None and not self._stopped:
                    self._wake.wait()
                if self._stopped:
                    return
                query, limit = self._wanted
                self._wanted = None
            self._done(self._search(query, limit))
