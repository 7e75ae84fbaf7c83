"""Searching the store: Whoosh query language, ranked hits, marked snippets.

Everything a user types is answered: a query Whoosh cannot parse falls back
to its plain words with a one-line hint, an empty result offers a "did you
mean" built from the unstemmed `words` field.
"""

from __future__ import annotations

import re
from itertools import islice
from functools import lru_cache

from whoosh import qparser
from whoosh.lang.porter import stem as _porter
from whoosh.query import AndNot, Every, MultiTerm, Not, NullQuery, Or, Query, Term
from whoosh.searching import Searcher

from index.model import Hit, SearchResult, Span
from index.store import make_schema, summary_from_fields
from index.term_search import plain_terms, search_terms

# The default field: `body` is indexed with the title and outlet in front of
# the text (store.put_article), so a bare word is one term, not an OR over
# three fields. `title:`, `outlet:` and `speaker:` still work by name; a bare
# word should not match anonymous speakers' descriptions ("the official").
ARTICLE_FIELDS = ["body"]
QUOTE_FIELDS = ["qtext", "speaker"]
MAX_QUERY_CHARS = 1000
# Wildcard, prefix, range and fuzzy words together stand for at most this many
# of their commonest words: "*a*" over a big library would otherwise expand to
# tens of thousands of terms and take seconds to score.
MAX_EXPANSION = 600
_CANDIDATES = 8  # a pattern's commonest words are picked from this many times its share
_MAX_POSTINGS = 50_000  # and they stop when their documents add up to this (scoring cost)
_WORD = re.compile(r"\w+(?:\.?\w+)*")
_SPACES = re.compile(r"\s+")
_FIELD = re.compile(r"(?:^|[\s(])(\w+):")


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return _porter(word)


def parse(searcher: Searcher, qstring: str, fields: list[str]) -> tuple[Query | None, str | None]:
    """Parse with Whoosh's language; on failure fall back to the bare words."""
    qstring = qstring.strip()[:MAX_QUERY_CHARS]
    if not qstring:
        return None, None
    parser = qparser.MultifieldParser(fields, searcher.schema, group=qparser.AndGroup)
    hint = _syntax_hint(qstring)
    try:
        query = parser.parse(qstring)
    except Exception:  # Whoosh raises assorted errors on odd input ("NOT AND 0")
        hint = "could not read the query; searched its words"
        words = re.sub(r"[^\w\s]", " ", qstring).lower()  # lower case: no AND/OR/NOT
        try:
            query = parser.parse(words)
        except Exception:
            return None, hint
    query = query.normalize() if query is not None else NullQuery
    if query is NullQuery:
        return None, hint or "only common words (like 'the') — nothing to search for"
    unknown = [f for f in _FIELD.findall(qstring) if f not in searcher.schema]
    if unknown and not hint:
        hint = f"no field called {unknown[0]!r}; searched it as a word"
    query, capped = _bounded(searcher, query)
    if capped and not hint:
        hint = "a wildcard matched too many words; searched the commonest of them"
    return query, hint


def _bounded(searcher: Searcher, query: Query) -> tuple[Query, bool]:
    """The query with its patterns sharing MAX_EXPANSION words and _MAX_POSTINGS
    documents, commonest words first; True if any pattern was cut."""
    reader = searcher.reader()
    patterns: list[Query] = []
    query.accept(lambda q: patterns.append(q) or q if isinstance(q, MultiTerm) else q)
    share = max(10, MAX_EXPANSION // max(1, len(patterns)))
    capped = False

    def cap(q: Query) -> Query:
        nonlocal capped
        if isinstance(q, Every) and q.fieldname:  # "*": every document, not every term
            return Every()
        if not isinstance(q, MultiTerm):
            return q
        words = list(islice(q._btexts(reader), share * _CANDIDATES))
        if len(words) <= share:
            return q
        capped = True
        freq = {w: reader.doc_frequency(q.fieldname, w) for w in words}
        words.sort(key=freq.__getitem__, reverse=True)
        keep, postings = [], 0
        for w in words[:share]:
            keep.append(w)
            postings += freq[w]
            if postings >= _MAX_POSTINGS // len(patterns):
                break
        field = searcher.schema[q.fieldname]
        return Or([Term(q.fieldname, field.from_bytes(w), boost=q.boost) for w in keep])

    return query.accept(cap), capped


def _syntax_hint(qstring: str) -> str | None:
    """One-line hint for the mistakes Whoosh silently forgives."""
    if qstring.count('"') % 2:
        return 'unclosed quote: searched as if it were closed'
    if re.search(r"(^|\s)(AND|OR|NOT)\s*$", qstring) or re.match(r"^\s*(AND|OR)\b", qstring):
        return "dangling AND/OR/NOT ignored"
    if qstring.count("(") != qstring.count(")"):
        return "unbalanced parentheses"
    return None


def search_articles(searcher: Searcher, qstring: str, limit: int = 20) -> SearchResult:
    """Ranked article hits with snippets; a suggestion when nothing matched."""
    query, hint = parse(searcher, qstring, ARTICLE_FIELDS)
    if query is None:
        return SearchResult(query=qstring, error=hint)
    top, total = _ranked(searcher, query, limit)
    hits = []
    for docnum, score in top:
        fields = searcher.stored_fields(docnum)
        snippet, spans = snippet_for(qstring, fields.get("body", ""))
        hits.append(Hit(summary_from_fields(fields), score, snippet, spans))
    total = min(total, searcher.doc_frequency("doctype", "article"))  # nor more than exist
    suggestion = None if hits else _suggest(searcher, qstring)
    return SearchResult(
        query=qstring, hits=tuple(hits), total=total, suggestion=suggestion, error=hint
    )


def _ranked(searcher: Searcher, query: Query, limit: int) -> tuple[list[tuple[int, float]], int]:
    """Top (docnum, score) pairs and the number of matches."""
    plain = plain_terms(query, ARTICLE_FIELDS[0])
    # Two or more bare words: the fast path (index.term_search). One word stays
    # with Whoosh, whose block-max skipping reads fewer posting blocks.
    if plain is not None and len(set(plain[0])) > 1:
        found = search_terms(searcher, ARTICLE_FIELDS[0], *plain, limit)
        return found.top, found.total
    results = searcher.search(query, limit=limit, filter=_article_filter(query))
    top = [(hit.docnum, hit.score or 0.0) for hit in results]
    total = len(results) if results.has_exact_length() else results.estimated_length()
    if len(top) < limit:  # every match was collected, so the count is exact (an
        total = len(top)  # estimate over many ORed terms can claim hits that are not there)
    return top, total


def _article_filter(query: Query) -> Query | None:
    """Quotation documents carry no title, body or outlet, so a query on those
    fields finds only articles; a filter (a doc set built per search) is needed
    only for `speaker:` terms or a NOT, which could match quotations."""
    fields = {field for field, _ in query.iter_all_terms()}
    if fields and fields <= {"title", "body", "outlet"} and not _negates(query):
        return None
    return Term("doctype", "article")


def _negates(query: Query) -> bool:
    if isinstance(query, (Not, AndNot)):
        return True
    return any(_negates(child) for child in query.children())


def snippet_for(qstring: str, body: str, chars: int = 200) -> tuple[str, tuple[Span, ...]]:
    """The window of `body` with the most matched words, and their spans in it.

    Our own fragmenter over `match_spans` (which stems only candidate words)
    is several times cheaper than Whoosh's highlighter, which stems every
    token of every hit, and it marks exactly what the reader will mark.
    """
    spans = match_spans(qstring, body)
    if not spans:
        return _lead(body, chars), ()
    best, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i:] if s < start + chars * 0.6)
        if count > best_count:
            best, best_count = start, count
    lead = 30  # a little context before the first match; narrow list rows show ~30 chars
    lo = max(0, body.rfind(" ", 0, max(0, best - lead)) + 1) if best > lead else 0
    hi = min(len(body), lo + chars)
    if hi < len(body):
        hi = max(body.rfind(" ", lo, hi), best + 1)
    prefix = "… " if lo > 0 else ""
    text = prefix + _SPACES.sub(" ", body[lo:hi]) + (" …" if hi < len(body) else "")
    # whitespace runs collapse to one space, so map offsets through the same change
    inside = [(s, e) for s, e in spans if lo <= s and e <= hi]
    return text, tuple(_shift(body, lo, len(prefix), s, e) for s, e in inside)


def _shift(body: str, lo: int, offset: int, start: int, end: int) -> Span:
    before = len(_SPACES.sub(" ", body[lo:start]))
    word = len(_SPACES.sub(" ", body[start:end]))
    return (offset + before, offset + before + word)


def _lead(body: str, chars: int = 180) -> str:
    text = _SPACES.sub(" ", body[: chars * 2]).strip()
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0] + " …"


def _suggest(searcher: Searcher, qstring: str) -> str | None:
    """"Did you mean" from real words: the query re-read against the unstemmed
    `words` field, corrected only where a word is unknown (first letter kept,
    which prunes the lexicon scan)."""
    try:
        query = qparser.QueryParser("words", searcher.schema).parse(qstring[:MAX_QUERY_CHARS])
        corrected = searcher.correct_query(query, qstring, prefix=1, maxdist=2)
    except Exception:
        return None
    if corrected.string and corrected.string != qstring:
        return corrected.string
    return None


def quote_query(
    searcher: Searcher, qstring: str | None, keys: list[str] | None, article_id: str | None
) -> tuple[Query, str | None]:
    """Query for quotation documents: free text, speaker keys, one article."""
    from whoosh.query import And, Or

    parts: list[Query] = [Term("doctype", "quote")]
    hint = None
    if qstring:
        parsed, hint = parse(searcher, qstring, QUOTE_FIELDS)
        if parsed is not None:
            parts.append(parsed)
    if keys is not None:
        parts.append(Or([Term("speaker_key", k) for k in keys]) if keys else Term("uid", "\x00"))
    if article_id:
        parts.append(Term("article_id", article_id))
    return (And(parts) if len(parts) > 1 else parts[0]), hint


def match_spans(qstring: str, text: str) -> list[Span]:
    """Where the query's words occur in `text`, for snippets and the reader.

    Matches by stem, as the index did, but stems only the words that share a
    query stem's first letters, so a page costs a regex scan, not an analysis.
    """
    wanted = _wanted(qstring[:MAX_QUERY_CHARS])
    if not wanted:
        return []
    spans = []
    for m in _candidates(wanted).finditer(text):
        word = m.group().lower()
        if word in wanted or _stem(word) in wanted:
            spans.append((m.start(), m.end()))
    return spans


@lru_cache(maxsize=64)
def _candidates(wanted: frozenset[str]) -> re.Pattern[str]:
    """Words that start like a wanted stem: the regex engine skips the rest of
    the text, rather than Python looking at every word (5x faster per hit)."""
    prefixes = sorted({w[:3] for w in wanted if w}, key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in prefixes)
    return re.compile(rf"(?<![\w.])(?:{alternatives})\w*(?:\.?\w+)*", re.IGNORECASE)


@lru_cache(maxsize=64)
def _wanted(qstring: str) -> frozenset[str]:
    """The stems a query looks for in text (parsed once per query, not per hit)."""
    try:
        query = qparser.MultifieldParser(ARTICLE_FIELDS, _schema()).parse(qstring)
        return frozenset(
            term.decode() if isinstance(term, bytes) else term
            for field, term in query.iter_all_terms()
            if field in ("body", "title", "qtext", "words")
        )
    except Exception:
        return frozenset()


@lru_cache(maxsize=1)
def _schema():
    """The schema's analyzers, for parsing queries against text (no index needed)."""
    return make_schema()
