"""Tables answer completely and consistently: every entity once, filters that agree with the documents,
facet counts that equal the filtered totals, sorting and paging that keep every row."""

from __future__ import annotations

from typing import Any

import pytest

from kg.entities.base import TYPES
from kg.errors import FilterError, NotFoundError
from kg.tables import TableData, answer, parse_query, table_type
from kg.tables.columns import SPECS


def test_a_table_for_every_entity_type() -> None:
    assert set(SPECS) == set(TYPES)
    assert table_type("evaluation") == "Evaluation"
    with pytest.raises(NotFoundError) as err:
        table_type("Budget")
    assert all(t in str(err.value) for t in TYPES)


@pytest.mark.parametrize("type_", TYPES)
def test_every_entity_is_one_row_with_its_citations(tables: TableData, entities: list[dict[str, Any]],
                                                    type_: str) -> None:
    expected = {e["iri"]: e for e in entities if e["type"] == type_}
    result = answer(tables, type_, parse_query())
    assert result.total == len(expected) == len(result.rows)
    assert {r.iri for r in result.rows} == set(expected)
    for row in result.rows:
        spans = {(s["doc"], s["start"], s["end"]) for s in expected[row.iri]["sources"]}
        assert {(c.doc, c.start, c.end) for c in row.sources} == spans
        assert all(c.url == f"/documents/{c.doc}/text?start={c.start}&end={c.end}#cited" for c in row.sources)


def test_year_is_the_year_of_the_documents_a_row_was_read_from(tables: TableData, entities: list[dict[str, Any]],
                                                               doc_years: dict[str, int | None]) -> None:
    def years(iri: str) -> set[int | None]:
        entity = next(e for e in entities if e["iri"] == iri)
        return {doc_years[s["doc"]] for s in entity["sources"]}

    everything = answer(tables, "Goal", parse_query())
    for asked, low, high in (("2019", 2019, 2019), ("2020-2022", 2020, 2022)):
        found = {r.iri for r in answer(tables, "Goal", parse_query(year=asked)).rows}
        wanted = {r.iri for r in everything.rows if any(y is not None and low <= y <= high for y in years(r.iri))}
        assert found == wanted and found
    found_2019 = answer(tables, "Goal", parse_query(year="2019"))
    assert all(c.year == 2019 for r in found_2019.rows for c in r.sources)  # cited in the asked year's documents
    assert all(c.year == 2019 for c in found_2019.citations())
    after = {r.iri for r in answer(tables, "Goal", parse_query(year_from="2020")).rows}
    assert after == {r.iri for r in everything.rows if any(y and y >= 2020 for y in years(r.iri))}


def test_organisation_by_full_name_or_short_form(tables: TableData) -> None:
    short = answer(tables, "SteeringParameter", parse_query(organisation="IMDi"))
    full = answer(tables, "SteeringParameter", parse_query(organisation="integrerings- og mangfoldsdirektoratet"))
    assert short.total and [r.iri for r in short.rows] == [r.iri for r in full.rows]
    assert all(r.values["organisation"] == "IMDi" for r in short.rows)


def test_assignments_given_to_an_agency_in_a_span_of_years(tables: TableData) -> None:
    """The allocation letter's addressee received its assignments: the agency finds them by its short name."""
    result = answer(tables, "Assignment", parse_query(organisation="Bufdir", year="2019-2024", kind="tildelingsbrev"))
    assert result.total > 0
    assert all(r.values["giver"] == "Barne- og familiedepartementet" for r in result.rows)
    assert all(tables.organisation(str(r.values["receiver"])) == "Bufdir" for r in result.rows)


@pytest.mark.parametrize("type_", ["Goal", "Evaluation", "GrantScheme", "Assignment"])
def test_each_facet_count_is_the_total_of_that_filter(tables: TableData, type_: str) -> None:
    base = answer(tables, type_, parse_query())
    assert set(base.facets) >= {"organisation", "year", "kind"}
    for facet, counts in base.facets.items():
        for value, count in counts.items():
            assert answer(tables, type_, parse_query(**{facet: value})).total == count, (facet, value)


def test_facets_count_the_filtered_rows(tables: TableData) -> None:
    result = answer(tables, "Evaluation", parse_query(status="ongoing"))
    assert result.facets["status"] == {"ongoing": result.total}
    assert sum(result.facets["kind"].values()) >= result.total


def test_sort_by_any_column_both_ways_with_empty_cells_last(tables: TableData) -> None:
    for sort in ("granted_nok", "-granted_nok"):
        rows = answer(tables, "GrantScheme", parse_query(sort=sort)).rows
        amounts = [r.values["granted_nok"] for r in rows]
        filled = [a for a in amounts if a is not None]
        assert filled == sorted(filled, reverse=sort.startswith("-")) and len(filled) >= 2  # type: ignore[type-var]
        assert amounts == filled + [None] * (len(amounts) - len(filled))
    codes = [r.values["code"] for r in answer(tables, "Assignment", parse_query(sort="code")).rows]
    numbers = [int(c) for c in codes if isinstance(c, str) and c.isdigit()]
    assert numbers == sorted(numbers)  # "2" before "10": codes sort by their numbers


def test_pages_put_together_give_the_whole_table(tables: TableData) -> None:
    whole = answer(tables, "BudgetPost", parse_query(sort="-allocated_nok"))
    pages = [answer(tables, "BudgetPost", parse_query(sort="-allocated_nok", offset=str(o), limit="7"))
             for o in range(0, whole.total, 7)]
    assert [r.iri for p in pages for r in p.rows] == [r.iri for r in whole.rows]
    assert all(p.total == whole.total for p in pages)


def test_goal_filter_follows_links(tables: TableData, entities: list[dict[str, Any]]) -> None:
    goals = {e["iri"] for e in entities if e["type"] == "Goal" and e.get("notation") == "1.1"}
    result = answer(tables, "SteeringParameter", parse_query(goal="1.1"))
    assert result.total > 0
    for row in result.rows:
        entity = next(e for e in entities if e["iri"] == row.iri)
        assert goals & {link["target"] for link in entity["links"]}


def test_free_text_matches_words_and_compound_parts(tables: TableData) -> None:
    result = answer(tables, "Evaluation", parse_query(q="fosterhjem"))
    assert any("fosterhjemsprosjekter" in r.label for r in result.rows)  # a compound found by its part
    assert all("fosterhjem" in " ".join(str(v) for v in (r.label, *r.values.values())).casefold()
               for r in result.rows)
    assert answer(tables, "Evaluation", parse_query(q="fosterhjem evaluering")).total <= result.total


@pytest.mark.parametrize(("parameter", "value"), [
    ("year", "20x"), ("year", "2024-2020"), ("year_from", "1.5"), ("kind", "brev"), ("status", "done"),
    ("offset", "-1"), ("limit", "ten"), ("q", "og i på"),
])
def test_a_bad_parameter_is_named(parameter: str, value: str) -> None:
    with pytest.raises(FilterError) as err:
        parse_query(**{parameter: value})
    assert err.value.parameter == parameter


def test_unknown_sort_column_and_goal_are_named(tables: TableData) -> None:
    for kwargs, name in (({"sort": "-nope"}, "sort"), ({"goal": "99.9"}, "goal")):
        with pytest.raises(FilterError) as err:
            answer(tables, "Goal", parse_query(**kwargs))
        assert err.value.parameter == name
