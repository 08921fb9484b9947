"""The document-level passes of the extraction: organisations a letter only copies to, and a scheme named only
inside a cited report's title. The texts are invented (a coastal agency)."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

LETTER = """Havnedepartementet viser til samarbeidet med Kystverket om nye fyrlykter.

Med hilsen

Kari Nordmann

Kopi:
Riksrevisjonen
Sjøfartsdirektoratet
"""

REPORT = """Mål 2: Farledene er merket.

Etaten har brukt følgende rapporter i arbeidet: Evaluering av Tilskudd til fiskerihavner, Kystanalyse, 2023
(mål 1).
"""


def _orgs(text: str) -> set[str]:
    return {e.label for e in entities_of("brev.txt", text) if e.type == "Organisation"}


def test_organisations_in_a_copy_list_are_not_read() -> None:
    orgs = _orgs(LETTER)
    assert "Sjøfartsdirektoratet" not in orgs and "Riksrevisjonen" not in orgs


def test_a_scheme_in_a_cited_title_takes_no_goal_from_the_section_of_the_citation() -> None:
    grants: dict[str, Entity] = {e.label: e for e in entities_of("rapport.txt", REPORT) if e.type == "GrantScheme"}
    goals = {link.target_label.split(":")[0] for link in grants["Tilskudd til fiskerihavner"].links
             if link.predicate == "supportsGoal"}
    assert goals == set()  # not 'Mål 2', whose section the citation stands in
