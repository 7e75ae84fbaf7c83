"""The nouns passed between layers: small frozen dataclasses, defined once.

Offsets are always character offsets into an article's cleaned `body`, so a
hit, a quotation and an aligned passage are all spans over one string.
`to_json` is the single place where the command line's `--json` shapes
(DESIGN.md) are made from these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.summary import ArticleSummary

__all__ = ["ArticleSummary"]  # defined apart: the app's first frame needs only it

Span = tuple[int, int]


@dataclass(frozen=True)
class Quote:
    """One direct quotation with its exact span in the cleaned body.

    `speaker` is canonical across the library ("Vladimir Putin");
    `speaker_as_written` is what the text says at the cue ("he", "Putin",
    "a former Russian government official"). `kind` is one of
    "named", "pronoun", "nominal" (anonymous description), "org" or "none".
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_as_written: str | None = None
    cue: str | None = None
    kind: str = "none"
    description: str | None = None
    article_id: str = ""
    outlet: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_as_written": self.speaker_as_written,
            "text": self.text,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "kind": self.kind,
            "description": self.description,
            "outlet": self.outlet,
        }


@dataclass(frozen=True)
class Article:
    """A cleaned article with its metadata, raw text and quotations."""

    summary: ArticleSummary
    body: str
    raw: str = ""
    removed: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def title(self) -> str:
        return self.summary.title

    def to_json(self) -> dict[str, Any]:
        data = self.summary.to_json()
        data["body"] = self.body
        data["removed"] = list(self.removed)
        data["quotes"] = [q.to_json() for q in self.quotes]
        return data


@dataclass(frozen=True)
class Speaker:
    """A canonical speaker across the library."""

    speaker: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    quote_count: int = 0
    article_count: int = 0
    kind: str = "named"

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "aliases": list(self.aliases),
            "description": self.description,
            "quote_count": self.quote_count,
            "article_count": self.article_count,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Hit:
    """A search result: the article, its score, and a snippet with marks."""

    article: ArticleSummary
    score: float
    snippet: str
    snippet_spans: tuple[Span, ...] = ()  # matched terms inside `snippet`

    def to_json(self) -> dict[str, Any]:
        data = self.article.to_json()
        data["score"] = round(self.score, 4)
        data["snippet"] = self.snippet
        data["snippet_spans"] = [list(s) for s in self.snippet_spans]
        return data


@dataclass(frozen=True)
class SearchResult:
    """Hits for a query, a "did you mean" suggestion, or a one-line error."""

    query: str
    hits: tuple[Hit, ...] = ()
    total: int = 0
    suggestion: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Failure:
    """A file that could not be added, with a one-line reason."""

    path: str
    reason: str


@dataclass
class AddReport:
    """Summary of one `add`: what was new, unchanged, or failed and why."""

    added: list[ArticleSummary] = field(default_factory=list)
    unchanged: list[ArticleSummary] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [a.to_json() for a in self.added],
            "unchanged": [a.to_json() for a in self.unchanged],
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failed],
        }


@dataclass(frozen=True)
class Passage:
    """A sentence or short run of sentences in one article's body."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class AlignedPair:
    """Two passages that carry the same fact; `*_diff` mark differing words."""

    a: Passage
    b: Passage
    score: float
    a_diff: tuple[Span, ...] = ()  # offsets into the body of A
    b_diff: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "score": round(self.score, 4),
            "a_diff": [list(s) for s in self.a_diff],
            "b_diff": [list(s) for s in self.b_diff],
        }


@dataclass(frozen=True)
class SharedQuote:
    """The same speaker's quotation as carried by both articles."""

    speaker: str | None
    a: Quote
    b: Quote
    same_wording: bool
    score: float = 1.0
    a_diff: tuple[Span, ...] = ()
    b_diff: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "a_text": self.a.text,
            "b_text": self.b.text,
            "same_wording": self.same_wording,
            "score": round(self.score, 4),
            "a_start": self.a.start,
            "b_start": self.b.start,
        }


@dataclass(frozen=True)
class Comparison:
    """Everything the compare screen and `newsreader compare` show."""

    a: ArticleSummary
    b: ArticleSummary
    similarity: float
    aligned: tuple[AlignedPair, ...] = ()
    only_a: tuple[Passage, ...] = ()
    only_b: tuple[Passage, ...] = ()
    shared_quotes: tuple[SharedQuote, ...] = ()
    only_a_quotes: tuple[Quote, ...] = ()
    only_b_quotes: tuple[Quote, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "similarity": round(self.similarity, 4),
            "aligned": [p.to_json() for p in self.aligned],
            "only_a": [p.to_json() for p in self.only_a],
            "only_b": [p.to_json() for p in self.only_b],
            "shared_quotes": [q.to_json() for q in self.shared_quotes],
            "only_a_quotes": [q.to_json() for q in self.only_a_quotes],
            "only_b_quotes": [q.to_json() for q in self.only_b_quotes],
        }


@dataclass(frozen=True)
class Related:
    """An article related to another, with a 0..1 score."""

    article: ArticleSummary
    score: float

    def to_json(self) -> dict[str, Any]:
        data = self.article.to_json()
        data["score"] = round(self.score, 4)
        return data
