"""Partial quotations: a quoted phrase inside indirect speech is spoken by the subject of the verb that
governs it (or the owner of the speech noun), never by that verb's object or a name inside its complement."""

from index.attribution import Attributor, masked_body
from index.cues import left_cue
from index.phrases import Narrative
from index.quote_marks import find_marks
from index.quotes import extract_quotes
from index.speaker_model import candidates


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text + "\n")]


def test_possessor_of_a_claim_speaks() -> None:
    """'Kessler's most serious claim is that …': the owner of the claim, not 'most serious'; but a quotation
    that judges the claim ('Pruett's claim that Ostrow is soft is “…”') is the judge's."""
    assert _speakers('But Kessler\'s most serious claim is that the panel is a "political stunt" aimed at '
                     'the mayor.') == ["Kessler"]
    assert _speakers('A spokeswoman, Dana Reyes, said Thursday that Pruett\'s claim that Ostrow is soft on crime '
                     'is "simply false."') == ["Dana Reyes"]


def test_possessor_of_an_assertion_inside_an_object_speaks() -> None:
    """The owner speaks the phrase in the assertion; the verb's subject speaks the verdict after it."""
    assert _speakers('In a statement, Ostrow called Pruett\'s assertion of a "sacred duty" over the funds '
                     '"absurd and dangerous."') == ["Pruett", "Ostrow"]


def _quotes(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text + "\n")]


def test_in_what_name_with_appositive_called() -> None:
    """'in what Dana Kessler, a veteran organizer …, called “…”': the name after 'what' is the subject."""
    got = _quotes('He held the line in what Dana Kessler, a veteran organizer for the union, called '
                  '"trench warfare."')
    assert got[0][0] == "Dana Kessler" and got[0][1].startswith("Dana Kessler")


def test_present_tense_calls_after_a_name() -> None:
    assert _speakers('At the rally, Maria Ostrow calls a heckler a "paid agitator."') == ["Maria Ostrow"]


def test_passive_cue_after_the_quote_is_no_speaker() -> None:
    """'… after the aide was charged with fraud': the aide is spoken about, not speaking."""
    text = 'Pruett stood by the "very honest man" on Tuesday, hours after the aide was charged with fraud.\n'
    rules = Attributor(text, find_marks(text)).run()
    assert rules[0].as_written != "the aide" and rules[0].speaker != "the aide"


def test_passive_cue_with_agent_credits_the_agent() -> None:
    assert _speakers('Pruett was asked by Channel 5 anchor Dana Reyes whether the plan would "break the '
                     'bank."') == ["Dana Reyes"]


def test_framing_verb_with_as_credits_its_subject() -> None:
    assert _speakers('Weaver dismissed that suggestion as a sign of a campaign in "disarray."') == ["Weaver"]


def test_object_pronoun_is_never_the_subject() -> None:
    """'accused her of making racist remarks by using …': 'remarks' is a noun; the accuser speaks."""
    got = _quotes('Senator Ann Kessler has cast the governor as unqualified and accused her of making racist '
                  'remarks by using the term "welfare cheats" in a speech.')
    assert got == [("Ann Kessler", "Senator Ann Kessler")]


def test_inversion_fallback_never_takes_the_object_of_described() -> None:
    """'said Smith: “' inverts; 'described Trump as “' does not: with no subject in reach, no cue."""
    text = 'Will described Trump as "a menace."\n'
    marks = find_marks(text)
    nar = Narrative(masked_body(text, marks))
    cue = left_cue(nar, text.index("described"), marks[0].open_mark, partial=True)
    assert cue is None or "Trump" not in cue.np


def test_object_of_describing_verb_is_marked_for_the_ranker() -> None:
    text = 'Columnist George Will described Donald Trump as "a menace."\n'
    marks = find_marks(text)
    att = Attributor(text, marks)
    cands = {c.name: c.feats for c in candidates(att, att.run())[0]}
    assert cands["Donald Trump"].get("cue_object") == 1.0
    assert not cands["George Will"].get("cue_object")
