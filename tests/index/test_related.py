"""Related articles and stories on a small real index and on invented groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.align import terms
from index.model import Article, ArticleSummary
from index.related import group_stories, related, stories
from index.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    try:
        from index.clean import clean

        return clean(text).body
    except ImportError:
        return text


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    """The five samples in a real index, ids "000".."004" after their file names."""
    store = Store(tmp_path_factory.mktemp("related"))
    writer = store.open().writer(compound=False)
    for path in sorted(SAMPLES.glob("*.txt")):
        aid = path.name[:3]
        summary = ArticleSummary(aid, path.stem, None, None, str(path))
        store.put_article(writer, Article(summary, _body(path)))
    writer.commit()
    with store.searcher() as s:
        yield s


def test_the_other_kremlin_cheering_article_is_most_related(searcher):
    got = related(searcher, "003", limit=3)
    assert got[0].article.id == "004"
    assert got[0].score > got[1].score
    assert all(0.0 < r.score <= 1.0 for r in got)
    assert "003" not in [r.article.id for r in got]


def test_limit_and_unknown_article(searcher):
    assert len(related(searcher, "000", limit=2)) == 2
    assert related(searcher, "nope") == []


def test_samples_form_one_story_of_the_two_cheering_articles(searcher):
    assert stories(searcher) == [["003", "004"]]


GLACIER = [
    "The Helmbreen glacier in Svalbard retreated 400 metres this summer, researchers said.",
    "Scientists at the Tromso polar institute measured the Helmbreen glacier's retreat by drone.",
    "Svalbard's Helmbreen glacier lost a record 400 metres, a Tromso polar institute study shows.",
]
CHIPS = [
    "Kestrel Semiconductor will build a chip factory near Dresden, costing 9 billion euros.",
    "A 9 billion euro Kestrel Semiconductor chip plant is coming to Dresden, the company said.",
]
OTHERS = [
    "A bakery on Mill Street celebrated its hundredth anniversary with free bread.",
    "The football club signed a young goalkeeper from Portugal on a three-year deal.",
]


def test_group_stories_joins_each_story_and_keeps_others_apart():
    texts = GLACIER + CHIPS + OTHERS
    ids = [f"a{k}" for k in range(len(texts))]
    groups = group_stories(ids, [terms(t) for t in texts])
    assert groups == [["a0", "a1", "a2"], ["a3", "a4"]]


def test_group_stories_on_an_empty_library():
    assert group_stories([], []) == []
