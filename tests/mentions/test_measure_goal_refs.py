"""A measure's goal named in its own paragraph ('Programmet skal bidra til resultatmål 1.1'): the measure serves
that goal, in place of the upper goal whose section it stands in. The report is invented (a coastal culture
agency) and set as extracted PDF text: hard wraps, a hyphen split inside the goal's name."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

REPORT = """3 Resultat

Strategisk mål 1: Fleire fyr er sikra og opne for publikum

   Resultatmål 1.1: Fleire fyrstasjonar er sette i stand etter antikvariske prinsipp
   Resultatmål 1.2: Fyrvaktarane har god kompetanse på formidling

Innsatsområde: Istandsetting
Mentorprogrammet Fyrløftet knyter nye eigarar saman med erfarne handverkarar. I 2024
deltok 64 eigarar. Programmet skal bidra til resul-
tatmål 1.1.

Innsatsområde: Kompetanse
Gjennom Fyrkursportalen tilbyr vi nettkurs i formidling. Portalen er det viktigaste
tiltaket for resultatmål 1.2.

Innsatsområde: Samarbeid
Kystnettverket samlar alle fyreigarane to gonger i året.
"""


def _addressed() -> dict[str, set[str]]:
    return {e.label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "addresses"}
            for e in entities_of("fyr.txt", REPORT) if e.type == "Measure"}


def test_a_measure_serves_the_sub_goal_its_paragraph_names_in_place_of_the_section_goal() -> None:
    found = _addressed()
    assert found["Fyrløftet"] == {"Resultatmål 1.1"}
    assert found["Fyrkursportalen"] == {"Resultatmål 1.2"}


def test_a_measure_whose_paragraph_names_no_goal_keeps_its_sections_goal() -> None:
    assert _addressed()["Kystnettverket"] == {"Strategisk mål 1"}
