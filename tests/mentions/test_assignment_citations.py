"""An evaluation report cites the assignments of the allocation letter that ordered it by their codes: in brackets
after the task, opening a sentence ('Etter oppdrag … skal …'), or quoting the task after a colon. The texts are
invented; no name in them comes from the corpus."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

FIRST_PAGES = """

Evaluering av tilskuddsordningen for lokale badeplasser

Rapport 2025:4

Oppdragsgiver:        Friluftsdirektoratet (FRID)
Utført av:            Vestlandsanalyse
Rapportnummer:        Rapport 2025:4
Dato:                 2. juni 2025

Forord

Vestlandsanalyse har på oppdrag fra Friluftsdirektoratet evaluert tilskuddsordningen for
lokale badeplasser. FRID fikk i tildelingsbrevet for 2024 i opp-
drag å sette i gang en ekstern
evaluering av ordningen (oppdrag TB-2024-6). Etter oppdrag TB-2025-1 skal FRID sende sluttrap-
porten til departementet innen 1. september 2025.

1     Bakgrunn

Departementet ga i tildelingsbrevet for 2023 FRID oppdrag OPP 23-04:
«FRID skal kartlegge behovet for universell utforming av badeplasser», med frist 1. mars 2024.
"""

ANNUAL_REPORT = """Årsrapport 2024 – Friluftsdirektoratet

Direktoratet fikk i tildelingsbrevet for 2024 i oppdrag å sette i gang en ekstern evaluering
av tilskuddsordningen (oppdrag TB-2024-6). Evalueringen er i gang.
"""


def _assignments(found: list[Entity]) -> dict[str, Entity]:
    return {str(e.attr("code")): e for e in found if e.type == "Assignment"}


def test_an_evaluation_cites_assignments_by_their_codes_with_the_task_and_deadline() -> None:
    cited = _assignments(entities_of("badeplasser-evaluering.txt", FIRST_PAGES))
    assert set(cited) == {"TB-2024-6", "TB-2025-1", "OPP 23-04"}
    assert cited["TB-2024-6"].label == "sette i gang en ekstern evaluering av ordningen"
    assert cited["TB-2025-1"].label == "sende sluttrapporten til departementet"
    assert str(cited["TB-2025-1"].attr("deadline")) == "2025-09-01"
    assert cited["OPP 23-04"].label == "FRID skal kartlegge behovet for universell utforming av badeplasser"
    assert str(cited["OPP 23-04"].attr("deadline")) == "2024-03-01"


def test_an_annual_report_telling_an_assignment_in_passing_gives_no_assignment() -> None:
    assert _assignments(entities_of("arsrapport-2024.txt", ANNUAL_REPORT)) == {}
