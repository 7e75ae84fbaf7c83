"""The bare-words fast path ranks exactly as Whoosh does, across segments and deletions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import index.library
from index import term_search
from index.library import Library
from index.search import ARTICLE_FIELDS, _article_filter, parse

QUERIES = ["putin biden", "trump ukraine", "kremlin election moscow", "putin OR koffler",
           "harris debate", "koffler zzzqx", "zzzqx OR peskov", "russia russia"]


@pytest.fixture
def segmented_library(tmp_path: Path, samples: Path, monkeypatch) -> Library:
    """Samples added one commit at a time, then two of them rewritten (deletions)."""
    monkeypatch.setattr(index.library, "BATCH", 1)
    folder = tmp_path / "in"
    shutil.copytree(samples, folder)
    lib = Library(tmp_path / "lib")
    lib.add([folder])
    for path in sorted(folder.glob("*.txt"))[:2]:
        path.write_text(path.read_text(encoding="utf-8") + "\n\nPutin and Biden spoke again.\n", encoding="utf-8")
    lib.add([folder])
    return lib


def test_fast_path_equals_whoosh(segmented_library: Library) -> None:
    term_search._CACHE.clear()
    with segmented_library.store.searcher() as searcher:
        assert len(searcher.leaf_searchers()) > 1 and searcher.reader().has_deletions()
        for text in QUERIES:
            query, _ = parse(searcher, text, ARTICLE_FIELDS)
            plain = term_search.plain_terms(query, "body")
            assert plain is not None, text
            for _ in range(2):  # cold, then from the posting cache
                fast = term_search.search_terms(searcher, "body", *plain, 10)
                results = searcher.search(query, limit=None, filter=_article_filter(query))
                slow = [(hit.docnum, hit.score) for hit in results]
                assert [d for d, _ in fast.top] == [d for d, _ in slow[:10]], text
                assert [s for _, s in fast.top] == pytest.approx([s for _, s in slow[:10]]), text
                assert fast.total == len(slow), text


def test_other_query_shapes_are_left_to_whoosh(sample_library: Library) -> None:
    with sample_library.store.searcher() as searcher:
        for text in ['"more predictable"', "title:putin biden", "putin NOT biden", "pu*", "putin^2 biden"]:
            query, _ = parse(searcher, text, ARTICLE_FIELDS)
            assert term_search.plain_terms(query, "body") is None, text


def test_search_results_do_not_depend_on_the_path(sample_library: Library) -> None:
    """A two-word query (fast path) and the same words as a phrase-free OR (Whoosh) agree
    on which articles match, and the hit count is exact."""
    both = sample_library.search("putin koffler")
    assert both.total == len(both.hits) >= 1
    assert all("koffler" in sample_library.get(h.article.id).body.lower() for h in both.hits)


def test_the_public_posting_reader_gives_the_same_weights(segmented_library: Library, monkeypatch) -> None:
    """The block reader uses whoosh-reloaded internals; the fallback (any other
    codec) must agree with it."""
    with segmented_library.store.searcher() as searcher:
        for leaf, _ in searcher.leaf_searchers():
            fast = term_search._read_weights(leaf.reader(), "body", "putin")
            monkeypatch.setattr(term_search, "W3LeafMatcher", type(None))
            slow = term_search._read_weights(leaf.reader(), "body", "putin")
            monkeypatch.undo()
            assert fast == slow
