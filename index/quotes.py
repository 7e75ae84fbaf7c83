"""Direct quotations in a cleaned article body, each with its speaker.

Flow: pair the quotation marks (`quote_marks`), name each speaker
(`attribution`), drop what quotes nobody (titles, scare quotes, credits),
then make speaker names canonical within the article (`speakers`).
A quotation's `text` is what lies between its marks, so
`body[q.start:q.end] == q.text` always holds.
"""

from __future__ import annotations

from index.attribution import Attribution, attribute
from index.model import Quote
from index.not_quotes import is_quotation
from index.quote_marks import MarkSpan, find_marks
from index.quote_filter import keep_quote
from index.speakers import article_canonical


def extract_quotes(body: str) -> list[Quote]:
    """Every direct quotation in the cleaned body with its speaker; speaker names canonical within the article."""
    marks = find_marks(body)
    if not marks:
        return []
    atts = attribute(body, marks)
    kept = [(m, a) for m, a in zip(marks, atts) if is_quotation(body, m, a) and keep_quote(body, m, a)]
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
