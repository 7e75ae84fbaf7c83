"""The `newsreader` command line, run through click's runner on real folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tui.cli import main


@pytest.fixture
def run(sample_library):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, ["--library", str(sample_library.folder), *args])

    return invoke


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "newsreader" in result.output


def test_list_json_has_the_contract_keys(run) -> None:
    result = run("list", "--json")
    assert result.exit_code == 0
    items = json.loads(result.output)
    assert len(items) == 5
    for item in items:
        assert {"id", "title", "outlet", "published", "path"} <= set(item)


def test_list_human_output_is_a_table(run) -> None:
    result = run("list")
    assert result.exit_code == 0
    assert "Fox News" in result.output and "WN24" in result.output and "5 articles" in result.output


def test_first_run_builds_the_library_with_a_progress_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--library", str(tmp_path / "new"), "list", "--json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 5
    assert "sample articles" in result.stderr


def test_search_json(run) -> None:
    result = run("search", "Koffler", "--json")
    data = json.loads(result.output)
    assert data["hits"][0]["outlet"] == "Fox News"
    assert {"score", "snippet", "id", "title"} <= set(data["hits"][0])


def test_search_suggests_on_no_hits(run) -> None:
    result = run("search", "Kofler")
    assert result.exit_code == 0 and "Did you mean" in result.output


def test_show_and_raw(run) -> None:
    fox = next(i for i in json.loads(run("list", "--json").output) if i["outlet"] == "Fox News")
    shown = run("show", fox["id"][:6])
    assert shown.exit_code == 0 and "CLICK HERE" not in shown.output
    raw = run("show", fox["id"], "--raw")
    assert "CLICK HERE TO GET THE FOX NEWS APP" in raw.output and "Removed by cleaning" in raw.output
    data = json.loads(run("show", fox["id"], "--json").output)
    assert data["body"] and isinstance(data["quotes"], list)
    for q in data["quotes"]:
        assert data["body"][q["start"]:q["end"]] == q["text"]


def test_unknown_id_is_a_one_line_usage_error(run) -> None:
    result = run("show", "no-such-id")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_add_reports_failures_with_exit_1(run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "ok.txt").write_text("A quiet town got a new library on Monday.\n\n"
                                   "The mayor opened it with a short speech.\n", encoding="utf-8")
    result = run("add", str(folder))
    assert result.exit_code == 1
    assert "added 1" in result.output and "blob.bin" in result.output


def test_article_markup_and_escapes_are_inert(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "The [bold red]council[/] met \x1b[31mtoday\x1b[0m and \x1b]0;pwned\x07voted.\n\n"
        "It approved the budget after a long debate about the harbour.\n",
        encoding="utf-8",
    )
    lib = ["--library", str(tmp_path / "lib")]
    runner = CliRunner()
    assert runner.invoke(main, [*lib, "add", str(folder)]).exit_code == 0
    out = runner.invoke(main, [*lib, "show", "evil"]).output
    assert "[bold red]council[/]" in out
    assert "\x1b" not in out and "pwned" not in out


def test_remove(run) -> None:
    items = json.loads(run("list", "--json").output)
    assert run("remove", items[0]["id"]).exit_code == 0
    assert len(json.loads(run("list", "--json").output)) == 4
