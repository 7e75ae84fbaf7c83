"""Small user state kept beside the index: which articles were read, which are marked.

It lives in `state.json` in the library folder, not in the Whoosh index, so
marking an article never waits for the index's write lock (an `add` may be
running in another process). Writes go to a temporary file and are renamed
into place, so a crash leaves the old state or the new one, never half.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

STATE_FILE = "state.json"
MAX_MARKS = 2  # the compare screen takes two articles


class UserState:
    """Read/unread and marked-for-comparison article ids for one library."""

    def __init__(self, folder: Path | str) -> None:
        self.path = Path(folder) / STATE_FILE
        self.read: set[str] = set()
        self.marked: list[str] = []
        self.load()

    def load(self) -> None:
        """Read the file; a missing or damaged file means an empty state."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(data, dict):
            return
        self.read = {str(i) for i in data.get("read", []) if isinstance(i, str)}
        marked = [str(i) for i in data.get("marked", []) if isinstance(i, str)]
        self.marked = marked[-MAX_MARKS:]

    def save(self) -> None:
        """Atomically replace the file; a read-only folder is not an error."""
        data = {"read": sorted(self.read), "marked": self.marked}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".state-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            os.replace(tmp, self.path)
        except OSError:
            pass

    def mark_read(self, article_id: str, read: bool = True) -> None:
        if read == (article_id in self.read):
            return
        (self.read.add if read else self.read.discard)(article_id)
        self.save()

    def toggle_mark(self, article_id: str) -> bool:
        """Mark or unmark; a third mark drops the oldest. Returns the new mark state."""
        if article_id in self.marked:
            self.marked.remove(article_id)
            marked = False
        else:
            self.marked = (self.marked + [article_id])[-MAX_MARKS:]
            marked = True
        self.save()
        return marked

    def clear_marks(self) -> None:
        self.marked = []
        self.save()
