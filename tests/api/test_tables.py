"""``/tables`` over HTTP on the collection build: JSON shape, filters, facets, sort, paging, errors, downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build
from kg.entities.base import TYPES
from tests.tables.conftest import collection_build  # noqa: F401 - shared fixture


@pytest.fixture(scope="module")
def http(collection_build: Build) -> Iterator[TestClient]:  # noqa: F811 - the fixture imported above
    with TestClient(create_app(Settings(data=collection_build.path.parent.parent))) as client:
        yield client


def get(http: TestClient, url: str, **params: Any) -> dict[str, Any]:
    response = http.get(url, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_a_table_row_has_its_columns_and_citations(http: TestClient) -> None:
    body = get(http, "/tables/GrantScheme")
    assert set(body) >= {"type", "total", "filters", "facets", "rows"} and body["type"] == "GrantScheme"
    assert body["total"] == len(body["rows"])  # an API client gets every row unless it pages
    row = next(r for r in body["rows"] if r["granted_nok"] is not None)
    assert {"id", "url", "label", "granted_applications", "granted_nok", "goal", "budget_post", "organisation",
            "year", "sources"} <= set(row)
    source = row["sources"][0]
    assert set(source) >= {"doc", "title", "page", "start", "end", "url"}
    cited = http.get(source["url"].split("#")[0])  # the citation opens the span it names
    assert cited.status_code == 200
    assert http.get(row["url"]).json()["@id"].endswith(row["id"])


def test_filters_come_back_with_the_counts(http: TestClient) -> None:
    everything = get(http, "/tables/Evaluation")
    some = get(http, "/tables/Evaluation", year="2019", status="ongoing")
    assert some["filters"] == {"year_from": 2019, "year_to": 2019, "status": "ongoing"}
    assert 0 < some["total"] < everything["total"]
    by_hand = [r["id"] for r in everything["rows"] if r["status"] == "ongoing" and "2019" in str(r["year"]).split("; ")]
    assert [r["id"] for r in some["rows"]] == by_hand
    assert all(r["status"] == "ongoing" for r in some["rows"])
    assert get(http, "/tables/Evaluation", organisation="Bufdir")["total"] == everything["facets"]["organisation"][
        "Bufdir"]


def test_sort_and_pages(http: TestClient) -> None:
    whole = get(http, "/tables/BudgetPost", sort="-allocated_nok")
    amounts = [r["allocated_nok"] for r in whole["rows"]]
    assert amounts == sorted(amounts, reverse=True)
    page = get(http, "/tables/BudgetPost", sort="-allocated_nok", offset=5, limit=5)
    assert [r["id"] for r in page["rows"]] == [r["id"] for r in whole["rows"][5:10]]
    assert page["total"] == whole["total"]


@pytest.mark.parametrize(("params", "named"), [
    ({"year": "twenty"}, "year"), ({"limit": "-3"}, "limit"), ({"sort": "colour"}, "sort"), ({"kind": "x"}, "kind"),
    ({"format": "pdf"}, "format"), ({"goal": "77"}, "goal"), ({"year": "2020", "year_from": "2019"}, "year"),
    ({"lang": "de"}, "lang"),
])
def test_bad_input_is_a_400_naming_the_parameter(http: TestClient, params: dict[str, str], named: str) -> None:
    response = http.get("/tables/Goal", params=params)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"{named}:")


def test_unknown_type_is_a_404_listing_the_types(http: TestClient) -> None:
    response = http.get("/tables/Budget")
    assert response.status_code == 404
    assert all(t in response.json()["detail"] for t in TYPES)


def test_csv_download_is_the_json_table(http: TestClient) -> None:
    body = get(http, "/tables/Assignment", kind="tildelingsbrev")
    response = http.get("/tables/Assignment", params={"kind": "tildelingsbrev", "format": "csv"})
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="assignment.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [line[0] for line in lines[1:]] == [r["id"] for r in body["rows"]]
    assert lines[1][-1] == "http://testserver" + body["rows"][0]["url"]


def test_xlsx_download_has_numbers_and_sources(http: TestClient) -> None:
    body = get(http, "/tables/BudgetPost", year="2019")
    response = http.get("/tables/BudgetPost", params={"year": "2019", "format": "xlsx"})
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response.headers["content-disposition"] == 'attachment; filename="budgetpost-2019.xlsx"'
    book = load_workbook(io.BytesIO(response.content))
    table = list(book["Tabell"].iter_rows(values_only=True))
    column = table[0].index("Tildelt (kr)")
    assert [r[column] for r in table[1:]] == [r["allocated_nok"] for r in body["rows"]]
    assert all(isinstance(r[column], int) for r in table[1:])
    assert book["Kilder"].max_row - 1 == sum(len(r["sources"]) for r in body["rows"])


def test_reference_list_downloads(http: TestClient) -> None:
    text = http.get("/tables/Evaluation/references", params={"year": "2019"})
    assert text.headers["content-type"] == "text/markdown; charset=utf-8"
    assert text.headers["content-disposition"] == 'attachment; filename="kildeliste-evaluation.md"'
    assert text.text.startswith("- Barne-, ungdoms- og familiedirektoratet. (2019). *Årsrapport 2019* [Årsrapport].")
    as_json = http.get("/tables/Evaluation/references", params={"year": "2019", "format": "json"}).json()
    assert [r["text"] for r in as_json["references"]] == [line[2:] for line in text.text.splitlines()]
    assert all(r["year"] == 2019 for r in as_json["references"])


def test_browsers_get_the_table_page(http: TestClient) -> None:
    page = http.get("/tables/Evaluation", params={"status": "ongoing"}, headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    total = get(http, "/tables/Evaluation", status="ongoing")["total"]
    assert f'<span id="total">{total}</span>' in page.text
    assert 'href="/tables/Evaluation?status=ongoing&amp;format=csv"' in page.text
    listing = http.get("/tables").json()
    assert {t["type"]: t["rows"] for t in listing}["Evaluation"] == get(http, "/tables/Evaluation")["total"]
