"""Services and programmes presented by name: defined as one, a web address, 'Name (ABBR)', between dashes."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

1.1.1 Havnevakt.no 
Havnevakt.no når mange båtfolk med råd om sikker ferdsel. I 2024 hadde nettstedet 400 000 besøk. 

1.1.2 Kurs for fritidsbåtførere 
«Trygg i båten» er et etablert kurs som holdes i regi av etaten. Kurset tilbys i alle regioner. 
Båtvettportalen.no er en kunnskaps- og øvingsportal for fritidsbåtførere. Mekling er et tilbud til 
havner i konflikt. Etaten samarbeider om Båtvettportalen.no med frivillige. 

1.1.3 Maritim veiledningsmetode (MVM) 
Ved fullført veiledning hadde 80 prosent av havnene oppdatert sikkerhetsplan. 

1.1.4 Havnelosnettverk 
Havnelosnettverk skal bidra til at havnesjefer på tvers av kommuner deler erfaringer. 

1.1.5 Kystvett for alle (Kyva) 
Kystvett for alle er et opplæringsprogram der kommuner ber om faglig støtte. Etaten har levert 
Kyva-programmet i tolv kommuner. 

1.1.6 Status for tiltakene 
Opplæringsprogram om sikker fortøyning (SAFO) 
SAFO ble gjennomført med 90 deltakere i 2024. Totalt har 400 deltakere gjennomført SAFO. 

Det er laget et eget risikoverktøy – RAVN – for havnene. I tillegg er RAVN et bidrag til et felles språk. 
Dette er et tiltak som etaten prioriterer. 

1.1.7 Kunnskapsgrunnlag 
Følgende kunnskapsgrunnlag er publisert eller pågående i 2024: 

• Delrapport 2 i prosjektet «Havner i endring» (Nordlandsforskning, 2024) 
• Følgeevaluering av SAFO (pågående) 
• Effekter av kurset «Trygg i båten» for nye båtførere: Sluttrapport (Nord universitet, 2024) 
"""


def _measures() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("kyst.txt", TEXT) if e.type == "Measure"}


def test_a_name_defined_as_a_course_portal_or_programme_is_a_measure_of_the_goal() -> None:
    measures = _measures()
    assert {"Trygg i båten", "Båtvettportalen.no", "Kystvett for alle"} <= set(measures)
    assert any(link.predicate == "addresses" for link in measures["Trygg i båten"].links)


def test_a_common_noun_defined_as_a_service_or_a_pronoun_is_no_measure() -> None:
    labels = {label.lower() for label in _measures()}
    assert "mekling" not in labels and "dette" not in labels


def test_a_web_address_heading_a_section_is_a_service() -> None:
    assert "Havnevakt.no" in _measures()


def test_a_section_named_with_an_abbreviation_and_a_measure_noun_is_named_by_the_abbreviation() -> None:
    measures = _measures()
    mvm = next(e for e in measures.values() if "MVM" in (e.label, *e.alt_labels))
    assert "Maritim veiledningsmetode" in (mvm.label, *mvm.alt_labels)
    assert mvm.iri.endswith("/measure/mvm")


def test_a_clipped_short_form_in_parentheses_merges_into_the_full_name() -> None:
    measures = _measures()
    assert "Kyva" not in measures
    assert "Kyva" in measures["Kystvett for alle"].alt_labels


def test_a_section_stating_its_named_subjects_purpose_presents_a_measure() -> None:
    assert "Havnelosnettverk" in _measures()


def test_an_abbreviation_introduced_on_its_own_line_and_used_again_is_one_measure() -> None:
    measures = _measures()
    safo = [e for e in measures.values() if "SAFO" in (e.label, *e.alt_labels)]
    assert len(safo) == 1
    assert "Opplæringsprogram om sikker fortøyning" in (safo[0].label, *safo[0].alt_labels)


def test_a_name_set_off_by_dashes_after_a_tool_noun_is_a_measure() -> None:
    assert "RAVN" in _measures()


def test_a_research_project_named_in_a_report_title_is_no_measure() -> None:
    assert "Havner i endring" not in _measures()


def test_the_effects_of_a_named_course_are_an_evaluation_of_that_course() -> None:
    entities = entities_of("kyst.txt", TEXT)
    evaluation = next(e for e in entities if e.type == "Evaluation" and e.label.startswith("Effekter"))
    course = next(e for e in entities if e.label == "Trygg i båten")
    assert any(link.predicate == "evaluates" and link.target == course.iri for link in evaluation.links)


def test_every_source_is_the_exact_name_in_the_text() -> None:
    for e in _measures().values():
        for s in e.sources:
            assert TEXT[s.start:s.end] == s.text
        if e.label in ("Trygg i båten", "Båtvettportalen.no", "Havnevakt.no", "RAVN"):
            assert any(TEXT[s.start:s.end] == e.label for s in e.sources)
