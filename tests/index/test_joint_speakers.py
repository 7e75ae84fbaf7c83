"""Joint speakers: a quotation whose cue joins two people goes to both, never to the last one named."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.joint_speakers import joint_names
from index.library import Library
from index.quotes import extract_quotes
from index.speakers import library_canonical

HEAD = "A headline for the story\n\n"


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(HEAD + body)]


@pytest.mark.parametrize("body, want", [
    ("Dana Whitfield met Omar Castellanos on Thursday. Whitfield and Castellanos issued a joint statement: "
     "“We are united on the budget.”", "Dana Whitfield and Omar Castellanos"),
    ("Ruth Okafor and Lars Pettersen wrote that the polls “are not broken at all.”",
     "Ruth Okafor and Lars Pettersen"),
    ("But Ruth Okafor and Lars Pettersen wrote, “Nothing changed in the numbers.”",
     "Ruth Okafor and Lars Pettersen"),
    ("Two military analysts, Ines Varga and Tomas Brill, said the new base “is very close to completion.”",
     "Ines Varga and Tomas Brill"),
    ("The senator's biographers, Michael and Joan Tessaro, wrote that he “loved a long fight.”",
     "Michael Tessaro and Joan Tessaro"),
])
def test_a_pair_at_the_cue_speaks_together(body: str, want: str) -> None:
    assert _speakers(body) == [want]


@pytest.mark.parametrize("body, want", [
    # two clauses, not one subject: the second man speaks alone
    ("Gail Ferris criticized Tom Abbot and Ned Sorley said the race “is over for everyone.”", "Ned Sorley"),
    # a later appositive names the parents of the one who speaks
    ("Ava Lind, 35, the daughter of former Governor Carl Lind and Senator Rose Lind, said she was “proud of "
     "both of them.”", "Ava Lind"),
])
def test_no_pair_where_one_person_speaks(body: str, want: str) -> None:
    assert _speakers(body) == [want]


def test_groups_joined_by_and_are_no_pair_of_people() -> None:
    quotes = extract_quotes(HEAD + "Democrats and Republicans said the bill “will pass this week.”")
    assert [q.speaker for q in quotes] != ["Democrats and Republicans"] or not quotes
    assert all(q.description is None or not q.description.endswith(" and") for q in quotes)


def test_joint_names_parse() -> None:
    assert joint_names("nuclear experts Ines Varga and Tomas Brill") == ["Ines Varga", "Tomas Brill"]
    assert joint_names("Iowa and Ohio") is None
    assert joint_names("Ines Varga") is None


def test_library_keeps_the_pair_apart_and_joins_its_names() -> None:
    canon = library_canonical([("Castellanos", 2), ("Whitfield and Castellanos", 1),
                               ("Dana Whitfield", 3), ("Omar Castellanos", 1)])
    assert canon["Whitfield and Castellanos"] == "Dana Whitfield and Omar Castellanos"
    assert canon["Castellanos"] == "Omar Castellanos"  # a lone surname never joins the pair


def test_a_joint_statement_is_found_under_either_name(tmp_path: Path) -> None:
    (tmp_path / "pact.txt").write_text(
        "Leaders agree on the budget\n\n"
        "Dana Whitfield met Omar Castellanos on Thursday. “We will talk again,” Whitfield said.\n\n"
        "Whitfield and Castellanos then issued a joint statement: “We are united on the budget.”\n",
        encoding="utf-8")
    lib = Library(tmp_path / "lib")
    lib.add([tmp_path / "pact.txt"])
    names = {s.speaker: s.quote_count for s in lib.speakers()}
    assert names == {"Dana Whitfield": 1, "Dana Whitfield and Omar Castellanos": 1}
    assert [q.text for q in lib.quotes(speaker="Omar Castellanos")] == ["We are united on the budget."]
    assert len(lib.quotes(speaker="Dana Whitfield")) == 2
