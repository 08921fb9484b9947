"""``/documents``: the source documents, and the exact span a citation points to."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.deps import StateDep
from api.errors import documented
from api.negotiation import wants_html
from api.templating import render
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


@router.get("/documents/{doc_id}", summary="One document")
def get_document(doc_id: str, request: Request, state: StateDep) -> Response:
    """Document metadata (JSON), or the document to read (HTML); ``doc_id`` is its id, file name or stem."""
    doc = state.document(doc_id)
    if wants_html(request):
        return render(request, "document.html", {"doc": doc, "before": doc.text, "cited": None, "after": ""})
    return JSONResponse(document_json(doc))


@router.get("/documents/{doc_id}/text", summary="Open a citation")
def document_text(
    doc_id: str,
    request: Request,
    state: StateDep,
    start: Annotated[int, Query(ge=0, description="Start offset in the document text.")] = 0,
    end: Annotated[int | None, Query(ge=0, description="End offset (exclusive); default: the end.")] = None,
) -> Response:
    """The text ``[start:end]`` (JSON), or the whole document with that span marked and scrolled to (HTML);
    both say the span's page as far as it is known (``page``, else ``page_range`` and ``page_estimate``)."""
    doc = state.document(doc_id)
    stop = len(doc.text) if end is None else end
    if not start <= stop <= len(doc.text):
        raise QueryError(f"span {start}..{stop} lies outside the document (0..{len(doc.text)})")
    page = state.page_at(doc.id, start).as_json()
    if wants_html(request):
        context = {"doc": doc, "before": doc.text[:start], "cited": doc.text[start:stop],
                   "after": doc.text[stop:], "start": start, "end": stop, "page": page}
        return render(request, "document.html", context)
    return JSONResponse({"doc": doc.id, "name": doc.name, "title": doc.title, "start": start, "end": stop,
                         **page, "text": doc.text[start:stop]})
