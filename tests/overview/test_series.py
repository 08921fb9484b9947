"""A recurring steering parameter, grant scheme and goal year by year, every value traced to its span."""

from __future__ import annotations

from kg.entities.base import Entity
from kg.overview import Overview
from kg.overview.series import number_in, series_of
from tests.overview.conftest import text_of


def cited_row(doc: str, start: int, end: int) -> str:
    """The cited span through the end of the line after it."""
    text = text_of(doc)
    return text[start:text.find("\n", text.find("\n", end) + 1)]


def _one(overview: Overview, type_: str, words: str, doc: str) -> Entity:
    return next(e for e in overview.entities.values()
                if e.type == type_ and words in e.label and any(s.doc == doc for s in e.sources))


def test_a_parameter_merges_both_reports_and_the_letter_and_keeps_both_readings_of_a_year(overview: Overview) -> None:
    # Both reports print «Andel flyktninger (som er) bosatt innen seks måneder …» in year columns: the 2022 report
    # 2020-2022 (63, 71, 82 %), the 2023 report 2021-2023 (76, 68, 81 %); the 2024 letter sets «Minst 80 prosent».
    asked = _one(overview, "SteeringParameter", "seks måneder", "d2.txt")
    series = series_of(overview, asked.iri)
    assert {s.doc for m in series.members for s in m.sources} == {"c3.txt", "d3.txt", "d2.txt"}
    results = {p.shown.year: p for p in series.points if p.shown.measure == "result"}
    assert {y: p.shown.value for y, p in results.items()} == {2020: "63 %", 2021: "76 %", 2022: "68 %",
                                                              2023: "81 %"}
    # the later report is shown; the earlier one's different number is kept, and flagged
    assert results[2021].shown.citation.facets.name == "d3.txt"
    assert [(o.value, o.citation.facets.name) for o in results[2021].also] == [("71 %", "c3.txt")]
    assert results[2021].conflict and not results[2023].conflict
    for p in results.values():
        for o in (p.shown, *p.also):  # the cited table row; a row wrapped over two lines is cited at its start
            assert o.value in cited_row(o.citation.facets.name, o.citation.start, o.citation.end)
    targets = {t.year: t.value for t in series.targets}
    assert targets[2024] == "Minst 80 prosent" and targets[2022] == "90 %"
    assert series.years == [2020, 2021, 2022, 2023, 2024]
    assert [a.citation.facets.year for a in series.appearances] == [2022, 2023, 2024]


def test_a_grant_scheme_has_both_years_figures_cited_to_the_table_row(overview: Overview) -> None:
    # Tabell 8 of the 2023 report: Tilskudd til Jobbsjansen 101,5 / 96,3 mill. kroner, 71 / 64 granted,
    # 92 / 88 received (2023 / 2022); the 2024 letter names the scheme again.
    scheme = _one(overview, "GrantScheme", "Jobbsjansen", "d3.txt")
    series = series_of(overview, scheme.iri)
    values = {(p.shown.measure, p.shown.year): p.shown.value for p in series.points}
    assert values == {("granted_nok", 2023): 101_500_000, ("granted_nok", 2022): 96_300_000,
                      ("granted_applications", 2023): 71, ("granted_applications", 2022): 64,
                      ("received_applications", 2023): 92, ("received_applications", 2022): 88}
    row = series.points[0].shown.citation
    assert row.facets.title == "Årsrapport 2023" and row.url.startswith(f"/documents/{row.facets.doc_id}/text?")
    assert "Tilskudd til Jobbsjansen" in text_of("d3.txt")[row.start:row.end]
    assert {a.citation.facets.name for a in series.appearances} == {"d2.txt", "d3.txt"}
    assert series.measures == ["received_applications", "granted_applications", "granted_nok"]


def test_a_goal_series_holds_its_parameters_series_once_each(overview: Overview) -> None:
    goal = _one(overview, "Goal", "Flyktninger bosettes raskt", "c3.txt")
    series = series_of(overview, goal.iri)
    assert [a.citation.facets.year for a in series.appearances] == [2022, 2023, 2024]
    labels = [p.entity.label for p in series.parts]
    assert sum("seks måneder" in label for label in labels) == 1
    assert all(p.points or p.targets for p in series.parts)


def test_number_in_reads_the_value_not_the_year() -> None:
    assert number_in("færre enn 100 ved utgangen av 2019") == 100
    assert number_in("75 prosent innen 2020") == 75
    assert number_in("4 624") == 4624
    assert number_in("78,2 prosent") == 78.2
    assert number_in("ingen") is None
