"""Salience of each candidate speaker at a he/she/they cue, for the speaker model (`speaker_model`).

A pronoun points at whoever the text keeps in focus: the person most often
given the floor so far, the speaker of the quotation just before, the
subject of the previous sentence, and not someone of the same gender named
more recently. These are cheap counts over the mention tracker's list.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.attribution import Attribution, Attributor


_MAX_MENTIONS = 40  # mentions looked at before a pronoun, as `speaker_model`


class Salience:
    """Per-article indexes the pronoun features share."""

    def __init__(self, att: Attributor, atts: list[Attribution]) -> None:
        self.att = att
        self.items = att.tracker.items
        self.positions = [m.pos for m in self.items]
        self.cued_at: dict[str, list[int]] = {}  # name -> positions it was given the floor (direct or indirect)
        for m in self.items:
            if m.cued or m.speaker:
                self.cued_at.setdefault(m.name, []).append(m.pos)
        self.atts = atts
        self.spoke_at: dict[str, list[int]] = {}  # speaker -> indexes of the quotations the rules gave them
        self.top = [0]  # top[i]: the most quotations any one speaker has among the first i
        for i, a in enumerate(atts):
            if a.speaker:
                self.spoke_at.setdefault(a.speaker, []).append(i)
            self.top.append(max(self.top[-1], len(self.spoke_at.get(a.speaker, ())) if a.speaker else 0))

    def feats(self, i: int, anchor: int, lo: int, want: str | None, names: list[str]) -> dict[str, dict[str, float]]:
        """name -> salience features for quotation `i` whose pronoun sits at `anchor`."""
        att, items = self.att, self.items
        j1 = bisect_left(self.positions, anchor)
        before = items[max(bisect_left(self.positions, lo), j1 - _MAX_MENTIONS):j1]
        last: dict[str, int] = {}
        for k, m in enumerate(before):
            last[m.name] = k
        recency = sorted(last, key=lambda n: -last[n])
        rank = {n: r for r, n in enumerate(recency)}
        here = bisect_right(att.breaks, anchor) - 1
        prev_first = None
        for m in before:
            if bisect_right(att.breaks, m.pos) - 1 == here - 1:
                prev_first = m
                break
        prev_local = i > 0 and self.atts[i - 1].local and self.atts[i - 1].kind == "named"
        prev_spk = self.atts[i - 1].speaker if i > 0 else None
        out: dict[str, dict[str, float]] = {}
        for name in names:
            f: dict[str, float] = {}
            n_cued = bisect_left(self.cued_at.get(name, []), anchor)
            f["s_cued"] = math.log1p(n_cued)
            f["s_cued0"] = float(n_cued == 0)
            n_spk = bisect_left(self.spoke_at.get(name, []), i)
            f["s_spk"] = math.log1p(n_spk)
            f["s_spk_top"] = float(n_spk > 0 and n_spk == self.top[i])
            if name == prev_spk and prev_local:
                f["s_prev_local"] = 1.0
            k = last.get(name)
            if k is None:
                f["s_unseen"] = 1.0
            else:
                r = rank[name]
                f[f"s_rank{min(r, 3)}"] = 1.0
                if want:  # other people named since, of the pronoun's gender or of none known
                    others = [m for m in before[k + 1:] if m.name != name and m.person]
                    f[f"s_same{min(len({m.name for m in others if m.gender == want}), 2)}"] = 1.0
                    f[f"s_unk{min(len({m.name for m in others if m.gender is None}), 2)}"] = 1.0
            if prev_first is not None and prev_first.name == name:
                f["s_prev_first"] = 1.0
                if prev_first.subject:
                    f["s_prev_subj"] = 1.0
            out[name] = {key: v for key, v in f.items() if v}
        return out
