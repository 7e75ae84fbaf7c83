"""The main journeys, walked with the keyboard on the sample articles."""

from __future__ import annotations

import gc

from pathlib import Path

from tui.app import NewsreaderApp
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen, binding_groups
from tui.screens.main import MainScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.quotes_pane import QuotesPane
from tui.widgets.reader import Reader

SIZE = (140, 40)


def loaded(app: NewsreaderApp) -> bool:
    """The list is on screen and the library open (the list can come first)."""
    return listed(app) and app.library is not None


def listed(app) -> bool:
    lists = app.screen.query(ArticleList)
    return bool(lists and lists.first().articles)


def reader_text(app: NewsreaderApp) -> str:
    reader = app.screen.query_one(Reader)
    return "\n".join(reader.render_line(y).text for y in range(reader.size.height))


async def test_open_first_article(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        first = app.screen.query_one(ArticleList).articles[0]
        await pilot.press("enter")
        reader = app.screen.query_one(Reader)
        await wait_for(pilot, lambda: reader.article is not None)
        assert reader.article.id == first.id
        assert first.title.split()[0] in reader_text(app)
        assert first.id in app.screen.state.read  # opened = read, persisted


async def test_search_koffler_and_open_hit(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        await pilot.press("slash", *"Koffler")
        screen: MainScreen = app.screen
        await wait_for(pilot, lambda: screen.result is not None and screen.result.query == "Koffler")
        rows = screen.query_one(ArticleList).articles
        assert 1 <= len(rows) < len(screen.all_articles)
        await pilot.press("enter")
        reader = screen.query_one(Reader)
        await wait_for(pilot, lambda: reader.article is not None)
        assert "Koffler" in reader.article.body
        assert reader.hits, "the search words are highlighted in the reader"
        await pilot.press("n")
        assert reader.hit_index == 0
        await pilot.press("escape")
        await wait_for(pilot, lambda: len(screen.query_one(ArticleList).articles) == len(screen.all_articles))


async def test_bad_query_shows_hint_not_crash(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        await pilot.press("slash", *'"putin')
        screen: MainScreen = app.screen
        await wait_for(pilot, lambda: screen.result is not None and screen.result.query == '"putin')
        status = str(screen.query_one("#status").render())
        assert "result" in status


async def test_speaker_putin_across_outlets(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        screen: MainScreen = app.screen
        pane = screen.query_one(QuotesPane)
        putin = next(q.speaker for q in app.library.quotes(speaker="Putin"))
        pane.post_message(QuotesPane.SpeakerChosen(putin))
        await wait_for(pilot, lambda: screen.speaker == putin)
        assert all(q.speaker == putin for q in pane.quotes)
        # three articles from three sources (one sample names no outlet)
        assert len({q.article_id for q in pane.quotes}) >= 3
        assert {"CBS News", "Fox News"} <= {q.outlet for q in pane.quotes}
        rows = screen.query_one(ArticleList).articles
        assert {a.id for a in rows} == {q.article_id for q in pane.quotes}
        # choosing one of his quotations opens its article, scrolled to it
        pane.focus()
        first_quote = next(i for i, o in enumerate(pane.options) if (o.id or "").startswith("q:"))
        pane.highlighted = first_quote
        await pilot.press("enter")
        reader = screen.query_one(Reader)
        await wait_for(pilot, lambda: reader.article is not None)
        assert reader.article.id == pane.quotes[0].article_id
        # escape drops the speaker filter
        screen.query_one(ArticleList).focus()
        await pilot.press("escape")
        assert screen.speaker is None


async def test_mark_two_and_compare(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        articles = app.screen.query_one(ArticleList).articles
        await pilot.press("space", "j", "space", "c")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
        compare: CompareScreen = app.screen
        left, right = compare.query_one("#side-a", Reader), compare.query_one("#side-b", Reader)
        await wait_for(pilot, lambda: left.article is not None and right.article is not None)
        assert {left.article.id, right.article.id} == {articles[0].id, articles[1].id}
        left.scroll_to(y=10, animate=False, immediate=True)
        await pilot.pause()
        assert right.scroll_y > 0, "the other side scrolls along"
        await pilot.press("q")
        assert isinstance(app.screen, MainScreen)


async def test_help_lists_every_binding(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        listed = {desc for _, rows in binding_groups(app.screen.under) for _, desc in rows}
        for binding in [*MainScreen.BINDINGS, *ArticleList.BINDINGS, *NewsreaderApp.BINDINGS]:
            assert binding.description in listed, binding
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_markup_in_article_is_shown_literally(library_folder: Path, wait_for, tmp_path: Path) -> None:
    from index.library import Library

    source = tmp_path / "markup.txt"
    source.write_text(
        "A headline with [bold]brackets[/bold]\n\n"
        "The council said the plan was [bold red]x[/] and nothing more, according to the minutes.\n\n"
        "Officials met on Tuesday to discuss the budget for the coming year.\n",
        encoding="utf-8",
    )
    Library(library_folder).add([source])
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        await pilot.press("slash", *"council", "enter")
        reader = app.screen.query_one(Reader)
        await wait_for(pilot, lambda: reader.article is not None)
        assert "[bold red]x[/]" in reader_text(app)


async def test_palette_opens_an_article_by_title(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        wn24 = next(a for a in app.screen.all_articles if a.outlet == "WN24")
        await pilot.press("ctrl+p")
        await pilot.press(*"wn24")
        await pilot.pause(0.5)
        await pilot.press("enter")
        reader = app.screen.query_one(Reader)
        await wait_for(pilot, lambda: reader.article is not None)
        assert reader.article.id == wn24.id


async def test_theme_toggle_and_narrow_layout(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        quotes = app.screen.query_one(QuotesPane)
        assert not quotes.display or quotes.region.width == 0  # stacked and hidden when narrow
        await pilot.press("s")
        await pilot.pause()
        assert quotes.region.height > 0
        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark


async def test_refresh_picks_up_articles_added_by_another_process(
    library_folder: Path, wait_for, tmp_path: Path
) -> None:
    import subprocess
    import sys

    story = tmp_path / "new" / "harbour.txt"
    story.parent.mkdir()
    story.write_text(
        "Harbour Council Votes to Rebuild the Old Pier\n\n"
        "The harbour council voted on Tuesday to rebuild the old pier after a storm.\n",
        encoding="utf-8",
    )
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        before = len(app.screen.query_one(ArticleList).articles)
        subprocess.run(
            [sys.executable, "-m", "tui.cli", "--library", str(library_folder), "add", str(story.parent)],
            check=True, capture_output=True,
        )
        await pilot.press("r")
        await wait_for(pilot, lambda: len(app.screen.query_one(ArticleList).articles) == before + 1)
        titles = [a.title for a in app.screen.query_one(ArticleList).articles]
        assert "Harbour Council Votes to Rebuild the Old Pier" in titles


async def test_list_is_usable_while_the_library_opens(library_folder: Path, wait_for, monkeypatch) -> None:
    """The cached list shows first; keys pressed before the index opens are kept."""
    import threading

    from index.library import Library

    Library(library_folder).list()  # the catalog cache exists, as after any earlier run
    gate = threading.Event()
    original = Library.__init__

    def slow_init(self, *args, **kwargs):
        gate.wait(10)  # the index (and Whoosh) is still "opening"
        original(self, *args, **kwargs)

    monkeypatch.setattr(Library, "__init__", slow_init)
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: listed(app))
        screen: MainScreen = app.screen
        assert screen.library is None  # listed from the cache alone
        second = screen.query_one(ArticleList).articles[1]
        await pilot.press("j", "enter", "slash", *"Koffler")
        gate.set()
        reader = screen.query_one(Reader)
        await wait_for(pilot, lambda: reader.article is not None)
        assert reader.article.id == second.id  # the open asked for early happened
        await wait_for(pilot, lambda: screen.result is not None and screen.result.query == "Koffler")
        assert screen.result.hits


async def test_fast_typing_ends_on_the_last_query(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.screen.library is not None)
        screen: MainScreen = app.screen
        await pilot.press("slash", *"putin", *"xyz", "backspace", "backspace", "backspace")
        await wait_for(pilot, lambda: screen.result is not None and screen.result.query == "putin")
        await pilot.pause(0.3)
        assert screen.result.query == "putin" and screen.result.hits  # no stale answer landed after
        rows = screen.query_one(ArticleList).articles
        assert [r.id for r in rows] == [h.article.id for h in screen.result.hits]


async def test_first_run_builds_from_the_samples_with_progress(tmp_path: Path, wait_for) -> None:
    """No library yet: the app builds one from the sample articles, showing progress."""
    from textual.widgets import ProgressBar

    from tui import messages as msg

    seen: list[tuple[int, int]] = []
    original = MainScreen.on_library_progress

    def spy(self, message: msg.LibraryProgress) -> None:
        seen.append((message.done, message.total))
        original(self, message)

    MainScreen.on_library_progress = spy
    try:
        app = NewsreaderApp(tmp_path / "new-library")
        async with app.run_test(size=SIZE) as pilot:
            await wait_for(pilot, lambda: loaded(app), timeout=60)
            screen: MainScreen = app.screen
            assert len(screen.all_articles) == 5
            assert seen and seen[-1] == (5, 5) and all(total == 5 for _, total in seen)
            assert screen.query_one(ProgressBar).progress == 5
            assert not screen.query_one("#loading").display  # the progress bar is gone
    finally:
        MainScreen.on_library_progress = original
    assert (tmp_path / "new-library" / "index").is_dir()


async def test_keys_typed_in_one_burst_follow_the_focus(library_folder: Path, wait_for) -> None:
    """"/koffler" typed (or pasted) faster than the app repaints goes into the
    search box; "escape" then "j" moves the list, not the text."""
    from textual import events
    from textual.widgets import Input

    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.screen.library is not None)
        screen: MainScreen = app.screen

        def burst(*keys: str) -> None:
            for key in keys:
                event = events.Key(key, key if len(key) == 1 else None)
                event.set_sender(app)
                app._driver.send_message(event)  # as the terminal driver delivers them

        burst("slash", *"koffler")
        await wait_for(pilot, lambda: screen.result is not None and screen.result.query == "koffler")
        assert screen.query_one("#search", Input).value == "koffler"
        assert screen.sort_by == "date"  # "o" did not reach the list's sort key
        hit = screen.query_one(ArticleList).current
        burst("escape", "j")  # leaves the box and clears the search (the cursor stays on the hit), then moves
        articles = screen.query_one(ArticleList)
        await wait_for(pilot, lambda: len(articles.articles) == len(screen.all_articles))
        await wait_for(pilot, lambda: articles.cursor == [a.id for a in articles.articles].index(hit.id) + 1)
        assert screen.query_one("#search", Input).value == ""


async def test_a_search_with_no_hits_says_so(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.screen.library is not None)
        screen: MainScreen = app.screen
        await pilot.press("slash", *"zzqx")
        await wait_for(pilot, lambda: screen.result is not None and screen.result.query == "zzqx")
        articles = screen.query_one(ArticleList)
        assert not articles.articles
        assert "No articles match" in articles.render_line(0).text
        await pilot.press("escape")
        await wait_for(pilot, lambda: len(articles.articles) == len(screen.all_articles))


async def test_the_top_of_a_long_list_shows_first_then_the_rest(
    library_folder: Path, wait_for, monkeypatch
) -> None:
    """The first frame reads only the top rows of the catalog; the worker adds the rest."""
    import threading

    from index import catalog
    from index.library import Library

    Library(library_folder).list()
    monkeypatch.setattr(catalog, "HEAD", 2)
    gate = threading.Event()
    full = catalog.quick_list

    def slow_full(folder):
        gate.wait(10)
        return full(folder)

    monkeypatch.setattr(catalog, "quick_list", slow_full)
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: listed(app))
        screen: MainScreen = app.screen
        articles = screen.query_one(ArticleList)
        assert len(articles.articles) == 2
        assert str(screen.query_one("#status").render()).startswith("5 articles")  # the full count
        await pilot.press("j")
        gate.set()
        await wait_for(pilot, lambda: len(articles.articles) == 5)
        assert articles.cursor == 1  # the cursor stayed on the article it was on


async def test_the_mouse_opens_an_article(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        articles = app.screen.query_one(ArticleList)
        second = articles.articles[1]
        await pilot.click(ArticleList, offset=(6, 2), times=2)  # two lines a row: row 1
        reader = app.screen.query_one(Reader)
        await wait_for(pilot, lambda: reader.article is not None)
        assert articles.cursor == 1 and reader.article.id == second.id


async def test_the_first_frame_stand_ins_give_way_to_the_real_panes(library_folder: Path, wait_for) -> None:
    app = NewsreaderApp(library_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: loaded(app))
        screen: MainScreen = app.screen
        assert not screen.has_class("-starting") and not screen.query("#read-skeleton")
        reader, quotes = screen.query_one(Reader), screen.query_one(QuotesPane)
        assert reader.display and quotes.display and reader.size.width > 20
        assert Reader.EMPTY in reader_text(app)
        assert "open an article" in str(quotes.border_title)
        assert screen.reader() is reader and screen.quotes_pane() is quotes  # mounted once
        assert gc.isenabled()  # paused for the first frame only


async def test_the_collector_is_never_left_paused(library_folder: Path) -> None:
    app = NewsreaderApp(library_folder)
    assert not gc.isenabled()  # paused from construction to the first frame
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert gc.isenabled()
    gc.disable()
    async with NewsreaderApp(library_folder).run_test(size=SIZE) as pilot:
        pilot.app.exit()  # quits at once: unmounting turns it back on too
    assert gc.isenabled()
