"""Lettered main goals with parameters stated on a line of their own ('Styringsparameter A.1 – …'), the result and
the target told in the sentences below. The report is invented (a lighthouse agency) and set as extracted PDF
text: hard wraps, hyphen splits inside the target."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

REPORT = """Innhold
3 Årets aktiviteter og resultater ................................................ 4
   3.1 Mål for virksomheten ...................................................... 4
   3.2 Hovedmål A – Trygge fyr ................................................... 5
   3.3 Hovedmål B – Kunnskap ..................................................... 6

3 Årets aktiviteter og resultater

3.1 Mål for virksomheten
Målstrukturen består av ett samfunnsmål og to hovedmål.

Hovedmål A   Fyrstasjonene er sikret og godt vedlikeholdt
Hovedmål B   Befolkningen kjenner og bruker fyrene

3.2 Hovedmål A – Trygge fyr

Styringsparameter A.1 – Andel fyrstasjoner som har avvik ved tilsyn
Resultatet for 2024 ble 14 prosent, mot 17 prosent i 2023. Resultatkravet er under 10 pro-
sent og er ikke nådd.

Styringsparameter A.2 – Antall fyrstasjoner med fullstendig risikovurdering i Fyrregis-
teret
Ved utgangen av 2024 var 184 fyr registrert. Resultat-
kravet var minst 150 fyr, og kravet er nådd.

3.3 Hovedmål B – Kunnskap
Styringsparameter B.1 – Antall besøkende på fyrstasjonene
187 000 besøkte fyrene i 2024, mot et resultatkrav på minst 200 000 besøkende.
"""


def test_stated_parameters_end_at_their_line_take_the_told_target_and_the_lettered_goal_of_their_section() -> None:
    entities = entities_of("fyr.txt", REPORT)
    goals = {e.attr("notation"): e.label for e in entities if e.type == "Goal"}
    assert goals["A"] == "Hovedmål A: Fyrstasjonene er sikret og godt vedlikeholdt"
    found = {e.attr("code"): e for e in entities if e.type == "SteeringParameter"}
    assert {code: (e.label, e.attr("target")) for code, e in found.items()} == {
        "A.1": ("Andel fyrstasjoner som har avvik ved tilsyn", "under 10 prosent"),
        "A.2": ("Antall fyrstasjoner med fullstendig risikovurdering i Fyrregisteret", "minst 150 fyr"),
        "B.1": ("Antall besøkende på fyrstasjonene", "minst 200 000 besøkende")}
    assert {link.target_label for link in found["A.2"].links if link.predicate == "measuredBy"} == {goals["A"]}
    assert {link.target_label for link in found["B.1"].links if link.predicate == "measuredBy"} == {goals["B"]}


CODE_THEN_TEXT = """3.2 Brukarmål 1 – Fartøya blir haldne i stand og i drift
Tilskota er det viktigaste verkemiddelet.

Styringsparameter 1.1 Talet på verneverdige fartøy i aktiv drift
     2021: 212      2022: 219      2023: 227      Resultatkrav 2023: 225
\fStyringsparameter 1.2 Del av tilskota som går til fartøy med vernestatus
     2021: 91 %     2022: 93 %     2023: 95 %     Resultatkrav 2023: minst 90 %

Styringsparameter 1.3 frå 2022, talet på utstillingar, er teken ut.
"""


def test_a_code_followed_by_the_text_without_a_separator_also_after_a_page_break() -> None:
    found = {e.attr("code"): e for e in entities_of("kyst.txt", CODE_THEN_TEXT) if e.type == "SteeringParameter"}
    assert {code: (e.label, e.attr("target")) for code, e in found.items()} == {
        "1.1": ("Talet på verneverdige fartøy i aktiv drift", "225"),
        "1.2": ("Del av tilskota som går til fartøy med vernestatus", "minst 90 %")}
    assert [(r["year"], r["value"]) for r in found["1.1"].attr("results")] == [(2021, "212"), (2022, "219"),
                                                                               (2023, "227")]


NAMED_REPORT = """3  Årets aktiviteter og resultater
Direktoratet rapporterer på målene i tildelingsbrevet.

3.1  Mål a) – Trygge havner
Målet er at havnene skal ha god beredskap mot akutt forurensning.

Andel havner som har øvd på beredskapsplanen
Målverdi 2023: minst 60 prosent
Resultat 2023: 54 prosent (2022: 41 prosent)

Antall havneansatte som har fullført kurset «Ren kai»
Målverdi 2023: ikke fastsatt
Resultat 2023: 5 312 (2022: 2 870)
"""


def test_a_parameter_named_alone_over_its_target_and_results_lines() -> None:
    found = entities_of("rapport.txt", NAMED_REPORT)
    parameters = {e.label: e for e in found if e.type == "SteeringParameter"}
    assert set(parameters) == {"Andel havner som har øvd på beredskapsplanen",
                               "Antall havneansatte som har fullført kurset «Ren kai»"}
    drill = parameters["Andel havner som har øvd på beredskapsplanen"]
    assert drill.attr("target") == "minst 60 prosent"
    assert {r["year"]: r["value"] for r in drill.attr("results")} == {2023: "54 prosent", 2022: "41 prosent"}
    assert parameters["Antall havneansatte som har fullført kurset «Ren kai»"].attr("target") is None
    goal = next(e for e in found if e.type == "Goal")
    assert {link.target for link in goal.links if link.predicate == "measuredBy"} == {e.iri for e in parameters.values()}


def test_a_parameter_coded_by_number_and_letter_with_a_dated_requirement_and_a_line_of_results() -> None:
    text = ("Delmål 1.1 Fleire fyr er opne for publikum\nFyrvaktarane har opna fleire fyr.\n\n"
            "Styringsparameter 1a: Talet på fyr som er opne for publikum\n   Resultatkrav 2024: minst 150\n"
            "   Resultat:  2022: 128  |  2023: 141  |  2024: 163\n\nDelmål 1.2 Fyra blir haldne ved like\n")
    found = [e for e in entities_of("r.txt", text) if e.type == "SteeringParameter"]
    assert [(e.attr("code"), e.label, e.attr("target")) for e in found] == [
        ("1a", "Talet på fyr som er opne for publikum", "minst 150")]
    assert [(r["year"], r["value"]) for r in found[0].attr("results")] == [(2022, "128"), (2023, "141"), (2024, "163")]


def test_an_evaluation_names_the_indicator_a_scheme_is_followed_by_in_a_sentence() -> None:
    text = ("1.1 Om ordningen\nOrdningen ble opprettet i 2018. Resultatindikatoren\nfor ordningen er andelen av "
            "tilskuddet som går til lag i distriktene. Vi har\nsett på tallene for 2021–2024.\n")
    found = [e for e in entities_of("e.txt", text) if e.type == "SteeringParameter"]
    assert [(e.label, e.attr("target")) for e in found] == [
        ("andelen av tilskuddet som går til lag i distriktene", None)]


def test_an_indicator_introduced_by_its_word_over_a_small_table_of_years_and_its_target() -> None:
    text = ("Delmål A.1  Fleire vaksne med låg inntekt deltek jamleg i organisert trening\n\n"
            "Indikator: Tal på vaksne som har delteke i aktivitetar finansierte gjennom tilskotsordninga\n"
            "for aktivitet\n"
            "                      2022         2023         2024         Ambisjon 2024\n"
            "                      38 400       41 900       44 250       42 000\n\nTekst.\n")
    found = [e for e in entities_of("r.txt", text) if e.type == "SteeringParameter"]
    assert [(e.label, e.attr("target")) for e in found] == [
        ("Tal på vaksne som har delteke i aktivitetar finansierte gjennom tilskotsordninga for aktivitet", "42 000")]
    assert [(r["year"], r["value"]) for r in found[0].attr("results")] == [
        (2022, "38 400"), (2023, "41 900"), (2024, "44 250")]
