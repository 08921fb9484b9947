"""Time series: the values a recurring thing had year by year, merged over its aligned entities, each cited.

A grant scheme's figures (applications received and granted, amount granted), a budget post's amounts, a
steering parameter's results and targets, and for every entity the documents (and years) that state it. The
entity is merged with everything aligned with it (``exactMatch``/``closeMatch``), so a parameter restated in
next year's letter and reported in two annual reports is one series. A goal's series holds its steering
parameters' series as parts.

When two documents print a value for the same year (last year's report and this year's both give last year's
result), the later document's reading is shown (it may be revised) and the other kept under ``also``,
``conflict`` marking a different number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.entities.base import Entity
from kg.overview.base import Citation, Overview, local_id

#: The measures a series may hold: key -> (Norwegian label, English label, unit).
MEASURES: dict[str, tuple[str, str, str]] = {
    "result": ("Resultat", "Result", "value"),
    "received_applications": ("Søknader mottatt", "Applications received", "count"),
    "granted_applications": ("Søknader innvilget", "Applications granted", "count"),
    "granted_nok": ("Innvilget beløp", "Amount granted", "nok"),
    "allocated_nok": ("Tildelt", "Allocated", "nok"),
    "spent_nok": ("Regnskap", "Accounts", "nok"),
}
#: Where each measure is read: the entity attribute holding the yearly rows.
ROWS = {"figures": ("received_applications", "granted_applications", "granted_nok"),
        "amounts": ("allocated_nok", "spent_nok")}
_NUMBER = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(\d+))?")


@dataclass(frozen=True)
class Observation:
    """One value as one document prints it."""

    year: int
    measure: str
    value: Any
    numeric: float | None
    citation: Citation

    def as_json(self) -> dict[str, Any]:
        return {"year": self.year, "measure": self.measure, "value": self.value, "numeric": self.numeric,
                "citation": self.citation.as_json()}


@dataclass(frozen=True)
class Point:
    """A measure's value in one year: the latest document's reading, and every other reading of it."""

    shown: Observation
    also: tuple[Observation, ...]

    @property
    def conflict(self) -> bool:
        """Whether another document printed a different number for the same year."""
        return any(o.numeric is not None and o.numeric != self.shown.numeric for o in self.also)

    def as_json(self) -> dict[str, Any]:
        return {**self.shown.as_json(), "conflict": self.conflict,
                "also": [{"value": o.value, "numeric": o.numeric, "citation": o.citation.as_json()}
                         for o in self.also]}


@dataclass(frozen=True)
class Appearance:
    """One document stating the thing: its wording and number there."""

    iri: str
    label: str
    number: str | None
    citation: Citation

    def as_json(self) -> dict[str, Any]:
        return {"id": local_id(self.iri), "year": self.citation.facets.year, "label": self.label,
                "number": self.number, "citation": self.citation.as_json()}


@dataclass(frozen=True)
class Series:
    """What is known of one thing year by year."""

    entity: Entity
    members: tuple[Entity, ...]
    points: tuple[Point, ...]
    targets: tuple[Observation, ...]
    appearances: tuple[Appearance, ...]
    parts: tuple[Series, ...] = ()

    @property
    def years(self) -> list[int]:
        """Every year with a value, a target or a document stating the thing, in order."""
        found = {p.shown.year for p in self.points} | {t.year for t in self.targets}
        return sorted(found | {y for a in self.appearances if (y := a.citation.facets.year)})

    @property
    def value_years(self) -> list[int]:
        """The years with a value or a target, in order."""
        return sorted({p.shown.year for p in self.points} | {t.year for t in self.targets})

    @property
    def measures(self) -> list[str]:
        """The measures with values, in :data:`MEASURES` order."""
        present = {p.shown.measure for p in self.points}
        return [m for m in MEASURES if m in present]

    def as_json(self) -> dict[str, Any]:
        e = self.entity
        return {"id": local_id(e.iri), "iri": e.iri, "type": e.type, "label": e.label, "years": self.years,
                "members": [{"id": local_id(m.iri), "iri": m.iri, "label": m.label} for m in self.members],
                "measures": [{"key": m, "label": {"nb": MEASURES[m][0], "en": MEASURES[m][1]},
                              "unit": MEASURES[m][2]} for m in self.measures],
                "points": [p.as_json() for p in self.points],
                "targets": [t.as_json() for t in self.targets],
                "appearances": [a.as_json() for a in self.appearances],
                "parts": [p.as_json() for p in self.parts]}


def series_of(overview: Overview, key: str) -> Series:
    """The series of the entity with id or IRI ``key`` (:class:`kg.errors.NotFoundError` if there is none)."""
    entity = overview.entity(key)
    series = _series(overview, entity)
    if entity.type != "Goal":
        return series
    seen: set[str] = set()
    parts = []
    for member in series.members:
        for link in member.links:
            target = overview.entities.get(link.target)
            if link.predicate != "measuredBy" or link.direction != "out" or target is None or target.iri in seen:
                continue
            part = _series(overview, target)
            seen.update(m.iri for m in part.members)
            parts.append(part)
    return Series(entity, series.members, series.points, series.targets, series.appearances, tuple(parts))


def number_in(text: str) -> float | None:
    """The first number of a printed value that is not a year (``minst 80 prosent`` -> 80, ``4 624`` -> 4624)."""
    for m in _NUMBER.finditer(text):
        whole = m.group(1).replace(" ", "").replace("\u00a0", "")
        if len(whole) == 4 and whole[:2] in ("19", "20") and not m.group(2):
            continue
        return float(f"{whole}.{m.group(2)}" if m.group(2) else whole)
    return None


def _series(overview: Overview, entity: Entity) -> Series:
    members = overview.same_as(entity)
    observations = [o for m in members for o in _observations(overview, m)]
    targets = [o for m in members for o in _targets(overview, m)]
    appearances = [a for m in members for a in _appearances(overview, m)]
    appearances.sort(key=lambda a: (a.citation.facets.year or 0, a.citation.facets.kind, a.citation.start))
    targets.sort(key=lambda t: (t.year, t.citation.facets.title))
    return Series(entity, tuple(members), _points(observations), tuple(targets), tuple(appearances))


def _observations(overview: Overview, entity: Entity) -> list[Observation]:
    out = []
    for row in entity.attr("results") or ():
        cited = overview.cite_span(row.get("passage", ""), row.get("start", 0), row.get("end", 0))
        if cited is not None and row.get("year"):
            numeric = row.get("numeric")
            out.append(Observation(int(row["year"]), "result", row.get("value"),
                                   float(numeric) if numeric is not None else None, cited))
    for attr, keys in ROWS.items():
        for row in entity.attr(attr) or ():
            cited = overview.cite_span(row.get("passage", ""), row.get("start", 0), row.get("end", 0))
            if cited is None or not row.get("year"):
                continue
            out += [Observation(int(row["year"]), k, row[k], float(row[k]), cited)
                    for k in keys if isinstance(row.get(k), int | float)]
    return out


def _targets(overview: Overview, entity: Entity) -> list[Observation]:
    target = entity.attr("target")
    if not isinstance(target, str) or not target:
        return []
    out = []
    for doc_id in dict.fromkeys(s.doc_id for s in entity.sources):
        source = overview.source_in(entity, doc_id)
        cited = overview.cite(source) if source else None
        if cited is not None and cited.facets.year:
            out.append(Observation(cited.facets.year, "target", target, number_in(target), cited))
    return out


def _appearances(overview: Overview, entity: Entity) -> list[Appearance]:
    out = []
    number = entity.attr("notation") or entity.attr("number") or entity.attr("code")
    for doc_id in dict.fromkeys(s.doc_id for s in entity.sources):
        source = overview.source_in(entity, doc_id)
        cited = overview.cite(source) if source else None
        if cited is not None:
            out.append(Appearance(entity.iri, str(entity.attr("title") or entity.label),
                                  str(number) if number not in (None, "") else None, cited))
    return out


def _points(observations: list[Observation]) -> tuple[Point, ...]:
    """One point per year and measure: the latest document's reading first (same document, same value: once)."""
    groups: dict[tuple[int, str], list[Observation]] = {}
    for o in observations:
        group = groups.setdefault((o.year, o.measure), [])
        if not any(g.citation.facets.doc_id == o.citation.facets.doc_id and g.value == o.value for g in group):
            group.append(o)
    points = []
    order = list(MEASURES)
    for _, group in sorted(groups.items(), key=lambda kv: (order.index(kv[0][1]), kv[0][0])):
        group.sort(key=lambda o: (-(o.citation.facets.year or 0), o.citation.start))
        points.append(Point(group[0], tuple(group[1:])))
    return tuple(points)
