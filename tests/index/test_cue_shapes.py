"""Cue shapes found in a train audit (session 10): time phrases, reported clauses, colons, 'with X -ing'."""

from __future__ import annotations

import pytest

from index.attribution import Attributor
from index.quote_marks import find_marks
from index.quotes import extract_quotes

CASES = [
    # a time phrase between the subject and 'said' is skipped, not read as the subject
    ("Sen. Dana Whitlock (D-Ore.) last week said Marsh was not the author of any \u201csecret\u201d memo.",
     ["Dana Whitlock"]),
    ("Dana Whitlock said earlier this month that the plan was \u201cdead on arrival.\u201d", ["Dana Whitlock"]),
    # 'said X' followed by a verb or a quoted phrase reports X, it does not invert
    ("Ray Tolan said Kendra Marsh \u201cwas personally involved in every decision.\u201d", ["Ray Tolan"]),
    # a colon after a predicate that follows an appositive: the sentence's subject speaks
    ("Senate Majority Leader Walt Grady, R-Ky., delivered a blunt message to Boyd: "
     "\u201cIt is time to stop attacking people.\u201d", ["Walt Grady"]),
    ("Boyd\u2019s business manager, Armstrong Pell, offered a different account: \u201cHe is fine.\u201d",
     ["Armstrong Pell"]),
    # 'with X -ing': the noun after 'with' does the speaking, not the sentence's subject
    ("Kendra Marsh and her backers tried to tie Tolan to the governor, with one of her ads asking, "
     "\u201cIs Ray Tolan independent enough?\u201d", ["one of her ads"]),
    ("Boyd and Grady used the harshest language, with Grady recently promising to "
     "\u201cbomb them into oblivion.\u201d", ["Grady"]),
    # 'kept asking': the subject of 'kept' asks
    # a retort with 'back', 'As X put it:', and '…, X said, adding, “'
    ("Tolan shot back, \u201cSecretary Marsh called them out.\u201d", ["Tolan"]),
    ("Kendra Marsh fired back: \u201cYou are wrong.\u201d", ["Kendra Marsh"]),
    ("As Ray Tolan, the No. 2 in the leadership, put it: \u201cThis person will not be confirmed.\u201d",
     ["Ray Tolan"]),
    ("Boyd and Marsh will meet next week, Tolan said, adding, \u201cThey need to sit down.\u201d", ["Tolan"]),
    # speech someone foresees ('that voters will say “no”') is the forecaster's phrase; a 'that' clause
    # with a plain verb is not ('so heated that Gov. Ray Tolan said, “…”')
    ("The debate grew so heated that Gov. Ray Tolan said, \u201cI need a translator.\u201d", ["Ray Tolan"]),
    ("The gaffe recalled 2013, when Marsh testified, and Sen. Ron Pell (R-Wis.) kept asking her why "
     "the department had blamed \u201cspontaneous\u201d protests.", ["Ron Pell"]),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_cue_shapes(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers


def test_foreseen_speech_is_the_forecasters_phrase() -> None:
    """'she expected that voters will say “no”': the rules give the word to her, not to the voters."""
    body = "Sen. Kendra Marsh said she expected that voters will say \u201cno\u201d to the plan."
    assert [a.speaker for a in Attributor(body, find_marks(body)).run()] == ["Kendra Marsh"]
