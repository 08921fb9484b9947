"""The scale benchmark's extrapolation: fixed and per-document parts, growth, embedding from texts per second."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.scale_report import extrapolate, growth, markdown


def _build(documents: int, parse: float, graph: float, embed: float, embedded: int, rest: float = 10.0,
           workers: int = 1) -> dict[str, Any]:
    return {"documents": documents, "workers": workers, "wall_s": parse + graph + embed + rest + 1.0,
            "timings_s": {"parse": parse, "graph": graph, "index": embed + 1.0 + rest},
            "index_s": {"embed": embed, "vectors": 0.5, "lexical": 0.5}, "embedded": embedded, "from_cache": 0,
            "peak_rss_mb": 1000, "workers_peak_rss_mb": 300}


def _result() -> dict[str, Any]:
    return {"docs": 10, "share": 0.1, "bytes_per_document": 40000, "machine": {"cores": 2},
            "load_start": [1.0, 1.0, 1.0], "load_end": [1.0, 1.0, 1.0],
            "builds": [_build(10, 20.0, 40.0, 100.0, 1000), _build(10, 12.0, 40.0, 0.0, 0, workers=2)],
            "half": _build(5, 10.0, 10.0, 0.0, 0),
            "query": {"passages": 10, "search": {"p50_ms": 1, "p99_ms": 2, "n": 4}, "load_s": 1,
                      "peak_rss_mb": 1, "sparql": {}},
            "add": {"available": False, "note": "not available"},
            "full_report": {"texts": 2850, "per_document_s": 5.0}}


def test_growth_exponent() -> None:
    assert growth(40.0, 10.0, 10, 5) == pytest.approx(2.0)
    assert growth(20.0, 10.0, 10, 5) == pytest.approx(1.0)


def test_fixed_costs_are_not_multiplied_and_superlinear_stages_are_grown() -> None:
    x = extrapolate(_result(), target=1000)
    parse, graph, rest = (x["stages"][k] for k in ("parse + mentions (per document)",
                                                   "entities + graph (across documents)",
                                                   "index stage rest (model load, save)"))
    assert parse["per_document_s"] == 2.0 and parse["fixed_s"] == 0.0 and parse["fit_h"] == round(2000 / 3600, 2)
    assert rest["per_document_s"] == 0.0 and rest["fit_h"] == round(10 / 3600, 2)  # model load: once
    assert graph["growth_exponent"] == 2.0 and graph["grown_h"] == round(40 * 100**2 / 3600, 2)
    assert x["texts_per_document"] == 100 and x["texts_per_s"] == 10
    assert x["embed_at_target_h"] == round(100 * 1000 / 10 / 3600, 2)
    assert x["whole_reports"]["texts_per_document"] == 2850 and x["parse_speedup"] == {"2 workers": 1.67}
    assert "kg add: not available" in markdown({**_result(), "extrapolation": x})
