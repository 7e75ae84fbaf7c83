"""Turn paths into decoded documents: files and folders in, `LoadedDoc`s out.

Input is hostile by default: binary files, legacy encodings, huge files,
symlink loops, broken HTML and truncated feeds each give a one-line reason
(`LoadError`, or a `Failure` while walking) instead of a traceback. The
loader is chosen by content, not by file name.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from index.clean import sanitize
from index.feed import parse_feed
from index.html import parse_html
from index.model import Failure
from index.mojibake import repair_mojibake

__all__ = ["LoadError", "LoadedDoc", "decode", "iter_paths", "load_file", "shown"]


class LoadError(Exception):
    """A file that cannot be loaded; str(e) is a one-line, user-readable reason."""


@dataclass(frozen=True)
class LoadedDoc:
    """Decoded text of one document, with hints the source gave about it.

    `text` is sanitized (no escapes or controls, LF line ends); for HTML and
    feeds it is the extracted article text, one paragraph per line.
    """

    path: str  # source path; for feed items "path#N" (N from 1)
    text: str
    kind: str  # "text" | "html" | "feed"
    title: str | None = None
    published: str | None = None  # ISO date
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None


# --- walking --------------------------------------------------------------------


_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(path: str | Path) -> str:
    """A path as text that can be stored and printed: a file name that is not
    UTF-8 (surrogate escapes in Python) shows its stray bytes as `\\xff`."""
    text = str(path)
    if not _SURROGATE.search(text):
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def _reason(err: OSError) -> str:
    """A short reason for an OS error, without the path repeated."""
    return (err.strerror or str(err)).lower()


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Failure]:
    """Files under root, depth first in name order; each folder visited once."""
    stack: list[Iterator[os.DirEntry[str]]] = []

    def opened(folder: Path) -> Iterator[Path | Failure]:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            yield Failure(shown(folder), f"cannot list folder: {_reason(err)}")
            return
        stack.append(iter(entries))

    yield from opened(root)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            st = entry.stat()  # follows symlinks
        except OSError as err:
            yield Failure(shown(path), _stat_reason(path, err))
            continue
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) not in seen:  # a symlink back up ends here
                seen.add((st.st_dev, st.st_ino))
                yield from opened(path)
        elif stat.S_ISREG(st.st_mode):
            yield path
        else:
            yield Failure(shown(path), "not a regular file")


def _stat_reason(path: Path, err: OSError) -> str:
    if path.is_symlink():
        return "symlink loop" if err.errno == errno.ELOOP else "broken symlink"
    return "no such file or folder" if isinstance(err, FileNotFoundError) else _reason(err)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Expand files and folders into files: folders recursively in name order,
    hidden names (.git) skipped, each folder once so symlink loops end. A path
    that is missing, broken or cannot be listed yields a `Failure` instead.
    """
    seen: set[tuple[int, int]] = set()
    for item in paths:
        path = Path(item)
        try:
            st = path.stat()
        except OSError as err:
            yield Failure(shown(path), _stat_reason(path, err))
            continue
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                yield from _walk(path, seen)
        elif stat.S_ISREG(st.st_mode):
            yield path
        else:
            yield Failure(shown(path), "not a regular file")


# --- bytes to text --------------------------------------------------------------

_SIGNATURES: list[tuple[int, bytes, str]] = [
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "zip archive"),
    (0, b"PK\x05\x06", "zip archive"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"MZ", "Windows executable"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (0, b"OggS\x00", "Ogg media"),
    (0, b"ID3", "MP3 audio"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\x00asm", "WebAssembly module"),
    (4, b"ftyp", "MP4/QuickTime media"),
    (8, b"WEBP", "WebP image"),
    (8, b"WAVE", "WAV audio"),
    (8, b"AVI ", "AVI video"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([\w.:-]+)""", re.I)


def _binary_kind(data: bytes) -> str | None:
    """Name of a known binary format by its magic bytes (strict where text could collide)."""
    for offset, magic, name in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if magic in (b"BZh", b"ID3", b"MZ") and b"\x00" not in data[:512]:
                continue  # plain text may start with these letters
            return name
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """utf-16-le/be when every other byte is NUL (ASCII-range text), else None."""
    if len(sample) < 8 or sample.count(0) < len(sample) * 0.3:
        return None
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd >= len(sample) // 2 * 0.9 and even == 0:
        return "utf-16-le"
    if even >= len(sample) // 2 * 0.9 and odd == 0:
        return "utf-16-be"
    return None


_STRAY = re.compile("[\udc80-\udcff]+")


def _mixed_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray cp1252 bytes (a pasted smart quote), else None."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(map(len, _STRAY.findall(text)))
    valid = sum(map(len, re.findall("[^\x00-\x7f\udc80-\udcff]+", text)))
    if valid <= stray:
        return None
    return _STRAY.sub(
        lambda m: bytes(ord(c) - 0xDC00 for c in m.group()).decode("cp1252", "replace"), text
    )


def _legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes: cp1252 (a superset of latin-1's text) unless clearly not Western."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes cp1252 leaves undefined
        text = data.decode("latin-1")
    letters = [c for c in text[:100_000] if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > 0x7F)
    # Western text is mostly ASCII letters; Cyrillic or Greek read as cp1252 is not.
    if foreign >= 20 and foreign > 0.3 * len(letters):
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            try:
                return data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    return text


def decode(data: bytes) -> str:
    """Bytes to text: BOMs, then UTF-8, a declared charset, cp1252/latin-1, detection.

    Raises LoadError for empty and binary data.
    """
    if not data:
        raise LoadError("empty file")
    kind = _binary_kind(data)
    if kind:
        raise LoadError(f"binary file ({kind})")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    sample = data[:8192]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return data.decode(utf16, errors="replace")
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise LoadError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:2048])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (UnicodeDecodeError, LookupError):
            pass
    return _mixed_utf8(data) or _legacy(data)


# --- choosing a loader ----------------------------------------------------------

_PROLOG = r"(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
_FEED = re.compile(rf"{_PROLOG}<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_HTML = re.compile(
    r"(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*"
    r"(?:<!DOCTYPE\s+html|<(?:html|head|body|meta|title|article|div|p|h1|main|section)\b)",
    re.I | re.S,
)


def sniff(text: str) -> str:
    """"feed", "html" or "text", from how the content starts."""
    head = text[:8192].lstrip()
    if _FEED.match(head):
        return "feed"
    if _HTML.match(head):
        return "html"
    return "text"


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise LoadError("is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise LoadError("not a regular file")
        if st.st_size > max_bytes:
            raise LoadError(f"too large ({st.st_size / 1e6:.1f} MB, limit {max_bytes / 1e6:g} MB)")
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as err:
        raise LoadError(_stat_reason(path, err)) from None
    if len(data) > max_bytes:  # grew while we looked
        raise LoadError(f"too large (over {max_bytes / 1e6:g} MB)")
    return data


def _feed_docs(path: Path, text: str) -> list[LoadedDoc]:
    items = parse_feed(text)
    docs = [
        LoadedDoc(f"{shown(path)}#{it.index}", sanitize(it.text), "feed", _hint(it.title),
                  it.published, _hint(it.outlet), _hint(it.url), _hint(it.byline))
        for it in items
        if it.text.strip()
    ]
    if not docs:
        reason = "feed has no items with text" if items else "malformed or truncated feed"
        raise LoadError(reason)
    return docs


def _hint(value: str | None) -> str | None:
    """A one-line, terminal-safe hint, or None when blank."""
    return " ".join(sanitize(value).split()) or None if value else None


def load_file(path: Path, max_bytes: int = 20_000_000) -> list[LoadedDoc]:
    """The documents in one file: one for text or HTML, one per item for a feed.

    The loader is chosen by content, not name. Raises LoadError with a
    one-line reason: "empty file", "binary file (PNG image)", "too large
    (50.0 MB, limit 20 MB)", "not a regular file", "malformed or truncated feed"...
    """
    path = Path(path)
    text = sanitize(repair_mojibake(decode(_read(path, max_bytes))))
    if not text.strip():
        raise LoadError("empty file (whitespace only)")
    kind = sniff(text)
    if kind == "feed":
        return _feed_docs(path, text)
    if kind == "html":
        page = parse_html(text)
        body = sanitize(page.text)
        if not body.strip():
            raise LoadError("HTML page with no text")
        return [LoadedDoc(shown(path), body, "html", _hint(page.title), page.published,
                          _hint(page.outlet), _hint(page.url), _hint(page.byline))]
    return [LoadedDoc(shown(path), text, "text")]
