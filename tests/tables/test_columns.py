"""Each type's columns hold what its entities say: figures, results per year, parties, goals."""

from __future__ import annotations

from typing import Any

from kg.tables import TableData, answer, parse_query


def by_iri(entities: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["iri"]: e for e in entities}


def test_grant_scheme_figures_are_numbers_of_the_scheme(tables: TableData, entities: list[dict[str, Any]]) -> None:
    known = by_iri(entities)
    rows = [r for r in answer(tables, "GrantScheme", parse_query()).rows if r.values["granted_nok"] is not None]
    assert rows
    for row in rows:
        e = known[row.iri]
        figure = next(f for f in e["figures"] if f["year"] == e["year"])
        assert (row.values["figure_year"], row.values["granted_applications"], row.values["granted_nok"],
                row.values["received_applications"]) == (e["year"], e["granted_applications"], e["granted_nok"],
                                                         figure.get("received_applications"))


def test_steering_parameters_have_a_column_per_result_year(tables: TableData, entities: list[dict[str, Any]]) -> None:
    result = answer(tables, "SteeringParameter", parse_query())
    years = {r["year"] for e in entities if e["type"] == "SteeringParameter" for r in e.get("results", [])}
    assert {c.key for c in result.columns if c.key.startswith("result_")} == {f"result_{y}" for y in years}
    known = by_iri(entities)
    for row in result.rows:
        for r in known[row.iri].get("results", []):
            assert row.values[f"result_{r['year']}"] == r["value"]


def test_assignment_parties_and_goal(tables: TableData, entities: list[dict[str, Any]]) -> None:
    known = by_iri(entities)
    for row in answer(tables, "Assignment", parse_query(kind="tildelingsbrev")).rows:
        assert row.values["giver"] == "Barne- og familiedepartementet"
        goals = [known[link["target"]]["label"] for link in known[row.iri]["links"]
                 if link["target"] in known and known[link["target"]]["type"] == "Goal"]
        assert goals and all(g in str(row.values["goal"]) for g in goals)


def test_evaluation_says_what_it_evaluates(tables: TableData, entities: list[dict[str, Any]]) -> None:
    known = by_iri(entities)
    for row in answer(tables, "Evaluation", parse_query()).rows:
        evaluated = {known[link["target"]]["label"] for link in known[row.iri]["links"]
                     if link["target"] in known and link["predicate"].endswith("evaluates")
                     and link["direction"] == "out"}
        assert set(filter(None, str(row.values["evaluates"] or "").split("; "))) == evaluated
