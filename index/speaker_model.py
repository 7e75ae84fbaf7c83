"""A learned speaker ranker on top of the rules (the quote filter is in `quote_filter`).

The rules find one speaker per quotation; they plateau on pronouns,
speakers a sentence or two away and quotations continued from earlier
paragraphs. Here every plausible candidate (the rule's choice, each person,
organisation or anonymous source the mention tracker saw in the quotation's
paragraph and the 3 before, the previous quotation's speaker) gets a few
cheap features (for he/she, also the subject that opened the run of
he/she sentences, `pronoun_chain`), and a log-linear model trained on the quote_dev train split
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

from index.lexicon import AS_VERBS, CUE_VERBS, FEMALE_NAMES, MALE_NAMES, PERSON_NOUNS, PLACE_NAMES, TITLES, WEAK_CUES
from index.gender import census_gender
from index.naming import CREDIT_CUE
from index.speaker_nps import ROLE_HEADS, definite_person
from index.pronoun_chain import PronounChains, is_listener
from index.salience import Salience
from index.segment_ties import tie_segments

if TYPE_CHECKING:
    from index.attribution import Attribution, Attributor
    from index.quote_marks import MarkSpan

MODEL_PATH = Path(__file__).resolve().parent / "data" / "speaker_model.json"
ENABLED = True  # flip to False to fall back to the rules alone
_BEFORE = 3  # paragraphs before the quotation's own that may name its speaker
_MAX_MENTIONS = 40  # mentions looked at before (and after) a quotation
_NAMED_MARGIN = 0.5  # score lead needed to overrule a named speaker at the quotation's own cue
_MALE = frozenset({"he", "him", "his"})
_FEMALE = frozenset({"she", "her"})
_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019-]*")
_AFTER_RE = re.compile(r"[ \t]*(?:,[^,\n\x00]{1,80},[ \t]*)?(?:(?:also|later|then|had|has|previously)[ \t]+)?([a-z]+)")
_APPOS_RE = re.compile(r",\s+(?:a|an|the|who|whose)\s")
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_TITLE_WORDS = frozenset(t.strip(".") for t in TITLES)
_OBJECT_VERBS = WEAK_CUES | AS_VERBS


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
    sent_first: set[int] = set()  # positions of the first mention of each sentence
    seen_sents: set[int] = set()
    for m in items:
        s0 = att.sentence_of(m.pos)[0]
        if s0 not in seen_sents:
            seen_sents.add(s0)
            k = bisect_left(att.breaks, s0)
            if not (att.tracker.pronoun_led(k, "m") or att.tracker.pronoun_led(k, "f")):
                sent_first.add(m.pos)  # 'He said he and Trump differ': Trump is not what the sentence is about
    out: list[list[Candidate]] = []
    sal: Salience | None = None
    chains: PronounChains | None = None
    for i, (q, a) in enumerate(zip(marks, atts)):
        close = q.close_mark if q.close_mark is not None else q.end
        lo = att.paras[max(0, q.para - _BEFORE)][0]
        hi = q.para_end
        j0, j1 = bisect_left(positions, lo), bisect_left(positions, hi)
        # At most _MAX_MENTIONS either side: one huge paragraph must not make this quadratic.
        j0 = max(j0, bisect_left(positions, q.open_mark) - _MAX_MENTIONS)
        j1 = min(j1, bisect_left(positions, close) + _MAX_MENTIONS)
        q_sents = {att.sentence_of(q.open_mark)[0], att.sentence_of(max(q.open_mark, close - 1))[0]}
        prev = atts[i - 1].speaker if i > 0 else None
        prev_near = i > 0 and marks[i - 1].para >= q.para - 1
        want = "m" if (a.as_written or "").lower() in _MALE else "f" if (a.as_written or "").lower() in _FEMALE else None
        best: dict[str, tuple[float, object]] = {}
        at_cue: set[str] = set()
        order_before: list[str] = []
        last_source = None  # the latest person given the floor, in direct or indirect speech
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
                if m.cued or m.speaker:
                    last_source = m.name
        nearest_before = order_before[-1] if order_before else None
        nearest_after = min(((d, n) for n, (d, m) in best.items() if m.pos > close), default=(0, None))[1]
        anchor = a.np_at if a.np_at >= 0 else q.open_mark
        g_rank = _gender_ranks(best, want, anchor)
        head, hops = None, 0
        if want and a.kind == "pronoun":
            chains = chains or PronounChains(att)
            head, hops = chains.head(anchor, want)
        cands: list[Candidate] = []
        ctx = _ctx(a)
        spoken_to = _addressee(a.cue)
        for name, (d, m) in best.items():
            if name.split()[-1] in spoken_to:
                continue  # '“…,” he told Sen. Jeff Flake': the person spoken to at the cue is never the speaker
            if want and (_named_gender(name) not in (None, want) or not m.person):
                continue  # 'he' is never Laura Kent: a first name the lists know is a filter, not a feature
            f = _mention_feats(att, body, nar_text, q, m, d, q_sents, para_starts, want)
            f.update(_name_feats(name, m, nar_text))
            f.update(_anchor_feats(att, m, anchor, m.pos in sent_first))
            if want and m.kind == "nominal" and m.speaker:
                f["g_anon"] = 1.0  # 'the diplomat said … “…,” he said': an anonymous source fits any gender
            elif want:
                r = g_rank.get(name)
                f["g_only" if len(g_rank) == 1 and r == 0 else f"g_rank{min(r, 2)}" if r is not None else "g_none"] = 1.0
            f["nearest_before"] = float(name == nearest_before)
            f["nearest_after"] = float(name == nearest_after)
            f["last_source"] = float(name == last_source)
            f["at_cue"] = float(name in at_cue)
            f["listener"] = float(m.pos < q.open_mark and is_listener(nar_text, m.pos))
            if name == head:  # the subject that opened the run of he/she sentences (`pronoun_chain`)
                f["c_head" if hops < 2 else "c_head_far"] = 1.0
            cands.append(_finish(name, m.kind, f, a, prev, prev_near, name_count, spk_count, ctx))
        names = {c.name for c in cands}
        if a.speaker and a.speaker not in names and not (want and _named_gender(a.speaker) not in (None, want)):
            cands.append(_finish(a.speaker, a.kind, {"no_mention": 1.0}, a, prev, prev_near,
                                 name_count, spk_count, ctx))
            names.add(a.speaker)
        if prev and prev not in names and not (want and _named_gender(prev) not in (None, want)):
            cands.append(_finish(prev, "prev", {"no_mention": 1.0}, a, prev, prev_near,
                                 name_count, spk_count, ctx))
        if a.kind == "pronoun" and cands:
            sal = sal or Salience(att, atts)
            extra = sal.feats(i, anchor, lo, want, [c.name for c in cands])
            for c in cands:
                for k, v in extra[c.name].items():
                    c.feats[k] = c.feats[f"{ctx}|{k}"] = v
        out.append(cands)
    return out


def _addressee(cue: str | None) -> set[str]:
    """Words naming whom the cue 'told Sen. Jeff Flake' addresses; empty for any other cue."""
    words = (cue or "").split()
    return set(words[1:]) if len(words) > 1 and words[0].lower() in ("told", "tells") else set()


def _mention_feats(att: Attributor, body: str, nar: str, q: MarkSpan, m, d: int, q_sents: set[int],
                   para_starts: list[int], want: str | None) -> dict[str, float]:
    words = max(0, d) / 6.0
    f: dict[str, float] = {
        "logdist": math.log1p(words),
        "d3": float(words <= 3), "d10": float(words <= 10), "d25": float(words <= 25),
        "before": float(m.pos < q.open_mark),
        "same_sent": float(att.sentence_of(m.pos)[0] in q_sents),
        "subject": float(m.subject), "was_speaker": float(m.speaker), "cued": float(m.cued),
    }
    pb = q.para - (bisect_left(para_starts, m.pos + 1) - 1)
    f[f"para_back{min(max(pb, 0), 3)}"] = 1.0
    after = _AFTER_RE.match(nar, m.end)
    before_words = _WORD_RE.findall(nar[max(0, m.pos - 25):m.pos])
    f["cue_after"] = float(bool(after) and after.group(1) in CUE_VERBS)
    f["cue_before"] = float(bool(before_words) and before_words[-1].lower() in CUE_VERBS)
    # 'described Trump as “…”', 'called Smith “…”': the target of the verb, never its inverted subject
    f["cue_object"] = float(bool(before_words) and before_words[-1].lower() in _OBJECT_VERBS)
    f["according"] = float(nar[max(0, m.pos - 14):m.pos].lower().strip().endswith("according to"))
    f["appos"] = float(bool(_APPOS_RE.match(nar, m.end)))
    f["possessive"] = float(nar[m.end:m.end + 2] in ("'s", "\u2019s"))
    f["multiword"] = float(len(m.name.split()) > 1)
    if want:
        f["g_agree" if m.gender == want else "g_unknown" if m.gender is None else "g_disagree"] = 1.0
        if m.gender is not None and m.inferred:
            f["g_inferred"] = 1.0  # from nearby pronouns only: weaker than a first name or a title
    return f


def _named_gender(name: str) -> str | None:
    """Gender from a known first name only ('Laura Kent' -> 'f'); None for 'Kent' or 'Jordan Lee'."""
    toks = name.split()
    if len(toks) < 2:
        return None
    first = toks[0].lower()
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    return census_gender(name) if first not in _FIRST_NAMES else None


def _gender_ranks(best: dict, want: str | None, anchor: int) -> dict[str, int]:
    """For a he/she quotation: recency rank of each mention before the pronoun with that gender."""
    if not want:
        return {}
    before = sorted(((m.pos, n) for n, (_, m) in best.items() if m.pos < anchor and m.gender == want), reverse=True)
    return {n: k for k, (_, n) in enumerate(before)}


def _name_feats(name: str, m, nar: str) -> dict[str, float]:
    """Does the mention look like a person at all ('North Korea', 'New York-based', 'STAY IN')."""
    toks = name.split()
    low = [t.lower().strip(".,") for t in toks]
    f = {
        "first_name": float(bool(low) and (low[0] in _FIRST_NAMES or census_gender(name) is not None)),
        "gender_known": float(m.gender is not None),
        "place": float(any(t in PLACE_NAMES for t in low)),
        "titled": float(any(w.strip(".") in _TITLE_WORDS for w in m.role.split()[-2:])),
        "odd_shape": float(m.kind == "named" and (any(t.isupper() and len(t) > 3 for t in toks) or any(
            "-" in t and t.split("-")[-1][:1].islower() for t in toks) or not toks[-1][:1].isupper())),
    }
    return f


def _anchor_feats(att: Attributor, m, anchor: int, first_in_sent: bool) -> dict[str, float]:
    """Sentences between the mention and the cue (or quotation), and its role in its sentence."""
    if m.pos >= anchor:
        return {"sent_first": float(first_in_sent)}
    here = att.sentence_of(anchor)[0]
    there = att.sentence_of(m.pos)[0]
    back = bisect_left(att.breaks, here) - bisect_left(att.breaks, there)  # sentences between, 0 if same
    f = {f"sback{min(back, 3)}": 1.0, "sent_first": float(first_in_sent)}
    if back <= 1 and m.subject:
        f["subj_back" + str(back)] = 1.0
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
        if not cands or a.cue == CREDIT_CUE:
            continue
        # Gender from the article's own pronouns stays a feature (noisy); only first names filter (`candidates`).
        scored = [(score(w, c.feats), c) for c in cands]
        if not scored:
            continue
        best_s, best = max(scored, key=lambda t: t[0])
        rule_s = next((s for s, c in scored if c.name == a.speaker), None)
        if best.name == a.speaker or (rule_s is not None and best_s - rule_s < margin):
            continue
        if a.kind == "pronoun" and a.speaker and i > 0 and atts[i - 1].speaker == a.speaker and a.speaker[:1].islower():
            continue  # '“…,” the diplomat said. “…,” he said': the anonymous source just quoted keeps the floor
        if (a.local or _handed_over(att.body, att.marks[i].open_mark, a)) and a.kind == "named" \
                and rule_s is not None and best_s - rule_s < _NAMED_MARGIN:
            continue  # 'Putin … said, “…”', 'Clinton released this statement: ¶ “…”': only a clear winner
        if a.local and a.kind == "named" and _role_phrase(a.as_written):
            continue  # '… the Mexican president, who said “…”', resolved to the man named with that role
        if a.local and a.speaker and a.cue != "according to" and best.feats.get("according"):
            continue  # 'According to CNN, Sanders said “…”': the report relied on is not the speaker
        if a.local and a.kind == "nominal" and (_anonymous_phrase(a.as_written) or _anonymous_phrase(a.speaker)) \
                and not _APPOS_OF_NAME_RE.search(att.body, max(0, a.np_at - 40), max(a.np_at, 0)):
            continue  # '“…,” a White House official said': an unnamed source is not whoever is named nearby
        if a.local and a.cue_at >= 0 and a.kind == "nominal" and _unnamed_definite(a.as_written):
            continue  # '“…,” the heckler yelled': someone the article never named is not whoever is nearby
        if not a.speaker and not a.as_written and not _close_by(best):
            continue  # the rules found no cue: only a speaker named in this or the last paragraph
        kind = a.kind if a.kind == "pronoun" else ("org" if best.kind == "org" else
                                                   "named" if best.kind in ("named", "prev") else "nominal")
        out[i] = replace(a, speaker=best.name, kind=kind, description=None)
    return tie_segments(att.body, att.marks, out)


_APPOS_OF_NAME_RE = re.compile(r"[A-Z][\w.'\u2019)-]*,\s*$")  # 'Sen. Rob Portman (R-Ohio), another …'
_ANON_DETS = frozenset("a an one another some many several two three four five its".split())


def _role_phrase(np: str | None) -> bool:
    """'the Mexican president': a role the rules tied to the person named with it."""
    words = (np or "").lower().split(",")[0].split()
    return len(words) > 1 and words[0] == "the" and words[-1] in ROLE_HEADS


def _anonymous_phrase(np: str | None) -> bool:
    """'a senior official', 'one former executive', 'many commentators', 'its senior VP', '50 protesters'."""
    words = (np or "").lower().split()
    return bool(words) and (words[0] in _ANON_DETS or words[0][:1].isdigit())


def _unnamed_definite(np: str | None) -> bool:
    """'the heckler', 'the Christie supporter': a definite person no role ties to a name ('the senator' does)."""
    words = (np or "").split(",")[0].split()
    head = words[-1].lower() if words else ""
    return len(words) > 1 and words[0].lower() == "the" and not definite_person(np or "") \
        and head in PERSON_NOUNS and not head.endswith("s") and head != "people"


def _close_by(c: Candidate) -> bool:
    return bool(c.feats.get("para_back0") or c.feats.get("para_back1"))


def _handed_over(body: str, open_mark: int, a: Attribution) -> bool:
    """The speaker was named by a sentence ending in a colon just before the quotation's paragraph."""
    return 0 <= a.np_at < open_mark and body[a.np_at:open_mark].rstrip(" \n\"\u201c").endswith(":")
