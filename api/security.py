"""Security headers on every response: no MIME sniffing, no framing, a tight Content-Security-Policy.

The web UI needs nothing but its own origin: one stylesheet and a few scripts under ``/static`` (no inline
script, no inline style, no ``style=`` attribute), ``fetch`` to ``/sparql``, forms posting to itself. The
OpenAPI pages (``/docs``, ``/redoc``) are FastAPI's own: they load Swagger UI / ReDoc from their CDN and start
them with an inline script, so those few paths get a policy that names the CDN and the SHA-256 of each inline
script actually sent (never ``'unsafe-inline'`` for scripts).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The policy of every page and API response.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

#: Where FastAPI's documentation pages load from (``fastapi.openapi.docs``).
DOCS_SOURCES = "https://cdn.jsdelivr.net"
DOCS_CSP = ("default-src 'none'; script-src 'self' {hashes} " + DOCS_SOURCES + "; "
            "style-src 'self' 'unsafe-inline' " + DOCS_SOURCES + " https://fonts.googleapis.com; "
            "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
            "font-src 'self' https://fonts.gstatic.com; connect-src 'self'; worker-src 'self' blob:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
)

_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def script_hashes(html: bytes) -> list[str]:
    """CSP source expressions (``'sha256-…'``) of the inline scripts of an HTML page, in order."""
    return [f"'sha256-{base64.b64encode(hashlib.sha256(body).digest()).decode()}'"
            for body in _INLINE_SCRIPT.findall(html)]


def docs_policy(html: bytes) -> str:
    return DOCS_CSP.format(hashes=" ".join(script_hashes(html))).replace("  ", " ")


class SecurityHeaders:
    """ASGI middleware adding :data:`HEADERS` and a Content-Security-Policy to every HTTP response.

    A header a handler already set is left alone. ``docs_paths`` get :data:`DOCS_CSP` with the hashes
    of their inline scripts (their bodies are small and buffered to compute them).
    """

    def __init__(self, app: ASGIApp, docs_paths: Iterable[str | None] = ()) -> None:
        self.app = app
        self.docs_paths = frozenset(p for p in docs_paths if p)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] in self.docs_paths:
            await self._docs(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                _add(message, CSP)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _docs(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message | None = None
        body: list[bytes] = []

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            content = b"".join(body)
            _add(start, docs_policy(content))
            await send(start)
            await send({"type": "http.response.body", "body": content, "more_body": False})

        await self.app(scope, receive, buffer)


def _add(start: Message, policy: str) -> None:
    headers = MutableHeaders(scope=start)
    for name, value in (*HEADERS, ("Content-Security-Policy", policy)):
        if name not in headers:
            headers.append(name, value)
