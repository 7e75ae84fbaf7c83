"""Benchmark the app: start-up on a 10,000-article library, and search-as-you-type.

    python bench/bench_app.py [--articles 10000] [--repeats 7]

Start-up: wall time from spawning a process to the first frame with the list
filled (Textual's Ready event, as for the reference), against a bare Textual
app showing one Static, both headless and measured in the same run (median of
alternating repeats; goal: < 1.5×). Also reported: when the index is open.
Search: keystroke to updated list, p95 over typed queries (goal: < 100 ms).
Hold j: each key's handling and repaint at a 30 Hz key repeat, against the
interval between repeats (goal: below it, so nothing queues and no frame is
skipped) and against the same keys on a bare app.
Keys are sent as the terminal driver sends them, not with Pilot.press (which
waits for the process to go idle: +60 ms a key even on a bare app).

The synthetic library (articles stitched from the samples' sentences, so a
story's words are in most articles: the slow case for search) is cached in
bench/.cache/ (gitignored); building it takes ~4 minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).absolute().parents[1]
CACHE = ROOT / "bench" / ".cache"
OUTLETS = ["foxnews.com", "cbsnews.com", "reuters.com", "apnews.com", "bbc.co.uk", "theguardian.com"]
KEY_REPEAT_HZ = 30  # a typical terminal key repeat rate
QUERIES = ["putin", "biden harris", "kremlin", "election", "speaker:peskov", "trump ukraine", "moscow times"]
sys.path.insert(0, str(ROOT))


# --- the synthetic library ---------------------------------------------------


def sample_sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_data").glob("*.txt")))
    sentences = re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", text)
    keep = [s.strip() for s in sentences if 40 <= len(s.strip()) <= 400 and "\n" not in s.strip()]
    noise = re.compile(r"email|terms of use|privacy|sign up|subscribe|newsletter", re.I)
    return sorted({s for s in keep if not noise.search(s)})


def write_corpus(folder: Path, count: int) -> None:
    rng = random.Random(1234)  # the same library on every machine
    sentences = sample_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        picked = rng.sample(sentences, k=rng.randint(8, 20))
        title = " ".join(rng.choice(sentences).split()[: rng.randint(6, 12)]).rstrip(",.;:")
        paras = ["\n\n".join(" ".join(picked[j : j + 3]) for j in range(0, len(picked), 3))]
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"{title} (#{i})\n\nPublished: {day}\n\n{paras[0]}\n\nSource: {rng.choice(OUTLETS)}\n"
        (folder / f"synthetic_{i:05d}.txt").write_text(text, encoding="utf-8")


def ensure_library(count: int) -> Path:
    from index.library import Library
    from index.store import SCHEMA_VERSION

    folder = CACHE / f"library-{count}-schema{SCHEMA_VERSION}"  # a new schema means a rebuild
    done = folder / ".bench-complete"
    if done.exists():
        return folder
    corpus = CACHE / f"corpus-{count}"
    if len(list(corpus.glob("*.txt"))) != count:
        write_corpus(corpus, count)
    print(f"building a {count}-article library in {folder} (once; cached)…", flush=True)
    start = time.perf_counter()
    report = Library(folder).add([corpus])
    print(f"  {len(report.added)} added, {len(report.failed)} failed in {time.perf_counter() - start:.0f} s")
    done.touch()
    return folder


# --- start-up ----------------------------------------------------------------

CHILD_BARE = """
import sys
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("hello")
    def on_ready(self):
        print("READY", flush=True)
        self.exit()
Bare().run(headless=True, size=(120, 40))
"""

CHILD_APP = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from tui.app import NewsreaderApp
from tui.screens.main import MainScreen
from tui.widgets.article_list import ArticleList
said = []
def ready(rows):  # a usable screen: a frame with the list filled
    if not said:
        said.append(1)
        print("READY", rows, flush=True)
original_ready = NewsreaderApp.on_ready
def on_ready(self):  # Textual's Ready: the first frame is painted (as in the bare app)
    original_ready(self)
    rows = len(self.screen.query_one(ArticleList).articles)
    if rows:
        ready(rows)
NewsreaderApp.on_ready = on_ready
original_show, original_loaded = MainScreen.show_articles, MainScreen.on_library_loaded
def shown(self, articles, total=None):  # else: the frame after the list arrived
    original_show(self, articles, total)
    self.call_after_refresh(lambda: ready(len(articles)))
def loaded(self, message):  # the index open too: searches answer from here on
    original_loaded(self, message)
    def done():
        print("LOADED", flush=True)
        self.app.exit()
    self.call_after_refresh(done)
MainScreen.show_articles, MainScreen.on_library_loaded = shown, loaded
NewsreaderApp(Path({library!r})).run(headless=True, size=(120, 40))
"""


def time_child(code: str) -> tuple[float, float]:
    """Seconds from spawn to the child's READY line, and to its LOADED line (if any)."""
    # An installed newsreader runs from byte-compiled modules (pip compiles them),
    # as Textual itself does here; a checkout run with PYTHONDONTWRITEBYTECODE
    # would recompile ours on every start. The warm-up run writes them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert proc.stdout is not None
    ready = loaded = None
    for line in proc.stdout:
        if line.startswith("READY") and ready is None:
            ready = time.perf_counter() - start
        if line.startswith("LOADED"):
            loaded = time.perf_counter() - start
    proc.wait(timeout=30)
    if ready is None:
        raise RuntimeError("child never became ready")
    return ready, loaded or ready


def bench_startup(library: Path, repeats: int) -> dict[str, float]:
    """Medians of back-to-back pairs (bare, newsreader): the times, and the ratio
    of each pair (a pair shares the machine's state of the moment, which on
    these shared machines moves the bare app's time by +-30%)."""
    app_code = CHILD_APP.format(root=str(ROOT), library=str(library))
    time_child(CHILD_BARE), time_child(app_code)  # warm the OS file cache, write bytecode
    bare, app, opened = [], [], []
    for _ in range(repeats):
        bare.append(time_child(CHILD_BARE)[0])
        ready, loaded = time_child(app_code)
        app.append(ready)
        opened.append(loaded)
    med = statistics.median
    return {
        "bare": med(bare), "app": med(app), "open": med(opened),
        "ratio": med(a / b for a, b in zip(app, bare)),
        "open_ratio": med(o / b for o, b in zip(opened, bare)),
    }


# --- search as you type ------------------------------------------------------


async def key_to_paint(app, key: str, done) -> float:
    """Seconds from a key reaching the app (as the terminal driver sends it) to the
    first repaint after `done()` holds. Pilot.press is not used: it waits for the
    process to go idle, which adds ~60 ms to every key (measured on a bare app)."""
    from textual import events

    start = time.perf_counter()
    char = " " if key == "space" else (key if len(key) == 1 else None)
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)
    while not done():  # not a tighter loop: polling competes with the app's worker thread for the GIL
        await asyncio.sleep(0.002)
    painted = asyncio.get_running_loop().create_future()
    app.screen.call_after_refresh(lambda: painted.done() or painted.set_result(None))
    await painted
    return time.perf_counter() - start


async def bench_search(library: Path, pause: float = 0.15) -> list[float]:
    """Type each query a key at a time; time each key to the list showing its results."""
    from tui.app import NewsreaderApp
    from tui.widgets.article_list import ArticleList

    latencies: list[float] = []
    app = NewsreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        while screen.library is None or not screen.query_one(ArticleList).articles:
            await asyncio.sleep(0.01)
        await pilot.press("slash")
        await pilot.press("a", "backspace")  # warm the searcher
        await asyncio.sleep(1.0)
        for query in QUERIES:
            typed = ""
            for char in query:
                typed += char
                want = typed.strip()
                shown = lambda: screen.result is not None and screen.result.query == want  # noqa: E731
                latencies.append(await key_to_paint(app, "space" if char == " " else char, shown))
                await asyncio.sleep(pause)
            await pilot.press("escape")
            await pilot.press("slash")
            await asyncio.sleep(0.2)
    return latencies


class _BareCounter:
    """The reference for holding j: a bare app whose j updates one Static."""

    @staticmethod
    def make():
        from textual.app import App
        from textual.widgets import Static

        class Bare(App):
            BINDINGS = [("j", "down", "Down")]
            count = 0

            def compose(self):
                yield Static("0")

            def action_down(self) -> None:
                self.count += 1
                self.query_one(Static).update(str(self.count))

        return Bare()


async def hold_j(app, ready, moved, keys: int) -> list[float]:
    """Press j at the key-repeat rate; each key's time to its repaint."""
    latencies: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        while not ready():
            await asyncio.sleep(0.01)
        await pilot.pause()
        for n in range(1, keys + 1):
            tick = time.perf_counter()
            latencies.append(await key_to_paint(app, "j", lambda: moved() >= n))
            await asyncio.sleep(max(0.0, 1 / KEY_REPEAT_HZ - (time.perf_counter() - tick)))
    return latencies


async def bench_hold_j(library: Path, keys: int = 300) -> tuple[list[float], list[float]]:
    """Holding j on the 10k list, and the same keys on the bare app."""
    from tui.app import NewsreaderApp
    from tui.widgets.article_list import ArticleList

    bare = _BareCounter.make()
    reference = await hold_j(bare, lambda: True, lambda: bare.count, keys)
    app = NewsreaderApp(library)

    def articles() -> ArticleList:
        return app.screen.query_one(ArticleList)

    def ready() -> bool:
        return bool(app.screen.query(ArticleList) and articles().articles) and articles().has_focus

    held = await hold_j(app, ready, lambda: articles().cursor, keys)
    return held, reference


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    os.environ.pop("NEWSREADER_LIBRARY", None)
    library = ensure_library(args.articles)

    t = bench_startup(library, args.repeats)
    print(f"start-up  bare Textual app {t['bare'] * 1000:6.0f} ms   newsreader ({args.articles} articles) list shown "
          f"{t['app'] * 1000:6.0f} ms   ratio {t['ratio']:.2f}×  (goal < 1.5×)  [medians of {args.repeats} pairs]")
    print(f"          index open (search answers from here) {t['open'] * 1000:6.0f} ms   ratio {t['open_ratio']:.2f}×")

    latencies = asyncio.run(bench_search(library))
    print(f"search    keystroke → updated list: p50 {statistics.median(latencies) * 1000:.0f} ms  "
          f"p95 {p95(latencies) * 1000:.0f} ms  max {max(latencies) * 1000:.0f} ms  "
          f"over {len(latencies)} keys  (goal p95 < 100 ms)")

    held, bare_held = asyncio.run(bench_hold_j(library))
    frame = 1000 / KEY_REPEAT_HZ
    print(f"hold j    key → repaint: p50 {statistics.median(held) * 1000:.1f} ms  p95 {p95(held) * 1000:.1f} ms "
          f"(bare app {statistics.median(bare_held) * 1000:.1f} / {p95(bare_held) * 1000:.1f} ms, "
          f"p95 ratio {p95(held) / p95(bare_held):.2f}×); p95 is {p95(held) * 1000 / frame:.2f}× the {frame:.0f} ms "
          f"between repeats of a held key at {KEY_REPEAT_HZ} Hz (goal < 1: nothing queues, no frame dropped)")


if __name__ == "__main__":
    main()
