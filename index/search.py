"""Searching the store: Whoosh query language, ranked hits, marked snippets.

Everything a user types is answered: a query Whoosh cannot parse falls back
to its plain words with a one-line hint, an empty result offers a "did you
mean" built from the unstemmed `words` field.
"""

from __future__ import annotations

import re

from whoosh import qparser
from whoosh.analysis import StemmingAnalyzer
from whoosh.highlight import ContextFragmenter, Formatter, get_text
from whoosh.query import Every, NullQuery, Query, Term
from whoosh.searching import Searcher

from index.model import Hit, SearchResult, Span
from index.store import summary_from_fields

# Default fields; `speaker:` still works by name, but a bare word should not
# match anonymous speakers' descriptions ("the official").
ARTICLE_FIELDS = ["title", "body", "outlet"]
QUOTE_FIELDS = ["qtext", "speaker"]
MAX_QUERY_CHARS = 1000
_OPEN, _CLOSE = "\x02", "\x03"  # never in stored text: clean.sanitize removes C0
_STEM = StemmingAnalyzer(stoplist=None)
_SPACES = re.compile(r"\s+")


class _SpanFormatter(Formatter):
    """Wraps matched terms in sentinels that `_split_marks` turns into spans."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"{_OPEN}{get_text(text, token, replace)}{_CLOSE}"


def _split_marks(marked: str) -> tuple[str, tuple[Span, ...]]:
    text: list[str] = []
    spans: list[Span] = []
    length, start = 0, 0
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            start = length
        elif part == _CLOSE:
            spans.append((start, length))
        else:
            part = _SPACES.sub(" ", part)
            text.append(part)
            length += len(part)
    return "".join(text), tuple(spans)


def parse(searcher: Searcher, qstring: str, fields: list[str]) -> tuple[Query | None, str | None]:
    """Parse with Whoosh's language; on failure fall back to the bare words."""
    qstring = qstring.strip()[:MAX_QUERY_CHARS]
    if not qstring:
        return None, None
    parser = qparser.MultifieldParser(fields, searcher.schema, group=qparser.AndGroup)
    hint = _syntax_hint(qstring)
    try:
        query = parser.parse(qstring)
    except Exception:  # Whoosh raises assorted errors on odd input
        words = re.sub(r"[^\w\s]", " ", qstring)
        query, hint = parser.parse(words), "could not read the query; searched its words"
    query = query.normalize() if query is not None else NullQuery
    if query is NullQuery:
        return None, hint or "only common words (like 'the') — nothing to search for"
    return query, hint


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
    results = searcher.search(query, limit=limit, filter=Term("doctype", "article"))
    results.fragmenter = ContextFragmenter(maxchars=180, surround=60)
    results.formatter = _SpanFormatter()
    hits = []
    for hit in results:
        marked = hit.highlights("body", top=2) or hit.highlights("title", top=1)
        snippet, spans = _split_marks(marked) if marked else (_lead(hit["body"]), ())
        hits.append(Hit(summary_from_fields(hit.fields()), hit.score or 0.0, snippet, spans))
    suggestion = None
    if not hits:
        suggestion = _suggest(searcher, query, qstring)
    return SearchResult(
        query=qstring, hits=tuple(hits), total=len(results), suggestion=suggestion, error=hint
    )


def _lead(body: str, chars: int = 180) -> str:
    text = _SPACES.sub(" ", body[: chars * 2]).strip()
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0] + " …"


def _suggest(searcher: Searcher, query: Query, qstring: str) -> str | None:
    corrector = searcher.corrector("words")
    correctors = {f: corrector for f in ARTICLE_FIELDS + QUOTE_FIELDS}
    try:
        corrected = searcher.correct_query(query, qstring, correctors=correctors)
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


def match_spans(qstring: str, text: str, schema) -> list[Span]:
    """Where the query's words occur in `text`, for highlighting in a reader.

    Matches by stem, so a search for "predict" marks "predictable"'s stem
    family the same way the index matched it.
    """
    query = qparser.MultifieldParser(ARTICLE_FIELDS, schema).parse(qstring[:MAX_QUERY_CHARS])
    wanted = set()
    try:
        for field, term in query.iter_all_terms():
            if field in ("body", "title", "qtext"):
                wanted.add(term.decode() if isinstance(term, bytes) else term)
    except Exception:
        return []
    if not wanted:
        return []
    return [
        (tok.startchar, tok.endchar)
        for tok in _STEM(text, chars=True, mode="index")
        if tok.text in wanted
    ]


def every_article() -> Query:
    return Every() & Term("doctype", "article")
