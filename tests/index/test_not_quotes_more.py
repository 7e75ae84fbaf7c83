"""Spans that quote nobody (titles, nicknames, labels, modifiers) are dropped; real partial quotations stay.

Every sentence here is invented.
"""

from __future__ import annotations

from index.quotes import extract_quotes


def _texts(body: str) -> list[str]:
    return [q.text for q in extract_quotes(body)]


def test_nickname_between_name_parts_dropped() -> None:
    body = ('The rally was led by Gov. J.T. \u201cBuddy\u201d Harlan (R-Ore.), who spoke for ten minutes.\n'
            '\u201cWe are going to win this state,\u201d Harlan said.')
    texts = _texts(body)
    assert "Buddy" not in texts
    assert "We are going to win this state," in texts


def test_lone_letters_dropped() -> None:
    body = ('Many voters simply press the button for \u201cR\u201d or \u201cD\u201d when they reach the booth.\n'
            '\u201cPeople vote by habit,\u201d said Mara Lindqvist, a pollster.')
    texts = _texts(body)
    assert "R" not in texts and "D" not in texts
    assert "People vote by habit," in texts


def test_work_after_writing_or_performing_verb_dropped() -> None:
    body = ('The poet, who wrote \u201cWinter Orchard Songs,\u201d read from her notebook. '
            'Later the band performed \u201cRiver of Lanterns.\u201d\n'
            '\u201cIt was a wonderful night,\u201d said Tomas Riel, the organiser.')
    texts = _texts(body)
    assert "Winter Orchard Songs," not in texts
    assert "River of Lanterns." not in texts
    assert "It was a wonderful night," in texts


def test_show_after_interview_with_dropped() -> None:
    body = ('\u201cThe budget is a mess,\u201d Senator Ola Brandt said in an interview with '
            '\u201cSunday Morning Report.\u201d')
    texts = _texts(body)
    assert "Sunday Morning Report." not in texts
    assert "The budget is a mess," in texts


def test_long_book_title_dropped() -> None:
    body = ('The meeting is described in Lena Ward\u2019s book \u201cHigh Water: How One Small Town Fought '
            'the River and Won the Vote.\u201d\n\u201cWe had no choice,\u201d the mayor, Pia Holm, said.')
    texts = _texts(body)
    assert not any(t.startswith("High Water") for t in texts)
    assert "We had no choice," in texts


def test_modifier_after_adjective_dropped() -> None:
    body = ('Hollis was one of the original \u201cgang of five\u201d negotiators, along with two other '
            'senators from the west.\n\u201cWe met every week,\u201d Hollis said.')
    texts = _texts(body)
    assert "gang of five" not in texts
    assert "We met every week," in texts


def test_partial_quotation_kept() -> None:
    body = 'Mayor Ida Strand said the new toll was \u201ca total disaster\u201d for farmers in the valley.'
    assert "a total disaster" in _texts(body)


def test_lowercase_phrase_after_wrote_kept() -> None:
    body = 'In her review, critic Ana Pell wrote \u201ca love letter to the harbour\u201d about the new play.'
    assert "a love letter to the harbour" in _texts(body)


def test_title_with_foreign_particle_dropped() -> None:
    body = ('Mark Dunn spoke in Madrid on Monday.\n'
            'Such is the latest revenge against Dunn: a group of comedians is performing a popular play called '
            '\u201cLos Hijos de Dunn,\u201d or \u201cSons of Dunn,\u201d in the city.')
    assert "Los Hijos de Dunn," not in _texts(body)
