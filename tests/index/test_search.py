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


def test_bare_words_find_titles_and_outlets_and_snippets_show_only_the_body(tmp_path) -> None:
    """The default field indexes title + outlet + body; only the body is stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Zanzibar harbour reopens after the storm\n\nSource: Quillfeather Gazette\n\n"
        "The port authority said ships could dock again on Monday. Crews worked all week.\n",
        encoding="utf-8",
    )
    lib = Library(tmp_path / "lib")
    lib.add([folder])
    assert "Zanzibar" not in lib.get(lib.list()[0].id).body  # the title word is not in the body
    assert lib.list()[0].outlet == "Quillfeather Gazette"
    for query in ("zanzibar", "title:zanzibar", "harbour docks", "quillfeather", "outlet:gazette"):
        assert len(lib.search(query).hits) == 1, query
    hit = lib.search("zanzibar ships").hits[0]
    assert not hit.snippet.startswith("Zanzibar")  # the snippet is cut from the stored body
    assert [hit.snippet[s:e] for s, e in hit.snippet_spans] == ["ships"]


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


def test_ranking_normalises_length_and_saturates_repeats(tmp_path) -> None:
    """BM25 folded into the index (index.scoring): a word's weight in a short
    article beats the same count in a long one, and repeating a word helps less
    each time."""
    filler = " ".join(f"Paragraph {i} covers the weather and the traffic downtown." for i in range(120))
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {
        "short": "Quarry vote\n\nThe council discussed the quarry on Monday. Residents came.\n",
        "long": f"Quarry vote, long version\n\nThe council discussed the quarry on Monday. {filler}\n",
        "twice": "Quarry plans\n\nThe quarry plan and the quarry budget were discussed. Residents came.\n",
    }
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "lib")
    lib.add([folder])
    ranked = [h.article.path.rsplit("/", 1)[-1] for h in lib.search("council").hits]
    assert ranked == ["short.txt", "long.txt"]
    scores = {h.article.path.rsplit("/", 1)[-1][:-4]: h.score for h in lib.search("quarry").hits}
    assert scores["twice"] > scores["short"] > scores["long"]
    # four "quarry" against three in articles of about one length: 4/3 if counts added up
    assert scores["twice"] / scores["short"] < 1.2
