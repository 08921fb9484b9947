"""Search answers at the API edge: every entity with its id and page URL, every cited document with its title."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from api.entities import entity_ref


def titled(sources: list[dict[str, Any]], title: Callable[[str], str]) -> list[dict[str, Any]]:
    """Citations (each with ``doc``, a document id or file name) with their document's ``doc_title``."""
    return [{**s, "doc_title": title(str(s.get("doc")))} for s in sources]


def search_json(result: dict[str, Any], title: Callable[[str], str]) -> dict[str, Any]:
    """``result`` (a search answer's JSON) with ``id``/``url`` on each entity and ``doc_title`` on each passage
    and citation; ``title`` gives a document's title from its id or file name. ``result`` is not changed."""
    return {
        **result,
        "passages": [{**p, "doc_title": title(p["doc"])} for p in result.get("passages", [])],
        "entities": [{**e, **entity_ref(e["iri"]),
                      "sources": titled(e.get("sources", []), title)}
                     for e in result.get("entities", [])],
    }
