"""Entities of a build (``entities.jsonl``) indexed for pages and navigation: by id, links, goal↔evaluation.

An entity's URL id is its IRI without the resource namespace (``https://w3id.org/bufdir-kg/id/``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError, NotBuiltError, NotFoundError
from kg.graph.namespaces import BK, ID

# What a goal covers: evaluations of these speak to the goal through them.
COVERED_TYPES = ("Measure", "GrantScheme", "Reform", "SteeringParameter")
EVALUATION_TYPES = ("Evaluation",)


def local_id(iri: str) -> str:
    """The URL id of an entity IRI."""
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def entity_ref(iri: str) -> dict[str, str]:
    """``{"id", "url"}`` of an entity: what every JSON response carries for every entity it names."""
    key = local_id(iri)
    return {"id": key, "url": f"/entities/{key}"}


class SharedNumberError(KGError):
    """A goal number that several goals share (two documents, two years, two parts): the client must choose."""

    def __init__(self, number: str, goals: list[dict[str, Any]]) -> None:
        ids = ", ".join(local_id(g["iri"]) for g in goals)
        super().__init__(f"goal number {number} is shared by {len(goals)} goals; use one of: {ids}")
        self.number = number
        self.goals = goals


def predicate_name(predicate: str) -> str:
    """``measuredBy`` for ``bk:measuredBy`` or its full IRI."""
    for sep in ("#", "/", ":"):
        if sep in predicate:
            predicate = predicate.rsplit(sep, 1)[1]
    return predicate


@dataclass(frozen=True)
class Route:
    """An entity reached from another, and the entity it was reached through (``None``: directly)."""

    entity: dict[str, Any]
    via: dict[str, Any] | None


class EntityIndex:
    """All entities of a build, with their links in both directions."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_iri: dict[str, dict[str, Any]] = {r["iri"]: r for r in rows}

    @classmethod
    def load(cls, build_path: Path) -> EntityIndex:
        """Read ``entities.jsonl`` of a build."""
        path = build_path / "entities.jsonl"
        if not path.exists():
            raise NotBuiltError(f"{build_path} has no entities.jsonl: rebuild with `kg build`")
        with path.open(encoding="utf-8") as fh:
            return cls([json.loads(line) for line in fh if line.strip()])

    def __len__(self) -> int:
        return len(self.by_iri)

    def get(self, key: str) -> dict[str, Any]:
        """The entity with URL id or IRI ``key``; :class:`NotFoundError` otherwise."""
        entity = self.by_iri.get(key) or self.by_iri.get(f"{ID}{key}")
        if entity is None:
            raise NotFoundError(f"no entity {key!r} in this build")
        return entity

    def of_type(self, type_: str) -> list[dict[str, Any]]:
        return [e for e in self.by_iri.values() if e.get("type") == type_]

    def goal(self, key: str) -> dict[str, Any]:
        """A goal by URL id, IRI or number ('8', '2.3'); a number several goals share raises
        :class:`SharedNumberError` with all of them."""
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){0,2}", key):
            goals = [g for g in self.of_type("Goal") if key in (str(g.get("number")), str(g.get("notation")))]
            if len(goals) == 1:
                return goals[0]
            if len(goals) > 1:
                raise SharedNumberError(key, goals)
        entity = self.get(key)
        if entity.get("type") != "Goal":
            raise NotFoundError(f"{key!r} is a {entity.get('type')}, not a goal")
        return entity

    def evaluation(self, key: str) -> dict[str, Any]:
        entity = self.get(key)
        if entity.get("type") not in EVALUATION_TYPES + ("Report",):
            raise NotFoundError(f"{key!r} is a {entity.get('type')}, not an evaluation or report")
        return entity

    def neighbours(self, entity: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """``(link, target entity)`` for every link of ``entity`` whose target is known."""
        for link in entity.get("links", []):
            target = self.by_iri.get(link.get("target", ""))
            if target is not None:
                yield link, target

    def evaluations_of_goal(self, goal: dict[str, Any]) -> list[Route]:
        """Evaluations linked to the goal, or to a measure, grant scheme, reform or parameter it covers."""
        return self._reach(goal, COVERED_TYPES, EVALUATION_TYPES)

    def reports_of_goal(self, goal: dict[str, Any]) -> list[Route]:
        """Reports other than evaluations (the goal's knowledge base), reached the same way."""
        return self._reach(goal, COVERED_TYPES, ("Report",))

    def goals_of_evaluation(self, evaluation: dict[str, Any]) -> list[Route]:
        """Goals an evaluation speaks to, directly or through what it evaluates."""
        return self._reach(evaluation, COVERED_TYPES, ("Goal",))

    def _reach(self, start: dict[str, Any], through: tuple[str, ...], wanted: tuple[str, ...]) -> list[Route]:
        found: dict[str, Route] = {}
        for _, target in self.neighbours(start):
            if target.get("type") in wanted:
                found[target["iri"]] = Route(target, None)
        for _, middle in self.neighbours(start):
            if middle.get("type") not in through:
                continue
            for _, target in self.neighbours(middle):
                if target.get("type") in wanted and target["iri"] not in found and target["iri"] != start["iri"]:
                    found[target["iri"]] = Route(target, middle)
        return sorted(found.values(), key=lambda r: (r.via is not None, str(r.entity.get("label", ""))))


JSONLD_CONTEXT: dict[str, Any] = {
    "@vocab": str(BK),
    "bk": str(BK),
    "id": str(ID),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "dcterms": "http://purl.org/dc/terms/",
    "label": "skos:prefLabel",
    "alt_labels": "skos:altLabel",
    "sources": "prov:wasDerivedFrom",
    "passage": {"@id": "prov:hadPrimarySource", "@type": "@id"},
    "doc": "dcterms:isPartOf",
    "start": "nif:beginIndex",
    "end": "nif:endIndex",
}


def entity_jsonld(entity: dict[str, Any], index: EntityIndex, base_url: str) -> dict[str, Any]:
    """An entity as JSON-LD: types, labels, attributes, every link out (and in, as ``@reverse``), provenance."""
    out: dict[str, Any] = {"@context": JSONLD_CONTEXT, "@id": entity["iri"], "@type": f"bk:{entity.get('type')}"}
    skip = {"iri", "type", "links", "sources"}
    for key, value in entity.items():
        if key not in skip and value not in (None, [], ""):
            out[key if key in JSONLD_CONTEXT else f"bk:{key}"] = value
    forward: dict[str, list[dict[str, str]]] = {}
    reverse: dict[str, list[dict[str, str]]] = {}
    for link in entity.get("links", []):
        side = reverse if link.get("direction") == "in" else forward
        node = {"@id": link["target"], "rdfs:seeAlso": f"{base_url}{entity_ref(link['target'])['url'][1:]}"}
        if link.get("target_label"):
            node["label"] = link["target_label"]
        side.setdefault(f"bk:{predicate_name(link['predicate'])}", []).append(node)
    out.update(forward)
    if reverse:
        out["@reverse"] = reverse
    out["sources"] = [
        {**src, "passage": f"{ID}passage/{src['passage']}" if "://" not in str(src.get("passage")) else src["passage"],
         "rdfs:seeAlso": f"{base_url}documents/{src['doc']}/text?start={src['start']}&end={src['end']}"}
        for src in entity.get("sources", [])
    ]
    out["rdfs:seeAlso"] = f"{base_url}entities/{local_id(entity['iri'])}"
    out["@context"] = {**JSONLD_CONTEXT, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
    return out
