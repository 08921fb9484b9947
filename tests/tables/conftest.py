"""The collection (an annual report and an allocation letter of one agency, another agency's annual report and an
evaluation report, 2019-2022) built through the real pipeline once, without the search index: what tables read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kg.artefacts import Build
from kg.graph.stage import build_graph
from kg.tables import TableData

COLLECTION = Path(__file__).resolve().parents[1] / "data" / "collection"


@pytest.fixture(scope="session")
def collection_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_graph(COLLECTION, tmp_path_factory.mktemp("tables-collection"))


@pytest.fixture(scope="session")
def tables(collection_build: Build) -> TableData:
    return TableData.from_build(collection_build.path, collection_build.documents())


@pytest.fixture(scope="session")
def entities(collection_build: Build) -> list[dict[str, Any]]:
    """``entities.jsonl`` as written, read here independently of the table code."""
    lines = (collection_build.path / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def doc_years(collection_build: Build) -> dict[str, int | None]:
    """Year of each document, by file name, from ``documents.jsonl``."""
    lines = (collection_build.path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["name"]: r["year"] for r in map(json.loads, lines)}
