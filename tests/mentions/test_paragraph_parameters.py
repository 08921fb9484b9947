"""A letter that gives each goal's parameters as one paragraph parted by semicolons with targets after a dash,
its assignments in two columns (code and short title, then the text closed by *Svarfrist*) and its schemes as
*Post 70 …* lines with the goal in brackets; and a Nynorsk report whose indicators are bullets with the result and
the target beside the name. The documents are invented and set as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of, goals_by_title

LETTER = """Tildelingsbrev 2026 – Direktoratet for vegtrafikk

2     Mål og styringsparametere for 2026
Målstrukturen består av ett samfunnsmål og to virksomhetsmål.

Samfunnsmål
Alle kommer trygt og effektivt fram på vegene

Virksomhetsmål 1     Færre blir drept eller hardt skadd i trafikken
Styringsparametere: antall kontroller av tunge kjøretøy langs vegen – minst 40 000;
andel førerprøver som gjennomføres innen fire uker etter bestilling – minst 90 prosent;
antall drepte i ulykker med tunge kjøretøy – høyst 20.

Virksomhetsmål 2     Tjenestene er digitale og enkle å bruke
Styringsparametere: andel søknader om kjøreseddel som behandles digitalt – minst 85 pro-
sent; gjennomsnittlig ventetid på telefon – høyst 4 minutter.

Styringsparameterne skal omtales i årsrapporten for 2026, og direktoratet skal vurdere
utviklingen over tid.

3     Oppdrag

Oppdrag                    Beskrivelse og svarfrist
-------------------------------------------------------------------------------------------
Virksomhetsmål 1

VT26-01 Kontroll av        Direktoratet skal utrede hvordan kontrollene av tunge kjøre-
tunge kjøretøy             tøy kan målrettes bedre mot virksomheter med mange avvik.
                           Svarfrist 1. juni 2026

VT26-02 Førerprøver i      Direktoratet skal foreslå tiltak som korter ned ventetiden
distriktene                på førerprøver i distriktene. Svarfrist 15.
                           oktober 2026

VT26-04 Evaluering av      Direktoratet skal sette i gang en ekstern evaluering av Tilskudd
sykkeltilskuddet           til sykkelopplæring i skolen. Evalueringen skal belyse om
                           ordningen gir tryggere skoleveier, og om satsene er treff-
                           sikre. Svarfrist 1. september 2026

Andre oppdrag

VT26-03 Felles             Direktoratet skal levere en plan for felles statistikk om
statistikk                 trafikksikkerhet. Svarfrist 1. desember 2026

4     Budsjettrammer for 2026
Beløp i 1 000 kroner.

Kap./post    Betegnelse                                                            Beløp
1340.01      Driftsutgifter                                                      412 300
1340.70      Tilskudd til trafikksikkerhetstiltak i kommunene                     96 500
1340.71      Tilskudd til digital opplæring for eldre bilførere                   12 000
1340.72      Tilskudd til sykkelopplæring i skolen, kan overføres                 8 000
1340.73      Tilskudd til trafikkopplæring for nyankomne                          5 500
             Sum kap. 1340                                                       534 300

5     Tilskuddsordninger
Direktoratet skal forvalte følgende tilskuddsordninger i 2026.

Post 70 Tilskudd til trafikksikkerhetstiltak i kommunene (virksomhetsmål 1)
Post 71 Tilskudd til digital opplæring for eldre bilførere (virksomhetsmål 2)
Post 72 Tilskudd til sykkelopplæring i skolen (virksomhetsmål 1)
Post 73 Tilskudd til trafikkopplæring for nyankomne (virksomhetsmål 1)
"""

REPORT = """Årsrapport 2025 – Direktoratet for fyrarv

Del III  Aktivitetar og resultat

Mål A – Fyrstasjonane er sette i stand og haldne ved like

Arbeidet under mål A handlar om vedlikehald av freda fyrstasjonar.

• Indikator: Del fyrstasjonar i god eller akseptabel stand Resultat: 64 % Målverdi: 70 %
• Indikator: Gjennomsnittleg tid frå skademelding til utbetring Resultat: 38 dagar
Målverdi: 45 dagar

Mål B – Fleire får oppleve og lære om fyrarven

• Indikator: Tal på besøkjande på opne fyrstasjonar Resultat: 51 200 Målverdi: 45 000

Vi opna sju nye fyrstasjonar for overnatting i 2025.
"""


def _parameters(entities: list[Entity]) -> dict[str, Entity]:
    return {e.label: e for e in entities if e.type == "SteeringParameter"}


def _measured_by(entities: list[Entity], parameter: Entity) -> list[str]:
    return [str(e.attr("title")) for e in entities if e.type == "Goal" and any(
        link.predicate == "measuredBy" and link.target == parameter.iri for link in e.links)]


def _targets(entity: Entity, predicate: str) -> list[str]:
    return [link.target for link in entity.links if link.predicate == predicate]


def test_a_paragraph_of_parameters_parted_by_semicolons_each_with_its_target_and_goal() -> None:
    entities = entities_of("brev.txt", LETTER)
    params = _parameters(entities)
    assert {label: p.attr("target") for label, p in params.items()} == {
        "antall kontroller av tunge kjøretøy langs vegen": "minst 40 000",
        "andel førerprøver som gjennomføres innen fire uker etter bestilling": "minst 90 prosent",
        "antall drepte i ulykker med tunge kjøretøy": "høyst 20",
        "andel søknader om kjøreseddel som behandles digitalt": "minst 85 prosent",
        "gjennomsnittlig ventetid på telefon": "høyst 4 minutter",
    }
    assert _measured_by(entities, params["antall drepte i ulykker med tunge kjøretøy"]) == [
        "Færre blir drept eller hardt skadd i trafikken"]
    assert _measured_by(entities, params["gjennomsnittlig ventetid på telefon"]) == [
        "Tjenestene er digitale og enkle å bruke"]


def test_two_column_assignments_with_a_title_under_the_code_and_the_deadline_closing_the_text() -> None:
    entities = entities_of("brev.txt", LETTER)
    assignments = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert sorted(assignments) == ["VT26-01", "VT26-02", "VT26-03", "VT26-04"]
    assert assignments["VT26-01"].label == ("Direktoratet skal utrede hvordan kontrollene av tunge kjøretøy kan "
                                            "målrettes bedre mot virksomheter med mange avvik.")
    assert [str(assignments[c].attr("deadline")) for c in sorted(assignments)] == [
        "2026-06-01", "2026-10-15", "2026-12-01", "2026-09-01"]
    goal = goals_by_title(entities)["Færre blir drept eller hardt skadd i trafikken"]
    assert _targets(assignments["VT26-02"], "underGoal") == [goal.iri]
    assert _targets(assignments["VT26-03"], "underGoal") == []


def test_a_letters_post_lines_name_the_scheme_and_the_goal_in_brackets() -> None:
    entities = entities_of("brev.txt", LETTER)
    schemes = {e.label: e for e in entities if e.type == "GrantScheme"}
    goals = goals_by_title(entities)
    # (not the title column's word and the text column's words read as one name in the assignment table)
    assert sorted(schemes) == ["Tilskudd til digital opplæring for eldre bilførere",
                               "Tilskudd til sykkelopplæring i skolen",
                               "Tilskudd til trafikkopplæring for nyankomne",
                               "Tilskudd til trafikksikkerhetstiltak i kommunene"]
    assert _targets(schemes["Tilskudd til trafikksikkerhetstiltak i kommunene"], "supportsGoal") == [
        goals["Færre blir drept eller hardt skadd i trafikken"].iri]
    assert _targets(schemes["Tilskudd til digital opplæring for eldre bilførere"], "supportsGoal") == [
        goals["Tjenestene er digitale og enkle å bruke"].iri]
    assert {name: _targets(schemes[name], "supportsGoal") for name in (
        "Tilskudd til sykkelopplæring i skolen", "Tilskudd til trafikkopplæring for nyankomne")} == {
        "Tilskudd til sykkelopplæring i skolen": [goals["Færre blir drept eller hardt skadd i trafikken"].iri],
        "Tilskudd til trafikkopplæring for nyankomne": [goals["Færre blir drept eller hardt skadd i trafikken"].iri]}


def test_indicator_bullets_with_the_result_and_target_beside_the_name_measure_the_goal_above() -> None:
    entities = entities_of("rapport.txt", REPORT)
    params = _parameters(entities)
    assert sorted(params) == ["Del fyrstasjonar i god eller akseptabel stand",
                              "Gjennomsnittleg tid frå skademelding til utbetring",
                              "Tal på besøkjande på opne fyrstasjonar"]
    wrapped = params["Gjennomsnittleg tid frå skademelding til utbetring"]
    assert wrapped.attr("target") == "45 dagar"
    assert [(r["year"], r["value"]) for r in wrapped.attr("results")] == [(2025, "38 dagar")]
    assert _measured_by(entities, params["Tal på besøkjande på opne fyrstasjonar"]) == ["Fleire får oppleve og lære om fyrarven"]
