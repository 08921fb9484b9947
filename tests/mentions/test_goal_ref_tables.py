"""A letter's parameter table whose goal column only names goals stated above it, torn one cell per line or not."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

LETTER = """2 Mål for 2025

Effektmål 1: Flere eldre bor trygt i egen bolig
   Brukermål 1.1: Kommunene opplever at veiledningen om boligtilpasning er nyttig
Effektmål 2: Boligtilskudd når de som trenger det mest

Tilskuddet til tilpasning skal bidra til effektmål 2, om det når de med lavest inntekt, og om
forvaltningen er effektiv.

3 Styringsparametere og resultatmål

Tabell 1 Styringsparametere 2025

Mål              Styringsparameter                                  Resultatmål 2025
Effektmål 1
Andel eldre (over 80 år) som bor i tilrettelagt
bolig med tilskudd
Minst 40 prosent
Effektmål 1      Antall kommuner som bruker Boligsjekken             Minst 90 kommuner
Brukermål 1.1
Andel kommuner som er fornøyde med
veiledningen
Økning fra 2024
Effektmål 2      Andel tilsagn til husstander med lav
                 inntekt                                            Minst 70 prosent

Resultatmålene er satt ut fra resultatene i 2024.
"""


def _entities() -> list[Entity]:
    return entities_of("brev.txt", LETTER)


def test_each_row_measures_the_goal_its_goal_cell_names_with_its_target_last() -> None:
    found = {e.label: e for e in _entities() if e.type == "SteeringParameter"}
    assert set(found) == {"Andel eldre (over 80 år) som bor i tilrettelagt bolig med tilskudd",
                          "Antall kommuner som bruker Boligsjekken", "Andel kommuner som er fornøyde med veiledningen",
                          "Andel tilsagn til husstander med lav inntekt"}
    goals = {label: {str(link.target_label) for link in e.links if link.predicate == "measuredBy"}
             for label, e in found.items()}
    assert goals["Antall kommuner som bruker Boligsjekken"] == {"Effektmål 1: Flere eldre bor trygt i egen bolig"}
    assert goals["Andel kommuner som er fornøyde med veiledningen"] == {
        "Brukermål 1.1: Kommunene opplever at veiledningen om boligtilpasning er nyttig"}
    assert found["Andel tilsagn til husstander med lav inntekt"].attr("target") == "Minst 70 prosent"
    assert found["Andel kommuner som er fornøyde med veiledningen"].attr("target") == "Økning fra 2024"


def test_the_goal_cells_and_a_question_after_a_goals_name_state_no_goal() -> None:
    goals = {e.label: e for e in _entities() if e.type == "Goal"}
    assert set(goals) == {"Effektmål 1: Flere eldre bor trygt i egen bolig",
                          "Brukermål 1.1: Kommunene opplever at veiledningen om boligtilpasning er nyttig",
                          "Effektmål 2: Boligtilskudd når de som trenger det mest"}
    stated = LETTER.index("Effektmål 1: Flere")
    assert [s.start for s in goals["Effektmål 1: Flere eldre bor trygt i egen bolig"].sources] == [stated]
    stated = LETTER.index("Effektmål 2: Boligtilskudd")
    assert [s.start for s in goals["Effektmål 2: Boligtilskudd når de som trenger det mest"].sources] == [stated]


REPORT = """Del III Årets aktiviteter og resultater

Effektmål 1: Flere eldre bor trygt i egen bolig
Brukermål 1.1: Kommunene opplever at veiledningen om boligtilpasning er nyttig

SP 1.1 Andel eldre (over 80 år) som bor i tilrettelagt bolig med tilskudd fra
ordningen. Resultatmål 2024: minst 35 prosent.
SP 1.2 Andel kommuner som er fornøyde med veiledningen om tilpasning (bruker-
mål 1.1). Resultatmål 2024: 70 prosent.
"""


def test_a_coded_parameter_whose_target_follows_its_last_words_and_the_goal_named_after_its_text() -> None:
    found = {e.label: e for e in entities_of("rapport.txt", REPORT) if e.type == "SteeringParameter"}
    assert set(found) == {"Andel eldre (over 80 år) som bor i tilrettelagt bolig med tilskudd fra ordningen",
                          "Andel kommuner som er fornøyde med veiledningen om tilpasning"}
    goals = {label: {str(link.target_label) for link in e.links if link.predicate == "measuredBy"}
             for label, e in found.items()}
    # the sub-goal listed right under its goal is the goal's part: only a parameter that names it measures it
    assert goals["Andel eldre (over 80 år) som bor i tilrettelagt bolig med tilskudd fra ordningen"] == {
        "Effektmål 1: Flere eldre bor trygt i egen bolig"}
    assert goals["Andel kommuner som er fornøyde med veiledningen om tilpasning"] == {
        "Brukermål 1.1: Kommunene opplever at veiledningen om boligtilpasning er nyttig"}
    assert found["Andel kommuner som er fornøyde med veiledningen om tilpasning"].attr("target") == "70 prosent"


COLUMNS = """3.1 Mål for direktoratet
Mål 1: Søkere får en rask og likeverdig behandling av sine saker
Mål 2: Flere eldre bor i egnede boliger

3.2 Styringsparametere
Tabell 1 Styringsparametere og måltall 2022

Mål       Styringsparameter                                   Måltall/ambisjon
Mål 1     S1 Gjennomsnittlig saksbehandlingstid for           Under 6 uker
          søknader om tilpasningstilskudd
Mål 2     S2 Antall boliger tilpasset med tilskudd fra        3 200 boliger
          direktoratet
Mål 2     S3 Antall kommuner med vedtatt plan for             Økning fra
          universell utforming                                2021-nivået

3.3 Oppdrag
Ingen.
"""


def test_rows_kept_under_the_headers_columns_with_their_code_and_a_target_wrapped_in_its_column() -> None:
    entities = entities_of("brev.txt", COLUMNS)
    params = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in params.items()} == {
        "S1": ("Gjennomsnittlig saksbehandlingstid for søknader om tilpasningstilskudd", "Under 6 uker"),
        "S2": ("Antall boliger tilpasset med tilskudd fra direktoratet", "3 200 boliger"),
        "S3": ("Antall kommuner med vedtatt plan for universell utforming", "Økning fra 2021-nivået")}
    assert {c: {link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"}
            for c, e in params.items()} == {"S1": {"Mål 1"}, "S2": {"Mål 2"}, "S3": {"Mål 2"}}
