"""Joint speakers: "Trump and Ryan issued a statement" quotes both men, not the last one named.

The rules and the ranker name one person per quotation; when the cue's subject
joins two people with "and", that person is one of the two, and a reader
shown only him sees half the truth. Here such a quotation gets the pair as
its speaker, "Donald Trump and Paul Ryan", each name in its fullest form in
the article. The library keeps the pair as one speaker of its own (a joint
statement is not either man's own words) and finds it under either name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from index.lexicon import NON_NAME_CAPS, ORG_NAME_WORDS, ORG_NOUNS, PLACE_NAMES
from index.speakers import JOINER, full_name, known_first_name, split_name, surname

if TYPE_CHECKING:
    from index.naming import Attribution

_NOT_PERSON = ORG_NAME_WORDS | ORG_NOUNS | NON_NAME_CAPS | frozenset(p.lower() for p in PLACE_NAMES)


def is_joint(name: str | None) -> bool:
    """A speaker name that joins people ("Mark Blumenthal and Jon Cohen"); no single name holds ' and '."""
    return bool(name) and JOINER in name


def parts(name: str) -> list[str]:
    """The people a speaker name stands for: one, or each of a joint speaker's."""
    return name.split(JOINER) if is_joint(name) else [name]


def joint_names(phrase: str | None) -> list[str] | None:
    """'Mark Blumenthal and Jon Cohen' -> ['Mark Blumenthal', 'Jon Cohen'], from a cue's subject
    (or one of its comma chunks: 'Two analysts, Pat Megan and Chris Hart,'); None unless both
    sides of one 'and' are names. 'David and Jeanne Heidler' share the surname."""
    for chunk in _subject_chunks(phrase or ""):
        toks = chunk.split()
        ands = [k for k, t in enumerate(toks) if t == "and"]
        if len(ands) != 1 or not 0 < ands[0] < len(toks) - 1:
            continue
        k = ands[0]
        if not (toks[k - 1][:1].isupper() and toks[k + 1][:1].isupper()):
            continue
        left, _ = split_name(" ".join(toks[:k]))
        right, right_role = split_name(" ".join(toks[k + 1:]))
        if not left or not right or (right_role and right_role[:1].islower()):
            continue
        if len(left.split()) == 1 and len(right.split()) > 1 and known_first_name(left.lower()):
            left = f"{left} {surname(right)}"  # 'David and Jeanne Heidler'
        if _person_like(left) and _person_like(right) and left.lower() != right.lower():
            return [left, right]
    return None


def _subject_chunks(phrase: str) -> list[str]:
    """The subject, and the appositive after a plural role ('Two analysts, Pat Megan and Chris Hart,');
    never a later appositive ('Clinton, 35, the daughter of Bill and Hillary Clinton')."""
    chunks = phrase.split(",")
    words = chunks[0].split()
    plural_role = bool(words) and words[-1][:1].islower() and words[-1].endswith("s")
    return chunks[:2] if plural_role else chunks[:1]


def _person_like(name: str) -> bool:
    words = name.split()
    return len(words) <= 4 and all(w[:1].isupper() and w.strip(".,").lower() not in _NOT_PERSON for w in words)


def with_pair(a: Attribution, full_names: dict[str, set[str]]) -> Attribution:
    """The attribution with the pair its named cue joins as speaker, when the speaker picked is one of
    them; else as it was. Both halves must be people: a full name, or a surname the article gives in full.
    `full_names`: the article's full names by lower-case surname."""
    names = joint_names(a.as_written) if a.kind == "named" and a.speaker else None
    if not names:
        return a
    full = [full_name(n, full_names.get(surname(n).lower(), ())) for n in names]
    if any(len(f.split()) < 2 for f in full):
        return a  # 'Democrats and Republicans', 'Iowa and Ohio': no person on one side
    if surname(a.speaker).lower() not in {surname(f).lower() for f in full}:
        return a  # the ranker chose someone else: leave its pick alone
    return replace(a, speaker=JOINER.join(full), description=None)
