"""Cue shapes fixed in session 12: 'As X put it, “…”' after a comma, and a contrast clause after a
quotation ('“…,” while X suggested …') that names someone else."""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

HEAD = "A headline for the story\n\n"
CASES = [
    # 'put it' is a cue with a comma as well as with a colon
    ("Omar Castellanos ran the race. As Dana Whitfield put it, \u201cNothing is settled yet.\u201d",
     ["Dana Whitfield"]),
    ("The deal, as Whitfield puts it, is \u201ca bridge too far for us.\u201d", ["Whitfield"]),
    # 'while' opens another clause: its subject did not say the quotation before it
    ("Harbor Sen. Ada Quill\u2019s campaign said she would \u201csupport the nominee\u201d but \u201cis not "
     "planning to endorse anyone,\u201d while Sen. Ted Voss and Rep. Lou Marr suggested they would wait.",
     ["Harbor Sen. Ada Quill\u2019s campaign"] * 2),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_session12_cue_shapes(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(HEAD + body)] == speakers
