"""A speaker's affiliation: 'Jeffrey Lewis of the James Martin Center for Nonproliferation Studies'.

The phrase before a cue verb ends in the organisation or place the person
is from, so the nearest capitalised words are 'Nonproliferation Studies' or
'North Carolina', and naming them made an institute or a state the speaker.
Here the phrase is walked back through the organisation's name to the
'of'/'at'/'from' that joins it to a person's name, and that name is kept.
"""

from __future__ import annotations

import re

from index.lexicon import ORG_NAME_WORDS, PLACE_NAMES, TITLES
from index.non_persons import NOT_PERSON_LAST, PLACE_WORDS, non_person

_TITLE_WORDS = frozenset(t.strip(".").lower() for t in TITLES)
_JOINS = frozenset("of at from".split())
_INSIDE_ORG = frozenset("for of and on the & in".split())  # small words inside a name: 'Institute for Science and …'
_MAX_BACK = 12


def _person_end(w: str) -> bool:
    """The last word of a person's name: capitalised, not a title, an office or an organisation word."""
    low = w.lower().strip(".")
    return (w[:1].isupper() and w != "\x00" and low not in _TITLE_WORDS and low not in ORG_NAME_WORDS
            and low not in NOT_PERSON_LAST and low not in PLACE_WORDS)


def owner_start(toks: list, s: int, floor: int) -> int | None:
    """Index of the token after the 'of' that joins a person to the organisation starting at `s`.

    `toks[s]` starts a capitalised phrase; walking back over capitalised words and the small words
    inside names, the first 'of'/'at'/'from' right after a person's name is the join. None if absent.
    """
    k = s - 1
    commas = 0
    while k > floor and s - k <= _MAX_BACK:
        w = toks[k][2]
        if w.lower() in _JOINS and _person_end(toks[k - 1][2]):
            return k - 1
        if w == "," and not commas and _city_state(toks, k):
            commas += 1  # 'Stacy Baker of Columbia, South Carolina says'
            k -= 1
            continue
        if not (w[:1].isupper() or w.lower() in _INSIDE_ORG or w in ("'s", "\u2019s")) or w == "\x00":
            return None
        k -= 1
    return None


def _city_state(toks: list, k: int) -> bool:
    """The comma at k splits a place from its state or country: 'Columbia, South Carolina'."""
    if k + 1 >= len(toks) or not toks[k - 1][2][:1].isupper():
        return False
    words = [t[2].lower() for t in toks[k + 1:k + 3]]
    return words[0] in PLACE_NAMES or (words[0] in PLACE_WORDS and len(words) > 1 and words[1] in PLACE_NAMES)


_AFFIL_RE = re.compile(r"^(.*?[A-Z][\w.'\u2019-]*)\s+(?:of|at|from)\s+(?:the\s+)?([A-Z].*)$")


def drop_affiliation(head: str) -> str:
    """'Butterfield of North Carolina' -> 'Butterfield'; 'Lewis of the … Studies' -> 'Lewis'.

    Only when the words after the join read as a place or an organisation and the word before
    is a name, not a title ('Secretary of State John Kerry' is left whole).
    """
    m = _AFFIL_RE.match(head)
    if not m or not _person_end(m.group(1).split()[-1]):
        return head
    return m.group(1) if non_person(m.group(2).split(",")[0]) else head
