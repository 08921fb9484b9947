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


AFTER_THE_LIST = """3 Årets aktiviteter og resultater

3.5 Kunnskapsgrunnlag og evalueringer
Følgende utredninger og evalueringer ble fullført eller var i gang i 2023:

• Fyrvokterne i Norge 2023 – frivillighet og økonomi (Kystforsk, 2023)
• Brukerundersøkelse Fyrportalen 2023 (Analysehuset Vest, 2023)

Pågående:
• Evaluering av Fyrskolen (Kystforsk)

Fyrvokterne i Norge 2023 følger opp Kartlegging av fyrvokterlag i Norge
(Kystforsk, 2021) og viser at færre lag har svak økonomi.
"""


def test_an_item_closed_by_its_bracket_ends_at_the_paragraph_after_it_and_a_listed_publisher_in_brackets() -> None:
    reports = {e.label: e for e in entities_of("rapport.txt", AFTER_THE_LIST) if e.type in ("Report", "Evaluation")}
    assert set(reports) == {"Fyrvokterne i Norge 2023 – frivillighet og økonomi", "Brukerundersøkelse Fyrportalen 2023",
                            "Evaluering av Fyrskolen", "Kartlegging av fyrvokterlag i Norge"}
    ongoing = reports["Evaluering av Fyrskolen"]
    assert ongoing.attr("status") == "ongoing"
    assert {link.target_label for link in ongoing.links if link.predicate == "publisher"} == {"Kystforsk"}
    assert reports["Kartlegging av fyrvokterlag i Norge"].attr("year") == 2021


TITLE_THEN_PUBLISHER = """3 Årets aktiviteter og resultater

3.1 Evalueringer og forskning

Kunnskapsgrunnlaget ble i 2024 styrket gjennom følgende rapporter:

• Evaluering av kampanjen «Rydd i fjæra». Kystanalyse (2024)
• Kartlegging av marint søppel i nord. Norsk institutt for hav- og
  kystforskning (NIHK) (2023)

Pågående:
• Følgeevaluering av strandryddeprogrammet. Vestlandsanalyse AS

Kartleggingen fra NIHK ble brukt i planleggingen av kampanjen.
"""


def test_items_with_the_publisher_after_the_title_keep_it_out_of_the_title_also_without_a_year() -> None:
    entities = entities_of("kyst_ar_2024.txt", TITLE_THEN_PUBLISHER)
    reports = {e.label: e for e in entities if e.type in ("Report", "Evaluation")}
    assert set(reports) == {"Evaluering av kampanjen «Rydd i fjæra»", "Kartlegging av marint søppel i nord",
                            "Følgeevaluering av strandryddeprogrammet"}

    def publisher(label: str) -> set[str]:
        return {link.target_label for link in reports[label].links if link.predicate == "publisher"}

    assert publisher("Evaluering av kampanjen «Rydd i fjæra»") == {"Kystanalyse"}
    assert publisher("Kartlegging av marint søppel i nord") == {"Norsk institutt for hav- og kystforskning"}
    assert publisher("Følgeevaluering av strandryddeprogrammet") == {"Vestlandsanalyse"}
    assert reports["Følgeevaluering av strandryddeprogrammet"].attr("status") == "ongoing"


TAGGED = """3  ÅRETS AKTIVITETER OG RESULTATER
3.1  Brukergruppe 2: Innbyggerne
Brukermål 2: Innbyggerne opplever bibliotekene som åpne møteplasser

Delmål B – Bibliotekansatte får relevant etter- og videreutdanning

3.2  Utredninger og evalueringer
Ferdigstilte
   • Bibliotekbruk i Norge 2024. Statistisk sentralbyrå (2024). Brukermål 2.
   • Evaluering av Bibliotekløftet 2021–2023. Kultur & Analyse AS (2024). Delmål B.
Under arbeid
   • Meråpne bibliotek og sosial inkludering. Høgskolen i Vestfjord (under arbeid).
     Delmål B.

4  STYRING OG KONTROLL
Det er ikke avdekket vesentlige feil i 2024.
"""


def test_items_closed_by_the_goal_they_serve_and_a_status_heading_run_onto_the_item_above() -> None:
    entities = entities_of("k.txt", TAGGED)
    reports = {e.label: e for e in entities if e.type in ("Report", "Evaluation")}
    assert set(reports) == {"Bibliotekbruk i Norge 2024", "Evaluering av Bibliotekløftet 2021–2023",
                            "Meråpne bibliotek og sosial inkludering"}
    goals = {k: [link.target_label.split(":")[0] for link in e.links if link.predicate == "aboutGoal"]
             for k, e in reports.items()}
    assert goals == {"Bibliotekbruk i Norge 2024": ["Brukermål 2"],
                     "Evaluering av Bibliotekløftet 2021–2023": ["Delmål B"],
                     "Meråpne bibliotek og sosial inkludering": ["Delmål B"]}
    assert reports["Meråpne bibliotek og sosial inkludering"].attr("status") == "ongoing"
