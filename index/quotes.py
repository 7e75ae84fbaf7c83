"""Direct quotations in a cleaned article body, each with its speaker.

Flow: pair the quotation marks (`quote_marks`), name each speaker
(`attribution`), drop what quotes nobody (titles, scare quotes, credits),
then make speaker names canonical within the article (`speakers`).
A quotation's `text` is what lies between its marks, so
`body[q.start:q.end] == q.text` always holds.
"""

from __future__ import annotations

from typing import Callable

from index.attribution import Attribution, attribute
from index.joint_speakers import is_joint
from index.model import Quote
from index.not_quotes import is_quotation
from index.quote_marks import MarkSpan, find_marks
from index.quote_filter import keep_quote
from index.descriptions import best_description, clean_description, mention_titles
from index.speakers import article_canonical


def extract_quotes(body: str, keep: Callable[[str, MarkSpan, Attribution], bool] = keep_quote) -> list[Quote]:
    """Every direct quotation in the cleaned body with its speaker; speaker names canonical within the article.

    `keep` is the learned filter's say on a span the rules keep (swapped out when training it).
    """
    marks = find_marks(body)
    if not marks:
        return []
    atts, people = attribute(body, marks)
    kept = [(m, a) for m, a in zip(marks, atts) if is_quotation(body, m, a) and keep(body, m, a)]
    names = [a.speaker for _, a in kept if a.kind in ("named", "pronoun") and a.speaker]
    canon = article_canonical(names, people)
    descs = _descriptions(body, marks, kept, canon)
    quotes = []
    for m, a in kept:
        speaker = canon.get(a.speaker, a.speaker) if a.speaker else None
        desc = descs.get(speaker) if speaker in descs else clean_description(a.description) if speaker else None
        quotes.append(Quote(
            text=body[m.start:m.end], start=m.start, end=m.end, speaker=speaker,
            speaker_as_written=a.as_written, cue=a.cue, kind=a.kind if speaker else "none",
            description=desc,
        ))
    return quotes


def _descriptions(body: str, marks: list[MarkSpan], kept: list[tuple[MarkSpan, Attribution]],
                  canon: dict[str, str]) -> dict[str, str | None]:
    """One description per named speaker in the article: the title most used for them,
    at their cues or before their name anywhere outside quotations ('Russian President')."""
    cands: dict[str, list[tuple[int, str, bool]]] = {}
    cue_spans: dict[str, set[tuple[int, int]]] = {}
    for _, a in kept:
        if not a.speaker or a.kind not in ("named", "pronoun"):
            continue
        name = canon.get(a.speaker, a.speaker)
        if is_joint(name):
            continue  # a pair has no one title
        got = cands.setdefault(name, [])
        if a.kind == "named" and a.np_at >= 0 and a.as_written:
            span = (a.np_at, a.np_at + len(a.as_written))
            if span not in cue_spans.setdefault(name, set()):
                cue_spans[name].add(span)
                if a.description:
                    got.append((a.np_at, a.description, False))
    spans = [(m.open_mark, m.close_mark if m.close_mark is not None else m.end) for m in marks]
    out: dict[str, str | None] = {}
    for name, got in cands.items():
        cued = cue_spans.get(name, set())
        got = got + [(at, t, True) for at, t in mention_titles(body, name, spans)
                     if not any(a <= at < b for a, b in cued)]  # a cue's own title counts once
        out[name] = best_description([(d, titled) for _, d, titled in sorted(got, key=lambda c: c[0])])
    return out
