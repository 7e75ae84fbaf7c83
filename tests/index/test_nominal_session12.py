"""Nominal speakers found in a train audit (session 12): a role as the subject of an uncued partial
quotation, roles tied to the person the article titles with them, and a few missing speech verbs."""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES = [
    # a role heading the quotation's own clause, with no cue verb: the role, not the last paragraph's speaker
    ("role_subject_not_previous_speaker",
     "\u201cWe need bold changes,\u201d Tom Brandt said.\n\n"
     "It was a contrast to Brandt. Reprising one of her lines, the former governor talked about keeping "
     "the \u201cprogress we made\u201d in the state.",
     "progress we made", "the former governor"),
    ("role_subject_not_quoted_name",
     "\u201cHate alone will not win it,\u201d said Luis Ortega, a strategist.\n\n"
     "The GOP nominee has staked much of his campaign on trade, portraying migrants as "
     "\u201cthieves and criminals\u201d who take jobs.",
     "thieves and criminals", "The GOP nominee"),
    # 'riffed', 'fumed': speech verbs after the quotation
    ("riffed_after_quote",
     "At a rally, Dale Pruitt showed a clip of Gov. Nora Vance.\n\n"
     "\u201cGovernor Vance, let me help you out,\u201d the vice-presidential nominee riffed on Vance's answer.",
     "Governor Vance, let me help you out,", "the vice-presidential nominee"),
    ("fumed_after_quote",
     "Lawmakers left town.\n\n\u201cWe will not fold,\u201d Tom Brandt said.\n\n"
     "\u201cNone of that was needed,\u201d the committee chairman fumed on Tuesday.",
     "None of that was needed,", "the committee chairman"),
    # a bare role goes to the holder titled with it bare, not to a later holder of a narrower title
    ("bare_role_not_narrower_title",
     "President Alan Moss played golf with World Bank President Lee Chang on Saturday.\n\n"
     "\u201cWe may have to do it in pieces,\u201d the president said in an interview.",
     "We may have to do it in pieces,", "Alan Moss"),
    # an abbreviated title or an appositive ties the role to its holder
    ("abbreviated_title_ties_role",
     "Florida Sen. Ray Tolan spoke after the address.\n\n"
     "\u201cWe are at war,\u201d the Florida senator said.",
     "We are at war,", "Ray Tolan"),
    ("appositive_ties_role",
     "Ray Tolan, the Florida senator, spoke after the address.\n\n"
     "\u201cWe are at war,\u201d the senator said.",
     "We are at war,", "Ray Tolan"),
    # a role with a short 'of' phrase is a role, tied to its holder or kept whole (never the place as a name)
    ("role_of_place_ties_role",
     "Ohio Gov. Kyle Danner spoke on Monday.\n\n\u201cWe are tired,\u201d the governor of Ohio said.",
     "We are tired,", "Kyle Danner"),
    ("role_of_office_kept_whole",
     "\u201cWe will win,\u201d Tom Brandt said.\n\n"
     "\u201cI am not only here to do my job,\u201d the secretary of state said.",
     "I am not only here to do my job,", "the secretary of state"),
    # a state in the role that the holder's title lacks: the role stays a description
    ("state_must_match_title",
     "Tolan trails Dale Pruitt and fellow Senator Wade Corliss in the race.\n\n"
     "\u201cWe are at war,\u201d the Florida senator said.",
     "We are at war,", "the Florida senator"),
]


@pytest.mark.parametrize("body,quote,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(body: str, quote: str, speaker: str) -> None:
    got = {q.text: q.speaker for q in extract_quotes(body)}
    assert got[quote] == speaker
