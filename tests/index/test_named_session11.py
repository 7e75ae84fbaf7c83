"""Named-speaker shapes from a train audit (session 11): a quotation splitting a sentence, participles whose
subject is the clause's, names joined by 'and', a name inside the predicate, speech nouns' owners, a
parenthetical 'says X', initials, and an opening adverb or fronted phrase before the subject."""

from __future__ import annotations

import pytest

from index.attribution import Attributor
from index.quote_marks import find_marks
from index.quotes import extract_quotes

CASES = [
    # an earlier quotation in the sentence: the verb after it reads its subject across it
    ("Merritt emailed her condolences, addressing her as \u201cJoan\u201d and telling her, "
     "\u201cyou are an all-star player.\u201d", -1, "Merritt"),
    # ', V-ing' extends the clause of 'said', whatever stands between
    ("Tolan\u2019s \u201cexcesses\u201d are sickening, Marcel Duprat said Tuesday in Lyon, noting the nominee "
     "\u201cmakes you want to retch.\u201d", 1, "Marcel Duprat"),
    # two roles of one person joined by 'and'
    ("\u201cThat is what he did in both races,\u201d said former Ohio Gov. and Democratic Party Chairman Ed Varley.", 0,
     "Ed Varley"),
    ("Former prosecutor and Dayton Mayor Rudy Garland, who backs Tolan, trashed the director on the radio, "
     "calling it a \u201cno-brainer\u201d to prosecute.", 0, "Rudy Garland"),
    # a name inside the predicate or an unclosed appositive is no subject
    ("Mayor Greg Stanwick wrote a letter to Attorney General Lorna Lynde asking the department to investigate "
     "the \u201cfiasco.\u201d", 0, "Greg Stanwick"),
    ("Anthony Arden, president and CEO of the Ohio Grocers Association stated, \u201cIt is a math problem.\u201d",
     0, "Anthony Arden"),
    # a sentence-final ', said X' beats a 'when' clause before it
    ("When Marsh said at a rally that he wouldn\u2019t want the endorsement, he \u201cgrabbed hold of the mood "
     "here,\u201d said Drew Heyman, a teacher.", 0, "Drew Heyman"),
    # the owner of the words: a speech noun's possessor
    ("Jack Marsh\u2019s fundraising email to his supporters notes that the candidate \u201cis a civil rights "
     "attorney.\u201d", 0, "Jack Marsh"),
    ("Aides say he will campaign for Tolan. From Bartlett\u2019s Facebook post: \u201cWe must move past this "
     "divisiveness.\u201d", 0, "Bartlett"),
    # a parenthetical 'says X, role,' inside the sentence
    ("The paradox of Nora, says Carl Ansel, historian at the county library, is that she was \u201cone of the "
     "most powerful\u201d of them.", 0, "Carl Ansel"),
    # initials do not end the sentence
    ("\u201cThe movement was ready,\u201d says J.J. Macklin, an expert on militias.", 0, "J.J. Macklin"),
    # a fronted participle, a place closing an opening phrase
    ("Reached by reporters, Bennick denied the shakeup, explaining that he was \u201ctaking a day off.\u201d", 0,
     "Bennick"),
    ("Speaking at a town hall in Salem, New Hampshire, Tolan went after Marsh, calling him \u201ca total "
     "stiff.\u201d", 0, "Tolan"),
]


@pytest.mark.parametrize("body,index,speaker", CASES)
def test_named_session11_shapes(body: str, index: int, speaker: str) -> None:
    assert extract_quotes(body)[index].speaker == speaker


def test_conjoined_names_keep_the_last_name_not_a_role() -> None:
    """'X and Y, both Republicans, said': the appositive is no speaker; the last of the two names is."""
    body = ("\u201cWe can only wonder what they intend,\u201d state Senate leader Phil Bergan and House Speaker "
            "Tim Moorcroft, both Republicans, said in a statement.")
    assert Attributor(body, find_marks(body)).run()[0].speaker == "Tim Moorcroft"


def test_relative_clause_after_a_name_keeps_that_name() -> None:
    """'a letter to X, who called …': X is the relative clause's subject, not an object to skip."""
    body = ("Mayor Greg Stanwick sent a letter to Attorney General Lorna Lynde, who called it "
            "\u201cvery serious.\u201d")
    (q,) = extract_quotes(body)
    assert q.speaker == "Lorna Lynde"


# Shapes the ranker often rescues on short invented text: the rules' own choice is pinned here.
RULE_CASES = [
    # an earlier quotation in the sentence: the verb after it reads its subject across it
    ("Voters split, with Ray Tolan tweeting that it was a \u201cdisaster\u201d for Corwin and asking, "
     "\u201cHow can someone like that lead?\u201d", "Ray Tolan"),
    ("Dana Kell said the deadlock has \u201ckept us safe\u201d on Twitter before claiming that open borders "
     "are \u201ctearing families apart.\u201d", "Dana Kell"),
    # a platform after 'on' is no subject of the participle
    ("Dana Kell answered the question on Facebook writing, \u201cYes, I will.\u201d", "Dana Kell"),
    # foreseen speech, with non-breaking spaces around 'that'
    ("President Dana Kell said\u00a0he expected that\u00a0Republicans will say \u201cno\u201d to the plan.",
     "Dana Kell"),
    # an opening adverb before the subject and its appositive
    ("Residents braced for Jim Rourke. Now Dana Kell, the most unconventional candidate in years, is promising "
     "to create \u201ca big spectacle.\u201d", "Dana Kell"),
    # a speech noun's owner, past a prepositional phrase and a parenthesis
    ("Anna Pell covered him for years. Wade Corrigan\u2019s dictum to his interns (repeated to me often) was, "
     "\u201cIt is not a story without a threat.\u201d", "Wade Corrigan"),
    # a sentence-final ', said X' beats the participle clause before it
    ("That would create a \u201csummer of agony\u201d for Kell, forcing her to fend off both Tolan and Marsh, "
     "said Brad Bennick, a Democratic pollster.", "Brad Bennick"),
    # a relative clause's verb after the quotation has no subject: the cue later in the sentence speaks
    ("\u201cIf the office obtains more records, it intends to search them\u201d that would respond to requests "
     "from the group, department counsel Carla Wolfe wrote in a filing.", "Carla Wolfe"),
]


@pytest.mark.parametrize("body,speaker", RULE_CASES)
def test_named_session11_rules(body: str, speaker: str) -> None:
    marks = find_marks(body)
    assert Attributor(body, marks).run()[-1].speaker == speaker
