"""The library on real files: add, list, re-add, replace, remove, resolve,
crash safety and the write lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from index import store as store_module
from index.library import Library, LibraryLocked, UnknownArticle

ROOT = Path(__file__).resolve().parents[2]


def _article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


STORY = (
    "Harbour Council Votes to Rebuild the Old Pier\n\n"
    "The harbour council voted on Tuesday to rebuild the old pier after a storm "
    "damaged its northern end last winter.\n\n"
    '"We cannot leave the fishermen without a safe berth," said council leader '
    "Maria Lund.\n\n"
    "Work is expected to start in the spring and to last about eighteen months.\n"
)


def test_samples_are_listed_with_titles_and_outlets(sample_library: Library) -> None:
    items = sample_library.list()
    assert len(items) == 5
    outlets = sorted(s.outlet or "-" for s in items)
    assert outlets == sorted(["Fox News", "CBS News", "WN24", "-", "-"])
    for s in items:
        assert s.title and len(s.title) < 200
        assert not s.title.lower().startswith(("join ", "sign up", "subscribe"))
        assert '"' not in s.title and "”" not in s.title


def test_adding_the_same_folder_again_changes_nothing(sample_library: Library, samples) -> None:
    before = sample_library.list()
    report = sample_library.add([samples])
    assert report.added == [] and report.failed == []
    assert len(report.unchanged) == 5
    assert sample_library.list() == before


def test_changed_file_replaces_its_article(tmp_path: Path) -> None:
    lib = Library(tmp_path / "lib")
    path = _article(tmp_path, "pier.txt", STORY)
    first = lib.add([path]).added[0]
    path.write_text(STORY + "\nThe council will publish the costs next week.\n", encoding="utf-8")
    second = lib.add([path]).added[0]
    assert first.id != second.id
    assert [s.id for s in lib.list()] == [second.id]
    assert "publish the costs" in lib.get(second.id).body


def test_resolve_by_prefix_and_file_name(sample_library: Library) -> None:
    fox = next(s for s in sample_library.list() if s.outlet == "Fox News")
    assert sample_library.resolve(fox.id[:6]).id == fox.id
    assert sample_library.resolve(Path(fox.path).name).id == fox.id
    assert sample_library.resolve(Path(fox.path).stem).id == fox.id
    with pytest.raises(UnknownArticle):
        sample_library.resolve("zzzz-no-such-article")
    with pytest.raises(UnknownArticle):
        sample_library.resolve("")


def test_remove_deletes_article_and_its_quotes(sample_library: Library) -> None:
    wn24 = next(s for s in sample_library.list() if s.outlet == "WN24")
    assert sample_library.quotes(article=wn24.id)
    sample_library.remove([wn24.id[:8]])
    assert wn24.id not in {s.id for s in sample_library.list()}
    assert all(q.article_id != wn24.id for q in sample_library.quotes())
    assert len(sample_library.list()) == 4


def test_bad_files_are_reported_and_the_rest_indexed(tmp_path: Path) -> None:
    good = _article(tmp_path, "pier.txt", STORY)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    lib = Library(tmp_path / "lib")
    report = lib.add([good.parent, tmp_path / "missing"])
    assert [s.path for s in report.added] == [str(good)]
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert set(reasons) == {"empty.txt", "image.png", "missing"}
    assert all(r and "\n" not in r for r in reasons.values())


def test_index_uses_no_compound_segments(sample_library: Library) -> None:
    files = list((sample_library.folder / "index").iterdir())
    assert files and not [f for f in files if f.suffix == ".seg"]


CRASH = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from whoosh.filedb.filestore import FileStorage
    from index.library import Library

    def die(*args, **kwargs):  # the process dies after the segment files are written
        os._exit(9)

    FileStorage.rename_file = die
    Library(Path(sys.argv[1])).add([Path(sys.argv[2])])
    """
)


def test_crash_between_commits_keeps_earlier_articles(tmp_path: Path) -> None:
    lib = Library(tmp_path / "lib")
    first = lib.add([_article(tmp_path, "pier.txt", STORY)]).added[0]
    second = _article(tmp_path, "later.txt", STORY.replace("pier", "bridge"))
    proc = subprocess.run(
        [sys.executable, "-c", CRASH, str(lib.folder), str(second)],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 9, proc.stderr
    reopened = Library(lib.folder)
    assert [s.id for s in reopened.list()] == [first.id]
    assert reopened.get(first.id).body
    report = reopened.add([second])  # the lock died with the process
    assert len(report.added) == 1
    assert len(Library(lib.folder).list()) == 2


HOLD = textwrap.dedent(
    """
    import sys, time
    from whoosh import index
    ix = index.open_dir(sys.argv[1])
    w = ix.writer()
    print("locked", flush=True)
    time.sleep(30)
    """
)


def test_second_writer_gets_a_clear_message(sample_library: Library, tmp_path: Path, monkeypatch) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(sample_library.folder / "index")],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(store_module, "LOCK_WAIT_SECONDS", 0.3)
        path = _article(tmp_path, "pier.txt", STORY)
        with pytest.raises(LibraryLocked, match="another newsreader process"):
            Library(sample_library.folder).add([path])
        assert len(Library(sample_library.folder).list()) == 5  # readers still read
    finally:
        holder.kill()
        holder.wait()


def test_first_use_builds_from_samples(tmp_path: Path) -> None:
    lib = Library(tmp_path / "fresh")
    assert not lib.exists() and lib.list() == []
    calls: list[tuple[int, int]] = []
    report = lib.ensure(progress=lambda done, total, path: calls.append((done, total)))
    assert report is not None and len(report.added) == 5
    assert calls[-1] == (5, 5)
    assert lib.ensure() is None  # only the first time
