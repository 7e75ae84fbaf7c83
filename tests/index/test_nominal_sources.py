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
    # The subject of the quotation's clause speaks when no speech verb governs the quotation.
    ("document_subject", "The cable indicated that 13 security personnel would be the “minimum” needed for "
                         "“transportation security and incident response capability.”",
     [("transportation security and incident response capability.", "The cable")]),
    ("statement_talked", "The statement talked about giving voters the right to “determine who they want as "
                         "president and what the agenda of the party should be.”",
     [("determine who they want as president and what the agenda of the party should be.", "The statement")]),
    ("campaign_after_intro", "Laura Kent spoke in Ohio on Monday.\n\nWhile she has dropped her attacks on Tom Reed "
                             "from her speeches, her campaign is planning to reprint a withering editorial that "
                             "accuses Reed of running a “fiction-filled campaign” in the state.",
     [("fiction-filled campaign", "Kent campaign")]),
    ("group_relative_clause", "Most recently, the mayor called for a ban on the march. While she has condemned "
                              "the plan, the groups who wrote to her on Thursday say they are “concerned about the "
                              "message it sends.”",
     [("concerned about the message it sends.", "the groups")]),
    # A group named by its members and what they belong to is not the person after 'of'.
    ("supporters_of", "Supporters of Sanders would argue that his pitch better fits “the mood of the electorate” "
                      "this year.",
     [("the mood of the electorate", "Supporters of Sanders")]),
    ("leaders_of", "The Vermont senator sent a letter to his supporters.\n\nLeaders of the organization have said "
                   "they have a policy of inviting all candidates to ensure that “our community develops a "
                   "relationship with whomever wins.”",
     [("our community develops a relationship with whomever wins.", "Leaders of the organization")]),
    ("someone_in", "When someone in the audience shouted, “Cruz,” Beck joked about it.",
     [("Cruz,", "someone in the audience")]),
    # Anonymous people keep their relative clause; a long one no longer hides them.
    ("anonymous_long_relative", "“It was a long night,” said the woman, who like many in the town did not want "
                                "to be quoted by name.",
     [("It was a long night,", "the woman")]),  # the anonymity boilerplate stays in speaker_as_written only
    ("anonymous_appositive_clause", "One attendee, who like others spoke on the condition of anonymity, said the "
                                    "message was that “this is not going to be over soon.”",
     [("this is not going to be over soon.", "One attendee")]),
    # A report relied on speaks when no one else in its sentence does ('its salespeople' are spoken to).
    ("according_opening", "According to the company's playbook, its salespeople were told, “You sell feelings, "
                          "not products.”",
     [("You sell feelings, not products.", "the company's playbook")]),
    # The speaker phrase the cue finder cut short or took from the wrong place.
    ("participle_appositive", "The message, sent to Clinton Chief of Staff Cheryl Mills and forwarded to Clinton, "
                              "called it “critical” that she make such a speech.",
     [("critical", "The message")]),
    ("headline_that_said", "Palin posted her message under a headline that said, “Death to Children With Down "
                           "Syndrome.”",
     [("Death to Children With Down Syndrome.", "a headline")]),
    ("object_of_infinitive", "The piece goes on to slam Sanders’ “political revolution” for implying a consensus "
                             "that does not exist.",
     [("political revolution", "The piece")]),
    ("editorial_participle", "Obama did visit, but not until the week after the newspaper’s editorial telling him "
                             "to leave his “playground for the posh and well-connected.”",
     [("playground for the posh and well-connected.", "the newspaper’s editorial")]),
    ("dateline", "WASHINGTON (UPI) — Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be "
                 "ready to stop him.”",
     [("We have to be ready to stop him.", "Hillary Clinton’s right-hand woman")]),
    ("subject_after_with_uncued_verb", "“They know she is the only one strong enough to stop Wall Street abuses,” "
                                       "a voice-over in the ad states.",
     [("They know she is the only one strong enough to stop Wall Street abuses,", "a voice-over in the ad")]),
    ("statement_object_credits_subject", "Ferguson had two murders in 2014.\n\nThe town released a statement "
                                         "Wednesday saying the comments “are based on his opinion, not actual facts,” "
                                         "and welcomed him to visit.",
     [("are based on his opinion, not actual facts,", "The town")]),
    ("after_headline_run", "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team cited “blocked "
                           "toilets, leaking pipes, exposed wiring and dirty floors in need of a massive clean.”",
     [("blocked toilets, leaking pipes, exposed wiring and dirty floors in need of a massive clean.", "team")]),
    # A text or a group at the quotation's own cue is not traded for a person named nearby.
    ("passage_not_a_person", "Colin Powell wrote to Clinton in 2009 about his own e-mail.\n\n“Be very careful about "
                             "the way you use it,” the passage continued.",
     [("Be very careful about the way you use it,", "the passage")]),
    ("protesters_not_the_candidate", "Holding signs calling Christie a loser, the protesters chanted “Chris "
                                     "Christie: Bad for New Jersey, bad for you.”",
     [("Chris Christie: Bad for New Jersey, bad for you.", "the protesters")]),
    # A role the article gave a name to stays that name.
    ("role_left_to_its_name", "GOP nominee Donald Trump spoke in Phoenix on Monday.\n\nThe GOP nominee has staked much of his "
                              "campaign on illegal immigration, portraying Mexican immigrants as “rapists” and "
                              "criminals.",
     [("rapists", "Donald Trump")]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


def test_listener_at_the_cue_is_never_the_speaker() -> None:
    """'“…,” he told Sen. Jeff Hale': whoever 'he' is, it is not the senator he spoke to."""
    quotes = extract_quotes('Dunn arrived late. "You have been very critical of me," he told Sen. Jeff Hale.')
    assert [q.text for q in quotes] == ["You have been very critical of me,"]
    assert quotes[0].speaker != "Jeff Hale"


@pytest.mark.parametrize("body", [
    "The plan would be funded by “closing tax loopholes and expenditures for the most fortunate” over ten years.",
    "The group is pitched as “the ultimate destination for Women Who Work” by its founders.",
])
def test_reporters_phrase_is_not_credited_to_the_subject(body: str) -> None:
    """A clause subject speaks only through a verb of saying or claiming, never in the passive."""
    assert all(q.speaker is None for q in extract_quotes(body))
