"""Whatever is typed into search gets results, a hint or an empty list, in
bounded time: never a traceback, never a hang (wildcards over a big lexicon)."""

from __future__ import annotations

import random
import time

import pytest

import index.library as library_module
from index.library import Library

ODD = [
    "", " ", "*", "?", "**", "*a*", "?*", "*?*?*", "a*", "title:*", "body:*e*", "outlet:",
    "foo:bar", "nosuchfield:*", ":", "::", "title:", "speaker:", "AND", "OR", "NOT", "AND OR NOT",
    "(", ")", "(()", "())", '"', '""', '"unclosed phrase', "^", "^2", "harbour^", "harbour^x",
    "~", "harbour~", "harbour~99", "[", "]", "[a TO", "title:[a TO z]", "{a TO b}", "<", ">=",
    "-", "+", "!", "\\", "\\*", "'", "harbour AND", "OR harbour", "NOT harbour", "a AND NOT",
    "NOT AND 0", "NOT NOT harbour",  # the first raised IndexError from the fallback parse
    "\x00", "\x1b[31m", "\ud800", "\U0001f600", "😀 harbour", "هرمز", "中文 新闻", "ǅ", "ﬁ",
    "harbour " * 2000, "x" * 10_000, "*a* *e* *i* *o* *u* ?? ?*? ?*?*? *n* *s* *t*",
    "*a* OR *e* OR *i* OR *o*", "title:*a* body:*e* outlet:*i*", "NOT *a*", "start:[0 TO 10]",
]


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Library:
    """~2,000 short articles over a 20,000-word made-up vocabulary: a big lexicon."""
    root = tmp_path_factory.mktemp("big")
    src = root / "src"
    src.mkdir()
    rng = random.Random(5)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(20_000)]
    for n in range(2000):
        paras = [" ".join(rng.choice(vocab) for _ in range(40)).capitalize() + "." for _ in range(2)]
        (src / f"a{n:05d}.txt").write_text(
            f"Report {n} on the {rng.choice(vocab)} harbour affair\n\n" + "\n\n".join(paras) + "\n"
        )
    saved = library_module.BATCH
    library_module.BATCH = 10_000  # one commit: building takes ~15 s instead of ~80 s
    try:
        report = Library(root / "lib").add([src])
    finally:
        library_module.BATCH = saved
    assert len(report.added) == 2000
    return Library(root / "lib")


def _answered(lib: Library, query: str, budget: float = 5.0):
    start = time.perf_counter()
    result = lib.search(query, limit=10)
    elapsed = time.perf_counter() - start
    assert elapsed < budget, f"{query[:40]!r} took {elapsed:.1f} s"
    if len(result.hits) < 10:
        assert result.total == len(result.hits)  # no "219 matching" above an empty list
    for hit in result.hits:
        assert hit.article.id and hit.article.title  # articles only, never quotation documents
        for start_, end in hit.snippet_spans:
            assert 0 <= start_ <= end <= len(hit.snippet)
    return result, elapsed


@pytest.mark.slow
@pytest.mark.parametrize("query", ODD, ids=lambda q: repr(q[:20]))
def test_odd_queries_on_a_big_library(big: Library, query: str) -> None:
    _answered(big, query)


@pytest.mark.slow
def test_wildcards_are_bounded_and_say_so(big: Library) -> None:
    result, elapsed = _answered(big, "*a*", budget=3.0)
    assert result.hits and "wildcard" in (result.error or "")
    assert result.total <= 2000  # an estimate never claims more articles than exist
    result, _ = _answered(big, "*a* *e* *i* *o* *u* ?? ?*? ?*?*? *n* *s* *t*", budget=3.0)
    assert "wildcard" in (result.error or "")
    narrow, _ = _answered(big, "harb*")  # a small expansion is searched whole, no hint
    assert narrow.total == 2000 and narrow.error is None


def test_an_unknown_field_gets_a_hint(sample_library: Library) -> None:
    result = sample_library.search("nosuchfield:putin")
    assert result.error == "no field called 'nosuchfield'; searched it as a word"
    assert sample_library.search("speaker:peskov").error is None


def test_odd_queries_on_the_samples(sample_library: Library) -> None:
    for query in ODD:
        _answered(sample_library, query, budget=3.0)
        sample_library.quotes(text=query[:200])
        sample_library.match_spans(query, "The harbour council met.")


ALPHABET = "ab *?~^:\"()[]{}-+!\\/'AND OR NOT TO title body outlet speaker é中😀\x00\x1b"


def _random_queries(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.slow
def test_random_queries_on_a_big_library(big: Library) -> None:
    for query in _random_queries(99, 60):  # ~0.4 s each, mostly "did you mean"
        _answered(big, query)


def test_random_queries_on_the_samples(sample_library: Library) -> None:
    for query in _random_queries(7, 300):
        _answered(sample_library, query, budget=3.0)
