"""``/search``: a question in, typed entity answers with citations and ranked passages out."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import SearcherDep, SettingsDep
from api.i18n import TYPE_NAMES
from api.settings import Settings
from kg.errors import QueryError

router = APIRouter(tags=["search"])
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


@router.get("/search", summary="Search with a question")
def search(
    searcher: SearcherDep,
    settings: SettingsDep,
    q: Annotated[str, Query(description="The question, Norwegian or English.")],
    type: Annotated[str | None, Query(description="Answer type; default: read from the question.")] = None,
    k: Annotated[int, Query(description="Number of passages and entities to return.")] = 10,
) -> dict[str, Any]:
    """``{"query","type","passages":[...],"entities":[{"iri","type","label","score","sources":[...]}]}``.

    Entities are the typed answers (type from ``type`` or recognised in the question), each with citations
    (document, page, section, span, snippet); passages are ranked best first.
    """
    type_ = type or None
    check_question(q, type_, k, settings)
    return searcher.search(q, type=type_, k=k).as_json()
