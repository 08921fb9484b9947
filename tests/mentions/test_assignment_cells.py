"""Assignment tables torn one cell per line ('Nr. / Oppdrag / Frist / Mål'), a text cell broken by a page
break, deadlines as dates or words, and a list of earlier years' finished assignments. The letter is invented
(a museum agency)."""

from __future__ import annotations

from kg.mentions.assignment_cells import header_at, table_rows
from kg.mentions.printed import PrintedLine
from tests.mentions.pipeline import entities_of

FOOTER = "Kulturdepartementet                    Tildelingsbrev 2025 – Museumsetaten\n                Side {n} av 3\n"
LETTER = ("""Kulturdepartementet

Tildelingsbrev 2025 – Museumsetaten

3 Oppdrag
Tabell 2 Oppdrag 2025
Nr.
Oppdrag
Frist
Mål
ME-1
Museumsetaten skal kartlegge
magasinene i regionene.
1. mars 2025
1
ME-2
Museumsetaten skal sørge for en ekstern
evaluering av Tilskudd til formidling i
museene.
01.11.2025
2
ME-3
Museumsetaten skal utarbeide en vei-
""" + FOOTER.format(n=1) + "\fKulturdepartementet\n" + """leder for digital registrering.
Løpende
–

Oppdrag fra tidligere år
Følgende oppdrag fra 2024 er sluttført og videreføres ikke:
  –  ME-2024-4 Kartlegge bruken av frivillige i museene (levert 1. mai 2024)
""" + FOOTER.format(n=2) + "\fKulturdepartementet\n4 Budsjett\nIngen endringer.\n" + FOOTER.format(n=3))


def test_coded_rows_with_deadline_and_goal_cells() -> None:
    found = {e.attr("code"): e for e in entities_of("brev.txt", LETTER) if e.type == "Assignment"}
    assert set(found) == {"ME-1", "ME-2", "ME-3"}  # the finished assignment of 2024 is none
    assert found["ME-3"].label == "Museumsetaten skal utarbeide en veileder for digital registrering."
    assert {c: (e.attr("deadline"), e.attr("deadline_text")) for c, e in found.items()} == {
        "ME-1": ("2025-03-01", "1. mars 2025"), "ME-2": ("2025-11-01", "01.11.2025"), "ME-3": (None, "Løpende")}
    assert {c: e.attr("goal_number") for c, e in found.items()} == {"ME-1": "1", "ME-2": "2", "ME-3": None}
    assert found["ME-2"].attr("evaluates") == "Tilskudd til formidling i museene"


def _lines(text: str) -> list[PrintedLine]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(PrintedLine(pos, raw))
        pos += len(raw) + 1
    return out


def test_the_goal_column_may_stand_before_the_deadline() -> None:
    lines = _lines("Nr.\nOppdrag\nMål\nFrist\n7\nEtaten skal lage en plan.\n2\nI årsrapporten\n8\n"
                   "Etaten skal rapportere\nom bruken.\n–\n15. juni\n\nTekst etter tabellen.")
    header = header_at(lines, 0)
    assert header == (["goal", "due"], 4)
    rows, end = table_rows(lines, 4, header[0], 2025)
    assert [(r.code, r.goal, r.due.date if r.due else None, r.due.text if r.due else None) for r in rows] == [
        ("7", "2", None, "I årsrapporten"), ("8", None, "2025-06-15", "15. juni")]
    assert lines[end].text == ""


def test_a_deadline_cell_may_name_what_is_due_before_its_date() -> None:
    lines = _lines("Kode\nOppdrag\nMål\nFrist\nME-4\nEtaten skal sørge for en evaluering.\n2\nSluttrapport\n"
                   "1. desember 2025\nME-5\nEtaten skal rapportere om besøket.\n3\nTertialvis\n\nTekst.")
    header = header_at(lines, 0)
    assert header is not None
    rows, _ = table_rows(lines, header[1], header[0], 2025)
    assert [(r.code, r.goal, r.due.date if r.due else None) for r in rows] == [
        ("ME-4", "2", "2025-12-01"), ("ME-5", "3", None)]


def test_group_rows_with_the_goals_title_and_a_row_kept_for_the_record_that_is_done() -> None:
    lines = _lines("Nr.\nOppdrag\nFrist\nRapportering\nHovedmål 1 Fjellbeitene er sikret for framtidige generasjoner\n"
                   "2025-01\nEtaten skal lage en veileder om beitevern.\n1. juni 2025\nEgen leveranse\n"
                   "Hovedmål 2 Økt verdiskaping i fjellbygdene\n2025-02\nEtaten skal gi innspill til en strategi.\n"
                   "løpende\nEtter avtale\n2023-05\nKartlegge eierskifter på fjellgårder.\nVidereført fra 2023, "
                   "avsluttet.\n–\nLevert 2024\n\nTekst etter tabellen.")
    header = header_at(lines, 0)
    assert header is not None
    rows, _ = table_rows(lines, header[1], header[0], 2025)
    assert [(r.code, r.goal) for r in rows] == [("2025-01", "1"), ("2025-02", "2")]
