"""Direct quotations in a cleaned article body, each with its speaker.

Flow: pair the quotation marks (`quote_marks`), name each speaker
(`attribution`), drop what quotes nobody (titles, scare quotes, credits),
then make speaker names canonical within the article (`speakers`).
A quotation's `text` is what lies between its marks, so
`body[q.start:q.end] == q.text` always holds.
"""

from __future__ import annotations

import re

from index.attribution import Attribution, attribute
from index.model import Quote
from index.quote_marks import MarkSpan, find_marks
from index.speakers import article_canonical

_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from vs is as".split())
_TITLE_CUES = re.compile(
    r"(?:\b(?:book|books|novel|film|movie|show|series|song|album|titled|entitled|called|named|dubbed|"
    r"memoir|column|article|op-ed|essay|program|programme|campaign|rally|hashtag|slogan|event|tour|"
    r"author of|headline)\s*[,:]?\s*)$",
    re.I,
)


def extract_quotes(body: str) -> list[Quote]:
    """Every direct quotation in the cleaned body with its speaker; speaker names canonical within the article."""
    marks = find_marks(body)
    if not marks:
        return []
    atts = attribute(body, marks)
    kept = [(m, a) for m, a in zip(marks, atts) if is_quotation(body, m, a)]
    names = [a.speaker for _, a in kept if a.kind in ("named", "pronoun") and a.speaker]
    canon = article_canonical(names)
    descs = _descriptions(kept, canon)
    quotes = []
    for m, a in kept:
        speaker = canon.get(a.speaker, a.speaker) if a.speaker else None
        desc = a.description or (descs.get(speaker) if speaker else None)
        quotes.append(Quote(
            text=body[m.start:m.end], start=m.start, end=m.end, speaker=speaker,
            speaker_as_written=a.as_written, cue=a.cue, kind=a.kind if speaker else "none",
            description=desc,
        ))
    return quotes


def _descriptions(kept: list[tuple[MarkSpan, Attribution]], canon: dict[str, str]) -> dict[str, str]:
    """First role seen for each canonical speaker ('Kremlin spokesman')."""
    out: dict[str, str] = {}
    for _, a in kept:
        if a.speaker and a.description and a.kind == "named":
            out.setdefault(canon.get(a.speaker, a.speaker), a.description)
    return out


def is_quotation(body: str, m: MarkSpan, a: Attribution) -> bool:
    """False for titles, scare quotes, nicknames and credits that quote nobody."""
    text = body[m.start:m.end]
    words = text.split()
    if _is_title(body, m, words):
        return False
    if a.local and (a.speaker or a.as_written):
        return True
    if len(words) <= 3:
        return False
    if not a.speaker:
        return len(words) >= 8 and bool(re.search(r"[.!?,]['\u2019]?$", text))
    return True


def _is_title(body: str, m: MarkSpan, words: list[str]) -> bool:
    if not words or len(words) > 9:
        return False
    if "/" in body[m.start:m.end] and m.open_mark == m.para_start:
        return True  # a photo credit standing alone
    before = body[max(m.para_start, m.open_mark - 40):m.open_mark]
    sig = [w for w in words if w.lower().strip(",.:;!?") not in _SMALL_WORDS]
    title_case = bool(sig) and all(w[:1].isupper() or w[:1].isdigit() for w in sig)
    ends_sentence = words[-1][-1:] in ".!?"
    if title_case and (_TITLE_CUES.search(before) or before.rstrip().endswith(("a", "an", "the", "of"))):
        return not ends_sentence or len(sig) > 1
    if title_case and len(sig) >= 2 and not ends_sentence and not words[-1].endswith(","):
        return True
    return False
