"""Content negotiation between browsers (HTML) and API clients (JSON, JSON-LD)."""

from __future__ import annotations

from fastapi import Request

from api.sparql.protocol import parse_accept


def wants_html(request: Request) -> bool:
    """True when the client prefers HTML over JSON (a browser); API clients and ``*/*`` get JSON."""
    if request.query_params.get("format") in ("json", "jsonld"):
        return False
    if request.query_params.get("format") == "html":
        return True
    best_html = best_json = 0.0
    for media, q in parse_accept(request.headers.get("accept", "")):
        if media in ("text/html", "application/xhtml+xml"):
            best_html = max(best_html, q)
        elif media in ("application/json", "application/ld+json"):
            best_json = max(best_json, q)
    return best_html > best_json
