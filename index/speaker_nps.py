"""What a speaker phrase is made of: role heads, source nouns, names with an origin.

Split from `attribution.py`, which asks these questions while naming speakers.
"""

from __future__ import annotations

import re

from index.affiliation import drop_affiliation
from index.lexicon import ORG_NOUNS, PERSON_NOUNS, QUANTIFIERS, TITLES

_TITLE_WORDS = frozenset(t.strip(".") for t in TITLES)

ROLE_HEADS = frozenset(
    """president senator candidate nominee governor secretary mogul billionaire tycoon
    front-runner frontrunner congressman congresswoman mayor chairman chairwoman leader
    businessman businesswoman lawmaker spokesman spokeswoman minister chancellor premier
    neurosurgeon surgeon star host author developer""".split()
)
_DOC_NOUNS = frozenset(
    """statement transcript report email e-mail letter website ad poll lawsuit document account
    editorial message release complaint update updates piece page suit memo tweet post video
    book study survey filing motion ruling order announcement press crowd audience media
    mogul tycoon another someone others some""".split()
)
_AGENT_RE = re.compile(r"(?:er|or|ist|ant|ent|ian|man|woman|men|women|ee|ive|ess)s?$")


def speaker_noun(head: str, words: list[str]) -> bool:
    """Whether a common-noun phrase can be a source: a person, group, or document."""
    if head in PERSON_NOUNS or head in ORG_NOUNS or head in _DOC_NOUNS or head in _TITLE_WORDS or head in QUANTIFIERS:
        return True
    if any(w in PERSON_NOUNS for w in words[:4]) and len(words) <= 10:
        return True  # 'a person close to the leadership'
    return bool(_AGENT_RE.search(head)) and len(words) <= 8


def shared_words(a: list[str], b: str) -> int:
    return len(set(a[1:-1]) & set(b.lower().split()))


def is_nominal(phrase: str) -> bool:
    toks = phrase.split()
    return bool(toks) and toks[-1][:1].islower()


_ORIGIN_RE = re.compile(r"^(.*?\b[A-Z][\w.'\u2019-]*\s+[A-Z][\w.'\u2019-]*)\s+of\s+[A-Z]")


def drop_origin(head: str) -> str:
    """'Stacy Baker of Columbia' -> 'Stacy Baker': a name then where the person is from.

    Only when two capitalised words precede 'of' and the last is not a title,
    so 'Secretary of State John Kerry' is left whole.
    """
    m = _ORIGIN_RE.match(head)
    if not m or m.group(1).split()[-1].lower().strip(".") in _TITLE_WORDS:
        return drop_affiliation(head)  # 'Butterfield of North Carolina', 'Lewis of the … Center'
    return m.group(1)


def looks_named(phrase: str) -> bool:
    toks = phrase.split()
    return 1 < len(toks) <= 4 and all(t[:1].isupper() for t in toks)
