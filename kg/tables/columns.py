"""The columns each entity type's table needs, and how a row's cells are read off the entity and its links."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kg.tables.base import Column, TableSpec, Value
from kg.tables.graph import EntityGraph

#: Every table ends with where its rows were read: the documents' organisation, year and kind.
COMMON = (Column("organisation", "Organisasjon", "Organisation"),
          Column("year", "År (dokument)", "Year (document)", "year"),
          Column("kind", "Dokumenttype", "Document kind"))
GOAL = Column("goal", "Mål", "Goal")


def joined(values: Iterable[Any]) -> str | None:
    """Distinct non-empty values in order, ``; ``-separated; ``None`` when there are none."""
    out = list(dict.fromkeys(str(v) for v in values if v not in (None, "")))
    return "; ".join(out) if out else None


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value).replace(" ", "").replace(",", "."))
    except ValueError:
        return None


def _goal(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    parameters = g.linked(e, "measuredBy", "SteeringParameter")
    return {"notation": str(e.get("notation") or e.get("number") or "") or None, "level": e.get("level"),
            "title": e.get("title") or e.get("label"), "part": e.get("part") or None,
            "broader": joined(t["label"] for t in g.linked(e, "broader", "Goal", "out")),
            "parameters": len(parameters)}


def _steering_parameter(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    out: dict[str, Value] = {"code": e.get("code"), "target": e.get("target"), "target_kind": e.get("target_kind")}
    for r in e.get("results") or ():
        if r.get("year") is not None:
            out[f"result_{r['year']}"] = r.get("value")
    return out


def _result_years(entities: list[dict[str, Any]]) -> tuple[Column, ...]:
    years = sorted({int(r["year"]) for e in entities for r in e.get("results") or () if r.get("year") is not None})
    return tuple(Column(f"result_{y}", f"Resultat {y}", f"Result {y}") for y in years)


def _evaluated_by(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    return {"evaluated_by": joined(t["label"] for t in g.linked(e, "evaluates", ("Evaluation", "Report"), "in"))}


def _grant_scheme(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    year = e.get("year")
    figure: dict[str, Any] = next((f for f in e.get("figures") or () if f.get("year") == year), {})
    posts = g.linked(e, "fundedThrough", "BudgetPost", "out")
    return {"figure_year": year, "received_applications": _number(figure.get("received_applications")),
            "granted_applications": _number(e.get("granted_applications")),
            "granted_nok": _number(e.get("granted_nok")),
            "budget_post": joined(t.get("code") or t["label"] for t in posts)}


def _budget_post(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    year = e.get("year")
    amount: dict[str, Any] = next((a for a in e.get("amounts") or () if a.get("year") == year), {})
    return {"code": e.get("code"), "chapter": e.get("chapter"), "post": e.get("post"),
            "chapter_name": e.get("chapter_name"), "post_text": e.get("post_text"), "budget_year": year,
            "allocated_nok": _number(e.get("allocated_nok")), "spent_nok": _number(amount.get("spent_nok")),
            "grant_schemes": joined(t["label"] for t in g.linked(e, "fundedThrough", "GrantScheme", "in"))}


def _report(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    publisher = e.get("publisher") or [t["label"] for t in g.linked(e, "publisher", "Organisation", "out")]
    return {"publisher": joined(publisher if isinstance(publisher, list | tuple) else [publisher]),
            "published": e.get("year"), "status": e.get("status"),
            "evaluates": joined(t["label"] for t in g.linked(e, "evaluates", None, "out")),
            "assignment": joined(t.get("code") or t["label"] for t in g.linked(e, "deliveredBy", "Assignment", "in"))}


def _assignment(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    giver, receiver = g.parties(e)
    return {"code": e.get("code"), "deadline": e.get("deadline") or e.get("deadline_text"), "giver": giver,
            "receiver": receiver,
            "orders_evaluation_of": joined(t["label"] for t in g.linked(e, "ordersEvaluationOf", None, "out")),
            "delivered_by": joined(t["label"] for t in g.linked(e, "deliveredBy", None, "out"))}


def _organisation(e: dict[str, Any], g: EntityGraph) -> dict[str, Value]:
    return {"short_names": joined(e.get("alt_labels") or ()),
            "reports": len(g.linked(e, "publisher", ("Report", "Evaluation"), "in"))}


_REPORT_COLUMNS = (Column("publisher", "Utgiver", "Publisher"), Column("published", "Utgitt", "Published", "year"),
                   Column("status", "Status", "Status"), Column("evaluates", "Evaluerer", "Evaluates"), GOAL,
                   Column("assignment", "Oppdrag", "Assignment"))

SPECS: dict[str, tuple[TableSpec, Callable[[dict[str, Any], EntityGraph], dict[str, Value]]]] = {
    "Goal": (TableSpec("Goal", (Column("notation", "Nummer", "Number"), Column("level", "Nivå", "Level"),
                                Column("title", "Tittel", "Title"), Column("part", "Del", "Part"),
                                Column("broader", "Overordnet mål", "Broader goal"),
                                Column("parameters", "Styringsparametere", "Steering parameters", "int")),
                       "notation"), _goal),
    "SteeringParameter": (TableSpec("SteeringParameter", (Column("code", "Kode", "Code"), GOAL,
                                                          Column("target", "Mål (krav)", "Target"),
                                                          Column("target_kind", "Type krav", "Target kind")),
                                    "code", _result_years), _steering_parameter),
    "Measure": (TableSpec("Measure", (GOAL, Column("evaluated_by", "Evaluert av", "Evaluated by"))), _evaluated_by),
    "GrantScheme": (TableSpec("GrantScheme", (
        Column("figure_year", "År (tall)", "Year (figures)", "year"),
        Column("received_applications", "Søknader", "Applications", "int"),
        Column("granted_applications", "Innvilgede søknader", "Applications granted", "int"),
        Column("granted_nok", "Innvilget (kr)", "Granted (NOK)", "nok"), GOAL,
        Column("budget_post", "Budsjettpost", "Budget post"))), _grant_scheme),
    "BudgetPost": (TableSpec("BudgetPost", (
        Column("code", "Kode", "Code"), Column("chapter", "Kapittel", "Chapter"), Column("post", "Post", "Post"),
        Column("chapter_name", "Kapittelnavn", "Chapter name"), Column("post_text", "Postnavn", "Post name"),
        Column("budget_year", "Budsjettår", "Budget year", "year"),
        Column("allocated_nok", "Tildelt (kr)", "Allocated (NOK)", "nok"),
        Column("spent_nok", "Regnskap (kr)", "Spent (NOK)", "nok"),
        Column("grant_schemes", "Tilskuddsordninger", "Grant schemes")), "code"), _budget_post),
    "Report": (TableSpec("Report", _REPORT_COLUMNS), _report),
    "Evaluation": (TableSpec("Evaluation", _REPORT_COLUMNS), _report),
    "Organisation": (TableSpec("Organisation", (Column("short_names", "Andre navn", "Other names"),
                                                Column("reports", "Rapporter utgitt", "Reports published", "int"))),
                     _organisation),
    "Reform": (TableSpec("Reform", (GOAL, Column("evaluated_by", "Evaluert av", "Evaluated by"))), _evaluated_by),
    "Assignment": (TableSpec("Assignment", (
        Column("code", "Kode", "Code"), Column("deadline", "Frist", "Deadline", "date"), GOAL,
        Column("giver", "Gitt av", "Given by"), Column("receiver", "Gitt til", "Given to"),
        Column("orders_evaluation_of", "Bestiller evaluering av", "Orders evaluation of"),
        Column("delivered_by", "Levert gjennom", "Delivered by")), "code"), _assignment),
}
