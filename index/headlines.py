"""Title-case lines: headlines, section titles and photo credits inside an article body.

"Glenn Beck Blasts Drudge For Mocking His Fast" reads as a run of
capitalised words, so the name finder would take 'Glenn Beck Blasts
Drudge' for a person and the speaker model would offer it for a 'he'.
Such lines name no speaker: mentions inside them are dropped.
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019-]*")
_LABEL_RE = re.compile(r":\s*[\x00\"\u201c]")
_SMALL = frozenset("a an the of for to in on at by and or but as with from vs".split())


def headline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line whose longer words are nearly all capitalised."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in _WORD_RE.findall(line) if w.lower() not in _SMALL]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words) \
                and not _prose_end(line) and not _LABEL_RE.search(line):
            # not prose ('Trump, Cruz, Rubio and Kasich.') nor a speaker label ('Rep. Trey Gowdy (R-S.C.): “')
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _prose_end(line: str) -> bool:
    """'Trump, Cruz, Rubio and Kasich.' is prose; a title with a full stop and no comma is not."""
    end = line.rstrip()
    return end.endswith((",", ";")) or (end.endswith(".") and "," in end)


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)
