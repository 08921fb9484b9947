"""Contract of the entity stage: resolved entities and relations, each with its sources."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.passages.pages import PageRef

TYPES = ("Goal", "SteeringParameter", "Measure", "GrantScheme", "BudgetPost", "Report", "Evaluation",
         "Organisation", "Reform", "Assignment")


@dataclass(frozen=True)
class Source:
    """Where an entity or relation was read: passage, exact original span, rule and confidence."""

    passage: str
    doc: str
    doc_id: str
    start: int
    end: int
    page: PageRef
    section_number: str | None
    section_title: str | None
    section_path: tuple[str, ...]
    rule: str
    confidence: float
    text: str

    def as_json(self) -> dict[str, Any]:
        return {"passage": self.passage, "doc": self.doc, "doc_id": self.doc_id, "start": self.start,
                "end": self.end, **self.page.as_json(),
                "section": {"number": self.section_number, "title": self.section_title,
                            "path": list(self.section_path)},
                "rule": self.rule, "confidence": self.confidence, "text": self.text}

    @staticmethod
    def from_json(r: dict[str, Any]) -> Source:
        sec = r.get("section") or {}
        return Source(r["passage"], r["doc"], r.get("doc_id", ""), r["start"], r["end"], PageRef.from_json(r),
                      sec.get("number"), sec.get("title"), tuple(sec.get("path") or ()), r.get("rule", ""),
                      float(r.get("confidence", 0.0)), r.get("text", ""))


@dataclass(frozen=True)
class EntityLink:
    """A relation as seen from one entity."""

    predicate: str
    target: str
    direction: str  # out | in
    target_type: str
    target_label: str

    def as_json(self) -> dict[str, str]:
        return {"predicate": self.predicate, "target": self.target, "direction": self.direction,
                "target_type": self.target_type, "target_label": self.target_label}


@dataclass(frozen=True)
class Entity:
    """One real thing (goal, grant scheme, report, …) with every mention's source."""

    iri: str
    type: str
    label: str
    alt_labels: tuple[str, ...]
    sources: tuple[Source, ...]
    links: tuple[EntityLink, ...] = ()
    attrs: tuple[tuple[str, Any], ...] = ()

    def attr(self, name: str, default: Any = None) -> Any:
        return dict(self.attrs).get(name, default)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"iri": self.iri, "type": self.type, "label": self.label,
                               "alt_labels": list(self.alt_labels)}
        for k, v in self.attrs:
            out[k] = list(v) if isinstance(v, tuple) else v
        out["sources"] = [s.as_json() for s in self.sources]
        out["links"] = [link.as_json() for link in self.links]
        return out

    @staticmethod
    def from_json(r: dict[str, Any]) -> Entity:
        fixed = {"iri", "type", "label", "alt_labels", "sources", "links"}
        attrs = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in r.items() if k not in fixed)
        links = tuple(EntityLink(**link) for link in r.get("links", ()))
        return Entity(r["iri"], r["type"], r["label"], tuple(r.get("alt_labels", ())),
                      tuple(Source.from_json(s) for s in r.get("sources", ())), links, attrs)


@dataclass(frozen=True)
class Relation:
    """``subject --predicate--> object`` between entity IRIs, with the spans that show it."""

    subject: str
    predicate: str
    object: str
    sources: tuple[Source, ...]
