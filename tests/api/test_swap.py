"""A running server picks up a newer build without a restart, and keeps serving when the new one is broken."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.deps import served_build
from api.main import create_app
from api.settings import Settings
from kg.artefacts import is_leased

FIRST = ("Årsrapport 2023\n\n 1. Fosterhjem \n\nDirektoratet rekrutterte nye fosterfamilier gjennom en nasjonal "
         "kampanje i 2023.\n")
SECOND = ("Årsrapport 2024\n\n 1. Krisesentre \n\nKrisesentrene ga et trygt botilbud til flere utsatte for vold "
          "i nære relasjoner i 2024.\n")


def _build(data: Path, name: str, text: str) -> Path:
    from kg.pipeline import build

    corpus = data.parent / f"corpus-{name}"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    report, result = build(corpus, data)
    assert result is not None and not report.failures, report.failures
    return result.path


def _names(client: TestClient) -> set[str]:
    response = client.get("/documents")
    assert response.status_code == 200
    return {d["name"] for d in response.json()}


def test_a_new_build_is_served_after_it_loads_and_a_broken_one_is_not(tmp_path: Path) -> None:
    data = tmp_path / "var"
    _build(data, "rapport-2023.txt", FIRST)
    app = create_app(Settings(data=data, sparql_workers=1))
    with TestClient(app) as client:
        served = served_build(app)
        assert _names(client) == {"rapport-2023.txt"}
        assert client.get("/search", params={"q": "fosterfamilier"}).status_code == 200

        second = _build(data, "rapport-2024.txt", SECOND)
        _names(client)  # the old build answers while the new one loads in the background
        served.wait(timeout=120)
        assert _names(client) == {"rapport-2024.txt"}
        assert served.current().loaded_path == second
        hits = client.get("/search", params={"q": "krisesenter"}).json()["passages"]
        assert hits and all(h["doc"] == "rapport-2024.txt" for h in hits)

        broken = data / "builds" / "broken"
        broken.mkdir()
        (data / "current").unlink()
        (data / "current").symlink_to(Path("builds") / "broken")
        _names(client)
        served.wait(timeout=120)
        assert _names(client) == {"rapport-2024.txt"}  # still the last good build
        assert served.current().loaded_path == second


def test_a_server_started_before_any_build_serves_the_first_one(tmp_path: Path) -> None:
    data = tmp_path / "var"
    with TestClient(create_app(Settings(data=data, sparql_workers=1))) as client:
        assert client.get("/documents").status_code == 503  # not built yet: says so
        _build(data, "rapport-2023.txt", FIRST)
        assert _names(client) == {"rapport-2023.txt"}


def test_a_served_build_survives_two_quick_rebuilds(tmp_path: Path) -> None:
    """Two rebuilds in a row used to prune the build the server still answered from: its next /sparql
    started query workers on a deleted graph and got 503. The server's lease keeps it until it is retired."""
    data = tmp_path / "var"
    first = _build(data, "rapport-2023.txt", FIRST)
    app = create_app(Settings(data=data, sparql_workers=1, sparql_timeout=5))
    with TestClient(app) as client:
        served = served_build(app)
        assert _names(client) == {"rapport-2023.txt"}  # loads the first build; SPARQL workers not started yet
        old = served.current()
        _build(data, "rapport-2024.txt", SECOND)
        third = _build(data, "rapport-2025.txt", SECOND.replace("2024", "2025"))
        assert (first / "manifest.json").exists() and is_leased(first)  # two builds later, still there
        response = client.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
        assert response.status_code == 200, response.text
        assert response.json()["boolean"] is True
        served.wait(timeout=120)
        assert _names(client) == {"rapport-2025.txt"}
        assert served.current().loaded_path == third
        assert client.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"}).status_code == 200
        old.close()  # what the retire timer does a minute after the swap
        assert not is_leased(first)
        _build(data, "rapport-2026.txt", SECOND.replace("2024", "2026"))
        assert not first.exists()  # the next build prunes it
        assert is_leased(third) and (third / "manifest.json").exists()  # but never what is served now
