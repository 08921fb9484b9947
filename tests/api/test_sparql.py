"""/sparql follows the SPARQL 1.1 Protocol: three ways to ask, every result format, read-only, bounded."""

from __future__ import annotations

import io
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef
from rdflib.query import Result

from tests.api.conftest import ROW_CAP, TIMEOUT

BK = "https://w3id.org/bufdir-kg/ontology#"
SELECT = f"""PREFIX bk: <{BK}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?m ?label WHERE {{ ?m a bk:Measure ; skos:prefLabel ?label }} ORDER BY ?label"""
CONSTRUCT = f"PREFIX bk: <{BK}> CONSTRUCT {{ ?e bk:evaluates ?x }} WHERE {{ ?e bk:evaluates ?x }}"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
MEASURES = ["Nasjonal database over barn som venter på fosterhjem", "Nasjonal rekrutteringskampanje for fosterhjem"]
RESULT_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"}


def labels(result: Result) -> list[str]:
    return [str(row[1]) for row in result]  # type: ignore[index]


def ask(client: TestClient, how: str, query: str, accept: str) -> httpx.Response:
    headers = {"Accept": accept}
    if how == "get":
        return client.get("/sparql", params={"query": query}, headers=headers)
    if how == "form":
        return client.post("/sparql", data={"query": query}, headers=headers)
    return client.post("/sparql", content=query.encode(), headers={**headers, "Content-Type": "application/sparql-query"})


@pytest.mark.parametrize("how", ["get", "form", "body"])
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_in_every_format_by_every_request_form(client: TestClient, how: str, fmt: str) -> None:
    response = ask(client, how, SELECT, RESULT_TYPES[fmt])
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(RESULT_TYPES[fmt])
    result = Result.parse(io.BytesIO(response.content), format=fmt)
    assert labels(result) == MEASURES


@pytest.mark.parametrize(("accept", "fmt"), [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                             ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_construct_by_accept(client: TestClient, accept: str, fmt: str) -> None:
    response = ask(client, "get", CONSTRUCT, accept)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=response.content, format=fmt)
    assert len(graph) == 2
    assert (URIRef("https://w3id.org/bufdir-kg/id/eval-1"), URIRef(BK + "evaluates"),
            URIRef("https://w3id.org/bufdir-kg/id/measure-campaign")) in graph


def test_ask_and_defaults(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": f"ASK {{ ?g a <{BK}Goal> }}"})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert response.json() == {"head": {}, "boolean": True}
    turtle = client.get("/sparql", params={"query": CONSTRUCT})
    assert turtle.headers["content-type"].startswith("text/turtle")


def test_quality_values_choose_the_format(client: TestClient) -> None:
    response = ask(client, "get", SELECT, "application/sparql-results+json;q=0.5, text/csv;q=0.9")
    assert response.headers["content-type"].startswith("text/csv")


def test_unacceptable_format_is_406(client: TestClient) -> None:
    response = ask(client, "get", SELECT, "image/png")
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text


def test_dataset_parameters_restrict_the_default_graph(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": COUNT, "default-graph-uri": "https://example.org/none"})
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "0"


@pytest.mark.parametrize("send", ["query-param", "form-update", "update-body", "form-query"])
def test_updates_are_refused_and_change_nothing(client: TestClient, send: str) -> None:
    before = client.get("/sparql", params={"query": COUNT}).json()
    update = "PREFIX x: <https://example.org/> INSERT DATA { x:a x:b x:c }"
    if send == "query-param":
        response = client.get("/sparql", params={"query": update})
    elif send == "form-update":
        response = client.post("/sparql", data={"update": update})
    elif send == "update-body":
        response = client.post("/sparql", content=update, headers={"Content-Type": "application/sparql-update"})
    else:
        response = client.post("/sparql", data={"query": "DROP ALL"})
    assert response.status_code == 403
    assert "read-only" in response.text
    assert client.get("/sparql", params={"query": COUNT}).json() == before
    inserted = client.get("/sparql", params={"query": "ASK { <https://example.org/a> ?p ?o }"}).json()
    assert inserted["boolean"] is False


def test_malformed_query_is_400_with_position(client: TestClient) -> None:
    for query in ("SELECT ?s WHERE { ?s ?p }", "SELEKT ?x WHERE { ?x ?y ?z }"):
        response = client.get("/sparql", params={"query": query})
        assert response.status_code == 400
        assert "error at 1:" in response.text


def test_missing_query_is_400_and_wrong_content_type_415(client: TestClient) -> None:
    assert client.get("/sparql", headers={"Accept": "application/json"}).status_code == 400
    assert client.post("/sparql", content="x", headers={"Content-Type": "text/plain"}).status_code == 415


def test_row_cap_gives_a_clear_error(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"})
    assert response.status_code == 422
    assert f"more than {ROW_CAP} rows" in response.text


def test_explosive_query_is_stopped_while_other_requests_are_served(live_url: str) -> None:
    """A 5-way cartesian product runs past the limit; meanwhile the server answers other requests fast."""
    outcome: dict[str, httpx.Response] = {}

    def explode() -> None:
        outcome["r"] = httpx.get(f"{live_url}/sparql", params={"query": EXPLOSIVE}, timeout=60)

    started = time.monotonic()
    thread = threading.Thread(target=explode)
    thread.start()
    time.sleep(0.3)
    latencies = []
    while thread.is_alive() and time.monotonic() - started < 30:
        t = time.monotonic()
        assert httpx.get(f"{live_url}/entities/goal/1", timeout=10).status_code == 200
        assert httpx.get(f"{live_url}/search", params={"q": "fosterhjem"}, timeout=30).status_code == 200
        latencies.append(time.monotonic() - t)
    thread.join()
    elapsed = time.monotonic() - started
    assert outcome["r"].status_code == 503
    assert "time limit" in outcome["r"].text
    assert elapsed < TIMEOUT + 5
    assert latencies and max(latencies) < TIMEOUT
    # The killed worker is replaced: the endpoint keeps answering.
    after = httpx.get(f"{live_url}/sparql", params={"query": COUNT}, timeout=30)
    assert after.status_code == 200


def test_sparqlwrapper_client(live_url: str) -> None:
    from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    endpoint = SPARQLWrapper(f"{live_url}/sparql")
    endpoint.setQuery(SELECT)
    endpoint.setReturnFormat(JSON)
    rows = endpoint.query().convert()["results"]["bindings"]  # type: ignore[index, call-overload]
    assert [r["label"]["value"] for r in rows] == MEASURES
    endpoint.setReturnFormat(XML)
    assert endpoint.query().convert().getElementsByTagName("result").length == 2  # type: ignore[union-attr]
    endpoint.setReturnFormat(CSV)
    assert endpoint.query().convert().decode().splitlines()[0] == "m,label"  # type: ignore[union-attr]
    for method in ("GET", "POST"):
        endpoint.setMethod(method)
        endpoint.setQuery(CONSTRUCT)
        endpoint.setReturnFormat(TURTLE)
        assert len(Graph().parse(data=endpoint.query().convert(), format="turtle")) == 2  # type: ignore[arg-type]
    endpoint.setQuery("SELECT ?s WHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed):
        endpoint.query()


def test_rdflib_sparqlstore_client(live_url: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(f"{live_url}/sparql"))
    assert sorted(str(row[1]) for row in graph.query(SELECT)) == MEASURES  # type: ignore[index]
    goals = list(graph.triples((None, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(BK + "Goal"))))
    assert len(goals) == 2
