"""Three steering documents of one agency (IMDi) over three years, built through the real graph stage.

The annual reports for 2022 (``c3``) and 2023 (``d3``) and the allocation letter for 2024 (``d2``) from the
collection test sets: goals recur renumbered and reworded, steering parameters recur with results in year
columns, grant schemes recur with figures. No search index is built (nothing here searches).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.artefacts import Build
from kg.overview import Overview

DATA = Path(__file__).resolve().parents[1] / "data"
DOCUMENTS = (DATA / "collection" / "c3.txt", DATA / "collection2" / "d2.txt", DATA / "collection2" / "d3.txt")


def text_of(name: str) -> str:
    """A document's text as the build read it (UTF-8 files, offsets into this string)."""
    return next(p for p in DOCUMENTS if p.name == name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def imdi_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    from kg.graph.stage import build_graph

    corpus = tmp_path_factory.mktemp("imdi-corpus")
    for path in DOCUMENTS:
        shutil.copy(path, corpus / path.name)
    return build_graph(corpus, tmp_path_factory.mktemp("imdi-data"))


@pytest.fixture(scope="session")
def overview(imdi_build: Build) -> Overview:
    return Overview.load(imdi_build)
