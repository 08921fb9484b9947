"""``/changes``: two documents or two years of one organisation compared over the real app; and search leads there."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.overview_app import HTML, Page
from tests.overview.conftest import text_of


def test_two_documents_list_added_removed_and_reworded_with_both_sides_cited(imdi: TestClient) -> None:
    body = imdi.get("/changes", params={"a": "d3.txt", "b": "d2", "type": "Goal"}).json()
    by_status: dict[str, list[dict[str, Any]]] = {}
    for c in body["changes"]:
        by_status.setdefault(c["status"], []).append(c)
    assert [c["b"]["wording"] for c in by_status["added"]] == ["Flere innvandrerkvinner deltar i arbeidslivet"]
    assert [c["a"]["wording"][:26] for c in by_status["removed"]] == ["Brukerne opplever at IMDi "]
    reworded = next(c for c in by_status["reworded"] if "bosettes raskt" in c["a"]["wording"])
    assert [d for d in reworded["diff"] if d["op"] != "same"] == [{"op": "removed", "text": "tråd"},
                                                                 {"op": "added", "text": "samsvar"}]
    for side, doc in (("a", "d3.txt"), ("b", "d2.txt")):
        c = reworded[side]["citation"]
        assert c["doc"] == doc and c["url"].startswith(f"/documents/{c['doc_id']}/text?start=")
        assert "bosettes raskt" in text_of(doc)[c["start"]:c["end"]]
    assert body["counts"]["added"] == 1 and body["counts"]["removed"] == 1


def test_an_organisation_and_two_years(imdi: TestClient) -> None:
    body = imdi.get("/changes", params={"organisation": "IMDi", "from": "2023", "to": "2024"}).json()
    assert (body["a"]["year"], body["b"]["year"]) == (2023, 2024)
    renumbered = [c for c in body["changes"] if c["renumbered"] and c["type"] == "Goal"]
    assert {(c["a"]["number"], c["b"]["number"]) for c in renumbered} == {("Effektmål 4", "Virksomhetsmål 3"),
                                                                          ("Effektmål 3", "Virksomhetsmål 4")}


def test_bad_or_missing_parameters_are_400_naming_them(imdi: TestClient) -> None:
    for params, named in (({"from": "2022"}, "organisation, to"), ({"a": "d2"}, "b"),
                          ({"organisation": "IMDi", "from": "twenty", "to": "2024"}, "from"),
                          ({"a": "d2", "b": "d3", "type": "Reform"}, "type")):
        response = imdi.get("/changes", params=params)
        assert response.status_code == 400 and named in response.json()["detail"], params


def test_a_year_without_documents_is_a_message_not_an_empty_answer(imdi: TestClient) -> None:
    response = imdi.get("/changes", params={"organisation": "IMDi", "from": "2019", "to": "2024"})
    assert response.status_code == 404
    assert "no documents for 2019" in response.json()["detail"] and "2022, 2023, 2024" in response.json()["detail"]
    page = imdi.get("/changes", params={"organisation": "IMDi", "from": "2019", "to": "2024"}, headers=HTML)
    assert page.status_code == 404 and "no documents for 2019" in page.text and 'id="changes-table"' not in page.text


def test_the_changes_page_in_both_languages(imdi: TestClient) -> None:
    empty = imdi.get("/changes", headers=HTML)
    assert empty.status_code == 200 and "Integrerings- og mangfoldsdirektoratet (2022, 2023, 2024)" in empty.text
    text = imdi.get("/changes", params={"a": "d3", "b": "d2", "type": "Goal"}, headers=HTML).text
    page = Page(text)
    assert page.inline_scripts == 0 and page.style_attributes == 0
    cites = [h for h in page.links_in("changes-table") if h.startswith("/documents/")]
    assert len(cites) == 2 * 5 + 2  # five goals on both sides, one added, one removed
    assert "<del>tråd</del>" in text and "<ins>samsvar</ins>" in text and "Omformulert" in text
    english = imdi.get("/changes", params={"a": "d3", "b": "d2", "type": "Goal", "lang": "en"}, headers=HTML).text
    assert all(word in english for word in ("Reworded", "Added", "Removed", "Open the source"))


def test_search_leads_a_change_question_to_the_changes_page(client: TestClient) -> None:
    body = client.get("/search", params={"q": "Hvordan har målene endret seg fra 2022 til 2024?"}).json()
    assert body["see_also"][0]["kind"] == "changes"
    url = body["see_also"][0]["url"]
    assert url.startswith("/changes?") and "from=2022&to=2024&type=Goal" in url
    assert body["passages"]  # the search itself still answers
    assert client.get("/search", params={"q": "Hvilke tiltak gjelder fosterhjem?"}).json()["see_also"] == []


def test_a_page_asked_without_organisation_keeps_the_years_and_names_what_is_missing(imdi: TestClient) -> None:
    response = imdi.get("/changes", params={"from": "2022", "to": "2024"}, headers=HTML)
    assert response.status_code == 400 and "missing parameter: organisation" in response.text
    assert 'value="2022"' in response.text and 'value="2024"' in response.text
