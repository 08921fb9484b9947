"""Changes between two documents of one organisation: what was added, removed, reworded or renumbered.

Two allocation letters (2022 and 2024), two annual reports, or a letter and the report on it. Goals and
steering parameters are paired by the build's alignment (``exactMatch``/``closeMatch``) or by being one
entity; what is left (assignments and grant schemes, which alignment does not pair, and whatever it
missed) by the same word stems (the alignment's own measure and threshold, one-to-one, best pairs first). An
assignment of the first document that a report of the second delivers (``deliveredBy``) is ``delivered``.
A type one document states nothing of is ``not_compared`` rather than reported as all added or all removed.
Each side is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.documents.facets import DocumentFacets
from kg.entities.alignment import CLOSE
from kg.entities.base import Entity
from kg.mentions.text import stems
from kg.overview.base import SAME, Citation, Overview, local_id
from kg.overview.wording import Piece, same_wording, word_diff

COMPARED = ("Goal", "SteeringParameter", "Assignment", "GrantScheme")
STATUSES = ("added", "removed", "reworded", "renumbered", "delivered", "unchanged")
_PREFIX = re.compile(r"^[^\d]*")


@dataclass(frozen=True)
class Side:
    """One document's statement of the thing: its wording, number and the span it was read from."""

    entity: Entity
    citation: Citation

    @property
    def wording(self) -> str:
        """The words this document uses for the thing."""
        return wording(self.entity)

    @property
    def number(self) -> str | None:
        """Its number or code as printed, a goal's with its level (``Effektmål 4``)."""
        e = self.entity
        printed = e.attr("notation") or e.attr("number") or e.attr("code")
        if printed in (None, ""):
            return None
        level = e.attr("level")
        return f"{str(level).capitalize()} {printed}" if level and e.type == "Goal" else str(printed)

    def as_json(self) -> dict[str, Any]:
        return {"id": local_id(self.entity.iri), "label": self.entity.label, "wording": self.wording,
                "number": self.number, "citation": self.citation.as_json()}


@dataclass(frozen=True)
class Change:
    """One thing compared: ``a`` (first document) and/or ``b`` (second), how they were paired, what changed."""

    type: str
    a: Side | None
    b: Side | None
    paired_by: str | None = None

    @property
    def reworded(self) -> bool:
        """Both sides present, with different words (capitals, punctuation and wraps aside)."""
        return (self.a is not None and self.b is not None and not self.delivered
                and not same_wording(self.a.wording, self.b.wording))

    @property
    def delivered(self) -> bool:
        """An assignment of the first document delivered by a report in the second."""
        return self.paired_by == "deliveredBy"

    @property
    def renumbered(self) -> bool:
        """Both sides numbered, with different numbers (``SP 1.1`` and ``1.1`` are one number)."""
        if self.a is None or self.b is None or self.delivered:
            return False
        na, nb = self.a.number, self.b.number
        return na is not None and nb is not None and _digits(na) != _digits(nb)

    @property
    def status(self) -> str:
        """One of :data:`STATUSES`; a change both reworded and renumbered is ``reworded``."""
        if self.a is None:
            return "added"
        if self.b is None:
            return "removed"
        if self.delivered:
            return "delivered"
        return "reworded" if self.reworded else "renumbered" if self.renumbered else "unchanged"

    @property
    def diff(self) -> list[Piece]:
        """The word-level difference of a reworded pair (empty otherwise)."""
        return word_diff(self.a.wording, self.b.wording) if self.reworded and self.a and self.b else []

    def as_json(self) -> dict[str, Any]:
        return {"type": self.type, "status": self.status, "reworded": self.reworded,
                "renumbered": self.renumbered, "paired_by": self.paired_by,
                "a": self.a.as_json() if self.a else None, "b": self.b.as_json() if self.b else None,
                "diff": [p.as_json() for p in self.diff]}


@dataclass(frozen=True)
class ChangeSet:
    """Everything compared between two documents, in type order, changes before the unchanged."""

    organisation: str | None
    a: DocumentFacets
    b: DocumentFacets
    changes: tuple[Change, ...]
    not_compared: tuple[tuple[str, str], ...]

    def counts(self) -> dict[str, int]:
        """How many changes of each status."""
        return {s: sum(c.status == s for c in self.changes) for s in STATUSES}

    def as_json(self) -> dict[str, Any]:
        return {"organisation": self.organisation, "a": self.a.as_json(), "b": self.b.as_json(),
                "counts": self.counts(), "changes": [c.as_json() for c in self.changes],
                "not_compared": [{"type": t, "reason": r} for t, r in self.not_compared]}


def compare(overview: Overview, a: DocumentFacets, b: DocumentFacets,
            types: tuple[str, ...] = COMPARED) -> ChangeSet:
    """What changed from document ``a`` to document ``b`` (goals, parameters, assignments, grant schemes)."""
    changes: list[Change] = []
    skipped: list[tuple[str, str]] = []
    for type_ in types:
        left = [e for e in overview.in_doc(a.doc_id) if e.type == type_]
        right = [e for e in overview.in_doc(b.doc_id) if e.type == type_]
        empty = [f.title for f, found in ((a, left), (b, right)) if not found]
        if empty and (left or right):
            skipped.append((type_, f"nothing of this type is read from {empty[0]}"))
            continue
        changes += _compare_type(overview, type_, left, right, a, b)
    order = {s: i for i, s in enumerate(STATUSES)}
    changes.sort(key=lambda c: (types.index(c.type), order[c.status], _position(c)))
    owner = overview.owners.get(a.doc_id) if overview.owners.get(a.doc_id) == overview.owners.get(b.doc_id) else None
    return ChangeSet(owner, a, b, tuple(changes), tuple(skipped))


def _compare_type(overview: Overview, type_: str, left: list[Entity], right: list[Entity],
                  a: DocumentFacets, b: DocumentFacets) -> list[Change]:
    right_by_iri = {e.iri: e for e in right}
    pairs: list[tuple[Entity, Entity, str]] = []
    used: set[str] = set()
    for e in left:  # one entity stated in both documents
        if e.iri in right_by_iri:
            pairs.append((e, e, "same entity"))
            used.add(e.iri)
    for e in left:  # the alignment's links
        if e.iri in used:
            continue
        link = next((lk for lk in e.links if lk.predicate in SAME and lk.target in right_by_iri
                     and lk.target not in used), None)
        if link is not None:
            pairs.append((e, right_by_iri[link.target], link.predicate))
            used |= {e.iri, link.target}
    # What alignment left unpaired (assignments and schemes are not aligned at all): the same word stems.
    candidates = sorted(((likeness(x, y), x.iri, y.iri, x, y) for x in left for y in right
                         if x.iri not in used and y.iri not in used), key=lambda t: (-t[0], t[1], t[2]))
    for s, _, _, x, y in candidates:
        if s >= CLOSE and x.iri not in used and y.iri not in used:
            pairs.append((x, y, "wording"))
            used |= {x.iri, y.iri}
    out = [Change(type_, _side(overview, x, a), _side(overview, y, b), how) for x, y, how in pairs]
    for e in left:
        if e.iri not in used:
            delivered = _delivered_in(overview, e, b)
            out.append(Change(type_, _side(overview, e, a), _side(overview, delivered, b) if delivered else None,
                              "deliveredBy" if delivered else None))
    out += [Change(type_, None, _side(overview, e, b)) for e in right if e.iri not in used]
    return out


def wording(entity: Entity) -> str:
    """What a document says the thing is: a goal's title without its number, else the label."""
    title = entity.attr("title") if entity.type == "Goal" else None
    return str(title or entity.label)


def likeness(x: Entity, y: Entity) -> float:
    """The share of word stems two wordings share (Jaccard, as alignment measures goal titles)."""
    sx, sy = stems(wording(x)), stems(wording(y))
    return len(sx & sy) / len(sx | sy) if sx and sy else 0.0


def _delivered_in(overview: Overview, assignment: Entity, doc: DocumentFacets) -> Entity | None:
    for link in assignment.links:
        target = overview.entities.get(link.target)
        if link.predicate == "deliveredBy" and target is not None and overview.source_in(target, doc.doc_id):
            return target
    return None


def _side(overview: Overview, entity: Entity, doc: DocumentFacets) -> Side:
    source = overview.source_in(entity, doc.doc_id)
    citation = overview.cite(source) if source else None
    if citation is None:  # in_doc() only yields entities with a source in the document
        raise ValueError(f"{entity.iri} has no source in {doc.name}")
    return Side(entity, citation)


def _digits(number: str) -> str:
    """``SP 1.1``, ``1.1`` and ``Delmål 1.1`` are one number; ``TB-2`` and ``2`` too."""
    return _PREFIX.sub("", number).strip() or number


def _position(change: Change) -> int:
    side = change.a or change.b
    return side.citation.start if side else 0
