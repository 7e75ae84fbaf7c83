"""Names cut by a nickname or a rank, people placed by a town, and sentence openers that are no names."""

from __future__ import annotations

from index.attribution import Attributor
from index.quote_marks import find_marks
from index.quotes import extract_quotes
from index.speakers import split_name


def _speakers(body: str) -> dict[str, str | None]:
    return {q.text[:12]: q.speaker for q in extract_quotes(body)}


def test_a_quoted_nickname_is_part_of_the_name_not_a_quotation():
    body = ("Mourners held up pictures of the victims. Juan \u201cChico\u201d Manriquez of Oakland carried "
            "a rainbow flag.\n\n"
            "\u201cWe are here because they cannot be,\u201d he said.\n")
    got = _speakers(body)
    assert "Chico" not in got
    assert got["We are here "] == "Juan Manriquez"


def test_a_rank_that_doubles_as_a_first_name_is_the_role():
    assert split_name("Marine John Tiegen") == ("John Tiegen", "Marine")
    assert split_name("Marine Le Pen") == ("Marine Le Pen", None)
    assert split_name("Major Garrett") == ("Major Garrett", None)
    body = ("Former CIA operative and Marine John \u201cTig\u201d Tiegen found both issues disqualifying.\n\n"
            "\u201cShe lied to the families,\u201d Tiegen said. He added that he was angry.\n\n"
            "\u201cIt was wrong, all of it,\u201d he said.\n")
    got = _speakers(body)
    assert got["She lied to "] == "John Tiegen"
    assert got["It was wrong"] == "John Tiegen"  # 'Marine' no longer makes him a woman


def test_a_person_placed_by_a_town_speaks_not_the_town():
    got = _speakers("A voter in Concord, N.H., said Trump was \u201ca total disaster\u201d for the party.\n")
    assert got["a total disas"[:12]] == "A voter in Concord"
    got = _speakers("\u201cYou are too nice for this job,\u201d a woman in Worcester said.\n")
    assert got["You are too "] == "a woman in Worcester"
    got = _speakers("\u201cWe lost the plant,\u201d said Jim Smith of Concord, N.H., a retired machinist.\n")
    assert got["We lost the "] == "Jim Smith"


def test_she_after_an_anonymous_woman_in_the_same_sentence_is_that_woman():
    body = ("Gov. Nikki Haley endorsed him last week.\n\n"
            "John Kasich is assuring voters he is tough enough to be president after a woman in Worcester, "
            "Massachusetts, told him she worries he\u2019s \u201ctoo nice\u201d to fend off his rivals.\n")
    att = Attributor(body, find_marks(body))
    assert att.run()[0].speaker == "a woman in Worcester, Massachusetts"  # the rules, before the ranker


def test_a_sentence_adverb_is_never_a_speaker():
    body = ("Nevertheless, a survey by analyst Elena Sadovskaya found that attitudes reflect old fears. "
            "\u201cIn 2030, we will all be speaking Chinese,\u201d is one common saying here.\n")
    assert "Nevertheless" not in set(_speakers(body).values())


def test_a_pronoun_contraction_is_a_pronoun_not_a_name():
    body = ("Stan Greenberg, a pollster, studied the voters. They\u2019re less hostile to regulation and agree "
            "that the rich should pay \u201ca lot\u201d more in taxes.\n")
    assert _speakers(body)["a lot"] != "They\u2019re"


def test_anonymity_boilerplate_is_cut_from_an_anonymous_source_but_identifying_clauses_stay():
    got = _speakers("\u201cWe will win this,\u201d said one Republican involved in the planning, who spoke on "
                    "the condition of anonymity to speak candidly.\n")
    assert got["We will win "] == "one Republican involved in the planning"
    got = _speakers("\u201cIt is fine,\u201d said the designer, who works for another brand at G-III.\n")
    assert got["It is fine,"] == "the designer, who works for another brand at G-III"


def test_top_before_a_surname_is_no_first_name():
    body = ("Top Clinton adviser Jake Sullivan sent the document. Hillary Clinton asked for it.\n\n"
            "\u201cJust email it,\u201d Clinton wrote.\n")
    assert _speakers(body)["Just email i"] == "Hillary Clinton"


def test_the_cut_boilerplate_stays_in_the_speaker_as_written():
    q = extract_quotes("\u201cIt was a long night,\u201d said the woman, who like many in the town did not "
                       "want to be quoted by name.\n")[0]
    assert q.speaker == "the woman"
    assert q.speaker_as_written.endswith("did not want to be quoted by name")
