"""Escape sequences, control characters, bidi overrides and Rich markup in
articles and file names print as inert text from every command, with colour
forced on; `--json` keeps the text exact."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.robust.conftest import STORY, newsreader

PAYLOADS = {
    "sgr": "\x1b[31mRED\x1b[0m",
    "clear": "\x1b[2J\x1b[H",
    "title": "\x1b]0;PWNED-TITLE\x07",
    "title_st": "\x1b]2;PWNED-TITLE2\x1b\\",
    "clipboard": "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07",
    "link": "\x1b]8;;http://evil.example/\x1b\\click me\x1b]8;;\x1b\\",
    "dcs": "\x1bP1$qm\x1b\\",
    "c0": "bell\x07 back\x08 vt\x0b del\x7f",  # a NUL would make it a binary file
    "c1": "csi\x9b31m osc\x9d0;C1-TITLE\x9c",
    "bidi": "\u202eevil\u202c \u2066iso\u2069",
}
MARKUP = "[bold red]loud[/] [link=http://evil.example]link[/link] [/]"
# C1 controls are dropped one by one (clean.py), so "0;C1-TITLE" stays as plain text.
SECRETS = ("PWNED-TITLE", "Y3VybCBldmlsLmV4YW1wbGUgfCBzaA", "evil.example/\x1b")
HOSTILE_NAMES = [b"esc\x1b]0;NAME-TITLE\x07.txt", b"csi\x1b[2Jclear.txt", b"c1\xc2\x9b31m.txt",
                 b"bidi\xe2\x80\xaeexe.txt", b"[bold red]shout.txt", b"[link=evil]x.txt",
                 b"bytes\xff\x9b.txt", b"new\nline\tand tab.txt"]
SGR = re.compile(r"\x1b\[(?:[0-9;]*m|\?25[lh]|2K|1A)")  # Rich's own styling and progress bar


def hostile_story(n: int) -> str:
    junk = " ".join(PAYLOADS.values())
    return (
        f"Harbour council {MARKUP} approves the pier {junk}\n\n"
        + STORY.split("\n\n", 1)[1].replace("two years", f"two years {n}")
        + f'\nMayor Anna Novak said "{MARKUP} we will {PAYLOADS["title"]}build it" '
        f"on Tuesday.\n\nThe [bold]council[/bold] also {PAYLOADS['clipboard']}met fishermen.\n"
        + FILLER  # enough plain text that the controls do not make it look binary
    )


FILLER = "".join(
    f"\nThe {w} of the harbour was discussed at length by the council and the fishermen, "
    f"who said the {w} had changed little since the old pier was built.\n"
    for w in ("history", "future", "cost", "design", "safety", "schedule")
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, list[str], str]:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(hostile_story(1))
    (folder / "two.txt").write_text(hostile_story(2))
    for name in HOSTILE_NAMES:  # empty files: each prints a failure line with its name
        open(os.path.join(os.fsencode(folder), name), "wb").close()
    add = newsreader(root / "lib", "add", str(folder), FORCE_COLOR="1", TERM="xterm-256color")
    assert add.returncode == 1, add.stderr
    ids = [item["id"] for item in json.loads(newsreader(root / "lib", "list", "--json").stdout)]
    assert len(ids) == 2
    return root / "lib", ids, add.stdout + add.stderr


def assert_inert(out: str) -> None:
    rest = SGR.sub("", out)
    for bad in ("\x1b", "\x9b", "\x9d", "\x90", "\x07", "\x00", "\u202e", "\u2066"):
        assert bad not in rest, (repr(bad), rest[max(0, rest.find(bad) - 60):rest.find(bad) + 60])
    assert not re.search("[\ud800-\udfff]", rest)
    for secret in SECRETS:
        assert secret not in rest


COMMANDS = [
    ("list",), ("search", "harbour"), ("search", "pier"), ("show", "{a}"),
    ("show", "{a}", "--raw"), ("quotes",), ("quotes", "--article", "{a}"), ("speakers",),
    ("compare", "{a}", "{b}"), ("related", "{a}"),
    ("search", "\x1b]0;Q-TITLE\x07harbour [bold]x[/]"), ("show", "\x1b]0;Q-TITLE\x07nothing"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a)[:30])
def test_human_output_is_inert(hostile, args) -> None:
    library, (a, b), _ = hostile
    argv = [x.format(a=a, b=b) for x in args]
    proc = newsreader(library, *argv, FORCE_COLOR="1", TERM="xterm-256color")
    assert proc.returncode in (0, 2), proc.stderr
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:
        assert SGR.search(proc.stdout)  # colour really was on
    assert_inert(proc.stdout)
    assert_inert(proc.stderr)
    assert "Q-TITLE" not in proc.stdout + proc.stderr or "\\x1b" in proc.stdout + proc.stderr


def test_markup_prints_as_typed(hostile) -> None:
    library, (a, _), _ = hostile
    out = SGR.sub("", newsreader(library, "show", a, FORCE_COLOR="1").stdout)
    assert "[bold red]loud[/]" in out and "[link=http://evil.example]link[/link]" in out
    assert "[bold]council[/bold]" in out


def test_add_failure_lines_with_hostile_file_names_are_inert(hostile) -> None:
    _, _, add_output = hostile
    assert_inert(add_output)
    assert "NAME-TITLE" not in add_output
    lines = SGR.sub("", add_output).splitlines()
    assert any("[bold red]shout.txt: empty file" in ln for ln in lines)
    assert any("[link=evil]x.txt: empty file" in ln for ln in lines)
    assert any("bytes\\xff\\x9b.txt: empty file" in ln for ln in lines)
    assert any("new\\nline\\tand tab.txt: empty file" in ln for ln in lines)
    failures = [ln for ln in lines if ln.startswith("  ✗ ")]
    assert len(failures) == len(HOSTILE_NAMES)
    assert all(ln.endswith(": empty file") for ln in failures)


def test_json_keeps_the_text_exact_and_escaped(hostile) -> None:
    from index.library import Library

    library, (a, _), _ = hostile
    proc = newsreader(library, "show", a, "--raw", "--json")
    assert proc.returncode == 0
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", proc.stdout)
    data = json.loads(proc.stdout)
    article = Library(library).get(a)
    assert data["body"] == article.body and data["raw"] == article.raw
    assert MARKUP in data["body"] and "[bold]council[/bold]" in data["body"]
    for q in data["quotes"]:
        assert data["body"][q["start"]:q["end"]] == q["text"]
    # file names are kept exactly (JSON-escaped), whatever they contain
    report = json.loads(newsreader(library, "add", str(Path(data["path"]).parent), "--json").stdout)
    names = {Path(f["path"]).name for f in report["failed"]}
    assert "esc\x1b]0;NAME-TITLE\x07.txt" in names and "c1\x9b31m.txt" in names
