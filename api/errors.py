"""The edge: domain errors (:class:`kg.errors.KGError`) become HTTP errors here and nowhere else.

SPARQL clients get ``text/plain`` (what SPARQL endpoints conventionally send and clients print), browsers
an HTML page, everyone else JSON ``{"detail", "error"}``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from api.negotiation import wants_html
from api.sparql.protocol import NotAcceptableError
from kg import errors as e

# Most specific first: the first class an error is an instance of decides its status.
STATUS: tuple[tuple[type[e.KGError], int], ...] = (
    (e.NotFoundError, 404),
    (e.NotBuiltError, 503),
    (e.QuerySyntaxError, 400),
    (e.UpdateRefusedError, 403),
    (NotAcceptableError, 406),
    (e.QueryTimeoutError, 503),
    (e.ResultLimitError, 422),
    (e.QueryError, 400),
    (e.KGError, 500),
)


def status_of(exc: e.KGError) -> int:
    return next(code for cls, code in STATUS if isinstance(exc, cls))


def error_response(request: Request, exc: e.KGError) -> Response:
    """The HTTP response for a domain error raised while handling ``request``."""
    status = status_of(exc)
    if request.url.path.startswith("/sparql") and not wants_html(request):
        return PlainTextResponse(f"{status} {type(exc).__name__}: {exc}\n", status_code=status)
    if wants_html(request):
        from api.templating import render

        return render(request, "error.html", {"status": status, "message": str(exc)}, status_code=status)
    body: dict[str, Any] = {"detail": str(exc), "error": type(exc).__name__}
    if isinstance(exc, e.QuerySyntaxError):
        body.update(line=exc.line, column=exc.column)
    return JSONResponse(body, status_code=status)


def install(app: FastAPI) -> None:
    """Register the KGError handler on ``app``."""

    async def handle(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, e.KGError)
        return error_response(request, exc)

    app.add_exception_handler(e.KGError, handle)
