"""Related coverage: the articles most like one article, and stories (groups).

`related` asks Whoosh's more-like-this for candidates (it ranks by the key
terms of the article's stored body) and rescores them by a tf-idf cosine over
the index's own stems and collection statistics, so scores are 0..1 and
comparable between articles. On a small library more-like-this may return
nothing (FACTS.md), so every article is a candidate there.

`stories` groups articles about one event without comparing all pairs:
each article gets a signature of its rarest salient terms, only articles
sharing several signature terms are compared, and pairs above a threshold
are joined with union-find.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from whoosh.query import Term
from whoosh.searching import Searcher

from index.align import cosine, idf_table, terms, vector
from index.model import Related
from index.store import summary_from_fields

SMALL_LIBRARY = 200  # articles; below this every article is a candidate
CANDIDATES = 25  # more-like-this hits rescored per call
KEY_TERMS = 12  # terms more-like-this queries with: 30 cost ~4x the time on 10k (measured)
MIN_RELATED = 0.05  # below this an article is not offered as related

SIGNATURE = 12  # salient terms per article used to find story candidates
PROFILE = 60  # terms kept per article for the story cosine
MIN_SHARED = 2  # signature terms two articles must share to be compared
STORY_THRESHOLD = 0.22  # profile cosine joining two articles (10k bench: precision 0.90, recall 0.75; samples 003~004: ~0.25)
MAX_DF_SHARE = 0.05  # terms in more than this share of articles are topic, not story


def related(searcher: Searcher, article_id: str, limit: int = 10) -> list[Related]:
    """The `limit` articles most like `article_id`, best first, scores 0..1.

    Rescoring uses the fast content-word stems of `index.align` with idf over
    the article and its candidates: the candidates share the topic, so words
    of the one event weigh most. Whoosh's own stems would need a term lookup
    per word of every candidate (~17 ms each, measured).
    """
    docnum = searcher.document_number(doctype="article", article_id=article_id)
    if docnum is None:
        return []
    fields = searcher.stored_fields(docnum)
    cands = [
        f for n, f in _candidates(searcher, docnum, fields)
        if n != docnum and f.get("doctype") == "article"
    ]
    term_lists = [_text_terms(f) for f in [fields] + cands]
    idf = idf_table([term_lists])
    vec = vector(term_lists[0], idf)
    scored = [(cosine(vec, vector(ts, idf)), f) for ts, f in zip(term_lists[1:], cands)]
    best = heapq.nlargest(limit, [x for x in scored if x[0] >= MIN_RELATED], key=lambda x: x[0])
    return [Related(summary_from_fields(f), round(min(1.0, s), 4)) for s, f in best]


def _text_terms(fields: dict) -> list[str]:
    return terms(fields.get("title", "") + "\n" + fields.get("body", ""))


def _candidates(searcher: Searcher, docnum: int, fields: dict) -> Iterator[tuple[int, dict]]:
    if searcher.doc_count() <= SMALL_LIBRARY * 4:  # quotation docs count too
        for other in searcher.document_numbers(doctype="article"):
            yield other, searcher.stored_fields(other)
        return
    hits = searcher.more_like(
        docnum,
        "body",
        text=fields.get("body", ""),
        top=CANDIDATES,
        numterms=KEY_TERMS,
        filter=Term("doctype", "article"),
    )
    for hit in hits:
        yield hit.docnum, hit.fields()


# --- stories -----------------------------------------------------------------


def stories(searcher: Searcher, threshold: float = STORY_THRESHOLD) -> list[list[str]]:
    """Groups of two or more article ids about one event, largest first."""
    ids, term_lists = [], []
    for fields in searcher.documents(doctype="article"):
        ids.append(fields["article_id"])
        term_lists.append(_text_terms(fields))
    return group_stories(ids, term_lists, threshold)


def group_stories(
    ids: list[str], term_lists: list[list[str]], threshold: float = STORY_THRESHOLD
) -> list[list[str]]:
    """Union-find over candidate pairs (shared signature terms) whose profiles agree."""
    df = Counter(t for ts in term_lists for t in set(ts))
    n = len(ids)
    idf = {t: math.log(1.0 + n / c) for t, c in df.items()}
    profiles = [_profile(ts, idf) for ts in term_lists]
    max_df = max(5, int(MAX_DF_SHARE * n))  # small libraries: topic words may still sign
    signatures = [[t for t in p if 2 <= df[t] <= max_df][:SIGNATURE] for p in profiles]
    parent = list(range(n))
    for i, j in _candidate_pairs(signatures):
        if cosine(profiles[i], profiles[j]) >= threshold:
            _union(parent, i, j)
    groups: dict[int, list[str]] = defaultdict(list)
    for i, aid in enumerate(ids):
        groups[_find(parent, i)].append(aid)
    out = [sorted(g) for g in groups.values() if len(g) > 1]
    out.sort(key=lambda g: (-len(g), g))
    return out


def _profile(ts: list[str], idf: dict[str, float]) -> dict[str, float]:
    """The article's top terms by tf-idf, unit length, in descending weight order."""
    weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in Counter(ts).items()}
    top = heapq.nlargest(PROFILE, weights.items(), key=lambda x: (x[1], x[0]))
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def _candidate_pairs(signatures: list[list[str]]) -> Iterable[tuple[int, int]]:
    """Pairs of articles sharing at least MIN_SHARED signature terms."""
    posting: dict[str, list[int]] = defaultdict(list)
    for i, sig in enumerate(signatures):
        for t in sig:
            posting[t].append(i)
    for i, sig in enumerate(signatures):
        shared: Counter[int] = Counter()
        for t in sig:
            shared.update(j for j in posting[t] if j > i)
        yield from ((i, j) for j, c in shared.items() if c >= min(MIN_SHARED, len(sig)))


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    ri, rj = _find(parent, i), _find(parent, j)
    if ri != rj:
        parent[max(ri, rj)] = min(ri, rj)
