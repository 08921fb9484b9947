"""A letter heading each goal by the area it covers (*Mål for tilsyn*) with parameters named as what the ministry
will follow; the agency's report by *SEKTORMÅL N* in capitals over its own *Virksomhetsmål N.M*, telling its
assignments with their status; another agency's report whose contents name its goals short. The documents are
invented (a food-safety authority and a forest directorate)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2025 – Statens tilsyn for matfisk

2  Mål og resultatmål
Departementet fastsetter tre mål for tilsynet i 2025. Under hvert mål omtales
styringsparametere med resultatmål.

Mål for tilsyn
Oppdrettsanleggene drives slik at fisken er trygg å spise, også ved sykdoms-
utbrudd.

Tilsynet skal prioritere anlegg med høy risiko. Departementet vil følge andel
anlegg med tilsyn de siste tre årene.
Resultatmål: minst 75 prosent (resultat 2023: 68 prosent).

Mål for veiledning
Næringen har kunnskap om regelverket og bruker den.

Departementet vil også følge med på brukernes tilfredshet med veiledningen.
Resultatmål: minst 4,5 på en skala fra 1 til 6.

3  Oppdrag for 2025

Tabell 1 Oppdrag 2025
Nr         Oppdrag                                       Frist        Rapportering
T-2025-1
Tilsynet skal lage en veileder om smittevern i små anlegg (jf. mål for
veiledning).
1.10.2025
Årsrapport
T-2025-2
Tilsynet skal gjennomføre en tilsynsaksjon med rømming (jf. mål for tilsyn).
15.12.2025
Eget notat
"""

REPORT = """Årsrapport 2024 for Statens tilsyn for matfisk

III  ÅRETS AKTIVITETER OG RESULTATER

SEKTORMÅL 1  TRYGG OG SUNN SJØMAT

Virksomhetsmål 1.1  Oppdrettsanleggene drives slik at fisken er trygg å spise

Vi gjennomførte 412 tilsyn i 2024.

RAPPORTERING PÅ OPPDRAG I TILDELINGSBREVET FOR 2024

T-2024-1  Gjennomføre en nasjonal tilsynsaksjon med fôrkvalitet.
Frist: 31. desember 2024.
Status: Gjennomført, se virksomhetsmål 1.1.
"""

CONTENTS = """Årsrapport 2024 – Skogdirektoratet

Innhold
1 Leders beretning ....................................................... 2
2 Introduksjon ........................................................... 2
3 Årets aktiviteter og resultater ........................................ 3
3.1 Effektmål 1 Friske skoger ............................................ 3
3.2 Effektmål 2 Mer tre i bygg ........................................... 4

1 Leders beretning
Året ga gode resultater.

2 Introduksjon
Skogdirektoratet er underlagt departementet.

3 Årets aktiviteter og resultater

3.1 Effektmål 1: Skogene er friske og motstandsdyktige mot klimaendringer
Skadeomfanget gikk ned i 2024.

3.2 Effektmål 2: Mer tre brukes i bygg og anlegg
Tre ble brukt i flere offentlige bygg.

Resultatmål 2.1: Kommunene kjenner regelverket for trebyggeri

Vi holdt kurs i 40 kommuner.

3.3 Rapportering på oppdrag i tildelingsbrevet

Tabell 4: Oppdrag i tildelingsbrevet for 2024
Nr.
Oppdrag
Frist
Status
3
Lage en veileder om brannsikkerhet i høye trebygg
1. juni 2024
Gjennomført, se omtale under 3.2.1
"""


def test_goals_headed_by_their_area_take_the_parameters_the_ministry_will_follow_and_the_assignments_naming_them() -> None:
    entities = entities_of("matfisk_tb_2025.txt", LETTER)
    goals = goals_by_title(entities)
    inspection = goals["Oppdrettsanleggene drives slik at fisken er trygg å spise, også ved sykdomsutbrudd"]
    guidance = goals["Næringen har kunnskap om regelverket og bruker den"]
    assert link_targets(inspection, "measuredBy") == ["andel anlegg med tilsyn de siste tre årene"]
    assert link_targets(guidance, "measuredBy") == ["brukernes tilfredshet med veiledningen"]
    parameter = next(e for e in entities if e.label == "andel anlegg med tilsyn de siste tre årene")
    assert parameter.attr("target") == "minst 75 prosent"
    assert [(r["year"], r["value"]) for r in parameter.attr("results")] == [(2023, "68 prosent")]
    tasks = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert set(tasks) == {"T-2025-1", "T-2025-2"}
    assert str(tasks["T-2025-1"].attr("deadline")) == "2025-10-01"
    assert "Næringen har kunnskap" in link_targets(tasks["T-2025-1"], "underGoal")[0]
    assert "Oppdrettsanleggene drives" in link_targets(tasks["T-2025-2"], "underGoal")[0]


def test_a_sector_goal_in_capitals_is_the_broader_goal_and_a_status_names_an_assignments_goal() -> None:
    entities = entities_of("matfisk_ar_2024.txt", REPORT)
    goals = goals_by_title(entities)
    sector = goals["Trygg og sunn sjømat"]
    assert sector.attr("level") == "sektormål"
    own = goals["Oppdrettsanleggene drives slik at fisken er trygg å spise"]
    assert link_targets(own, "broader") == [sector.label]
    task = next(e for e in entities if e.type == "Assignment")
    assert task.attr("code") == "T-2024-1" and str(task.attr("deadline")) == "2024-12-31"
    assert link_targets(task, "underGoal") == [own.label]


def test_a_goal_section_the_contents_name_short_holds_its_result_goals_and_the_assignment_pointed_to_it() -> None:
    entities = entities_of("skog_ar_2024.txt", CONTENTS)
    goals = goals_by_title(entities)
    second = goals["Mer tre brukes i bygg og anlegg"]
    result = goals["Kommunene kjenner regelverket for trebyggeri"]
    assert link_targets(result, "broader") == [second.label]
    task = next(e for e in entities if e.type == "Assignment")  # its status points at a section under goal 2
    assert link_targets(task, "underGoal") == [second.label]
