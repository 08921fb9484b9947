"""``/search`` and the search page with filters, served by the real app over the two-year build."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build

QUESTION = "Hvor mange tilsyn med fjellstuer gjennomførte direktoratet i 2022?"
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client(two_years_build: Build) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data=two_years_build.path.parent.parent, sparql_workers=1))) as c:
        yield c


def test_search_reads_a_year_from_the_question_and_says_so(client: TestClient) -> None:
    body = client.get("/search", params={"q": QUESTION, "k": 5}).json()
    assert body["filters"] == [{"name": "year", "value": 2022, "source": "question", "mode": "prefer",
                                "text": "i 2022"}]
    assert body["passages"][0]["document"]["year"] == 2022
    assert {p["document"]["year"] for p in body["passages"]} > {2022}
    ignored = client.get("/search", params={"q": QUESTION, "k": 5, "ignore": "year"}).json()
    assert ignored["filters"] == []


def test_search_parameters_hide_other_documents(client: TestClient) -> None:
    body = client.get("/search", params={"q": QUESTION, "year": "2023"}).json()
    assert {p["document"]["year"] for p in body["passages"]} == {2023}
    assert [(f["name"], f["value"], f["mode"]) for f in body["filters"]] == [("year", 2023, "filter")]
    span = client.get("/search", params={"q": "tilsyn", "year_from": "2023", "year_to": "2024"}).json()
    assert {p["document"]["year"] for p in span["passages"]} == {2023, 2024}
    kind = client.get("/search", params={"q": "tilsyn", "kind": "annual report", "organisation": "fjelldir"}).json()
    assert {p["document"]["kind"] for p in kind["passages"]} == {"årsrapport"}
    assert {e["documents"][0]["kind"] for e in kind["entities"]} <= {"årsrapport"}


@pytest.mark.parametrize(("params", "parameter"), [
    ({"kind": "brochure"}, "kind"), ({"year": "twenty"}, "year"), ({"year_from": "202"}, "year_from"),
    ({"year_to": "x"}, "year_to"), ({"ignore": "colour"}, "ignore")])
def test_a_bad_filter_is_a_400_naming_the_parameter(client: TestClient, params: dict[str, str], parameter: str) -> None:
    response = client.get("/search", params={"q": "tilsyn", **params})
    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"{parameter}:")


def _chips(page: str) -> dict[str, list[tuple[str, str]]]:
    found = re.findall(r'<li class="chip chip-\w+"><a href="([^"]+)"[^>]*>([^<]+)<', page)
    return {unescape(label).strip(): parse_qsl(urlsplit(unescape(href)).query) for href, label in found}


def test_the_search_page_shows_filters_as_chips_that_remove_them(client: TestClient) -> None:
    page = client.get("/", params={"q": QUESTION, "kind": "årsrapport", "lang": "en"}, headers=HTML)
    assert page.status_code == 200
    chips = _chips(page.text)
    assert set(chips) == {"Document kind: annual report", "Year: 2022 (read from the question: «i 2022»)"}
    without_kind = chips["Document kind: annual report"]
    assert ("kind", "årsrapport") not in without_kind and ("q", QUESTION) in without_kind
    assert ("ignore", "year") in chips["Year: 2022 (read from the question: «i 2022»)"]
    again = client.get("/?" + "&".join(f"{k}={v}" for k, v in without_kind), headers=HTML)
    assert set(_chips(again.text)) == {"Year: 2022 (read from the question: «i 2022»)"}
    assert 'name="organisation"' in page.text and 'name="year"' in page.text and 'name="kind"' in page.text
    assert '<option value="Fjellforvaltningsdirektoratet">' in page.text


def test_the_search_page_shows_a_bad_year_next_to_the_form(client: TestClient) -> None:
    page = client.get("/", params={"q": "tilsyn", "year": "19"}, headers=HTML)
    assert page.status_code == 400 and "year:" in page.text


def test_a_question_for_everything_of_a_type_gets_the_complete_table(client: TestClient) -> None:
    body = client.get("/search", params={"q": "List alle mål i tildelingsbrevet for 2024"}).json()
    assert body["mode"] == "table" and body["table"]["type"] == "Goal"
    table = client.get(body["table"]["url"]).json()
    assert body["table"]["total"] == table["total"] == len(body["table"]["rows"]) > 0
    assert {r["id"] for r in body["table"]["rows"]} == {r["id"] for r in table["rows"]}
    assert table["filters"] == {"kind": "tildelingsbrev", "year_from": 2024, "year_to": 2024}
    assert client.get("/search", params={"q": QUESTION}).json()["mode"] == "ranked"
    page = client.get("/", params={"q": "List alle mål i tildelingsbrevet for 2024"}).text
    assert 'id="complete-table"' in page and unescape(body["table"]["url"]) in unescape(page)
