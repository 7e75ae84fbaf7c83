"""Canonical names: roles split off, surnames joined to full names."""

from __future__ import annotations

import pytest

from index.descriptions import best_description, clean_description, library_description, mention_titles
from index.speakers import article_canonical, library_canonical, split_name, split_office


@pytest.mark.parametrize("name,expected", [
    ("Russian President Vladimir Putin", ("Vladimir Putin", "Russian President")),
    ("President Vladimir Putin", ("Vladimir Putin", "President")),
    ("Vladimir Putin", ("Vladimir Putin", None)),
    ("Putin", ("Putin", None)),
    ("Kremlin spokesman Dmitry Peskov", ("Dmitry Peskov", "Kremlin spokesman")),
    ("Former President of the United States Donald Trump", ("Donald Trump", "Former President of the United States")),
    ("Police Commissioner Richard Ross", ("Richard Ross", "Police Commissioner")),
    ("Sen. JD Vance", ("JD Vance", "Sen.")),
    ("Washington Post columnist Margaret Sullivan", ("Margaret Sullivan", "Washington Post columnist")),
    ("Robert Downey Jr.", ("Robert Downey Jr.", None)),
    ("ex-diplomat Bondarev", ("Bondarev", "ex-diplomat")),
    ("Secretary of State Kerry", ("Kerry", "Secretary of State")),
    ("Secretary of the Treasury Steven Mnuchin", ("Steven Mnuchin", "Secretary of the Treasury")),
    ("U.S. Director of National Intelligence", ("", None)),  # an office, nobody named
])
def test_split_name(name: str, expected: tuple[str, str | None]) -> None:
    assert split_name(name) == expected


def test_article_canonical_joins_surname_to_full_name() -> None:
    got = article_canonical(["Putin", "Vladimir Putin", "Koffler", "Rebekah Koffler", "Trump"])
    assert got["Putin"] == "Vladimir Putin"
    assert got["Koffler"] == "Rebekah Koffler"
    assert got["Trump"] == "Trump"


def test_article_canonical_leaves_ambiguous_surname() -> None:
    got = article_canonical(["Clinton", "Hillary Clinton", "Bill Clinton"])
    assert got["Clinton"] == "Clinton"


def test_library_canonical_merges_when_unambiguous() -> None:
    got = library_canonical([("Putin", 5), ("Vladimir Putin", 3), ("Peskov", 1), ("Dmitry Peskov", 2),
                             ("Clinton", 4), ("Hillary Clinton", 2), ("Bill Clinton", 1),
                             ("Donald J. Trump", 1), ("Donald Trump", 6), ("Trump", 9)])
    assert got["Putin"] == "Vladimir Putin"
    assert got["Peskov"] == "Dmitry Peskov"
    assert got["Clinton"] == "Clinton"  # two Clintons: never guessed
    assert got["Donald J. Trump"] == "Donald Trump"
    assert got["Trump"] == "Donald Trump"
    assert got["Vladimir Putin"] == "Vladimir Putin"


def test_library_canonical_keeps_lone_names() -> None:
    assert library_canonical([("Suslov", 2)]) == {"Suslov": "Suslov"}


@pytest.mark.parametrize("phrase,expected", [
    ("the U.S. Director of National Intelligence", ("Director of National Intelligence", "U.S.")),
    ("Minister of Defence", ("Minister of Defence", None)),
    ("Deputy Secretary of State", ("Deputy Secretary of State", None)),
    ("President of the United States", ("President of the United States", None)),
    ("Secretary of State John Kerry", None),
    ("Bank of America", None),
    ("Stacy Baker of Columbia", None),
])
def test_split_office(phrase: str, expected) -> None:
    assert split_office(phrase) == expected


@pytest.mark.parametrize("desc,expected", [
    ("The Russian president, apparently smiling alongside the event\u2019s moderator", "Russian president"),
    ('a former DIA intelligence officer and author of "Putin\u2019s Playbook"',
     'a former DIA intelligence officer and author of "Putin\u2019s Playbook"'),
    ("Former diplomat, who resigned in protest", "Former diplomat"),
    ("a former member of the delegation who quit in protest", "a former member of the delegation"),
    ("apparently smiling", None),
    ("Mr.", None),
    (None, None),
])
def test_clean_description(desc, expected) -> None:
    assert clean_description(desc) == expected


def test_mention_titles_skip_quotations_and_other_first_names() -> None:
    text = ("Russian President Vladimir Putin spoke. \u201cPresident Putin is wrong,\u201d she said. "
            "Former President Bill Clinton agreed; Sen. Putin did not.")
    quoted = [(text.index("\u201c"), text.index("\u201d"))]
    assert [t for _, t in mention_titles(text, "Vladimir Putin", quoted)] == ["Russian President", "Sen."]
    assert mention_titles(text, "Hillary Clinton") == []


def test_best_description_counts_case_insensitively_and_keeps_title_casing() -> None:
    cands = [("Russian president", False), ("Russian President", True), ("President", True),
             ("Russian President", True)]
    assert best_description(cands) == "Russian President"
    assert best_description([("a former member of the delegation to the UN in Geneva", False),
                             ("ex-diplomat", False)]) == "ex-diplomat"
    assert best_description([]) is None


def test_library_description() -> None:
    koffler = 'a former DIA intelligence officer and author of "Putin\u2019s Playbook"'
    assert library_description({koffler: 5}) == koffler
    assert library_description({"Russian President": 3, "russian president": 1, "President": 3}) == "Russian President"
    assert library_description({"ex-diplomat": 5, "Former diplomat": 1}) == "ex-diplomat"
    assert library_description({}) is None


def test_article_canonical_surname_shared_by_two_people() -> None:
    """'Sanders' joins Jane only if she, not Bernie, is the Sanders the article is about."""
    from collections import Counter

    quoted = ["Sanders", "Jane Sanders"]
    assert article_canonical(quoted, Counter({"Bernie Sanders": 9, "Jane Sanders": 2}))["Sanders"] == "Sanders"
    assert article_canonical(quoted, Counter({"Bernie Sanders": 1, "Jane Sanders": 6}))["Sanders"] == "Jane Sanders"
    assert article_canonical(quoted)["Sanders"] == "Jane Sanders"
