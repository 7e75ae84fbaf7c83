"""A fast path for the commonest search: bare words, all in the default field.

Whoosh scores a query document by document through a tree of Python
matchers (~10 µs a document). Typing "trump ukraine" into a library about
one story matches most of it, so each key cost 50-90 ms on 10,000 articles.
For a query that is one term, or an AND/OR of terms, of one field, this
reads each term's posting blocks whole (ids and weights as arrays), joins
them with set operations and scores with the same formula as
`index.scoring.ImpactBM25`: the same hits and scores, 4-6x faster.
Anything else (phrases, fields, wildcards, NOT) goes to Whoosh.
"""

from __future__ import annotations

import heapq
import threading
from collections import OrderedDict
from dataclasses import dataclass

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, Or, Query, Term
from whoosh.searching import Searcher

from index.scoring import K1

_SAT = K1 + 1.0  # BM25's saturation numerator, as index.scoring
CACHE_ENTRIES = 256  # (segment, term) posting maps kept: a few recent words' worth
_CACHE: OrderedDict[tuple, dict[int, float]] = OrderedDict()
_LOCK = threading.Lock()


@dataclass(frozen=True)
class TermHits:
    """Top documents (global docnum, score), best first, and how many matched."""

    top: list[tuple[int, float]]
    total: int


def plain_terms(query: Query, field: str) -> tuple[list[str], bool] | None:
    """(terms, all_required) if the query is a term or an AND/OR of terms in
    `field` with no boosts; None for any other shape."""
    if isinstance(query, Term):
        parts, required = [query], True
    elif type(query) in (And, Or) and all(type(q) is Term for q in query.subqueries):
        parts, required = list(query.subqueries), type(query) is And
    else:
        return None
    if not parts or any(q.fieldname != field or q.boost != 1.0 for q in parts):
        return None
    return [q.text for q in parts], required


def search_terms(searcher: Searcher, field: str, terms: list[str], required: bool, limit: int) -> TermHits:
    """Score every document with the terms (all of them if `required`)."""
    idf = {t: searcher.idf(field, t) for t in set(terms)}
    scored: list[tuple[float, int]] = []  # (score, -global docnum): ties go to the lower docnum
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        counts = {t: reader.doc_frequency(field, t) for t in terms}
        if required and not all(counts.values()):
            continue  # a word this segment lacks: no need to read the others
        terms_here = sorted((t for t in terms if counts[t]), key=counts.__getitem__)
        postings = [(_weights(reader, field, t), idf[t]) for t in terms_here]
        if postings:
            collect = _all_of if required else _any_of
            scored.extend((score, -(doc + offset)) for doc, score in collect(postings))
    top = heapq.nlargest(limit, scored)
    return TermHits([(-neg, score) for score, neg in top], len(scored))


def _all_of(postings: list[tuple[dict[int, float], float]]):
    """(doc, score) for documents in every posting list (the shortest drives)."""
    (first, first_idf), rest = postings[0], postings[1:]
    for doc, weight in first.items():
        score = first_idf * weight * _SAT / (weight + K1)
        for weights, term_idf in rest:
            other = weights.get(doc)
            if other is None:
                break
            score += term_idf * other * _SAT / (other + K1)
        else:
            yield doc, score


def _any_of(postings: list[tuple[dict[int, float], float]]):
    """(doc, score) for documents in any posting list."""
    scores: dict[int, float] = {}
    for weights, term_idf in postings:
        for doc, weight in weights.items():
            scores[doc] = scores.get(doc, 0.0) + term_idf * weight * _SAT / (weight + K1)
    return scores.items()


def _weights(reader, field: str, term: str) -> dict[int, float]:
    """{docnum: weight} of a term's postings in one segment, deletions removed.

    Cached: typing "trump ukraine" asks for "trump" again on every key after
    the space, and a segment's postings only change with its deletions.
    """
    segment = reader.segment()
    key = (segment.segid, segment.deleted_count(), field, term) if segment else None
    with _LOCK:
        cached = _CACHE.get(key) if key else None
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    out = _read_weights(reader, field, term)
    if key:
        with _LOCK:
            _CACHE[key] = out
            while len(_CACHE) > CACHE_ENTRIES:
                _CACHE.popitem(last=False)
    return out


def _read_weights(reader, field: str, term: str) -> dict[int, float]:
    try:
        matcher = reader.postings(field, term)
    except Exception:  # TermNotFound: the word is not in this segment
        return {}
    deleted: frozenset[int] = frozenset()
    if isinstance(matcher, FilterMatcher):
        matcher, deleted = matcher.child, reader.deleted_docs_set
    out: dict[int, float] = {}
    if isinstance(matcher, W3LeafMatcher):  # whoosh-reloaded 2.7's block reader
        while matcher.is_active():  # one whole block (up to 128 postings) a turn
            matcher._read_ids()
            matcher._read_weights()
            out.update(zip(matcher._ids, matcher._weights))
            matcher._next_block()
    else:  # any other codec: the public, slower way
        while matcher.is_active():
            out[matcher.id()] = matcher.weight()
            matcher.next()
    for doc in deleted & out.keys():
        del out[doc]
    return out
