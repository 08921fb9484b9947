"""Errors at the edge: an HTML page in the reader's language for browsers, JSON for API clients."""

from __future__ import annotations

from fastapi.testclient import TestClient

HTML = {"Accept": "text/html"}


def test_not_found_page_speaks_norwegian_by_default_and_english_when_asked(client: TestClient) -> None:
    client.cookies.clear()
    norsk = client.get("/entities/goal/999", headers=HTML)
    assert norsk.status_code == 404 and '<html lang="nb">' in norsk.text
    assert "Fant ikke siden" in norsk.text and "Teknisk melding" in norsk.text and "goal/999" in norsk.text
    english = client.get("/entities/goal/999", headers=HTML, params={"lang": "en"})
    assert '<html lang="en">' in english.text and "Page not found" in english.text
    assert "Fant ikke" not in english.text
    client.cookies.clear()


def test_unknown_path_and_bad_span_pages_in_norwegian(client: TestClient, doc_id: str) -> None:
    client.cookies.clear()
    missing = client.get("/no/such/page", headers=HTML)
    assert missing.status_code == 404 and "Fant ikke siden" in missing.text
    bad = client.get(f"/documents/{doc_id}/text", headers=HTML, params={"start": 10**9})
    assert bad.status_code == 400 and "Forespørselen kan ikke besvares" in bad.text


def test_api_clients_still_get_json(client: TestClient) -> None:
    response = client.get("/entities/goal/999")
    assert response.status_code == 404 and response.json()["error"] == "NotFoundError"
