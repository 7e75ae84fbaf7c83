"""Ranking: BM25 with each article's length normalisation done at ingest.

Whoosh's BM25F reads every matching document's field length at query time;
on a library where a story's words are in most articles that read was most of
a search (a one-word query scored ~10,000 documents in ~70 ms). Here the
length factor is folded into the term weights when the article is indexed
(`body_boost`), so scoring needs only the stored weight: "impact" scoring, as
search engines precompute it. The ranking is BM25's, with the average length
taken as a typical news article's instead of this library's (which changes
with every add and would mean re-indexing).
"""

from __future__ import annotations

from whoosh.scoring import BaseScorer, WeightingModel

B = 0.75  # BM25's length normalisation strength
K1 = 1.2  # BM25's term-frequency saturation
AVERAGE_WORDS = 700  # a typical news article (title, outlet and body as indexed)


def body_boost(words: int) -> float:
    """Multiplier for every term weight of a document of `words` words."""
    return 1.0 / (1.0 - B + B * max(words, 1) / AVERAGE_WORDS)


def _saturate(weight: float) -> float:
    return weight * (K1 + 1.0) / (weight + K1)


class ImpactScorer(BaseScorer):
    """idf × saturated(weight); monotone in weight, so block maxima bound it."""

    def __init__(self, idf: float, max_weight: float) -> None:
        self.idf = idf
        self._max = idf * _saturate(max_weight)

    def supports_block_quality(self) -> bool:
        return True

    def score(self, matcher) -> float:
        return self.idf * _saturate(matcher.weight())

    def max_quality(self) -> float:
        return self._max

    def block_quality(self, matcher) -> float:
        return self.idf * _saturate(matcher.block_max_weight())


class ImpactBM25(WeightingModel):
    """The searchers' weighting model (see the module docstring)."""

    def supports_block_quality(self) -> bool:
        return True

    def scorer(self, searcher, fieldname, text, qf=1):
        parent = searcher.get_parent()  # idf is a whole-index statistic
        info = searcher.term_info(fieldname, text)
        return ImpactScorer(parent.idf(fieldname, text), info.max_weight())
