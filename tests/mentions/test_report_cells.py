"""Report tables torn one cell per line: a year-or-status column, work in progress described in its cell, goals
named by their codes. The text is invented."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

REPORT = """Årsrapport 2023 – Fjordnæringsetaten

3 Aktiviteter og resultater

3.1 Område A – Rekruttering
Effektmål A1: Flere unge velger arbeid i fjordnæringene
Søkningen økte igjen i 2023.

Effektmål A2: Bedriftene har tilgang på fagfolk
Flere bedrifter fikk lærlinger.

3.2 FoU og evalueringer
Tabellen viser kunnskapsprosjekter som etaten har finansiert, og hvilket effektmål de knytter seg til.
Tabell 3.8 FoU-prosjekter og evalueringer
Tittel
Utført av
År / status
Effektmål
Evaluering av rekrutteringsprogrammet Fjordveien
Vestvik Analyse AS
Pågående, sluttrapport juni 2024
A1
Kompetansebehov i fjordnæringene
Fjordnæringsetaten
2023
A2

3.3 Rapportering på oppdrag
"""


def test_a_year_or_status_column_work_in_progress_described_and_goals_by_their_codes() -> None:
    entities = entities_of("r.txt", REPORT)
    found = {e.label: e for e in entities if e.type in ("Report", "Evaluation")}
    assert {label: (e.attr("publisher"), e.attr("year"), e.attr("status")) for label, e in found.items()} == {
        "Evaluering av rekrutteringsprogrammet Fjordveien": (("Vestvik Analyse AS",), None, "ongoing"),
        "Kompetansebehov i fjordnæringene": (("Fjordnæringsetaten",), 2023, "published")}
    reached = {label: sorted(link.target_label[:12] for link in e.links if link.predicate == "aboutGoal")
               for label, e in found.items()}
    assert reached == {"Evaluering av rekrutteringsprogrammet Fjordveien": ["Effektmål A1"],
                       "Kompetansebehov i fjordnæringene": ["Effektmål A2"]}
