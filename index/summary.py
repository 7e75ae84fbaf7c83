"""The one row of the article list, apart from `index.model`.

The app paints its first frame from this type alone; importing all of
`index.model` (a dozen dataclasses, ~25 ms) is left to the worker that opens
the library after that frame. `index.model` re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ArticleSummary:
    """What the list and search results show about an article."""

    id: str
    title: str
    outlet: str | None
    published: str | None  # ISO date (YYYY-MM-DD) or None
    path: str
    byline: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "path": self.path,
            "byline": self.byline,
        }
