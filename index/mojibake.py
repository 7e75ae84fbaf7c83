"""Repair text that was UTF-8, read as cp1252 and saved again: 'JuliÃ¡n Castro' -> 'Julián Castro'.

Pages pasted from the web carry this double encoding; left alone it splits one
speaker into two ('Julián' and 'JuliÃ¡n') and shows the reader garbage. ftfy
does the repair; the cheap test below keeps it off the text that needs none.
"""

from __future__ import annotations

import re

from ftfy import fix_encoding

# A UTF-8 lead byte (Â..ß, or â for three-byte characters) read as cp1252, then a continuation byte.
_SUSPECT = re.compile(
    "[\u00c2-\u00df\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """The text with double-encoded characters repaired; untouched when nothing looks double-encoded."""
    return fix_encoding(text) if _SUSPECT.search(text) else text
