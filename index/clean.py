"""Make text safe for a terminal, then drop the boilerplate around a story.

Articles arrive as text pasted from web pages: sign-up walls, app promos,
photo captions and credits, related-story links, donation appeals and author
bios sit between the paragraphs. HTML extractors need the DOM to spot them,
so this works line by line with general rules (never strings from one site).
Every dropped line is kept in `Cleaned.removed`; when a rule is unsure the
line stays, because a lost paragraph is worse than a leftover promo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Cleaned", "DATE_RE", "clean", "dateline_date", "is_boilerplate_line",
           "looks_like_prompt", "match_byline", "prompt_score", "sanitize"]


@dataclass(frozen=True)
class Cleaned:
    """The story (paragraphs joined by a blank line) and what was dropped."""

    body: str
    removed: tuple[str, ...]
    headline: str | None


# --- sanitize ---------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029]")
_SPACES = re.compile("[\u00a0\u202f\u2007]")  # a regex: str.translate costs ~1 ms a page
# A terminal acts on the bytes after ESC too, so the whole sequence goes.
_ESCAPE_SEQ = re.compile(
    r"\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"  # CSI: colours, cursor moves
    r"|\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC/DCS/APC: title, clipboard, links
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"  # other escapes (charset, reset)
)
# C1 controls are removed one by one: in decoded text they are stray bytes,
# and eating "the rest of an OSC" would eat story text instead.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def sanitize(text: str) -> str:
    """Remove escape sequences, controls, bidi overrides and zero-width junk.

    Keeps newlines and tabs; CR/CRLF become LF, no-break spaces spaces. Idempotent.
    """
    text = _SPACES.sub(" ", _NEWLINES.sub("\n", text))
    return _INVISIBLE.sub("", _ESCAPE_SEQ.sub("", text))


# --- line classifiers (context-free) ------------------------------------------

_QUOTES = "\"'“”‘’«»„"
_LONG_LINE = 2000  # boilerplate is short; longer lines are story, never judged
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to)\b", re.I)

# Cues of sign-up walls, app promos and donation appeals. UI cues are rare in
# news prose; appeal cues ("donate", "newsletter") need company to count, and
# "subscribe", "sign up" only count as a command opening the line.
_UI_CUES = [re.compile(p, re.I) for p in (
    r"^\W*(?:please\s+)?(?:sign (?:up|in)|log ?in|subscribe|register|download|click|tap"
    r"|join us|enter your|create (?:a|an|your) (?:free )?account)\b",
    r"\bsupport (?:us|our (?:work|journalism|reporting|mission)|today|now)\b",
    r"\bpayment (?:methods?|options?|details)\b", r"\bremind me later\b|\bmaybe later\b",
    r"\benter(?:ing)? (?:a valid |your )?e-?mail\b|\bvalid e-?mail\b|\be-?mail address\b",
    r"\bpremium content\b|\baccess to this (?:content|article)\b|\bkeep reading\b",
    r"\b(?:download|get|install) (?:the|our) (?:[\w'’&.-]+ ){0,4}app\b",
    r"\bclick here\b|\btap here\b", r"\bapp store\b|\bgoogle play\b",
)]
_APPEAL_CUES = [re.compile(p, re.I) for p in (
    r"\bdonat(?:e|es|ed|ing|ions?)\b", r"\b(?:your|reader) support\b", r"\bmonthly\b",
    r"\bfavou?r to ask\b", r"\bneed your help\b", r"\bchip in\b", r"\binbox\b",
    r"\bbecome an? (?:member|supporter|subscriber|patron)\b", r"\bindependent journalism\b",
    r"\bsubscri(?:be|bing|ption)\b", r"\bsign(?:ing)? (?:up|in)\b|\blog ?in\b",
    r"\bnewsletters?\b", r"\b(?:with|your|free|an) account\b", r"\bfree of charge\b",
    r"\bterms of (?:use|service)\b|\bprivacy policy\b",
)]


# Every cue above contains one of these stems: a cheap test before 24 regexes.
_CUE_STEMS = ("donat", "support", "favo", "help", "monthly", "become a", "chip in", "journalism",
              "subscri", "sign", "log", "newsletter", "inbox", "account", "free of", "terms of",
              "privacy", "payment", "later", "mail", "premium", "access to", "keep reading", "app",
              "click", "tap", "register", "download", "join us", "enter your", "create", "google")


@lru_cache(maxsize=4096)
def prompt_score(line: str) -> int:
    """How many distinct sign-up / app / donation cues a line carries."""
    low = line.lower()
    if len(line) > _LONG_LINE or not any(stem in low for stem in _CUE_STEMS):
        return 0
    return sum(1 for cue in _UI_CUES + _APPEAL_CUES if cue.search(line))


@lru_cache(maxsize=4096)
def looks_like_prompt(line: str) -> bool:
    """A sign-up, app or donation prompt: two cues, or a line of <= 12 words with a UI cue."""
    if len(line) > _LONG_LINE or _ATTRIBUTION.search(line):
        return False
    short_ui = len(line.split()) <= 12 and any(c.search(line) for c in _UI_CUES)
    return short_ui or prompt_score(line) >= 2


_WIDGET = re.compile(  # a whole line that is a page widget
    r"(?:scroll to top|back to top|top of page|advertisement|skip advertisement"
    r"|story continues below(?: advertisement)?|continue reading(?: below)?"
    r"|read more|show more|load more|see more|share(?: this)?(?: article| story| page)?"
    r"|share (?:on|via) \w+|tweet|print(?: this)?(?: article| page)?"
    r"|e-?mail this(?: article| story)?|copy link|link copied|comments?"
    r"|leave a comment|view comments|\d+ comments?|listen(?: to this)?(?: article| story)?"
    r"|play video|watch(?: video| now)?|\d+ min(?:ute)?s? read|skip to (?:main )?content"
    r"|recommended(?: stories| for you)?|most (?:read|popular)|trending(?: now)?"
    r"|related(?: articles| stories| coverage)?|next article|previous article"
    r"|close|menu|search|loading|all rights reserved)", re.I)
_RELATED_PREFIX = re.compile(
    r"^(?:related|read more|read also|also read|see also|more|watch|listen)\s*[:|]\s*\S", re.I)
_SOURCE_LINE = re.compile(
    r"^(?:sources?|via|originally (?:published|appeared) (?:on|at|in|by))\s*:\s*\S", re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.I)
_CONTRIBUTED = re.compile(  # "Reuters contributed to this report.", "Reporting by ..."
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\bcontributed(?: reporting| additional reporting)?(?: to this (?:report|story|article))?\.?$"
    r"|^(?:additional )?(?:reporting|writing|editing|research) by\b", re.I)

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|la|le|bin|al))*"
_BYLINE = re.compile(
    rf"^By\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?)"
    r"(?:\s*[,|/·•–—-]\s*(?P<rest>[^.]{1,60}))?$"
)
_NOT_NAMES = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March"
                        r"|April|May|June|July|August|September|October|November|December"
                        r"|Then|Now|Last|Next|This|That|Early|Late)\b")

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"  # meta checks the name
DATE_RE = re.compile(
    rf"\b(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}})\b",
    re.I,
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DATELINE_KEY = re.compile(
    r"^(?P<key>Published|Updated|Posted|Last updated|First published|Originally published"
    rf"|Date)(?:\s+(?:on|at))?\s*:?\s+{_WEEKDAY}(?=\S)", re.I)
_TIME_OR_SEP = re.compile(
    r"^(?:\s*(?:[,|/·•–—-]|at|\d{1,2}(?::\d\d)+\s*(?:[ap]\.?m\.?)?|[ap]\.?m\.?"
    r"|[A-Z]{2,4}T|UTC|GMT|ET|PT)\s*)*", re.I)


def dateline_date(line: str) -> tuple[str, str] | None:
    """("published" | "updated" | "date", date text) for "Published July 4, 2024",
    "Updated on: 2024-07-04", or a line of only a date and time; else None.
    """
    if len(line) > 200:
        return None
    m = _DATELINE_KEY.match(line)
    if m:
        d = DATE_RE.match(line, m.end())
        if d:
            key = m.group("key").lower()
            kind = "updated" if "updated" in key else "published"
            return kind, d.group(0)
        return None
    bare = re.sub(rf"^{_WEEKDAY}", "", line.strip())
    d = DATE_RE.match(bare)
    if d:
        rest = bare[d.end() :]
        after = rest[_TIME_OR_SEP.match(rest).end() :].strip()
        sep = rest.lstrip()[:1]
        # "Jul 4, 2024 / 10:00 AM EDT / CBS News": separators, time, a name.
        if not after or (
            sep and sep in "|/·•–—-" and len(after.split()) <= 4 and not after.endswith(".")
        ):
            return "date", d.group(0)
    return None


def match_byline(line: str) -> tuple[str, str | None] | None:
    """(names, affiliation) for "By Jane Doe" / "By Jane Doe, Fox News", else None."""
    if len(line) > 200:
        return None
    m = _BYLINE.match(line.strip())
    if not m or _NOT_NAMES.match(m.group("names")):
        return None
    rest = m.group("rest")
    if rest and len(rest.split()) > 8:
        return None
    names = re.sub(r"\s*,\s*$", "", m.group("names")).strip()
    return names, (rest.strip() if rest else None)


_CC = re.compile(r"\bCC[ -]?(?:BY|0)\b|Creative Commons|Public Domain", re.I)
_AGENCY = re.compile(
    r"\b(?:Getty Images|Getty|Reuters|AP|AP Photo|AFP|EPA|EPA-EFE|TASS|Sputnik|Pool"
    r"|Shutterstock|Alamy|iStock(?:photo)?|Xinhua|Anadolu|NurPhoto|ZUMA|SOPA Images"
    r"|LightRocket|Imagn|Wikimedia|Handout|Courtesy)\b"
)
_CREDIT_PREFIX = re.compile(r"^(?:photo(?:graph)?s?|images?|pictures?|credits?)\s*(?:by|:)\s*",
                            re.I)
_CONNECTORS = frozenset("of the and de van von da del la le du for & via".split())


def _namey(segment: str) -> bool:
    words = segment.split()
    return 0 < len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS
                                       for w in words)


def _credit_like(text: str) -> bool:
    """A photo credit: "John Smith/AP Photo", "Getty Images", "Name (CC BY-SA 2.0)"."""
    s = text.strip().strip(_QUOTES).strip().removesuffix(".")
    if not s or len(s) > 150 or len(s.split()) > 12:
        return False
    if _CC.search(s):
        return True
    core = _CREDIT_PREFIX.sub("", s)
    prefixed = core != s
    segments = [x for x in re.split(r"\s*/\s*|\s+via\s+|\s*;\s*", core) if x.strip()]
    if not segments or not all(_namey(x) for x in segments):
        return False
    if prefixed or _AGENCY.search(core):
        return True
    return len(segments) >= 2 and any(len(x.split()) >= 2 for x in segments)


_PAREN_CREDIT = re.compile(r"[.!?”\"]\s*\(([^()]{2,120})\)\s*$")
_GAP = re.compile(r"[.!?”\"](?:\s{2,}|\t)(?=\S)")


def _caption_with_credit(raw: str) -> bool:
    """A caption sentence ending in a photo credit, in parentheses or after a gap."""
    if len(raw) > 1000 or len(raw.split()) > 80:
        return False
    m = _PAREN_CREDIT.search(raw)
    if m and _credit_like(m.group(1)):
        return True
    gaps = list(_GAP.finditer(raw))  # pasted captions put the credit after a wide gap
    return bool(gaps) and _credit_like(raw[gaps[-1].end() :])


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _all_caps(line: str) -> bool:
    if len(line) > 300 or " " not in line or sum(map(str.islower, line[:40])) > 4:
        return False
    letters = _NOT_LETTERS.sub("", line)
    return len(letters) >= 8 and sum(map(str.isupper, letters)) >= 0.9 * len(letters)


def is_boilerplate_line(line: str) -> bool:
    """True for a line no context could make story text (promo, widget, credit...)."""
    line = " ".join(line.split())
    if not line or len(line) > _LONG_LINE:
        return False
    words = len(line.split())
    bare = line.strip(" .:!»›>|*#•·-–—" + _QUOTES)
    return bool(
        _WIDGET.fullmatch(bare)
        or (words <= 25 and _RELATED_PREFIX.match(line))
        or (words <= 12 and _SOURCE_LINE.match(line))
        or (words <= 30 and _COPYRIGHT.match(line))
        or (words <= 25 and _CONTRIBUTED.search(line))
        or match_byline(line)
        or dateline_date(line)
        or _credit_like(line)
        or looks_like_prompt(line)
    )


# --- line rules with context --------------------------------------------------

_BIO = re.compile(
    r"^(?:I(?: am|'m|’m) an? (?:[\w-]+,? (?:and )?){0,4}"
    r"|(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was|has been) (?:an?|the) (?:[\w-]+,? (?:and )?){0,5})"
    r"(?:writer|journalist|reporter|author|editor|analyst|correspondent|columnist"
    r"|contributor|producer|blogger|freelancer)s?\b"
    r"|^(?:Follow|Contact|Email|Reach) (?:him|her|them|me|the author|the writer)\b"
    r"|^(?:He|She|They) can be reached\b|^(?:His|Her|Their|My) (?:work|writing) has appeared\b"
    r"|^About the author\b",
)


def _title_like(line: str, min_words: int, max_words: int) -> bool:
    """Capitalised, min..max words, no closing sentence punctuation: a title."""
    core, first = line.rstrip(_QUOTES).rstrip(), line.lstrip(_QUOTES)[:1]
    return (min_words <= len(line.split()) <= max_words and core[-1:] not in ("", *".,;:…!?-–—")
            and (first.isupper() or first.isdigit()))


def _label_like(line: str) -> bool:
    """A caption's title ("Vance and Trump"): short, no sentence punctuation."""
    return _title_like(line, 1, 10) and line[0] not in _QUOTES


def _headline_like(line: str) -> bool:  # a question or exclamation may be one too
    return _title_like(line.rstrip("?!"), 3, 20)


def _join_wrapped(text: str) -> tuple[list[str], list[bool]]:
    """Non-blank lines (hard-wrapped sentences joined) and whether each follows a blank."""
    out: list[str] = []
    after_blank: list[bool] = []
    prev_blank = True
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            prev_blank = True
            continue
        last = out[-1].rstrip(_QUOTES + ")]") if out else ""
        if not prev_blank and last and last[-1] not in ".!?:;…" and line[0].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
            after_blank.append(prev_blank)
        prev_blank = False
    return out, after_blank


_CURLY = re.compile("[“”„«»]")


def _dedupe_key(line: str) -> str:
    return " ".join(_CURLY.sub('"', line).replace("’", "'").replace("‘", "'").casefold().split())


def _drop_flags(raw: list[str], lines: list[str], after_blank: list[bool]) -> list[bool]:
    """Which lines are boilerplate, rule by rule."""
    n = len(lines)
    caps_ok = sum(map(_all_caps, lines)) * 2 < n  # an all-caps article keeps its lines
    credit = [_credit_like(x) for x in lines]
    caption = [_caption_with_credit(r) for r in raw]
    drop = [
        is_boilerplate_line(x) or (caps_ok and _all_caps(x)) or caption[i]
        for i, x in enumerate(lines)
    ]
    seen: set[str] = set()
    for i, x in enumerate(lines):
        key = _dedupe_key(x)
        if key in seen and len(key.split()) >= 5:
            drop[i] = True
        seen.add(key)
    _mark_prompts(lines, drop)
    for i in range(1, n):
        # A lone credit's caption is the sentence just above it, when the two
        # share a block or a caption title sits above (else it may be story).
        above = i - 1
        sentence = len(lines[above].split()) <= 60 and lines[above].rstrip(_QUOTES)[-1:] in (".", "!", "?")
        if credit[i] and not drop[above] and sentence and (
            not after_blank[i] or (above > 0 and _label_like(lines[above - 1]))
        ):
            drop[above] = caption[above] = True
    for i in range(1, n):  # a short title right above a caption labels it
        if caption[i] and not drop[i - 1] and _label_like(lines[i - 1]):
            drop[i - 1] = True
    for i in range(n - 1, -1, -1):  # an author bio closes the article
        if not drop[i]:
            if len(lines[i]) > _LONG_LINE or not _BIO.search(lines[i]):
                break
            drop[i] = True
    return drop


def _mark_prompts(lines: list[str], drop: list[bool]) -> None:
    """Drop sign-up walls and donation appeals: prompt lines and their cued neighbours."""
    cued = [bool(prompt_score(x)) and not _ATTRIBUTION.search(x) for x in lines]
    appeal = [looks_like_prompt(x) for x in lines]
    for order in (range(1, len(lines)), range(len(lines) - 2, -1, -1)):
        step = 1 if order.step > 0 else -1
        for i in order:  # spread along a run of cued lines, forwards then back
            appeal[i] = appeal[i] or (cued[i] and appeal[i - step])
    for i, flag in enumerate(appeal):
        drop[i] = drop[i] or flag


def clean(text: str) -> Cleaned:
    """Sanitize, drop boilerplate lines by general rules, split off a headline.

    Each non-blank line is a paragraph. The first kept line is the headline
    when it looks like one and the next does not (which keeps `clean`
    idempotent on its own body).
    """
    raw, after_blank = _join_wrapped(sanitize(text))
    lines = [" ".join(x.split()) for x in raw]
    drop = _drop_flags(raw, lines, after_blank)
    kept = [x for x, d in zip(lines, drop) if not d]
    removed = tuple(x for x, d in zip(lines, drop) if d)
    headline = None
    if len(kept) >= 2 and _headline_like(kept[0]) and not _headline_like(kept[1]):
        headline = kept.pop(0)
    return Cleaned(body="\n\n".join(kept), removed=removed, headline=headline)
