"""Benchmark the app: start-up on a 10,000-article library, and search-as-you-type.

    python bench/bench_app.py [--articles 10000] [--repeats 7]

Start-up: wall time from spawning a process to the first frame with the list
filled, against a bare Textual app showing one Static, both headless and
measured in the same run (median of several alternating repeats; goal: < 1.5×).
Search: keystroke to updated list, p95 over typed queries (goal: < 100 ms).

The synthetic library (articles stitched from the samples' sentences) is
cached in bench/.cache/ (gitignored); building it takes a minute or more.
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
original = MainScreen.on_library_loaded
def loaded(self, message):
    original(self, message)
    def ready():
        print("READY", len(self.all_articles), flush=True)
        self.app.exit()
    self.call_after_refresh(ready)
MainScreen.on_library_loaded = loaded
NewsreaderApp(Path({library!r})).run(headless=True, size=(120, 40))
"""


def time_child(code: str) -> float:
    """Seconds from spawn to the child's READY line."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("child never became ready")
    proc.wait(timeout=30)
    return elapsed


def bench_startup(library: Path, repeats: int) -> tuple[float, float]:
    app_code = CHILD_APP.format(root=str(ROOT), library=str(library))
    time_child(CHILD_BARE), time_child(app_code)  # warm the OS file cache
    bare, app = [], []
    for _ in range(repeats):
        bare.append(time_child(CHILD_BARE))
        app.append(time_child(app_code))
    return statistics.median(bare), statistics.median(app)


# --- search as you type ------------------------------------------------------


async def bench_search(library: Path, pause: float = 0.15) -> list[float]:
    """Type each query a key at a time; time each key to the list showing its results."""
    from tui.app import NewsreaderApp
    from tui.widgets.article_list import ArticleList

    latencies: list[float] = []
    app = NewsreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        while not screen.query_one(ArticleList).articles:
            await asyncio.sleep(0.01)
        await pilot.press("slash")
        await pilot.press("a", "backspace")  # warm the searcher and the import of whoosh
        await asyncio.sleep(1.0)
        for query in QUERIES:
            typed = ""
            for char in query:
                typed += char
                start = time.perf_counter()
                await pilot.press("space" if char == " " else char)
                want = typed.strip()
                while not (screen.result is not None and screen.result.query == want):
                    await asyncio.sleep(0.001)
                await pilot.pause()  # the list repaints
                latencies.append(time.perf_counter() - start)
                await asyncio.sleep(pause)
            await pilot.press("escape")
            await pilot.press("slash")
            await asyncio.sleep(0.2)
    return latencies


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    os.environ.pop("NEWSREADER_LIBRARY", None)
    library = ensure_library(args.articles)

    bare, app = bench_startup(library, args.repeats)
    ratio = app / bare
    print(f"start-up  bare Textual app {bare * 1000:6.0f} ms   newsreader ({args.articles} articles) "
          f"{app * 1000:6.0f} ms   ratio {ratio:.2f}×  (goal < 1.5×)  [median of {args.repeats}]")

    latencies = asyncio.run(bench_search(library))
    print(f"search    keystroke → updated list: p50 {statistics.median(latencies) * 1000:.0f} ms  "
          f"p95 {p95(latencies) * 1000:.0f} ms  max {max(latencies) * 1000:.0f} ms  "
          f"over {len(latencies)} keys  (goal p95 < 100 ms)")


if __name__ == "__main__":
    main()
