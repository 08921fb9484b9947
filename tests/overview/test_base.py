"""The overview of a build: aligned entities found from any of them, organisations by any name, spans cited."""

from __future__ import annotations

import pytest

from kg.errors import NotFoundError
from kg.overview import Overview
from tests.overview.conftest import text_of


def test_the_same_thing_is_found_from_each_of_its_statements(overview: Overview) -> None:
    goals = [e for e in overview.entities.values() if e.type == "Goal" and "bosettes raskt" in e.label]
    assert {s.doc for g in goals for s in g.sources} == {"c3.txt", "d3.txt", "d2.txt"}
    groups = {tuple(m.iri for m in overview.same_as(g)) for g in goals}
    assert len(groups) == 1 and len(next(iter(groups))) == len(goals)
    # ordered by the first year that states each
    assert [overview.first_year(m) for m in overview.same_as(goals[0])] == [2022, 2023, 2024]


def test_organisations_by_full_name_short_name_or_case(overview: Overview) -> None:
    full = "Integrerings- og mangfoldsdirektoratet"
    assert overview.organisation("IMDi") == overview.organisation("imdi") == overview.organisation(full) == full
    assert overview.organisation("Arbeids- og inkluderingsdepartementet") is None  # issues letters, owns no goals


def test_a_value_is_cited_in_the_document_of_its_passage(overview: Overview) -> None:
    scheme = overview.entity("grant-scheme/jobbsjansen")
    row = scheme.attr("figures")[0]
    cited = overview.cite_span(row["passage"], row["start"], row["end"])
    assert cited is not None and cited.facets.name == "d3.txt"
    assert "Jobbsjansen" in text_of("d3.txt")[cited.start:cited.end]
    assert overview.cite_span("no-such-passage", 0, 10) is None
    with pytest.raises(NotFoundError):
        overview.entity("grant-scheme/none")
