"""Fixtures for the app's tests: a private sample library, and a way to wait.

The library itself comes from `tests/conftest.py` (built once per session,
copied per test: read/unread and marks are written into the folder).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

Wait = Callable[..., Awaitable[None]]


@pytest.fixture
def library_folder(sample_library) -> Path:
    return Path(sample_library.folder)


async def _wait_for(pilot, condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Let the app run until `condition()` holds (workers finish in threads)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        await pilot.pause(0.02)
    await pilot.pause()


@pytest.fixture
def wait_for() -> Wait:
    return _wait_for
