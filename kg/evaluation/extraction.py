"""Extraction quality: precision, recall and F1 of the built entities against a hand-made gold set.

The gold set (``tests/gold/extraction_annual_report.jsonl``) annotates one document for a set of
goals. Predictions are the built entities in the same scope: goals with those numbers; steering
parameters, grant schemes, reports and measures linked to those goals; reforms read inside
those goals' sections or evaluated by their reports; organisations publishing their reports.
Labels match by normalised word overlap, steering parameters by code and goal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.entities.base import Entity
from kg.mentions.text import norm

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "extraction_annual_report.jsonl"
ROWS = ("Goal", "SteeringParameter", "GrantScheme", "Report", "Evaluation", "Measure", "Reform", "Organisation")
LINKS = ("evaluation→goal", "report→goal", "parameter→goal", "grant→goal", "evaluation→evaluates")


@dataclass(frozen=True)
class Score:
    """One row of the table: counts and the three measures."""

    name: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores per entity type and per link kind, and attribute accuracy of matched entities."""

    entities: list[Score] = field(default_factory=list)
    links: list[Score] = field(default_factory=list)
    attributes: dict[str, tuple[int, int]] = field(default_factory=dict)

    def score(self, name: str) -> Score:
        return next(s for s in [*self.entities, *self.links] if s.name == name)

    def table(self) -> str:
        """The report as a Markdown table."""
        lines = ["| kind | gold | predicted | correct | precision | recall | F1 |",
                 "|---|---:|---:|---:|---:|---:|---:|"]
        for s in [*self.entities, *self.links]:
            lines.append(f"| {s.name} | {s.gold} | {s.predicted} | {s.correct} | {s.precision:.2f} | {s.recall:.2f} "
                         f"| {s.f1:.2f} |")
        total = Score("all entities", *(sum(getattr(s, k) for s in self.entities)
                                         for k in ("gold", "predicted", "correct")))
        lines.append(f"| **{total.name}** | {total.gold} | {total.predicted} | {total.correct} | {total.precision:.2f} "
                     f"| {total.recall:.2f} | {total.f1:.2f} |")
        if self.attributes:
            lines.append("")
            lines.append("| attribute of matched entities | correct | of |")
            lines.append("|---|---:|---:|")
            for k, (ok, n) in self.attributes.items():
                lines.append(f"| {k} | {ok} | {n} |")
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        def row(s: Score) -> dict[str, Any]:
            return {"name": s.name, "gold": s.gold, "predicted": s.predicted, "correct": s.correct,
                    "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
        return {"entities": [row(s) for s in self.entities], "links": [row(s) for s in self.links],
                "attributes": {k: {"correct": a, "of": b} for k, (a, b) in self.attributes.items()}}


def load_gold(path: Path = GOLD) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[0]["meta"], rows[1:]


def _words(text: str) -> set[str]:
    return {w for w in norm(text).replace("/", " ").split() if len(w) > 1 or w.isdigit()}


def similar(a: str, b: str) -> float:
    """Word overlap of two labels (Jaccard), 1.0 for equal labels and for a one-word exact core."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    if wa == wb:
        return 1.0
    inter = len(wa & wb)
    small = min(len(wa), len(wb))
    return max(inter / len(wa | wb), inter / small if small >= 2 and inter == small else 0.0)


def _goal_tag(e: Entity) -> str:
    part = e.attr("part") or ""
    return f"{e.attr('number')}{'-' + part if part else ''}"


class _Scope:
    def __init__(self, entities: list[Entity], meta: dict[str, Any]) -> None:
        self.by_iri = {e.iri: e for e in entities}
        self.doc = meta["doc"]
        numbers = set(meta["goals"])
        self.goals = {e.iri: _goal_tag(e) for e in entities
                      if e.type == "Goal" and e.attr("number") in numbers and any(s.doc == self.doc for s in e.sources)}
        self.sections = {s.section_number for iri in self.goals for s in self.by_iri[iri].sources
                         if s.rule == "goal.heading" and s.section_number}

    def linked_goals(self, e: Entity, predicate: str) -> list[str]:
        return sorted({self.goals[link.target] for link in e.links
                       if link.predicate == predicate and link.target in self.goals})

    def in_sections(self, e: Entity) -> bool:
        return any(s.doc == self.doc and s.section_number and
                   any(s.section_number == n or s.section_number.startswith(n + ".") for n in self.sections)
                   for s in e.sources)

    def predicted(self, type_: str, entities: list[Entity]) -> list[Entity]:
        own = [e for e in entities if e.type == type_]
        if type_ == "Goal":
            return [e for e in own if e.iri in self.goals]
        if type_ == "SteeringParameter":
            return [e for e in own if any(link.predicate == "measuredBy" and link.target in self.goals
                                          for link in e.links)]
        if type_ == "GrantScheme":
            return [e for e in own if self.linked_goals(e, "supportsGoal")]
        if type_ in ("Report", "Evaluation"):
            return [e for e in own if self.linked_goals(e, "aboutGoal")]
        reports = {e.iri for e in entities if e.type in ("Report", "Evaluation") and self.linked_goals(e, "aboutGoal")}
        if type_ == "Organisation":
            return [e for e in own if any(link.predicate == "publisher" and link.target in reports for link in e.links)]
        evaluated = {link.target for r in reports for link in self.by_iri[r].links if link.predicate == "evaluates"}
        if type_ == "Measure":
            return [e for e in own if self.linked_goals(e, "addresses") or e.iri in evaluated]
        return [e for e in own if self.in_sections(e) or e.iri in evaluated]


def greedy_match(gold: list[dict[str, Any]], predicted: list[Entity],
                 key: Callable[[dict[str, Any], Entity], float]) -> dict[int, Entity]:
    """One-to-one matching, best pairs first, among equal scores the earliest in reading order.

    Pairs under 0.5 never match."""
    pairs = sorted(((key(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, Entity] = {}
    for score, i, j in pairs:
        if score < 0.5 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out[i] = predicted[j]
    return out


def _label_score(g: dict[str, Any], p: Entity) -> float:
    return max(similar(g["label"], lab) for lab in (p.label, *p.alt_labels))


def evaluate(entities: list[Entity], gold_path: Path = GOLD) -> Report:
    """Score ``entities`` (a build's) against the gold file."""
    meta, gold = load_gold(gold_path)
    scope = _Scope(entities, meta)
    report = Report()
    matches: dict[str, dict[int, Entity]] = {}
    golds: dict[str, list[dict[str, Any]]] = {}
    key: Callable[[dict[str, Any], Entity], float]
    for type_ in ROWS:
        g = [x for x in gold if x["type"] == type_]
        p = scope.predicted(type_, entities)
        if type_ == "Goal":
            def key(gx: dict[str, Any], px: Entity) -> float:  # noqa: F811
                return float(gx["number"] == px.attr("number") and gx["part"] == (px.attr("part") or ""))
        elif type_ == "SteeringParameter":
            def key(gx: dict[str, Any], px: Entity) -> float:  # noqa: F811
                goals = {scope.goals[link.target] for link in px.links if link.target in scope.goals}
                return float(norm(gx["code"]) == norm(str(px.attr("code"))) and bool(set(gx["goals"]) & goals))
        else:
            key = _label_score
        m = greedy_match(g, p, key)
        matches[type_], golds[type_] = m, g
        report.entities.append(Score(type_, len(g), len(p), len(m)))
    report.links = _links(scope, golds, matches, entities)
    report.attributes = _attributes(golds, matches)
    return report


def _links(scope: _Scope, golds: dict[str, list[dict[str, Any]]], matches: dict[str, dict[int, Entity]],
           entities: list[Entity]) -> list[Score]:
    out = []
    kinds = {"evaluation→goal": (("Evaluation",), "aboutGoal"), "report→goal": (("Report",), "aboutGoal"),
             "parameter→goal": (("SteeringParameter",), "measuredBy"), "grant→goal": (("GrantScheme",), "supportsGoal")}
    for name, (types, predicate) in kinds.items():
        gold_pairs = {(t, i, goal) for t in types for i, g in enumerate(golds[t]) for goal in g.get("goals", [])}
        matched = {(t, id(e)): i for t in types for i, e in matches[t].items()}
        predicted: set[tuple[str, int, str]] = set()
        n_pred = 0
        for t in types:
            for e in scope.predicted(t, entities):
                goals = ([scope.goals[link.target] for link in e.links if link.target in scope.goals
                          and link.predicate == predicate] if predicate != "measuredBy" else
                         [scope.goals[link.target] for link in e.links if link.target in scope.goals])
                for goal in set(goals):
                    n_pred += 1
                    if (t, id(e)) in matched:
                        predicted.add((t, matched[(t, id(e))], goal))
        out.append(Score(name, len(gold_pairs), n_pred, len(predicted & gold_pairs)))
    gold_ev = [(i, target) for i, g in enumerate(golds["Evaluation"]) for target in g.get("evaluates", [])]
    n_pred, correct = 0, 0
    for i, e in matches["Evaluation"].items():
        targets = [link.target_label for link in e.links if link.predicate == "evaluates" and link.direction == "out"]
        wanted = [t for j, t in gold_ev if j == i]
        n_pred += len(targets)
        correct += sum(1 for w in wanted if any(similar(w, t) >= 0.5 for t in targets))
    unmatched = [e for e in scope.predicted("Evaluation", entities) if e not in matches["Evaluation"].values()]
    n_pred += sum(1 for e in unmatched for link in e.links if link.predicate == "evaluates" and link.direction == "out")
    out.append(Score("evaluation→evaluates", len(gold_ev), n_pred, correct))
    return out


def _attributes(golds: dict[str, list[dict[str, Any]]],
                matches: dict[str, dict[int, Entity]]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {}

    def tally(name: str, ok: bool) -> None:
        c = counts.setdefault(name, [0, 0])
        c[0] += int(ok)
        c[1] += 1

    for t in ("Report", "Evaluation"):
        for i, e in matches[t].items():
            g = golds[t][i]
            tally("report year", g["year"] == e.attr("year"))
            tally("report status", g["status"] == e.attr("status"))
            tally("report publisher", {norm(x) for x in g["publisher"]} == {norm(x) for x in e.attr("publisher", ())})
    for i, e in matches["GrantScheme"].items():
        g = golds["GrantScheme"][i]
        tally("grant applications", g["granted_applications"] == e.attr("granted_applications"))
        tally("grant amount (NOK)", g["granted_nok"] == e.attr("granted_nok"))
    return {k: (v[0], v[1]) for k, v in counts.items()}
