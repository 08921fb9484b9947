"""A letter's goals in a left column beside their steering parameters in a right one, the two sharing lines. The
letter is invented (a coastal culture directorate) and set as extracted PDF text."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2026 – Kystkulturdirektoratet

3   MÅL OG STYRINGSPARAMETERE
Hovedmålene er merket K1–K2 og delmålene K1.1, K1.2 osv. Venstre kolonne viser målene,
høyre kolonne viser styringsparameterne med ambisjon for 2026.

MÅL                                        STYRINGSPARAMETERE OG AMBISJON 2026

K1  Kystkulturen er levende og
    tilgjengelig for alle

    K1.1 Flere fartøy er i bruk på         SP 1.1.1 Andel verneverdige fartøy som
    sjøen                                  har seilt minst 20 dager i året
                                           Ambisjon: 70 prosent
                                           SP 1.1.2 Antall nye mannskap som har
                                           fullført sikkerhetskurs
                                           Ambisjon: minst 150

    K1.2 Kystkunnskapen blir ført          SP 1.2.1 Antall kurs i tradisjonelle
    videre til nye generasjoner            håndverksteknikker
                                           Ambisjon: 40

K2  Direktoratet forvalter mid-            SP 2.1 Andel søknader om tilskudd som er
    lene effektivt og brukerrettet         behandlet innen seks uker
                                           Ambisjon: 85 prosent
                                                                            3
Tildelingsbrev 2026 – Kystkulturdirektoratet                               Side 3 av 5

4   OPPDRAG
Departementet gir direktoratet disse oppdragene for 2026. Oppdragene rapporteres i
årsrapporten dersom ikke annet er sagt.
"""


def test_goals_in_a_left_column_are_read_apart_from_the_parameters_beside_them() -> None:
    goals = goals_by_title(entities_of("brev.txt", LETTER))
    assert set(goals) == {"Kystkulturen er levende og tilgjengelig for alle", "Flere fartøy er i bruk på sjøen",
                          "Kystkunnskapen blir ført videre til nye generasjoner",
                          "Direktoratet forvalter midlene effektivt og brukerrettet"}
    assert link_targets(goals["Flere fartøy er i bruk på sjøen"], "broader") == [
        goals["Kystkulturen er levende og tilgjengelig for alle"].label]


def test_parameters_in_the_right_column_keep_their_own_words_targets_and_the_goal_beside_or_above_them() -> None:
    entities = entities_of("brev.txt", LETTER)
    params = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert set(params) == {"SP 1.1.1", "SP 1.1.2", "SP 1.2.1", "SP 2.1"}
    assert params["SP 1.1.1"].label == "Andel verneverdige fartøy som har seilt minst 20 dager i året"
    assert params["SP 2.1"].label == "Andel søknader om tilskudd som er behandlet innen seks uker"
    assert params["SP 1.1.2"].attr("target") == "minst 150"
    goals = goals_by_title(entities)

    def measured(title: str) -> set[str]:
        return {link.target for link in goals[title].links if link.predicate == "measuredBy"}

    assert measured("Flere fartøy er i bruk på sjøen") == {params["SP 1.1.1"].iri, params["SP 1.1.2"].iri}
    assert measured("Direktoratet forvalter midlene effektivt og brukerrettet") == {params["SP 2.1"].iri}
