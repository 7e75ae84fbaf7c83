"""Cues that speak for an opening clause or an aside, not for the quotation after it.

Split from `attribution.py`: a partial quotation takes the cue before it unless that cue sits
in a 'when …,' clause or a '— as critics believe, but Portland denies —' aside; the cue after
the quotation then speaks for it.
"""

from __future__ import annotations

from index.colon_cues import Cue
from index.lexicon import DASHES
from index.phrases import Narrative

_OPENERS = ("when", "after", "before", "while", "because", "since", "although", "though", "if", "once", "until")


def subordinate(nar: Narrative, cue: Cue, s_start: int, open_mark: int) -> bool:
    """'When Sanders said …, he “grabbed ahold …,” said Drew Heiserman': a cue inside an opening
    'when'/'after' clause speaks for that clause, not for the quotation after its comma."""
    lead = [t[2].lower() for t in nar.span(s_start, cue.np_start)]
    while lead and lead[0] in ("and", "but", "so"):
        lead = lead[1:]
    return (len(lead) == 1 and lead[0] in _OPENERS
            and any(t[2] == "," for t in nar.span(max(cue.at, cue.np_start), open_mark))) \
        or in_as_aside(nar, cue, s_start, open_mark)


def in_as_aside(nar: Narrative, cue: Cue, s_start: int, open_mark: int) -> bool:
    """'If Russia is meddling — as critics believe, but Moscow denies — “why …?” asked Dunn': a cue in a
    dashed 'as …' aside comments on the sentence; it does not introduce the quotation after the dash."""
    before = nar.span(s_start, cue.np_start)
    dash = next((k for k in range(len(before) - 1, -1, -1) if before[k][2] in DASHES), None)
    if dash is None or dash + 1 >= len(before) or before[dash + 1][2].lower() != "as":
        return False
    between = nar.span(max(cue.at, cue.np_start), open_mark)
    return bool(between) and between[-1][2] in DASHES and not any(t[2] in DASHES for t in between[:-1])
