"""Nominal sources behind a clause (session 11): a participle after a text, a crowd in a relative clause,
and subject phrases that must not run back across a dash or a subordinator."""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES = [
    # a participle modifying the text ('released Thursday') leaves the text as the subject of the cue
    ("Sen. Ray Tolan told voters in Ames that he would win.\n\nA campaign TV ad released Thursday accuses "
     "Kendra Marsh of buying influence \u201cin a pattern of sleaze.\u201d", ["A campaign TV ad"]),
    ("A letter sent Monday warns that the party is \u201cin deep trouble.\u201d", ["A letter"]),
    # a crowd's verb after a relative clause: the crowd in that clause chants, not the main subject
    ("Kendra Marsh spoke in Camden, where about 50 protesters had gathered on Wednesday morning, chanting "
     "\u201cno contract, no peace\u201d after the talks failed.", ["50 protesters"]),
    ("Her first salvo was a web video in which children use a toy to knock over a dollhouse, yelling "
     "\u201ceminent domain!\u201d", ["children"]),
    # a subject read back from its verb stops at a dash and at a subordinator
    ("The survey is grim for Tolan, who is trying to rescue a faltering campaign \u2014 30 percent of likely "
     "voters say they would \u201cnever back\u201d him.", ["30 percent of likely voters"]),
    ("A court fined a 26-year-old man last year after the man posted: \u201cWe are celebrating!\u201d",
     ["the man"]),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_nominal_clause_shapes(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers
