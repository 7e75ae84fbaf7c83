"""Article text made inert before it reaches the screen.

Control characters are removed at ingest (`index.clean.sanitize`); titles
and snippets pass through `plain` again here because it is cheap and the
list is the first thing an odd file would break. Text is always handed to
Rich/Textual as `Text`/`Content`, never as markup.
"""

from __future__ import annotations

import re

# C0 (but tab/newline), DEL, C1 and the bidi overrides that can reorder a line.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(text: str | None) -> str:
    """One line of safe text: no control characters, newlines as spaces."""
    if not text:
        return ""
    return _UNSAFE.sub("", text).replace("\n", " ").replace("\t", " ")


def safe_body(text: str | None) -> str:
    """A body with control characters blanked, newlines kept.

    Each unsafe character becomes one space, so every quotation and hit
    offset (into the stored body) still points at the same character.
    """
    if not text:
        return ""
    return _UNSAFE.sub(" ", text.replace("\t", " "))
