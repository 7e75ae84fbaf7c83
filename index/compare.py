"""Compare two articles: aligned passages, shared quotations, one similarity.

Passages are aligned by `index.align` (one order-preserving alignment);
quotations are matched on their words first and their speakers second,
because outlets describe one anonymous source differently ("an insider close
to Kremlin leadership" / "a person close to the presidential administration
leadership") while a named speaker who differs is real evidence against.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from index.align import (
    Vector,
    align,
    cosine,
    idf_table,
    split_passages,
    stem,
    terms,
    vector,
    word_diff,
    words,
)
from index.model import AlignedPair, Article, Comparison, Passage, Quote, SharedQuote, Span

QUOTE_FLOOR = 0.35  # below this two quotations are not the same one (tuned on samples)
MIN_CONTAINED_TERMS = 3  # a partial quotation needs this many content words to match by containment
MIN_FUZZ_CHARS = 25
_NAMED = frozenset({"named", "pronoun", "org"})
_PUNCT_RE = re.compile(r"[^\w\s]+")


def compare(a: Article, b: Article) -> Comparison:
    """Aligned passages, shared and unshared quotations, and a 0..1 similarity."""
    pa, pb = split_passages(a.body), split_passages(b.body)
    ta, tb = [terms(p.text) for p in pa], [terms(p.text) for p in pb]
    idf = idf_table([ta, tb])
    links = align([vector(t, idf) for t in ta], [vector(t, idf) for t in tb])
    aligned = tuple(_pair(a.body, b.body, pa[l.a0 : l.a1], pb[l.b0 : l.b1], l.score) for l in links)
    used_a = {i for l in links for i in range(l.a0, l.a1)}
    used_b = {j for l in links for j in range(l.b0, l.b1)}
    shared, only_qa, only_qb = match_quotes(a, b, idf)
    return Comparison(
        a=a.summary,
        b=b.summary,
        similarity=_similarity(ta, tb, used_a, used_b, idf),
        aligned=aligned,
        only_a=tuple(p for i, p in enumerate(pa) if i not in used_a),
        only_b=tuple(p for j, p in enumerate(pb) if j not in used_b),
        shared_quotes=shared,
        only_a_quotes=only_qa,
        only_b_quotes=only_qb,
    )


def _pair(a_body: str, b_body: str, pa: list[Passage], pb: list[Passage], score: float) -> AlignedPair:
    """One aligned pair; joined sentences become one passage spanning both."""
    a = _span(a_body, pa[0].start, pa[-1].end)
    b = _span(b_body, pb[0].start, pb[-1].end)
    a_diff, b_diff = word_diff(a.text, a.start, b.text, b.start)
    return AlignedPair(a, b, min(1.0, score), a_diff, b_diff)


def _span(body: str, start: int, end: int) -> Passage:
    return Passage(start, end, body[start:end])


def _similarity(
    ta: list[list[str]], tb: list[list[str]], used_a: set[int], used_b: set[int], idf: dict[str, float]
) -> float:
    """How much of each article the other one tells, blended with word overlap.

    Coverage (the share of content words in aligned passages) separates "same
    event" from "same topic"; the better-covered side counts most, so a short
    rewrite of a long report still scores high.
    """
    cov_a = _coverage(ta, used_a)
    cov_b = _coverage(tb, used_b)
    hi, lo = max(cov_a, cov_b), min(cov_a, cov_b)
    doc = cosine(vector(_flat(ta), idf), vector(_flat(tb), idf))
    return round(min(1.0, 0.55 * hi + 0.15 * lo + 0.3 * doc), 4)


def _coverage(passage_terms: list[list[str]], used: set[int]) -> float:
    total = sum(len(t) for t in passage_terms)
    if not total:
        return 0.0
    return sum(len(passage_terms[i]) for i in used) / total


def _flat(passage_terms: list[list[str]]) -> list[str]:
    return [t for ts in passage_terms for t in ts]


# --- quotations --------------------------------------------------------------


def match_quotes(
    a: Article, b: Article, idf: dict[str, float] | None = None
) -> tuple[tuple[SharedQuote, ...], tuple[Quote, ...], tuple[Quote, ...]]:
    """Pair quotations one-to-one, best first; the rest belong to one article only."""
    qa, qb = list(a.quotes), list(b.quotes)
    ta, tb = [terms(q.text) for q in qa], [terms(q.text) for q in qb]
    if idf is None:
        idf = idf_table([ta, tb])
    va, vb = [vector(t, idf) for t in ta], [vector(t, idf) for t in tb]
    scored = []
    for i, q in enumerate(qa):
        for j, r in enumerate(qb):
            s = quote_score(q, r, ta[i], tb[j], va[i], vb[j], idf)
            if s >= QUOTE_FLOOR:
                scored.append((s, i, j))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    pairs = []
    for s, i, j in scored:
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            pairs.append(_shared(a.body, b.body, qa[i], qb[j], s))
    pairs.sort(key=lambda p: p.a.start)
    only_a = tuple(q for i, q in enumerate(qa) if i not in taken_a)
    only_b = tuple(q for j, q in enumerate(qb) if j not in taken_b)
    return tuple(pairs), only_a, only_b


def quote_score(
    q: Quote, r: Quote, tq: list[str], tr: list[str], vq: Vector, vr: Vector, idf: dict[str, float]
) -> float:
    """Text similarity of two quotations, nudged by whether their speakers can be one."""
    short = min(len(set(tq)), len(set(tr))) < MIN_CONTAINED_TERMS
    cos = 0.0 if short else cosine(vq, vr)  # two shared names make short quotations look alike
    text = max(cos, 0.9 * _containment(q, r, tq, tr, idf), _wording(q.text, r.text))
    return max(0.0, min(1.0, text + _speaker_bonus(q, r)))


def _wording(x: str, y: str) -> float:
    """Near-identical wording; unrelated English already scores ~0.45, so only high counts."""
    nx, ny = normal(x), normal(y)
    if min(len(nx), len(ny)) < MIN_FUZZ_CHARS:
        return 1.0 if nx == ny and nx else 0.0
    ratio = fuzz.ratio(nx, ny) / 100.0
    return ratio if ratio >= 0.75 else 0.0


def _containment(q: Quote, r: Quote, tq: list[str], tr: list[str], idf: dict[str, float]) -> float:
    """Share of the shorter quotation's weight found in the longer: partial quotations.

    A partial quotation of one or two content words ("favorable prospect")
    counts only when it occurs verbatim in the longer one.
    """
    (short, s_text), (long_, l_text) = sorted([(set(tq), q.text), (set(tr), r.text)], key=lambda x: len(x[0]))
    if len(short) < MIN_CONTAINED_TERMS:
        return 1.0 if short and _verbatim(_word_stems(s_text), _word_stems(l_text)) else 0.0
    weight = sum(idf.get(t, 1.0) for t in short)
    return sum(idf.get(t, 1.0) for t in short & long_) / weight


def _word_stems(text: str) -> list[str]:
    """Every word (stop words too) reduced to a stem, for verbatim-with-inflection tests."""
    return [stem(w) or w.lower() for w, _, _ in words(text)]


def _verbatim(short: list[str], long_: list[str]) -> bool:
    n = len(short)
    return any(long_[k : k + n] == short for k in range(len(long_) - n + 1))


def _speaker_bonus(q: Quote, r: Quote) -> float:
    """+ for one named speaker, − for two different named ones, 0 when either is anonymous."""
    if not (q.speaker and r.speaker) or q.kind not in _NAMED or r.kind not in _NAMED:
        return 0.0
    if _same_person(q.speaker, r.speaker):
        return 0.1
    return -0.3


def _same_person(x: str, y: str) -> bool:
    """Canonical names may still differ in first names: "Putin" vs "Vladimir Putin"."""
    xs, ys = x.lower().split(), y.lower().split()
    return bool(xs and ys) and xs[-1] == ys[-1]


def normal(text: str) -> str:
    """Lower-case words only: quote marks, punctuation and spacing are not wording."""
    return " ".join(_PUNCT_RE.sub(" ", text.lower()).split())


def _shared(a_body: str, b_body: str, q: Quote, r: Quote, score: float) -> SharedQuote:
    same = normal(q.text) == normal(r.text)
    a_diff: tuple[Span, ...] = ()
    b_diff: tuple[Span, ...] = ()
    if not same:
        a_diff, b_diff = word_diff(q.text, _base(a_body, q), r.text, _base(b_body, r))
    speaker = q.speaker if q.kind in _NAMED else (r.speaker if r.kind in _NAMED else q.speaker)
    return SharedQuote(speaker, q, r, same, round(score, 4), a_diff, b_diff)


def _base(body: str, q: Quote) -> int:
    """Body offset of the quotation's text, trusting `start` only when it points there."""
    if body[q.start : q.start + len(q.text)] == q.text:
        return q.start
    found = body.find(q.text)
    return found if found >= 0 else q.start
