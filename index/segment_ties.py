"""Segments of one quotation keep one speaker, after the ranker (`speaker_model.rerank`).

The ranker scores each quotation mark span on its own, so the two halves of
'“A,” she said. “B.”' can end up with different people, and the last part of
'He said, “A” - at which point the crowd chanted “B!” - “and C.”' is handed
to the crowd whose chant interrupted him. Both are one person's sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.naming import Attribution
    from index.quote_marks import MarkSpan

_PRONOUN_CUE_RE = re.compile(r"\s*(?:he|she)\s+[a-z]+(?:\s+[a-z]+)?\s*[.,:]?\s*", re.I)  # ' she said. '
_DASH_RE = re.compile(r"\s*[\u2014\u2013-]")
_RESUME_RE = re.compile(r"\s*[\u2014\u2013-]\s*,?\s*")  # ' - ' between an aside and the quotation it resumes


def tie_segments(body: str, marks: list[MarkSpan], atts: list[Attribution]) -> list[Attribution]:
    """The ranker's speakers with split and interrupted quotations made whole."""
    out = list(atts)
    for i in range(1, len(marks)):
        if _split_by_cue(body, marks[i - 1], marks[i], out[i - 1], out[i]):
            out[i] = replace(out[i], speaker=out[i - 1].speaker, kind=out[i - 1].kind,
                             description=out[i - 1].description)
        elif i > 1 and _resumed(body, marks[i - 2], marks[i - 1], marks[i]) and out[i - 2].speaker:
            out[i] = replace(out[i - 2], local=False)
    return out


def _split_by_cue(body: str, a: MarkSpan, b: MarkSpan, x: Attribution, y: Attribution) -> bool:
    """'“A,” she said. “B.”': nothing but the one he/she cue both share between two segments."""
    if a.para != b.para or a.close_mark is None or x.speaker == y.speaker or not x.speaker:
        return False
    if x.kind != "pronoun" or y.kind != "pronoun" or x.np_at < 0 or x.np_at != y.np_at:
        return False
    return bool(_PRONOUN_CUE_RE.fullmatch(body, a.close_mark + 1, b.open_mark))


def _resumed(body: str, a: MarkSpan, aside: MarkSpan, c: MarkSpan) -> bool:
    """'“A” - at which point the crowd chanted “B!” - “and C.”': C, opening lowercase, goes on from A."""
    if not (a.para == aside.para == c.para) or a.close_mark is None or aside.close_mark is None:
        return False
    if not body[c.start:c.start + 1].islower() or body[a.start:a.end].rstrip()[-1:] in ".!?":
        return False
    return bool(_DASH_RE.match(body, a.close_mark + 1)) and bool(
        _RESUME_RE.fullmatch(body, aside.close_mark + 1, c.open_mark))
