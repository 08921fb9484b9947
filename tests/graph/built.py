"""The default corpus built once per test session with the graph stage only (no search index)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from kg.graph.stage import build_graph

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@lru_cache(maxsize=1)
def corpus_graph() -> Path:
    """Path of a finished build (documents, passages, entities.jsonl, graph/) of ``corpus/``."""
    data = Path(tempfile.mkdtemp(prefix="kg-graph-test-"))
    atexit.register(shutil.rmtree, data, True)
    return build_graph(CORPUS, data).path
