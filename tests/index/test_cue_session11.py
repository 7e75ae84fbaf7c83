"""Subject shapes found in a train audit (session 11): role words before a name, a party tag before an
appositive, and a quotation that ends its sentence before the next one's speaker."""

from __future__ import annotations

import pytest

from index.quotes import extract_quotes
from index.sentence_leads import pronoun_led

CASES = [
    # capitalised adjective + role words + name: the name speaks, not 'Republican'
    ("Republican presidential front-runner Ray Tolan is insisting that he has \u201cexpanded the party,\u201d "
     "claiming credit for turnout.", ["Ray Tolan"]),
    ("Democratic presidential candidate Kendra Marsh quickly took to Twitter, writing: "
     "\u201cAnother horrific attack. When will we learn?\u201d", ["Kendra Marsh"]),
    # a party tag between the name and its appositive: the name speaks, not the appositive
    ("State Sen. Lee Pell (R), another early Boyd supporter, suggested that Tolan was "
     "\u201cvery vulnerable on health care.\u201d", ["Lee Pell"]),
    ("Rep. Walt Grady (D-Md.), chair of the Platform Committee, said \u201cWe will not budge on this.\u201d",
     ["Walt Grady"]),
    # a quotation that ends its sentence: 'And X said …' starts the next sentence and its speaker
    ("But Sen. Ron Pell (R-Pa.) refused to entertain the idea, responding that he is \u201cnot going to go "
     "into what my campaign is doing.\u201d And Sen. Ray Tolan (R-Ohio), another incumbent, said he had not "
     "thought about it.", ["Ron Pell"]),
    # an infinitive before the verb has no subject of its own: the sentence's name speaks
    ("Boyd is the only contender here to have pledged a \u201cfull and fair review of every county,\u201d "
     "aides said.", ["aides"]),
]


@pytest.mark.parametrize("body,speakers", CASES)
def test_session11_shapes(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers


def test_party_tag_keeps_the_description_clean() -> None:
    """The '(R)' tag is not glued into what the speaker is called."""
    body = "State Sen. Lee Pell (R), another early Boyd supporter, said \u201cTolan is vulnerable on taxes.\u201d"
    (q,) = extract_quotes(body)
    assert "R)" not in (q.speaker_as_written or "")
    assert q.speaker == "Lee Pell"


def test_a_title_word_ends_a_role_subject() -> None:
    """'The Florida senator sought to calm …, saying': the role stops at 'senator' (a title word), so the
    next 'He said' resolves to the person, not to a runaway phrase."""
    body = ("Ray Tolan ended his bid on Tuesday.\n\nThe Florida senator sought to calm his supporters, and took "
            "a heckler in stride, saying the man would \u201cnot get beat up\u201d at his rally.")
    assert [q.speaker for q in extract_quotes(body)] == ["The Florida senator"]


def test_a_role_runs_on_through_the_body_it_serves() -> None:
    body = ("A spokeswoman for the House Armed Services Committee declined to comment, saying only that the "
            "plan was \u201cunder review.\u201d")
    assert [q.speaker for q in extract_quotes(body)] == ["A spokeswoman for the House Armed Services Committee"]


def test_a_fronted_clause_with_the_same_he_keeps_the_sentence_pronoun_led() -> None:
    """'Though he did not mention Boyd by name, he made it clear …': Boyd is what he talked about, not a
    referent for the next 'He asked'; a fronted clause with someone else as subject is no pronoun lead."""
    led = "Though he did not mention Walt Boyd or Ron Pell by name, he made it clear that they should quit."
    assert pronoun_led(led, 0, len(led), "m")
    assert not pronoun_led(led, 0, len(led), "f")
    other = "Though Boyd did not mention him by name, he made it clear that they should quit."
    assert not pronoun_led(other, 0, len(other), "m")


@pytest.mark.parametrize("body,speakers", [
    # a ', which some have argued …,' aside is not the quotation's cue: the sentence's 'He said' is
    ("Ray Tolan spoke next. He said that the Boyd campaign\u2019s announcement, which some have argued was "
     "a ploy to win over voters, was an \u201cinsult\u201d to the volunteers.", ["Ray Tolan"]),
    # a ', who declared …,' that introduces the quotation itself is its cue
    ("Boyd won the endorsement of Ron Pell, who declared in the spin room, \u201cIt is time to unite.\u201d",
     ["Ron Pell"]),
])
def test_relative_asides(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers


@pytest.mark.parametrize("body,speakers", [
    # the next sentence's cue is the quotation's only when that sentence is short
    ("Ray Tolan was blunt. \u201cWe want to use this as soon as possible,\u201d he said. \u201cWe lost the first "
     "round.\u201d Walt Boyd, the firm\u2019s owner, said the campaign has yet to follow up on its promise of "
     "payment by Friday.", ["Ray Tolan", "Ray Tolan"]),
    ("Ray Tolan was blunt. \u201cWe want to use this as soon as possible,\u201d he said. \u201cWe lost the first "
     "round!\u201d Walt Boyd said.", ["Ray Tolan", "Walt Boyd"]),
])
def test_next_sentence_cue_only_when_short(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers


@pytest.mark.parametrize("body,speakers", [
    # a place closing an opening participle phrase is not the subject
    ("Speaking at a town hall event in Salem, New Hampshire, Tolan went after Boyd, calling him "
     "\u201ca total stiff.\u201d", ["Tolan"]),
    # a name after a preposition is the preposition's object, not the subject of the participle
    ("Tolan said the deadlock has \u201ckept us safe\u201d on Twitter before claiming that open borders are "
     "\u201ctearing American families apart.\u201d", ["Tolan", "Tolan"]),
    ("Kendra Marsh responded to the question on Facebook writing, \u201cYes, I will. That was a poor choice "
     "of words.\u201d", ["Kendra Marsh"]),
    # 'what X have called' starts the subject at X
    ("The legal battle over whether Tolan University is what former employees have called a "
     "\u201cfraudulent scheme\u201d took an uglier turn.", ["former employees"]),
])
def test_prepositions_places_and_what(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(body)] == speakers


def test_a_day_closing_the_subject_is_no_name() -> None:
    """'The city's new mayor on Tuesday rejected …': never 'Tuesday' as the speaker."""
    body = ("The city\u2019s new mayor on Tuesday rejected Ray Tolan\u2019s offer, calling it "
            "\u201can insult to every resident of this city.\u201d")
    assert [q.speaker for q in extract_quotes(body)] == ["The city\u2019s new mayor"]


def test_a_name_set_off_after_a_role_subject_speaks() -> None:
    """'One of Boyd's former supporters who still backs Randolph, former Colorado Rep. Pat Schroeder, …
    wrote': the name, not the role, and never 'Randolph' from the relative clause."""
    body = ("One of Boyd\u2019s former supporters who still backs Randolph, former Colorado Rep. Pat Schroeder, "
            "lives in his district and wrote in an email that the campaign was \u201ctragic in the Year of the "
            "Woman.\u201d")
    assert [q.speaker for q in extract_quotes(body)] == ["Pat Schroeder"]


def test_a_plural_possessive_appositive_is_no_subject() -> None:
    """"Ray Tolan, Sanders' senior media adviser, said": the s' possessive opens an appositive like 's."""
    body = "Ray Tolan, Sanders' senior media adviser, said Republicans are up to \"mischief\" again."
    assert [q.speaker for q in extract_quotes(body)] == ["Ray Tolan"]
