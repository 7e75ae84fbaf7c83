"""Word-wrapping a body into lines that remember their character offsets.

The reader draws a line at a time (Line API), and every highlight — a hit, a
quotation, an aligned passage — is a span of offsets into the body. Wrapping
into (start, end) offsets, instead of into new strings, lets the reader find
the line of any offset ("scroll to this quotation") with a bisect.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Line:
    """One screen line of the body: its offsets, or a blank between paragraphs."""

    start: int
    end: int


def wrap_offsets(body: str, width: int) -> list[Line]:
    """Lines of at most `width` cells; paragraphs ("\\n\\n") separated by a blank."""
    width = max(width, 8)
    lines: list[Line] = []
    for start, end in _paragraphs(body):
        if lines:
            lines.append(Line(start, start))
        for row_start, row_end in _rows(body, start, end):
            lines.extend(_wrap_row(body, row_start, row_end, width))
    return lines


def _paragraphs(body: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for gap in re.finditer(r"\n[ \t\r]*\n\s*", body):
        spans.append((at, gap.start()))
        at = gap.end()
    spans.append((at, len(body)))
    return [(a, b) for a, b in spans if body[a:b].strip()]


def _rows(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Single newlines inside a paragraph still break the line."""
    rows, at = [], start
    while True:
        nl = body.find("\n", at, end)
        if nl == -1:
            rows.append((at, end))
            return rows
        rows.append((at, nl))
        at = nl + 1


def _wrap_row(body: str, start: int, end: int, width: int) -> list[Line]:
    out: list[Line] = []
    line_start = line_end = -1
    used = 0
    for match in _WORD.finditer(body, start, end):
        w_start, w_end = match.span()
        size = cell_len(match.group())
        gap = cell_len(body[line_end:w_start]) if line_start >= 0 else 0
        if line_start >= 0 and used + gap + size <= width:
            line_end, used = w_end, used + gap + size
            continue
        if line_start >= 0:
            out.append(Line(line_start, line_end))
        while size > width:  # a word longer than the line: hard split
            cut = _cut(body, w_start, width)
            out.append(Line(w_start, cut))
            w_start = cut
            size = cell_len(body[w_start:w_end])
        line_start, line_end, used = w_start, w_end, size
    if line_start >= 0:
        out.append(Line(line_start, line_end))
    return out or [Line(start, start)]


def _cut(body: str, start: int, width: int) -> int:
    end, used = start, 0
    while end < len(body) and used + cell_len(body[end]) <= width:
        used += cell_len(body[end])
        end += 1
    return max(end, start + 1)


def line_of(lines: list[Line], offset: int) -> int:
    """Index of the line holding `offset` (the nearest line before it)."""
    starts = [line.start for line in lines]
    return max(0, bisect_right(starts, offset) - 1)
