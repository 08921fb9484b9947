"""How the server is configured: data folder, SPARQL limits, search limits (CLI options or environment)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from api.admission import CONCURRENCY
from api.sparql.screening import QueryLimits
from kg.config import data_dir


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    """Everything the app needs to know at start-up."""

    data: Path = field(default_factory=data_dir)
    sparql_timeout: float = 10.0
    sparql_row_cap: int = 10_000
    sparql_workers: int = 2
    sparql_limits: QueryLimits = field(default_factory=QueryLimits)
    max_question_chars: int = 1000
    max_k: int = 50
    #: ``/search`` requests at work at once; the others wait in arrival order (api/admission.py).
    search_concurrency: int = CONCURRENCY
    #: ``/search`` response bodies kept for repeated requests (0: none).
    response_cache: int = 1024
    # Serve these RDF files at /sparql instead of the build's graph (tests and demos).
    graph_files: tuple[Path, ...] = ()

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from ``KG_DATA``, ``KG_SPARQL_TIMEOUT``, ``KG_SPARQL_ROW_CAP``, ``KG_SPARQL_WORKERS``,
        ``KG_SPARQL_MAX_CHARS``, ``KG_SPARQL_MAX_DEPTH``, ``KG_SPARQL_MAX_UNIONS`` and
        ``KG_SPARQL_SERVICE_ALLOW`` (endpoint IRIs ``SERVICE`` may call, space-separated; none by default),
        ``KG_SEARCH_CONCURRENCY`` and ``KG_RESULT_CACHE`` (also the ``/search`` response bodies kept)."""
        base = QueryLimits()
        allowed = frozenset(os.environ.get("KG_SPARQL_SERVICE_ALLOW", "").split())
        values: dict[str, object] = {
            "data": data_dir(),
            "sparql_timeout": _env_float("KG_SPARQL_TIMEOUT", cls.sparql_timeout),
            "sparql_row_cap": _env_int("KG_SPARQL_ROW_CAP", cls.sparql_row_cap),
            "sparql_workers": _env_int("KG_SPARQL_WORKERS", cls.sparql_workers),
            "search_concurrency": _env_int("KG_SEARCH_CONCURRENCY", cls.search_concurrency),
            "response_cache": _env_int("KG_RESULT_CACHE", cls.response_cache),
            "sparql_limits": QueryLimits(_env_int("KG_SPARQL_MAX_CHARS", base.max_chars),
                                         _env_int("KG_SPARQL_MAX_DEPTH", base.max_depth),
                                         _env_int("KG_SPARQL_MAX_UNIONS", base.max_unions), allowed),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
