"""Quotations in the store: find them, and group them by canonical speaker.

Grouping reads the small `qcard` column of quotation documents (speaker key,
as written, kind, description, article) rather than unpickling every stored
document, and merges surname-only names across the library with
`speakers.library_canonical`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from whoosh.searching import Searcher

from index.joint_speakers import parts as joint_parts
from index.model import Quote, Speaker
from index.search import quote_query
from index.descriptions import library_description
from index.speakers import library_canonical
from index.store import quote_from_fields


@dataclass
class _Group:
    name: str
    kind: str
    keys: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    descriptions: dict[str, int] = field(default_factory=dict)
    quotes: int = 0
    articles: set[str] = field(default_factory=set)


def _cards(searcher: Searcher):
    reader = searcher.reader()
    if not reader.has_column("qcard"):
        return
    column = reader.column_reader("qcard")
    for docnum in range(reader.doc_count_all()):
        if not reader.is_deleted(docnum):
            card = column[docnum]
            if card:
                yield json.loads(card)


def speaker_groups(searcher: Searcher) -> dict[str, _Group]:
    """Canonical speaker name → its keys, aliases, counts (one column scan)."""
    per_key: dict[str, list] = defaultdict(list)
    for card in _cards(searcher):
        per_key[card[0]].append(card)
    named = [(k, len(v)) for k, v in per_key.items() if "|" not in k]  # anonymous keys carry "|article"
    canon = library_canonical(named)
    groups: dict[str, _Group] = {}
    for key, cards in per_key.items():
        kind = "nominal" if "|" in key else cards[0][2]
        name = canon.get(key, key)
        group = groups.setdefault(name, _Group(name=name.split("|")[0], kind=kind))
        group.keys.add(key)
        group.aliases.add(key.split("|")[0])
        for _, as_written, _, description, article_id in cards:
            if _name_like(as_written) and kind != "pronoun":
                group.aliases.add(as_written)
            if description:
                group.descriptions[description] = group.descriptions.get(description, 0) + 1
            group.articles.add(article_id)
        group.quotes += len(cards)
    return groups


_PRONOUNS = {"he", "she", "they", "i", "we", "him", "her", "it"}


def _name_like(text: str | None) -> bool:
    """An alias worth listing: a short name, not a pronoun or a whole appositive."""
    return bool(text) and "," not in text and len(text.split()) <= 5 and text.lower() not in _PRONOUNS


def list_speakers(searcher: Searcher) -> list[Speaker]:
    """Speakers, most quoted first; anonymous sources stay one per article."""
    out = []
    for group in speaker_groups(searcher).values():
        description = library_description(group.descriptions)
        aliases = tuple(sorted(a for a in group.aliases if a != group.name))
        out.append(
            Speaker(
                speaker=group.name,
                aliases=aliases,
                description=description,
                quote_count=group.quotes,
                article_count=len(group.articles),
                kind=group.kind,
            )
        )
    out.sort(key=lambda s: (-s.quote_count, s.speaker.lower()))
    return out


def _keys_for(groups: dict[str, _Group], speaker: str) -> list[str]:
    """Keys of the speaker a user named: exact canonical name, else a word match."""
    wanted = speaker.strip().lower()
    # a joint speaker ('Donald Trump and Paul Ryan') is found under each of its people too
    exact = [g for g in groups.values() if wanted in {p.lower() for p in joint_parts(g.name)}]
    if not exact:
        exact = [
            g
            for g in groups.values()
            if wanted in g.name.lower() or any(wanted == a.lower() for a in g.aliases)
        ]
    return sorted({k for g in exact for k in g.keys})


def find_quotes(
    searcher: Searcher,
    speaker: str | None = None,
    article_id: str | None = None,
    text: str | None = None,
) -> list[Quote]:
    """Quotations filtered by speaker, article and/or text, in reading order."""
    groups = speaker_groups(searcher)
    keys = _keys_for(groups, speaker) if speaker else None
    query, _hint = quote_query(searcher, text, keys, article_id)
    results = searcher.search(query, limit=None)
    canon = {k: g.name for g in groups.values() for k in g.keys}
    quotes = []
    for hit in results:
        q = quote_from_fields(hit.fields())
        key = hit.get("speaker_key")
        if key in canon:
            q = Quote(**{**q.__dict__, "speaker": canon[key]})
        quotes.append(q)
    quotes.sort(key=lambda q: (q.article_id, q.start))
    return quotes
