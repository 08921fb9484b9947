"""The web pages that are not a resource of their own: the search page (front page)."""

from __future__ import annotations

import html
import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from api.answers import search_json
from api.deps import StateDep
from api.filter_chips import filter_chips
from api.i18n import Translator, language
from api.routers.search import ANSWER_TYPES, check_question, with_table
from api.templating import TEMPLATES, render
from index.lexical.analyzer import analyse, word_terms, words
from kg.documents.facets import KIND_NAMES_EN, document_facets
from kg.errors import QueryError
from kg.search.filters import checked_ignore, requested_filters

router = APIRouter(include_in_schema=False)
_MARK = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)


def snippet_html(snippet: str) -> Markup:
    """A search snippet (HTML-escaped or plain), re-escaped here, with its ``<mark>``ed words marked."""
    snippet = html.unescape(snippet)
    out, pos = [], 0
    for m in _MARK.finditer(snippet):
        out.append(escape(snippet[pos:m.start()]))
        out.append(Markup("<mark>") + escape(m.group(1)) + Markup("</mark>"))
        pos = m.end()
    out.append(escape(snippet[pos:]))
    return Markup("").join(out)


def passage_html(text: str, question: str, limit: int = 420) -> Markup:
    """A passage's opening, escaped, with each whole word that shares an index term with the question marked
    (the search's own Norwegian analysis: *mangel* marks *fosterhjemsmangelen*, *mange* never *mangelen*)."""
    terms = set(analyse(question))
    text = text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
    out, pos = [], 0
    for start, end, word in words(text):
        if not terms.isdisjoint(word_terms(word)):
            out.append(escape(text[pos:start]))
            out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
            pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


TEMPLATES.env.globals.update(snippet_html=snippet_html, passage_html=passage_html)


@router.get("/")
def search_page(
    request: Request,
    state: StateDep,
    q: Annotated[str | None, Query()] = None,
    type: Annotated[str | None, Query()] = None,
    k: Annotated[int, Query()] = 10,
    organisation: Annotated[str | None, Query()] = None,
    year: Annotated[str | None, Query()] = None,
    year_from: Annotated[str | None, Query()] = None,
    year_to: Annotated[str | None, Query()] = None,
    kind: Annotated[str | None, Query()] = None,
    ignore: Annotated[list[str] | None, Query()] = None,
) -> Response:
    """The front page: a question box with organisation, year and kind; with ``q``, entity answers first, then
    passages, and the filters used as chips that remove them."""
    context: dict[str, Any] = {
        "q": q or "", "type": type or "", "types": ANSWER_TYPES, "result": None, "chips": [],
        "organisation": organisation or "", "year": year or "", "year_from": year_from or "",
        "year_to": year_to or "", "kind": kind or "", "ignore": ignore or [], "kinds": list(KIND_NAMES_EN),
        "organisations": sorted({o for d in state.documents.values() for o in document_facets(d).organisations})}
    if q is None:
        return render(request, "search.html", context)
    try:
        check_question(q, type or None, k, state.settings)
        filters = requested_filters(organisation, year, year_from, year_to, kind)
        result = state.searcher.search(q, type=type or None, k=k, filters=filters, ignore=checked_ignore(ignore))
    except QueryError as exc:  # a bad question is shown on the page, next to the box that asked it
        return render(request, "search.html", {**context, "error": str(exc)}, status_code=400)
    params = [(key, value) for key, value in request.query_params.multi_items() if value]
    context["result"] = with_table(search_json(result.as_json(), state.document_title), q, type or None,
                                   state.tables)
    context["chips"] = filter_chips(params, context["result"]["filters"], Translator(language(request)))
    return render(request, "search.html", context)
