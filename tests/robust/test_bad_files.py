"""Hostile files: each bad one gets a one-line reason, the good ones are indexed,
`add` exits 1 when anything failed, and memory stays bounded on huge files."""

from __future__ import annotations

import io
import os
import pathlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from index.ingest import MAX_ARTICLE_CHARS
from index.library import Library
from tests.robust.conftest import ROOT, cli_env, newsreader, story

GOOD_FEED = (
    '<?xml version="1.0"?><rss><channel><title>Bay News</title>'
    "<item><title>Pier approved</title><description>{}</description></item>"
    "<item><title>Second story</title><description>{}</description>"
)


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("story.txt", story("zipped"))
    return buf.getvalue()


def hostile_folder(root: Path) -> tuple[dict[str, str], set[str]]:
    """Write one file of each kind; returns {bad name: expected reason} and good names."""
    root.mkdir()
    bad = {
        "empty.txt": "empty file",
        "blank.txt": "empty file (whitespace only)",
        "picture.txt": "binary file (PNG image)",
        "bundle.txt": "binary file (zip archive)",
        "noise.dat": "binary file",
        "cut-before-items.xml": "malformed or truncated feed",
        "boilerplate.txt": "no article text left",
    }
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\r\n\t\n")
    (root / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "bundle.txt").write_bytes(_zip_bytes())
    (root / "noise.dat").write_bytes(bytes(range(256)) * 16)
    (root / "cut-before-items.xml").write_text('<?xml version="1.0"?><rss><channel><title>X</tit')
    (root / "boilerplate.txt").write_text("Sign up for our newsletter\n\nDownload our app\n")

    good = {}
    encodings = {
        "cp1252.txt": ("cp1252", "Caf\u00e9 owners \u201cwelcomed\u201d it. "),
        "latin1.txt": ("latin-1", "Na\u00efve r\u00e9sum\u00e9 of the plan. "),
        "utf16-bom.txt": ("utf-16", "UTF-16 with a byte order mark. "),
        "utf16-be-bom.txt": ("utf-16-be", "\ufeffBig-endian UTF-16. "),
        "utf8-bom.txt": ("utf-8-sig", "UTF-8 with a BOM. "),
    }
    for name, (codec, lead) in encodings.items():
        (root / name).write_bytes((lead + story(name)).encode(codec))
        good[name] = lead.split()[0]
    (root / "mixed endings.txt").write_bytes(
        story("eol").replace("\n\n", "\r\n\r\n", 1).replace("\n\n", "\r\r", 1).encode()
    )
    good["mixed endings.txt"] = "Harbour"
    (root / "broken.html").write_text(
        "<html><head><title>Pier news</title><body><article><p>The harbour council "
        "voted on <b>Monday to build <i>a pier.<p>Fishermen said the old one was unsafe"
        "<div><p>Unclosed <script>var x = '</p>'"
    )
    good["broken.html"] = "harbour"
    (root / "truncated.xml").write_text(GOOD_FEED.format(story("f1"), story("f2")[:60]))
    good["truncated.xml#1"] = "Pier"
    (root / "with space é ñ 中文.txt").write_text(story("unicode name"))
    good["with space é ñ 中文.txt"] = "Harbour"
    sub = root / "nested folder"
    sub.mkdir()
    (sub / "deep.txt").write_text(story("deep"))
    good["deep.txt"] = "Harbour"
    (sub / "loop").symlink_to("..")  # a symlink loop in a folder: walked once
    (root / "self").symlink_to("self")  # a link to itself cannot be followed at all
    bad["self"] = "symlink loop"
    (root / "dangling").symlink_to("nowhere")
    bad["dangling"] = "broken symlink"
    os.mkfifo(root / "pipe.txt")
    bad["pipe.txt"] = "not a regular file"
    return bad, set(good)


def test_every_bad_file_gets_one_line_and_the_rest_are_indexed(tmp_path: Path) -> None:
    bad, good = hostile_folder(tmp_path / "in")
    proc = newsreader(tmp_path / "lib", "add", str(tmp_path / "in"))
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(f"added {len(good)}  unchanged 0  failed {len(bad)}"), proc.stdout
    failures = {ln.split(": ", 1)[0].rsplit("/", 1)[-1]: ln.split(": ", 1)[1] for ln in lines[1:]}
    assert len(failures) == len(lines) - 1 == len(bad)
    for name, reason in bad.items():
        assert failures[name].startswith(reason), (name, failures[name])

    lib = Library(tmp_path / "lib")
    items = lib.list()
    names = {Path(s.path).name for s in items}
    assert names == good
    for s in items:  # each is readable, its text decoded (no mojibake, no BOM, no CR)
        body = lib.get(s.id).body
        assert "\r" not in body and "\ufeff" not in body and "\ufffd" not in body
    by_name = {Path(s.path).name: lib.get(s.id) for s in items}
    assert by_name["cp1252.txt"].summary.title.startswith("Café owners “welcomed” it")
    assert by_name["latin1.txt"].summary.title.startswith("Naïve résumé")
    assert by_name["utf16-bom.txt"].summary.title.startswith("UTF-16 with a byte order mark")
    assert by_name["utf16-be-bom.txt"].summary.title.startswith("Big-endian UTF-16")


def test_a_file_that_vanishes_mid_ingest_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(story(n))

    def delete_the_next(done: int, total: int, path: str) -> None:
        if done == 1:  # after the walk listed it, before it is read
            (folder / "1.txt").unlink()

    report = Library(tmp_path / "lib").add([folder], progress=delete_the_next)
    assert [Path(s.path).name for s in report.added] == ["0.txt", "2.txt"]
    assert [(Path(f.path).name, f.reason) for f in report.failed] == [
        ("1.txt", "no such file or folder")
    ]


def test_a_file_that_loses_read_permission_is_reported(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(story(n))
    real_open = pathlib.Path.open

    def guarded_open(self, *args, **kwargs):  # tests run as root: chmod would not stop reads
        if self.name == "1.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded_open)
    report = Library(tmp_path / "lib").add([folder])
    assert len(report.added) == 2
    assert [(Path(f.path).name, f.reason) for f in report.failed] == [("1.txt", "permission denied")]


def test_a_file_name_that_is_not_utf8_is_indexed_and_printable(tmp_path: Path) -> None:
    """Regression: such a name (surrogate escapes in Python) crashed the whole `add`."""
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9 \xff.txt"), "w") as f:
        f.write(story("bytes"))
    (folder / "plain.txt").write_text(story("plain"))
    proc = newsreader(tmp_path / "lib", "add", str(folder))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("added 2")
    paths = sorted(s.path for s in Library(tmp_path / "lib").list())
    assert paths[0].endswith("caf\\xe9 \\xff.txt")
    assert newsreader(tmp_path / "lib", "list").returncode == 0


def _peak_rss_mb(library: Path, path: Path) -> tuple[float, subprocess.CompletedProcess]:
    """Peak RSS of one `newsreader add` run, measured from a fresh parent."""
    probe = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(p.returncode); print(p.stdout, end='')\n"
    )
    cmd = [sys.executable, "-c", probe, sys.executable, "-m", "tui.cli", "--library",
           str(library), "add", str(path)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=cli_env(),
                          timeout=300)
    kb, code, *out = proc.stdout.splitlines()
    return int(kb) / 1024, subprocess.CompletedProcess(cmd, int(code), "\n".join(out), proc.stderr)


SENTENCE = ('The harbour council met on Monday about the pier, and the mayor said "work '
            'starts soon" to the crowd. ')


@pytest.mark.slow
def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "fifty.txt"
    with path.open("w") as f:
        for _ in range(50_000_000 // (len(SENTENCE) * 20 + 2) + 1):
            f.write(SENTENCE * 20 + "\n\n")
    peak, proc = _peak_rss_mb(tmp_path / "lib", path)
    print(f"peak RSS adding a 50 MB file: {peak:.0f} MB")
    assert proc.returncode == 1
    assert "too large (50.0 MB, limit 20 MB)" in proc.stdout
    assert peak < 150


def _one_line(size: int) -> str:
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def _paragraphs(size: int) -> str:
    parts, total, n = [], 0, 0
    while total < size:
        parts.append(f"{SENTENCE * 8}(part {n})\n\n")
        total, n = total + len(parts[-1]), n + 1
    return "".join(parts)[:size]


@pytest.mark.slow
@pytest.mark.parametrize(("shape", "size"), [(_one_line, 5_000_000), (_one_line, 19_500_000),
                                             (_paragraphs, 19_500_000)],
                         ids=["5MB-one-line", "19.5MB-one-line", "19.5MB-paragraphs"])
def test_huge_text_is_refused_quickly_with_bounded_memory(tmp_path: Path, shape, size) -> None:
    """Regression: quotation finding is quadratic on one giant paragraph; a 5 MB line
    ran for over ten minutes (and 330 MB) before articles were capped."""
    path = tmp_path / "huge.txt"
    path.write_text(shape(size))
    peak, proc = _peak_rss_mb(tmp_path / "lib", path)
    print(f"peak RSS adding {size / 1e6:g} MB ({shape.__name__}): {peak:.0f} MB")
    assert proc.returncode == 1
    assert f"too long for one article ({size:,} characters, limit {MAX_ARTICLE_CHARS:,})" in proc.stdout
    assert peak < 200


@pytest.mark.slow
def test_an_article_just_under_the_cap_is_indexed_whole(tmp_path: Path) -> None:
    paragraph = SENTENCE * 8 + "(part {})\n\n"  # distinct: repeated lines are boilerplate
    count = (MAX_ARTICLE_CHARS - 5000) // len(paragraph.format(100000))
    text = story("long") + "".join(paragraph.format(n) for n in range(count))
    (tmp_path / "long.txt").write_text(text)
    report = Library(tmp_path / "lib").add([tmp_path / "long.txt"])
    assert not report.failed and len(report.added) == 1
    article = Library(tmp_path / "lib").get(report.added[0].id)
    assert len(article.body) > MAX_ARTICLE_CHARS * 0.9
    assert all(article.body[q.start:q.end] == q.text for q in article.quotes)
