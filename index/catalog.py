"""A cached copy of the article list, valid for one index generation.

Listing reads a column of small cards for every document (~75 ms per 1,000
articles on this machine); the app needs the list before its first useful
paint. So the sorted list is written to `catalog.jsonl` beside the index,
stamped with the index generation it was read from; any commit bumps the
generation and the next reader rebuilds it. It is a cache: deleting it is
always safe, and a stale one is never used.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from itertools import islice
from pathlib import Path

from index.folder import INDEX_DIR
from index.summary import ArticleSummary

_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")
FILE = "catalog.jsonl"  # a header line, then one article per line
HEAD = 200  # rows the app shows before reading the rest


def generation(index_dir: Path) -> int:
    """The latest committed generation, from TOC file names (no index open)."""
    gens = [int(m.group(1)) for p in index_dir.iterdir() if (m := _TOC.match(p.name))]
    return max(gens, default=-1)


def load(folder: Path, gen: int) -> list[ArticleSummary] | None:
    """The cached list if it was made from generation `gen`, else None."""
    read = _read(Path(folder), gen, None)
    return read[0] if read is not None else None


def head(folder: Path, rows: int | None = None) -> tuple[list[ArticleSummary], int] | None:
    """The first `rows` of the current cached list and the list's full length.

    One line per article, so the top of the list is read without parsing the
    rest: the app's first frame costs the same for 100,000 articles as for 100.
    """
    folder = Path(folder)
    try:
        return _read(folder, generation(folder / INDEX_DIR), HEAD if rows is None else rows)
    except OSError:
        return None


def quick_list(folder: Path) -> list[ArticleSummary] | None:
    """The whole cached list if it is current, read without opening the index
    (or importing Whoosh); None means "ask the library" (no index, no cache,
    or a stale one)."""
    folder = Path(folder)
    try:
        return load(folder, generation(folder / INDEX_DIR))
    except OSError:
        return None


def _read(folder: Path, gen: int, limit: int | None) -> tuple[list[ArticleSummary], int] | None:
    try:
        with open(folder / FILE, encoding="utf-8") as lines:
            top = json.loads(lines.readline())
            if top.get("generation") != gen:
                return None
            if limit is None:  # one parse of the whole list, not one per line
                rows = json.loads("[" + ",".join(line for line in lines if line.strip()) + "]")
            else:
                rows = [json.loads(line) for line in islice(lines, limit)]
        return [ArticleSummary(*row) for row in rows], int(top["count"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def save(folder: Path, gen: int, items: list[ArticleSummary]) -> None:
    """Write atomically; a reader that cannot write (read-only folder) just skips."""
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".catalog-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps({"generation": gen, "count": len(items)}) + "\n")
            for s in items:  # json.dumps escapes newlines: one article per line
                row = [s.id, s.title, s.outlet, s.published, s.path, s.byline]
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, folder / FILE)
    except OSError:
        pass
