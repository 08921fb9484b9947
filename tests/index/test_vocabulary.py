"""The saved word -> terms table: a build reads the words earlier builds analysed and gets the same terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import analyzer, vocabulary
from index.lexical.analyzer import analyse

TEXTS = ["Fosterhjemsmangelen i kommunene økte i 2024.",
         "Tilskudd til inkludering av barn og unge ble evaluert av NOVA."]


@pytest.fixture()
def fresh_analyser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyzer, "KNOWN_TERMS", {})


@pytest.mark.usefixtures("fresh_analyser")
def test_saved_words_give_the_terms_the_analyser_gives(tmp_path: Path) -> None:
    expected = [analyse(t) for t in TEXTS]
    table = vocabulary.table_path(tmp_path)
    vocabulary.save(table, 0)
    analyzer.KNOWN_TERMS.clear()
    assert vocabulary.load(table) >= len({w for t in TEXTS for _, _, w in analyzer.words(t)})
    assert "fosterhjemsmangelen" in analyzer.KNOWN_TERMS
    assert [analyse(t) for t in TEXTS] == expected
    assert ("fosterhjem" in analyzer.KNOWN_TERMS["fosterhjemsmangelen"]
            or any(t.startswith("fosterhjem") for t in analyzer.KNOWN_TERMS["fosterhjemsmangelen"]))


@pytest.mark.usefixtures("fresh_analyser")
def test_an_unreadable_table_is_analysed_again_and_replaced(tmp_path: Path) -> None:
    table = vocabulary.table_path(tmp_path)
    table.write_bytes(b"not a pickle")
    assert vocabulary.load(table) == 0
    terms = analyse(TEXTS[0])
    vocabulary.save(table, 0)
    analyzer.KNOWN_TERMS.clear()
    assert vocabulary.load(table) > 0
    assert analyse(TEXTS[0]) == terms


def test_the_table_is_named_by_the_analyser(tmp_path: Path) -> None:
    assert vocabulary.table_path(tmp_path).name == f"terms-{vocabulary.analyser_id()}.pickle"
    assert len(vocabulary.analyser_id()) == 16
