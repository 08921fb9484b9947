"""A tiny corpus built once through the real pipeline (real model, faiss, BM25) for the search tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.artefacts import Build

DOCS = {
    "rapport.txt": (
        "Årsrapport 2024\n\n"
        " 1. Tilgang på fosterhjem \n\n"
        "Fosterhjemsmangelen er stor. I 2024 gjennomførte direktoratet tre nasjonale kampanjer for å "
        "rekruttere nye fosterfamilier, og en ny nasjonal database over barn som venter på fosterhjem ble tatt i "
        "bruk.\n\n"
        " 2. Tilskudd til inkludering av barn og unge \n\n"
        "Tilskuddsordningen gir kommuner og frivillige organisasjoner støtte til fritidsaktiviteter, leksehjelp "
        "og ferietilbud for barn fra familier med lav inntekt.\n\n"
        " 3. Krisesentre \n\n"
        "Krisesentrene gir et trygt, midlertidig botilbud til utsatte for vold i nære relasjoner.\n"
    ),
    "nyhet.txt": (
        "Følgeevaluering av reformen\n\n"
        "Et forskningsinstitutt gjennomfører følgeevaluering av barnevernsreformen på oppdrag fra direktoratet. "
        "Sluttrapporten kommer i 2027.\n"
    ),
}


@pytest.fixture(scope="session")
def tiny_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    from kg.pipeline import build

    root = tmp_path_factory.mktemp("tiny-search")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    report, result = build(corpus, root / "var")
    assert result is not None and not report.failures, report.failures
    return result


@pytest.fixture(scope="session")
def tiny_data(tiny_build: Build) -> Path:
    return tiny_build.path.parent.parent
