"""Helpers for the robustness tests: the real `newsreader` command in a
subprocess, and small news-shaped stories to surround hostile input with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STORY = (
    "Harbour council approves the new pier after a long debate\n\n"
    "The harbour council voted on Monday to build a new pier at the north end "
    "of the bay, ending two years of argument about the cost.\n\n"
    '"We will start in the spring and finish before the summer season," '
    "Mayor Anna Novak said after the vote.\n\n"
    "Fishermen said the old pier had been unsafe for years.\n"
)


def story(n: int | str) -> str:
    """A distinct small article (its id depends on `n`)."""
    return STORY.replace("two years", f"two years ({n})")


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSREADER")}
    env.update(PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8", COLUMNS="120")
    env.update(extra)
    return env


def newsreader(library: Path, *args: str, timeout: float = 120, **env: str):
    """Run the real command line; returns the CompletedProcess (text, not checked)."""
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "--library", str(library), *args],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="surrogateescape",
        timeout=timeout, env=cli_env(**env),
    )

