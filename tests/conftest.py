"""Shared fixtures: a library built once from the sample articles, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"


@pytest.fixture(scope="session")
def _built_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from index.library import Library

    folder = tmp_path_factory.mktemp("library-template")
    report = Library(folder).add([SAMPLES])
    assert len(report.added) == 5, report.failed
    return folder


@pytest.fixture
def sample_library(_built_library: Path, tmp_path: Path):
    """A private copy of the five-sample library (building it takes ~1 s)."""
    from index.library import Library

    folder = tmp_path / "library"
    shutil.copytree(_built_library, folder)
    return Library(folder)


@pytest.fixture
def samples() -> Path:
    return SAMPLES
