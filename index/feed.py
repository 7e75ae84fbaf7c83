"""Items of an RSS or Atom feed, each with its text and hints.

`xml.etree` reads a well-formed feed. A truncated or malformed one (or one
declaring entities, which expat would expand) is read by a forgiving scan
that keeps every complete <item>/<entry>, so a cut-off download still gives
its first stories.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html import escape, unescape

from index.html import html_to_text
from index.meta import parse_date

__all__ = ["FeedItem", "parse_feed"]


@dataclass(frozen=True)
class FeedItem:
    """One story of a feed; `index` is its 1-based position in the feed."""

    index: int
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None


_TEXT_FIELDS = ("encoded", "content", "description", "summary")
_DATE_FIELDS = ("pubDate", "published", "date", "issued", "updated", "modified")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _inner(el: ET.Element) -> str:
    """An element's content as HTML markup; XHTML children keep their paragraphs."""
    if not len(el):
        return el.text or ""  # escaped HTML, already unescaped once by the parser
    return escape(el.text or "") + "".join(_outer(child) for child in el)


def _outer(el: ET.Element) -> str:
    name = _local(el.tag)
    return f"<{name}>{escape(el.text or '')}{''.join(_outer(c) for c in el)}</{name}>" + escape(
        el.tail or ""
    )


def _item_from_fields(index: int, fields: dict[str, str], outlet: str | None) -> FeedItem:
    body = next((fields[k] for k in _TEXT_FIELDS if fields.get(k, "").strip()), "")
    title = " ".join(html_to_text(fields.get("title", "")).split()) or None
    published = next((d for d in (parse_date(fields.get(k)) for k in _DATE_FIELDS) if d), None)
    author = " ".join(fields.get("creator", fields.get("author", "")).split()) or None
    return FeedItem(index, html_to_text(body), title, published, outlet,
                    fields.get("link") or None, author)


def _parse_tree(root: ET.Element) -> list[FeedItem]:
    channel = next((el for el in root.iter() if _local(el.tag) == "channel"), root)
    title_el = next((el for el in channel if _local(el.tag) == "title"), None)
    outlet = " ".join((title_el.text or "").split()) if title_el is not None else ""
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    out = []
    for n, item in enumerate(items, start=1):
        fields: dict[str, str] = {}
        for child in item:
            name = _local(child.tag)
            if name == "link" and child.get("href"):
                if child.get("rel", "alternate") == "alternate":
                    fields.setdefault("link", child.get("href", ""))
            elif name == "author" and len(child):
                fields.setdefault("author", "".join(child.itertext()))
            else:
                fields.setdefault(name, _inner(child).strip())
        out.append(_item_from_fields(n, fields, outlet or None))
    return out


_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_FIELD = re.compile(r"<([\w.-]+(?::[\w.-]+)?)\b([^>]*?)(?:/>|>(.*?)</\1\s*>)", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|$)", re.S)
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)""")


def _xml_text(raw: str) -> str:
    """Text of an XML field: CDATA as is, anything else unescaped once."""
    if "<![CDATA[" in raw:
        return "".join(_CDATA.findall(raw))
    return unescape(raw)


def _parse_scan(text: str) -> list[FeedItem]:
    """Forgiving reader: complete items only, fields by pattern."""
    first = _ITEM.search(text)
    head = text[: first.start()] if first else text
    m = re.search(r"<title\b[^>]*>(.*?)</title\s*>", head, re.S | re.I)
    outlet = " ".join(_xml_text(m.group(1)).split()) if m else None
    out = []
    for n, item in enumerate(_ITEM.finditer(text), start=1):
        fields: dict[str, str] = {}
        for f in _FIELD.finditer(item.group(2)):
            name = _local(f.group(1))
            if name == "link" and _HREF.search(f.group(2)):
                fields.setdefault("link", _HREF.search(f.group(2)).group(1))
            elif f.group(3) is not None:
                fields.setdefault(name, _xml_text(f.group(3)).strip())
        if name_tag := fields.get("author"):
            fields["author"] = re.sub(r"<[^>]+>", " ", name_tag)
        out.append(_item_from_fields(n, fields, outlet or None))
    return out


def parse_feed(text: str) -> list[FeedItem]:
    """Every item of an RSS/Atom feed, in order (items without text included)."""
    body = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if "<!ENTITY" not in body:
        try:
            return _parse_tree(ET.fromstring(body))
        except ET.ParseError:
            pass
    return _parse_scan(body)
