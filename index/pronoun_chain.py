"""Who a run of he/she sentences is about, for the speaker model's pronoun candidates.

News prose names a person once as a sentence's subject and then keeps
going with "He said … He added … “…,” he said." The nearest person of the
right gender is often someone those sentences mention in passing ("He
mocked Rubio"), so recency features pick the wrong man. Walking back from
the pronoun over sentences whose subject is the same pronoun finds the
sentence that opened the run; its subject is the chain's head, unless the
sentence names its source ("Trump, Sexton said, has …", "…, said Gary
Orfield"): then the source is, as long as it is not inside a subordinate
clause ("when Tapper asked"). Cheap: a
regex over each sentence of the masked narrative (quotations blanked), so a
"he" inside a quotation never counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.attribution import Attributor

_PRONOUN_RE = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
_MAX_SENTENCES = 8  # sentences walked back from the pronoun
_LISTENER_RE = re.compile(
    r"\b(?:told|tells|tell|asked|asks|ask|urged|urges|thanked|thanks|warned|warns|reminded|assured|"
    r"interview(?:ed)? with|spoke to|speaking to|spoke with|said to|wrote to|letter to)\s+$", re.I)

_SUBORDINATE_RE = re.compile(
    r"\b(?i:that|when|whether|after|as|because|if|before|while|since|until|although|though)\s+"
    r"(?:[a-z][\w'\u2019-]*\s+){0,2}$")


class PronounChains:
    """Per-article lookup of the head of the he/she chain in front of a pronoun."""

    def __init__(self, att: Attributor) -> None:
        self.att = att
        self.text = att.nar.text
        self.items = att.tracker.items
        self.positions = [m.pos for m in self.items]

    def head(self, anchor: int, want: str) -> tuple[str | None, int]:
        """(name of the chain's head, sentences of the chain crossed), (None, n) when the run breaks.

        In each sentence (the pronoun's own up to the pronoun) the earlier of its source or
        first subject of a fitting gender and the first 'he'/'she' decides: a name ends the walk,
        the pronoun carries it one sentence back; a sentence with neither breaks the chain.
        """
        breaks, pat = self.att.breaks, _PRONOUN_RE[want]
        here = bisect_right(breaks, anchor) - 1
        hops = 0
        for s in range(here, max(-1, here - _MAX_SENTENCES), -1):
            start = breaks[s]
            end = anchor if s == here else breaks[s + 1]
            if self.att.tracker.pronoun_led(s, want):  # 'Asked about Clinton, she …', 'He said he and Trump …'
                hops += s != here
                continue
            subj = self._first_subject(start, end, want)
            pron = pat.search(self.text, start, end)
            if subj is not None and (pron is None or subj.pos < pron.start()):
                return subj.name, hops
            if pron is None:
                if s != here:
                    return None, hops
                continue
            hops += 1
        return None, hops

    def _first_subject(self, start: int, end: int, want: str):
        """The sentence's source if it names one ('Cruz won, Stovall said'), else its first subject."""
        first = None
        for j in range(bisect_left(self.positions, start), bisect_left(self.positions, end)):
            m = self.items[j]
            if not (m.person and m.gender in (want, None)):
                continue
            if (m.cued or (m.speaker and m.name[:1].isupper())) and not self._embedded(m):
                return m
            if first is None and (m.subject or m.speaker):
                first = m
        return first

    def _embedded(self, m) -> bool:
        """'when Tapper asked', 'that the paper's Costa had reported', 'Carson's adviser': not the sentence's source."""
        return self.text.startswith(("'s", "\u2019s"), m.end) or bool(
            _SUBORDINATE_RE.search(self.text, max(0, m.pos - 40), m.pos))


def is_listener(text: str, pos: int) -> bool:
    """'told Megyn Kelly', 'in an interview with Rubio': the person spoken to, rarely the speaker."""
    return bool(_LISTENER_RE.search(text, max(0, pos - 25), pos))
