"""Quotation spans: exact offsets, marks of every kind, never a crash, and
the hand-checked quotations of the five sample articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.quote_marks import find_marks
from index.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_data"
EXPECTED = json.loads((Path(__file__).parent / "data" / "sample_quotes.json").read_text(encoding="utf-8"))


def _body(path: Path) -> str:
    """The cleaned body when the cleaner is there and works, else the raw text."""
    raw = path.read_text(encoding="utf-8")
    try:
        from index.clean import clean

        return clean(raw).body
    except Exception:  # the cleaner is another module's work; quotes must not depend on it
        return raw


def _norm(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").split())


@pytest.mark.parametrize("stem", sorted(k for k in EXPECTED if not k.startswith("_")))
def test_sample_article_quotes(stem: str) -> None:
    body = _body(SAMPLES / f"{stem}.txt")
    quotes = extract_quotes(body)
    expected = EXPECTED[stem]
    for q in quotes:
        assert body[q.start:q.end] == q.text
    for exp in expected["quotes"]:
        hits = [q for q in quotes if _norm(q.text).startswith(_norm(exp["text"]))]
        assert hits, f"missing quotation {exp['text']!r}"
        speaker = hits[0].speaker or ""
        if "speaker" in exp:
            assert speaker == exp["speaker"], exp["text"]
        else:
            assert exp["speaker_contains"].lower() in speaker.lower(), (exp["text"], speaker)
        if "description" in exp:
            assert _norm(hits[0].description or "") == _norm(exp["description"]), exp["text"]
    wanted = [_norm(e["text"]) for e in expected["quotes"]]
    extra = [q.text for q in quotes if not any(_norm(q.text).startswith(w) for w in wanted)]
    assert extra == []
    for nq in expected["not_quotes"]:
        assert not any(_norm(q.text).strip(" ,.") == _norm(nq) for q in quotes), nq


@pytest.mark.parametrize("body,texts", [
    ('He said "yes" and "no."', ["yes", "no."]),
    ("“Curly,” she said.", ["Curly,"]),
    ("„Low-high“ marks", ["Low-high"]),
    ("«Guillemets» too", ["Guillemets"]),
    ("“Open and never closed\nNext paragraph", ["Open and never closed"]),
    ("A stray closing mark” here", []),
    ("“Mixed marks,\" she said.", ["Mixed marks,"]),
    ("“A”“B”", ["A", "B"]),
])
def test_mark_pairing(body: str, texts: list[str]) -> None:
    assert [body[m.start:m.end] for m in find_marks(body)] == texts


def test_text_excludes_marks_and_offsets_are_exact() -> None:
    body = "Intro line.\n\n“We will win,” said Ann Park.\n\nMore."
    (q,) = extract_quotes(body)
    assert q.text == "We will win," and body[q.start - 1] == "“" and body[q.end] == "”"


def test_windows_newlines_and_single_newlines_both_split_paragraphs() -> None:
    for sep in ("\n", "\n\n", "\r\n"):
        body = sep.join(["Mayor Frank Ortiz spoke.", "“Open quote never closed", "Plain text here."])
        quotes = extract_quotes(body)
        assert all("Plain" not in q.text for q in quotes)


_ALPHABET = st.sampled_from(list("ab .,\n\"“”‘’'„«»:—") + ["said", " he ", "Smith ", "Mr. ", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_spans_are_exact_and_nothing_raises(body: str) -> None:
    for q in extract_quotes(body):
        assert 0 <= q.start < q.end <= len(body)
        assert body[q.start:q.end] == q.text
        assert q.kind in {"named", "pronoun", "nominal", "org", "none"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_raises(body: str) -> None:
    for q in extract_quotes(body):
        assert body[q.start:q.end] == q.text


def test_odd_number_of_marks_does_not_raise() -> None:
    body = '"One," he said. "Two. "Three\n"Four'
    quotes = extract_quotes(body)
    assert all(body[q.start:q.end] == q.text for q in quotes)
