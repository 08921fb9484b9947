"""Goals of a report by result area (an overall goal and the area's own goal in each), and a letter's mission
under a heading of its own over the levels its goal structure sets out."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

AREAS = """3 Aktivitetar og resultat i 2023

3.1 Resultatområde 1: Bading for alle

Overordna mål: Fleire barn lærer å symje.
Mål for resultatområdet: Skular i distrikta får betre tilgang til symjeopplæring.

Styringsparameteren «talet på skular som har fått tilskot til symjeopplæring» viser kor langt vi
når. Målet var 200 skular, resultatet vart 214 skular.

3.2 Resultatområde 2: Trygge badeplassar

Overordna mål: Badeplassane er trygge for alle.
Mål for resultatområdet: Fleire kommunar har oppdaterte planar for badeplassane.

Styringsparameteren «talet på kommunar med badeplassplan» var ny i 2023. Målet var 50
kommunar, resultatet vart 46 kommunar.
"""

MISSION = """2 Samfunnsoppdrag og mål for 2025
Målstrukturen for Badedir har tre nivåer. Samfunnsoppdraget beskriver hvorfor direktoratet finnes,
effektmålene beskriver virkningene i samfunnet, og brukermålene hva brukerne skal oppleve.

2.1 Samfunnsoppdrag
Badedir skal bidra til at alle kan bade trygt. Direktoratet forvalter tilskudd og veileder kommunene.

2.2 Effektmål og brukermål

Effektmål 1: Flere barn kan svømme når de går ut av barneskolen
   Brukermål 1.1: Skolene opplever at veiledningen om svømmeopplæring er nyttig
Effektmål 2: Badeplassene er trygge og tilgjengelige for alle
"""


def test_each_areas_own_goal_is_under_its_overall_goal_and_its_parameters_measure_it() -> None:
    entities = entities_of("rapport.txt", AREAS)
    goals = {e.label: e for e in entities if e.type == "Goal"}
    assert set(goals) == {"Overordna mål: Fleire barn lærer å symje",
                          "Mål for resultatområdet: Skular i distrikta får betre tilgang til symjeopplæring",
                          "Overordna mål: Badeplassane er trygge for alle",
                          "Mål for resultatområdet: Fleire kommunar har oppdaterte planar for badeplassane"}
    own = goals["Mål for resultatområdet: Fleire kommunar har oppdaterte planar for badeplassane"]
    assert {link.target_label for link in own.links if link.predicate == "broader"} == {
        "Overordna mål: Badeplassane er trygge for alle"}
    plans = next(e for e in entities if e.type == "SteeringParameter" and "badeplassplan" in e.label)
    assert {link.target_label for link in plans.links if link.predicate == "measuredBy"} == {own.label}


def test_a_mission_under_its_own_heading_is_the_goal_the_next_level_elaborates() -> None:
    goals = {e.label: e for e in entities_of("brev.txt", MISSION) if e.type == "Goal"}
    mission = "Samfunnsoppdrag: Badedir skal bidra til at alle kan bade trygt"
    assert mission in goals
    effect = goals["Effektmål 2: Badeplassene er trygge og tilgjengelige for alle"]
    assert {link.target_label for link in effect.links if link.predicate == "broader"} == {mission}
    user = goals["Brukermål 1.1: Skolene opplever at veiledningen om svømmeopplæring er nyttig"]
    assert {link.target_label for link in user.links if link.predicate == "broader"} == {
        "Effektmål 1: Flere barn kan svømme når de går ut av barneskolen"}
