"""Snippets mark whole words that share an index term with the question, never a piece of a longer word."""

from __future__ import annotations

import re
from pathlib import Path

from index.lexical.analyzer import analyse
from kg.documents import read_document
from kg.passages import segment
from kg.search.snippets import snippet

TEXT = ("Årsrapport 2024\n\n 1. Fosterhjem \n\n"
        "Mangelen på fosterhjem er stor, og mange barn venter. Fosterhjemsmangelen rammer mange kommuner.\n")


def _marked(tmp_path: Path, question: str) -> list[str]:
    path = tmp_path / "rapport.txt"
    path.write_text(TEXT, encoding="utf-8")
    passage = next(p for p in segment(read_document(path)).passages if "Mangelen" in p.text)
    return re.findall(r"<mark>(.*?)</mark>", snippet(passage, set(analyse(question))))


def test_a_short_word_marks_nothing_inside_a_longer_one(tmp_path: Path) -> None:
    marked = _marked(tmp_path, "mange barn")
    assert "barn" in marked
    assert not any("angel" in word for word in marked)  # "mange" is not a piece of "Mangelen"


def test_a_word_marks_the_whole_inflected_or_compound_word(tmp_path: Path) -> None:
    assert _marked(tmp_path, "mangel") == ["Mangelen", "Fosterhjemsmangelen"]
