"""A reader never errors while `newsreader add` writes in another process and
sees the new state once it looks again; two writers at once never corrupt the
library: the second waits, or fails with the LibraryLocked message and exit 1."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from index.library import Library
from tests.robust.conftest import ROOT, cli_env, newsreader


def _add_process(library: Path, src: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--library", str(library), "add", str(src)],
        cwd=ROOT, env=cli_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.slow
def test_reader_never_errors_while_add_writes(sample_library: Library, tmp_path: Path) -> None:
    src = tmp_path / "src"
    write_corpus(src, 150)
    before = {s.id for s in sample_library.list()}
    reader = Library(sample_library.folder)  # stays open across the writer's commits
    writer = _add_process(sample_library.folder, src, NEWSREADER_BATCH="10")
    counts, searches = [], 0
    try:
        while writer.poll() is None:
            ids = {s.id for s in reader.list()}
            assert before <= ids  # old state, then more: never less
            counts.append(len(ids))
            result = reader.search("harbour OR pier OR Putin", limit=5)
            assert result.error is None
            searches += 1
            if len(ids) > len(before):
                newest = sorted(ids - before)[0]
                assert reader.get(newest).body  # a committed article reads whole
    finally:
        out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert counts == sorted(counts) and searches > 5
    assert len(counts) > 1 and counts[-1] > counts[0] or counts[0] == 155
    assert len(reader.list()) == 155  # the same open Library sees the final state
    assert len(Library(sample_library.folder).list()) == 155


HOLD = textwrap.dedent(
    """
    import sys, time
    from index.library import Library
    lib = Library(sys.argv[1])
    with lib.store.writer():
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def test_a_second_add_fails_clearly_while_the_lock_is_held(sample_library: Library,
                                                          tmp_path: Path) -> None:
    (tmp_path / "pier.txt").write_text(
        "Harbour council approves the pier\n\nThe council voted on Monday to build a pier.\n")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(sample_library.folder), "30"],
                              cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        proc = newsreader(sample_library.folder, "add", str(tmp_path / "pier.txt"))
        assert proc.returncode == 1
        assert proc.stderr.startswith("newsreader: another newsreader process is writing to")
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
        assert len(Library(sample_library.folder).list()) == 5  # readers still read
    finally:
        holder.kill()
        holder.wait()
    assert newsreader(sample_library.folder, "add", str(tmp_path / "pier.txt")).returncode == 0
    assert len(Library(sample_library.folder).list()) == 6


@pytest.mark.slow
def test_two_adds_at_once_leave_a_complete_library(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 120, seed=1)
    write_corpus(tmp_path / "b", 120, seed=2)
    library = tmp_path / "lib"
    assert newsreader(library, "add", str(ROOT / "sample_data")).returncode == 0
    first = _add_process(library, tmp_path / "a", NEWSREADER_BATCH="10")
    second = _add_process(library, tmp_path / "b", NEWSREADER_BATCH="10")
    results = [(p, *p.communicate(timeout=300)) for p in (first, second)]
    print("two adds at once: exit codes", [p.returncode for p, _, _ in results])
    for proc, _, err in results:
        assert "Traceback" not in err
        assert proc.returncode == 0 or (
            proc.returncode == 1 and "another newsreader process is writing" in err
        ), err
    for proc, folder in zip((first, second), ("a", "b")):
        if proc.returncode:  # the one that gave up finishes when run again
            assert newsreader(library, "add", str(tmp_path / folder)).returncode == 0
    items = Library(library).list()
    assert len(items) == 5 + 240
    assert len({s.id for s in items}) == 245
