"""Real servers for the graph and the vectors: ``oxigraph serve`` and Milvus Lite, in temporary folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers.oxigraph import OxigraphServer, oxigraph_binary, oxigraph_serve

TWO_YEARS = Path(__file__).resolve().parents[1] / "data" / "two_years"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """A fresh ``oxigraph serve`` for the module's tests, stopped after them."""
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph package is not installed (pip install -e '.[servers]'): no `oxigraph serve`")
    with oxigraph_serve(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server
