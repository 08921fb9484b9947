"""What an evaluation evaluates, by the names the document gives its measures and schemes. The text is invented
(a directorate for digital help); no name in it comes from the corpus."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.targets import evaluated
from tests.mentions.pipeline import entities_of

TEXT = """1 Resultater

1.1 Mål 1: Alle kan bruke digitale tjenester

Hjelpelinja for digitale tjenester, som vi har drevet siden 2021, besvarte 41 000 henvendelser
fra folk som sto fast. Kvinner i arbeid er et program der kommunene gir
arbeidsrettet veiledning; det finansieres gjennom Tilskudd til Kvinner i arbeid, som i 2023
fordelte 12 mill. kroner.

Kunnskapsgrunnlag
- Et klikk unna? Evaluering av Hjelpelinja for digitale tjenester (Nordvik Analyse, 2023)
- Raskere i jobb? Evaluering av Kvinner i arbeid (Fjordsyn, 2022)
"""


def _evaluated(entities: list[Entity]) -> dict[str, list[str]]:
    by_iri = {e.iri: e for e in entities}
    return {e.label: sorted(by_iri[link.target].label for link in e.links if link.predicate == "evaluates")
            for e in entities if e.type == "Evaluation"}


def test_a_title_naming_a_known_measure_whole_evaluates_that_measure() -> None:
    entities = entities_of("digital.txt", TEXT)
    found = _evaluated(entities)
    assert found["Et klikk unna? Evaluering av Hjelpelinja for digitale tjenester"] == [
        "Hjelpelinja for digitale tjenester"]
    assert "Hjelpelinja" not in {e.label for e in entities if e.type == "Measure"}  # no name cut short


def test_a_programme_with_a_scheme_of_its_name_is_the_programme_named_whole() -> None:
    found = _evaluated(entities_of("digital.txt", TEXT))
    assert found["Raskere i jobb? Evaluering av Kvinner i arbeid"] == ["Kvinner i arbeid"]


def test_titles_of_own_schemes_pointers_and_a_name_before_the_dash() -> None:
    assert [(t.type, t.label) for t in evaluated("Evaluering av mentorordninga for nye produsentar")] == [
        ("Measure", "mentorordninga for nye produsentar")]
    assert [(t.type, t.label) for t in evaluated("Heim att – følgjeevaluering av programmet for unge vaksne")] == [
        ("Measure", "Heim att")]
    assert [t.type for t in evaluated("Effektmåling av kampanjen «Ut i nærmiljøet»")] == ["Measure"]


def test_a_scheme_named_after_the_generic_noun_is_evaluated_by_its_own_name() -> None:
    assert [(t.type, t.label) for t in evaluated("Evaluering av tilskotsordninga Museumsløftet")] == [
        ("GrantScheme", "Museumsløftet")]
    assert [(t.type, t.label) for t in evaluated("Ekstern evaluering av tilskuddsordningen Vandremidlene")] == [
        ("GrantScheme", "Vandremidlene")]


def test_the_years_a_title_covers_are_no_part_of_what_it_evaluates() -> None:
    read = {title: [(t.type, t.label) for t in evaluated(title)] for title in (
        "Sluttevaluering av Fjellskolen 2019–2021", "Vidda – evaluering av pilotåra 2021–2022",
        "Fjelløftet 2019–2022. Sluttevaluering av første programperiode",
        "Evaluering av Kompetansesatsingen 2018–2024")}
    assert read == {"Sluttevaluering av Fjellskolen 2019–2021": [("Measure", "Fjellskolen")],
                    "Vidda – evaluering av pilotåra 2021–2022": [("Measure", "Vidda")],
                    "Fjelløftet 2019–2022. Sluttevaluering av første programperiode": [("Measure", "Fjelløftet")],
                    "Evaluering av Kompetansesatsingen 2018–2024": [("Reform", "Kompetansesatsingen 2018–2024")]}


def test_a_nynorsk_scheme_and_a_sentence_after_the_evaluated_name() -> None:
    assert [(t.type, t.label) for t in evaluated("Evaluering av Driftstilskot til frivillige kulturlag")] == [
        ("GrantScheme", "Driftstilskot til frivillige kulturlag")]
    assert [t.label for t in evaluated("Evalueringen av Fjelløftet konkluderer med at programmet virker")] == [
        "Fjelløftet"]


PILOT = """3 Årets aktivitetar og resultat

3.1 Delmål 1: Leigebuarar har trygge bustader
Om lag ein tredel av tilsyna vart valde ut etter risiko, gjennom Pilot med risikobasert tilsyn i Bergen og
Tromsø. Resultatkravet om hybelbustader, som vi rapporterte på fram til 2022, er ikkje lenger med.

3.4 Kunnskap, analysar og evalueringar
- Evaluering av pilot med risikobasert tilsyn. Agderforsking (under arbeid)
"""


def test_a_measure_capitalised_inside_a_sentence_and_an_evaluation_naming_it_by_its_opening_words() -> None:
    entities = entities_of("rapport.txt", PILOT)
    measures = {e.label: e for e in entities if e.type == "Measure"}
    # the places after 'i' belong to the name; a steering term before ', som vi …' opens none
    assert set(measures) == {"Pilot med risikobasert tilsyn i Bergen og Tromsø"}
    assert {link.target_label.split(":")[0] for link in measures["Pilot med risikobasert tilsyn i Bergen og Tromsø"].links
            if link.predicate == "addresses"} == {"Delmål 1"}
    assert _evaluated(entities) == {
        "Evaluering av pilot med risikobasert tilsyn": ["Pilot med risikobasert tilsyn i Bergen og Tromsø"]}


def test_a_title_reading_a_scheme_by_fewer_words_evaluates_the_one_scheme_whose_name_holds_them_all() -> None:
    text = ("1 Resultat\n\n1.1 Mål 1: Fartøya blir tekne vare på\n\n"
            "Tilskot til istandsetjing av verneverdige fartøy gjekk til 41 fartøy i 2024.\n\n"
            "Kunnskapsgrunnlag\n"
            "- Følgjeevaluering av tilskotsordninga for istandsetjing av fartøy (Nordvik Analyse, 2024)\n")
    entities = entities_of("r.txt", text)
    assert _evaluated(entities) == {"Følgjeevaluering av tilskotsordninga for istandsetjing av fartøy":
                                    ["Tilskot til istandsetjing av verneverdige fartøy"]}
    assert [e.label for e in entities if e.type == "GrantScheme"] == ["Tilskot til istandsetjing av verneverdige fartøy"]


def test_an_evaluation_a_ministry_has_ordered_and_its_performers_told_in_the_next_sentence() -> None:
    text = ("Tildelingsbrev 2025 – Havnedirektoratet\n\n3 Mål\n\nTil mål 3: Direktoratet skal forvalte "
            "støtteordninga for gjestehamner i distrikta.\nDepartementet har bestilt ei ekstern evaluering av "
            "støtteordninga for gjestehamner i distrikta. Evalueringa vert utført av Nordvik Analyse og "
            "Havforskningsinstituttet, og ho skal "
            "liggje føre hausten 2025.\n")
    entities = entities_of("brev.txt", text)
    found = {e.label: e for e in entities if e.type == "Evaluation"}
    ordered = found["Evaluering av støtteordninga for gjestehamner i distrikta"]
    assert ordered.attr("status") == "ongoing" and "Havforskningsinstituttet" in ordered.attr("publisher")
    assert _evaluated(entities) == {"Evaluering av støtteordninga for gjestehamner i distrikta":
                                    ["støtteordninga for gjestehamner i distrikta"]}
