"""The catalog cache the app lists from before Whoosh is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from index import catalog
from index.library import Library

ROOT = Path(__file__).parents[2]


def test_quick_list_is_the_library_list_and_goes_stale_on_a_commit(sample_library: Library, tmp_path: Path) -> None:
    listed = sample_library.list()
    assert catalog.quick_list(sample_library.folder) == listed
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "x.txt").write_text(
        "Harbour reopens\n\nThe port authority said ships could dock again on Monday.\n", encoding="utf-8"
    )
    sample_library.add([extra])
    assert catalog.quick_list(sample_library.folder) is None  # a new generation: not trusted
    assert len(sample_library.list()) == len(listed) + 1
    assert catalog.quick_list(sample_library.folder) == sample_library.list()


def test_quick_list_of_no_library_is_none(tmp_path: Path) -> None:
    assert catalog.quick_list(tmp_path / "nothing") is None


def test_listing_from_the_cache_imports_no_whoosh(sample_library: Library) -> None:
    """The app's first paint must not wait for Whoosh or the quotation engine."""
    sample_library.list()
    code = (
        "import sys; from index import catalog; from index.folder import default_folder; "
        f"rows = catalog.quick_list({str(sample_library.folder)!r}); "
        "heavy = [m for m in sys.modules if m.startswith(('whoosh', 'index.quotes', 'index.clean'))]; "
        "print(len(rows), heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["5", "[]"]


def test_head_reads_the_top_rows_and_the_full_count(sample_library: Library) -> None:
    listed = sample_library.list()
    assert catalog.head(sample_library.folder, 2) == (listed[:2], len(listed))
    assert catalog.head(sample_library.folder) == (listed, len(listed))


def test_a_damaged_catalog_is_ignored_and_rebuilt(sample_library: Library) -> None:
    listed = sample_library.list()
    (sample_library.folder / catalog.FILE).write_text('{"generation": 1, "count"', encoding="utf-8")
    assert catalog.head(sample_library.folder) is None
    assert catalog.quick_list(sample_library.folder) is None
    assert sample_library.list() == listed
    assert catalog.quick_list(sample_library.folder) == listed
