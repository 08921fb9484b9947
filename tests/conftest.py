from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_document
from kg.passages import Segmented, segment

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REPORT = CORPUS / "003_94fa0a46c54e0df6.txt"


@pytest.fixture(scope="session")
def corpus_segments() -> dict[str, Segmented]:
    """Every corpus document segmented once per test session, by file name."""
    return {path.name: segment(read_document(path)) for path in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def report(corpus_segments: dict[str, Segmented]) -> Segmented:
    return corpus_segments[REPORT.name]


@pytest.fixture(scope="session")
def full_build(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The whole default corpus built once per test session (every stage: graph, index...).

    Shared by every test that needs the real product; expensive (embeds ~1000 passages),
    so tests using it are marked ``slow``.
    """
    from kg.pipeline import build

    data = tmp_path_factory.mktemp("full-build")
    report, result = build(CORPUS, data)
    assert result is not None and not report.failures, report.failures
    return result


TWO_YEARS = ROOT / "tests" / "data" / "two_years"


@pytest.fixture(scope="session")
def two_years_build(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One agency's annual reports for 2022 and 2023 (same sections, other figures) and its 2024 allocation
    letter from the ministry, built through the real pipeline (a few passages: seconds to embed)."""
    from kg.pipeline import build

    data = tmp_path_factory.mktemp("two-years")
    report, result = build(TWO_YEARS, data)
    assert result is not None and not report.failures, report.failures
    return result
