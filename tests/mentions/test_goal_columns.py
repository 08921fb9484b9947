"""A letter's goals and steering parameters in one fixed-width table over a page break. The text is invented (a
museum agency) and set as extracted PDF text."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """2 Mål, styringsparametere og ambisjonsnivå for 2025
Departementet fastsetter følgende mål for senteret i 2025.

Tabell 1 Mål, styringsparametere og ambisjonsnivå 2025

Mål                          Styringsparameter                              Ambisjon 2025
1 Flere besøker              SP 1.1 Antall besøkende i regionmuseene        Minst 400 000
museene i egen region
                             SP 1.2 Andel kommuner som har hatt besøk av    60 prosent
                             vandreutstil-
                             lingen siste to år
2 Samlingene er digitalt     SP 2.1 Andel gjenstander som er digitalisert   –
tilgjengelige

Tabell 1 (forts.)
Mål                          Styringsparameter                              Ambisjon 2025
3 God forvaltning av         SP 3.1 Gjennomsnittlig saksbehandlingstid      Maksimalt 6 uker
samlinger og bygg            for søknader om tilskudd

Styringsparameteren om antall skolebesøk, som hørte til tidligere mål 1, utgår fra 2025 og skal ikke rapporteres.
"""


def test_goals_and_parameters_of_a_fixed_width_goal_table_with_their_targets_and_links() -> None:
    entities = entities_of("l.txt", LETTER)
    goals = {e.attr("number"): e for e in entities if e.type == "Goal"}
    assert {n: g.attr("title") for n, g in goals.items()} == {
        1: "Flere besøker museene i egen region", 2: "Samlingene er digitalt tilgjengelige",
        3: "God forvaltning av samlinger og bygg"}
    params = {e.attr("code"): e for e in entities if e.type == "SteeringParameter"}
    assert sorted(params) == ["SP 1.1", "SP 1.2", "SP 2.1", "SP 3.1"]  # the removed one in prose is none
    assert params["SP 1.2"].label == "Andel kommuner som har hatt besøk av vandreutstillingen siste to år"
    assert params["SP 1.2"].attr("target") == "60 prosent" and params["SP 2.1"].attr("target") is None
    assert {link.target for link in params["SP 3.1"].links if link.predicate == "measuredBy"} == {goals[3].iri}
    assert {link.target for link in params["SP 1.2"].links if link.predicate == "measuredBy"} == {goals[1].iri}


def test_a_report_table_of_goals_and_uncoded_indicators_with_result_columns_and_ruled_rows() -> None:
    text = ("3 Resultater\n\nTabell 3.1 Mål, indikatorer og resultater\n\n"
            "Mål                      Indikator                              Resultat   Resultat   Resultatmål\n"
            "                                                                  2021       2020       2021\n"
            "-----------------------------------------------------------------------------------------------\n"
            "Mål 1: Flere tar          Andel fyr som er åpne for publikum       51 %       49 %       52 %\n"
            "fyrbåten til fyrene      minst 100 dager i året\n"
            "                         Antall kommuner med fyrplan              118        104        120\n"
            "-----------------------------------------------------------------------------------------------\n"
            "Mål 2: Fyrene er godt    Antall fyr med tilstandsrapport          61         68         færre\n"
            "vedlikeholdt                                                                              enn 65\n"
            "-----------------------------------------------------------------------------------------------\n"
            "                                                                                          5\n\n"
            "3.2 Mål 1\nAndelen fyr som er åpne for publikum økte.\n")
    found = entities_of("rapport.txt", text)
    goals = {e.attr("number"): e.attr("title") for e in found if e.type == "Goal"}
    assert goals == {1: "Flere tar fyrbåten til fyrene", 2: "Fyrene er godt vedlikeholdt"}
    params = {e.label: (e.attr("target"), {link.target_label.split(":")[0] for link in e.links
                                           if link.predicate == "measuredBy"}) for e in found if e.type == "SteeringParameter"}
    assert params == {"Andel fyr som er åpne for publikum minst 100 dager i året": ("52 %", {"Mål 1"}),
                      "Antall kommuner med fyrplan": ("120", {"Mål 1"}),
                      "Antall fyr med tilstandsrapport": ("færre enn 65", {"Mål 2"})}


def test_a_letters_goal_table_with_a_number_column_and_its_header_again_after_a_page_break() -> None:
    text = ("Kystdepartementet\n\nTildelingsbrev 2022 – Fyrsenteret\n\n3 Mål og styringsparametere\n\n"
            "Tabell 3 Mål og styringsparametere for 2022\n"
            "Mål                          Nr.   Styringsparameter                           Resultatmål\n"
            "                                                                                   2022\n"
            "------------------------------------------------------------------------------------------\n"
            "Mål 1 Flere besøker fyrene   1.1   Andel fyr som er åpne for publikum          53 %\n"
            "langs kysten                       minst 100 dager\n"
            "                             1.2   Antall kommuner med fyrplan                 130\n"
            "------------------------------------------------------------------------------------------\n"
            "Tabell 3 (forts.)\n"
            "Mål                          Nr.   Styringsparameter                           Resultatmål\n"
            "                                                                                   2022\n"
            "------------------------------------------------------------------------------------------\n"
            "Mål 2 Fyrene er godt         2.1   Antall fyr med tilstandsrapport             færre enn 60\n"
            "vedlikeholdt\n"
            "------------------------------------------------------------------------------------------\n\n"
            "4 Oppdrag\n")
    found = entities_of("brev.txt", text)
    assert {e.attr("number"): e.attr("title") for e in found if e.type == "Goal"} == {
        1: "Flere besøker fyrene langs kysten", 2: "Fyrene er godt vedlikeholdt"}
    assert {e.attr("code"): (e.label, e.attr("target")) for e in found if e.type == "SteeringParameter"} == {
        "1.1": ("Andel fyr som er åpne for publikum minst 100 dager", "53 %"),
        "1.2": ("Antall kommuner med fyrplan", "130"),
        "2.1": ("Antall fyr med tilstandsrapport", "færre enn 60")}
