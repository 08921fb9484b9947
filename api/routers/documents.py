"""``/documents``: the source documents, and the exact span a citation points to."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.deps import StateDep
from api.errors import documented
from api.negotiation import wants_html
from api.templating import render
from api.textwindow import TextWindow, window
from kg.documents.base import Document
from kg.errors import QueryError

router = APIRouter(tags=["documents"], responses=documented(400, 404, 503))


def document_json(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "name": doc.name, "title": doc.title, "kind": doc.kind, "publisher": doc.publisher,
            "date": doc.date, "year": doc.year, "media_type": doc.media_type, "length": len(doc.text),
            "url": f"/documents/{doc.id}", "text_url": f"/documents/{doc.id}/text"}


@router.get("/documents", summary="List documents")
def list_documents(state: StateDep) -> list[dict[str, Any]]:
    """Every document of the build."""
    return [document_json(d) for d in {d.id: d for d in state.documents.values()}.values()]


AT = Query(ge=0, description="HTML only: where the shown window of the text starts (the page's "
                             "earlier/later links set it).")


def _page_url(path: str, params: dict[str, int | None], at: int | None) -> str | None:
    if at is None:
        return None
    query = urlencode({k: v for k, v in {**params, "at": at}.items() if v is not None})
    return f"{path}?{query}"


def _window_page(request: Request, doc: Document, view: TextWindow, start: int | None = None,
                 end: int | None = None, page: dict[str, Any] | None = None) -> Response:
    """The document page showing ``view``: only that window of the text, the cited span marked in it."""
    text = doc.text
    path, params = request.url.path, {"start": start, "end": end}
    if view.mark_start is not None and view.mark_end is not None:
        before, cited, after = (text[view.lo:view.mark_start], text[view.mark_start:view.mark_end],
                                text[view.mark_end:view.hi])
    else:
        before, cited, after = text[view.lo:view.hi], None, ""
    context = {
        "doc": doc, "before": before, "cited": cited, "after": after, "start": start, "end": end, "page": page,
        "window": view, "earlier_url": _page_url(path, params, view.earlier),
        "later_url": _page_url(path, params, view.later),
        # Where "go to the cited passage" leads: here, or back to the window around the span.
        "cite_here": view.marked,
        "span_url": f"{path}?{urlencode(params)}#cited" if start is not None else None,
        "span_cut": start is not None and end is not None and view.marked
        and (view.mark_start != start or view.mark_end != end),
    }
    return render(request, "document.html", context)


@router.get("/documents/{doc_id}", summary="One document")
def get_document(doc_id: str, request: Request, state: StateDep,
                 at: Annotated[int | None, AT] = None) -> Response:
    """Document metadata (JSON), or the document to read (HTML, one window of its text at a time);
    ``doc_id`` is its id, file name or stem."""
    doc = state.document(doc_id)
    if wants_html(request):
        return _window_page(request, doc, window(doc.text, at=at))
    return JSONResponse(document_json(doc))


@router.get("/documents/{doc_id}/text", summary="Open a citation")
def document_text(
    doc_id: str,
    request: Request,
    state: StateDep,
    start: Annotated[int, Query(ge=0, description="Start offset in the document text.")] = 0,
    end: Annotated[int | None, Query(ge=0, description="End offset (exclusive); default: the end.")] = None,
    at: Annotated[int | None, AT] = None,
) -> Response:
    """The text ``[start:end]`` (JSON), or in a browser the span marked and scrolled to in a window of the
    document around it (20 000 characters either side, to line boundaries, with links to the earlier and
    later text); both say the span's page as far as it is known (``page``, else ``page_range`` and
    ``page_estimate``)."""
    doc = state.document(doc_id)
    stop = len(doc.text) if end is None else end
    if not start <= stop <= len(doc.text):
        raise QueryError(f"span {start}..{stop} lies outside the document (0..{len(doc.text)})")
    page = state.page_at(doc.id, start).as_json()
    if wants_html(request):
        return _window_page(request, doc, window(doc.text, start, stop, at), start, stop, page)
    return JSONResponse({"doc": doc.id, "name": doc.name, "title": doc.title, "start": start, "end": stop,
                         **page, "text": doc.text[start:stop]})
