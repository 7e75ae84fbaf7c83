"""Pronoun shapes from a train audit (session 13): interrupted and split quotations, 'she' never a man's name."""

from __future__ import annotations

from dataclasses import replace

from index import speaker_model as sm
from index.attribution import Attributor
from index.naming import Attribution
from index.quote_marks import find_marks
from index.quotes import extract_quotes
from index.segment_ties import tie_segments


def test_quotation_resumed_after_an_interruption_keeps_its_speaker():
    body = ("The audience chanted \"Lock the gates!\" as the sheriff arrived.\n\n"
            "Earlier, Sheriff Wade Pollard praised the plan.\n\n"
            "He said, \"Mayor Tom Jensen will fix the roads\" - at which point the audience chanted "
            "\"Fix the roads!\" - \"and cut the taxes of every family in town.\"\n")
    got = {q.text[:12]: q.speaker for q in extract_quotes(body)}
    assert got["Fix the road"] == "The audience"
    assert got["and cut the "] == "Wade Pollard"


def test_split_quotation_segments_share_the_first_segments_speaker():
    body = ("Nora Quill and Pia Brandt spoke.\n\n"
            "\u201cWe will win this seat,\u201d she said. \u201cThe voters are with us.\u201d\n")
    marks = find_marks(body)
    at = body.index("she said")
    atts = [Attribution("Nora Quill", "she", "pronoun", "said", None, True, np_at=at),
            Attribution("Pia Brandt", "she", "pronoun", "said", None, True, np_at=at)]
    assert [a.speaker for a in tie_segments(body, marks, atts)] == ["Nora Quill", "Nora Quill"]


def test_segments_with_their_own_cues_stay_apart():
    body = "\u201cWe will win,\u201d she said. \u201cNo, you will not,\u201d he said.\n"
    marks = find_marks(body)
    atts = [Attribution("Nora Quill", "she", "pronoun", "said", None, True, np_at=body.index("she")),
            Attribution("Karl Brandt", "he", "pronoun", "said", None, True, np_at=body.index("he said"))]
    assert [a.speaker for a in tie_segments(body, marks, atts)] == ["Nora Quill", "Karl Brandt"]


def test_she_is_never_a_rule_speaker_with_a_male_first_name():
    body = ("With her husband, former Governor Tom Harlan, standing by her side, Joan Harlan spoke.\n\n"
            "\u201cThis is your campaign,\u201d she said.\n")
    marks = find_marks(body)
    att = Attributor(body, marks)
    atts = att.run()
    atts[-1] = replace(atts[-1], speaker="Tom Harlan", as_written="she", kind="pronoun")
    names = [c.name for c in sm.candidates(att, atts)[-1]]
    assert "Tom Harlan" not in names
    assert "Joan Harlan" in names
