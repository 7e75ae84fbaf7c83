"""More common-noun sources: people named by a common noun, openers before the subject, texts.

Invented sentences; each lists every quotation found with its speaker, in order. Every case here
went to the wrong mouth (or to nobody) before: 'Outside' chanting, 'Facebook' posting, 'a sailor'
found guilty of the lawmakers' words, the speaker of the main clause for the heckler's shout.
"""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # Children, hecklers and users speak like any other person.
    ("another_child", 'Dunn arrived late. Another child responded, "That is the governor."',
     [("That is the governor.", "Another child")]),
    ("one_user_commented", 'Dunn will win the state "no matter what," one user commented.',
     [("no matter what,", "one user")]),
    # An opening adverb or phrase is not the subject; 'about 200' counts the protesters.
    ("outside_about_n", 'Dunn held a rally. Outside, about 200 protesters gathered near the gate, holding signs '
                        'and chanting "No more wars."',
     [("No more wars.", "200 protesters")]),
    ("alongside_even", 'Dunn spoke for an hour. Alongside union calls for action, even a top GOP strategist said '
                       'Dunn will have to choose, saying, "At some point, he must decide."',
     [("At some point, he must decide.", "a top GOP strategist")]),
    # 'a Facebook post' is a noun; 'was found guilty of' is nobody's verb of saying.
    ("facebook_post_noun", 'A friend referred to him as "the kindest man I ever met" in a Facebook post.',
     [("the kindest man I ever met", "A friend")]),
    ("found_in_passive", 'The two lawmakers argue that "there is precedent," citing a case in which a sailor was '
                         'found guilty of "gross negligence."',
     [("there is precedent,", "The two lawmakers"), ("gross negligence.", "The two lawmakers")]),
    # Before a colon, the clause after 'as' holds the speaker of what follows.
    ("as_clause_colon", 'Dunn spoke. "There is a young man with problems," Dunn said as the heckler yelled: "You suck!"',
     [("There is a young man with problems,", "Dunn"), ("You suck!", "the heckler")]),
    # 'in Forbes' words' credits the owner of the words.
    ("in_owners_words", "The summit was held in Austin because, in Forbes' words, \"it is the most creative city "
                        "in the nation.\"",
     [("it is the most creative city in the nation.", "Forbes")]),
    # 'states' is a verb of saying after a text.
    ("report_states", 'Dunn spoke. The report states that the agency was "grossly mismanaged."',
     [("grossly mismanaged.", "report")]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected
