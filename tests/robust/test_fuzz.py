"""Property tests: the cleaner, the quotation extractor and the query path
never raise on any text, and keep their promises (spans inside the body,
quote text equal to the body at its span, sanitize and clean idempotent)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.clean import clean, sanitize
from index.quotes import extract_quotes

QUOTE_MARKS = '"“”‘’«»„\''
NEWSY = ["said", "told", "added", "he", "she", "Mayor Anna Novak", "Putin", "the official",
         "according to", "Reuters", "Sign up", "Photo:", "(AP)", "—", ":", ",", ".", "\n", "\n\n"]

# Text shaped like news with quotation marks, names and cues in odd places,
# mixed with arbitrary unicode (controls, surrogate-free) so every branch is reached.
news_text = st.lists(
    st.one_of(
        st.sampled_from(NEWSY),
        st.sampled_from(list(QUOTE_MARKS)),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
        st.text(alphabet="abcdefgh ABC.,", min_size=1, max_size=20),
    ),
    max_size=60,
).map(" ".join)

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(news_text)
def test_sanitize_is_idempotent_and_removes_controls(text: str) -> None:
    once = sanitize(text)
    assert sanitize(once) == once
    assert not CONTROLS.search(once) and "\r" not in once


@FAST
@given(news_text)
def test_clean_never_raises_and_is_idempotent(text: str) -> None:
    cleaned = clean(sanitize(text))
    assert not CONTROLS.search(cleaned.body)
    again = clean(cleaned.body)
    assert again.body == cleaned.body


@FAST
@given(news_text)
def test_quotes_are_spans_of_the_body(text: str) -> None:
    body = clean(sanitize(text)).body
    quotes = extract_quotes(body)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(body)
        assert body[q.start:q.end] == q.text
    starts = [q.start for q in quotes]
    assert len(set(starts)) == len(starts)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_quotes_on_raw_unicode_never_raise(text: str) -> None:
    for q in extract_quotes(text):
        assert text[q.start:q.end] == q.text


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    from index.library import Library
    from tests.conftest import SAMPLES

    lib = Library(tmp_path_factory.mktemp("fuzzlib"))
    lib.add([SAMPLES])
    return lib


query_text = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(["putin", "biden", "AND", "OR", "NOT", "(", ")", '"', "*", "?",
                              "title:", "speaker:", "outlet:", "nosuch:", "~", "^2", "[a TO z]",
                              "-", "+", "\\", "peskov*", "*e*"]), max_size=12).map(" ".join),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=query_text)
def test_any_query_is_answered(library, query: str) -> None:
    result = library.search(query, limit=5)
    for hit in result.hits:
        assert hit.article.id
        for start, end in hit.snippet_spans:
            assert 0 <= start <= end <= len(hit.snippet)
    library.quotes(text=query)
    for start, end in library.match_spans(query, "Putin and Biden met in Geneva."):
        assert 0 <= start < end <= 30
