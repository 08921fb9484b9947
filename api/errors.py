"""The edge: domain errors (:class:`kg.errors.KGError`) become HTTP errors here and nowhere else.

SPARQL clients get ``text/plain`` (what SPARQL endpoints conventionally send and clients print), browsers
an HTML page, everyone else JSON ``{"detail", "error"}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.entities import SharedNumberError
from api.negotiation import wants_html
from api.sparql.protocol import NotAcceptableError
from kg import errors as e

# Most specific first: the first class an error is an instance of decides its status.
STATUS: tuple[tuple[type[e.KGError], int], ...] = (
    (e.NotFoundError, 404),
    (e.NotBuiltError, 503),
    (e.GraphServerError, 503),
    (e.VectorServerError, 503),
    (e.QuerySyntaxError, 400),
    (e.UpdateRefusedError, 403),
    (NotAcceptableError, 406),
    (e.QueryTimeoutError, 503),
    (e.ResultLimitError, 422),
    (e.QueryError, 400),
    (e.WorkerCrashError, 500),
    (e.KGError, 500),
)


class ErrorBody(BaseModel):
    """What an error response carries (JSON clients)."""

    detail: str
    error: str
    line: int | None = None
    column: int | None = None


class ChoiceBody(ErrorBody):
    """A goal number several goals share: each one to choose (``id``, ``url``, ``label``, ``documents``)."""

    choices: list[dict[str, Any]]


_MEANING = {300: "Several goals share this number: pick one of `choices` (each with its id, URL and documents).",
            400: "The request is malformed or not allowed (message in `detail`).",
            404: "No such entity, goal, evaluation or document.",
            503: "No build is being served yet, or the server holding its graph or vectors cannot be reached."}


def documented(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error statuses an operation can return, with their body."""
    return {code: {"model": ChoiceBody if code == 300 else ErrorBody, "description": _MEANING[code]}
            for code in codes}


def status_of(exc: e.KGError) -> int:
    return next(code for cls, code in STATUS if isinstance(exc, cls))


def error_response(request: Request, exc: e.KGError) -> Response:
    """The HTTP response for a domain error raised while handling ``request``."""
    extra = {"line": exc.line, "column": exc.column} if isinstance(exc, e.QuerySyntaxError) else {}
    return _response(request, status_of(exc), type(exc).__name__, str(exc), extra)


def _response(request: Request, status: int, name: str, message: str, extra: dict[str, Any],
              headers: Mapping[str, str] | None = None) -> Response:
    if request.url.path.startswith("/sparql") and not wants_html(request):
        return PlainTextResponse(f"{status} {name}: {message}\n", status_code=status, headers=headers)
    if wants_html(request):
        from api.templating import render

        return render(request, "error.html", {"status": status, "message": message}, status_code=status)
    return JSONResponse({"detail": message, "error": name, **extra}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the handlers: domain errors, and the framework's own (unknown path, wrong method) in the same
    shape, so every error a client sees is the documented one."""

    async def handle(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, e.KGError)
        return error_response(request, exc)

    async def handle_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return _response(request, exc.status_code, "HTTPException", str(exc.detail), {}, exc.headers)

    async def handle_choice(request: Request, exc: Exception) -> Response:
        from api.choices import choice_response

        assert isinstance(exc, SharedNumberError)
        return choice_response(request, exc)

    app.add_exception_handler(e.KGError, handle)
    app.add_exception_handler(SharedNumberError, handle_choice)
    app.add_exception_handler(StarletteHTTPException, handle_http)
