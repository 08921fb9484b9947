"""Generality: a report in another agency's style ('Virksomhetsmål', 'Styringsparametre: a) …')."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_document
from kg.entities import Entity, resolve
from kg.mentions import extract
from kg.passages import segment

DOC = Path(__file__).resolve().parents[1] / "data" / "extraction_other_agency.txt"


@pytest.fixture(scope="module")
def entities() -> list[Entity]:
    seg = segment(read_document(DOC))
    found = extract(seg.document, seg.passages)
    return resolve(found.mentions, found.links)[0]


def one(entities: list[Entity], type_: str, label: str) -> Entity:
    hits = [e for e in entities if e.type == type_ and e.label == label]
    assert len(hits) == 1, (type_, label, sorted(e.label for e in entities if e.type == type_))
    return hits[0]


def targets(e: Entity, predicate: str) -> set[str]:
    return {link.target_label for link in e.links if link.predicate == predicate and link.direction == "out"}


def test_goals_are_read_from_virksomhetsmal_headings(entities: list[Entity]) -> None:
    goals = sorted((e.attr("number"), e.label) for e in entities if e.type == "Goal")
    assert goals == [(1, "Virksomhetsmål 1: Trygge og tilgjengelige havner"),
                     (2, "Virksomhetsmål 2: Effektiv og brukerrettet forvaltning")]


def test_lettered_steering_parameters_belong_to_their_goal(entities: list[Entity]) -> None:
    params = {(e.attr("code"), e.label, tuple(sorted(link.target_label[:16] for link in e.links)))
              for e in entities if e.type == "SteeringParameter"}
    assert params == {
        ("a", "Andel havner med oppdatert sikkerhetsplan", ("Virksomhetsmål 1",)),
        ("b", "Antall registrerte ulykker i havneområder", ("Virksomhetsmål 1",)),
        ("a", "Gjennomsnittlig saksbehandlingstid for søknader om tiltak i sjø", ("Virksomhetsmål 2",)),
        ("b", "Brukertilfredshet med veiledningen", ("Virksomhetsmål 2",)),
    }


def test_grant_table_rows_with_figures_and_goal(entities: list[Entity]) -> None:
    g = one(entities, "GrantScheme", "Tilskudd til sikring av småbåthavner")
    assert (g.attr("granted_applications"), g.attr("granted_nok"), g.attr("year")) == (45, 12_500_000, 2024)
    assert targets(g, "supportsGoal") == {"Virksomhetsmål 1: Trygge og tilgjengelige havner"}
    u = one(entities, "GrantScheme", "Tilskudd til universell utforming av havner")
    assert (u.attr("granted_applications"), u.attr("granted_nok")) == (12, 3_400_000)


def test_knowledge_list_reports_and_evaluations(entities: list[Entity]) -> None:
    r = one(entities, "Report", "Kartlegging av sikkerhetsarbeid i småbåthavner")
    assert (r.attr("status"), r.attr("year"), targets(r, "publisher")) == ("published", 2024, {"Oslo Economics"})
    e = one(entities, "Evaluation", "Følgeevaluering av programmet Trygg Havn")
    assert targets(e, "publisher") == {"Nordlandsforskning", "SINTEF"}
    assert targets(e, "evaluates") == {"Trygg Havn"}
    assert targets(e, "aboutGoal") == {"Virksomhetsmål 1: Trygge og tilgjengelige havner"}
    ongoing = one(entities, "Evaluation", "Evaluering av tilskuddsordningen «Sikring av småbåthavner»")
    assert ongoing.attr("status") == "ongoing" and ongoing.attr("year") is None
    # the evaluated scheme is the same entity as the table row
    assert targets(ongoing, "evaluates") == {"Tilskudd til sikring av småbåthavner"}


def test_prose_measure_and_evaluation_of_a_reform(entities: list[Entity]) -> None:
    m = one(entities, "Measure", "Havnevaktordningen")
    assert targets(m, "addresses") == {"Virksomhetsmål 1: Trygge og tilgjengelige havner"}
    ev = one(entities, "Evaluation", "Følgeevaluering av havnereformen")
    assert targets(ev, "evaluates") == {"Havnereformen"}
    assert targets(ev, "publisher") == {"Menon Economics"}
    assert one(entities, "Reform", "Havnereformen").type == "Reform"


def test_no_section_heading_becomes_a_measure(entities: list[Entity]) -> None:
    measures = {e.label for e in entities if e.type == "Measure"}
    assert not measures & {"Tilskuddsordninger", "Kunnskapsgrunnlag", "Året som gikk", "Organisasjon"}
