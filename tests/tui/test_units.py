"""Pieces of the app that need no screen: wrapping, colours, state, safe text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.state import UserState
from tui import colors
from tui.text import plain
from tui.wrap import line_of, wrap_offsets

ROOT = Path(__file__).resolve().parents[2]


@given(st.text(alphabet=st.sampled_from("ab cd\n\n é漢"), max_size=300), st.integers(8, 60))
def test_wrap_keeps_every_word_in_order(body: str, width: int) -> None:
    lines = wrap_offsets(body, width)
    words = [body[line.start : line.end] for line in lines if line.end > line.start]
    assert "".join("".join(words).split()) == "".join(body.split())
    from rich.cells import cell_len

    assert all(cell_len(body[line.start : line.end]) <= width for line in lines)


def test_line_of_finds_the_line_of_an_offset() -> None:
    body = "one two three four five six seven eight nine ten"
    lines = wrap_offsets(body, 10)
    offset = body.index("seven")
    assert "seven" in body[lines[line_of(lines, offset)].start : lines[line_of(lines, offset)].end]


def test_speaker_colour_is_stable_and_shared() -> None:
    assert colors.speaker_hue("Vladimir Putin") == colors.speaker_hue("vladimir putin ")
    assert colors.speaker_hue(None) == colors.speaker_hue("")


def test_plain_strips_control_and_bidi_characters() -> None:
    assert plain("a\x1b[31mb\u202ec\x00d\x9b") == "a[31mbcd"


def test_state_persists_read_and_two_marks(tmp_path: Path) -> None:
    state = UserState(tmp_path)
    state.mark_read("a1")
    for aid in ("a1", "a2", "a3"):
        state.toggle_mark(aid)
    again = UserState(tmp_path)
    assert again.read == {"a1"}
    assert again.marked == ["a2", "a3"]
    assert again.toggle_mark("a2") is False and again.marked == ["a3"]


def test_damaged_state_file_is_empty_state(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{not json", encoding="utf-8")
    assert UserState(tmp_path).read == set()


def test_tui_does_not_import_whoosh_at_start() -> None:
    code = "import sys, tui.app, tui.screens.compare, tui.screens.help; print('whoosh' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


async def test_article_list_handles_100k_rows_quickly() -> None:
    import time

    from textual.app import App, ComposeResult

    from index.model import ArticleSummary
    from tui.widgets.article_list import ArticleList

    rows = [ArticleSummary(f"id{i}", f"Title {i} [bold]x[/]", "Outlet", "2024-01-01", "p") for i in range(100_000)]

    class One(App):
        def compose(self) -> ComposeResult:
            yield ArticleList()

    app = One()
    async with app.run_test(size=(60, 20)) as pilot:
        widget = app.query_one(ArticleList)
        start = time.perf_counter()
        widget.show(rows)
        await pilot.pause()
        assert time.perf_counter() - start < 1.0
        assert widget.virtual_size.height == 200_000
        await pilot.press("end")
        assert widget.cursor == 99_999
        texts = [widget.render_line(y).text for y in range(widget.size.height)]
        assert any("Title 99999 [bold]x[/]" in t for t in texts)
