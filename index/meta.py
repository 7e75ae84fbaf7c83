"""Title, outlet, publication date, byline and URL of a cleaned article.

Every field comes from an explicit signal: a headline line, the loader's
hints (HTML meta, feed fields), "Source: cbsnews.com", "told Fox News
Digital", a "Published ..." line. A date in a sentence is an event, not the
publication date, and a cited outlet ("as reported by X") is not the
publisher; without a signal the field is None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from index.clean import (
    DATE_RE,
    Cleaned,
    dateline_date,
    is_boilerplate_line,
    looks_like_prompt,
    match_byline,
    prompt_score,
)

if TYPE_CHECKING:
    from index.load import LoadedDoc

__all__ = [
    "Meta", "NEWS_DOMAINS", "extract_meta", "outlet_for_domain", "parse_date", "split_sentences",
]


@dataclass(frozen=True)
class Meta:
    """What the article list shows besides the body."""

    title: str
    outlet: str | None
    published: str | None  # ISO YYYY-MM-DD
    byline: str | None
    url: str | None


NEWS_DOMAINS: dict[str, str] = {
    "abcnews.go.com": "ABC News",
    "aljazeera.com": "Al Jazeera",
    "apnews.com": "AP",
    "axios.com": "Axios",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "bloomberg.com": "Bloomberg",
    "businessinsider.com": "Business Insider",
    "cbsnews.com": "CBS News",
    "cnbc.com": "CNBC",
    "cnn.com": "CNN",
    "dw.com": "DW",
    "economist.com": "The Economist",
    "euronews.com": "Euronews",
    "foxbusiness.com": "Fox Business",
    "foxnews.com": "Fox News",
    "france24.com": "France 24",
    "ft.com": "Financial Times",
    "huffpost.com": "HuffPost",
    "independent.co.uk": "The Independent",
    "kyivindependent.com": "The Kyiv Independent",
    "latimes.com": "Los Angeles Times",
    "meduza.io": "Meduza",
    "msnbc.com": "MSNBC",
    "nbcnews.com": "NBC News",
    "newsweek.com": "Newsweek",
    "npr.org": "NPR",
    "nypost.com": "New York Post",
    "nytimes.com": "The New York Times",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "reuters.com": "Reuters",
    "rferl.org": "RFE/RL",
    "sky.com": "Sky News",
    "telegraph.co.uk": "The Telegraph",
    "theatlantic.com": "The Atlantic",
    "theguardian.com": "The Guardian",
    "thehill.com": "The Hill",
    "themoscowtimes.com": "The Moscow Times",
    "time.com": "Time",
    "usatoday.com": "USA Today",
    "vox.com": "Vox",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
}
_KNOWN_NAMES = {v.casefold() for v in NEWS_DOMAINS.values()}
_QUOTES = "\"'“”‘’«»„"
_PAIRS = {"“": "”", "‘": "’", "«": "»", "„": "“"}

_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?", re.I)
_SOURCE = re.compile(
    r"^(?:sources?|via|originally (?:published|appeared) (?:on|at|in|by))\s*:\s*(.+)$", re.I
)
_URL = re.compile(r"https?://\S+")
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s*"
    r"(?P<name>[A-Z][^.,©]{1,60}?)"
    r"\s*(?:[.,]|all rights reserved|$)",
    re.I,
)
_ENTITY = r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}"
_TOLD = re.compile(rf"\btold (?P<name>{_ENTITY})")
_JOIN = re.compile(rf"\bJoin (?P<name>{_ENTITY}) (?:for|to)\b")
_ORG_WORD = re.compile(
    r"\b(?:News|Times|Post|Digital|Journal|Radio|Television|TV|Press|Media|Daily|Herald"
    r"|Tribune|Network|Agency|Gazette|Telegraph|Guardian|Magazine|Broadcasting|Channel)\b"
)


# --- dates ----------------------------------------------------------------------

_MONTHS = {m: i for i, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"], start=1) for m in names.split()}


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def parse_date(text: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from an explicit date string, else None.

    Reads ISO 8601, RFC 822 (feeds), "July 4, 2024", "4 July 2024" and
    unambiguous d/m/y; "07/04/2024" is ambiguous and gives None.
    """
    if not text:
        return None
    s = text.strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _iso(*map(int, m.groups()))
    try:
        return _iso(*parsedate_to_datetime(s).timetuple()[:3])
    except (TypeError, ValueError, IndexError):
        pass
    found = DATE_RE.search(s)
    if not found:
        return None
    parts = re.findall(r"[A-Za-z]+|\d+", found.group(0))
    nums = [int(p) for p in parts if p.isdigit()]
    words = [_MONTHS.get(p.lower()) for p in parts if p.isalpha()]
    month = next((w for w in words if w), None)
    if month and len(nums) == 2:
        return _iso(nums[1], month, nums[0])
    if len(nums) == 3 and "/" in found.group(0):
        a, b, y = nums
        if a > 12 >= b:
            return _iso(y, b, a)
        if b > 12 >= a:
            return _iso(y, a, b)
    return None


# --- title ----------------------------------------------------------------------

_ABBREV = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt adm prof st jr sr rev "
    "no vol vs etc inc corp co ltd jan feb mar apr aug sep sept oct nov dec "
    "a.m p.m u.s u.k u.n e.g i.e".split()
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, not at "Sen." or "U.S." or initials."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start() + 1].split()
        token = before[-1].strip("\"'“‘(").rstrip(".").lower() if before else ""
        if text[m.start()] == "." and (token in _ABBREV or len(token) <= 1 or "." in token):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out




def _strip_stray_quotes(title: str) -> str:
    """Drop an opening or closing quote mark that has no partner in the title."""
    t = title.strip()
    opens, closes = t.count("“") + t.count("«"), t.count("”") + t.count("»")
    if closes > opens and t[-1:] in ("”", "»"):
        t = t[:-1]
    elif opens > closes and t[:1] in ("“", "«"):
        t = t[1:]
    if t.count('"') % 2:
        t = t[:-1] if t.endswith('"') else t[1:] if t.startswith('"') else t
    if t.startswith("‘") and "’" not in t[1:]:
        t = t[1:]
    return t.strip()


def _close_quotes(text: str) -> str:
    """Close a quotation that a cut left open: “we will support her…”."""
    if text.count("“") > text.count("”"):
        text += "”"
    if text.count('"') % 2:
        text += '"'
    return text


_STOP = frozenset("a an and as at by for from in into of on or that the to with".split())


def _shorten(sentence: str, limit: int = 12) -> str:
    """A sentence cut to about `limit` words, at a clause break when one is near."""
    words = sentence.rstrip(".").split()
    if len(words) <= limit + 2:
        return " ".join(words)
    for i in range(limit + 2, 5, -1):  # prefer ending at a comma or dash
        if words[i - 1][-1] in ",;:" or (i < len(words) and words[i] in "—–-"):
            return _close_quotes(" ".join(words[:i]).rstrip(",;:") + "…")
    end = limit
    while end < min(len(words), limit + 3) and words[end][:1].isupper():
        end += 1  # never cut inside a name: "Vice President Kamala Harris"
    while end > 6 and words[end - 1].lower() in _STOP:
        end -= 1
    return _close_quotes(" ".join(words[:end]).rstrip(",;:—–-") + "…")


def _usable_title(text: str | None) -> str | None:
    if not text:
        return None
    t = _strip_stray_quotes(" ".join(text.split()))
    if not t or is_boilerplate_line(t) or looks_like_prompt(t):
        return None
    return t


def _title(cleaned: Cleaned, doc: LoadedDoc) -> str:
    for hint in (doc.title, cleaned.headline):
        t = _usable_title(hint)
        if t:
            return t
    for para in cleaned.body.split("\n\n"):
        if len(para.split()) < 4 or looks_like_prompt(para):
            continue
        sentences = split_sentences(para)
        t = _usable_title(_shorten(sentences[0]) if sentences else None)
        if t:
            return t
    return PurePath(doc.path.split("#")[0]).stem or "Untitled"


# --- outlet ---------------------------------------------------------------------


def outlet_for_domain(domain: str) -> str:
    """A news site's name for its domain ("cbsnews.com" -> "CBS News"), else the domain."""
    host = domain.lower().strip().removeprefix("www.").rstrip(".")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = NEWS_DOMAINS.get(".".join(parts[i:]))
        if name:
            return name
    return host


def _org_like(name: str) -> bool:
    """Not a person: "WN24", "CNN", "Fox News Digital", a known outlet name."""
    if name.casefold() in _KNOWN_NAMES or _ORG_WORD.search(name):
        return True
    single = " " not in name
    return single and (any(c.isdigit() for c in name) or (name.isupper() and len(name) > 1))


def _outlet_from_lines(removed: tuple[str, ...], body: str) -> str | None:
    for line in removed:
        m = _SOURCE.match(line)
        if m:
            d = _DOMAIN.fullmatch(m.group(1).strip().rstrip("."))
            return outlet_for_domain(d.group(1)) if d else m.group(1).strip().rstrip(".")
        m = _COPYRIGHT.match(line)
        if m:
            return m.group("name").strip()
        by = match_byline(line)
        if by and by[1] and by[1].casefold() in _KNOWN_NAMES:
            return by[1]
    # Self-references: "told Fox News Digital", "Join Fox News for access",
    # "... told WN24" again and again. A single "told X" may be a cited outlet.
    votes: Counter[str] = Counter()
    for m in _TOLD.finditer(body):
        name = m.group("name").rstrip(".’'")
        if _org_like(name):
            own = name.endswith(" Digital")
            votes[name.removesuffix(" Digital")] += 2 if own else 1
    for line in removed:
        for m in _JOIN.finditer(line):
            if _org_like(m.group("name")) or prompt_score(line):
                votes[m.group("name")] += 2
    if votes:
        name, count = votes.most_common(1)[0]
        if count >= 2:
            return name
    return None


def _outlet(cleaned: Cleaned, doc: LoadedDoc, url: str | None) -> str | None:
    if doc.outlet:
        return doc.outlet
    found = _outlet_from_lines(cleaned.removed, cleaned.body)
    if found:
        return found
    if url:
        d = _DOMAIN.match(url)
        if d:
            return outlet_for_domain(d.group(1))
    return None


# --- date, byline, url ----------------------------------------------------------


def _published(cleaned: Cleaned, doc: LoadedDoc) -> str | None:
    if parse_date(doc.published):
        return parse_date(doc.published)
    found: dict[str, str] = {}
    for line in cleaned.removed:
        hit = dateline_date(line)
        if hit and parse_date(hit[1]):
            found.setdefault(hit[0], parse_date(hit[1]) or "")
    return found.get("published") or found.get("date") or found.get("updated")


def _byline(cleaned: Cleaned, doc: LoadedDoc) -> str | None:
    hint = getattr(doc, "byline", None)
    if hint:
        return hint
    for line in cleaned.removed:
        by = match_byline(line)
        if by:
            return by[0]
    return None


def _url(cleaned: Cleaned, doc: LoadedDoc) -> str | None:
    if doc.url:
        return doc.url
    for line in cleaned.removed:
        if _SOURCE.match(line):
            m = _URL.search(line)
            if m:
                return m.group(0).rstrip(".,)")
    return None


def extract_meta(cleaned: Cleaned, doc: LoadedDoc) -> Meta:
    """Metadata for one article from its cleaned text and the loader's hints."""
    url = _url(cleaned, doc)
    return Meta(
        title=_title(cleaned, doc),
        outlet=_outlet(cleaned, doc, url),
        published=_published(cleaned, doc),
        byline=_byline(cleaned, doc),
        url=url,
    )
