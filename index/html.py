"""Article text and metadata hints from an HTML page, with the stdlib parser.

`html.parser` never raises on broken markup, so a malformed page still gives
its text. Navigation, forms, figures and scripts are left out; when the page
has an <article> (or <main>) element with real text, only that is read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import Any

from index.meta import parse_date

__all__ = ["HtmlPage", "html_to_text", "parse_html"]


@dataclass(frozen=True)
class HtmlPage:
    """Text (one paragraph per line, blank line between) and hints from <head>."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None


_BLOCK = frozenset(
    "p div section article main header footer h1 h2 h3 h4 h5 h6 li ul ol dl dt dd "
    "blockquote pre br hr tr td th table figure figcaption aside nav form address "
    "details summary body html".split()
)
_IGNORE = frozenset("script style noscript template svg math button select textarea "
                    "iframe object canvas video audio title".split())
_OUTSIDE = frozenset("nav aside footer form figure figcaption dialog menu".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published",
)


@dataclass
class _Block:
    text: str
    article: bool
    main: bool
    outside: bool


class _Extractor(HTMLParser):
    """Collects text blocks with where they sat, plus <head> metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.ld_json: list[str] = []
        self.canonical: str | None = None
        self._buf: list[str] = []
        self._depth = {"article": 0, "main": 0, "ignore": 0, "outside": 0, "title": 0, "ld": 0}

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf.clear()
        if text:
            d = self._depth
            self.blocks.append(_Block(text, d["article"] > 0, d["main"] > 0, d["outside"] > 0))

    def _count(self, tag: str, attrs: dict[str, str], step: int) -> None:
        d = self._depth
        if tag in ("article", "main"):
            d[tag] = max(0, d[tag] + step)
        if tag == "title":
            d["title"] = max(0, d["title"] + step)
        if tag == "script" and "ld+json" in attrs.get("type", "") or (tag == "script" and d["ld"]):
            d["ld"] = max(0, d["ld"] + step)
        if tag in _IGNORE:
            d["ignore"] = max(0, d["ignore"] + step)
        # A site header is chrome; an article's own header holds its headline.
        if tag in _OUTSIDE or (tag == "header" and not d["article"]):
            d["outside"] = max(0, d["outside"] + step)

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            key = key.lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower():
            self.canonical = self.canonical or attrs.get("href")
        elif tag == "time" and attrs.get("datetime") and self._depth["article"]:
            self.meta.setdefault("time", attrs["datetime"])
        if tag in _BLOCK:
            self._flush()
        if tag not in _VOID:
            self._count(tag, attrs, +1)

    def handle_startendtag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs_list)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._flush()
        if tag not in _VOID:
            self._count(tag, {}, -1)

    def handle_data(self, data: str) -> None:
        d = self._depth
        if d["ld"]:
            self.ld_json.append(data)
        elif d["title"]:
            self.title.append(data)
        elif not d["ignore"]:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _choose(blocks: list[_Block]) -> list[_Block]:
    """The article's own blocks: inside <article> or <main> when those hold text."""
    content = [b for b in blocks if not b.outside] or blocks
    for scope in ("article", "main"):
        scoped = [b for b in content if getattr(b, scope)]
        if sum(len(b.text) for b in scoped) >= 200:
            return scoped
    return content


def _extract(markup: str) -> _Extractor:
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    return parser


def _text(p: _Extractor, markup: str) -> str:
    text = "\n\n".join(b.text for b in _choose(p.blocks))
    if text or "<" not in markup:
        return text
    # An unclosed <script> or <button> can hide everything: strip tags instead.
    bare = re.sub(r"(?is)<(script|style)\b.*?(?:</\1\s*>|$)|<[^>]*>", "\n", markup)
    lines = (" ".join(unescape(x).split()) for x in bare.split("\n"))
    return "\n\n".join(x for x in lines if x)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML fragment: one paragraph per line, blank line between."""
    return _text(_extract(markup), markup)


def _walk_ld(node: Any, found: dict[str, str]) -> None:
    """Pull headline, date, publisher and author from JSON-LD, however nested."""
    if isinstance(node, list):
        for item in node:
            _walk_ld(item, found)
        return
    if not isinstance(node, dict):
        return
    for key in ("headline", "datePublished", "url"):
        if isinstance(node.get(key), str):
            found.setdefault(key, node[key])
    for key in ("publisher", "author"):
        value = node.get(key)
        value = value[0] if isinstance(value, list) and value else value
        name = value.get("name") if isinstance(value, dict) else value
        if isinstance(name, str) and name.strip():
            found.setdefault(key, name.strip())
    _walk_ld(node.get("@graph"), found)


def _ld(chunks: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in chunks:
        try:
            _walk_ld(json.loads(chunk), found)
        except (ValueError, RecursionError):
            continue
    return found


def _strip_site(title: str | None, site: str | None) -> str | None:
    """"Story | Site" -> "Story" when the suffix is the site's name."""
    if not title:
        return None
    title = " ".join(title.split())
    if site:
        m = re.match(rf"(.+?)\s+[|\-–—:·]\s+{re.escape(site)}$", title, re.I)
        if m:
            return m.group(1)
    return title


def parse_html(markup: str) -> HtmlPage:
    """Text and hints (title, date, site name, URL, author) of an HTML page."""
    p = _extract(markup)
    meta, ld = p.meta, _ld(p.ld_json)
    site = meta.get("og:site_name") or meta.get("application-name") or ld.get("publisher")
    title = meta.get("og:title") or meta.get("twitter:title") or ld.get("headline")
    title = _strip_site(title or "".join(p.title), site)
    dates = [meta.get(k) for k in _DATE_KEYS] + [ld.get("datePublished"), meta.get("time")]
    published = next((d for d in map(parse_date, dates) if d), None)
    author = meta.get("author") or ld.get("author")
    if author and ("/" in author or len(author.split()) > 6):
        author = None  # a profile URL or a sentence, not a name
    url = meta.get("og:url") or p.canonical or ld.get("url")
    text = _text(p, markup)
    return HtmlPage(text, title or None, published, site, url or None, author)
