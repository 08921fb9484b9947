"""The app: API routers, web pages and static files in one FastAPI application.

``create_app(settings)`` builds it; ``kg serve`` runs it under uvicorn. Every CPU-bound handler is a
plain ``def`` (run in the server's thread pool) so search and SPARQL never block the event loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api import errors
from api.routers import changes, documents, entities, evaluations, goals, pages, search, series, sparql, tables
from api.security import SecurityHeaders
from api.settings import Settings
from api.state import ServedBuild

STATIC = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    """A new app serving the build in ``settings.data`` (default: from the environment)."""
    state = ServedBuild(settings or Settings.from_env())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="bufdir-kg",
        summary="Knowledge graph and semantic search over Norwegian public-sector steering documents",
        description="Search with cited answers, entity and document resources, and a read-only SPARQL 1.1 "
        "Protocol endpoint. Domain errors come back as 4xx/5xx with a one-line `detail`.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.kg = state
    errors.install(app)
    for module in (search, sparql, entities, goals, evaluations, documents, tables, series, changes, pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # nosniff, no framing, Referrer-Policy and a Content-Security-Policy on every response (api/security.py).
    app.add_middleware(SecurityHeaders, docs_paths=(app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url))
    return app
