"""A person's gender read from the article itself, for names no list knows.

A first-name list cannot know "Jan Brewer" or "Priebus", but the article
does: the first he/his/him or she/her that follows a mention, before any
other person is named, usually refers back to it ("Brewer said she …",
"Trump attacked Clinton, calling her …"). Each mention votes; the majority
per surname wins. Honorifics and first names, when known, are kept as they
are: this only fills the gaps.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from index.lexicon import FEMALE_NOUNS, FEMALE_TITLES, MALE_NOUNS, MALE_TITLES

_CENSUS = Path(__file__).resolve().parent / "data" / "first_names.tsv"

_PRONOUN_RE = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.I)


class _Mention(Protocol):
    pos: int
    end: int
    name: str
    gender: str | None
    inferred: bool


@lru_cache(maxsize=1)
def _census() -> dict[str, str]:
    """First name -> 'm'/'f' from the 1990 Census lists (`data/first_names.tsv`), read once."""
    try:
        rows = _CENSUS.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    return dict(r.split("\t") for r in rows if r and not r.startswith("#"))


def census_gender(name: str) -> str | None:
    """Gender of the first word of 'Lance Beebe' when the curated lists miss it; never of one word.

    A lone word ('Clinton', 'Will') is a surname or a common word far more often than a first name.
    """
    toks = name.split()
    if len(toks) < 2:
        return None
    return _census().get(toks[0].lower().strip("."))


def census_first(word: str) -> bool:
    """Is `word` a first name of the Census lists (the caller knows it starts a name of 2+ words)?"""
    return word.lower().strip(".") in _census()


def head_gender(head: str) -> str | None:
    """'m'/'f' for an anonymous source's head noun ('a young man', 'the spokeswoman'), else None."""
    if head in MALE_TITLES or head in MALE_NOUNS:
        return "m"
    if head in FEMALE_TITLES or head in FEMALE_NOUNS:
        return "f"
    return None


def _next_pronoun(masked: str, start: int, stop: int) -> str | None:
    m = _PRONOUN_RE.search(masked, start, stop)
    if m is None:
        return None
    return "m" if m.group(1) else "f"


def infer_genders(masked: str, people: list[_Mention], breaks: list[int], key=lambda n: n) -> dict[str, str]:
    """Majority gender per key from the pronouns that follow each mention."""
    votes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    items = sorted(people, key=lambda m: m.pos)
    for i, m in enumerate(items):
        k = bisect_right(breaks, m.end)
        stop = breaks[min(k + 1, len(breaks) - 1)] if breaks else len(masked)  # this sentence and the next
        if i + 1 < len(items):
            stop = min(stop, items[i + 1].pos)  # another person named first: the pronoun may be theirs
        g = _next_pronoun(masked, m.end, stop) if getattr(m, "person", True) else None
        start = breaks[k - 1] if 0 < k <= len(breaks) else 0
        if g and _next_pronoun(masked, start, m.pos) == g:
            continue  # 'she issued a plan: President Obama adopted it. She …': the 'she' was already someone else
        if g:
            votes[key(m.name)][0 if g == "m" else 1] += 1
    return {k: ("m" if v[0] > v[1] else "f") for k, v in votes.items() if v[0] != v[1]}


def fill_genders(masked: str, people: list[_Mention], breaks: list[int], key=lambda n: n) -> None:
    """Give a gender to every mention that has none, from the article's own pronouns."""
    if all(m.gender for m in people):
        return
    known: dict[str, str] = {}
    for m in people:
        if m.gender:
            known.setdefault(key(m.name), m.gender)
    inferred = infer_genders(masked, people, breaks, key)
    for m in people:
        if not m.gender and getattr(m, "person", True):
            m.gender = known.get(key(m.name))
            if not m.gender:
                m.gender = inferred.get(key(m.name))
                m.inferred = m.gender is not None
