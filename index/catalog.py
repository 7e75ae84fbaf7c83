"""A cached copy of the article list, valid for one index generation.

Listing reads a column of small cards for every document (~75 ms per 1,000
articles on this machine); the app needs the list before its first useful
paint. So the sorted list is written to `catalog.json` beside the index,
stamped with the index generation it was read from; any commit bumps the
generation and the next reader rebuilds it. It is a cache: deleting it is
always safe, and a stale one is never used.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from index.folder import INDEX_DIR
from index.model import ArticleSummary

_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")
FILE = "catalog.json"


def generation(index_dir: Path) -> int:
    """The latest committed generation, from TOC file names (no index open)."""
    gens = [int(m.group(1)) for p in index_dir.iterdir() if (m := _TOC.match(p.name))]
    return max(gens, default=-1)


def load(folder: Path, gen: int) -> list[ArticleSummary] | None:
    """The cached list if it was made from generation `gen`, else None."""
    try:
        data = json.loads((folder / FILE).read_text(encoding="utf-8"))
        if data.get("generation") != gen:
            return None
        return [ArticleSummary(*row) for row in data["items"]]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def quick_list(folder: Path) -> list[ArticleSummary] | None:
    """The cached list if it is current, read without opening the index.

    The app shows this before Whoosh is even imported; None means "ask the
    library" (no index yet, no cache, or a stale one).
    """
    index_dir = Path(folder) / INDEX_DIR
    try:
        return load(Path(folder), generation(index_dir))
    except OSError:
        return None


def save(folder: Path, gen: int, items: list[ArticleSummary]) -> None:
    """Write atomically; a reader that cannot write (read-only folder) just skips."""
    rows = [[s.id, s.title, s.outlet, s.published, s.path, s.byline] for s in items]
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".catalog-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"generation": gen, "items": rows}, out, ensure_ascii=False)
        os.replace(tmp, folder / FILE)
    except OSError:
        pass
