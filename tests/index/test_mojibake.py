"""Double-encoded text (UTF-8 read as cp1252, saved again) is repaired when a file is loaded."""

from __future__ import annotations

from pathlib import Path

from index.library import Library
from index.load import load_file
from index.mojibake import repair_mojibake

GARBLED = "Housing chief\n\nHousing Secretary Juli\u00c3\u00a1n Castro said the plan \u201cworks for Ciudad Ju\u00c3\u00a1rez too.\u201d\n"


def test_a_double_encoded_file_loads_repaired(tmp_path: Path) -> None:
    path = tmp_path / "castro.txt"
    path.write_text(GARBLED, encoding="utf-8")
    (doc,) = load_file(path)
    assert "Juli\u00e1n Castro" in doc.text and "Ju\u00e1rez" in doc.text
    assert "\u00c3" not in doc.text


def test_the_speaker_is_named_as_written_in_the_original(tmp_path: Path) -> None:
    path = tmp_path / "castro.txt"
    path.write_text(GARBLED, encoding="utf-8")
    lib = Library(tmp_path / "lib")
    lib.add([path])
    assert [s.speaker for s in lib.speakers()] == ["Juli\u00e1n Castro"]


def test_clean_text_is_left_alone() -> None:
    for text in ["Plain \u201cquotes\u201d \u2014 a na\u00efve caf\u00e9 in S\u00e3o Paulo", "\u00c3 alone is a letter",
                 "Stra\u00dfe and \u00c6sir"]:
        assert repair_mojibake(text) == text
