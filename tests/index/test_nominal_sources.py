"""Common-noun sources: groups, organisations, documents and anonymous people who speak.

Invented sentences; each lists every quotation found with its speaker, in order. A report relied on
('according to officials') speaks only when no one else in the sentence does, and the person spoken
to ('he told Sen. Lane') never does.
"""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("org_resolution", 'The city council voted 6-1 for a resolution that said the city "condemns anti-Muslim speech."',
     [("condemns anti-Muslim speech.", "city council")]),
    ("plural_group_subject", 'Protesters outside the hall chanted "No more wars!" as the senator arrived.',
     [("No more wars!", "Protesters")]),
    ("those_surveyed", 'Those surveyed said the economy was "getting worse."',
     [("getting worse.", "Those surveyed")]),
    ("supporters_of_x", 'Supporters of Dunn argue that the plan is "the only way forward."',
     [("the only way forward.", "Supporters of Dunn")]),
    ("document_subject", 'The new report, released by the inspector general on Friday, found that the agency was '
     '"grossly mismanaged."', [("grossly mismanaged.", "new report")]),
    ("campaign_of_named_owner", 'Dana Cole spoke in Ames on Monday. Her campaign is planning to reprint an editorial '
     'that accuses Mark Dunn of running a "fiction-filled campaign."',
     [("fiction-filled campaign.", "Cole campaign")]),
    ("officials_only_source", 'Officials said the plan was "dead on arrival."',
     [("dead on arrival.", "Officials")]),
    ("joint_statement", '"We are honored," the progressive leaders wrote in a joint statement.',
     [("We are honored,", "the progressive leaders")]),
    ("named_subject_unchanged", 'Mark Dunn said the plan was "a disaster."',
     [("a disaster.", "Mark Dunn")]),
    ("according_to_does_not_replace_cue", 'Gov. Mark Dunn spoke first. "You have been very critical of me," '
     'Dunn told Sen. Lisa Hale, according to officials with knowledge of the meeting.',
     [("You have been very critical of me,", "Mark Dunn")]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


def test_listener_at_the_cue_is_never_the_speaker() -> None:
    """'“…,” he told Sen. Jeff Hale': whoever 'he' is, it is not the senator he spoke to."""
    quotes = extract_quotes('Dunn arrived late. "You have been very critical of me," he told Sen. Jeff Hale.')
    assert [q.text for q in quotes] == ["You have been very critical of me,"]
    assert quotes[0].speaker != "Jeff Hale"
