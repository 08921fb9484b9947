"""Measures an agency says it put to use: a name introduced after *innførte vi*, or opening a sentence whose verb says
it was taken into use, a version number part of the name, cut to the words the document writes it with again. The
text is invented (a lift-inspection directorate)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

TEXT = """3  Aktiviteter og resultater

3.1  Mål 1: Heiser i bruk er sikre for brukerne

Heisregisteret 3.0 ble tatt i bruk fra mars. Løsningen ble satt i drift i alle regioner, og
registreringen ble innført for nye heiser i mai. Opplæringsdelen av kurset ble tatt i bruk i juni.

For å gjøre kontrollene mer like innførte vi Felles sjekkliste for heiskontroll. Kontrollene
viser færre avvik enn i 2024. Ny kontrollrutine ble innført i juni. Ventetiden gikk ned etter at vi
innførte Heiskort for eiere av boligblokker. En ekstern evaluering av heiskort for eiere er bestilt.
"""


def test_names_put_to_use_are_measures_of_the_sections_goal_and_a_definite_noun_opening_a_sentence_is_not() -> None:
    entities = entities_of("rapport.txt", TEXT)
    measures = {e.label: e for e in entities if e.type == "Measure"}
    # ('Heiskort for eiere', as the document writes it again, without the words of the sentence after it)
    assert set(measures) == {"Heisregisteret 3.0", "Felles sjekkliste for heiskontroll", "Heiskort for eiere"}
    goal = next(e for e in entities if e.type == "Goal")
    assert {link.target for link in goal.links if link.predicate == "addresses"} == {
        m.iri for m in measures.values()}
