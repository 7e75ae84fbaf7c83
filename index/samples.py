"""Where the packaged sample articles live (the embedded default library)."""

from __future__ import annotations

from pathlib import Path


def sample_dir() -> Path:
    """The sample articles: inside the installed package, or the checkout's.

    A wheel carries them as `index/sample_data`; an editable install or a
    plain checkout finds `sample_data/` beside the `index` package.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "sample_data", here.parent / "sample_data"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    raise FileNotFoundError("the sample articles are missing from this installation")
