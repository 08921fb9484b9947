"""The product as a new user meets it: ``kg serve`` over the real corpus, over real HTTP."""

from __future__ import annotations

import io
import threading
import time

import httpx
import pytest
from rdflib import Graph
from rdflib.query import Result

from tests.api.conftest import TIMEOUT
from tests.api.test_sparql import EXPLOSIVE

pytestmark = pytest.mark.slow
BK = "https://w3id.org/bufdir-kg/ontology#"
GOALS = f"PREFIX bk: <{BK}> SELECT ?g WHERE {{ ?g a bk:Goal }} ORDER BY ?g"
TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv"}


@pytest.mark.parametrize("question", ["Hvilke tiltak skal motvirke mangelen på fosterhjem?",
                                      "Which measures address foster-home shortage?"])
def test_foster_home_questions_answer_with_cited_measures(full_server: str, question: str) -> None:
    body = httpx.get(f"{full_server}/search", params={"q": question}, timeout=60).json()
    measures = [e for e in body["entities"] if e["type"] == "Measure"]
    assert measures, body["entities"]
    for answer in measures[:3]:
        assert answer["sources"], answer
        src = answer["sources"][0]
        cited = httpx.get(f"{full_server}/documents/{src['doc']}/text",
                          params={"start": src["start"], "end": src["end"]}, timeout=30).json()["text"]
        assert cited.strip()
        page = httpx.get(f"{full_server}/documents/{src['doc']}/text", params={"start": src["start"],
                         "end": src["end"]}, headers={"Accept": "text/html"}, timeout=30).text
        assert 'id="cited"' in page
    assert any("fosterhjem" in (s["snippet"] + a["label"]).lower() for a in measures[:5] for s in a["sources"])


def test_goal_7_lists_evaluations_that_lead_back(full_server: str) -> None:
    goals = httpx.get(f"{full_server}/goals", timeout=30).json()
    seven = [g for g in goals if g.get("number") == 7]
    assert len(seven) == 1, goals
    evaluations = httpx.get(f"{full_server}/goals/{seven[0]['id']}/evaluations", timeout=30).json()
    assert len(evaluations) >= 3, evaluations
    page = httpx.get(f"{full_server}/goals/{seven[0]['id']}", headers={"Accept": "text/html"}, timeout=30).text
    for evaluation in evaluations:
        assert evaluation["url"] in page
        back = httpx.get(f"{full_server}/evaluations/{evaluation['id']}/goals", timeout=30).json()
        assert seven[0]["id"] in [g["id"] for g in back], (evaluation, back)


def test_citations_into_the_report_carry_a_bounded_page_estimate(full_server: str) -> None:
    question = "Hvilke tiltak skal motvirke mangelen på fosterhjem?"
    body = httpx.get(f"{full_server}/search", params={"q": question}, timeout=60).json()
    cited = [s for e in body["entities"] for s in e["sources"] if s["doc"].startswith("003_")]
    assert cited
    for s in cited:
        low, high = s["page_range"]
        assert low <= s["page_estimate"] and (high is None or s["page_estimate"] <= high), s
    html = httpx.get(f"{full_server}/", params={"q": question}, headers={"Accept": "text/html"}, timeout=60).text
    assert 'class="page-estimate"' in html
    opened = httpx.get(f"{full_server}/documents/{cited[0]['doc']}/text",
                       params={"start": cited[0]["start"], "end": cited[0]["end"]}, timeout=30).json()
    assert (opened["page_estimate"], opened["page_range"]) == (cited[0]["page_estimate"], cited[0]["page_range"])
    view = httpx.get(f"{full_server}/documents/{cited[0]['doc']}/text", headers={"Accept": "text/html"},
                     params={"start": cited[0]["start"], "end": cited[0]["end"]}, timeout=30).text
    assert 'class="page-estimate"' in view.split('id="cited"')[0]  # said before the text, next to the jump link
    query = f"PREFIX bk: <{BK}> SELECT (COUNT(?p) AS ?n) WHERE {{ ?p a bk:Passage ; bk:pageMin ?lo ; bk:pageEstimate ?e }}"
    r = httpx.get(f"{full_server}/sparql", params={"query": query},
                  headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) >= 700


@pytest.mark.parametrize("how", ["get", "form", "body"])
def test_sparql_over_the_real_graph(full_server: str, how: str) -> None:
    url = f"{full_server}/sparql"
    for fmt, media in TYPES.items():
        if how == "get":
            r = httpx.get(url, params={"query": GOALS}, headers={"Accept": media}, timeout=30)
        elif how == "form":
            r = httpx.post(url, data={"query": GOALS}, headers={"Accept": media}, timeout=30)
        else:
            r = httpx.post(url, content=GOALS, headers={"Accept": media, "Content-Type": "application/sparql-query"},
                           timeout=30)
        assert r.status_code == 200, r.text
        assert len(list(Result.parse(io.BytesIO(r.content), format=fmt))) >= 8
    construct = f"PREFIX bk: <{BK}> CONSTRUCT {{ ?g a bk:Goal }} WHERE {{ ?g a bk:Goal }}"
    turtle = httpx.get(url, params={"query": construct}, headers={"Accept": "text/turtle"}, timeout=30)
    assert len(Graph().parse(data=turtle.text, format="turtle")) >= 8


def test_insert_refused_graph_unchanged_malformed_400(full_server: str) -> None:
    url = f"{full_server}/sparql"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = httpx.get(url, params={"query": count}, timeout=30).json()
    refused = httpx.post(url, data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, timeout=30)
    assert refused.status_code == 403 and "read-only" in refused.text
    refused = httpx.get(url, params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, timeout=30)
    assert refused.status_code == 403
    assert httpx.get(url, params={"query": count}, timeout=30).json() == before
    malformed = httpx.get(url, params={"query": "SELEKT ?x WHERE { ?x ?y ?z }"}, timeout=30)
    assert malformed.status_code == 400 and "error at 1:" in malformed.text


def test_explosive_query_stopped_while_search_answers(full_server: str) -> None:
    result: dict[str, httpx.Response] = {}
    thread = threading.Thread(target=lambda: result.setdefault(
        "r", httpx.get(f"{full_server}/sparql", params={"query": EXPLOSIVE}, timeout=120)))
    started = time.monotonic()
    thread.start()
    time.sleep(0.3)
    answered = 0
    while thread.is_alive():
        r = httpx.get(f"{full_server}/search", params={"q": "fosterhjem"}, timeout=30)
        assert r.status_code == 200
        answered += 1
    thread.join()
    assert result["r"].status_code == 503 and "time limit" in result["r"].text
    assert time.monotonic() - started < TIMEOUT + 5
    assert answered >= 1


def test_editor_examples_answer_on_the_real_graph(full_server: str) -> None:
    from api.routers.sparql import EXAMPLES

    for example in EXAMPLES:
        r = httpx.get(f"{full_server}/sparql", params={"query": example["query"]}, timeout=30)
        assert r.status_code == 200, (example["id"], r.text)
        assert r.json()["results"]["bindings"], example["id"]
