"""Common-noun speakers that went to a named person nearby (session 10).

Invented sentences; each lists every quotation found with its speaker, in order. Before: a role
word followed by a verb in a headline ('Ohio governor backs Kale') tied 'the governor' to Kale; the
subject of a participle ran on through the verb ('the judge ruled against Kale, saying') and named
Kale; a bare role at the quotation's own cue ('the retired surgeon told KXTV') fell back to the
last paragraph's speaker; the ranker gave 'the heckler' words to the man just named.
"""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # A role noun followed by a verb is the headline's clause, not the name's title.
    ("headline_role_verb", 'Ohio governor backs Kale in Senate race.\n\nTom Kale picked up support on Friday.\n\n'
                           '"I am proud to stand with Tom Kale today," the governor said.',
     [("I am proud to stand with Tom Kale today,", "the governor")]),
    # The subject of 'saying' stops before its past-tense verb.
    ("participle_subject_verb", 'Ron Kale spoke first.\n\nThe judge ruled against Kale, saying the claim was '
                                '"without any merit" in law.',
     [("without any merit", "The judge")]),
    ("participle_subject_off", 'Mary Holt spoke on Monday.\n\nIn two interviews, the justice sounded off on '
                               'Holt, saying she did not "want to think about" the effects.',
     [("want to think about", "the justice")]),
    # Someone the article never named, at the quotation's own cue, is not the man named just before.
    ("unnamed_definite_kept", 'Sen. Ted Marsh has said he spanks his son.\n\n"Apparently there is a young man with '
                              'some problems," Marsh said as the heckler yelled: "You are a fraud!"',
     [("Apparently there is a young man with some problems,", "Ted Marsh"), ("You are a fraud!", "the heckler")]),
    # A bare role at the quotation's own cue speaks, not the speaker of the paragraph before.
    ("bare_role_own_cue", 'Dan Reed said Monday that the plan works.\n\n"We are going to win this thing, and we '
                          'will win it big," the retired neurosurgeon told KXTV in a video.',
     [("We are going to win this thing, and we will win it big,", "the retired neurosurgeon")]),
]


@pytest.mark.parametrize("name,body,expected", CASES, ids=[c[0] for c in CASES])
def test_speakers(name: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(q.text, q.speaker) for q in extract_quotes(body)]
    assert got == expected
