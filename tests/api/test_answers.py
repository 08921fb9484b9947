"""Search answers over HTTP name every entity by id and page URL and every cited document by its title."""

from __future__ import annotations

from fastapi.testclient import TestClient

QUESTION = "Hvem gjennomfører følgeevalueringen av barnevernsreformen?"


def test_search_entities_carry_id_and_url_that_open_them(client: TestClient) -> None:
    body = client.get("/search", params={"q": QUESTION, "k": 5}).json()
    assert body["entities"]
    for entity in body["entities"]:
        assert entity["url"] == f"/entities/{entity['id']}" and entity["iri"].endswith(entity["id"])
        assert client.get(entity["url"]).json()["@id"] == entity["iri"]


def test_search_names_documents_by_title(client: TestClient) -> None:
    doc = client.get("/documents").json()[0]
    title = doc["title"] or doc["name"]
    body = client.get("/search", params={"q": QUESTION, "k": 5}).json()
    cited = [s for e in body["entities"] for s in e["sources"]] + body["passages"]
    assert cited and {c["doc_title"] for c in cited} == {title}


def test_every_list_names_entities_the_same_way(client: TestClient) -> None:
    rows = client.get("/entities").json() + client.get("/goals").json() + client.get("/goals/1/evaluations").json()
    rows += [r["via"] for r in rows if r.get("via")]
    for row in rows:
        assert row["url"] == f"/entities/{row['id']}", row
    goal = client.get("/entities/goal/1").json()
    targets = goal["bk:measuredBy"] + goal["@reverse"]["bk:addresses"]
    assert all(t["rdfs:seeAlso"].endswith("/entities/" + t["@id"].split("/id/", 1)[1]) for t in targets)


def test_goal_and_evaluation_routes_cite_documents_by_title(client: TestClient) -> None:
    doc = client.get("/documents").json()[0]
    rows = client.get("/goals/1/evaluations").json() + client.get("/evaluations/report/statusrapport/goals").json()
    cited = [s for r in rows for s in r["sources"]]
    assert cited and {s["doc_title"] for s in cited} == {doc["title"] or doc["name"]}
