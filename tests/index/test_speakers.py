"""Canonical names: roles split off, surnames joined to full names."""

from __future__ import annotations

import pytest

from index.speakers import article_canonical, library_canonical, split_name


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
