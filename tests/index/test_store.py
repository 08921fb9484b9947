"""The search index: passages and their sentence windows embedded by the real model, saved and reloaded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embeddings import Embedder, EmbeddingConfig, create_embedder
from index.store import WINDOW_WEIGHT, SearchIndex
from kg.passages.base import OffsetMap, Passage, Section
from kg.passages.pages import PageRef

SECTION = Section("4", "Familievern", ("4 Familievern",))
LONG = (
    "Familievernet tilbyr parterapi og samtaler til familier i hele landet. Kontorene har fått flere "
    "henvendelser enn før, særlig fra foreldre med små barn. Mekling etter samlivsbrudd er obligatorisk for "
    "foreldre med barn under 16 år. Saksbehandlingstiden for adopsjonssøknader fra utlandet var 14 måneder i "
    "2024. Kontorene har også gitt kurs til ansatte i kommunene. Det er utviklet et nytt digitalt tilbud for "
    "foreldre. Flere kontorer har samarbeidet med helsestasjoner."
)
SHORT = "Adopsjon gir barn som ikke kan bo med sine foreldre, en ny familie for resten av livet."
OTHER = "Krisesentrene gir et trygt, midlertidig botilbud til utsatte for vold i nære relasjoner."


def _passage(pid: str, text: str) -> Passage:
    return Passage(pid, "d1", "doc.txt", "paragraph", SECTION, PageRef(), 0, len(text), text,
                   OffsetMap(((0, 0, len(text)),)))


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return create_embedder(EmbeddingConfig())


@pytest.fixture(scope="module")
def index(embedder: Embedder) -> SearchIndex:
    passages = [_passage("long", LONG), _passage("short", SHORT), _passage("other", OTHER)]
    return SearchIndex.build(passages, embedder, EmbeddingConfig())


def test_a_passage_gains_from_the_window_that_matches_the_question_better_than_the_whole(
        index: SearchIndex, embedder: Embedder) -> None:
    query = embedder.embed_queries(["Har familievernet laget noe digitalt for foreldre?"])[0]
    own = index.vectors.vectors_of(np.arange(3)) @ query
    assert len(index.owners) > 0 and set(index.owners.tolist()) == {0}  # only the long passage has windows
    window = index.windows.vectors_of(np.arange(len(index.owners))) @ query  # type: ignore[union-attr]
    assert window.max() > own[0]  # one window (the sentence on the new digital offer) fits better than the whole
    scores = dict(index.dense_scores(query, 3))
    assert scores[0] == pytest.approx((1 - WINDOW_WEIGHT) * own[0] + WINDOW_WEIGHT * window.max(), abs=1e-5)
    assert scores[0] > own[0]
    assert scores[1] == pytest.approx(own[1], abs=1e-5) and scores[2] == pytest.approx(own[2], abs=1e-5)
    assert [r for r, _ in index.dense_scores(query, 3)] == sorted(scores, key=lambda r: -scores[r])


def test_windows_are_saved_and_reloaded_and_an_index_without_them_still_loads(index: SearchIndex, embedder: Embedder,
                                                                              tmp_path: Path) -> None:
    query = embedder.embed_queries(["adopsjon fra utlandet"])[0]
    index.save(tmp_path / "index")
    loaded = SearchIndex.load(tmp_path / "index")
    assert (loaded.owners == index.owners).all()
    before, after = index.dense_scores(query, 3), loaded.dense_scores(query, 3)
    assert [r for r, _ in after] == [r for r, _ in before]
    assert [s for _, s in after] == pytest.approx([s for _, s in before])
    for f in (tmp_path / "index" / "windows").iterdir():
        f.unlink()
    (tmp_path / "index" / "windows").rmdir()
    plain = SearchIndex.load(tmp_path / "index")
    assert plain.windows is None
    own = index.vectors.vectors_of(np.arange(3)) @ query
    assert [s for _, s in plain.dense_scores(query, 3)] == pytest.approx(sorted(own.tolist(), reverse=True))
