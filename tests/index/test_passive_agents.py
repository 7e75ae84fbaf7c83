"""The agent of a passive speech verb speaks ('was asked by …', 'labeled a “…” by …'), the patient does not.

Invented sentences; each case lists every quotation found with its speaker, in order.
"""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("asked_by_before_quote", "Dana Cole was asked by moderator Mark Dunn whether the plan risked "
     "“adding another costly program.”", [("adding another costly program.", "Mark Dunn")]),
    ("labeled_by_after_quote", "The probe has often been labeled a “witch hunt” by Democrats.",
     [("witch hunt", "Democrats")]),
    ("called_by_named", "The inquiry was called a “witch hunt” by Sen. Mark Dunn, who chairs the panel.",
     [("witch hunt", "Mark Dunn")]),
    ("criticized_by_for", "Dana Cole was criticized by Mark Dunn for her “reckless” plan.",
     [("reckless", "Mark Dunn")]),
    ("quoted_by_is_no_agent", "Dana Cole was quoted by the Ledger as saying the plan was “dead.”",
     [("dead.", "Dana Cole")]),
    ("passive_subject_is_spoken_about", "Mark Dunn said the bill had been labeled “urgent” by mistake.",
     [("urgent", "Mark Dunn")]),
    ("active_voice_unchanged", "Dana Cole called the inquiry a “witch hunt” led by Mark Dunn.",
     [("witch hunt", "Dana Cole")]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == expected
