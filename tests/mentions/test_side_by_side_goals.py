"""Goals, parameters and assignments in four more layouts: a letter's goals and parameters side by side in a table
without a target column, the targets listed after it by code, its assignment table torn one cell per line with
rows numbered before their text; a Nynorsk report's parameter tables with the target column before the years;
another agency's indicators coded by their result goal and a letter (*1.1a*); and the one societal goal stated
after a colon or as a noun phrase. The documents are invented (a library directorate and a reading centre)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2025 – Bibliotekdirektoratet

3  Mål og styringsparametere
BDs samfunnsmål er:

   Et levende bibliotektilbud der alle kan låne, lese og lære.

Samfunnsmålet er konkretisert i to virksomhetsmål.

Tabell 1 Virksomhetsmål og styringsparametere 2025
Virksomhetsmål                                Styringsparametere
1  Flere bruker bibliotekene                  1.1 Andel av befolkningen som har besøkt
                                                  et bibliotek siste 12 måneder
                                              1.2 Antall kommuner med meråpent
                                                  bibliotek
2  En effektiv og brukerrettet forvaltning    2.1 Gjennomsnittlig saksbehandlingstid
                                                  for tilskuddssøknader (dager)

Departementet har fastsatt følgende ambisjonsnivå for 2025:
–  1.1: minst 55 prosent
–  2.1: under 40 dager

For 1.2 er det ikke fastsatt ambisjonsnivå.

4  Oppdrag

Tabell 2 Oppdrag 2025
Oppdrag
Frist
Rapportering
Virksomhetsmål 1 Flere bruker bibliotekene
1. BD skal utarbeide en plan for hvordan meråpne bibliotek kan nå alle kommuner med lav
besøksandel innen 2028.
1.6.2025
Eget notat til departementet
Virksomhetsmål 2 En effektiv og brukerrettet forvaltning
2. BD skal utrede et forenklet søknadsskjema for små tilskudd.
15.9.2025
Årsrapport 2025
Øvrige oppdrag
3. BD skal levere faglige innspill til ny bibliotekstrategi.
1.10.2025
Etter nærmere avtale

5  Budsjett
"""

REPORT = """Bibliotekdirektoratet – Årsrapport 2024

3  Årets aktivitetar og resultat
Samfunnsmålet for BD er eit levande bibliotektilbod der alle kan låne, lese og lære.

3.1  Verksemdsmål 1: Fleire brukar biblioteka

Tabell 2 Styringsparametrar for verksemdsmål 1
Styringsparameter                      Resultatkrav 2024     2022      2023      2024
S 1.1 Del av befolkninga som har besøkt eit bibliotek siste 12 månader
                                       Minst 50 %            48 %      51 %      53 %
S 1.2 Talet på kommunar med meråpent bibliotek
                                       –                      180       204       231

Besøket auka i alle fylke.
"""

OTHER = """Lesesenteret – Årsrapport 2024

III  Årets aktiviteter og resultater
Strategisk mål 1: Flere barn leser på fritiden
Resultatmål 1.1: Skolebibliotekene når alle elever
Resultatmål 1.2: Foreldre leser for barna sine

Tabell 1 Indikatorer for strategisk mål 1
Indikator                                              2022     2023     2024   Ambisjon 2024
1.1a Andel skoler med bemannet skolebibliotek           61 %     64 %     68 %   70 %
1.2a Antall deltakere på lesekurs for foreldre          640      815      902   800

Lesekursene ble holdt i 63 kommuner.
"""


def test_goals_beside_their_parameters_take_the_targets_listed_after_the_table_by_code() -> None:
    entities = entities_of("brev.txt", LETTER)
    goals = goals_by_title(entities)
    params = {e.attr("code"): e for e in entities if e.type == "SteeringParameter"}
    assert sorted(params) == ["1.1", "1.2", "2.1"]
    assert params["1.1"].label == "Andel av befolkningen som har besøkt et bibliotek siste 12 måneder"
    assert (params["1.1"].attr("target"), params["1.2"].attr("target"), params["2.1"].attr("target")) == (
        "minst 55 prosent", None, "under 40 dager")
    assert link_targets(params["2.1"], "measuredBy") == [goals["En effektiv og brukerrettet forvaltning"].label]
    # the one societal goal, stated after a colon on a line of its own
    assert "Et levende bibliotektilbud der alle kan låne, lese og lære" in goals


def test_a_torn_assignment_table_whose_rows_open_with_their_number_before_the_text() -> None:
    entities = entities_of("brev.txt", LETTER)
    goals = goals_by_title(entities)
    tasks = {e.attr("code"): e for e in entities if e.type == "Assignment"}
    assert sorted(tasks) == ["1", "2", "3"]
    assert str(tasks["1"].label).startswith("BD skal utarbeide en plan for hvordan meråpne bibliotek")
    assert [link.target for link in tasks["2"].links if link.predicate == "underGoal"] == [
        goals["En effektiv og brukerrettet forvaltning"].iri]
    assert [link.target for link in tasks["3"].links if link.predicate == "underGoal"] == []


def test_a_parameter_table_with_the_target_before_the_years_and_each_row_opened_by_its_code() -> None:
    entities = entities_of("rapport.txt", REPORT)
    params = {e.attr("code"): e for e in entities if e.type == "SteeringParameter"}
    assert sorted(params) == ["S 1.1", "S 1.2"]
    assert params["S 1.1"].label == "Del av befolkninga som har besøkt eit bibliotek siste 12 månader"
    assert params["S 1.1"].attr("target") == "Minst 50 %"
    # the societal goal as a noun phrase after 'er'
    assert "eit levande bibliotektilbod der alle kan låne, lese og lære" in goals_by_title(entities)


def test_an_indicator_coded_by_its_result_goal_and_a_letter_measures_that_result_goal() -> None:
    entities = entities_of("annen.txt", OTHER)
    goals = goals_by_title(entities)
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert link_targets(params["Andel skoler med bemannet skolebibliotek"], "measuredBy") == [
        goals["Skolebibliotekene når alle elever"].label]
    assert link_targets(params["Antall deltakere på lesekurs for foreldre"], "measuredBy") == [
        goals["Foreldre leser for barna sine"].label]


STRATEGIC = """Lesesenteret – Årsrapport 2024

III  Årets aktiviteter og resultater
Strategisk mål 1: Flere barn leser på fritiden
Resultatmål 1.1: Skolebibliotekene når alle elever

Lesekursene ble holdt i 63 kommuner.

Kunnskapsgrunnlag
Lesesenteret (2024): Skolebibliotek i kommunene 2024. Kartlegging

Lesesenteret årsrapport 2024                                                     2
Strategisk mål 2: Flere voksne leser skjønnlitteratur
Resultatmål 2.1: Lesesirklene når nye lesere

Kunnskapsgrunnlag
Pågående: Senter for leseanalyse: Effektevaluering av Tilskudd til lesesirkler
for voksne (sluttrapport ventes i 2025)

Tilskuddsforvaltning
Senteret forvalter to tilskuddsordninger. Tilskudd til skolebibliotek skal bidra til
resultatmål 1.1, og Tilskudd til lesesirkler for voksne skal bidra til resultatmål 2.1.

Tabell 3 Tilskuddsordninger 2024
Ordning                                 År    Søknader   Innvilget   Beløp (1000 kr)
Tilskudd til skolebibliotek             2024       214         176            14 820
Tilskudd til lesesirkler for voksne     2024       602         318            41 300

Rapportering på oppdrag i tildelingsbrevet
Oppdrag 2024-2: Greie ut en ordning for felles innkjøp av bøker til skolebibliotek
   (resultatmål 1.1). Frist: 1. september 2024. Status: Levert 28. august 2024.
Oppdrag 2024-6: Rapportere på saksbehandlingstid for tilskuddsordningene per tertial
   (strategisk mål 2). Frist: Tertialvis. Status: Rapportert i tertialrapportene.
"""


def test_a_knowledge_list_ends_at_the_next_goal_and_a_status_before_an_entry_makes_it_ongoing() -> None:
    entities = entities_of("annen.txt", STRATEGIC)
    found = {e.label: e for e in entities if e.type in ("Report", "Evaluation")}
    assert sorted(found) == ["Effektevaluering av Tilskudd til lesesirkler for voksne",
                             "Skolebibliotek i kommunene 2024. Kartlegging"]
    assert found["Effektevaluering av Tilskudd til lesesirkler for voksne"].attr("status") == "ongoing"
    assert found["Effektevaluering av Tilskudd til lesesirkler for voksne"].attr("publisher") == (
        "Senter for leseanalyse",)


def test_a_scheme_takes_the_result_goal_its_sentence_names_over_the_section_its_table_stands_in() -> None:
    entities = entities_of("annen.txt", STRATEGIC)
    goals = goals_by_title(entities)
    schemes = {e.label: e for e in entities if e.type == "GrantScheme"}
    assert link_targets(schemes["Tilskudd til skolebibliotek"], "supportsGoal") == [
        goals["Skolebibliotekene når alle elever"].label]
    assert link_targets(schemes["Tilskudd til lesesirkler for voksne"], "supportsGoal") == [
        goals["Lesesirklene når nye lesere"].label]


def test_an_assignment_tagged_with_a_goal_of_a_level_outside_the_numbered_series() -> None:
    entities = entities_of("annen.txt", STRATEGIC)
    goals = goals_by_title(entities)
    tasks = {e.attr("code"): e for e in entities if e.type == "Assignment"}
    assert link_targets(tasks["2024-2"], "underGoal") == [goals["Skolebibliotekene når alle elever"].label]
    assert link_targets(tasks["2024-6"], "underGoal") == [goals["Flere voksne leser skjønnlitteratur"].label]


BOARD = """Lesesenteret – Årsrapport 2024

3.1 Mål og resultater
Hovedmål 1  Flere barn og unge leser
  Delmål 1.1  Skolen og biblioteket samarbeider om lesing
Hovedmål 2  Folkebibliotekene er åpne møteplasser

Tabell 1 Mål- og resultattavle 2024
Mål   Kode   Styringsparameter                 Ambisjon    Resultat   Resultat   Vurde-
                                               2024        2023       2024       ring
1.1   P-01   Andel kommuner med skriftlig      70 %        58 %       66 %       Delvis
             samarbeidsavtale mellom skole                                       nådd
             og bibliotek
2     P-02   Besøk i folkebibliotekene per     Minst 5,0   4,7        5,1        Nådd
             innbygger

Besøket økte i alle fylker.
"""

COMMENTED = """Tildelingsbrev 2025 – Lesesenteret

3.2 Flere leser
Styringsparameter                       Resultatmål 2025     Kommentar
Andel av befolkningen som har           Økning fra 2024      Måles i Lese-
lest en bok siste                                            barometeret.
12 måneder
Andel tilskuddsmottakere under          Minst 60 prosent     Rapporteres fra
Lesemidler for frivilligheten som                            mottakernes slutt-
når nye lesere                                                rapporter.

4 Oppdrag
"""


def test_a_goal_and_result_board_whose_goal_column_names_sub_goals_and_whose_header_wraps_a_word() -> None:
    entities = entities_of("rapport.txt", BOARD)
    goals = goals_by_title(entities)
    params = {e.attr("code"): e for e in entities if e.type == "SteeringParameter"}
    assert sorted(params) == ["P-01", "P-02"]
    assert params["P-01"].label == "Andel kommuner med skriftlig samarbeidsavtale mellom skole og bibliotek"
    assert params["P-01"].attr("target") == "70 %"
    assert link_targets(params["P-01"], "measuredBy") == [goals["Skolen og biblioteket samarbeider om lesing"].label]


def test_uncoded_rows_beside_a_comment_column_wrap_over_numbers_and_names_in_capitals() -> None:
    params = {e.label: e for e in entities_of("brev.txt", COMMENTED) if e.type == "SteeringParameter"}
    assert sorted(params) == ["Andel av befolkningen som har lest en bok siste 12 måneder",
                              "Andel tilskuddsmottakere under Lesemidler for frivilligheten som når nye lesere"]
    assert params["Andel av befolkningen som har lest en bok siste 12 måneder"].attr("target") == "Økning fra 2024"
