"""Find quotation-mark spans and sentence breaks in a body, never raising.

Marks are paired per paragraph (a run of text between newlines) with a small
state machine: curly marks say which way they face, straight marks are read
from their neighbours, and a stray mark that cannot open is skipped. A mark
left open runs to the end of its paragraph, which is also how newspapers
continue a quotation over several paragraphs (no closing mark, a new opening
mark on the next paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_MARK_RE = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
_PARA_RE = re.compile(r"[^\n]+")
_ABBREV = frozenset(
    """mr mrs ms dr st sen rep gov gen lt col sgt capt jr sr inc co corp ltd
    vs no jan feb mar apr aug sep sept oct nov dec u.s u.k d.c u.n p.m a.m
    ft mt ave rev prof fig est approx dept univ""".split()
)
# Abbreviations that may also end a sentence ('… in the U.S. The …'), and the words that then open the next.
_FINAL_ABBREV = frozenset("u.s u.k d.c u.n p.m a.m inc co corp ltd jr sr".split())
_OPENERS_AFTER = frozenset(
    """the a an he she it they we i but and while in on at when after this that there his her their its our
    however meanwhile if as so yet still""".split()
)


@dataclass(frozen=True)
class MarkSpan:
    """One quotation: `start:end` is the text between the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None if left open
    para: int  # index of the paragraph
    para_start: int
    para_end: int


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, in order."""
    return [(m.start(), m.end()) for m in _PARA_RE.finditer(body) if m.group().strip()]


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _can_open(prev: str, nxt: str) -> bool:
    # An opening mark sits before a word (or a nested quote, bracket, dash, ellipsis).
    return not _is_space(nxt) and (_is_space(prev) or prev in "([{\u2014\u2013-/:;,'\u2018")


def _can_close(prev: str, nxt: str) -> bool:
    return not _is_space(prev) or _is_space(nxt) or nxt in ".,;:!?)]}\u2014-"


def find_marks(body: str) -> list[MarkSpan]:
    """Every double-quoted span, paired paragraph by paragraph."""
    spans: list[MarkSpan] = []
    for pi, (ps, pe) in enumerate(paragraphs(body)):
        open_at: int | None = None
        for m in _MARK_RE.finditer(body, ps, pe):
            i = m.start()
            ch = body[i]
            prev = body[i - 1] if i > ps else ""
            nxt = body[i + 1] if i + 1 < pe else ""
            if open_at is None:
                if ch in _OPENERS or (_can_open(prev, nxt) and (ch == '"' or _is_space(prev))):
                    open_at = i
                continue
            if ch in _CLOSERS or ch == '"' or (ch in _OPENERS and _can_close(prev, nxt)):
                _add(spans, body, open_at, i, i, pi, ps, pe)
                open_at = None
            else:  # an opener while open: the previous quotation was never closed
                _add(spans, body, open_at, i, None, pi, ps, pe)
                open_at = i
        if open_at is not None:
            _add(spans, body, open_at, pe, None, pi, ps, pe)
    return spans


def _add(spans: list[MarkSpan], body: str, open_at: int, end: int, close: int | None,
         pi: int, ps: int, pe: int) -> None:
    start = open_at + 1
    while end > start and body[end - 1].isspace():
        end -= 1
    while start < end and body[start].isspace():
        start += 1
    if end > start and any(c.isalnum() for c in body[start:end]):
        spans.append(MarkSpan(start, end, open_at, close, pi, ps, pe))


_END_RE = re.compile(r"[.!?]+['\u2019\")\]]*(?=\s+[\"\u201c\u2018'(\[A-Z0-9])")


def sentence_breaks(body: str, ps: int, pe: int, quotes: list[MarkSpan]) -> list[int]:
    """Offsets where sentences start inside paragraph `ps:pe`, quotations kept whole.

    A quotation ending in '.', '!' or '?' ends its sentence when a capital or
    a new quotation follows; "“Go,” he said." stays one sentence. Linear in
    the paragraph: the quotations are disjoint and sorted, so one pointer
    walks them alongside the sentence ends.
    """
    inside = sorted((q.open_mark, q.close_mark if q.close_mark is not None else q.end) for q in quotes)
    breaks = [ps]
    k = 0
    for m in _END_RE.finditer(body, ps, pe):
        dot = m.start()
        while k < len(inside) and inside[k][1] <= dot:
            k += 1
        if k < len(inside) and inside[k][0] < dot < inside[k][1]:
            continue
        if body[dot] == "." and _is_abbrev(body, ps, dot) and not _ends_anyway(body, ps, dot, m.end()):
            continue
        nxt = m.end()
        while nxt < pe and body[nxt].isspace():
            nxt += 1
        if nxt < pe:
            breaks.append(nxt)
    for q in quotes:  # a quotation ending a sentence
        b = q.close_mark
        if b is None or body[q.end - 1] not in ".!?":
            continue
        nxt = b + 1
        while nxt < pe and body[nxt].isspace():
            nxt += 1
        if nxt < pe and (body[nxt].isupper() or body[nxt] in "\"\u201c"):
            breaks.append(nxt)
    return sorted(set(breaks))


def _ends_anyway(body: str, ps: int, dot: int, nxt: int) -> bool:
    """'U.S.', 'p.m.' or 'no.' closing a sentence: the next word is a capitalised opener ('… the U.S. While …')."""
    abbrev = _word_before(body, ps, dot)
    word = re.match(r"\s*([A-Za-z]+)", body[nxt:nxt + 20])
    if abbrev == "no":  # 'No. 2' abbreviates; 'she said no. He …' ends
        return bool(word)
    if abbrev not in _FINAL_ABBREV and not _INITIALS.fullmatch(abbrev):
        return False
    return bool(word) and word.group(1)[:1].isupper() and word.group(1).lower() in _OPENERS_AFTER


def _word_before(body: str, ps: int, dot: int) -> str:
    """The lower-cased word (dots kept: 'u.s') ending at the period at `dot`."""
    j = dot
    while j > ps and dot - j < 12 and (body[j - 1].isalnum() or body[j - 1] == "."):
        j -= 1
    return body[j:dot].lower()


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # 'J.J. MacNab', 'L.A.': may end a sentence like 'U.S.'


def _is_abbrev(body: str, ps: int, dot: int) -> bool:
    word = _word_before(body, ps, dot)
    return word in _ABBREV or (len(word) == 1 and word.isalpha()) or bool(_INITIALS.fullmatch(word))


def is_nickname(body: str, m: MarkSpan) -> bool:
    """'Gov. C.L. “Butch” Otter', 'Juan “Chico” Manriquez': one capitalised word between the parts of a
    name is a nickname, part of the name rather than a quotation."""
    if m.close_mark is None:
        return False
    words = body[m.start:m.end].split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    before = body[max(m.para_start, m.open_mark - 20):m.open_mark]
    return bool(re.search(r"\b[A-Z][\w.]*\s$", before)) and bool(re.match(r"\s[A-Z][a-z]", body[m.close_mark + 1:m.close_mark + 4]))
