"""Steering parameters listed after a lead-in on judging goal attainment ('Vi vil vurdere måloppnåelsen ut
fra:'), targets in brackets at an item's end. The letter is invented (a road-safety agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """Samferdselsdepartementet

Deres ref          Vår ref           Dato
                   24/100            15.12.2024

TILDELINGSBREV 2025 – STATENS TRAFIKKSENTER

2 MÅL FOR 2025

Mål 1 Færre blir drept eller hardt skadd i trafikken
Senteret skal bidra med kunnskap og kampanjer. Departementet vil vurdere måloppnåelsen ut fra:
  –  antall skoler som har tatt i bruk opplegget for
     trafikkopplæring (ambisjon 2025: minst 400)
  –  andel bilførere som kjenner kampanjen Se deg for

Mål 2 Trafikantene har tilgang til oppdatert informasjon
Måloppnåelsen vurderes ut fra:
  –  tid fra hendelse til varsel i appen (resultatmål: høyst 10 minutter)

3 OPPDRAG
Ingen nye oppdrag.
"""


def test_listed_items_are_parameters_of_the_goal_above_with_their_bracketed_targets() -> None:
    found = [e for e in entities_of("brev.txt", LETTER) if e.type == "SteeringParameter"]
    by_label = {e.label: e for e in found}
    assert {label: e.attr("target") for label, e in by_label.items()} == {
        "antall skoler som har tatt i bruk opplegget for trafikkopplæring": "minst 400",
        "andel bilførere som kjenner kampanjen Se deg for": None,
        "tid fra hendelse til varsel i appen": "høyst 10 minutter"}
    goal = {link.target_label for link in by_label["tid fra hendelse til varsel i appen"].links
            if link.predicate == "measuredBy"}
    assert goal == {"Mål 2: Trafikantene har tilgang til oppdatert informasjon"}


def test_result_bullets_with_the_year_before_and_the_target_in_brackets() -> None:
    text = ("Årsrapport 2023\n\n3.2.1 Delmål 1.1 – Kommunene har oppdaterte og øvde fyrplaner\n"
            "Måloppnåelse: Delvis nådd\n"
            "•  Andel kommuner som har øvd fyrplanen sin de siste to årene: 78 prosent\n"
            "   (2022: 71 prosent; resultatkrav 85 prosent)\n"
            "•  Antall kommuner som har fått veiledning fra senteret: 104 (resultatkrav 100)\n"
            "Flere kommuner øvde i 2023 enn året før.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type == "SteeringParameter"}
    share = found["Andel kommuner som har øvd fyrplanen sin de siste to årene"]
    assert share.attr("target") == "85 prosent"
    assert sorted((r["year"], r["value"]) for r in share.attr("results")) == [(2022, "71 prosent"), (2023, "78 prosent")]
    assert found["Antall kommuner som har fått veiledning fra senteret"].attr("target") == "100"
