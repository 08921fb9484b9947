"""Goals and parameters in three more layouts: a letter's goal chapters with parameters numbered *1.1.1* over an
*Ambisjonsnivå:* line and requests under a heading a page break left without its blank line; a report's *MÅL 1*
in capitals over its title with *SP 1.1* lines and their requirement in brackets; a Nynorsk report's *Overordna
mål:* over coded *Resultatmål R1–R2* whose sections the contents name short. The documents are invented (a
library directorate and an archive centre)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2024 – Bibliotekdirektoratet

1 Innledning
Departementet viser til Prop. 1 S (2023–2024).

                                                                      Side 1 av 4
Tildelingsbrev 2024 – Bibliotekdirektoratet                          18.12.2023
3 Mål, styringsparametere og oppdrag

3.1 Mål 1 – Tilgang for alle
Alle innbyggere har tilgang til et godt bibliotektilbud.

Styringsparametere:
1.1.1 Andel kommuner med meråpent bibliotek
Ambisjonsnivå: Andelen skal være minst 70 prosent ved utgangen av 2024.
1.1.2 Antall utlån av e-bøker per innbygger
Ambisjonsnivå: Utlånet skal øke.

Departementet ber Bibliotekdirektoratet om å lage en veileder for meråpne bibliotek.
Fristen er 1. juni 2024.

                                                                      Side 2 av 4
Tildelingsbrev 2024 – Bibliotekdirektoratet                          18.12.2023
3.2 Mål 2 – God forvaltning
Bibliotekdirektoratet er et effektivt fagorgan.

Departementet ber Bibliotekdirektoratet om å gjennomgå tilskuddsregelverket.
Fristen er 1. september 2024.

                                                                      Side 3 av 4
Tildelingsbrev 2024 – Bibliotekdirektoratet                          18.12.2023
4 Budsjett
Bevilgningen framgår av tabellen.
"""

REPORT = """Årsrapport 2023 – Bibliotekdirektoratet

Del III Årets aktiviteter og resultater

──────────────────────────────────────────────────────────────────────────────
  MÅL 1
  Alle innbyggere har tilgang til et godt bibliotektilbud
──────────────────────────────────────────────────────────────────────────────

Styringsparametere i 2023:
SP 1.1 Andel kommuner med meråpent bibliotek
       (resultatkrav 2023: 65 prosent)
SP 1.2 Antall besøk i folkebibliotekene
       (ingen resultatkrav)
"""

NYNORSK = """Arkivsenteret – Årsrapport 2023

Innhald
1 Leiaren har ordet ..................................................... 2
2 Introduksjon ........................................................... 2
3 Aktivitetar og resultat ................................................ 3
  3.1 Overordna mål og resultatmål ....................................... 3
  3.2 R1 Fleire arkiv ..................................................... 3
  3.3 R2 Raskare svar ..................................................... 4

1 Leiaren har ordet
Året gjekk godt.

2 Introduksjon
Arkivsenteret er underlagt departementet.

3 Aktivitetar og resultat

3.1 Overordna mål og resultatmål
Departementet har fastsett eitt overordna mål og to resultatmål for senteret.

Overordna mål:
Alle har tilgang til arkiva som fortel historia deira.

Resultatmål:
R1   Fleire arkiv er digitalt tilgjengelege
R2   Raskare svar på innsynskrav

3.2 R1 Fleire arkiv er digitalt tilgjengelege
Vi digitaliserte 40 000 sider i 2023.

3.3 R2 Raskare svar på innsynskrav
Tenesta vart teken i bruk i mars.

Tabell 3.2 Resultat for R2
Indikator                                     2021     2022     2023    Mål 2023
Median svartid på innsynskrav (dagar)            9        8        6     under 7
"""


def test_parameters_numbered_in_three_levels_with_their_ambition_and_requests_after_a_page_break() -> None:
    entities = entities_of("bibliotek_tb_2024.txt", LETTER)
    goals = goals_by_title(entities)
    first = goals["Alle innbyggere har tilgang til et godt bibliotektilbud"]  # its sentence, not its short name
    assert link_targets(first, "measuredBy") == ["Andel kommuner med meråpent bibliotek",
                                                 "Antall utlån av e-bøker per innbygger"]
    parameter = next(e for e in entities if e.label == "Andel kommuner med meråpent bibliotek")
    assert parameter.attr("code") == "1.1.1"
    assert parameter.attr("target") == "Andelen skal være minst 70 prosent ved utgangen av 2024"
    review = next(e for e in entities if e.type == "Assignment" and "gjennomgå" in e.label)
    assert link_targets(review, "underGoal") == [goals["Bibliotekdirektoratet er et effektivt fagorgan"].label]


def test_a_goal_in_capitals_over_its_title_and_parameters_with_their_requirement_in_brackets() -> None:
    entities = entities_of("bibliotek_ar_2023.txt", REPORT)
    goal = goals_by_title(entities)["Alle innbyggere har tilgang til et godt bibliotektilbud"]
    assert goal.attr("number") == 1
    parameters = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert set(parameters) == {"Andel kommuner med meråpent bibliotek", "Antall besøk i folkebibliotekene"}
    assert parameters["Andel kommuner med meråpent bibliotek"].attr("target") == "65 prosent"
    assert parameters["Antall besøk i folkebibliotekene"].attr("target") is None
    assert sorted(link_targets(goal, "measuredBy")) == sorted(parameters)


def test_result_goals_coded_by_their_levels_initial_under_the_one_overall_goal() -> None:
    entities = entities_of("arkiv_ar_2023.txt", NYNORSK)
    goals = goals_by_title(entities)
    top = goals["Alle har tilgang til arkiva som fortel historia deira"]
    first = goals["Fleire arkiv er digitalt tilgjengelege"]
    second = goals["Raskare svar på innsynskrav"]
    assert first.attr("level") == "resultatmål" and first.attr("notation") == "R1"
    assert link_targets(first, "broader") == [top.label] and link_targets(second, "broader") == [top.label]
    indicator = next(e for e in entities if e.type == "SteeringParameter")
    assert link_targets(indicator, "measuredBy") == [second.label]  # its section, which the contents name short


TOLD = """Årsrapport 2022 – Fiskeridirektoratet for Nordvest

Del III Årets aktiviteter og resultater

VIRKSOMHETSMÅL 1: BÆREKRAFTIG FORVALTNING AV FISKERESSURSENE I
KYSTSONEN

Andelen landinger som ble kontrollert, var 10,8 prosent i 2022 (2021: 11,4 prosent).
Resultatkravet var 12 prosent. Nedgangen skyldes vakanser.

Andelen fartøy som fortsatt fisker tre år etter tilsagn, var 78 prosent i 2022
(2021: 81 prosent). Det var ikke satt resultatkrav.
"""

INDICATORS = """Årsrapport 2023 – Kystkulturrådet

Strategisk mål A – Verneverdige fartøy er sikret og satt i stand

Indikator A.1  Andel vernede fartøy med godkjent vedlikeholdsplan
               2021: 61 %   2022: 66 %   2023: 71 %   Ambisjon 2024: 80 %
Indikator A.2  Antall fartøy som har fått tilskudd til istandsetting
               2021: 55     2022: 58     2023: 64     Ambisjon: 60 per år
"""


def test_a_goal_in_capitals_with_its_title_on_its_line_and_parameters_told_in_the_paragraphs_below() -> None:
    entities = entities_of("fisk_ar_2022.txt", TOLD)
    goal = goals_by_title(entities)["Bærekraftig forvaltning av fiskeressursene i kystsonen"]
    assert goal.attr("number") == 1 and goal.attr("level") == "virksomhetsmål"
    parameters = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert set(parameters) == {"Andelen landinger som ble kontrollert",
                               "Andelen fartøy som fortsatt fisker tre år etter tilsagn"}
    checked = parameters["Andelen landinger som ble kontrollert"]
    assert checked.attr("target") == "12 prosent"
    assert sorted((r["year"], r["value"]) for r in checked.attr("results")) == [(2021, "11,4 prosent"),
                                                                                (2022, "10,8 prosent")]
    assert parameters["Andelen fartøy som fortsatt fisker tre år etter tilsagn"].attr("target") is None
    assert sorted(link_targets(goal, "measuredBy")) == sorted(parameters)


def test_indicators_coded_by_their_goals_letter_with_a_line_of_results_and_the_ambition_at_its_end() -> None:
    entities = entities_of("kyst_ar_2023.txt", INDICATORS)
    indicators = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert set(indicators) == {"A.1", "A.2"}
    first = indicators["A.1"]
    assert first.label == "Andel vernede fartøy med godkjent vedlikeholdsplan"
    assert first.attr("target") == "80 %"
    assert sorted((r["year"], r["value"]) for r in first.attr("results")) == [(2021, "61 %"), (2022, "66 %"),
                                                                              (2023, "71 %")]
