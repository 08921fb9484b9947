"""Result goals under main goals in three house styles, invented and set as extracted PDF text: a letter that
lists 'Hovedmål N' with the indented 'Resultatmål N.M' below, set apart from their titles by wide gaps, and a table
'Resultatmål | Styringsparameter | Ambisjon 2026' whose rows name the result goal by its number only; a report
whose sections are headed '3.2  Resultatmål 1.1 – …' under '3.1  Hovedmål 1 – …', with parameters coded '1.1 a';
and a Nynorsk report with 'Delmål A1:' bullets under 'Hovudmål A:', a table 'Kode | Indikator | 2022 | … |
Måltal 2024' coded 'A1-1', and measures, schemes and reports that name the sub-goal they serve by its code."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2026 – Tolkedirektoratet

3     Mål og styringsparametere

Målstrukturen har to nivåer: hovedmål og resultatmål.

Hovedmål 1   Offentlige tjenester gis på et språk brukeren forstår
     Resultatmål 1.1   Offentlige etater bestiller kvalifisert tolk når det trengs
     Resultatmål 1.2   Tolkene som står i registeret har dokumentert kompetanse i faget
Hovedmål 2   Tolkeregisteret er oppdatert og lett å bruke
     Resultatmål 2.1   Bestillere finner raskt en ledig tolk med riktig språk og fag-
                       område

Tabell 1  Styringsparametere og ambisjonsnivå for 2026

Resultatmål   Styringsparameter                                        Ambisjon 2026
1.1           Andel oppdrag utført av kvalifisert tolk                 Minst 70 prosent
1.2           Antall tolker som har bestått tolkeprøven                420
2.1           Andel søk i registeret som gir treff innen ett           90 prosent
              døgn

4     Oppdrag
"""

REPORT = """Årsrapport 2025 | Tolkedirektoratet

Innhold
1  Leders beretning ........................ 3
3  Aktiviteter og resultater ............... 5
   3.1  Hovedmål 1 ......................... 5
   3.2  Resultatmål 1.1 .................... 6
   3.3  Hovedmål 2 ......................... 7
   3.4  Resultatmål 2.1 .................... 8
4  Styring og kontroll ..................... 9

Kapittel 3 Resultater

3.1  Hovedmål 1 – Offentlige tjenester gis på et språk brukeren forstår

Direktoratet vurderer måloppnåelsen for hovedmål 1 som god.

3.2  Resultatmål 1.1 – Offentlige etater bestiller kvalifisert tolk når det trengs

Styringsparameter 1.1 a: Andel oppdrag utført av kvalifisert tolk
Resultat 2025: 66 prosent
Resultat 2024: 61 prosent
Mål: minst 65 prosent

3.3  Hovedmål 2 – Tolkeregisteret er oppdatert og lett å bruke

Registeret fikk ny søkefunksjon i mai.

3.4  Resultatmål 2.1 – Bestillere finner raskt en ledig tolk med riktig språk

Styringsparameter 2.1 a: Andel søk i registeret som gir treff innen ett døgn
Resultat 2025: 88 prosent
Mål: 90 prosent
"""

NYNORSK = """Statens kontor for leseføre

III   AKTIVITETAR OG RESULTAT I ÅRET

III.1   Hovudmål A: Fleire vaksne les godt nok til å delta i arbeidslivet

Delmål under hovudmål A:
   •  Delmål A1: Fleire vaksne fullfører kurs i grunnleggjande lesing
   •  Delmål A2: Kommunane tilbyr lesekurs i alle regionar

Tabell 3   Måltal for hovudmål A
Kode    Indikator                                          2022     2023     2024   Måltal 2024
A1-1    Del kursdeltakarar som fullfører kurset (prosent)     71       74       77           75
A2-1    Tal på kommunar med eige lesekurs for vaksne          –       48       61           60
        med kort utdanning

Talet på kommunar er høgare enn venta.

Sentrale tiltak i 2024:
   ▪  Kampanjen «Les i lunsjen», retta mot tilsette i små verksemder (delmål A1)
   ▪  Rettleiar for lesekurs i kommunane (delmål A2)

III.2   Tilskotsforvaltning

Kontoret forvaltar to tilskotsordningar. Tilskot til lesekurs på arbeidsplassen skal bidra til
delmål A1, og tilskot til regionale lesesenter skal bidra til delmål A2.

Tabell 5   Tilskotsordningar 2024
Ordning                                         Innvilga beløp (mill. kr)   Søknader
Tilskot til lesekurs på arbeidsplassen                               8,2          41
Tilskot til regionale lesesenter                                     3,9          12

III.3   Kunnskapsgrunnlag og evalueringar

Fullførte:
   ▪  Evaluering av tilskotsordninga for lesekurs på arbeidsplassen. Nordvest
      Forsking (2024). Evalueringa syner at ordninga har bidrege til delmål A1.
   ▪  Lesing blant vaksne i distrikta – ei kartlegging. Institutt for vaksenlæring
      (2024). Kartlegginga gir kunnskap til delmål A2.
"""


def _parameter(entities: list[Entity], words: str) -> Entity:
    return next(e for e in entities if e.type == "SteeringParameter" and str(e.label).startswith(words))


def test_result_goals_indented_under_their_main_goals_are_goals_of_the_level_below() -> None:
    goals = goals_by_title(entities_of("tildelingsbrev-2026.txt", LETTER))
    sub = goals["Offentlige etater bestiller kvalifisert tolk når det trengs"]
    assert sub.attr("notation") == "1.1"
    assert link_targets(sub, "broader") == ["Hovedmål 1: Offentlige tjenester gis på et språk brukeren forstår"]
    assert "Bestillere finner raskt en ledig tolk med riktig språk og fagområde" in goals


def test_a_table_whose_first_column_names_the_result_goal_gives_each_parameter_its_goal_and_ambition() -> None:
    entities = entities_of("tildelingsbrev-2026.txt", LETTER)
    row = _parameter(entities, "Andel søk i registeret som gir treff innen ett døgn")
    assert row.attr("target") == "90 prosent"
    measured = [e for e in entities if e.type == "Goal" and any(
        link.predicate == "measuredBy" and link.target == row.iri for link in e.links)]
    assert [g.attr("notation") for g in measured] == ["2.1"]
    assert _parameter(entities, "Antall tolker som har bestått tolkeprøven").attr("target") == "420"


def test_result_goal_headings_are_under_the_main_goal_of_the_number_before_the_dot() -> None:
    goals = goals_by_title(entities_of("arsrapport-2025.txt", REPORT))
    sub = goals["Bestillere finner raskt en ledig tolk med riktig språk"]
    assert link_targets(sub, "broader") == ["Hovedmål 2: Tolkeregisteret er oppdatert og lett å bruke"]


def test_a_parameter_coded_by_its_result_goal_and_a_letter_after_a_space() -> None:
    entities = entities_of("arsrapport-2025.txt", REPORT)
    parameter = _parameter(entities, "Andel oppdrag utført av kvalifisert tolk")
    assert parameter.attr("code") == "1.1 a"
    assert parameter.attr("target") == "minst 65 prosent"


def test_nynorsk_sub_goals_coded_by_the_main_goals_letter_and_their_target_table() -> None:
    entities = entities_of("arsrapport-2024.txt", NYNORSK)
    goals = goals_by_title(entities)
    assert link_targets(goals["Kommunane tilbyr lesekurs i alle regionar"], "broader") == [
        "Hovudmål A: Fleire vaksne les godt nok til å delta i arbeidslivet"]
    row = _parameter(entities, "Tal på kommunar med eige lesekurs for vaksne med kort utdanning")
    assert row.attr("code") == "A2-1"
    assert row.attr("target") == "60"
    measured = [e for e in entities if e.type == "Goal" and any(
        link.predicate == "measuredBy" and link.target == row.iri for link in e.links)]
    assert [g.attr("notation") for g in measured] == ["A2"]


def _goal_of(entities: list[Entity], entity: Entity, predicate: str) -> list[str]:
    goals = {e.iri: str(e.attr("notation")) for e in entities if e.type == "Goal"}
    return sorted(goals[link.target] for link in entity.links if link.predicate == predicate and link.target in goals)


def test_measures_schemes_and_reports_reach_the_sub_goal_their_words_name_by_its_code() -> None:
    entities = entities_of("arsrapport-2024.txt", NYNORSK)
    by_label = {str(e.label): e for e in entities}
    assert _goal_of(entities, by_label["Les i lunsjen"], "addresses") == ["A1"]
    assert _goal_of(entities, by_label["Rettleiar for lesekurs i kommunane"], "addresses") == ["A2"]
    assert _goal_of(entities, by_label["Tilskot til lesekurs på arbeidsplassen"], "supportsGoal") == ["A1"]
    assert _goal_of(entities, by_label["Tilskot til regionale lesesenter"], "supportsGoal") == ["A2"]
    assert _goal_of(entities, by_label["Lesing blant vaksne i distrikta – ei kartlegging"], "aboutGoal") == ["A2"]
