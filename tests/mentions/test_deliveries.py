"""A report its own document says answers an assignment's code. The text is invented (a harbour agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

TEXT = """Mål 1: Havnene er trygge.

Direktoratet har utviklet en indikator for bruk av småbåthavner. Indikatoren er beskrevet i et metodenotat og
ble levert 1. desember 2025 som svar på oppdrag H-25-03. Oppdrag H-25-04 er rapportert i kapittel 3.

Kunnskapsgrunnlag
 •  Havnebruk. Et metodenotat om en ny indikator. Havneanalyse (2025)
 •  Fyr og fyrvoktere. Kystmuseet (2025)
"""


def test_the_report_named_by_the_citing_sentence_carries_the_code_it_answers() -> None:
    reports = {e.label: e for e in entities_of("rapport.txt", TEXT) if e.type == "Report"}
    assert reports["Havnebruk. Et metodenotat om en ny indikator"].attr("answers") == ("H-25-03",)
    assert reports["Fyr og fyrvoktere"].attr("answers") is None
