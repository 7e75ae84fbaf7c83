"""Shapes from a session-14 train audit: genders read from pronouns that belonged to someone else."""

from __future__ import annotations

from index.attribution import Attributor
from index.quote_marks import find_marks
from index.quotes import extract_quotes


def test_pronoun_of_an_ongoing_she_run_does_not_make_a_man_female():
    # 'she issued …: President Okafor later adopted it. She has …': the second 'she' is still Ms Vale's,
    # so the surname Okafor must not be read as a woman and drop out of the next 'he said'.
    body = ("Senator Dana Vale has made gun control central. After the shooting she issued a plan: "
            "President Okafor later adopted a similar approach. She has called for a ban.\n\n"
            "Mayor Tom Reyes spoke first at the memorial.\n\n"
            "Speaking to reporters on Sunday, Okafor framed the shooting as a test.\n\n"
            "And he made a point of saying the club \u201cwas a place of solidarity.\u201d\n")
    got = {q.text[:12]: q.speaker for q in extract_quotes(body)}
    assert got["was a place "] == "Okafor"


def test_a_surname_titled_once_is_a_person_when_it_comes_back_bare():
    # 'President Okafor' named him once; the bare 'Okafor' two paragraphs on is the same man, and the
    # subject of the sentence just before the quotation, not the mayor named in between.
    body = ("The storm left the coast without power, and Governor Ilse Marr met with President Okafor "
            "on Monday to plan the repairs.\n\n"
            "Mayor Tom Reyes spoke first at the memorial.\n\n"
            "On Sunday, Okafor toured the flooded streets. He stopped at the levee.\n\n"
            "\u201cWe will rebuild every house,\u201d he said.\n")
    got = {q.text[:12]: q.speaker for q in extract_quotes(body)}
    assert got["We will rebu"] == "Okafor"


def test_goes_on_with_an_object_is_no_speech_verb():
    body = ("By contrast, Sen. Nell Harper said that once the Senate goes on recess, "
            "\u201cI intend to help wherever I can.\u201d\n\n"
            "Her colleague went on: \u201cWe will see.\u201d\n")
    att = Attributor(body, find_marks(body))
    assert [a.speaker for a in att.run()][0] == "Nell Harper"  # the rules alone, before the ranker
    got = {q.text[:12]: q.speaker for q in extract_quotes(body)}
    assert got["I intend to "] == "Nell Harper"


def test_a_possessive_source_keeps_the_owners_whole_name():
    for body, want in [("Maria Quill\u2019s spokesman said, \u201cWe will win.\u201d", "Maria Quill\u2019s spokesman"),
                       ("On Monday, Sen. Maria Quill\u2019s aide said the senator would \u201cfight on.\u201d",
                        "Sen. Maria Quill\u2019s aide")]:
        assert [q.speaker for q in extract_quotes(body)] == [want]


def test_a_participle_handing_over_a_paragraph_names_the_clauses_subject():
    for lead, want in [("Senator Jo Hale confirmed it, saying:", "Jo Hale"),
                       ("The Daily Ledger confirmed that observation, reporting:", "Daily Ledger")]:
        body = lead + "\n\n\u201cAs the firm took control, cash made its way to the foundation.\u201d\n"
        assert [q.speaker for q in extract_quotes(body)] == [want]


def test_bragged_and_worried_cue_a_partial_quotation():
    body = ("In the depths of the Great Recession, Paul Ryan worried that the safety net was becoming "
            "\u201ca hammock that lulls people.\u201d Later Rand Cole bragged that his plan was \u201cthe best ever.\u201d\n")
    assert [q.speaker for q in extract_quotes(body)] == ["Paul Ryan", "Rand Cole"]


def test_a_partitive_source_after_said_is_the_speaker():
    body = ("Senior advisers who have run the numbers argue that she will win. \u201cThere won\u2019t be a path for "
            "him,\u201d said one of those advisers, who spoke on the condition of anonymity.\n")
    got = [q.speaker for q in extract_quotes(body)]
    assert len(got) == 1 and got[0].startswith("one of those advisers")


def test_a_statement_handed_over_by_a_colon_keeps_its_named_speaker():
    # The ranker leans to the man just quoted; a colon ending the paragraph before names the speaker.
    body = ("Governor Wallace Crane said in 1963: \u201cI draw the line in the dust, and I say never.\u201d\n\n"
            "As governor in 1983, Lyle Banning was photographed having a beer with Crane. "
            "When Crane died in 1998, President Banning released the following statement:\n\n"
            "\u201cMy wife and I offer our condolences to the family and friends of Wallace Crane.\u201d\n")
    assert [q.speaker for q in extract_quotes(body)] == ["Wallace Crane", "Lyle Banning"]


def test_an_infinitive_cue_speaks_for_the_clauses_subject_not_an_object():
    body = ("Clinton said she opposes the formula.\n\n"
            "Sanders used this question to demand wealthy Americans \u201cpay their fair share into the system.\u201d\n")
    got = {q.text[:12]: q.speaker for q in extract_quotes(body)}
    assert got["pay their fa"] == "Sanders"
