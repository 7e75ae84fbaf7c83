"""Search on the sample library: ranking, phrases, fields, snippets,
suggestions, and queries that would trip a parser."""

from __future__ import annotations

import pytest

from index.library import Library


def _outlets(lib: Library, query: str) -> list[str | None]:
    return [h.article.outlet for h in lib.search(query).hits]


def test_koffler_ranks_the_fox_article_first(sample_library: Library) -> None:
    result = sample_library.search("Koffler")
    assert result.hits and result.hits[0].article.outlet == "Fox News"
    hit = result.hits[0]
    assert any(hit.snippet[s:e].lower() == "koffler" for s, e in hit.snippet_spans)


def test_phrase_finds_both_articles_that_use_it(sample_library: Library) -> None:
    bodies = {s.id: sample_library.get(s.id).body for s in sample_library.list()}
    users = {aid for aid, body in bodies.items() if "more predictable" in body.lower()}
    assert len(users) == 2
    found = {h.article.id for h in sample_library.search('"more predictable"').hits}
    assert found == users


def test_phrase_is_stricter_than_words(sample_library: Library) -> None:
    words = {h.article.id for h in sample_library.search("more predictable").hits}
    phrase = {h.article.id for h in sample_library.search('"more predictable"').hits}
    assert phrase <= words


def test_boolean_and_field_queries(sample_library: Library) -> None:
    assert _outlets(sample_library, "outlet:fox") == ["Fox News"]
    assert _outlets(sample_library, "koffler OR peskov").count("WN24") == 1
    no_fox = _outlets(sample_library, "putin NOT koffler")
    assert no_fox and "Fox News" not in no_fox
    assert "WN24" in _outlets(sample_library, "speaker:peskov")


def test_stemming_matches_word_forms(sample_library: Library) -> None:
    assert sample_library.search("endorsed").hits  # the Fox article says "endorse"


def test_did_you_mean_offers_a_real_word(sample_library: Library) -> None:
    result = sample_library.search("Kofler")
    assert not result.hits
    assert result.suggestion and "koffler" in result.suggestion.lower()


@pytest.mark.parametrize(
    "query",
    ['"unclosed phrase', "putin AND", "AND", "OR OR", "(", ")", "title:", "nosuchfield:x",
     "*", "pu*", "::", '"', "NOT", "a" * 5000, "the", "[bold]x[/]", "\x1b[31mred"],
    ids=lambda q: repr(q[:20]),
)
def test_odd_queries_are_answered_not_crashed_on(sample_library: Library, query: str) -> None:
    result = sample_library.search(query)
    assert result.query == query
    assert isinstance(result.hits, tuple)


def test_malformed_query_gets_a_hint_and_still_searches(sample_library: Library) -> None:
    result = sample_library.search('"more predictable')
    assert result.error and "quote" in result.error
    assert result.hits
    assert sample_library.search("putin AND").error


def test_stop_words_only_is_explained(sample_library: Library) -> None:
    result = sample_library.search("the")
    assert not result.hits and result.error


def test_match_spans_marks_words_in_text(sample_library: Library) -> None:
    text = "Koffler said Putin endorses; the endorsement surprised Koffler's readers."
    spans = sample_library.match_spans("koffler endorse", text)
    words = [text[s:e].lower() for s, e in spans]
    assert words.count("koffler") == 2 and "endorses" in words
    assert "surprised" not in words and "said" not in words
