"""Jinja2 pages: every page gets the language, the translator and the helpers it needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from api.deps import served_build
from api.entities import local_id, predicate_name
from api.i18n import Translator, language

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def cite_url(source: dict[str, Any]) -> str:
    """The link that opens a citation: the document with the cited span marked and scrolled to."""
    query = urlencode({"start": source["start"], "end": source["end"]})
    return f"/documents/{source['doc']}/text?{query}#cited"


def entity_url(iri: str) -> str:
    return f"/entities/{local_id(iri)}"


def money(value: Any) -> str:
    """``12 500 000 kr`` (Norwegian thousands separator: a narrow no-break space)."""
    try:
        return f"{float(value):,.0f}".replace(",", "\u202f") + " kr"
    except (TypeError, ValueError):
        return str(value)


TEMPLATES.env.globals.update(cite_url=cite_url, entity_url=entity_url, predicate_name=predicate_name,
                             money=money, local_id=local_id)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    """Render template ``name``; a ``?lang=`` choice is remembered in a cookie."""
    lang = language(request)
    params = dict(request.query_params)
    params["lang"] = "en" if lang == "nb" else "nb"

    def doc_title(key: str) -> str:  # looked up only when a page names a document: error pages need no build
        return served_build(request.app).current().document_title(key)

    context = {"lang": lang, "t": Translator(lang), "other_lang_url": f"{request.url.path}?{urlencode(params)}",
               "doc_title": doc_title, **context}
    response = TEMPLATES.TemplateResponse(request, name, context, status_code=status_code)
    if request.query_params.get("lang") == lang:
        response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax")
    return response
