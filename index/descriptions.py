"""Speaker descriptions: the short role kept beside a canonical name.

'Russian President' for 'Vladimir Putin', 'a former DIA intelligence officer'
for 'Rebekah Koffler': read from the title before a name or the appositive
after it, and the best one chosen per article and across the library. Split
from `speakers`, which names the people; this says what they are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

from index.lexicon import TITLES
from index.speakers import bare_token, split_name, surname

# A description is a short role or title ('Russian President', 'a former DIA
# intelligence officer and author of "Putin's Playbook"'): never a clause
# ('…, apparently smiling alongside the moderator', '… who quit in protest').

_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr."})
_RELATIVE_RE = re.compile(r"\s+(?:who|whom|whose|which|where|when|while|after|before|because|as)\s.*$", re.S)
_QUOTED_RE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_TITLE_WORD_SET = frozenset(t.strip(".") for t in TITLES)
_ASIDE_WORDS = frozenset("in at on during from to for with by after before while about over than "
                         "he she they it we i you there".split())


def _first_chunk(text: str) -> str:
    """Text up to the first comma outside a quoted title."""
    protected = _QUOTED_RE.sub(lambda m: "\x01" * len(m.group()), text)
    cut = protected.find(",")
    return text if cut < 0 else text[:cut]


def clean_description(desc: str | None) -> str | None:
    """'The Russian president, apparently smiling …' -> 'Russian president'; None for a clause or 'Mr.'."""
    if not desc:
        return None
    d = _first_chunk(desc.strip().strip(",;: ")).strip()
    d = _RELATIVE_RE.sub("", d).strip(" ,;:")
    d = re.sub(r"^(?:the|The)\s+", "", d)
    words = d.split()
    if not words or bare_token(d) in _HONORIFICS or words[0].lower() in ("who", "which", "whose", "that"):
        return None
    first = words[0].lower()
    if first.endswith("ly") or (first.endswith("ing") and first not in ("king", "ring")) or first[:1].isdigit() \
            or first in _ASIDE_WORDS or not first[:1].isalpha() or first in ("former", "ex") and len(words) == 1:
        return None  # 'apparently smiling …', 'speaking at …', '22', 'in Kentucky'
    if words[-1].lower() in ("and", "or"):
        return None  # 'Jones and' before 'Brown': another person, not a role
    if len(words) == 1 and words[0].endswith(("'s", "\u2019s")):
        return None  # 'Breitbart's Joel Pollak': an affiliation, not a role
    return d


def pick_role(role: str | None, appos: str | None) -> str | None:
    """One description from the title before a name and the appositive after it."""
    role, appos = clean_description(role), clean_description(appos)
    if role and appos and len(role.split()) == 1 and appos.split()[0].lower() in ("a", "an"):
        return appos  # 'Sen. Bernie Sanders, a Vermont independent'
    return role or appos


_TITLE_RUN_RE = re.compile(r"(?:(?:[A-Z][\w.'\u2019-]*|of|for|the|and|former)[ \t]+){1,6}$")


_PREV_WORD_RE = re.compile(r"(\S+)[ \t]+$")


@lru_cache(maxsize=2048)
def _word_re(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def mention_titles(text: str, name: str, skip: Iterable[tuple[int, int]] = ()) -> list[tuple[int, str]]:
    """Titles written right before the name in `text`: 'Russian President' for 'Vladimir Putin'.

    Occurrences inside the `skip` spans (quotations) are ignored; a title must end
    with a title word ('President', 'Secretary', 'spokesman'), never an honorific.
    """
    last = surname(name)
    if len(last) < 2:
        return []
    spans = sorted(skip)
    out = []
    first = name.split()[0].lower() if len(name.split()) > 1 else None
    starts = [a for a, _ in spans]
    for m in _word_re(last).finditer(text):
        prev = _PREV_WORD_RE.search(text, max(0, m.start() - 30), m.start())
        if not prev or not (prev.group(1)[:1].isupper() or prev.group(1) == "former"):
            continue  # no title-like word right before the name
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < spans[k][1]:
            continue  # inside a quotation
        r = _TITLE_RUN_RE.search(text, max(0, m.start() - 80), m.start())
        if not r or _headline(text, m.start()):
            continue
        person, desc = split_name(r.group() + last)
        if not desc or surname(person) != last or (first and len(person.split()) > 1
                                                   and person.split()[0].lower() != first):
            continue
        toks = desc.split()
        cut = max((k + 1 for k, t in enumerate(toks) if t.endswith(("'s", "\u2019s"))), default=0)
        toks = toks[cut:]  # 'Breitbart's Washington Editor' -> 'Washington Editor'
        while toks and (toks[0].lower() in ("the", "a", "an", "and", "of", "for", "but", "when", "as",
                                            "according", "while", "after", "if")):
            toks = toks[1:]
        if toks and bare_token(toks[-1]) in _TITLE_WORD_SET and bare_token(toks[-1]) not in _HONORIFICS \
                and all(t[:1].isupper() or t in ("of", "for", "the", "and", "former") for t in toks):
            out.append((m.start(), " ".join(toks)))
    return out


def _headline(text: str, pos: int) -> bool:
    """A short line in title case ('Trump Finally Endorses House Speaker Paul Ryan'): no title there."""
    a = text.rfind("\n", max(0, pos - 300), pos) + 1
    b = text.find("\n", pos, pos + 300)
    if a == 0 and pos > 300 or b < 0 and pos + 300 < len(text):
        return False  # a long paragraph is no headline
    line = text[a:b if b >= 0 else len(text)].rstrip()
    words = line.split()
    if len(words) > 25 or line.endswith((".", "!", "?", "\"", "\u201d", ":")):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.6 * len(words)


def best_description(cands: list[tuple[str, bool]]) -> str | None:
    """The most common description (case-insensitive), then one short enough to show, then the first.

    `cands` are (description, written as a title before the name) in text order;
    a title's own casing wins ('Russian President' over 'Russian president').
    """
    counts: dict[str, list] = {}
    for k, (d, titled) in enumerate(cands):
        key = d.lower()
        c = counts.setdefault(key, [0, False, k, d])
        c[0] += 1
        if titled and not c[1]:
            c[1], c[3] = True, d  # show the title's own casing ('Russian President')
    if not counts:
        return None
    best = max(counts.values(), key=lambda c: (c[0], len(c[3].split()) <= 8, -c[2]))
    return best[3]


def library_description(counts: dict[str, int], max_words: int = 12) -> str | None:
    """The description shown for a speaker across the library: the most used, counted
    case-insensitively, of at most `max_words` words (so 'a former DIA intelligence officer
    and author of "Putin's Playbook"' still shows); ties go to the shorter."""
    merged: dict[str, list] = {}
    for d, n in counts.items():
        if d and len(d.split()) <= max_words:
            c = merged.setdefault(d.lower(), [0, d, 0])
            c[0] += n
            if n > c[2] or (n == c[2] and d < c[1]):
                c[1], c[2] = d, n  # the most used casing
    if not merged:
        return None
    return min(merged.values(), key=lambda c: (-c[0], len(c[1]), c[1]))[1]
