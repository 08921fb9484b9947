"""The first pages of an evaluation report make the document itself an Evaluation, linked to who commissioned
and who performed it and to the scheme it evaluates. The text is invented; no name in it comes from the corpus."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

FIRST_PAGES = """

Trygg havn?
Evaluering av Tilskudd til småbåthavner

Rapport 2021:7

nordlys analyse

Rapport 2021:7    1

Trygg havn? Evaluering av Tilskudd til småbåthavner

Oppdragsgiver:        Kystverket for fritidsflåten (KFF)
Utført av:            Nordlys Analyse
Rapportnummer:        Rapport 2021:7
ISBN:                 978-82-0000-000-0
Dato:                 3. mai 2021
Prosjektleder:        Kari Nordmann

2

Forord

Nordlys Analyse har på oppdrag fra KFF evaluert Tilskudd til småbåthavner. Evalue-
ringen er gjennomført i perioden september 2020 til april 2021.
"""


def _evaluation() -> tuple[Entity, list[Entity]]:
    found = entities_of("havnerapport.txt", FIRST_PAGES)
    return next(e for e in found if e.type == "Evaluation" and e.attr("self")), found


def test_the_colophon_makes_the_document_one_evaluation_with_series_and_year() -> None:
    evaluation, found = _evaluation()
    assert evaluation.label == "Trygg havn? Evaluering av Tilskudd til småbåthavner"
    assert evaluation.attr("series") == "Rapport 2021:7" and evaluation.attr("year") == 2021
    assert sum(1 for e in found if e.type == "Evaluation" and e.attr("self")) == 1


def test_the_evaluation_links_commissioner_performer_and_the_scheme_it_evaluates() -> None:
    evaluation, _ = _evaluation()
    links = {(link.predicate, link.target_type, link.target_label) for link in evaluation.links
             if link.direction == "out"}
    assert ("performedBy", "Organisation", "Nordlys Analyse") in links
    assert any(p == "commissionedBy" and t == "Organisation" for p, t, _ in links)
    assert ("evaluates", "GrantScheme", "Tilskudd til småbåthavner") in links


def test_a_report_that_only_cites_an_evaluation_is_not_one() -> None:
    text = "1 Innledning\n\nEvaluering av Tilskudd til småbåthavner (Nordlys Analyse, 2021) viser gode resultater.\n"
    assert not any(e.attr("self") for e in entities_of("arsrapport.txt", text))


REPORT_BOX = """                                                              RAPPORT 2022:11


Bølger av frivillighet

Evaluering av tilskudd til kystlag i regi av frivillige
organisasjoner


Kari Nordmann og Ola Nordmann

Utarbeidet for Kystverket for fritidsflåten


NORDLYS analyse

___________________________________________________________________________

Om rapporten

Tittel:            Bølger av frivillighet. Evaluering av tilskudd til kystlag i regi av
                   frivillige organisasjoner
Rapportserie:      Nordlys-rapport 2022:11
Oppdragsgiver:     Kystverket for fritidsflåten (KFF)
Forfattere:        Kari Nordmann (prosjektleder), Ola Nordmann
Utgiver:           Nordlys analyse AS, Tromsø
Dato:              2. mai 2022

Forord
Denne rapporten er sluttrapporten fra evalueringen.
"""


def test_an_about_the_report_box_gives_the_wrapped_title_and_the_publisher_without_its_legal_form() -> None:
    found = entities_of("kystlag.txt", REPORT_BOX)
    evaluation = next(e for e in found if e.type == "Evaluation" and e.attr("self"))
    assert evaluation.label == ("Bølger av frivillighet. Evaluering av tilskudd til kystlag i regi av frivillige "
                                "organisasjoner")
    assert evaluation.attr("series") == "Nordlys-rapport 2022:11" and evaluation.attr("year") == 2022
    assert evaluation.attr("publisher") == ("Nordlys analyse",)


def test_the_evaluated_scheme_serves_the_goal_the_report_quotes() -> None:
    text = FIRST_PAGES + ("\nSammendrag\nOrdningen skal bidra til virksomhetsmål 3 i tildelingsbrevet: «Fritidsbåtene "
                          "har trygge havner». Vi har vurdert om den gjør det.\n")
    found = entities_of("havnerapport.txt", text)
    grant = next(e for e in found if e.type == "GrantScheme" and e.label == "Tilskudd til småbåthavner")
    assert {link.target_label.split(":")[0] for link in grant.links if link.predicate == "supportsGoal"} == {
        "Virksomhetsmål 3"}


def test_the_goal_quoted_with_the_scheme_after_the_verb_and_the_number_on_the_next_line() -> None:
    text = FIRST_PAGES + ("\nSammendrag\nIfølge tildelingsbrevet skal ordningen bidra til direktoratets virksomhetsmål\n"
                          "3: Fritidsbåtene har trygge havner langs hele kysten. Vi har vurdert om den gjør det.\n")
    found = entities_of("havnerapport.txt", text)
    grant = next(e for e in found if e.type == "GrantScheme" and e.label == "Tilskudd til småbåthavner")
    assert {link.target_label for link in grant.links if link.predicate == "supportsGoal"} == {
        "Virksomhetsmål 3: Fritidsbåtene har trygge havner langs hele kysten"}


WRAPPED_TITLE = """                                                   AR-rapport 2025-3

Arkiv for alle
Evaluering av Tilskudd til digitalisering
av privatarkiv

Oppdragsgiver:   Arkivbyrået
Utført av:       Analyse og Råd AS
Rapportnummer:   AR-rapport 2025-3
Dato:            1. mars 2025
"""


def test_a_title_wrapped_onto_a_lower_case_line_is_read_whole() -> None:
    own = [e for e in entities_of("rapport.txt", WRAPPED_TITLE) if e.type == "Evaluation" and e.attr("self")]
    assert [e.label for e in own] == ["Arkiv for alle Evaluering av Tilskudd til digitalisering av privatarkiv"]


def test_performers_in_partnership_are_each_an_organisation_of_the_evaluation() -> None:
    text = ("EVALUERING AV FJELLGRÜNDER-PROGRAMMET\n\nOm rapporten\n\nTittel\nEvaluering av Fjellgründer-programmet. "
            "Sluttrapport\nRapportserie og nummer\nNSF-rapport 2025:4\nDato\nJuni 2025\nOppdragsgiver\n"
            "Fjelldirektoratet\nUtført av\nNSF i samarbeid med Vidde Analyse AS\n\nForord\nRapporten evaluerer "
            "programmet.\n")
    evaluation = next(e for e in entities_of("e.txt", text) if e.type == "Evaluation" and e.attr("self"))
    assert evaluation.attr("publisher") == ("NSF", "Vidde Analyse")
    assert sorted(link.target_label for link in evaluation.links if link.predicate == "performedBy") == [
        "NSF", "Vidde Analyse"]
    assert [link.target_label for link in evaluation.links if link.predicate == "evaluates"] == [
        "Fjellgründer-programmet"]


QUESTION_TITLE = """NAS-rapport 9/2024

                  Et løft for fritiden?

          Sluttevaluering av Fritidsløftet 2021–2024

                  NORDVIK ANALYSE
Om rapporten
------------------------------------------------------------------------
Tittel:               Et løft for fritiden?
Undertittel:          Sluttevaluering av Fritidsløftet 2021–2024
Rapportserie:         NAS-rapport 9/2024
Oppdragsgiver:        Direktoratet for fritid (Dfri)
Oppdragsgivers ref.:  24/1187
Utført av:            Nordvik Analyse AS
Dato:                 28. november 2024
------------------------------------------------------------------------

Sammendrag
Nordvik Analyse har på oppdrag fra Direktoratet for fritid evaluert Fritidsløftet,
direktoratets program for kommuner som vil gi flere barn en fast fritidsaktivitet.

Fritidsløftet skal bidra til direktoratets virksomhetsmål 2: Alle barn kan delta i minst
én organisert fritidsaktivitet. Evalueringen har derfor særlig undersøkt deltakelsen.
"""


def test_a_title_that_is_a_question_leaves_what_is_evaluated_to_the_subtitle_and_the_summary_quotes_the_goal() -> None:
    found = entities_of("evaluering.txt", QUESTION_TITLE)
    own = next(e for e in found if e.type == "Evaluation")
    links = {(link.predicate, link.target_label) for link in own.links}
    assert ("evaluates", "Fritidsløftet") in links
    assert ("commissionedBy", "Direktoratet for fritid") in links
    goals = [e for e in found if e.type == "Goal"]
    assert [(g.attr("number"), g.attr("title")) for g in goals] == [
        (2, "Alle barn kan delta i minst én organisert fritidsaktivitet")]


CAPITALS_COVER = """RAPPORT
Oppdragsgiver: Direktoratet for kystflåten
Rapporttype: Sluttrapport
Dato: 4. april 2025


EVALUERING AV ORDNINGEN
MED KONDEMNERINGSTILSKUDD

Nordkapp Research
Evaluering av ordningen med kondemneringstilskudd      2

Utført av        Nordkapp Research
Prosjektleder    Kari Nordmann

1 Innledning
Evalueringen skal besvare to spørsmål:
1. I hvilken grad bidrar ordningen til direktoratets virksomhetsmål 2,
   «Fiskeflåten er moderne og trygg for mannskapet»?
2. Er forvaltningen effektiv?
"""


def test_a_title_in_capitals_below_the_covers_labels_and_the_goal_a_question_quotes() -> None:
    found = entities_of("kondemnering.txt", CAPITALS_COVER)
    evaluation = next(e for e in found if e.type == "Evaluation" and e.attr("self"))
    assert evaluation.label == "Evaluering av ordningen med kondemneringstilskudd"
    links = {(link.predicate, link.target_label) for link in evaluation.links}
    assert ("commissionedBy", "Direktoratet for kystflåten") in links
    assert ("performedBy", "Nordkapp Research") in links
    goals = {e.attr("title") for e in found if e.type == "Goal"}
    assert goals == {"Fiskeflåten er moderne og trygg for mannskapet"}


LOGO_COVER = """KYFO – Kystforskningsinstituttet


Rapport 2024:7


Havner som virker?
Evaluering av Tilskudd til gjestehavner og Havnenettverket


Kari Nordmann og Ola Nordmann



Oppdragsgiver:     Direktoratet for fritidsflåten
Utført av:         Kystforskningsinstituttet (KYFO)
ISBN:              978-82-0000-000-1

Bergen, mars 2024
"""


def test_the_performers_logo_is_no_part_of_the_title_and_a_title_naming_a_scheme_and_a_network_evaluates_both() -> None:
    found = entities_of("rapport.txt", LOGO_COVER)
    own = [e for e in found if e.type == "Evaluation"]
    assert [e.label for e in own] == ["Havner som virker? Evaluering av Tilskudd til gjestehavner og Havnenettverket"]
    by_iri = {e.iri: e for e in found}
    assert sorted((by_iri[link.target].type, by_iri[link.target].label) for link in own[0].links
                  if link.predicate == "evaluates") == [("GrantScheme", "Tilskudd til gjestehavner"),
                                                        ("Measure", "Havnenettverket")]


PILOT = """                                                                  KVA-rapport 2025:4



Sjøsterk i skolen
Sluttevaluering av et forsøk med svømmeopplæring
på ungdomstrinnet


Høgskulen på Sunnmøre

Tittel                Sjøsterk i skolen. Sluttevaluering av et forsøk med svømme-
                      opplæring på ungdomstrinnet
Rapportserie          KVA-rapport 2025:4
Dato                  2. mai 2025
Oppdragsgiver         Direktoratet for vannsikkerhet
Utført av             Høgskulen på Sunnmøre
"""


def test_a_title_naming_a_measure_before_what_describes_it_evaluates_the_named_measure() -> None:
    found = entities_of("sjosterk.txt", PILOT)
    evaluation = next(e for e in found if e.type == "Evaluation" and e.attr("self"))
    evaluates = [(link.target_type, link.target_label) for link in evaluation.links
                 if link.direction == "out" and link.predicate == "evaluates"]
    assert evaluates == [("Measure", "Sjøsterk i skolen")]
