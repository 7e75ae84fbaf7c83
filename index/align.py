"""Sentence passages, reworded-sentence similarity and one monotone alignment.

Two outlets telling one story keep its order but not its words, so passages
are compared on content words with light stemming (a six-letter prefix joins
"transparent"/"transparency", "prospect"/"prospects") weighted by how rare a
word is across both articles, and aligned by one dynamic programme that keeps
the story's order and may join two short sentences of one side to one of the
other. All offsets are into the article body.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from index.model import Passage, Span

WORD_RE = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:[’'.\-][A-Za-z0-9\u00C0-\u024F]+)*\.?")
_END_RE = re.compile(r"[.!?]+['\u2019\u201d\")\]]*(?=\s+[\"\u201c\u2018'(\[A-Z0-9])")
_PARA_RE = re.compile(r"[^\n]+")
_ABBREV = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt capt jr sr inc co corp ltd vs no "
    "jan feb mar apr aug sep sept oct nov dec u.s u.k d.c u.n p.m a.m ft mt rev prof".split()
)
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down during
    each even few for from further had has have having he her here hers herself him
    himself his how i if in into is it its itself just least less like many may me might
    more most much must my myself no nor not now of off on once only or other our ours
    ourselves out over own per same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up upon
    us very was we were what when where which while who whom whose why will with within
    without would yet you your yours yourself said says say told tells according one
    s t don doesn didn isn wasn""".split()
)
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")
STEM_LEN = 6  # prefix length: a crude, fast stemmer that also joins derived forms
MATCH_FLOOR = 0.18  # a pair must beat this to be worth aligning (tuned on samples)
MERGE_WEIGHT = 1.5  # a 2:1 pair covers three passages; the gain is scaled to match
MERGE_PART = 0.15  # each joined passage must resemble the other side this much


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Lower-case, drop possessives and dots, cut to a short prefix; '' for stop words."""
    if word in ("US", "U.S", "U.S."):
        return "usa"
    w = word.lower().rstrip(".")
    for suffix in ("'s", "’s", "’", "'"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
    w = w.replace(".", "").replace("’", "").replace("'", "")
    if not w or w in STOPWORDS or (len(w) < 2 and not w.isdigit()):
        return ""
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:STEM_LEN]


def words(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """Words with their offsets (shifted by `base`), a trailing abbreviation dot dropped."""
    out = []
    for m in WORD_RE.finditer(text):
        w, s, e = m.group(), m.start(), m.end()
        if w.endswith(".") and w.count(".") == 1:
            w, e = w[:-1], e - 1
        out.append((w, base + s, base + e))
    return out


def terms(text: str) -> list[str]:
    """The stemmed content words of a text (`stem` is cached: news vocabulary repeats)."""
    return [t for t in map(stem, WORD_RE.findall(text)) if t]


# --- passages ----------------------------------------------------------------


def split_passages(body: str) -> list[Passage]:
    """Sentences of the body, paragraph by paragraph, as stripped spans."""
    out: list[Passage] = []
    for para in _PARA_RE.finditer(body):
        ps, pe = para.span()
        cuts = [ps] + _sentence_starts(body, ps, pe) + [pe]
        for s, e in zip(cuts, cuts[1:]):
            while s < e and body[s].isspace():
                s += 1
            while e > s and body[e - 1].isspace():
                e -= 1
            if e > s and any(c.isalnum() for c in body[s:e]):
                out.append(Passage(s, e, body[s:e]))
    return out


def _sentence_starts(body: str, ps: int, pe: int) -> list[int]:
    """Sentence starts; a quotation of several sentences stays one passage."""
    starts = []
    inside = _inside_quotes(body, ps, pe)
    for m in _END_RE.finditer(body, ps, pe):
        dot = m.start()
        if inside[dot - ps] or (body[dot] == "." and _is_abbrev(body, ps, dot)):
            continue
        nxt = m.end()
        while nxt < pe and body[nxt].isspace():
            nxt += 1
        if nxt < pe:
            starts.append(nxt)
    return starts


def _inside_quotes(body: str, ps: int, pe: int) -> list[bool]:
    """Per character of the paragraph: is it inside an open quotation?"""
    out, open_ = [], False
    for ch in body[ps:pe]:
        if ch in "\u201c\u201e\u00ab":
            open_ = True
        elif ch in "\u201d\u00bb":
            open_ = False
        elif ch == '"':
            open_ = not open_
        out.append(open_)
    return out


def _is_abbrev(body: str, ps: int, dot: int) -> bool:
    j = dot
    while j > ps and (body[j - 1].isalnum() or body[j - 1] == "."):
        j -= 1
    word = body[j:dot].lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


# --- vectors and similarity --------------------------------------------------

Vector = dict[str, float]


def idf_table(groups: list[list[list[str]]]) -> dict[str, float]:
    """Smoothed idf over every passage of every article given."""
    df: Counter[str] = Counter()
    n = 0
    for passages in groups:
        for ts in passages:
            df.update(set(ts))
            n += 1
    return {t: math.log(1.0 + n / c) for t, c in df.items()}


def vector(ts: list[str], idf: dict[str, float]) -> Vector:
    """Unit-length tf-idf vector with sub-linear term frequency."""
    v = {t: (1.0 + math.log(c)) * idf.get(t, 1.0) for t, c in Counter(ts).items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


def cosine(u: Vector, v: Vector) -> float:
    if len(u) > len(v):
        u, v = v, u
    return sum(x * v[t] for t, x in u.items() if t in v)


def sim_matrix(rows: list[Vector], cols: list[Vector]) -> list[dict[int, float]]:
    """Sparse cosines via an inverted index of `cols`: only pairs sharing a term cost."""
    post: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, v in enumerate(cols):
        for t, x in v.items():
            post[t].append((j, x))
    out = []
    for u in rows:
        acc: dict[int, float] = defaultdict(float)
        for t, x in u.items():
            for j, y in post.get(t, ()):
                acc[j] += x * y
        out.append(acc)
    return out


# --- alignment ---------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """One aligned pair as index ranges: A passages a0..a1-1 with B passages b0..b1-1."""

    a0: int
    a1: int
    b0: int
    b1: int
    score: float


def align(
    av: list[Vector], bv: list[Vector], floor: float = MATCH_FLOOR
) -> list[Link]:
    """Order-preserving alignment maximising the summed gain of pairs over `floor`.

    Steps: skip an A passage, skip a B passage, pair 1:1, or pair 2:1 / 1:2
    (two neighbours joined). Skips cost nothing, so weak pairs are left out.
    """
    n, m = len(av), len(bv)
    s11 = sim_matrix(av, bv)
    a2 = [_joined(av[i], av[i + 1]) for i in range(n - 1)]
    b2 = [_joined(bv[j], bv[j + 1]) for j in range(m - 1)]
    s21 = sim_matrix(a2, bv)
    s12 = sim_matrix(av, b2)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        row, prev = best[i], best[i - 1] if i else None
        for j in range(m + 1):
            val, mv = -1.0, 0
            if i and prev[j] > val:
                val, mv = prev[j], 1
            if j and row[j - 1] > val:
                val, mv = row[j - 1], 2
            if i and j:
                g = s11[i - 1].get(j - 1, 0.0) - floor
                if g > 0 and prev[j - 1] + g > val:
                    val, mv = prev[j - 1] + g, 3
                if i > 1 and _parts(s11[i - 2], s11[i - 1], j - 1, j - 1):
                    g = MERGE_WEIGHT * (s21[i - 2].get(j - 1, 0.0) - floor)
                    if g > 0 and best[i - 2][j - 1] + g > val:
                        val, mv = best[i - 2][j - 1] + g, 4
                if j > 1 and _parts(s11[i - 1], s11[i - 1], j - 2, j - 1):
                    g = MERGE_WEIGHT * (s12[i - 1].get(j - 2, 0.0) - floor)
                    if g > 0 and prev[j - 2] + g > val:
                        val, mv = prev[j - 2] + g, 5
            row[j], move[i][j] = max(val, 0.0), mv
    return _trace(move, s11, s21, s12, n, m)


def _parts(row0: dict[int, float], row1: dict[int, float], j0: int, j1: int) -> bool:
    """A join is only worth it when both joined passages share words with the other side."""
    return row0.get(j0, 0.0) >= MERGE_PART and row1.get(j1, 0.0) >= MERGE_PART


def _joined(u: Vector, v: Vector) -> Vector:
    w = dict(u)
    for t, x in v.items():
        w[t] = w.get(t, 0.0) + x
    norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
    return {t: x / norm for t, x in w.items()}


def _trace(move, s11, s21, s12, n: int, m: int) -> list[Link]:
    links: list[Link] = []
    i, j = n, m
    while i > 0 or j > 0:
        mv = move[i][j]
        if mv == 1:
            i -= 1
        elif mv == 2:
            j -= 1
        elif mv == 3:
            links.append(Link(i - 1, i, j - 1, j, s11[i - 1][j - 1]))
            i, j = i - 1, j - 1
        elif mv == 4:
            links.append(Link(i - 2, i, j - 1, j, s21[i - 2][j - 1]))
            i, j = i - 2, j - 1
        else:
            links.append(Link(i - 1, i, j - 2, j, s12[i - 1][j - 2]))
            i, j = i - 1, j - 2
    links.reverse()
    return links


# --- word diff ---------------------------------------------------------------


def word_diff(a_text: str, a_base: int, b_text: str, b_base: int) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Spans (body offsets) of the words that differ between two passages."""
    aw, bw = words(a_text, a_base), words(b_text, b_base)
    ops = SequenceMatcher(
        None, [w.lower() for w, _, _ in aw], [w.lower() for w, _, _ in bw], autojunk=False
    ).get_opcodes()
    a_spans: list[Span] = []
    b_spans: list[Span] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if i2 > i1:
            a_spans.append((aw[i1][1], aw[i2 - 1][2]))
        if j2 > j1:
            b_spans.append((bw[j1][1], bw[j2 - 1][2]))
    return tuple(a_spans), tuple(b_spans)
