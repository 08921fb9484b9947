"""Entities, goals, evaluations and documents: JSON(-LD) for API clients, HTML for browsers, errors at the edge."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef

from kg.artefacts import Build

ID = "https://w3id.org/bufdir-kg/id/"
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
SKOS_LABEL = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")


def test_entity_is_json_ld_for_api_clients(client: TestClient) -> None:
    response = client.get("/entities/goal/1")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/ld+json")
    graph = Graph().parse(data=response.text, format="json-ld")
    goal = URIRef(ID + "goal/1")
    assert (goal, SKOS_LABEL, Literal("Mål 1: Flere barn skal få rett hjelp til rett tid")) in graph
    # links out and in are both there
    assert (goal, URIRef("https://w3id.org/bufdir-kg/ontology#measuredBy"), URIRef(ID + "parameter/s1")) in graph
    assert (URIRef(ID + "reform/barnevernsreformen"), URIRef("https://w3id.org/bufdir-kg/ontology#addresses"),
            goal) in graph
    body = response.json()
    assert body["sources"][0]["start"] == 481 and body["sources"][0]["end"] == 523


def test_entity_is_html_for_browsers(client: TestClient) -> None:
    response = client.get("/entities/report/folgeevaluering-barnevernsreformen", headers=HTML)
    assert response.headers["content-type"].startswith("text/html")
    assert "Følgeevaluering av barnevernsreformen" in response.text
    assert 'href="/entities/reform/barnevernsreformen"' in response.text  # a link out
    assert "<svg" in response.text and 'href="/entities/org/menon-economics"' in response.text  # graph view
    assert "/documents/" in response.text and "#cited" in response.text  # provenance opens the span


def test_unknown_entity_is_404_json_or_html(client: TestClient) -> None:
    response = client.get("/entities/goal/999")
    assert response.status_code == 404
    assert response.json()["error"] == "NotFoundError"
    assert "goal/999" in response.json()["detail"]
    page = client.get("/entities/goal/999", headers=HTML)
    assert page.status_code == 404 and "<h1>" in page.text


def test_goal_evaluations_direct_and_through_what_the_goal_covers(client: TestClient) -> None:
    rows = client.get("/goals/1/evaluations").json()
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {"report/statusrapport", "report/folgeevaluering-barnevernsreformen"}
    assert by_id["report/statusrapport"]["via"] is None
    assert by_id["report/folgeevaluering-barnevernsreformen"]["via"]["id"] == "reform/barnevernsreformen"
    assert client.get("/goals/goal/1/evaluations").json() == rows  # by entity id as well as by number


def test_each_evaluation_leads_back_to_its_goal(client: TestClient) -> None:
    for row in client.get("/goals/1/evaluations").json():
        goals = client.get(f"/evaluations/{row['id']}/goals").json()
        assert [g["id"] for g in goals] == ["goal/1"]


def test_goal_page_lists_parameters_measures_grants_and_evaluations(client: TestClient) -> None:
    page = client.get("/goals/1", headers=HTML).text
    for text in ("S 1. Andel barn som får hjelp tidlig", "Veiledning om plan for forebygging av omsorgssvikt",
                 "Tilskudd til kompetanseheving i barnevernstjenesten", "12\u202f500\u202f000 kr",
                 "Femte statusrapport om barnevernsreformen", "Følgeevaluering av barnevernsreformen"):
        assert text in page


def test_goals_list(client: TestClient) -> None:
    assert [g["id"] for g in client.get("/goals").json()] == ["goal/1"]
    assert client.get("/entities", params={"type": "Evaluation"}).status_code == 200


def test_citation_opens_the_cited_words(client: TestClient, tiny_build: Build, doc_id: str) -> None:
    doc = tiny_build.documents()[0]
    page = client.get(f"/documents/{doc_id}/text", params={"start": 481, "end": 523}, headers=HTML)
    assert page.status_code == 200
    assert f'<mark id="cited" tabindex="-1" aria-label="Sitert utdrag">{doc.text[481:523]}</mark>' in page.text
    data = client.get(f"/documents/{doc.name}/text", params={"start": 481, "end": 523}).json()
    assert data["text"] == doc.text[481:523] == "flere barn skal få rett hjelp til rett tid"
    assert data["page"] is None and data["page_estimate"] is None  # a web page has no page numbers


def test_document_errors(client: TestClient, doc_id: str) -> None:
    assert client.get("/documents/nope").status_code == 404
    out_of_range = client.get(f"/documents/{doc_id}/text", params={"start": 10, "end": 10_000_000})
    assert out_of_range.status_code == 400 and "outside the document" in out_of_range.json()["detail"]
    assert client.get(f"/documents/{doc_id}").json()["id"] == doc_id


def test_search_refuses_empty_and_over_long_questions(client: TestClient) -> None:
    empty = client.get("/search", params={"q": "   "})
    assert empty.status_code == 400 and "empty" in empty.json()["detail"]
    long = client.get("/search", params={"q": "fosterhjem " * 100})
    assert long.status_code == 400 and "at most" in long.json()["detail"]
    assert client.get("/search", params={"q": "x", "type": "Unicorn"}).status_code == 400
    assert client.get("/search").status_code == 422  # q is required


def test_search_contract(client: TestClient) -> None:
    response = client.get("/search", params={"q": "Hvem evaluerer barnevernsreformen?", "k": 3})
    assert response.status_code == 200, response.text
    body = response.json()
    assert {"query", "type", "passages", "entities"} <= set(body)
    assert 0 < len(body["passages"]) <= 3
    assert {"id", "doc", "start", "end", "text", "score"} <= set(body["passages"][0])


def test_openapi_documents_every_resource(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/search", "/sparql", "/entities/{entity_id}", "/goals/{goal_id}/evaluations",
                 "/evaluations/{evaluation_id}/goals", "/documents/{doc_id}/text"):
        assert path in paths, sorted(paths)


def test_language_choice(client: TestClient) -> None:
    english = client.get("/goals/1", headers=HTML, params={"lang": "en"})
    assert '<html lang="en">' in english.text and "Steering parameters" in english.text
    assert english.cookies.get("lang") == "en"
    client.cookies.clear()
    assert '<html lang="nb">' in client.get("/", headers=HTML).text
    assert json.loads(client.get("/openapi.json").text)["info"]["title"] == "bufdir-kg"
