"""``/search``: a question in, typed entity answers with citations and ranked passages out."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from api.answers import search_json
from api.deps import SettingsDep, StateDep, served_build
from api.errors import documented
from api.i18n import TYPE_NAMES
from api.settings import Settings
from api.state import AppState
from kg.errors import QueryError
from kg.overview.questions import see_also
from kg.search.filters import SearchFilter, checked_ignore, requested_filters
from kg.tables import TableData
from kg.tables.questions import table_answer

router = APIRouter(tags=["search"], responses=documented(400, 503))
ANSWER_TYPES = tuple(t for t in TYPE_NAMES if t != "Document")


def check_question(q: str, type_: str | None, k: int, settings: Settings) -> None:
    """Refuse an empty or over-long question, an unknown type or a k out of range (400 with a message)."""
    if not q.strip():
        raise QueryError("the question is empty: write a question in Norwegian or English (?q=...)")
    if len(q) > settings.max_question_chars:
        raise QueryError(f"the question is {len(q)} characters long; at most {settings.max_question_chars} "
                         "are accepted")
    if type_ is not None and type_ not in ANSWER_TYPES:
        raise QueryError(f"unknown type {type_!r}; use one of: {', '.join(ANSWER_TYPES)}")
    if not 1 <= k <= settings.max_k:
        raise QueryError(f"k must lie between 1 and {settings.max_k}, got {k}")


@dataclass(frozen=True)
class Question:
    """A checked search request."""

    q: str
    type: str | None
    k: int
    filters: tuple[SearchFilter, ...] = ()
    ignore: frozenset[str] = frozenset()


_YEAR_SCHEMA = {"pattern": r"^[0-9]{4}$"}


# The limits are documented in the schema but checked here, so a violation is a 400 with a sentence.
async def question(
    settings: SettingsDep,
    q: Annotated[str, Query(description="The question, Norwegian or English.", json_schema_extra={
        "minLength": 1, "maxLength": Settings.max_question_chars, "pattern": r"\S"})],
    type: Annotated[str | None, Query(description="Answer type; default: read from the question.",
                                      json_schema_extra={"enum": ["", *ANSWER_TYPES]})] = None,
    k: Annotated[int, Query(description="Number of passages and entities to return.",
                            json_schema_extra={"minimum": 1, "maximum": Settings.max_k})] = 10,
    organisation: Annotated[str | None, Query(description="Only documents from, to or for this organisation "
                                              "(full or short name, any case).")] = None,
    year: Annotated[str | None, Query(description="Only documents of this year.",
                                      json_schema_extra=_YEAR_SCHEMA)] = None,
    year_from: Annotated[str | None, Query(description="Only documents of this year or later.",
                                           json_schema_extra=_YEAR_SCHEMA)] = None,
    year_to: Annotated[str | None, Query(description="Only documents of this year or earlier.",
                                         json_schema_extra=_YEAR_SCHEMA)] = None,
    kind: Annotated[str | None, Query(description="Only documents of this kind: årsrapport, tildelingsbrev, "
                                      "evaluering, pressemelding, nyhet, strategi (or annual report, allocation "
                                      "letter, evaluation, press release, strategy).")] = None,
    ignore: Annotated[list[str] | None, Query(description="Filters read from the question to switch off: "
                                              "organisation, year, kind (repeat or separate by commas).")] = None,
) -> Question:
    """The request's question and filters, checked before any model or index is touched (on the event loop)."""
    check_question(q, type or None, k, settings)
    filters = requested_filters(organisation, year, year_from, year_to, kind)
    return Question(q, type or None, k, filters, checked_ignore(ignore))


def with_table(body: dict[str, Any], question: str, asked_type: str | None, tables: TableData) -> dict[str, Any]:
    """``body`` with ``mode`` (``table`` or ``ranked``) and, for a question that asks for everything, ``table``."""
    table = table_answer(question, asked_type, body.get("filters") or [], tables)
    return {**body, "mode": "table" if table else "ranked", **({"table": table} if table else {})}


def answer(asked: Question, state: AppState) -> bytes:
    """The JSON body of the answer to ``asked`` from ``state``'s build (run in a worker thread)."""
    result = state.searcher.search(asked.q, type=asked.type, k=asked.k, filters=asked.filters, ignore=asked.ignore)
    body = {**search_json(result.as_json(), state.document_title), "see_also": see_also(asked.q, state.overview)}
    return bytes(JSONResponse(with_table(body, asked.q, asked.type, state.tables)).body)


@router.get("/search", summary="Search with a question", response_model=dict[str, Any])
async def search(asked: Annotated[Question, Depends(question)], state: StateDep, request: Request) -> Response:
    """``{"query","type","filters":[...],"passages":[...],"entities":[{"id","url","iri","type","label","score",
    "sources","documents"}],"see_also":[...]}``.

    Entities are the typed answers (type from ``type`` or recognised in the question), each with citations
    (document, page, section, span, snippet) and the documents they are read from; passages are ranked best
    first, each with its document's title, kind, organisation and year. ``organisation``, ``year``,
    ``year_from``/``year_to`` and ``kind`` hide other documents; a year, kind or organisation the question names
    ranks its documents first (``filters`` lists both; ``ignore=year`` switches a read one off). An empty or
    over-long question, an unknown type or kind, a bad year or k out of range is a 400 naming the parameter.
    ``see_also`` lists pages that answer the question better: ``{"kind": "changes", "url": ...}`` for «how did
    the goals change from 2022 to 2024?». ``mode`` says whether the answer is ``ranked`` search or a complete
    ``table``: a question that asks for everything of a type («hvor mange oppdrag …», «list alle evalueringer i
    2019») also gets ``table`` with every matching row, its count and the table page's URL under the same filters.
    """
    # Requests wait their turn in one first-come-first-served line (api/admission.py), then the answer is
    # found and serialised in a worker thread: returned as a dict, it would be validated in another thread hop
    # and encoded on the event loop, which every request shares. A repeated request gets the body kept for it.
    body = await served_build(request.app).gate.answer(asked, state.responses, partial(answer, asked, state))
    return Response(body, media_type="application/json")
