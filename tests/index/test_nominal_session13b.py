"""Nominal speakers (session 13b): crowds taking up a chant, roles owning a speech noun, 'pointed out'."""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES = [
    # the subject of a verb whose object is a chant or slogan speaks it, not the person named before
    ("Governor Dale Pruitt mentioned his opponent, and the crowd loudly revived the old chant "
     "\u201cSend him home! Send him home!\u201d that filled the hall.", ["the crowd"]),
    # 'got the crowd to cheer for “…”': the crowd cheers, not the person the words name
    ("A local choir called Bright Lane got the crowd to dance and cheer for \u201cPresident Marta Velez.\u201d",
     ["the crowd"]),
    # '“…,” came shouts from the crowd': the source after 'came shouts from'
    ("The chairman, Owen Tisdale, called for a vote. \u201cCount the ballots,\u201d came shouts from the crowd.",
     ["the crowd"]),
    # 'pointed out' is a speech verb: its subject speaks, not a name inside the reported clause
    ("\u201cShe is not what she seems,\u201d wrote Dana Pruitt.\n\nThe columnist pointed out that Marta Velez was "
     "once a supporter of many ideas, including \u201cfree trade, lower tariffs and open markets.\u201d",
     ["Dana Pruitt", "The columnist"]),
    # a lower-case role owning a speech noun speaks, as a capitalised name would
    ("The moderator asked Owen Tisdale about the plan. The Ohio governor\u2019s answer was that "
     "\u201cthe family comes first,\u201d so the state should help.", ["The Ohio governor"]),
    # a quotation opening with a modal is the predicate: the cue after it speaks, not the verb before it
    ("Nothing the mayor said \u201cwill calm the voters,\u201d the Ohio governor said.", ["the Ohio governor"]),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_nominal_shapes(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers
