"""Where a library lives on disk; light enough to import before Whoosh.

The app lists the library from the catalog cache before the heavy modules
(Whoosh, the quotation engine) are imported, so these names must not pull
them in.
"""

from __future__ import annotations

import os
from pathlib import Path

INDEX_DIR = "index"  # the Whoosh index inside a library folder


def default_folder() -> Path:
    """`NEWSREADER_LIBRARY`, else the user data directory."""
    env = os.environ.get("NEWSREADER_LIBRARY")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsreader", appauthor=False)) / "library"
