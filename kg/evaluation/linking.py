"""Links and cross-document alignment of a collection set, scored over the gold records that were matched."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from kg.entities.base import Entity
from kg.evaluation.extraction import Score, similar

ALIGNMENT_PREDICATES = ("exactMatch", "closeMatch", "deliveredBy")
GOAL_LINKS = {"SteeringParameter": "parameter→goal", "GrantScheme": "grant→goal", "Assignment": "assignment→goal",
              "Report": "report→goal", "Measure": "measure→goal"}


class GoldDoc(Protocol):
    @property
    def doc(self) -> str: ...

    records: tuple[dict[str, Any], ...]


Matches = dict[tuple[str, str], Entity]


def _goal_ids(record: dict[str, Any]) -> list[str]:
    goals = record.get("goals") if "goals" in record else [record.get("goal")]
    return [g for g in goals or [] if g]


def _linked(e: Entity, by_iri: dict[str, Entity], predicates: Iterable[str] | None = None) -> set[str]:
    wanted = set(predicates) if predicates is not None else None
    return {link.target for link in e.links if wanted is None or link.predicate in wanted}


def _goals(e: Entity, by_iri: dict[str, Entity], doc: str) -> set[str]:
    """Goals of document ``doc`` an entity is linked to (an entity read from several documents, such as a grant
    scheme in a letter and a report, links to each document's goals: only this document's are scored here)."""
    return {t for t in _linked(e, by_iri) if (g := by_iri.get(t)) is not None and g.type == "Goal"
            and any(s.doc == doc for s in g.sources)}


def _goals_reached(e: Entity, by_iri: dict[str, Entity], doc: str) -> set[str]:
    """Goals of ``doc`` an entity is linked to directly, or through what it evaluates (an evaluation reaches the
    goal of the measure or scheme it evaluates)."""
    goals = _goals(e, by_iri, doc)
    for thing in _linked(e, by_iri, ("evaluates",)):
        target = by_iri.get(thing)
        if target is not None:
            goals |= _goals(target, by_iri, doc)
    return goals


def link_scores(golds: list[Any], matches: Matches, entities: list[Entity]) -> list[Score]:
    """Recall of every gold link whose ends were both found; precision over the links of found entities."""
    by_iri = {e.iri: e for e in entities}
    counts: dict[str, list[int]] = {}

    def add(name: str, gold: int, predicted: int, correct: int) -> None:
        c = counts.setdefault(name, [0, 0, 0])
        c[0] += gold
        c[1] += predicted
        c[2] += correct

    for gd in golds:
        for r in gd.records:
            e = matches.get((gd.doc, r.get("id", "self" if r.get("self") else "")))
            type_ = "Report" if r["type"] == "Evaluation" else r["type"]
            if type_ == "Goal" and r.get("broader"):
                parent = matches.get((gd.doc, r["broader"]))
                ok = e is not None and parent is not None and parent.iri in _linked(e, by_iri, ("broader",))
                add("goal→broader goal", 1, int(e is not None and bool(_linked(e, by_iri, ("broader",)))), int(ok))
            is_evaluation = bool(r.get("evaluation") or r.get("self"))
            # (the format gives a document's own evaluation no goal field: its goals are not annotated, not none)
            if type_ in GOAL_LINKS and not (r.get("self") and "goals" not in r and "goal" not in r):
                wanted = {m.iri for g in _goal_ids(r) if (m := matches.get((gd.doc, g)))}
                reached = set() if e is None else (
                    _goals_reached(e, by_iri, gd.doc) if is_evaluation else _goals(e, by_iri, gd.doc))
                name = "evaluation→goal" if is_evaluation else GOAL_LINKS[type_]
                add(name, len(_goal_ids(r)), len(reached), len(wanted & reached))
            if is_evaluation and r.get("evaluates"):
                targets = [by_iri[t] for t in _linked(e, by_iri, ("evaluates",)) if t in by_iri] if e else []
                ok = any(max(similar(r["evaluates"], name) for name in (t.label, *t.alt_labels)) >= 0.5
                         for t in targets)
                add("evaluation→evaluated thing", 1, len(targets), int(ok))
    return [Score(name, *c) for name, c in counts.items()]


def alignment_scores(golds: list[Any], pairs: list[dict[str, Any]], matches: Matches,
                     entities: list[Entity]) -> list[Score]:
    """Pairs of gold records in two documents that are the same thing, against what the build says is the same
    (one entity, or an explicit ``exactMatch``/``closeMatch``, or an assignment ``deliveredBy`` a report, between
    the two entities). Per type of record."""
    types = {(gd.doc, r.get("id", "self" if r.get("self") else "")): r["type"] for gd in golds for r in gd.records}
    same: set[frozenset[tuple[str, str]]] = set()
    for p in pairs:
        a, b = (p["a"]["doc"], p["a"]["id"]), (p["b"]["doc"], p["b"]["id"])
        if a[0] != b[0] and p.get("relation", "same") == "same":
            same.add(frozenset((a, b)))
    by_iri = {e.iri: e for e in entities}

    def aligned(x: Entity, y: Entity) -> bool:
        if x.iri == y.iri:
            return True
        return y.iri in _linked(x, by_iri, ALIGNMENT_PREDICATES) or x.iri in _linked(y, by_iri, ALIGNMENT_PREDICATES)

    found = list(matches.items())
    predicted: set[frozenset[tuple[str, str]]] = set()
    for i, (ka, ea) in enumerate(found):
        for kb, eb in found[i + 1:]:
            if ka[0] != kb[0] and aligned(ea, eb):
                predicted.add(frozenset((ka, kb)))
    out = []
    for name, keep in (("Goal", {"Goal"}), ("other types", None)):
        def of_type(pair: frozenset[tuple[str, str]], keep: set[str] | None = keep) -> bool:
            kinds = {types.get(k, "") for k in pair}
            return kinds <= keep if keep else not kinds <= {"Goal"}
        gold = {p for p in same if of_type(p)}
        pred = {p for p in predicted if of_type(p)}
        out.append(Score(f"alignment: {name}", len(gold), len(pred), len(gold & pred)))
    return out
