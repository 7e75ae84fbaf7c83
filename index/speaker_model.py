"""A learned speaker ranker on top of the rules, and a quote-vs-not-quote filter.

The rules find one speaker per quotation; they plateau on pronouns,
speakers a sentence or two away and quotations continued from earlier
paragraphs. Here every plausible candidate (the rule's choice, each person,
organisation or anonymous source the mention tracker saw in the quotation's
paragraph and the 3 before, the previous quotation's speaker) gets a few
cheap features, and a log-linear model trained on the quote_dev train split
(`bench/train_speaker_model.py`) picks one. Weights ship as JSON in
`index/data/speaker_model.json`, loaded once; without it the rules stand.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from index.lexicon import CUE_VERBS

if TYPE_CHECKING:
    from index.attribution import Attribution, Attributor
    from index.quote_marks import MarkSpan

MODEL_PATH = Path(__file__).resolve().parent / "data" / "speaker_model.json"
ENABLED = True  # flip to False to fall back to the rules alone
_BEFORE = 3  # paragraphs before the quotation's own that may name its speaker
_MALE = frozenset({"he", "him", "his"})
_FEMALE = frozenset({"she", "her"})
_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019-]*")
_AFTER_RE = re.compile(r"[ \t]*(?:,[^,\n\x00]{1,80},[ \t]*)?(?:(?:also|later|then|had|has|previously)[ \t]+)?([a-z]+)")
_APPOS_RE = re.compile(r",\s+(?:a|an|the|who|whose)\s")
_CALLED_RE = re.compile(r"\b(?:called|dubbed|named|titled|entitled|nicknamed|known as|so-called|term|word|phrase)\W*$", re.I)


@dataclass
class Candidate:
    """One possible speaker of one quotation, with its features."""

    name: str
    kind: str
    feats: dict[str, float]


_model: dict | None = None
_loaded = False


def load_model() -> dict | None:
    """The shipped weights, read once; None when absent (rules only)."""
    global _model, _loaded
    if not _loaded:
        _loaded = True
        try:
            _model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _model = None
    return _model


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


def _ctx(a: Attribution) -> str:
    """The kind of evidence the rules had: conjoined with every feature, so weights differ by case."""
    if not a.speaker and not a.as_written:
        return "none"
    loc = "L" if a.local else "N"
    return f"{a.kind}{loc}"


# -- candidates ------------------------------------------------------------

def candidates(att: Attributor, atts: list[Attribution]) -> list[list[Candidate]]:
    """Candidate speakers with features for each quotation mark span, in order."""
    body, nar_text, marks = att.body, att.nar.text, att.marks
    items = att.tracker.items
    positions = [m.pos for m in items]
    name_count = Counter(m.name for m in items)
    spk_count = Counter(a.speaker for a in atts if a.speaker)
    para_starts = [p[0] for p in att.paras]
    out: list[list[Candidate]] = []
    for i, (q, a) in enumerate(zip(marks, atts)):
        close = q.close_mark if q.close_mark is not None else q.end
        lo = att.paras[max(0, q.para - _BEFORE)][0]
        hi = q.para_end
        j0, j1 = bisect_left(positions, lo), bisect_left(positions, hi)
        q_sents = {att.sentence_of(q.open_mark)[0], att.sentence_of(max(q.open_mark, close - 1))[0]}
        prev = atts[i - 1].speaker if i > 0 else None
        prev_near = i > 0 and marks[i - 1].para >= q.para - 1
        want = "m" if (a.as_written or "").lower() in _MALE else "f" if (a.as_written or "").lower() in _FEMALE else None
        best: dict[str, tuple[float, object]] = {}
        at_cue: set[str] = set()
        order_before: list[str] = []
        for m in items[j0:j1]:
            if q.open_mark <= m.pos <= close:
                continue
            d = (q.open_mark - m.end) if m.pos < q.open_mark else (m.pos - close)
            if m.pos == getattr(a, "np_at", -2):
                at_cue.add(m.name)
            if m.name not in best or d < best[m.name][0]:
                best[m.name] = (d, m)
            if m.pos < q.open_mark:
                order_before.append(m.name)
        nearest_before = order_before[-1] if order_before else None
        nearest_after = min(((d, n) for n, (d, m) in best.items() if m.pos > close), default=(0, None))[1]
        cands: list[Candidate] = []
        ctx = _ctx(a)
        for name, (d, m) in best.items():
            f = _mention_feats(att, body, nar_text, q, m, d, q_sents, para_starts, want)
            f["nearest_before"] = float(name == nearest_before)
            f["nearest_after"] = float(name == nearest_after)
            f["at_cue"] = float(name in at_cue)
            cands.append(_finish(name, m.kind, f, a, prev, prev_near, name_count, spk_count, ctx))
        names = {c.name for c in cands}
        if a.speaker and a.speaker not in names:
            cands.append(_finish(a.speaker, a.kind, {"no_mention": 1.0}, a, prev, prev_near,
                                 name_count, spk_count, ctx))
            names.add(a.speaker)
        if prev and prev not in names:
            cands.append(_finish(prev, "prev", {"no_mention": 1.0}, a, prev, prev_near,
                                 name_count, spk_count, ctx))
        out.append(cands)
    return out


def _mention_feats(att: Attributor, body: str, nar: str, q: MarkSpan, m, d: int, q_sents: set[int],
                   para_starts: list[int], want: str | None) -> dict[str, float]:
    words = max(0, d) / 6.0
    f: dict[str, float] = {
        "logdist": math.log1p(words),
        "d3": float(words <= 3), "d10": float(words <= 10), "d25": float(words <= 25),
        "before": float(m.pos < q.open_mark),
        "same_sent": float(att.sentence_of(m.pos)[0] in q_sents),
        "subject": float(m.subject), "was_speaker": float(m.speaker),
    }
    pb = q.para - (bisect_left(para_starts, m.pos + 1) - 1)
    f[f"para_back{min(max(pb, 0), 3)}"] = 1.0
    after = _AFTER_RE.match(nar, m.end)
    before_words = _WORD_RE.findall(nar[max(0, m.pos - 25):m.pos])
    f["cue_after"] = float(bool(after) and after.group(1) in CUE_VERBS)
    f["cue_before"] = float(bool(before_words) and before_words[-1].lower() in CUE_VERBS)
    f["according"] = float(nar[max(0, m.pos - 14):m.pos].lower().strip().endswith("according to"))
    f["appos"] = float(bool(_APPOS_RE.match(nar, m.end)))
    f["possessive"] = float(nar[m.end:m.end + 2] in ("'s", "\u2019s"))
    f["multiword"] = float(len(m.name.split()) > 1)
    if want:
        f["g_agree" if m.gender == want else "g_unknown" if m.gender is None else "g_disagree"] = 1.0
    return f


def _finish(name: str, kind: str, f: dict[str, float], a: Attribution, prev: str | None, prev_near: bool,
            name_count: Counter, spk_count: Counter, ctx: str) -> Candidate:
    f["rule"] = float(name == a.speaker)
    f["prev"] = float(name == prev)
    f["prev_near"] = float(name == prev and prev_near)
    f["k_" + kind] = 1.0
    f["count"] = math.log1p(name_count.get(name, 0))
    f["spk_count"] = math.log1p(spk_count.get(name, 0) - (1 if name == a.speaker else 0))
    full = {k: v for k, v in f.items() if v}
    for k, v in list(full.items()):
        full[f"{ctx}|{k}"] = v
    return Candidate(name, kind, full)


# -- inference -------------------------------------------------------------

def rerank(att: Attributor, atts: list[Attribution]) -> list[Attribution]:
    """The model's speaker for each quotation where it confidently overrules the rules."""
    model = load_model() if ENABLED else None
    if not model:
        return atts
    w = model["speaker"]["weights"]
    margin = model["speaker"].get("margin", 0.0)
    out = list(atts)
    for i, (a, cands) in enumerate(zip(atts, candidates(att, atts))):
        if not cands:
            continue
        # Gender is a feature, not a filter: a hard 'she is never him' measured worse on dev (noisy genders).
        scored = [(score(w, c.feats), c) for c in cands]
        if not scored:
            continue
        best_s, best = max(scored, key=lambda t: t[0])
        rule_s = next((s for s, c in scored if c.name == a.speaker), None)
        if best.name == a.speaker or (rule_s is not None and best_s - rule_s < margin):
            continue
        if not a.speaker and not a.as_written and not _close_by(best):
            continue  # the rules found no cue: only a speaker named in this or the last paragraph
        kind = a.kind if a.kind == "pronoun" else ("org" if best.kind == "org" else
                                                   "named" if best.kind in ("named", "prev") else "nominal")
        out[i] = replace(a, speaker=best.name, kind=kind, description=None)
    return out


def _close_by(c: Candidate) -> bool:
    return bool(c.feats.get("para_back0") or c.feats.get("para_back1"))


# -- quote vs not-quote ----------------------------------------------------

def quote_feats(body: str, m: MarkSpan, a: Attribution) -> dict[str, float]:
    """Shape features of a mark span: does it look like reported speech or a title/scare quote?"""
    text = body[m.start:m.end]
    words = text.split()
    n = len(words)
    close = m.close_mark if m.close_mark is not None else m.end
    before = body[max(m.para_start, m.open_mark - 40):m.open_mark]
    after = body[close + 1:close + 25]
    caps = sum(1 for w in words if w[:1].isupper())
    f = {
        "bias": 1.0, "logn": math.log1p(n), "n1": float(n == 1), "n2_3": float(2 <= n <= 3),
        "n4_7": float(4 <= n <= 7), "capfrac": caps / n if n else 0.0,
        "ends_punct": float(text[-1:] in ".,!?"), "starts_cap": float(text[:1].isupper()),
        "open": float(m.close_mark is None), "para_start": float(m.open_mark == m.para_start),
        "called": float(bool(_CALLED_RE.search(before))),
        "det_before": float(before.rstrip().lower().endswith((" a", " an", " the"))),
        "colon_before": float(before.rstrip().endswith(":")),
        "comma_before": float(before.rstrip().endswith(",")),
        "said_after": float(bool(re.match(r"\W*\s*(?:\w+\s+){0,3}(?:said|says|told|added|wrote)\b", after))),
        "local": float(a.local), "has_cue": float(a.np_at >= 0), "as_written": float(bool(a.as_written)),
        "cue_near": 0.0,
    }
    if a.cue_at >= 0:
        gap = body[a.cue_at:m.open_mark] if a.cue_at < m.open_mark else body[close:a.cue_at]
        f["cue_near"] = 1.0 / (1.0 + len(gap.split()))
    return {k: v for k, v in f.items() if v}


def keep_quote(body: str, m: MarkSpan, a: Attribution) -> bool:
    """False when the filter is confident the span quotes nobody."""
    model = load_model() if ENABLED else None
    if not model or "quote" not in model:
        return True
    qm = model["quote"]
    text = body[m.start:m.end].rstrip("\u201d\"' ")
    if text[:1].isupper() and text[-1:] in ".!?," and len(text.split()) >= 4:
        return True  # a whole quoted sentence: the filter is for fragments, titles and scare quotes
    s = score(qm["weights"], quote_feats(body, m, a))
    return s >= qm.get("threshold", -1e9)
