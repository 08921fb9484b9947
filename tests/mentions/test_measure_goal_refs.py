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


CODED = """Strategiske mål
S1  Alle eldre kan bruke dei viktigaste digitale tenestene
S2  Eldre som treng det, får rettleiing nær der dei bur

3.2 Sentrale tiltak
Seniorlinja er den nasjonale rettleiingstenesta vår på telefon. Tenesta er
det viktigaste tiltaket for S2, og talet på samtalar auka.

For å nå S1 gjennomførte vi kampanjen «Klikk trygt» i to periodar i 2024.
"""


def test_a_measure_serves_the_goal_its_paragraph_or_opening_names_by_its_printed_code() -> None:
    found = {e.label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "addresses"}
             for e in entities_of("k.txt", CODED) if e.type == "Measure"}
    assert found["Seniorlinja"] == {"Strategisk mål S2"}
    assert found["Klikk trygt"] == {"Strategisk mål S1"}


def test_a_code_the_paragraph_names_for_another_measure_is_not_this_measures_goal() -> None:
    text = CODED.replace("For å nå S1 gjennomførte vi kampanjen «Klikk trygt» i to periodar i 2024.",
                         "Kampanjen «Klikk trygt» gjekk i to periodar. Nettkurset skal bidra til S1.")
    found = {e.label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "addresses"}
             for e in entities_of("k.txt", text) if e.type == "Measure"}
    assert found.get("Klikk trygt", set()) == set()
