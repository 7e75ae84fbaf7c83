"""Cleaning: terminal safety, boilerplate rules on the samples and on invented text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.clean import clean, looks_like_prompt, sanitize

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"


def sample(prefix: str) -> str:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def lines_of(text: str) -> list[str]:
    """The non-blank lines of a raw text, whitespace collapsed, as clean sees them."""
    return [" ".join(x.split()) for x in sanitize(text).split("\n") if x.strip()]


def check_split(prefix: str, removed_prefixes: list[str], headline: str | None = None) -> list[str]:
    """Assert exactly these lines (by prefix, in order) are removed and all others kept in order."""
    cleaned = clean(sample(prefix))
    story, expected_removed, todo = [], [], list(removed_prefixes)
    for line in lines_of(sample(prefix)):
        if todo and line.startswith(todo[0]):
            expected_removed.append(line)
            todo.pop(0)
        else:
            story.append(line)
    assert not todo, f"prefixes not found in order: {todo}"
    if headline is not None:
        assert story.pop(0) == headline
    assert cleaned.headline == headline
    assert list(cleaned.removed) == expected_removed
    assert cleaned.body.split("\n\n") == story
    return story


# --- the five samples -------------------------------------------------------------


def test_sample_000_fox_signup_wall_captions_promos_and_credit_go() -> None:
    story = check_split(
        "000",
        [
            "Join Fox News for access to this content",
            "Plus special access to select articles",
            "By entering your email and pushing continue",
            "Please enter a valid email address.",
            "By entering your email and pushing continue",
            "Putin",  # caption label
            "Russian President Vladimir Putin attends a plenary session",
            "PUTIN CLAIMS HE PREFERS 'MORE PREDICTABLE' BIDEN OVER TRUMP",
            "Trump and Harris split",
            "Former President Trump and Vice President Kamala Harris. (Getty Images)",
            "Vance and Trump",
            "Former President Trump, left, and Sen. JD Vance",
            "WHY PUTIN PREFERS HARRIS OVER TRUMP IN THE WHITE HOUSE",
            "Field of MArs Poland Ukraine Independence Day Russia War",
            "People walk among graves at the Field of Mars cemetery",
            "CLICK HERE TO GET THE FOX NEWS APP",
            "Reuters contributed to this report.",
        ],
    )
    assert len(story) == 18
    assert story[0].startswith("Russian President Vladimir Putin on Thursday appeared to endorse")
    assert story[-1].startswith("Putin also suggested that Brazil, India or China")
    assert not any(x.startswith("Putin on Thursday claimed") for x in clean(sample("000")).removed)


def test_sample_001_cbs_repeat_caption_and_source_go_fragments_stay() -> None:
    story = check_split(
        "001",
        [
            "Putin reportedly expressed a preference for Biden over Trump",  # the second copy
            "Russia's President Putin gives interview in Moscow",  # caption label
            "On February 14, 2024, in Moscow, Vladimir Putin",  # caption
            "“Reuters via Pool / Alexander Kazakov / Sputnik”",  # credit
            "Source: cbsnews.com",
        ],
    )
    # The first copy of the summary stays: it is content, only the repeat is junk.
    assert story[0].startswith("Putin reportedly expressed a preference")
    assert sum(x.startswith("Putin reportedly expressed") for x in story) == 1
    # Odd short fragments are real text the page broke apart: kept.
    for fragment in (
        "the recent expulsion of diplomats.",
        "concerns raised by an investigator appointed to a specific case",
        "Asked about his impressions from his last week’s",
        "Biden condemns Trump for threatening to abandon NATO allies",
        "Putin’s comments on Biden’s well-being and the conflict between Russia and Ukraine.",
    ):
        assert fragment in story
    assert len(story) == 40


def test_sample_002_headline_split_off_and_scroll_to_top_goes() -> None:
    story = check_split(
        "002",
        ["Scroll to Top"],
        headline="Putin Believes Trump’s Intentions to End Russia, Ukraine War Are Genuine”",
    )
    assert len(story) == 8
    assert story[0].startswith("Russian President Vladimir Putin, speaking at a news conference")


def test_sample_003_closing_writer_bio_goes() -> None:
    story = check_split("003", ["I am an experienced writer, analyst, and author."])
    assert len(story) == 8
    assert story[-1].startswith("Trump’s willingness to negotiate with Russia")


def test_sample_004_captions_credits_and_donation_appeal_go() -> None:
    story = check_split(
        "004",
        [
            "Former President of the United States Donald Trump speaking with attendees",
            "Former President of the United States Donald Trump speaking with attendees",
            "Gage Skidmore (CC BY-SA 2.0)",
            "President Joe Biden walks off stage during the break",
            "President Joe Biden walks off stage during the break",
            "Gerald Herbert / AP / TASS",
            "… we have a small favor to ask.",
            "We, the journalists of WN24, refuse to be silenced.",
            "Your support, no matter how small, makes a world of difference.",
            "payment methods",
            "Not ready to support today?",
            "Remind me later.",
        ],
    )
    assert "Weighing the Pros and Cons of Trump vs. Biden" in story
    assert "Several Russian government officials voiced similar sympathies." in story
    assert story[-1].startswith("Although some experts were skeptical")
    assert len(story) == 43


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_samples_clean_is_idempotent(prefix: str) -> None:
    first = clean(sample(prefix))
    again = clean(first.body)
    assert again.body == first.body
    assert again.removed == ()
    assert again.headline is None


# --- general rules on invented articles ----------------------------------------------

STORY = [
    "The city council voted on Tuesday to expand the bus network to three new districts.",
    "“We have waited for this for ten years,” said Maria Lopez, who lives in the east end.",
    "The plan will cost about $40 million, according to a council report.",
    "Opponents said the money should go to road repairs instead.",
]


def article(*extra: tuple[int, str]) -> str:
    """STORY with boilerplate lines inserted before the given paragraph indexes."""
    paras = list(STORY)
    for index, line in sorted(extra, reverse=True):
        paras.insert(index, line)
    return "\n\n".join(paras)


def assert_story_kept(cleaned_body: str, story: list[str] = STORY) -> None:
    assert cleaned_body.split("\n\n") == story


@pytest.mark.parametrize(
    "junk",
    [
        "DOWNLOAD THE CNN APP",
        "Download the BBC News app for the latest updates",
        "Sign up for our Morning Briefing newsletter to get the news in your inbox.",
        "Subscribe",
        "Advertisement",
        "Share this article",
        "RELATED: Council to debate transit budget next month",
        "Read more: Why the bus network matters",
        "MAYOR SAYS BUDGET IS BALANCED",
        "Source: nytimes.com",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "The Associated Press contributed to this report.",
        "Reporting by Jane Roe; Editing by John Poe",
        "By Jane Doe, Fox News",
        "Published July 4, 2024 10:00am EDT",
        "Getty Images",
        "Jane Smith/AP Photo",
    ],
)
def test_generic_boilerplate_line_is_removed(junk: str) -> None:
    cleaned = clean(article((2, junk)))
    assert cleaned.removed == (junk,)
    assert_story_kept(cleaned.body)


def test_caption_with_parenthesised_credit_and_its_label_go() -> None:
    text = article((1, "Bus depot\n\nA bus leaves the central depot in the morning. (John Smith/AP Photo)"))
    cleaned = clean(text)
    assert cleaned.removed == (
        "Bus depot",
        "A bus leaves the central depot in the morning. (John Smith/AP Photo)",
    )
    assert_story_kept(cleaned.body)


def test_caption_above_a_lone_credit_line_goes() -> None:
    text = article((3, "Commuters wait at a stop in the rain.\nJane Roe / Reuters"))
    cleaned = clean(text)
    assert cleaned.removed == ("Commuters wait at a stop in the rain.", "Jane Roe / Reuters")
    assert_story_kept(cleaned.body)
    titled = clean(article((3, "Rainy commute\n\nCommuters wait in the rain.\n\nJane Roe / Reuters")))
    assert titled.removed == ("Rainy commute", "Commuters wait in the rain.", "Jane Roe / Reuters")


def test_story_paragraph_above_a_stray_credit_stays() -> None:
    cleaned = clean(article((2, "Jane Roe / Reuters")))
    assert cleaned.removed == ("Jane Roe / Reuters",)
    assert_story_kept(cleaned.body)


def test_donation_appeal_and_newsletter_wall_go() -> None:
    appeal = (
        "Dear reader, we need your help to keep going.\n\n"
        "Please donate today: a monthly gift of $5 keeps independent journalism alive.\n\n"
        "Maybe later"
    )
    wall = "Create a free account to keep reading\nEnter your email address\nSign up"
    cleaned = clean(wall + "\n\n" + "\n\n".join(STORY) + "\n\n" + appeal)
    assert_story_kept(cleaned.body)
    assert len(cleaned.removed) == 6


def test_repeated_line_keeps_its_first_copy() -> None:
    cleaned = clean(article((1, STORY[0])))
    assert cleaned.removed == (STORY[0],)
    assert_story_kept(cleaned.body)


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a reporter at the Daily Planet covering city hall.",
        "Jane Doe is a senior political correspondent for Example News. Follow her on X.",
        "I am a freelance journalist based in Lisbon.",
    ],
)
def test_closing_author_bio_goes(bio: str) -> None:
    cleaned = clean("\n\n".join(STORY) + "\n\n" + bio)
    assert cleaned.removed == (bio,)
    assert_story_kept(cleaned.body)


def test_story_lines_that_resemble_boilerplate_stay() -> None:
    story = [
        "Facebook changed its privacy policy on Monday, regulators said.",
        "The charity said donations rose by a third last year.",
        "Musk to donate millions to a new campaign group",
        "Jane Doe is a reporter at the Tribune who was detained in March, her editor said.",
        "the expulsion of diplomats.",
        "Weighing the Costs",
        "“No,” he said.",
        "“No,” he said.",
        "By Thursday, the deal had collapsed.",
        "On February 14, 2024, in Moscow, the talks resumed.",
        "Officials met again later that week.",
    ]
    cleaned = clean("\n\n".join(story))
    assert cleaned.removed == ()
    assert cleaned.body.split("\n\n") == story


def test_all_caps_article_is_not_emptied() -> None:
    text = "CITY VOTES TO EXPAND BUSES\n\nTHE COUNCIL VOTED ON TUESDAY.\n\nTHE PLAN COSTS $40 MILLION."
    cleaned = clean(text)
    assert cleaned.removed == ()
    assert cleaned.headline == "CITY VOTES TO EXPAND BUSES"
    assert cleaned.body == "THE COUNCIL VOTED ON TUESDAY.\n\nTHE PLAN COSTS $40 MILLION."


def test_hard_wrapped_paragraph_is_joined() -> None:
    cleaned = clean("The council voted on Tuesday\nto expand the bus network.\n\nIt was close.")
    assert cleaned.body == "The council voted on Tuesday to expand the bus network.\n\nIt was close."


# --- headline -------------------------------------------------------------------------


def test_headline_is_split_off() -> None:
    cleaned = clean("Council Expands Bus Network\n\n" + "\n\n".join(STORY))
    assert cleaned.headline == "Council Expands Bus Network"
    assert_story_kept(cleaned.body)


def test_no_headline_when_first_line_is_a_sentence_or_two_titles_stack() -> None:
    assert clean("\n\n".join(STORY)).headline is None
    stacked = clean("Council Expands Buses\n\nThree New Districts\n\n" + STORY[0])
    assert stacked.headline is None  # which one is the headline? leave both in the body
    assert clean(stacked.body).body == stacked.body


# --- sanitize ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("\x1b[31mred\x1b[0m text", "red text"),
        ("\x1b[1;38;5;196mbold", "bold"),
        ("\x1b]0;evil title\x07Hello", "Hello"),
        ("\x1b]52;c;ZXZpbCBwYXlsb2Fk\x07copy", "copy"),
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ here", "link here"),
        ("\x1bPdevice control\x1b\\ok", "ok"),
        ("a\x9bb\x85c\x9d", "abc"),
        ("\u202eevil\u202c \u2066iso\u2069", "evil iso"),
        ("nul\x00byte\x7f del\x08", "nulbyte del"),
        ("zero\u200bwidth\ufeff\u2060", "zerowidth"),
        ("crlf\r\nmac\rnew", "crlf\nmac\nnew"),
        ("no\u00a0break", "no break"),
        ("tab\tkept\n", "tab\tkept\n"),
        ("\x1b[", ""),
    ],
)
def test_sanitize_removes_terminal_hazards(raw: str, safe: str) -> None:
    assert sanitize(raw) == safe


@given(st.text())
def test_sanitize_is_idempotent_and_leaves_no_controls(text: str) -> None:
    once = sanitize(text)
    assert sanitize(once) == once
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in once)
    assert "\r" not in once and "\x1b" not in once


def test_clean_sanitizes() -> None:
    cleaned = clean("\x1b]0;pwned\x07Council Votes\x1b[31m Today\n\n" + STORY[0])
    assert "\x1b" not in cleaned.body + (cleaned.headline or "")


# --- idempotence on generated articles --------------------------------------------------

_PIECES = STORY + [
    "",
    "Council Expands Bus Network",
    "Bus depot",
    "A bus leaves the depot. (John Smith/AP Photo)",
    "Commuters wait in the rain.",
    "Jane Roe / Reuters",
    "DOWNLOAD THE CNN APP",
    "Sign up for our newsletter to get the news in your inbox.",
    "Please support us monthly.",
    "We need your help.",
    "Remind me later.",
    "Jane Doe is a reporter at the Daily Planet.",
    "By Jane Doe",
    "Published July 4, 2024",
    "the expulsion of diplomats.",
    "to expand the network",
    "Advertisement",
    "“No,” he said.",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_clean_is_idempotent_on_its_own_body(pieces: list[str], sep: str) -> None:
    first = clean(sep.join(pieces))
    assert clean(first.body).body == first.body


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_clean_is_idempotent_on_arbitrary_text(text: str) -> None:
    first = clean(text)
    assert clean(first.body).body == first.body


# --- sentences and size -----------------------------------------------------------------


def test_a_five_megabyte_line_is_cleaned_quickly() -> None:
    text = "word " * 1_000_000
    start = time.perf_counter()
    cleaned = clean(text)
    assert time.perf_counter() - start < 10
    assert len(cleaned.body) == len(text) - 1


@pytest.mark.parametrize(
    "line",
    [
        "Get it on Google Play",
        "Maybe later",
        "Keep reading with a free account",
        "Click here to subscribe",
        "Log in to continue",
        "Please enter a valid email address.",
        "Support independent journalism: donate monthly.",
        "Choose your payment method",
        "Become a member and get our newsletter in your inbox.",
    ],
)
def test_prompt_lines_are_recognised(line: str) -> None:
    assert looks_like_prompt(line)
    assert clean("\n\n".join(STORY) + "\n\n" + line).removed == (line,)
