"""The entities of a build with their links and documents, as the table rows read them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kg.documents.facets import DocumentFacets

#: Goals reached through these speak for the entity too (an evaluation of a measure speaks to its goal).
THROUGH = ("Measure", "GrantScheme", "Reform", "SteeringParameter")
NAMESPACE = "https://w3id.org/bufdir-kg/id/"


def short_predicate(predicate: str) -> str:
    """``underGoal`` for ``bk:underGoal`` or its full IRI."""
    for sep in ("#", "/", ":"):
        if sep in predicate:
            predicate = predicate.rsplit(sep, 1)[1]
    return predicate


def local_id(iri: str) -> str:
    """The URL id of an entity IRI (the IRI without the resource namespace)."""
    return iri[len(NAMESPACE):] if iri.startswith(NAMESPACE) else iri


class EntityGraph:
    """Entities (``entities.jsonl`` records) by IRI, their links, and the facets of every document."""

    def __init__(self, entities: Iterable[dict[str, Any]], facets: Mapping[str, DocumentFacets]) -> None:
        self.by_iri: dict[str, dict[str, Any]] = {e["iri"]: e for e in entities}
        self.facets = facets

    def linked(self, entity: dict[str, Any], predicate: str | None, types: str | tuple[str, ...] | None,
               direction: str | None = None) -> list[dict[str, Any]]:
        """Known entities linked to ``entity`` by ``predicate`` (any if None), of ``types``, in ``direction``."""
        wanted = (types,) if isinstance(types, str) else types
        out: dict[str, dict[str, Any]] = {}
        for link in entity.get("links") or ():
            if predicate is not None and short_predicate(link.get("predicate", "")) != predicate:
                continue
            if direction is not None and link.get("direction", "out") != direction:
                continue
            target = self.by_iri.get(link.get("target", ""))
            if target is not None and (wanted is None or target.get("type") in wanted):
                out[target["iri"]] = target
        return list(out.values())

    def documents(self, entity: dict[str, Any]) -> list[DocumentFacets]:
        """The documents an entity was read from, in the order of its sources."""
        seen: dict[str, DocumentFacets] = {}
        for src in entity.get("sources") or ():
            f = self.facets.get(src.get("doc_id") or "") or self.facets.get(src.get("doc") or "")
            if f is not None:
                seen.setdefault(f.doc_id, f)
        return list(seen.values())

    def goals(self, entity: dict[str, Any]) -> list[dict[str, Any]]:
        """Goals the entity belongs to: a goal itself and its broader goals; else goals linked directly or
        through a measure, grant scheme, reform or steering parameter it is linked to."""
        if entity.get("type") == "Goal":
            return [entity, *self.linked(entity, "broader", "Goal", "out")]
        skip = ("exactMatch", "closeMatch")
        found = {g["iri"]: g for g in self.linked(entity, None, "Goal") if g}
        for link in entity.get("links") or ():
            middle = self.by_iri.get(link.get("target", ""))
            if middle is None or middle.get("type") not in THROUGH or short_predicate(link["predicate"]) in skip:
                continue
            for goal in self.linked(middle, None, "Goal"):
                found.setdefault(goal["iri"], goal)
        if entity.get("type") == "BudgetPost":  # a budget post serves the goals of the grants it funds
            for grant in self.linked(entity, "fundedThrough", "GrantScheme", "in"):
                for goal in self.linked(grant, "supportsGoal", "Goal"):
                    found.setdefault(goal["iri"], goal)
        return list(found.values())

    def parties(self, entity: dict[str, Any]) -> tuple[str | None, str | None]:
        """Who gave an assignment and to whom: its own links, else its allocation letter's sender and
        addressee (an annual report reports on assignments its own organisation was given)."""
        giver = [t["label"] for t in self.linked(entity, "assignedBy", "Organisation", "out")]
        receiver = [t["label"] for t in self.linked(entity, "assignedTo", "Organisation", "out")]
        for doc in self.documents(entity):
            if doc.kind == "tildelingsbrev":
                giver.append(doc.organisation or "")
                receiver.append(doc.addressee or "")
            elif doc.kind == "årsrapport":
                receiver.append(doc.organisation or "")
        return _first(giver), _first(receiver)


def _first(names: list[str]) -> str | None:
    return next((n for n in names if n), None)
