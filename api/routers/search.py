"""``/search``: a question in, typed entity answers with citations and ranked passages out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from api.answers import search_json
from api.deps import SearcherDep, SettingsDep, StateDep
from api.errors import documented
from api.i18n import TYPE_NAMES
from api.settings import Settings
from kg.errors import QueryError
from kg.overview.questions import see_also

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


# The limits are documented in the schema but checked here, so a violation is a 400 with a sentence.
async def question(
    settings: SettingsDep,
    q: Annotated[str, Query(description="The question, Norwegian or English.", json_schema_extra={
        "minLength": 1, "maxLength": Settings.max_question_chars, "pattern": r"\S"})],
    type: Annotated[str | None, Query(description="Answer type; default: read from the question.",
                                      json_schema_extra={"enum": ["", *ANSWER_TYPES]})] = None,
    k: Annotated[int, Query(description="Number of passages and entities to return.",
                            json_schema_extra={"minimum": 1, "maximum": Settings.max_k})] = 10,
) -> Question:
    """The request's question, checked before any model or index is touched (on the event loop: no thread)."""
    check_question(q, type or None, k, settings)
    return Question(q, type or None, k)


@router.get("/search", summary="Search with a question", response_model=dict[str, Any])
def search(asked: Annotated[Question, Depends(question)], searcher: SearcherDep, state: StateDep) -> JSONResponse:
    """``{"query","type","passages":[...],"entities":[{"id","url","iri","type","label","score","sources":[...]}]}``.

    Entities are the typed answers (type from ``type`` or recognised in the question), each with citations
    (document, page, section, span, snippet); passages are ranked best first. An empty or over-long
    question, an unknown type or k out of range is a 400 with a message. ``see_also`` lists pages that answer
    the question better: ``{"kind": "changes", "url": ...}`` for «how did the goals change from 2022 to 2024?».
    """
    # Serialised here, in the request's worker thread: returned as a dict, the answer would be validated in
    # another thread hop and encoded on the event loop, which every request shares.
    answer = searcher.search(asked.q, type=asked.type, k=asked.k).as_json()
    return JSONResponse({**search_json(answer, state.document_title), "see_also": see_also(asked.q, state.overview)})
