"""Speaker names that look like other words ('-ly' surnames, 'Will', opening adverbs) and verbs that are nouns.

Invented sentences; each case lists every quotation found with its speaker, in order.
"""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("ly_surname_after", "“We will win this state,” Megyn Kelly said.",
     [("We will win this state,", "Megyn Kelly")]),
    ("ly_surname_before", "Rep. Gerry Connolly said, “The vote is over.”",
     [("The vote is over.", "Gerry Connolly")]),
    ("ly_surname_alone", "Then Kelly said, “We will win this state.”",
     [("We will win this state.", "Kelly")]),
    ("ly_adverb_still_skipped", "Smith flatly said, “There is no deal on the table.”",
     [("There is no deal on the table.", "Smith")]),
    ("will_surname", "“The race is over,” columnist George Will wrote.",
     [("The race is over,", "George Will")]),
    ("will_surname_partial", "Columnist George Will described the plan as a “caricature of reform.”",
     [("caricature of reform.", "George Will")]),
    ("will_modal_still_skipped", "Smith will say, “The plan is dead,” on Monday.",
     [("The plan is dead,", "Smith")]),
    ("states_is_a_noun", 'Dana Cole said voters in three states "want change now."',
     [("want change now.", "Dana Cole")]),
    ("opening_adverb_participle", "Hastily changing the subject, Mark Dunn blamed his rivals and stressed that "
     "“the border” was the real issue.",
     [("the border", "Mark Dunn")]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == expected
