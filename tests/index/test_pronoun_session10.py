"""Pronoun speakers: sentences a he/she opens, fronted clauses, roles standing for names, junk names."""

from __future__ import annotations

from index.attribution import Attributor
from index.headlines import headline_spans
from index.mentions import find_people
from index.non_persons import non_person
from index.pronoun_chain import PronounChains
from index.quote_marks import find_marks
from index.quotes import extract_quotes
from index.speaker_model import candidates


def _rules(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, as written) the rules give each quotation."""
    return [(a.speaker, a.as_written) for a in Attributor(body, find_marks(body)).run()]


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(body)]


_LEAD = ("Walt Grady is drawing sharp contrasts with his rivals.\n\n"
         "He said he and Ned Ostrander differ on trade and on the courts.\n\n"
         "He also asked whether voters want \u201ca leader who cannot keep his word.\u201d\n")


def test_name_in_a_sentence_he_opens_is_not_his_referent() -> None:
    """'He said he and Ostrander differ. He also asked “…”': still Grady, not the man he mentioned."""
    assert _rules(_LEAD) == [("Walt Grady", "He")]
    assert _speakers(_LEAD) == ["Walt Grady"]


def test_name_in_a_sentence_he_opens_is_not_its_first_mention() -> None:
    """The ranker's sent_first: the sentence is about 'he', so Ostrander is not its topic."""
    att = Attributor(_LEAD, find_marks(_LEAD))
    feats = {c.name: c.feats.get("sent_first", 0.0) for c in candidates(att, att.run())[0]}
    assert feats["Walt Grady"] == 1.0
    assert feats["Ned Ostrander"] == 0.0


_ASKED = ("Maria Lopez spoke to reporters on Monday.\n\n"
          "Asked about the race in which Carla Voss faces Ned Ostrander, she replied: "
          "\u201cI will wait and see.\u201d\n\n"
          "\u201cHonestly,\u201d she added.\n")


def test_name_inside_a_fronted_asked_clause_is_not_she() -> None:
    """'Asked about the race in which Voss faces …, she replied': she is the one asked, Lopez."""
    assert _rules(_ASKED) == [("Maria Lopez", "she"), ("Maria Lopez", "she")]
    assert _speakers(_ASKED) == ["Maria Lopez", "Maria Lopez"]


def test_fronted_asked_clause_does_not_head_the_chain() -> None:
    att = Attributor(_ASKED, find_marks(_ASKED))
    att.run()
    assert PronounChains(att).head(_ASKED.rindex("she replied"), "f")[0] == "Maria Lopez"


def test_he_after_a_role_is_the_man_named_before_it() -> None:
    """'Kessler spoke. “…,” the Republican candidate said. “…,” he added': Kessler, not the role."""
    body = ("Robert Kessler spoke in Iowa on Monday. "
            "\u201cWe will win,\u201d the Republican presidential candidate said.\n\n"
            "\u201cWe will win big,\u201d he added.\n")
    assert _rules(body)[1] == ("Robert Kessler", "he")
    assert _speakers(body)[1] == "Robert Kessler"


def test_plain_go_before_a_partial_quote_is_no_cue() -> None:
    """'his warning that Britain would go to the “back of the queue”': Britain says nothing."""
    body = ("Walt Grady left London on Friday. But he leaves behind anger over his warning that Britain "
            "would go to the \u201cback of the queue\u201d in any trade talks.\n")
    assert _rules(body)[0][0] != "Britain"
    assert _speakers(body) != ["Britain"]


def test_party_adjective_is_not_a_person() -> None:
    """"Her chief Democratic rival, Sen. Ned Ostrander": 'Democratic' is never 'he'."""
    assert non_person("Democratic")
    body = ("Carla Voss won the vote. Her chief Democratic rival, Sen. Ned Ostrander, skipped the meeting. "
            "Instead he gave a speech in which he pledged to be \u201ca friend to all people.\u201d\n")
    assert _speakers(body) == ["Ned Ostrander"]


def test_title_line_with_a_full_stop_is_a_headline() -> None:
    """'Mayor Wants City Workers Fired For Backing Strike.' names nobody called 'Fired For Backing Strike'."""
    text = "Mayor Wants City Workers Fired For Backing Strike.\n\nThe mayor spoke on Monday."
    assert headline_spans(text) == [(0, 50)]
    assert [m.name for m in find_people(text)] == []


def test_he_in_a_fronted_clause_is_the_main_subject() -> None:
    """'After he criticized the union for being “…,” Mayor John Brennan turned to …': Brennan's words."""
    body = ("The union met on Monday.\n\n"
            "After he criticized the union for being \u201ctoo greedy,\u201d Mayor John Brennan turned to the budget."
            "\n")
    assert _rules(body) == [("John Brennan", "he")]
