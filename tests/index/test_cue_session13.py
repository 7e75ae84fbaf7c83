"""Cue shapes fixed in session 13: a speech verb in a 'who (has) said' relative clause after a
quotation tells what that person said elsewhere; it is no cue for the quotation before it."""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

HEAD = "A headline for the story\n\n"
CASES = [
    # 'Voss, who has said …' after the partial quotation: Voss's other words, not these
    ("Mayor Ada Quill opened her speech by slamming rivals who think they can \u201coutsource\u201d the harbor "
     "to \u201cspeculators\u201d and followed up with an attack on Ted Voss, who has said he wants a "
     "\u201cneutral\u201d port board.",
     ["Ada Quill", "Ada Quill", "Ted Voss"]),
    # still a cue when the relative clause is the quotation's own ('…,” said Voss, who …')
    ("\u201cThe port is not for sale,\u201d said Ted Voss, who chairs the board.", ["Ted Voss"]),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_session13_cue_shapes(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(HEAD + body)] == speakers
