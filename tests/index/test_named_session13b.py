"""Named-speaker shapes found in a train audit (session 13b): ages, asides, colon clauses, nouns in -ing."""

from __future__ import annotations

import pytest

from index.attribution import Attributor
from index.quote_marks import find_marks


def _rules(body: str) -> list:
    return [a.speaker for a in Attributor(body, find_marks(body)).run()]


CASES = [
    # 'said the 46-year-old', 'the 43-year-old asked': a person named by age speaks
    ("The former model defended her husband. \u201cDorian is, and always has been, an amazing leader,\u201d "
     "said the 46-year-old.", ["the 46-year-old"]),
    ("Photo by Lina Ortz. \u201cWhat if the mayor had elocution lessons?\u201d the 43-year-old asked in the "
     "video\u2019s description.", ["the 43-year-old"]),
    # a cue inside a dashed 'as …' aside comments on the sentence; the inverted cue after the quotation speaks
    ("If the city is trying to delay the vote \u2014 as many critics believe, but Portland strongly denies "
     "\u2014 \u201cwhy wouldn\u2019t you want to raise the question?\u201d asked Pell, now a partner at a law firm.",
     ["Pell"]),
    # a sentence adverb before a colon clause's subject
    ("Later Kendra Marsh issued a statement: \u201cWe are disappointed in the decision and will appeal it.\u201d",
     ["Kendra Marsh"]),
    ("Meanwhile Gov. Kendra Marsh issued a statement: \u201cWe will appeal the decision.\u201d", ["Kendra Marsh"]),
    # a clause about a thing, ending on a person's full name before the colon: that person speaks
    ("The timing of Ruiz\u2019s surge doesn\u2019t surprise Democratic pollster Alma Troy: \u201cHistorically, "
     "lesser-known candidates see the biggest boost after early wins.\u201d", ["Alma Troy"]),
    # … but not a name after a preposition: the statement sent to her is not her statement
    ("The statement was sent to Kendra Marsh: \u201cThis is a disgrace and a betrayal of our voters.\u201d", [None]),
    # 'with X during the Y hearing, chiding': 'hearing' is a noun, the sentence's subject chides
    ("Former Secretary Kendra Marsh clashed with Pell during the Senate Budget hearing, chiding him, "
     "\u201cWhat difference at this point does it make?\u201d", ["Kendra Marsh"]),
    # "last week's Denver attack": a bare verb form after a name and a possessive is a noun, not a cue
    ("Citing last week\u2019s Denver attack as a wake-up call for voters and their \u201creveries about "
     "treating the presidency as an entry-level job,\u201d Pell urged the party to abandon outsiders.", ["Pell"]),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_named_shapes(body: str, speakers: list) -> None:
    assert _rules(body) == speakers
