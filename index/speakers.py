"""Canonical speaker names: one person, one name, however the text calls them.

"Putin", "Vladimir Putin" and "Russian President Vladimir Putin" are one
speaker, "Vladimir Putin", with "Russian President" kept as a description.
Within an article a surname alone joins the full name that ends with it;
across the library the same happens only when exactly one full name fits.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from index.lexicon import FEMALE_NAMES, MALE_NAMES, TITLES

_TOKEN_RE = re.compile(r"\S+")
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "del", "la", "le", "bin", "al", "di", "du", "st.", "mc"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


def _bare(tok: str) -> str:
    return tok.strip(",.;:").lower()


def _is_name_token(tok: str) -> bool:
    t = tok.strip(",;:")
    if not t or not (t[0].isupper() or t[0].isdigit() and False):
        return False
    if t.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return False
    return _bare(t) not in TITLES


@lru_cache(maxsize=8192)
def split_name(name: str) -> tuple[str, str | None]:
    """'Russian President Vladimir Putin' -> ('Vladimir Putin', 'Russian President').

    The name is the run of capitalised words at the end (at most a first
    name, a middle name or initial, and a surname); what comes before is the
    role, kept as a description.
    """
    toks = _TOKEN_RE.findall(name.strip().strip(",;:"))
    if not toks:
        return "", None
    end = len(toks)
    while end > 1 and _bare(toks[end - 1]) in _SUFFIXES:
        end -= 1
    i = end
    while i > 0:
        tok = toks[i - 1]
        low = _bare(tok)
        if low in _PARTICLES and i < end and i - 1 > 0 and _is_name_token(toks[i - 2]):
            i -= 1
            continue
        if not _is_name_token(tok) or end - i >= 4:
            break
        i -= 1
        if low in _FIRST_NAMES and end - i >= 2:
            break  # a known first name starts the name
    if i == end:  # no capitalised name at the end: a role or description only
        return " ".join(toks).strip(",. "), None
    person = " ".join(toks[i:]).strip(",;: ")
    if _bare(toks[-1]) not in _SUFFIXES:
        person = re.sub(r"(?<=[a-z])\.$", "", person)
    desc = " ".join(toks[:i]).strip(",;: ") or None
    return person, desc


@lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """Last word of a name, without a Jr./Sr. suffix or possessive."""
    toks = [t for t in name.split() if _bare(t) not in _SUFFIXES] or name.split()
    return re.sub(r"['\u2019]s$", "", toks[-1]) if toks else ""


def first_name(name: str) -> str | None:
    toks = name.split()
    return toks[0] if len(toks) > 1 else None


def article_canonical(names: Iterable[str]) -> dict[str, str]:
    """Map each person name used in one article to its fullest form there.

    A single word ("Putin", "Koffler") joins the longest name ending with it;
    a two-word name joins a longer one with the same first and last word.
    """
    names = list(dict.fromkeys(n for n in names if n))
    by_surname: dict[str, list[str]] = defaultdict(list)
    for n in names:
        if len(n.split()) > 1:
            by_surname[surname(n).lower()].append(n)
    out: dict[str, str] = {}
    for n in names:
        full = by_surname.get(surname(n).lower(), [])
        if len(n.split()) == 1:
            fits = [f for f in full if f != n]
        else:
            first = n.split()[0].lower()
            fits = [f for f in full if f.split()[0].lower() == first and len(f) > len(n)]
        firsts = {f.split()[0].lower() for f in fits}
        out[n] = max(fits, key=lambda f: (len(f.split()) == 2, len(f))) if len(firsts) == 1 else n
    return out


def library_canonical(names: Iterable[tuple[str, int]]) -> dict[str, str]:
    """Map per-article canonical names to library-wide ones.

    A surname alone ('Putin') joins the one full name ending with it
    ('Vladimir Putin') when exactly one first name fits, so 'Clinton' stays
    apart while both Bill and Hillary are quoted; 'Donald J. Trump' joins
    'Donald Trump'. Callers pass named speakers only: anonymous sources
    never merge.
    """
    counts: dict[str, int] = defaultdict(int)
    for name, n in names:
        counts[name] += n
    by_surname: dict[str, dict[str, int]] = defaultdict(dict)
    for name, n in counts.items():
        if len(name.split()) > 1:
            by_surname[surname(name).lower()][name] = n
    out: dict[str, str] = {}
    for name in counts:
        toks = name.split()
        if len(toks) > 2 and f"{toks[0]} {toks[-1]}" in counts:
            out[name] = f"{toks[0]} {toks[-1]}"
            continue
        if len(toks) > 1:
            out[name] = name
            continue
        fulls = by_surname.get(name.lower(), {})
        firsts: dict[str, int] = defaultdict(int)
        for f, n in fulls.items():
            firsts[f.split()[0].lower()] += n
        if len(firsts) == 1:
            best = max(fulls, key=lambda f: (fulls[f], -len(f)))
            out[name] = out.get(best) or _first_last(best, counts)
        else:
            out[name] = name
    return out


def _first_last(name: str, counts: dict[str, int]) -> str:
    toks = name.split()
    short = f"{toks[0]} {toks[-1]}"
    return short if len(toks) > 2 and short in counts else name
