"""Named speakers: reports relied on (never the speaker), fronted phrases, datelines, places, co-authors."""

from index.attribution import masked_body
from index.cues import right_cue
from index.phrases import Narrative
from index.quote_marks import find_marks
from index.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text + "\n")]


def test_outlet_reported_after_inner_cue_keeps_the_speaker() -> None:
    """'…, CNN reported': the outlet relayed the words; the person who said them stays the speaker."""
    assert _speakers('Governor Alan Pruett said the budget was "a mess," the Hartford Herald reported.') \
        == ["Alan Pruett"]


def test_according_to_after_indirect_speech_keeps_the_speaker() -> None:
    assert _speakers('Ostrow told the crowd that she would "never back down," according to the Boston Globe.') \
        == ["Ostrow"]


def test_reports_outlet_after_said_cue_keeps_the_speaker() -> None:
    text = '"We will not back down," said Maria Ostrow, a union organizer, reports The Courier.\n'
    marks = find_marks(text)
    cue = right_cue(Narrative(masked_body(text, marks)), marks[0].close_mark + 1, len(text) - 1)
    assert cue is not None and cue.np.startswith("Maria Ostrow")
    assert _speakers(text.rstrip()) == ["Maria Ostrow"]


def test_as_reported_by_keeps_inner_speaker() -> None:
    got = _speakers('"It was a mistake," Pruett said in an interview, as reported by the Hartford Herald.')
    assert got and "Pruett" in got[0]


def test_fronted_according_to_outlet_keeps_the_speaker() -> None:
    assert _speakers('According to Metro Weekly, Pruett praised the "brave volunteers" at the shelter.') == ["Pruett"]


def test_fronted_of_phrase_is_not_the_subject() -> None:
    got = _speakers('Of Dawson, Helen Marsh, who has backed the mayor, said, "She is out of her depth."')
    assert got and "Marsh" in got[0]


def test_place_with_state_after_of() -> None:
    got = _speakers('Lena Hardy of Dayton, Ohio says she hopes the plant "stays open for good."')
    assert got and "Hardy" in got[0]


def test_dateline_city_is_not_the_speaker() -> None:
    got = _speakers('Boston (AFP) \u2013 Senator Ruth Calder criticised the plan on Monday, saying it was "reckless."')
    assert got and "Calder" in got[0]


def test_coauthors_before_colon() -> None:
    got = _speakers('POLLS MISSED THE SHIFT - Dana Kirk and Omar Velez: "The late deciders broke one way."')
    assert got and ("Kirk" in got[0] or "Velez" in got[0])


def test_role_and_name_after_organisation_subject() -> None:
    got = _speakers('Pruett campaign spokeswoman Nadia Quist replied on Twitter, calling the claim "absurd."')
    assert got and "Quist" in got[0]


def test_surname_spelt_like_preposition() -> None:
    got = _speakers('"The party had lost its way," said Ed From, who wrote a book about it.')
    assert got and "From" in got[0]
