"""The learned speaker layer: shipped weights, candidates, and that it only refines the rules."""

from __future__ import annotations

import pytest

from index import speaker_model as sm
from index.quote_filter import keep_quote
from index.attribution import Attributor
from index.quote_marks import find_marks
from index.quotes import extract_quotes

BODY = ("Kremlin spokesman Dmitry Peskov met reporters on Monday. Sen. Maria Lopez was there too.\n"
        "\u201cWe are watching closely,\u201d Peskov said.\n"
        "Lopez disagreed. \u201cNothing has changed,\u201d she said.")


def test_model_ships_small_and_loads() -> None:
    assert sm.MODEL_PATH.exists()
    assert sm.MODEL_PATH.stat().st_size < 64_000
    model = sm.load_model()
    assert model and model["speaker"]["weights"]
    assert "rule" in model["speaker"]["weights"] or any(k.endswith("|rule") for k in model["speaker"]["weights"])


def test_candidates_cover_rule_choice_and_window_mentions() -> None:
    marks = find_marks(BODY)
    att = Attributor(BODY, marks)
    atts = att.run()
    cands = sm.candidates(att, atts)
    assert len(cands) == len(marks)
    names = {c.name for c in cands[1]}
    assert atts[1].speaker in names
    assert "Maria Lopez" in names
    assert "Dmitry Peskov" not in names  # 'she': a first name the lists know as a man's filters him out
    assert "Dmitry Peskov" in {c.name for c in cands[0]}
    rule = next(c for c in cands[1] if c.name == atts[1].speaker)
    assert any(k.endswith("|rule") for k in rule.feats)


def test_local_named_cue_stands() -> None:
    q = extract_quotes(BODY)
    assert q[0].speaker == "Dmitry Peskov"
    assert q[1].speaker in ("Maria Lopez", "Dmitry Peskov")  # the ranker may weigh the nearer speaker


def test_disabled_model_gives_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    on = extract_quotes(BODY)
    monkeypatch.setattr(sm, "ENABLED", False)
    off = extract_quotes(BODY)
    assert [x.text for x in on] == [x.text for x in off]


def test_filter_keeps_whole_sentences() -> None:
    body = "The mayor spoke.\n\u201cWe will fix the roads.\u201d"
    m = find_marks(body)[0]
    a = Attributor(body, [m]).run()[0]
    assert keep_quote(body, m, a)


def test_uncued_quote_far_from_any_speaker_stays_anonymous() -> None:
    body = ("\u201cTurnout was low,\u201d the state-run RIA Novosti news agency wrote.\n"
            "The weather was cold.\n"
            "\u201cNobody knows what happens after the vote, and nobody is asking the question either.\u201d")
    q = extract_quotes(body)
    assert q[-1].speaker is None


def _first_pronoun_candidates(body: str) -> dict[str, dict[str, float]]:
    """The features of each candidate speaker of the body's first quotation, cued by a pronoun."""
    att = Attributor(body, find_marks(body))
    atts = att.run()
    assert atts[0].kind == "pronoun"
    return {c.name: c.feats for c in sm.candidates(att, atts)[0]}


def test_pronoun_candidates_carry_salience() -> None:
    body = ("Sen. Maria Lopez said the bill would pass. Lopez told reporters on Tuesday that it had support.\n"
            "Her aide, Paul Grant, stood by. \u201cWe have the votes,\u201d she said.")
    cands = _first_pronoun_candidates(body)
    lopez = cands["Maria Lopez"]
    assert lopez.get("s_cued", 0) > 0  # given the floor in indirect speech before the quotation
    assert "Paul Grant" not in cands  # 'she' is never Paul Grant
    assert lopez.get("s_rank1") and lopez.get("s_same0")  # Grant named since, but no other woman
    named = Attributor(BODY, find_marks(BODY))
    first = sm.candidates(named, named.run())[0]
    assert not any(k.startswith("s_") for c in first for k in c.feats)  # salience is for pronoun cues only


def test_pronoun_chain_head_and_listener() -> None:
    """'He said … He told Grant … “…,” he said': the run's opening subject, not the man told."""
    body = ("Sen. Tom Reyes spoke in Ohio on Monday. He said the bill would pass. He told Paul Grant the vote was "
            "close.\n\u201cWe have the votes,\u201d he said.")
    cands = _first_pronoun_candidates(body)
    assert cands["Tom Reyes"].get("c_head_far")  # two 'He' sentences back to the subject that opened them
    assert not any(k.startswith("c_head") for k in cands["Paul Grant"])
    assert cands["Paul Grant"].get("listener") and not cands["Tom Reyes"].get("listener")


def test_chain_breaks_at_a_sentence_without_the_pronoun() -> None:
    from index.pronoun_chain import PronounChains, is_listener

    body = "Tom Reyes arrived late. The crowd cheered loudly. He waved. \u201cThank you,\u201d he said."
    att = Attributor(body, find_marks(body))
    assert PronounChains(att).head(body.index("He waved"), "m")[0] is None
    assert PronounChains(att).head(body.index("The crowd"), "m") == ("Tom Reyes", 0)
    assert is_listener("She told Tom Reyes", len("She told "))


def test_role_tied_to_its_holder_is_not_reranked(monkeypatch: pytest.MonkeyPatch) -> None:
    """'the Mexican president, who said “…”' was tied to the man named with that role; a ranker that
    favours the most-mentioned man (here: weights on mention count alone) must not take it from him."""
    body = ("Donald Trump flew to Mexico City, and Trump said the trip went well.\n"
            "Trump spent an hour with President Carlos Ruiz at the palace on Wednesday.\n"
            "Trump endured a lecture from the Mexican president, who said trade is good for "
            "\u201cthe U.S. as well as Mexico\u201d and that jobs rely on it.")
    marks = find_marks(body)
    att = Attributor(body, marks)
    atts = att.run()
    assert atts[0].speaker == "Carlos Ruiz" and atts[0].as_written == "the Mexican president"
    model = {"speaker": {"weights": {"count": 10.0}, "margin": 0.0}}
    monkeypatch.setattr(sm, "load_model", lambda: model)
    assert sm.rerank(att, atts)[0].speaker == "Carlos Ruiz"
    atts[0].as_written = "Ruiz"  # the same choice from a plain name at the cue is open to the ranker
    assert sm.rerank(att, atts)[0].speaker == "Donald Trump"
