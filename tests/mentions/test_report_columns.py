"""Report tables printed in fixed-width columns ('Tittel | Utført av | År | Status'), grouped under goal rows,
titles and publishers wrapped, work in progress by its status, footnotes below the table. The text is invented."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

TABLE = """3.7 Evalueringer og kunnskapsgrunnlag

Tabell 3.3 Evalueringer og kunnskapsgrunnlag, ordnet etter mål
Tittel                                    Utført av                 År     Status
-----------------------------------------------------------------------------------------
Mål 1
Sluttevaluering av Fyrbyprogrammet        Analysehuset Brekke AS    2021   Ferdig
2017–2020
Mål 2
Evaluering av Tilskudd til fyrbåter i     Institutt for distrikt    –      Pågående,
distriktene¹                              og kyst (IDK)                    ferdig 2022
Fyrvakter i små kommuner. En kartlegging  Fyrsenteret               2021   Ferdig
-----------------------------------------------------------------------------------------
¹ Evalueringen er bestilt av departementet.
"""


def test_rows_with_wrapped_titles_and_publishers_their_status_and_no_footnote() -> None:
    found = {e.label: e for e in entities_of("r.txt", TABLE) if e.type in ("Report", "Evaluation")}
    assert {label: (e.attr("publisher"), e.attr("year"), e.attr("status")) for label, e in found.items()} == {
        "Sluttevaluering av Fyrbyprogrammet 2017–2020": (("Analysehuset Brekke AS",), 2021, "published"),
        "Evaluering av Tilskudd til fyrbåter i distriktene": (("Institutt for distrikt og kyst",), None, "ongoing"),
        "Fyrvakter i små kommuner. En kartlegging": (("Fyrsenteret",), 2021, "published")}
