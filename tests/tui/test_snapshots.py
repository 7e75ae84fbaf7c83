"""Pinned looks of the main and compare screens (sample data, fixed size).

Nothing time-dependent is on screen: no clock, notifications are cleared
before the picture, and the list order is the library's stable sort.
Update with `pytest tests/tui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

from tui.app import NewsreaderApp
from tui.screens.compare import CompareScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.reader import Reader

SIZE = (130, 36)


def loaded(app) -> bool:
    """The list is on screen and the library open (the list can come first)."""
    return listed(app) and app.library is not None


def listed(app) -> bool:
    lists = app.screen.query(ArticleList)
    return bool(lists and lists.first().articles)


def test_main_screen(snap_compare, library_folder: Path, wait_for) -> None:
    async def open_first(pilot) -> None:
        app = pilot.app
        await wait_for(pilot, lambda: loaded(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen.query_one(Reader).article is not None)
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(NewsreaderApp(library_folder), terminal_size=SIZE, run_before=open_first)


def test_main_screen_light_narrow(snap_compare, library_folder: Path, wait_for) -> None:
    async def open_first(pilot) -> None:
        app = pilot.app
        app.theme = "textual-light"
        await wait_for(pilot, lambda: loaded(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen.query_one(Reader).article is not None)
        await pilot.pause()

    assert snap_compare(NewsreaderApp(library_folder), terminal_size=(80, 24), run_before=open_first)


def test_compare_screen(snap_compare, library_folder: Path, wait_for) -> None:
    async def compare_first_two(pilot) -> None:
        app = pilot.app
        await wait_for(pilot, lambda: loaded(app))
        await pilot.press("space", "j", "space", "c")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
        side = app.screen.query_one("#side-b", Reader)
        await wait_for(pilot, lambda: side.article is not None)
        app.clear_notifications()
        await pilot.pause(0.1)

    assert snap_compare(NewsreaderApp(library_folder), terminal_size=SIZE, run_before=compare_first_two)
