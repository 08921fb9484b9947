"""A small real build (one press release through the real pipeline) served by the real app.

The build's ``entities.jsonl`` is replaced by ``tests/data/api_entities.jsonl``: a hand-written file in
the extraction stage's contract, with spans into the same press release, so navigation (goal ->
evaluations -> goals) is tested on known links. ``/sparql`` serves ``tests/data/api_graph.ttl``
through the same worker code path as the built graph. The full corpus is tested in ``test_end_to_end``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build
from tests.api.live import uvicorn_thread
from tests.api.overview_app import imdi  # noqa: F401 - IMDi's 2022-2024 documents served (series, changes)
from tests.overview.conftest import imdi_build, overview  # noqa: F401 - shared

DATA = Path(__file__).resolve().parent.parent / "data"
PRESS_RELEASE = Path(__file__).resolve().parents[2] / "corpus" / "002_4caa32c780ec343b.txt"
GRAPH_FILE = DATA / "api_graph.ttl"
TIMEOUT = 3.0
ROW_CAP = 500


@pytest.fixture(scope="session")
def tiny_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    from kg.pipeline import build

    data = tmp_path_factory.mktemp("api-build")
    report, result = build(PRESS_RELEASE, data)
    assert result is not None, report.failures
    shutil.copy(DATA / "api_entities.jsonl", result.path / "entities.jsonl")
    return result


@pytest.fixture(scope="session")
def settings(tiny_build: Build) -> Settings:
    return Settings(data=tiny_build.path.parent.parent, graph_files=(GRAPH_FILE,), sparql_timeout=TIMEOUT,
                    sparql_row_cap=ROW_CAP, sparql_workers=2)


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_url(settings: Settings) -> Iterator[str]:
    """A real uvicorn on a free loopback port serving the small build."""
    with uvicorn_thread(create_app(settings)) as url:
        yield url


@pytest.fixture(scope="session")
def doc_id(tiny_build: Build) -> str:
    return tiny_build.documents()[0].id


@pytest.fixture(scope="session")
def full_server(full_build: Build) -> Iterator[str]:
    """``kg serve`` (the README's command) over the real full build, with a short SPARQL time limit."""
    from tests.api.live import kg_serve

    with kg_serve(full_build.path.parent.parent, "--sparql-timeout", str(TIMEOUT)) as url:
        yield url


#: A second goal numbered 1 (next year's wording, read from the same press release): a number two goals share.
SECOND_GOAL_1 = {
    "iri": "https://w3id.org/bufdir-kg/id/goal/1-tidlig-hjelp", "type": "Goal", "number": 1, "part": "tidlig hjelp",
    "label": "Mål 1: Barn og familier skal få tidlig hjelp", "alt_labels": [], "links": [],
    "sources": [{"passage": "99c4bfd07db52909", "doc": "002_4caa32c780ec343b.txt", "doc_id": "7c2daa9d0c928aee",
                 "start": 481, "end": 523, "page": None, "section": {"number": None, "title": None, "path": []},
                 "rule": "hand-written test fixture", "confidence": 1.0,
                 "text": "flere barn skal få rett hjelp til rett tid"}],
}


@pytest.fixture(scope="module")
def shared_number_settings(tiny_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The small build once more, with :data:`SECOND_GOAL_1` added: ``/goals/1`` names two goals."""
    data = tmp_path_factory.mktemp("shared-number")
    copy = data / "builds" / tiny_build.path.name
    shutil.copytree(tiny_build.path, copy, ignore=shutil.ignore_patterns(".leases"))
    (data / "current").symlink_to(copy)
    with (copy / "entities.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(SECOND_GOAL_1, ensure_ascii=False) + "\n")
    return Settings(data=data, graph_files=(GRAPH_FILE,), sparql_timeout=TIMEOUT, sparql_row_cap=ROW_CAP,
                    sparql_workers=1)


@pytest.fixture(scope="module")
def shared_number_client(shared_number_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(shared_number_settings)) as test_client:
        yield test_client
