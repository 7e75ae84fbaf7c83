"""Metadata: sample titles and outlets, explicit dates and bylines only."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean import clean
from index.load import LoadedDoc, load_file
from index.meta import Meta, extract_meta, outlet_for_domain, parse_date, split_sentences

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
STORY = (
    "The city council voted on Tuesday to expand the bus network to three new districts.\n\n"
    "“We have waited for this for ten years,” said Maria Lopez, who lives in the east end.\n\n"
    "The plan will cost about $40 million, according to a council report."
)


def meta_of(text: str, **hints: str) -> Meta:
    return extract_meta(clean(text), LoadedDoc(path="/news/story.txt", text=text, kind="text", **hints))


def sample_meta(prefix: str) -> Meta:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    (doc,) = load_file(path)
    return extract_meta(clean(doc.text), doc)


# --- the samples ------------------------------------------------------------------------

SAMPLE_META = {
    # no headline line: the first story sentence, cut without splitting a name
    "000": ("Russian President Vladimir Putin on Thursday appeared to endorse Vice President "
            "Kamala Harris…", "Fox News"),
    # the leading summary ends with a period, so it is no headline; cut at its comma
    "001": ("Putin reportedly expressed a preference for Biden over Trump…", "CBS News"),
    # the headline line, without its stray closing quote; no outlet signal at all
    "002": ("Putin Believes Trump’s Intentions to End Russia, Ukraine War Are Genuine", None),
    # "as reported by The Moscow Times" cites a source, it does not name the publisher
    "003": ("Russia’s top leaders are closely following the U.S. presidential race…", None),
    "004": ("Russia’s leadership is following the US presidential campaign in private with "
            "excitement and interest…", "WN24"),
}


@pytest.mark.parametrize("prefix", sorted(SAMPLE_META))
def test_sample_title_and_outlet(prefix: str) -> None:
    meta = sample_meta(prefix)
    assert (meta.title, meta.outlet) == SAMPLE_META[prefix]


@pytest.mark.parametrize("prefix", sorted(SAMPLE_META))
def test_samples_have_no_date_byline_or_stray_quotes(prefix: str) -> None:
    meta = sample_meta(prefix)
    # "On February 14, 2024, in Moscow" (001) is an event, not a publication date.
    assert (meta.published, meta.byline, meta.url) == (None, None, None)
    assert meta.title.count("“") == meta.title.count("”")
    assert meta.title.count('"') % 2 == 0
    assert not meta.title.lower().startswith(("join", "sign", "by entering", "please"))


# --- title --------------------------------------------------------------------------------


def test_title_is_never_the_signup_wall() -> None:
    text = "Join Example News for access to this content\n\nPlease enter a valid email address.\n\n" + STORY
    assert meta_of(text).title == "The city council voted on Tuesday to expand the bus network…"


def test_title_prefers_hint_then_headline_and_strips_stray_quotes() -> None:
    assert meta_of("Council Expands Buses”\n\n" + STORY).title == "Council Expands Buses"
    assert meta_of("“Council Expands Buses\n\n" + STORY).title == "Council Expands Buses"
    assert meta_of("“We Waited Ten Years”: Council Expands Buses\n\n" + STORY).title == (
        "“We Waited Ten Years”: Council Expands Buses"
    )
    assert meta_of("Council Expands Buses\n\n" + STORY, title="From the page").title == "From the page"


def test_short_first_sentence_is_the_whole_title() -> None:
    assert meta_of("The council approved the plan.\n\nMore text follows here today.").title == (
        "The council approved the plan"
    )


def test_cut_title_closes_an_open_quotation() -> None:
    text = "Officials said on Tuesday that “the plan will finally bring buses to everyone in the east end”."
    assert meta_of(text).title == "Officials said on Tuesday that “the plan will finally bring buses…”"


def test_title_falls_back_to_file_name() -> None:
    assert meta_of("Advertisement").title == "story"


# --- outlet ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: cbsnews.com", "CBS News"),
        ("Source: https://www.nytimes.com/2024/07/04/us/buses.html", "The New York Times"),
        ("Source: edition.cnn.com", "CNN"),
        ("Source: bbc.co.uk", "BBC"),
        ("Source: localpaper.example", "localpaper.example"),
        ("© 2024 Example Broadcasting Corp. All rights reserved.", "Example Broadcasting Corp"),
        ("By Jane Doe, Fox News", "Fox News"),
    ],
)
def test_outlet_from_explicit_lines(line: str, outlet: str) -> None:
    assert meta_of(STORY + "\n\n" + line).outlet == outlet


def test_outlet_from_self_references() -> None:
    told_digital = STORY + "\n\nThe mayor told Example News Digital the plan was sound."
    assert meta_of(told_digital).outlet == "Example News"
    told_twice = STORY + "\n\nA source told KX12.\n\nAnother official told KX12 the same."
    assert meta_of(told_twice).outlet == "KX12"


def test_cited_outlet_and_people_are_not_the_outlet() -> None:
    assert meta_of(STORY + "\n\nAn aide told Reuters the vote was close.").outlet is None
    assert meta_of(STORY + "\n\nShe told Mayor Adams.\n\nHe told Mayor Adams.").outlet is None
    assert meta_of(STORY + "\n\nas reported by The Moscow Times.").outlet is None


def test_outlet_hint_and_url_hint() -> None:
    assert meta_of(STORY, outlet="Example Times").outlet == "Example Times"
    assert meta_of(STORY, url="https://www.theguardian.com/x").outlet == "The Guardian"


def test_outlet_for_domain() -> None:
    assert outlet_for_domain("www.washingtonpost.com") == "The Washington Post"
    assert outlet_for_domain("apnews.com") == "AP"
    assert outlet_for_domain("news.example.org") == "news.example.org"


# --- date, byline, url -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        ("Published July 4, 2024 10:00am EDT", "2024-07-04"),
        ("Updated on: 2024-07-05 10:00", "2024-07-05"),
        ("Published 3 June 2024\nUpdated 5 June 2024", "2024-06-03"),
        ("Updated 5 June 2024\nPublished 3 June 2024", "2024-06-03"),
        ("Thursday, July 4, 2024", "2024-07-04"),
        ("Jul 4, 2024 / 10:00 AM EDT / Example News", "2024-07-04"),
    ],
)
def test_date_from_explicit_lines(lines: str, published: str) -> None:
    meta = meta_of(lines + "\n\n" + STORY)
    assert meta.published == published


def test_no_date_from_event_dates_in_the_story() -> None:
    text = (
        "On February 14, 2024, in Moscow, the president gave an interview.\n\n"
        "The vote, held on 2024-03-01, was close. It was updated on May 5, 2024.\n\n"
        "Updated guidance came out on June 1, 2024, officials said."
    )
    assert meta_of(text).published is None


def test_date_hint_wins() -> None:
    assert meta_of("Published July 4, 2024\n\n" + STORY, published="2024-07-01").published == "2024-07-01"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe, Fox News", "Jane Doe"),
        ("By Jane Doe and John Roe | Example News", "Jane Doe and John Roe"),
        ("By The Associated Press", "The Associated Press"),
    ],
)
def test_byline(line: str, byline: str) -> None:
    assert meta_of(line + "\n\n" + STORY).byline == byline


def test_no_byline_from_story_sentences() -> None:
    text = "By Thursday, the deal had collapsed.\n\nBy entering the race, she changed it.\n\n" + STORY
    assert meta_of(text).byline is None


def test_url_from_source_line_or_hint() -> None:
    assert meta_of(STORY + "\n\nSource: https://example.com/a.").url == "https://example.com/a"
    assert meta_of(STORY, url="https://example.com/b").url == "https://example.com/b"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-07-04T09:30:00Z", "2024-07-04"),
        ("Thu, 04 Jul 2024 09:30:00 +0000", "2024-07-04"),
        ("July 4, 2024", "2024-07-04"),
        ("4th July 2024", "2024-07-04"),
        ("Sept. 9, 2023", "2023-09-09"),
        ("25/12/2024", "2024-12-25"),
        ("07/04/2024", None),  # ambiguous: day or month first?
        ("2024-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_split_sentences_respects_abbreviations() -> None:
    text = "Sen. JD Vance spoke in the U.S. Senate. Mr. Biden replied. It ended."
    assert split_sentences(text) == [
        "Sen. JD Vance spoke in the U.S. Senate.",
        "Mr. Biden replied.",
        "It ended.",
    ]
