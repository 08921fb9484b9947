"""The graph in ``oxigraph serve``: the same build answers the same through ``/sparql`` as from the embedded
store, the endpoint's protections hold, and a new build replaces the served graph in one step or not at all."""

from __future__ import annotations

import json
import os
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build, BuildWriter, open_build
from kg.errors import GraphServerError
from kg.graph.namespaces import ID
from kg.graph.publication import STAGING
from kg.graph.remote import LOCATION_FILE, ServerSettings
from kg.graph.stage import GraphStage, build_graph, read_collection
from kg.graph.store import STORE_DIR
from tests.api.live import free_port
from tests.servers.conftest import TWO_YEARS
from tests.servers.oxigraph import OxigraphServer, oxigraph_serve

CSV = {"Accept": "text/csv"}
BK = "PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>\n"
QUERIES = [
    "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY ?type",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "SELECT ?goal ?label ?number WHERE { ?goal a bk:Goal ; skos:prefLabel ?label . "
    "OPTIONAL { ?goal bk:number ?number } } ORDER BY ?goal ?label",
    "PREFIX dcterms: <http://purl.org/dc/terms/>\nSELECT ?s ?o WHERE { ?s dcterms:title ?o } ORDER BY ?s ?o",
]


def _sparql(client: TestClient, query: str, **params: str) -> tuple[int, str]:
    response = client.get("/sparql", params={"query": query, **params}, headers=CSV)
    return response.status_code, response.text


def _settings(build: Build, row_cap: int = 10_000) -> Settings:
    return Settings(data=build.path.parent.parent, sparql_timeout=3.0, sparql_row_cap=row_cap, sparql_workers=1)


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_graph(TWO_YEARS, tmp_path_factory.mktemp("embedded"), server=None)


@pytest.fixture(scope="module")
def remote(oxigraph: OxigraphServer, tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_graph(TWO_YEARS, tmp_path_factory.mktemp("remote"), server=oxigraph.settings)


@pytest.fixture(scope="module")
def clients(embedded: Build, remote: Build) -> Iterator[tuple[TestClient, TestClient]]:
    with TestClient(create_app(_settings(embedded))) as one, TestClient(create_app(_settings(remote))) as other:
        yield one, other


def test_the_build_records_where_its_graph_lives(remote: Build, oxigraph: OxigraphServer) -> None:
    assert not (remote.path / STORE_DIR).exists()  # nothing written into the folder
    record = json.loads((remote.path / LOCATION_FILE).read_text(encoding="utf-8"))
    assert record["store"] == "sparql" and record["query"] == oxigraph.settings.query
    assert f"{ID}graph/ontology" in record["graphs"] and len(record["graphs"]) == 4  # three documents
    assert remote.manifest["stages"]["graph"]["store"] == oxigraph.settings.query


@pytest.mark.parametrize("query", QUERIES)
def test_same_answers_as_the_embedded_store(clients: tuple[TestClient, TestClient], query: str) -> None:
    one, other = clients
    expected = _sparql(one, query)
    assert expected[0] == 200 and expected[1].count("\n") > 1
    assert _sparql(other, query) == expected


def test_same_graph_from_construct_ask_and_a_chosen_default_graph(clients: tuple[TestClient, TestClient],
                                                                  remote: Build) -> None:
    one, other = clients
    construct = BK + "CONSTRUCT { ?s ?p ?o } WHERE { ?s a bk:Goal ; ?p ?o }"
    triples = [set(ox.parse(c.get("/sparql", params={"query": construct},
                                headers={"Accept": "application/n-triples"}).content, ox.RdfFormat.N_TRIPLES))
               for c in (one, other)]
    assert triples[0] and triples[0] == triples[1]
    ask = [c.get("/sparql", params={"query": BK + "ASK { ?s a bk:Goal }"}).json() for c in (one, other)]
    assert ask[0] == ask[1] == {"head": {}, "boolean": True}
    graph = next(g for g in json.loads((remote.path / LOCATION_FILE).read_text())["graphs"] if "ontology" not in g)
    counted = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    answers = [_sparql(c, counted, **{"default-graph-uri": graph}) for c in (one, other)]
    assert answers[0] == answers[1] and answers[0][0] == 200
    assert answers[0][1] != _sparql(one, counted)[1]  # one document's graph, not the union


def test_an_entity_page_is_the_same(clients: tuple[TestClient, TestClient]) -> None:
    one, other = clients
    pages = [c.get("/entities/goal/1-trygge-ferdselsarer-i-fjellet") for c in (one, other)]
    assert pages[0].status_code == 200 and pages[0].json() == pages[1].json()


def test_the_export_is_the_same(embedded: Build, remote: Build) -> None:
    from kg.graph.query import export_graph

    lines = [sorted(export_graph(b.path, "nquads").decode("utf-8").splitlines()) for b in (embedded, remote)]
    assert lines[0] and lines[0] == lines[1]


def test_data_outside_the_build_is_never_seen(clients: tuple[TestClient, TestClient],
                                              oxigraph: OxigraphServer) -> None:
    one, other = clients
    foreign = "INSERT DATA { GRAPH <urn:other:data> { <urn:a> <urn:b> <urn:c> } }"
    request = urllib.request.Request(f"{oxigraph.url}/update", data=foreign.encode("utf-8"),
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=10).close()
    counted = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _sparql(other, counted) == _sparql(one, counted)  # the union is the build's graphs only
    named = _sparql(other, counted, **{"default-graph-uri": "urn:other:data"})
    assert named == _sparql(one, counted, **{"default-graph-uri": "urn:other:data"}) == (200, "n\r\n0\r\n")
    in_graphs = "SELECT ?g WHERE { GRAPH ?g { <urn:a> ?p ?o } }"
    assert _sparql(other, in_graphs) == (200, "g\r\n")

def test_the_endpoint_protections_hold(clients: tuple[TestClient, TestClient], oxigraph: OxigraphServer) -> None:
    one, other = clients
    for client in (one, other):  # the same refusal, with the parser's position, before the server sees it
        malformed = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
        assert malformed.status_code == 400 and "error at 1:21" in malformed.text
        service = client.get("/sparql", params={"query": f"SELECT * WHERE {{ SERVICE <{oxigraph.url}/query> "
                                                         "{ ?s ?p ?o } }"})
        assert service.status_code == 400 and "SERVICE" in service.text
        update = client.post("/sparql", data={"update": "DROP ALL"})
        assert update.status_code == 403
    assert _sparql(other, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1] != "n\r\n0\r\n"  # nothing dropped


def test_the_row_cap_holds(remote: Build) -> None:
    with TestClient(create_app(_settings(remote, row_cap=5))) as client:
        capped = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert capped.status_code == 422 and "5 rows" in capped.text
        assert client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"}).status_code == 200


def test_the_time_limit_holds(clients: tuple[TestClient, TestClient]) -> None:
    _, other = clients
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    response = other.get("/sparql", params={"query": slow})
    assert response.status_code == 503 and "time limit" in response.text
    assert _sparql(other, QUERIES[0])[0] == 200  # a fresh worker answers the next query


def _select(server: OxigraphServer, query: str) -> list[dict[str, dict[str, str]]]:
    encoded = urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(f"{server.url}/query?{encoded}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        rows: list[dict[str, dict[str, str]]] = json.load(response)["results"]["bindings"]
        return rows


def _graphs(server: OxigraphServer) -> set[str]:
    return {row["g"]["value"] for row in _select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}


def _count(server: OxigraphServer, query: str) -> int:
    return int(_select(server, query)[0]["n"]["value"])


def _recorded(build: Build) -> list[str]:
    graphs: list[str] = json.loads((build.path / LOCATION_FILE).read_text(encoding="utf-8"))["graphs"]
    return graphs


def test_a_new_build_replaces_the_served_graphs_at_once(tmp_path: Path) -> None:
    with oxigraph_serve(tmp_path / "graph") as server:  # its own server: the module's one stays as built
        first = build_graph(TWO_YEARS, tmp_path / "data", server=server.settings)
        assert {g for g in _graphs(server) if g.startswith(f"{ID}graph/")} == set(_recorded(first))
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        for name in ("arsrapport_2022.txt", "arsrapport_2023.txt"):  # the allocation letter is gone
            (corpus / name).write_bytes((TWO_YEARS / name).read_bytes())
        newer = build_graph(corpus, tmp_path / "data", server=server.settings)
        assert len(_recorded(newer)) == 3
        public = {g for g in _graphs(server) if g.startswith(f"{ID}graph/")}
        assert public == set(_recorded(newer))  # the letter's graph dropped by the same update
        assert not any(g.startswith(STAGING) for g in _graphs(server))


def test_a_failed_build_leaves_the_served_graph_as_it_was(tmp_path: Path) -> None:
    with oxigraph_serve(tmp_path / "graph") as server:
        build_graph(TWO_YEARS, tmp_path / "data", server=server.settings)
        before = _graphs(server)
        counted = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        triples = _count(server, counted)
        documents, passages, extracted = read_collection(TWO_YEARS)
        writer = BuildWriter(tmp_path / "data")
        GraphStage(extracted, server.settings).run(writer, documents, passages)
        assert any(g.startswith(STAGING) for g in _graphs(server))  # staged, not served
        writer.abort()
        assert _graphs(server) == before and _count(server, counted) == triples


def test_an_unreachable_server_fails_the_build_naming_the_url(embedded: Build) -> None:
    data = embedded.path.parent.parent
    current = open_build(data).path
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(GraphServerError, match=f"{url}.*KG_SPARQL_QUERY.*cannot be reached"):
        build_graph(TWO_YEARS, data, server=ServerSettings(url, url))
    assert open_build(data).path == current  # what was served stays served


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_SPARQL_QUERY", raising=False)
    monkeypatch.delenv("KG_SPARQL_UPDATE", raising=False)
    assert ServerSettings.from_env() is None
    monkeypatch.setenv("KG_SPARQL_QUERY", "http://graph:7878/query")
    assert ServerSettings.from_env() == ServerSettings("http://graph:7878/query", "http://graph:7878/query")
    monkeypatch.setenv("KG_SPARQL_UPDATE", "http://graph:7878/update")
    assert ServerSettings.from_env() == ServerSettings("http://graph:7878/query", "http://graph:7878/update")
    monkeypatch.setenv("KG_SPARQL_QUERY", "file:///etc/passwd")
    with pytest.raises(GraphServerError, match="KG_SPARQL_QUERY"):
        ServerSettings.from_env()
    assert os.environ["KG_SPARQL_UPDATE"]
