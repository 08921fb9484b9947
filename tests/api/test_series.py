"""``/series/{id}``: a grant scheme and a steering parameter year by year over the real app, JSON and page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.overview_app import HTML, Page
from tests.overview.conftest import text_of


def _id(client: TestClient, type_: str, words: str) -> str:
    return next(e["id"] for e in client.get("/entities", params={"type": type_}).json() if words in e["label"])


def test_a_scheme_in_two_years_shows_both_years_figures_with_citations(imdi: TestClient) -> None:
    body = imdi.get(f"/series/{_id(imdi, 'GrantScheme', 'Jobbsjansen')}").json()
    amounts = {p["year"]: p for p in body["points"] if p["measure"] == "granted_nok"}
    assert {y: p["value"] for y, p in amounts.items()} == {2022: 96_300_000, 2023: 101_500_000}
    for p in amounts.values():
        c = p["citation"]
        assert c["title"] == "Årsrapport 2023" and c["doc"] == "d3.txt" and "page" in c
        assert "Jobbsjansen" in text_of("d3.txt")[c["start"]:c["end"]]
        cited = imdi.get(c["url"].split("#")[0]).json()  # the link opens the span
        assert "Jobbsjansen" in cited["text"]
    assert {a["year"] for a in body["appearances"]} == {2023, 2024}


def test_a_parameter_merges_its_aligned_entities(imdi: TestClient) -> None:
    asked = _id(imdi, "SteeringParameter", "seks måneder")
    body = imdi.get(f"/series/{asked}").json()
    assert len(body["members"]) == 3 and body["years"] == [2020, 2021, 2022, 2023, 2024]
    year_2021 = next(p for p in body["points"] if p["year"] == 2021)
    assert year_2021["conflict"] and [a["value"] for a in year_2021["also"]] == ["71 %"]
    # every member gives the same series, whichever is asked for
    for member in body["members"]:
        assert imdi.get(f"/series/{member['id']}").json()["points"] == body["points"]


def test_the_series_page_draws_a_cited_point_per_value_without_script(imdi: TestClient) -> None:
    scheme = _id(imdi, "GrantScheme", "Jobbsjansen")
    response = imdi.get(f"/series/{scheme}", headers=HTML)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = Page(response.text)
    assert page.inline_scripts == 0 and page.style_attributes == 0
    # three measures over two years in the table; the same six values in two charts (counts, kroner)
    table = page.links_in("series-table")
    assert len(table) == 6 and all(h.startswith("/documents/") and "#cited" in h for h in table)
    charted = page.links_in("series-chart-1") + page.links_in("series-chart-2")
    assert sorted(charted) == sorted(table)
    assert "101,5 mill. kr" in response.text and "2022" in response.text
    english = imdi.get(f"/series/{scheme}?lang=en", headers=HTML).text
    assert "Amount granted" in english and "NOK 101.5 million" in english


def test_the_entity_page_shows_the_series(imdi: TestClient) -> None:
    scheme = _id(imdi, "GrantScheme", "Jobbsjansen")
    page = Page(imdi.get(f"/entities/{scheme}", headers=HTML).text)
    assert len(page.links_in("entity-series-table")) == 6
    assert f"/series/{scheme}" in page.links_in("h-series") or f"/series/{scheme}" in [h for h, _ in page.links]


def test_an_unknown_entity_is_404(imdi: TestClient) -> None:
    response = imdi.get("/series/grant-scheme/no-such-scheme")
    assert response.status_code == 404 and "no-such-scheme" in response.json()["detail"]
