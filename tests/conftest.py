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
