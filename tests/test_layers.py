"""The layering rule, checked the way Harlequin does: import each package in a
fresh interpreter and look at what got loaded."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _modules(package: str) -> list[str]:
    return sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / package).rglob("*.py")
    )


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print('\\n'.join(sorted({n.split('.')[0] for n in sys.modules})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


def test_index_never_imports_textual() -> None:
    assert "textual" not in _loaded_after_import(_modules("index"))


def test_tui_never_imports_whoosh() -> None:
    assert "whoosh" not in _loaded_after_import(_modules("tui"))


@pytest.mark.parametrize("package,banned", [("index", "textual"), ("tui", "whoosh")])
def test_no_source_mentions_banned_import(package: str, banned: str) -> None:
    for path in (ROOT / package).rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            assert not stripped.startswith((f"import {banned}", f"from {banned}")), path
