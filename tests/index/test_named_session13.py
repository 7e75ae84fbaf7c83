"""Named-speaker shapes found in a train audit (session 13): open relative clauses and appositives,
agents speaking for someone, fronted phrases, foreseen speech, colon adjuncts, poll shares, statements."""

from __future__ import annotations

import pytest

from index.attribution import Attributor
from index.quote_marks import find_marks
from index.quotes import extract_quotes

CASES = [
    # a relative clause or appositive left open before the verb describes the name, which speaks
    ("\u201cWe will not stand for this,\u201d Mara Jessup, who is chairman of Fair Roads Pac said in a statement.",
     ["Mara Jessup"]),
    ("\u201cHe will not attend,\u201d Tom Breck, a spokesman for House Speaker Linda Ozawa told the Post.",
     ["Tom Breck"]),
    ("Asked about Linda Ozawa, the governor of Ohio said \u201cno.\u201d", ["the governor of Ohio"]),
    # an agent speaking for someone is not that someone
    ("\u201cNo,\u201d a spokesman for Gov. Linda Ozawa said.", ["a spokesman for Gov. Linda Ozawa"]),
    ("\u201cNo,\u201d a senior adviser to Linda Ozawa told reporters.", ["a senior adviser to Linda Ozawa"]),
    # a fronted time phrase before a name and its appositive
    ("In July, Sammy Pell, vice chairman of Gale Corp, told Forbes that Boyle is \u201cvery involved\u201d "
     "in the design process.", ["Sammy Pell"]),
    # a modal verb inside a clause reported by an earlier speech verb is foreseen, not spoken
    ("Ted Boyle quit. In a statement released after the senator quit, Ana Cruz said she is certain Boyle "
     "will continue to be \u201ca champion for workers.\u201d", ["Ana Cruz"]),
    # a poll's share speaks as a group, never a person named before it
    ("Most voters backed Linda Ozawa. About 21 percent said \u201cvery likely,\u201d and 14 percent said "
     "\u201cnot at all likely.\u201d", ["21 percent", "14 percent"]),
    # an organisation that issued a statement speaks the uncued paragraph after it
    ("Linda Ozawa spoke Monday. At the chair's direction, the RNC issued a statement apologizing to Ozawa "
     "for the emails, which included staff members suggesting someone should question her faith.\n\n"
     "\u201cOn behalf of everyone at the RNC, we want to apologize.\u201d", ["RNC"]),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_named_shapes(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers


def test_share_who_said_otherwise_is_no_speaker() -> None:
    """'compared to only 24 percent who said otherwise': the share did not say the quoted words."""
    body = ("In a poll, 73 percent of voters said the plan was the \u201cright direction\u201d compared to only "
            "24 percent who said otherwise.")
    assert "24 percent" not in [q.speaker for q in extract_quotes(body)]


def test_colon_after_adjunct_is_the_subjects() -> None:
    """'Kell responded pointedly, with a smile:': the verbless phrase belongs to the clause before it, so
    the rules give the quotation to its subject, not to the person named in the sentence before."""
    body = "Ted Boyle spoke. Rita Kell responded pointedly, with a smile: \u201cCan happen when you are 45.\u201d"
    assert [a.speaker for a in Attributor(body, find_marks(body)).run()] == ["Rita Kell"]
