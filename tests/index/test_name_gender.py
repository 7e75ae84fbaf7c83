"""Gender for names the curated lists miss (`index.gender`): Census first names, gendered nouns."""

from __future__ import annotations

from index.attribution import Attributor
from index.gender import census_gender, head_gender
from index.quote_marks import find_marks
from index.quotes import extract_quotes
from index.speakers import split_name


def _speaker_of(body: str, text: str) -> str | None:
    q = next(q for q in extract_quotes(body) if text in q.text)
    return q.speaker


def test_census_first_name_gives_he_its_man() -> None:
    """'Lance' is in no curated list; without a gender the rules gave 'he' to the known man nearer by."""
    body = ("Lance Beebe, 49, a retired machinist, drove two hours to hear Bill Clinton speak in Nashua.\n"
            "\u201cI ask my wife whether she is ready for all of it,\u201d he said.")
    assert Attributor(body, find_marks(body)).run()[-1].speaker == "Lance Beebe"
    assert _speaker_of(body, "I ask my wife") == "Lance Beebe"


def test_a_noun_cue_word_does_not_hide_the_source() -> None:
    """'… should expect hard questions.': 'questions' is a noun, so Beebe's 'said' makes him a source."""
    body = ("Lance Beebe, 49, a retired machinist, said the senator should expect hard questions.\n"
            "\u201cThey will come,\u201d he said.")
    att = Attributor(body, find_marks(body))
    att.run()
    assert [m.cued for m in att.tracker.items if m.name == "Lance Beebe"] == [True]


def test_census_first_name_gives_she_its_woman() -> None:
    """'Dottie' is a woman's name: 'she' skips the man just quoted and finds her."""
    body = ("Dottie Pruitt, a retired teacher, listened from the back of the hall while Carl Boyd spoke.\n"
            "\u201cWe need roads,\u201d Boyd said.\n"
            "\u201cHe never mentions the schools,\u201d she said.")
    assert _speaker_of(body, "never mentions") == "Dottie Pruitt"


def test_census_never_genders_a_lone_word() -> None:
    """'Clinton' and 'Will' are Census first names but far more often a surname or a word."""
    assert census_gender("Clinton") is None
    assert census_gender("Will") is None
    assert census_gender("Lance Beebe") == "m"
    assert census_gender("Dottie Pruitt") == "f"


def test_surname_that_is_a_census_first_name_keeps_her_pronoun() -> None:
    """Hillary Clinton is 'she' although 'Clinton' is a man's first name in the Census."""
    body = ("Hillary Clinton spoke to voters in Des Moines on Monday.\n"
            "\u201cWe will win this state,\u201d she said.")
    assert _speaker_of(body, "win this state") == "Hillary Clinton"


def test_gendered_head_of_an_anonymous_source() -> None:
    """'a young man asked …' is never the 'she' who answers about him."""
    assert head_gender("man") == "m" and head_gender("widow") == "f" and head_gender("official") is None
    body = ("Betsy Ebeling said the attacks on her friend hurt.\n"
            "What bothered her most, she said, was a question at a town hall last week, when a young man "
            "asked the candidate why young people did not like her and thought she was a liar. "
            "\u201cI really got angry,\u201d she said. \u201cWhat did your mother teach you?\u201d")
    assert [q.speaker for q in extract_quotes(body)] == ["Betsy Ebeling", "Betsy Ebeling"]


def test_census_first_name_ends_a_role() -> None:
    """'Public Advocate Trish James': the role stops where a first name starts."""
    assert split_name("Public Advocate Trish James") == ("Trish James", "Public Advocate")
    assert split_name("Co-anchor Norah O\u2019Donnell") == ("Norah O\u2019Donnell", "Co-anchor")


def test_middle_names_and_initials_stay_in_the_name() -> None:
    """A first name after another first name or an initial is a middle name, not the start."""
    assert split_name("Norbert Leo Butz")[0] == "Norbert Leo Butz"
    assert split_name("Mary Kay Henry")[0] == "Mary Kay Henry"
    assert split_name("J. Gerald Hebert")[0] == "J. Gerald Hebert"


def test_she_is_never_the_man_quoted_before() -> None:
    """The previous quotation's speaker is a ranker candidate only when the pronoun's gender fits."""
    from index.speaker_model import candidates

    body = ("\u201cWe will win,\u201d Bernie Tolan said.\n"
            "The debate ran long.\nThe hall was full.\nThe moderators kept time.\nThe crowd cheered.\n"
            "Kendra Marsh spoke last. \u201cHe has done an incredible job against great odds,\u201d she said.")
    att = Attributor(body, find_marks(body))
    atts = att.run()
    assert atts[-1].as_written == "she"
    assert "Bernie Tolan" not in [c.name for c in candidates(att, atts)[-1]]


def test_a_people_is_not_a_person() -> None:
    """'Asian American' and 'Pacific Islander' voters are no one to give a 'she asked' to."""
    from index.non_persons import non_person

    assert non_person("Asian American") and non_person("Pacific Islander")
    assert not non_person("Brian Amerson")
