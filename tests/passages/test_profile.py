"""A document's kind, issuer, addressee, date and year are read off its first page, by the genre's furniture."""

from __future__ import annotations

from kg.passages.profile import parse_date, read_profile


def first(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


LETTER = """
                                                 DET KONGELIGE
                                                 SAMFERDSELS- OG VEGDEPARTEMENT

Direktoratet for kystforvaltning
Postboks 12
8001 BODØ

Deres ref                      Vår ref                        Dato
                               21/2231-4                      18.12.2020

Statsbudsjettet 2021 – tildelingsbrev til Direktoratet for kystforvaltning

1 Innledning
Departementet viser til Prop. 1 S (2020–2021) og stiller midlene for 2021 til disposisjon.
"""

EVALUATION = """
Bedre havner?
Evaluering av tilskuddsordningen for fiskerihavner

Rapport 2022:14

Oppdragsgiver:        Direktoratet for kystforvaltning (DKF)
Utført av:            Nordvik Analyse AS
Rapportnummer:        Rapport 2022:14
Dato:                 3. juni 2022
"""


def test_allocation_letter_letterhead() -> None:
    p = read_profile(first(LETTER))
    assert p.kind == "tildelingsbrev"
    assert p.publisher == "Samferdsels- og vegdepartementet"
    assert p.addressee == "Direktoratet for kystforvaltning"
    assert p.date == "2020-12-18"
    assert p.year == 2021  # the budget year it applies to, not the year it is dated


def test_evaluation_colophon() -> None:
    p = read_profile(first(EVALUATION))
    assert p.kind == "evaluering"
    assert p.commissioner == "Direktoratet for kystforvaltning"
    assert p.publisher == "Nordvik Analyse"  # the firm without its legal form
    assert (p.year, p.date) == (2022, "2022-06-03")
    assert p.title == "Bedre havner? Evaluering av tilskuddsordningen for fiskerihavner"


def test_annual_report_title_page_and_unknown() -> None:
    assert read_profile(first("Direktoratet for eksempel\n\nÅRSRAPPORT\n2022\n\nInnhold")) .kind == "årsrapport"
    assert read_profile(first("ÅRSRAPPORT\n2022\n")).year == 2022
    assert read_profile(first("Nasjonal strategi for trygge havner 2023–2027\n\nForord")).kind == "strategi"
    assert read_profile(first("Referat fra møte i styringsgruppen\n\nTil stede: …")).kind is None


def test_dates_in_words_and_digits() -> None:
    assert parse_date("Oslo, 28. februar 2020") == "2020-02-28"
    assert parse_date("Dato 05.01.2023") == "2023-01-05"
    assert parse_date("innen 31. juni 2023") is None


def test_a_letterhead_with_the_reference_fields_spelt_out() -> None:
    letter = ("Havne- og kystdepartementet\n\nHavneverket\nPostboks 1 Sentrum\n0101 OSLO\n\n"
              "Deres referanse          Vår referanse          Dato\n"
              "                         23/4410-9              19.12.2023\n\n"
              "STATSBUDSJETTET 2024 – TILDELINGSBREV TIL HAVNEVERKET\n")
    p = read_profile(first(letter))
    assert (p.kind, p.addressee, p.date, p.year) == ("tildelingsbrev", "Havneverket", "2023-12-19", 2024)


def test_a_letterhead_with_the_reference_fields_spelt_out_and_a_title_in_capitals() -> None:
    letter = """Samferdsels- og vegdepartementet

Direktoratet for kystforvaltning
Postboks 10
8000 BODØ

Deres referanse          Vår referanse          Dato
                         23/101-4               18.12.2023

STATSBUDSJETTET 2024 – TILDELINGSBREV TIL DIREKTORATET FOR KYSTFORVALTNING

1. INNLEDNING
"""
    p = read_profile(first(letter))
    assert p.kind == "tildelingsbrev" and p.publisher == "Samferdsels- og vegdepartementet"
    assert (p.date, p.year) == ("2023-12-18", 2024)
    assert p.addressee == "Direktoratet for kystforvaltning"


def test_a_title_wrapped_in_an_about_the_report_box_and_a_firm_with_its_place() -> None:
    box = """RAPPORT 2022:11
Om rapporten
Tittel:            Bølger av frivillighet. Evaluering av tilskudd til kystlag i regi av
                   frivillige organisasjoner
Rapportserie:      Nordlys-rapport 2022:11
Oppdragsgiver:     Direktoratet for kystforvaltning (DKF)
Utgiver:           Nordlys samfunnsanalyse AS, Tromsø
Dato:              2. mai 2022
"""
    p = read_profile(first(box))
    assert p.kind == "evaluering" and p.year == 2022
    assert p.title == "Bølger av frivillighet. Evaluering av tilskudd til kystlag i regi av frivillige organisasjoner"
    assert p.publisher == "Nordlys samfunnsanalyse" and p.commissioner == "Direktoratet for kystforvaltning"


def test_an_evaluation_title_page_with_a_series_line_and_a_signed_preface() -> None:
    page = ("ANALYSEHUSET-RAPPORT NR. 14/2023\nMars 2023\n\n\nTRYGGE HAVNER?\nEvaluering av tilskudd til småbåthavner\n\n"
            "Oppdragsgiver:      Direktoratet for kystforvaltning\nUtført av:          Analysehuset\n\n"
            "Forord\nVi takker for samarbeidet.\n\nBergen, 2. mars 2023\n")
    p = read_profile(first(page))
    assert p.kind == "evaluering"
    assert p.title == "TRYGGE HAVNER? Evaluering av tilskudd til småbåthavner"  # no series or month line
    assert (p.year, p.date) == (2023, "2023-03-02")


def test_a_wrapped_ministry_in_capitals_an_agency_named_byrå_and_a_title_naming_the_addressee_after_a_dash() -> None:
    letter = """                          DET KONGELIGE KULTUR- OG
                          LIKESTILLINGSDEPARTEMENT

Arkivbyrået
Postboks 1
0101 OSLO

Deres ref.          Vår ref.          Dato
                    24/11-2           17. desember 2024

Tildelingsbrev 2025 – Arkivbyrået
"""
    p = read_profile(first(letter))
    assert (p.kind, p.publisher, p.addressee, p.year) == (
        "tildelingsbrev", "Kultur- og likestillingsdepartementet", "Arkivbyrået", 2025)
    plain = read_profile(first("Det kongelige\nKultur- og likestillingsdepartement\n\nArkivbyrået\n\n"
                               "Deres ref   Vår ref   Dato\n            24/1   01.12.2024\n\nTILDELINGSBREV 2025\n"))
    assert plain.publisher == "Kultur- og likestillingsdepartementet"


def test_an_evaluation_title_wrapped_onto_a_line_in_lower_case_is_one_title() -> None:
    page = """RAPPORT 2024:3

Arkiv for alle
Evaluering av Tilskudd til digitalisering
av privatarkiv

Oppdragsgiver:   Arkivbyrået
Utført av:       Analyse og Råd AS
Dato:            1. mars 2024
"""
    assert read_profile(first(page)).title == "Arkiv for alle Evaluering av Tilskudd til digitalisering av privatarkiv"


def test_a_title_naming_the_addressee_before_the_year_and_a_short_name_in_the_title() -> None:
    letter = """                          DET KONGELIGE
                          KULTUR- OG LIKESTILLINGSDEPARTEMENT

{block}
Postboks 1
0101 OSLO

Deres ref.          Vår ref.          Dato
                    24/11-2           17. desember 2024

Tildelingsbrev til {title} for 2025
"""
    p = read_profile(first(letter.format(block="Direktoratet for museer og kulturarv",
                                         title="Direktoratet for museer og kulturarv")))
    assert p.addressee == "Direktoratet for museer og kulturarv"  # the year is no part of the name
    p = read_profile(first(letter.format(block="Direktoratet for museer og kulturarv", title="Museumsdirektoratet")))
    assert p.addressee == "Direktoratet for museer og kulturarv"  # the address block's name over a title's short one


def test_an_annual_reports_cover_title_set_letterspaced() -> None:
    p = read_profile(first("Statens senter for museumsformidling\n\nÅ R S R A P P O R T   2 0 2 4\n\nMuseer for alle.\n"))
    assert (p.kind, p.year) == ("årsrapport", 2024)


def test_a_nynorsk_colophon_with_the_publishers_address_after_its_name() -> None:
    page = """VIS-rapport 7/2025

                 Ei ny byrjing? Evaluering av museumsprogrammet Ny Byrjing

Tittel:            Ei ny byrjing? Evaluering av museumsprogrammet Ny Byrjing
Oppdragsgivar:     Direktoratet for museum og kulturarv (DMK)
Dato:              14. oktober 2025
Utgivar:           Vestnorsk institutt for samfunnsforsking (VIS), Postboks 417,
                   5805 Bergen
"""
    p = read_profile(first(page))
    assert (p.kind, p.year, p.date) == ("evaluering", 2025, "2025-10-14")
    assert p.publisher == "Vestnorsk institutt for samfunnsforsking"
    assert p.commissioner == "Direktoratet for museum og kulturarv"


def test_a_press_release_its_sender_dateline_and_headline() -> None:
    first = ["PRESSEMELDING", "Statens tilsyn for fyr og hamner (Fyrtilsynet)", "Bodø, 12. mai 2025", "",
             "46 millioner kroner til fyrvern – ny kampanje for kystkultur", "",
             "Fyrtilsynet har fordelt 46,2 millioner kroner …"]
    p = read_profile(first)
    assert (p.kind, p.publisher, p.date, p.year) == ("pressemelding", "Statens tilsyn for fyr og hamner", "2025-05-12",
                                                     2025)
    assert p.title == "46 millioner kroner til fyrvern – ny kampanje for kystkultur"


def test_an_action_plan_titled_in_capitals_over_lines_with_its_period_and_adoption_date() -> None:
    first = ["Statens tilsyn for fyr og hamner", "", "HANDLINGSPLAN FOR", "FYRVERN", "2025–2027", "", "Fyrtilsynet",
             "", "Vedtatt av direktøren 9. desember 2024", "Handlingsplan for fyrvern 2025–2027"]
    p = read_profile(first)
    assert (p.kind, p.title, p.year, p.date) == ("strategi", "Handlingsplan for fyrvern 2025–2027", 2025, "2024-12-09")


def test_allocation_letter_with_a_cover_page_in_place_of_a_letterhead() -> None:
    first = ["Tildelingsbrev 2024", "Senter for digital deltakelse", "Digitaliserings- og forvaltningsdepartementet",
             "19.12.2023", "Innholdsfortegnelse", "1  Innledning ........ 3"]
    p = read_profile(first)
    assert (p.kind, p.title, p.publisher, p.addressee, p.date, p.year) == (
        "tildelingsbrev", "Tildelingsbrev 2024 – Senter for digital deltakelse",
        "Digitaliserings- og forvaltningsdepartementet", "Senter for digital deltakelse", "2023-12-19", 2024)
    # a report that names the letter on its cover is no letter
    assert read_profile(["Årsrapport 2023", "Tildelingsbrev 2023 er omtalt i kapittel 3"]).kind == "årsrapport"


def test_press_release_with_the_senders_letterhead_beside_the_label() -> None:
    first = ["PRESSEMELDING                                  Bo- og stedsdirektoratet",
             "                                               Postboks 410",
             "Publisert: 14. mars 2024                       presse@bsd.no",
             "Tolv nye kommuner med i Tettstedsløftet"]
    p = read_profile(first)
    assert (p.kind, p.publisher, p.date, p.title) == (
        "pressemelding", "Bo- og stedsdirektoratet", "2024-03-14", "Tolv nye kommuner med i Tettstedsløftet")


def test_evaluation_colophon_printed_as_a_block_of_labels_over_a_block_of_values() -> None:
    first = ["Kvisthaug-rapport 31/2024", "Evaluering av tilskuddsordningen for matsvinntiltak",
             "Tittel:", "Rapportnummer:", "Oppdragsgiver:", "Utført av:", "Dato:", "",
             "Evaluering av tilskuddsordningen for matsvinntiltak", "31/2024",
             "Nasjonalt senter for matkultur og måltider", "Kvisthaug Analyse AS", "28. november 2024"]
    p = read_profile(first)
    assert (p.kind, p.publisher, p.commissioner, p.date, p.year) == (
        "evaluering", "Kvisthaug Analyse", "Nasjonalt senter for matkultur og måltider", "2024-11-28", 2024)


def test_an_evaluation_led_by_a_short_named_performer_in_partnership_takes_the_name_the_pages_spell_out() -> None:
    text = ("NSF-RAPPORT 2025:4\n\nEVALUERING AV FJELLGRÜNDER-PROGRAMMET\n\nNorsk senter for fjellforskning\n"
            "Om rapporten\n\nTittel\nEvaluering av Fjellgründer-programmet. Sluttrapport\nRapportserie og nummer\n"
            "NSF-rapport 2025:4\nDato\nJuni 2025\nOppdragsgiver\nFjelldirektoratet\nUtført av\n"
            "NSF i samarbeid med Vidde Analyse AS\n\nNorsk senter for fjellforskning (NSF)\nPostboks 4, 9480 Harstad\n")
    p = read_profile(first(text))
    assert (p.kind, p.publisher, p.commissioner, p.year) == (
        "evaluering", "Norsk senter for fjellforskning", "Fjelldirektoratet", 2025)
    assert p.title == "Evaluering av Fjellgründer-programmet. Sluttrapport"


CAPITALS_COVER = """RAPPORT
Oppdragsgiver: Direktoratet for kystflåten
Rapporttype: Sluttrapport
Dato: 4. april 2025


EVALUERING AV ORDNINGEN
MED KONDEMNERINGSTILSKUDD

Sluttrapport

Nordkapp Research
Evaluering av ordningen med kondemneringstilskudd      2

Utført av        Nordkapp Research
Prosjektleder    Kari Nordmann
"""


def test_a_cover_with_its_labels_above_a_title_in_capitals_and_a_research_firm_without_a_colon() -> None:
    p = read_profile(first(CAPITALS_COVER))
    assert p.kind == "evaluering"
    # the running header writes the title in ordinary case
    assert p.title == "Evaluering av ordningen med kondemneringstilskudd"
    assert p.publisher == "Nordkapp Research"
    assert p.commissioner == "Direktoratet for kystflåten"


def test_a_commissioner_with_a_long_short_name_in_brackets() -> None:
    text = CAPITALS_COVER.replace("Oppdragsgiver: Direktoratet for kystflåten",
                                  "Oppdragsgiver: Direktoratet for kystflåte og fiskehavner (Kystflåtedirektoratet)")
    assert read_profile(first(text)).commissioner == "Direktoratet for kystflåte og fiskehavner"


def test_an_evaluations_title_leaves_out_the_performers_logo_line_above_it() -> None:
    text = ("KYFO – Kystforskningsinstituttet\n\n\nRapport 2024:7\n\n\nHavner som virker?\n"
            "Evaluering av Tilskudd til gjestehavner\n\n\nOppdragsgiver:     Direktoratet for fritidsflåten\n"
            "Utført av:         Kystforskningsinstituttet (KYFO)\nDato:              14. mars 2024\n")
    assert read_profile(first(text)).title == "Havner som virker? Evaluering av Tilskudd til gjestehavner"


def test_an_evaluation_by_two_institutes_takes_the_first_named_and_the_date_both_cities_sign() -> None:
    page = ("HFI-rapport 2025:3\n\n\nSkoleskyss i distriktene\n\n"
            "Utført av Havforskningsinstituttet for distrikt og Nordnorsk senter for samferdsel på\n"
            "oppdrag fra Samferdselsdepartementet\n"
            "Tittel            Skoleskyss i distriktene. Evaluering av tilskuddsordnin-\n"
            "                  gen for skoleskyss i spredtbygde strøk\n"
            "Oppdragsgiver     Samferdselsdepartementet (SD)\n"
            "Utført av         Havforskningsinstituttet for distrikt (HFI) og Nordnorsk\n"
            "                  senter for samferdsel (NSS)\n"
            "Dato              Mars 2025\n\n"
            "Forord\nVi takker for samarbeidet.\n\nTromsø og Bodø, 12. mars 2025\n")
    p = read_profile(first(page))
    assert p.kind == "evaluering"
    assert p.publisher == "Havforskningsinstituttet for distrikt"  # the first named leads; 'og' in a name stays
    assert p.title == "Skoleskyss i distriktene. Evaluering av tilskuddsordningen for skoleskyss i spredtbygde strøk"
    assert (p.year, p.date) == (2025, "2025-03-12")
