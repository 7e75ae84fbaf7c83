"""Loading real files from tmp_path: encodings, refusals, HTML, feeds, folders."""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

import pytest

from index.load import LoadedDoc, LoadError, iter_paths, load_file
from index.model import Failure

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
TEXT = "He said \u201cnon, merci\u201d at the caf\u00e9 \u2014 it\u2019s over.\n"


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def load_one(path: Path) -> LoadedDoc:
    (doc,) = load_file(path)
    return doc


def reason(path: Path, **kwargs: int) -> str:
    with pytest.raises(LoadError) as err:
        load_file(path, **kwargs)
    return str(err.value)


# --- decoding -------------------------------------------------------------------------


def test_cp1252_smart_quotes_and_accents(tmp_path: Path) -> None:
    raw = TEXT.encode("cp1252")
    assert b"\x93" in raw and b"\x94" in raw and b"\xe9" in raw
    doc = load_one(write(tmp_path / "a.txt", raw))
    assert doc.text == TEXT
    assert doc.kind == "text"


def test_latin1(tmp_path: Path) -> None:
    text = "Caf\u00e9 cr\u00e8me \u00e0 Gen\u00e8ve, 3\u00bd \u00b0C, na\u00efve r\u00e9sum\u00e9.\n"
    assert load_one(write(tmp_path / "l.txt", text.encode("latin-1"))).text == text


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    assert load_one(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + TEXT.encode())).text == TEXT
    assert load_one(write(tmp_path / "plain.txt", TEXT.encode())).text == TEXT


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    assert load_one(write(tmp_path / "u.txt", bom + TEXT.encode(codec))).text == TEXT


def test_utf16_without_bom(tmp_path: Path) -> None:
    text = "Plain ASCII news text in UTF-16.\n" * 5
    assert load_one(write(tmp_path / "u.txt", text.encode("utf-16-le"))).text == text


def test_utf8_with_a_stray_cp1252_quote(tmp_path: Path) -> None:
    raw = "Caf\u00e9 \u2014 ".encode() + b"it\x92s fine"
    assert load_one(write(tmp_path / "m.txt", raw)).text == "Caf\u00e9 \u2014 it\u2019s fine"


def test_cyrillic_cp1251_is_detected(tmp_path: Path) -> None:
    text = "Президент России заявил, что Москва готова к переговорам с Киевом. " * 4
    assert load_one(write(tmp_path / "ru.txt", text.encode("cp1251"))).text == text


def test_mixed_line_endings_and_escapes_are_normalised(tmp_path: Path) -> None:
    raw = b"one\r\ntwo\rthree\nfour \x1b[31mred\x1b[0m \x1b]0;title\x07end"
    assert load_one(write(tmp_path / "e.txt", raw)).text == "one\ntwo\nthree\nfour red end"


# --- refusals -------------------------------------------------------------------------


def test_empty_and_whitespace_only_files(tmp_path: Path) -> None:
    assert reason(write(tmp_path / "empty.txt", b"")) == "empty file"
    assert reason(write(tmp_path / "ws.txt", b" \n\t\r\n  \n")) == "empty file (whitespace only)"


def test_png_header(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
    assert reason(write(tmp_path / "story.txt", data)) == "binary file (PNG image)"


def test_zip_archive(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    assert reason(path) == "binary file (zip archive)"


def test_random_bytes_with_nuls(tmp_path: Path) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00"
    assert reason(write(tmp_path / "r.bin", data)) == "binary file"


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50_000_000)
    assert reason(path) == "too large (50.0 MB, limit 20 MB)"
    small = write(tmp_path / "s.txt", b"x" * 2_000_000)
    assert reason(small, max_bytes=1_000_000) == "too large (2.0 MB, limit 1 MB)"


def test_a_five_megabyte_single_line_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", b"word " * 1_000_000)
    assert len(load_one(path).text) == 5_000_000


def test_folder_and_missing_file_give_reasons(tmp_path: Path) -> None:
    assert reason(tmp_path) == "is a folder"
    assert reason(tmp_path / "missing.txt") == "no such file or folder"


# --- choosing the loader by content -----------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<title>Council expands buses | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Council expands bus network">
<meta property="article:published_time" content="2024-07-04T09:30:00Z">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://example.com/buses">
<script>var x = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Council expands bus network</h1>
<p>The city council voted on Tuesday to expand the bus network to three new districts,
officials said.</p>
<figure><img src="a.jpg"><figcaption>A bus. (John Smith/AP)</figcaption></figure>
<p>&ldquo;We have waited for this for ten years,&rdquo; said Maria Lopez &amp; her neighbours.</p>
<p>The plan will cost about $40 million, according to a council report published this week.</p>
</article>
<aside>Most read: something else</aside>
<footer>&copy; Example Times</footer>
</body></html>"""


def test_html_page_text_and_hints(tmp_path: Path) -> None:
    doc = load_one(write(tmp_path / "page.txt", PAGE.encode()))
    assert doc.kind == "html"
    assert doc.text.split("\n\n") == [
        "Council expands bus network",
        "The city council voted on Tuesday to expand the bus network to three new districts, "
        "officials said.",
        "\u201cWe have waited for this for ten years,\u201d said Maria Lopez & her neighbours.",
        "The plan will cost about $40 million, according to a council report published this week.",
    ]
    assert (doc.title, doc.outlet, doc.published) == (
        "Council expands bus network",
        "Example Times",
        "2024-07-04",
    )
    assert (doc.url, doc.byline) == ("https://example.com/buses", "Jane Doe")


def test_malformed_html_still_gives_text(tmp_path: Path) -> None:
    page = "<html><body><div><p>First paragraph<p>Second <b>bold</i> paragraph<div>Third"
    doc = load_one(write(tmp_path / "bad.html", page.encode()))
    assert doc.text.split("\n\n") == ["First paragraph", "Second bold paragraph", "Third"]


def test_unclosed_script_does_not_hide_the_page(tmp_path: Path) -> None:
    doc = load_one(write(tmp_path / "s.html", b"<html><body><button>Menu<p>Story text here.</p>"))
    assert "Story text here." in doc.text


def test_escape_sequences_in_html_entities_are_removed(tmp_path: Path) -> None:
    page = "<html><head><title>T&#27;]0;x&#7;itle</title></head><body><p>a&#27;[31mb</p></body></html>"
    doc = load_one(write(tmp_path / "e.html", page.encode()))
    assert "\x1b" not in doc.text and "\x1b" not in (doc.title or "")


def test_html_extension_with_plain_text_is_text(tmp_path: Path) -> None:
    assert load_one(write(tmp_path / "x.html", b"Just words <3 and more.")).kind == "text"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://example.com</link>
<item><title>First story</title><link>https://example.com/1</link>
<pubDate>Thu, 04 Jul 2024 09:30:00 +0000</pubDate><dc:creator>Jane Doe</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Paragraph one.</p><p>Paragraph two &amp; more.</p>]]></content:encoded>
</item>
<item><title>Second &amp; last</title><link>https://example.com/2</link>
<description>&lt;p&gt;Only a description.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_rss_feed_gives_one_doc_per_item(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.xml", RSS.encode())
    first, second = load_file(path)
    assert first == LoadedDoc(
        f"{path}#1", "Paragraph one.\n\nParagraph two & more.", "feed", "First story",
        "2024-07-04", "Example News", "https://example.com/1", "Jane Doe",
    )
    assert (second.path, second.title, second.text) == (f"{path}#2", "Second & last", "Only a description.")


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<entry><title type="html">Atom story</title>
<link rel="alternate" href="https://atom.example/a"/><published>2024-03-01T10:00:00Z</published>
<author><name>John Roe</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></content>
</entry></feed>"""


def test_atom_feed(tmp_path: Path) -> None:
    (doc,) = load_file(write(tmp_path / "atom.txt", ATOM.encode()))
    assert (doc.kind, doc.title, doc.outlet, doc.published) == ("feed", "Atom story", "Atom Times", "2024-03-01")
    assert (doc.url, doc.byline, doc.text) == ("https://atom.example/a", "John Roe", "One.\n\nTwo.")


def test_truncated_feed_keeps_complete_items(tmp_path: Path) -> None:
    cut = RSS[: RSS.index("<item><title>Second") + 40]
    docs = load_file(write(tmp_path / "cut.xml", cut.encode()))
    assert [d.title for d in docs] == ["First story"]
    assert docs[0].published == "2024-07-04" and docs[0].outlet == "Example News"


def test_feed_with_entities_is_not_expanded(tmp_path: Path) -> None:
    bomb = RSS.replace("<rss", '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">]>\n<rss', 1)
    assert len(load_file(write(tmp_path / "bomb.xml", bomb.encode()))) == 2


def test_feed_without_items_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "f.xml", b"<rss><channel><title>x</title>")
    assert reason(path) == "malformed or truncated feed"


# --- folders ----------------------------------------------------------------------------


def test_folders_are_walked_sorted_recursively_skipping_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt",
                 ".git/config", "sub/.cache/e.txt", "z dir/f ü.txt"]:
        write(tmp_path / name, b"text")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z dir/f ü.txt"]


def test_symlink_loops_do_not_hang(tmp_path: Path) -> None:
    write(tmp_path / "news/a.txt", b"text")
    os.symlink(tmp_path / "news", tmp_path / "news/again")  # a folder pointing at itself
    os.symlink(tmp_path / "news/self", tmp_path / "news/self")  # a link pointing at itself
    os.symlink(tmp_path / "nowhere", tmp_path / "news/broken")
    found = list(iter_paths([tmp_path / "news"]))
    assert found[0] == tmp_path / "news/a.txt"
    reasons = {Path(f.path).name: f.reason for f in found if isinstance(f, Failure)}
    assert reasons == {"self": "symlink loop", "broken": "broken symlink"}
    assert len(found) == 3


def test_missing_path_is_a_failure_and_files_pass_through(tmp_path: Path) -> None:
    file = write(tmp_path / "hidden dir/.explicit.txt", b"x")
    found = list(iter_paths([tmp_path / "missing", str(file)]))
    assert found == [Failure(str(tmp_path / "missing"), "no such file or folder"), file]


def test_unlistable_folder_is_a_failure(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    write(locked / "a.txt", b"x")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        (failure,) = iter_paths([locked])
        assert isinstance(failure, Failure) and failure.reason.startswith("cannot list folder")
    finally:
        locked.chmod(0o755)


def test_the_sample_folder_loads() -> None:
    paths = list(iter_paths([SAMPLES]))
    assert len(paths) == 5
    docs = [load_one(p) for p in paths if isinstance(p, Path)]
    assert all(d.kind == "text" and d.text.strip() for d in docs)
