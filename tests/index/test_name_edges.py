"""Speaker names that look like other words (-ly surnames, "Will", opening adverbs), verbs that are nouns, abbreviations that end sentences.

Invented sentences; each case lists every quotation found with its speaker, in order.
"""

from __future__ import annotations

import pytest

from index.lexicon import CUE_VERBS
from index.quote_marks import sentence_breaks
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
    ("colon_role_words_before_name", "Former Republican presidential candidate Dana Cole broke down the problem "
     "for a Dutch paper: “What he did was careless.”", [("What he did was careless.", "Dana Cole")]),
    ("colon_quoting_hands_the_floor", "Mark Dunn ended the speech by quoting the poet Ada Vell: “Every obstacle yields.”",
     [("Every obstacle yields.", "Ada Vell")]),
    ("credit_line_under_quote", "Dana Cole spoke first.\n“The plan is just not accurate.”\n- Mark Dunn.\nThe claim is false.",
     [("The plan is just not accurate.", "Mark Dunn")]),
    ("credit_line_with_place", "Quotable.\n“We hear it all the time, and it needs to stop.”\n—Ada Vell, Philadelphia.",
     [("We hear it all the time, and it needs to stop.", "Ada Vell")]),
    ("dash_heading_is_no_credit", "Mark Dunn spoke.\n“We will win,” he said.\n– Old hands –.\nThe race went on.",
     [("We will win,", "Mark Dunn")]),
    ("colon_verb_between_names", "Dana Cole thanks former Carter aide Mark Dunn: “We owe him.”",
     [("We owe him.", "Dana Cole")]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == expected


def test_doubled_consonant_cues() -> None:
    assert {"admitted", "admitting", "slammed", "dubbed"} <= CUE_VERBS
    assert not {"admited", "slamed"} & CUE_VERBS


@pytest.mark.parametrize("text,starts", [
    ("He flew back to the U.S. The talks failed.", ["He flew", "The talks"]),
    ("She said no. He left at 9 p.m. But the talks went on.", ["She said", "He left", "But the"]),
    ("He met U.S. Senate staff and No. 2 officials at 9 a.m. Monday.", ["He met"]),
])
def test_abbreviation_may_end_a_sentence(text: str, starts: list[str]) -> None:
    got = [text[b:b + len(s)] for b, s in zip(sentence_breaks(text, 0, len(text), []), starts)]
    assert got == starts and len(sentence_breaks(text, 0, len(text), [])) == len(starts)
