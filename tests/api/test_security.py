"""Security headers on every kind of response: pages, JSON, SPARQL results and errors, static files, /docs."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from api.security import CSP, script_hashes

HTML = {"Accept": "text/html"}
QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


def _assert_secured(response: object) -> dict[str, str]:
    headers = response.headers  # type: ignore[attr-defined]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"
    policy = {d.split()[0]: d.split()[1:] for d in headers["content-security-policy"].split("; ")}
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["default-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    return {k: " ".join(v) for k, v in policy.items()}


@pytest.mark.parametrize(
    ("path", "params", "headers"),
    [
        ("/", {}, HTML),
        ("/goals/1", {}, HTML),
        ("/sparql", {}, HTML),
        ("/goals", {}, {}),
        ("/entities/goal/1", {}, {}),
        ("/documents", {}, {}),
        ("/sparql", {"query": QUERY}, {}),
        ("/sparql", {"query": QUERY}, {"Accept": "text/csv"}),
        ("/sparql", {"query": "SELECT ?s WHERE { ?s ?p }"}, {}),  # 400, text/plain
        ("/entities/goal/999", {}, {}),  # 404 JSON
        ("/entities/goal/999", {}, HTML),  # 404 page
        ("/no-such-path", {}, {}),  # Starlette's own 404
        ("/static/style.css", {}, {}),
        ("/openapi.json", {}, {}),
    ],
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str, params: dict[str, str],
                                                      headers: dict[str, str]) -> None:
    response = client.get(path, params=params, headers=headers)
    policy = _assert_secured(response)
    assert response.headers["content-security-policy"] == CSP
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"


def test_sparql_post_carries_the_security_headers(client: TestClient) -> None:
    response = client.post("/sparql", content=QUERY, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200
    _assert_secured(response)
    refused = client.post("/sparql", data={"update": "DROP ALL"})
    assert refused.status_code == 403
    _assert_secured(refused)


def test_ui_pages_have_no_inline_script_or_style(client: TestClient, doc_id: str) -> None:
    """What the strict policy relies on: every script is a file under /static, no inline style anywhere."""
    paths = ["/", "/goals", "/goals/1", "/sparql", "/entities/reform/barnevernsreformen",
             f"/documents/{doc_id}/text?start=10&end=40", "/?q=fosterhjem"]
    for path in paths:
        page = client.get(path, headers=HTML).text
        assert not script_hashes(page.encode()), path
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", page), path
        assert "<style" not in page and " style=" not in page, path
        assert not re.search(r"\son[a-z]+=", page), path  # no inline event handlers


def test_docs_page_allows_only_its_own_inline_script(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    policy = _assert_secured(response)
    hashes = script_hashes(response.content)
    assert hashes and all(h in policy["script-src"] for h in hashes)
    assert "https://cdn.jsdelivr.net" in policy["script-src"]
