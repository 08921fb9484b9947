"""A knowledge-base section whose first lines tell what was done before its list of reports."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

SECTION = """3 Årets aktiviteter og resultater

3.5 Kunnskapsgrunnlag og evalueringer
Evalueringen av Lærlingløftet (O-1) ble gjennomført av Nordvik Analyse. Følgeevalueringen av
Verkstedprogrammet gjennomføres av Fjordforsk AS.

Fullført i 2024:
•  Et løft for lærlingene? Evaluering av Lærlingløftet (Nordvik Analyse, 2024)

Pågående:
•  Følgeevaluering av Verkstedprogrammet (Fjordforsk) (pågående)
"""


def test_an_opening_line_telling_what_was_done_is_no_report_and_a_bracketed_publisher_is_read() -> None:
    entities = entities_of("rapport.txt", SECTION)
    reports = {e.label: e for e in entities if e.type in ("Report", "Evaluation")}
    assert set(reports) == {"Et løft for lærlingene? Evaluering av Lærlingløftet",
                            "Følgeevaluering av Verkstedprogrammet"}
    ongoing = reports["Følgeevaluering av Verkstedprogrammet"]
    assert ongoing.attr("status") == "ongoing"
    assert {link.target_label for link in ongoing.links if link.predicate == "publisher"} == {"Fjordforsk"}
