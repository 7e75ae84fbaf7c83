"""`kill -9` of `newsreader add` at random moments never loses a committed
article, never leaves a library that cannot be opened, and the next `add`
finishes the job."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from index.library import Library
from tests.robust.conftest import ROOT, cli_env

CORPUS = 600
KILLS = 24
BATCH = "15"  # commit often, so kills land before, during and after commits


def check_library(folder: Path, known: set[str] = frozenset(), rng=random) -> set[str]:
    """Open the library and read in full every article listed for the first
    time (and a sample of the others); return the listed ids."""
    lib = Library(folder)
    items = lib.list() if lib.exists() else []
    ids = {s.id for s in items}
    assert len(ids) == len(items)
    old = [s for s in items if s.id in known]
    for s in [s for s in items if s.id not in known] + rng.sample(old, min(10, len(old))):
        article = lib.get(s.id)
        assert article.summary.id == s.id and article.body.strip()
        assert article.summary.title == s.title
        for q in article.quotes:
            assert article.body[q.start:q.end] == q.text
            assert q.article_id == s.id
    quoted = {q.article_id for q in lib.quotes()}
    assert quoted <= ids  # no quotation outlives (or precedes) its article
    return ids


@pytest.mark.slow
def test_kill_9_during_add_loses_nothing_committed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write_corpus(src, CORPUS)
    folder = tmp_path / "lib"
    rng = random.Random(1234)
    seen: set[str] = set()
    kills = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", "--library", str(folder), "add", str(src)],
            cwd=ROOT, env=cli_env(NEWSREADER_BATCH=BATCH),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.4, 4.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        ids = check_library(folder, seen, rng)
        assert seen <= ids, f"{len(seen - ids)} committed articles lost after a kill"
        seen = ids
    print(f"{kills} kills survived; {len(seen)} of {CORPUS} articles committed before the last")
    assert kills >= 20

    done = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--library", str(folder), "add", str(src)],
        cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"added {CORPUS - len(seen)}  unchanged {len(seen)}  failed 0" in done.stdout
    final = check_library(folder, seen, rng)
    assert len(final) == CORPUS and seen <= final
