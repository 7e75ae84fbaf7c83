"""Compare two articles: alignments known by construction, quotes, samples, properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.align import split_passages
from index.compare import compare
from index.model import Article, ArticleSummary, Quote

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"

# Five facts of one invented story, each told by two outlets in different words.
STORY_A = [
    "The city council of Brennholt voted on Tuesday to close the old harbour bridge for repairs.",
    "Engineers found deep cracks in two of the bridge's steel pylons during a routine inspection.",
    "Mayor Ilse Vandermeer said the closure would last at least eight months.",
    "Ferry operators expect record passenger numbers while the crossing is shut.",
    "The repairs are estimated to cost 42 million euros, paid mostly by the regional government.",
]
STORY_B = [
    "Brennholt's council decided in a Tuesday vote that the aging harbour bridge will close for repairs.",
    "A routine inspection had revealed deep cracks in the steel pylons holding up the bridge.",
    "The closure is expected to last eight months or more, according to Mayor Ilse Vandermeer.",
    "Ferry companies are preparing for record passenger numbers during the shutdown of the crossing.",
    "The regional government will pay most of the estimated 42 million euro repair bill.",
]
UNRELATED = [
    "A rare orchid bloomed for the first time in the botanical garden of Lisbon.",
    "Gardeners had waited eleven years for the plant to flower.",
    "Visitors queued for hours to photograph its pale yellow petals.",
]
FILLER = [
    "Local schools announced new timetables for the autumn term.",
    "A jazz festival drew crowds to the old market square over the weekend.",
    "Weather forecasters predict a dry and sunny September.",
    "The football club signed a young goalkeeper from Portugal.",
    "A bakery on Mill Street celebrated its hundredth anniversary.",
]


def make(body: str, quotes: tuple[Quote, ...] = (), aid: str = "x") -> Article:
    return Article(ArticleSummary(aid, aid, None, None, aid + ".txt"), body, quotes=quotes)


def quote(body: str, text: str, speaker: str | None, kind: str) -> Quote:
    start = body.index(text)
    return Quote(text, start, start + len(text), speaker, kind=kind)


def pairs(cmp) -> list[tuple[str, str]]:
    return [(p.a.text, p.b.text) for p in cmp.aligned]


def test_paraphrased_sentences_align_one_to_one_in_order():
    cmp = compare(make(" ".join(STORY_A)), make(" ".join(STORY_B)))
    assert pairs(cmp) == list(zip(STORY_A, STORY_B))
    assert not cmp.only_a and not cmp.only_b
    assert cmp.similarity > 0.7


def test_differing_words_are_marked_inside_each_pair():
    a_body, b_body = " ".join(STORY_A), " ".join(STORY_B)
    cmp = compare(make(a_body), make(b_body))
    first = cmp.aligned[0]
    a_marked = " ".join(a_body[s:e] for s, e in first.a_diff)
    b_marked = " ".join(b_body[s:e] for s, e in first.b_diff)
    assert "voted on" in a_marked and "decided in a" in b_marked
    assert "harbour" not in a_marked and "harbour" not in b_marked


def test_identical_articles_align_fully_without_differences():
    body = "\n\n".join(STORY_A)
    cmp = compare(make(body), make(body))
    assert len(cmp.aligned) == len(STORY_A)
    assert all(not p.a_diff and not p.b_diff for p in cmp.aligned)
    assert cmp.similarity > 0.95


def test_reordered_paragraphs_keep_one_order_and_leave_the_moved_one_unpaired():
    a = "\n\n".join(STORY_A)
    b = "\n\n".join([STORY_B[0], STORY_B[2], STORY_B[1], STORY_B[3], STORY_B[4]])
    cmp = compare(make(a), make(b))
    got = pairs(cmp)
    assert (STORY_A[0], STORY_B[0]) in got and (STORY_A[4], STORY_B[4]) in got
    assert len(got) == 4  # one of the two swapped facts cannot be paired in order
    assert {p.text for p in cmp.only_a} <= {STORY_A[1], STORY_A[2]}


def test_twice_as_long_article_aligns_its_story_and_keeps_the_rest_only_in_b():
    b_sents = [s for pair in zip(STORY_B, FILLER) for s in pair]
    cmp = compare(make(" ".join(STORY_A)), make(" ".join(b_sents)))
    assert pairs(cmp) == list(zip(STORY_A, STORY_B))
    assert [p.text for p in cmp.only_b] == FILLER
    assert cmp.similarity > 0.5


def test_two_short_sentences_may_pair_with_one_long_one():
    a = "Engineers found deep cracks in the steel pylons. The cracks were found during a routine inspection."
    b = "A routine inspection found deep cracks in the bridge's steel pylons, engineers said."
    cmp = compare(make(a), make(b))
    assert len(cmp.aligned) == 1
    assert cmp.aligned[0].a.text == a


def test_unrelated_articles_score_low_and_align_nothing():
    cmp = compare(make(" ".join(STORY_A)), make(" ".join(UNRELATED)))
    assert cmp.aligned == ()
    assert cmp.similarity < 0.15


def test_a_quote_reworded_by_one_outlet_is_shared_but_not_same_wording():
    qa = "The bridge is no longer safe and we had no other choice"
    qb = "The bridge is not safe anymore and there was no other choice"
    a = f'"{qa}," said a senior engineer with the city. Ferries will run.'
    b = f'"{qb}," an official at the city\'s engineering department told reporters.'
    cmp = compare(
        make(a, (quote(a, qa, "a senior engineer with the city", "nominal"),)),
        make(b, (quote(b, qb, "an official at the city's engineering department", "nominal"),)),
    )
    (shared,) = cmp.shared_quotes
    assert not shared.same_wording
    assert "longer" in " ".join(a[s:e] for s, e in shared.a_diff)
    assert "anymore" in " ".join(b[s:e] for s, e in shared.b_diff)


def test_same_quote_same_wording_and_unmatched_quotes_stay_on_their_side():
    q1 = "We will rebuild it stronger than before"
    only = "Nobody was hurt, thank God"
    a = f"“{q1},” Mayor Ilse Vandermeer said. “{only},” a witness said."
    b = f"Vandermeer promised: “{q1}.”"
    cmp = compare(
        make(a, (quote(a, q1, "Ilse Vandermeer", "named"), quote(a, only, None, "nominal"))),
        make(b, (quote(b, q1 + ".", "Ilse Vandermeer", "named"),)),
    )
    assert [s.same_wording for s in cmp.shared_quotes] == [True]
    assert cmp.shared_quotes[0].speaker == "Ilse Vandermeer"
    assert [q.text for q in cmp.only_a_quotes] == [only]


def test_similar_words_from_two_different_named_speakers_do_not_match():
    text = "the harbour bridge must close for repairs this winter"
    a, b = f"“{text},” Vandermeer said.", f"“{text} now,” Jansen said."
    cmp = compare(
        make(a, (quote(a, text, "Ilse Vandermeer", "named"),)),
        make(b, (quote(b, text + " now", "Piet Jansen", "named"),)),
    )
    assert cmp.shared_quotes[0].score < 1.0  # near-identical words still match, penalised


# --- the sample articles -------------------------------------------------------


def sample(prefix: str) -> Article:
    path = next(SAMPLES.glob(prefix + "_*.txt"))
    body = path.read_text(encoding="utf-8")
    try:
        from index.clean import clean

        body = clean(body).body
    except ImportError:
        pass
    quotes = tuple(
        Quote(m.group(1), m.start(1), m.end(1), None, kind="nominal")
        for m in re.finditer(r"“([^”\n]+)”", body)
    )
    return make(body, quotes, prefix)


@pytest.fixture(scope="module")
def kremlin():
    return compare(sample("003"), sample("004"))


def test_samples_kremlin_cheering_pair_is_similar_and_unrelated_pair_is_not(kremlin):
    unrelated = compare(sample("002"), sample("003"))
    assert kremlin.similarity > 0.45
    assert unrelated.similarity < 0.15
    assert kremlin.similarity > 4 * unrelated.similarity


@pytest.mark.parametrize("needle", ["debate", "cheering for Trump", "Bondarev", "Suslov"])
def test_samples_aligned_passages_carry_the_shared_facts(kremlin, needle):
    assert any(needle in p.a.text and needle in p.b.text for p in kremlin.aligned)


def test_samples_cheering_quote_is_shared_and_flagged_reworded(kremlin):
    cheer = [s for s in kremlin.shared_quotes if "cheering" in s.a.text]
    assert len(cheer) == 1 and "cheering" in cheer[0].b.text
    assert not cheer[0].same_wording
    assert cheer[0].a_diff and cheer[0].b_diff


# --- properties ----------------------------------------------------------------

SENTENCES = STORY_A + STORY_B + UNRELATED + FILLER


@st.composite
def bodies(draw) -> str:
    chosen = draw(st.lists(st.sampled_from(SENTENCES), max_size=12))
    seps = draw(st.lists(st.sampled_from([" ", "\n", "\n\n", "  "]), min_size=len(chosen), max_size=len(chosen)))
    return "".join(s + sep for s, sep in zip(chosen, seps))


@settings(max_examples=60, deadline=None)
@given(bodies(), bodies())
def test_spans_are_inside_bodies_and_alignment_preserves_order(a_body, b_body):
    cmp = compare(make(a_body), make(b_body))
    for p in cmp.aligned:
        assert a_body[p.a.start : p.a.end] == p.a.text
        assert b_body[p.b.start : p.b.end] == p.b.text
        assert all(p.a.start <= s < e <= p.a.end for s, e in p.a_diff)
        assert all(p.b.start <= s < e <= p.b.end for s, e in p.b_diff)
        assert 0.0 <= p.score <= 1.0
    for side, body in ((cmp.only_a, a_body), (cmp.only_b, b_body)):
        assert all(body[p.start : p.end] == p.text for p in side)
    ends_a = [(p.a.start, p.a.end) for p in cmp.aligned]
    ends_b = [(p.b.start, p.b.end) for p in cmp.aligned]
    assert all(x[1] <= y[0] for x, y in zip(ends_a, ends_a[1:]))
    assert all(x[1] <= y[0] for x, y in zip(ends_b, ends_b[1:]))
    n_aligned_a = sum(len(split_passages(p.a.text)) for p in cmp.aligned)
    assert n_aligned_a + len(cmp.only_a) == len(split_passages(a_body))
    assert 0.0 <= cmp.similarity <= 1.0
