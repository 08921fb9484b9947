"""A goal number two goals share: a choice of both, with the documents they were read from, not a 404."""

from __future__ import annotations

from fastapi.testclient import TestClient

HTML = {"Accept": "text/html"}
BOTH = {"goal/1", "goal/1-tidlig-hjelp"}


def _title(client: TestClient) -> str:
    doc = client.get("/documents").json()[0]
    return str(doc["title"] or doc["name"])


def test_shared_number_answers_both_goals_with_their_documents(shared_number_client: TestClient) -> None:
    response = shared_number_client.get("/goals/1")
    assert response.status_code == 300
    body = response.json()
    assert body["error"] == "SharedNumberError" and "goal/1-tidlig-hjelp" in body["detail"]
    assert {c["id"] for c in body["choices"]} == BOTH
    for choice in body["choices"]:
        assert [d["title"] for d in choice["documents"]] == [_title(shared_number_client)]
        assert shared_number_client.get(choice["url"]).status_code == 200
        assert shared_number_client.get(choice["href"]).status_code == 200


def test_a_route_below_the_goal_leads_to_the_same_route_of_each_choice(shared_number_client: TestClient) -> None:
    response = shared_number_client.get("/goals/1/evaluations")
    assert response.status_code == 300
    hrefs = {c["href"] for c in response.json()["choices"]}
    assert hrefs == {f"/goals/{key}/evaluations" for key in BOTH}
    assert shared_number_client.get("/goals/goal/1/evaluations").status_code == 200


def test_browser_gets_a_choice_page_in_its_language(shared_number_client: TestClient) -> None:
    page = shared_number_client.get("/goals/1", headers=HTML, params={"lang": "nb"})
    assert page.status_code == 300 and page.headers["content-type"].startswith("text/html")
    assert "Flere mål har nummer 1" in page.text
    assert 'href="/goals/goal/1"' in page.text and 'href="/goals/goal/1-tidlig-hjelp"' in page.text
    assert "Barn og familier skal få tidlig hjelp" in page.text and _title(shared_number_client) in page.text
    english = shared_number_client.get("/goals/1", headers=HTML, params={"lang": "en"})
    assert "Several goals have number 1" in english.text
    shared_number_client.cookies.clear()


def test_a_number_one_goal_holds_still_opens_the_goal(client: TestClient) -> None:
    assert client.get("/goals/1").status_code == 200


def test_openapi_documents_the_choice_on_the_routes_that_take_a_number(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/goals/{goal_id}", "/goals/{goal_id}/evaluations"):
        assert "choices" in str(paths[path]["get"]["responses"]["300"]), path
    assert "300" not in paths["/goals"]["get"]["responses"]
