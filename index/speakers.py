"""Canonical speaker names: one person, one name, however the text calls them.

"Putin", "Vladimir Putin" and "Russian President Vladimir Putin" are one
speaker, "Vladimir Putin", with "Russian President" kept as a description.
Within an article a surname alone joins the full name that ends with it;
across the library the same happens only when exactly one full name fits.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from index.gender import census_first
from index.lexicon import FEMALE_NAMES, MALE_NAMES, TITLES

_TOKEN_RE = re.compile(r"\S+")
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "del", "la", "le", "bin", "al", "di", "du", "st.", "mc"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
JOINER = " and "  # joins the people of a joint speaker ('Donald Trump and Paul Ryan'), see `joint_speakers`


def bare_token(tok: str) -> str:
    """'Sen.,' -> 'sen': a token without its trailing punctuation, lower-cased."""
    return tok.strip(",.;:").lower()


def _is_name_token(tok: str) -> bool:
    t = tok.strip(",;:")
    if not t or not (t[0].isupper() or t[0].isdigit() and False):
        return False
    if t.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return False
    return bare_token(t) not in TITLES


def known_first_name(low: str) -> bool:
    return low in _FIRST_NAMES or census_first(low)


# Ranks and services that are also first names ('Marine Le Pen', 'Major Garrett'): before another first
# name they are the role ('Marine John Tiegen', 'Major John Smith').
_ROLE_FIRSTS = frozenset({"marine", "major"})


def _first_before(low: str) -> bool:
    """A first name before a first name ('Mary Kate Cary'), not a rank that doubles as one."""
    return known_first_name(low) and low not in _ROLE_FIRSTS


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
    while end > 1 and bare_token(toks[end - 1]) in _SUFFIXES:
        end -= 1
    i = end
    while i > 0:
        tok = toks[i - 1]
        low = bare_token(tok)
        if low in _PARTICLES and i < end and i - 1 > 0 and _is_name_token(toks[i - 2]):
            i -= 1
            continue
        if not _is_name_token(tok) or end - i >= 4:
            break
        i -= 1
        if known_first_name(low) and end - i >= 2 and not (i > 0 and (_first_before(bare_token(toks[i - 1]))
                                                                 or re.fullmatch(r"[A-Z]\.", toks[i - 1]))):
            break  # a known first name starts the name, unless a first name or initial comes before it
    if i == end:  # no capitalised name at the end: a role or description only
        return " ".join(toks).strip(",. "), None
    k = i - 2 if i >= 3 and bare_token(toks[i - 1]) == "the" else i - 1
    if k >= 1 and bare_token(toks[k]) in ("of", "for") and bare_token(toks[k - 1]) in OFFICE_HEADS:
        j = _office_object_end(toks, i, end)
        if j == end:  # 'Director of National Intelligence': an office, no person named
            return "", None
        i = max(i, j)  # 'Secretary of State Kerry': the office, then the name
    person = " ".join(toks[i:]).strip(",;: ")
    if bare_token(toks[-1]) not in _SUFFIXES:
        person = re.sub(r"(?<=[a-z])\.$", "", person)
    desc = " ".join(toks[:i]).strip(",;: ") or None
    return person, desc


# 'Director of National Intelligence', 'Secretary of State', 'Minister of Defence': an office
# is one phrase, never a person 'National Intelligence' with the role 'Director of'.
OFFICE_HEADS = frozenset(
    """director secretary minister chairman chairwoman chair chief commissioner administrator ambassador
    undersecretary under-secretary secretary-general president governor mayor head attorney inspector
    comptroller speaker""".split()
)
_OFFICE_OBJECTS = frozenset(
    """the and state defense defence homeland security national intelligence health human services commerce
    labor labour energy agriculture education transportation transport interior justice treasury staff
    communications veterans affairs housing urban development foreign finance home central investigation
    management budget public information economy trade environment war navy army air force policy press
    operations personnel naval legal internal external emergency situations economic federal bureau
    united states nations u.s. u.s u.n. emergencies culture tourism immigration citizenship revenue
    protection reserve""".split()
)


def _office_object_end(toks: list[str], i: int, end: int) -> int:
    j = i
    while j < end and bare_token(toks[j]) in _OFFICE_OBJECTS:
        j += 1
    while j > i and bare_token(toks[j - 1]) in ("the", "and"):
        j -= 1
    return j


def split_office(phrase: str) -> tuple[str, str | None] | None:
    """'the U.S. Director of National Intelligence' -> ('Director of National Intelligence', 'U.S.').

    None unless the phrase ends with an office named as 'Title of Object' and no person after it.
    """
    toks = _TOKEN_RE.findall(phrase.strip().strip(",;:"))
    for k in range(1, len(toks) - 1):
        if bare_token(toks[k]) not in ("of", "for") or bare_token(toks[k - 1]) not in OFFICE_HEADS \
                or not toks[k - 1][:1].isupper():
            continue
        if _office_object_end(toks, k + 1, len(toks)) != len(toks) or not toks[-1][:1].isupper():
            return None
        s = k - 1
        while s > 0 and (bare_token(toks[s - 1]) in OFFICE_HEADS or bare_token(toks[s - 1]) in ("deputy", "acting", "vice")):
            s -= 1
        desc = " ".join(t for t in toks[:s] if bare_token(t) not in ("the", "a", "an")).strip(",; ") or None
        return " ".join(toks[s:]).strip(",.;: "), desc
    return None


@lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """Last word of a name, without a Jr./Sr. suffix or possessive."""
    toks = [t for t in name.split() if bare_token(t) not in _SUFFIXES] or name.split()
    return re.sub(r"['\u2019]s$", "", toks[-1]) if toks else ""


def first_name(name: str) -> str | None:
    toks = name.split()
    return toks[0] if len(toks) > 1 else None


def full_name(word: str, fulls: Iterable[str]) -> str:
    """'Ryan' -> 'Paul Ryan' when the full names the article gives for that surname share one first name."""
    fulls = set(fulls)
    if len(word.split()) != 1 or len({f.split()[0] for f in fulls}) != 1:
        return word
    return min(fulls, key=lambda f: (len(f), f))


def _joint_parts(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """The names, each joint one ('Trump and Ryan') also split into its people, and the joint ones."""
    names = list(dict.fromkeys(n for n in names if n))
    joints = [n for n in names if JOINER in n]
    parts = [p for n in joints for p in n.split(JOINER)]
    return list(dict.fromkeys([n for n in names if n not in joints] + parts)), joints


def _join_parts(out: dict[str, str], joints: list[str]) -> dict[str, str]:
    for name in joints:
        out[name] = JOINER.join(out.get(p, p) for p in name.split(JOINER))
    return out


def article_canonical(names: Iterable[str], people: Counter | None = None) -> dict[str, str]:
    """Map each person name used in one article to its fullest form there.

    A single word ("Putin", "Koffler") joins the longest name ending with it;
    a two-word name joins a longer one with the same first and last word.
    `people` counts every full name the article mentions: a surname two people
    share ('Sanders' with Bernie and Jane) joins the one named at least twice
    as often as the others together, or stays as written.
    """
    names, joints = _joint_parts(names)
    people = people or Counter()
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
        if len(n.split()) == 1 and out[n] != n:
            out[n] = _dominant(out[n], n, people)
    return _join_parts(out, joints)


def _dominant(full: str, word: str, people: Counter) -> str:
    """`full` unless the article names another person with surname `word` about as often."""
    first = full.split()[0].lower()
    others = sum(c for p, c in people.items() if surname(p).lower() == word.lower()
                 and p.split()[0].lower() != first)
    return full if people.get(full, 0) >= 2 * others else word


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
    names, joints = _joint_parts(counts)  # 'Donald Trump and Paul Ryan': each name joins its own
    for name in joints:
        del counts[name]
    for name in names:
        counts.setdefault(name, 0)
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
    return _join_parts(out, joints)


def _first_last(name: str, counts: dict[str, int]) -> str:
    toks = name.split()
    short = f"{toks[0]} {toks[-1]}"
    return short if len(toks) > 2 and short in counts else name
