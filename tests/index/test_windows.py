"""Sentence windows: which sentences a passage is split into and which windows it gets."""

from __future__ import annotations

import pytest

from index.windows import SIZE, STRIDE, STRIDE_SETTING, configured_stride, sentences, windows
from kg.errors import SearchIndexError
from kg.passages.base import OffsetMap, Passage, Section
from kg.passages.pages import PageRef


def _passage(text: str, kind: str = "paragraph") -> Passage:
    return Passage("p1", "d1", "doc.txt", kind, Section("2.1", "Fosterhjem", ("2 Barnevern", "2.1 Fosterhjem")),
                   PageRef(), 0, len(text), text, OffsetMap(((0, 0, len(text)),)))


def test_sentences_end_at_punctuation_before_a_capital_or_digit_not_at_abbreviations_or_decimals() -> None:
    text = "Det var 3,5 mill. kroner i 2024. Tallet økte. 12 kommuner deltok: Oslo og Bergen var med."
    assert sentences(_passage(text)) == ["Det var 3,5 mill. kroner i 2024.", "Tallet økte.", "12 kommuner deltok:",
                                         "Oslo og Bergen var med."]


def test_list_items_and_table_rows_are_sentences_of_their_own() -> None:
    assert sentences(_passage("• første tiltak\n• andre tiltak", "list")) == ["• første tiltak", "• andre tiltak"]
    assert sentences(_passage("Tabell 1 2023 2024\nSaker 10 12", "table")) == ["Tabell 1 2023 2024", "Saker 10 12"]


def test_short_passages_get_no_windows_and_long_ones_are_covered_to_the_last_sentence() -> None:
    short = _passage(" ".join(f"Setning nummer {i}." for i in range(SIZE)))
    assert windows(short, 0, "path") == []
    n = SIZE + STRIDE + 1  # the regular windows stop one sentence short of the end
    long = _passage(" ".join(f"Setning {chr(65 + i)}." for i in range(n)))
    found = windows(long, 7, "2 Barnevern > 2.1 Fosterhjem")
    assert all(w.passage == 7 and w.text.startswith("2 Barnevern > 2.1 Fosterhjem\n") for w in found)
    assert found[0].text.endswith("Setning A. Setning B. Setning C.")
    assert found[-1].text.endswith(f"Setning {chr(65 + n - 1)}.")
    assert all(len(sentences(_passage(w.text.split("\n", 1)[1]))) == SIZE for w in found)


def test_table_windows_repeat_caption_and_header_and_list_windows_their_lead_in() -> None:
    table = _passage("Tabell 4: Saker 2022–2024\nSaker 2022 2023 2024\nA 1 2 3\nB 4 5 6\nC 7 8 9\nD 1 1 1", "table")
    found = windows(table, 0, "")
    assert found and all(w.text.startswith("Tabell 4: Saker 2022–2024\nSaker 2022 2023 2024\n") for w in found)
    assert found[-1].text.endswith("D 1 1 1")
    items = "\n".join(f"• tiltak {i}" for i in range(5))
    lst = _passage(f"Direktoratet har satt i gang disse tiltakene:\n{items}", "list")
    assert all(w.text.startswith("p\nDirektoratet har satt i gang disse tiltakene:\n• tiltak") for w in windows(lst, 0, "p"))


def test_the_stride_is_a_build_setting_checked_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    long = _passage(" ".join(f"Setning {chr(65 + i)}." for i in range(12)))
    monkeypatch.delenv(STRIDE_SETTING, raising=False)
    assert configured_stride() == STRIDE
    monkeypatch.setenv(STRIDE_SETTING, "4")
    sparse = windows(long, 0, "", stride=configured_stride())
    assert len(sparse) < len(windows(long, 0, ""))
    assert sparse[-1].text.endswith("Setning L.")  # the last sentence still gets a window
    for bad in ("0", "x", "99"):
        monkeypatch.setenv(STRIDE_SETTING, bad)
        with pytest.raises(SearchIndexError, match=STRIDE_SETTING):
            configured_stride()
