"""``kg build`` with the graph in ``oxigraph serve`` and the vectors in Milvus Lite, then ``kg serve`` answering
``/search`` and ``/sparql`` from them: the same answers as the same corpus built into the build folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build, open_build
from kg.graph.remote import LOCATION_FILE
from kg.graph.store import STORE_DIR
from tests.api.live import kg_serve
from tests.servers.conftest import TWO_YEARS
from tests.servers.oxigraph import OxigraphServer

pytest.importorskip("milvus_lite", reason="milvus-lite is not installed (pip install -e '.[servers]')")

QUESTION = "Hvor mange tilsyn med fjellstuer gjennomførte direktoratet i 2022?"
SPARQL = ("PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          "SELECT ?goal ?label WHERE { ?goal a bk:Goal ; skos:prefLabel ?label } ORDER BY ?goal ?label")


def _kg(*args: str) -> subprocess.CompletedProcess[str]:
    kg = Path(sys.executable).with_name("kg")
    return subprocess.run([str(kg), *args], capture_output=True, text=True, timeout=600, env={**os.environ})


@pytest.fixture(scope="module")
def servers_build(two_years_build: Build, oxigraph: OxigraphServer, tmp_path_factory: pytest.TempPathFactory
                  ) -> Build:
    """The two-year corpus built by ``kg build`` into the servers (the embeddings come from the reference
    build's cache: the same vectors, no second embedding run)."""
    data = tmp_path_factory.mktemp("servers-data")
    shutil.copytree(two_years_build.path.parent.parent / "cache", data / "cache")
    milvus = tmp_path_factory.mktemp("milvus") / "vectors.db"
    done = _kg("build", str(TWO_YEARS), "--data", str(data), "--executor", "serial",
               "--sparql-query", oxigraph.settings.query, "--sparql-update", oxigraph.settings.update,
               "--vectors", "milvus", "--milvus-uri", str(milvus))
    assert done.returncode == 0, done.stderr
    return open_build(data)


@pytest.fixture(scope="module")
def reference(two_years_build: Build) -> Iterator[TestClient]:
    """The same corpus with its graph and vectors in the build folder."""
    with TestClient(create_app(Settings(data=two_years_build.path.parent.parent, sparql_workers=1))) as client:
        yield client


@pytest.fixture(scope="module")
def served(servers_build: Build) -> Iterator[str]:
    with kg_serve(servers_build.path.parent.parent, "--sparql-workers", "1") as url:
        yield url


def test_the_build_went_into_the_servers(servers_build: Build, oxigraph: OxigraphServer) -> None:
    assert not (servers_build.path / STORE_DIR).exists()
    assert json.loads((servers_build.path / LOCATION_FILE).read_text())["query"] == oxigraph.settings.query
    for part in ("vectors", "windows"):
        description = json.loads((servers_build.path / "index" / part / "description.json").read_text())
        assert description["backend"] == "milvus"
        assert description["location"]["collection"].startswith("kg_" + servers_build.path.name.replace("-", "_"))
        assert not (servers_build.path / "index" / part / "vectors.faiss").exists()
    assert servers_build.manifest["stages"]["index"]["vector_backend"] == "milvus"


def test_search_answers_from_the_vector_database(served: str, reference: TestClient) -> None:
    got = httpx.get(f"{served}/search", params={"q": QUESTION, "k": 5}, timeout=120)
    assert got.status_code == 200, got.text
    expected = reference.get("/search", params={"q": QUESTION, "k": 5}).json()
    ranked = [[(p["id"], round(p["score"], 4)) for p in body["passages"]] for body in (got.json(), expected)]
    assert ranked[0] and ranked[0] == ranked[1]


def test_sparql_answers_from_the_graph_server(served: str, reference: TestClient) -> None:
    got = httpx.get(f"{served}/sparql", params={"query": SPARQL}, headers={"Accept": "text/csv"}, timeout=60)
    expected = reference.get("/sparql", params={"query": SPARQL}, headers={"Accept": "text/csv"})
    assert got.status_code == 200 and got.text == expected.text and got.text.count("\n") > 1


def test_kg_build_stops_before_reading_when_the_graph_server_is_down(tmp_path: Path) -> None:
    from tests.api.live import free_port

    url = f"http://127.0.0.1:{free_port()}/query"
    done = _kg("build", str(TWO_YEARS), "--data", str(tmp_path), "--sparql-query", url)
    assert done.returncode == 1
    assert f"the SPARQL server at {url} (KG_SPARQL_QUERY) cannot be reached" in done.stderr
