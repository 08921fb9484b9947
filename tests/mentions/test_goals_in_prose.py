"""Goals a document states only in its prose: a letter's goals numbered inside one sentence, with the parameters
listed under a bare 'Virksomhetsmål 1' line; a report's societal goal over a line break and each section's one
unnumbered sub-goal ('Delmålet er at …'); parameter blocks whose target and result lines stand flush with the
code. The documents are invented (a lighthouse agency) and set as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.goal_sentences import sentence_goals
from kg.passages.profile import read_profile
from tests.mentions.pipeline import entities_of

LETTER = """                                  DET KONGELIGE
                       NÆRINGS- OG FISKERIDEPARTEMENT

Fyrdirektoratet
Postboks 12
8001 BODØ

Deres ref                         Vår ref                         Dato
                                  24/17-3                         17. desember 2024

Tildelingsbrev til Fyrdirektoratet
for 2025

1   INNLEDNING
Departementet stiller midler til disposisjon for Fyrdirektoratet. For 2025 gjelder føl-
gende virksomhetsmål for direktoratet: 1) fyrene langs kysten er i god stand, 2) fler-
e besøkende opplever fyrene som levende kulturminner, og 3) forvaltningen av fyr-
stasjonene er effektiv.

2   STYRINGSPARAMETRE

Virksomhetsmål 1
Styringsparametre:
a) Andel fyr med tilstandsgrad 0 eller 1
   Prestasjonskrav: minst 80 prosent

Virksomhetsmål 3
Styringsparametre:
a) Gjennomsnittlig saksbehandlingstid for søknader om leie
   Prestasjonskrav: høyst 20 dager
"""


def _of(text: str, name: str) -> dict[str, Entity]:
    return {e.label: e for e in entities_of(name, text)}


def test_goals_numbered_inside_a_sentence_and_parameters_under_a_bare_goal_line() -> None:
    found = _of(LETTER, "brev.txt")
    goals = {str(e.attr("number")): e.attr("title") for e in found.values() if e.type == "Goal"}
    assert goals == {"1": "fyrene langs kysten er i god stand",
                     "2": "flere besøkende opplever fyrene som levende kulturminner",
                     "3": "forvaltningen av fyrstasjonene er effektiv"}
    measured = {e.label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"}
                for e in found.values() if e.type == "SteeringParameter"}
    assert measured == {"Andel fyr med tilstandsgrad 0 eller 1": {"Virksomhetsmål 1"},
                        "Gjennomsnittlig saksbehandlingstid for søknader om leie": {"Virksomhetsmål 3"}}


def test_a_letter_title_whose_year_wraps_onto_the_next_line() -> None:
    profile = read_profile([line.strip() for line in LETTER.splitlines() if line.strip()])
    assert (profile.title, profile.year) == ("Tildelingsbrev til Fyrdirektoratet for 2025", 2025)


def test_an_inline_list_needs_its_items_numbered_from_one() -> None:
    text = "Vi viser til følgende mål for direktoratet: 2) fyrene er i god stand, og 3) forvaltningen er effektiv.\n"
    assert [g for g in sentence_goals(text) if g.number] == []


REPORT = """Fyrdirektoratet | Årsrapport 2024

DEL 2  INTRODUKSJON
Fyrdirektoratet forvaltar 140 fyrstasjonar. Samfunnsmålet for verksemda
er at fyra langs kysten blir tekne vare på for framtida.

DEL 3  AKTIVITETAR OG RESULTAT
3.1  TILSTAND OG VEDLIKEHALD
Arbeidet på dette området skal medverke til delmålet om at fyrstasjonane er i
forsvarleg teknisk stand. Vi sette i stand 12 fyr i 2024.

3.2  FORMIDLING
Delmålet er at fleire besøkjande opplever fyra som levande kulturminne. Fyrvandringa
vart arrangert for femte gong.

3.3  STYRINGSPARAMETRAR
SP 3.1  Del av fyra med tilstandsgrad 0 eller 1
Resultatmål 2024: minst 80 prosent
Resultat 2024: 82 %      Resultat 2023: 79 %
"""


def test_a_societal_goal_over_a_line_break_and_each_sections_unnumbered_sub_goal() -> None:
    found = _of(REPORT, "rapport.txt")
    goals = {e.attr("title"): e for e in found.values() if e.type == "Goal"}
    top = "fyra langs kysten blir tekne vare på for framtida"
    assert set(goals) == {top, "fyrstasjonane er i forsvarleg teknisk stand",
                          "fleire besøkjande opplever fyra som levande kulturminne"}
    for title in set(goals) - {top}:
        assert goals[title].attr("level") == "delmål"
        assert {link.target_label for link in goals[title].links if link.predicate == "broader"} == {
            goals[top].label}


def test_a_coded_block_with_its_target_and_results_flush_with_its_code() -> None:
    found = _of(REPORT, "rapport.txt")
    parameter = found["Del av fyra med tilstandsgrad 0 eller 1"]
    assert parameter.attr("target") == "minst 80 prosent"
    assert sorted((r["year"], r["value"]) for r in parameter.attr("results")) == [(2023, "79 %"), (2024, "82 %")]


INDICATORS = """Tildelingsbrev 2025 – Fyrdirektoratet

2 Mål
Strategisk mål 1: Fyrene langs kysten er i god stand
Strategisk mål 2: Flere besøker fyrene

Tabell 1 Resultatindikatorer og ambisjoner for 2025

Nr.       Indikator                                       Ambisjon 2025
Strategisk mål 1
RI 1.1    Andel fyr med tilstandsgrad 0 eller 1 etter     Minst 80 prosent
          siste befaring
Strategisk mål 2
RI 2.1    Antall besøkende på fyrstasjonene               Minst 90 000
"""


def test_an_indicator_table_grouped_by_strategic_goal_rows() -> None:
    found = _of(INDICATORS, "brev.txt")
    measured = {e.attr("code"): ({link.target_label.split(":")[0] for link in e.links
                                  if link.predicate == "measuredBy"}, e.attr("target"))
                for e in found.values() if e.type == "SteeringParameter"}
    assert measured == {"RI 1.1": ({"Strategisk mål 1"}, "Minst 80 prosent"),
                        "RI 2.1": ({"Strategisk mål 2"}, "Minst 90 000")}


MAIN_AND_SUB = """3.1  Hovedmål og delmål
Hovedmål: Kystens fyr skal tas vare på og brukes som en ressurs for
lokalsamfunnene.

3.2  Delmål 1
Delmål 1 Flere fyrstasjoner skal være i god teknisk stand.

Resultatmål: Antall fyr med ny tilstandsvurdering – minst 40.
Resultat 2024: 43 (2023: 37, 2022: 31).

Resultatmål: Andel fyr med gyldig brannsertifikat – minst 85
prosent.
Resultat 2024: 88 prosent (2023: 84 prosent).
"""


def test_an_unnumbered_main_goal_after_a_colon_and_uncoded_result_targets_after_a_dash() -> None:
    found = _of(MAIN_AND_SUB, "rapport.txt")
    goals = {e.attr("title"): e for e in found.values() if e.type == "Goal"}
    top = "Kystens fyr skal tas vare på og brukes som en ressurs for lokalsamfunnene"
    assert top in goals
    parameters = {e.label: e for e in found.values() if e.type == "SteeringParameter"}
    assert {label: e.attr("target") for label, e in parameters.items()} == {
        "Antall fyr med ny tilstandsvurdering": "minst 40", "Andel fyr med gyldig brannsertifikat": "minst 85 prosent"}
    assert sorted((r["year"], r["value"]) for r in parameters["Antall fyr med ny tilstandsvurdering"].attr("results")) \
        == [(2022, "31"), (2023, "37"), (2024, "43")]
