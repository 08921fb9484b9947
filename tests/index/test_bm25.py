"""BM25 over Norwegian terms: ranks, survives save/load, and scores nothing for unknown words."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical.bm25 import BM25Index
from kg.errors import SearchIndexError

TEXTS = [
    "Fosterhjemsmangelen er et stort problem for kommunene.",
    "Tilskudd til inkludering av barn og unge i fritidsaktiviteter.",
    "Krisesentrene gir et tilbud til utsatte for vold i nære relasjoner.",
]


def test_compound_text_ranks_first_for_a_question_in_other_words(tmp_path: Path) -> None:
    index = BM25Index.build(TEXTS)
    scores = index.scores("mangel på fosterhjem")
    assert scores.argmax() == 0 and scores[1] == scores[2] == 0
    index.save(tmp_path / "lex")
    again = BM25Index.load(tmp_path / "lex")
    assert (again.scores("mangel på fosterhjem") == scores).all()


def test_unknown_words_score_zero_everywhere() -> None:
    assert not BM25Index.build(TEXTS).scores("xyzzy quux").any()


def test_loading_a_folder_without_an_index_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="no lexical index"):
        BM25Index.load(tmp_path)
