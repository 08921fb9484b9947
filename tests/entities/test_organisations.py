"""One organisation, one entity: genitives, company forms and short names written after the name."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

Havforskningsinstituttet HAVI har kartlagt farledene på oppdrag fra direktoratet. 

1.1.1 Merking av farleder 
Funnene fra HAVI viser at merkingen er mangelfull. Sjøfartstilsynets gjennomgang fra 2023 peker i samme retning, og 
Sjøfartstilsynet følger opp med tilsyn i 2025. Kystombudets rapport kom i desember. 

1.1.2 Kunnskapsgrunnlag 
Følgende kunnskapsgrunnlag er publisert eller pågående i 2024: 

• Kartlegging av småbåthavner (Kystanalyse AS, 2024) 
• Brukerundersøkelse blant havnesjefer (Kystanalyse, 2023) 
"""


def _organisations() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("org.txt", TEXT) if e.type == "Organisation"}


def test_a_genitive_names_the_organisation_in_its_base_form() -> None:
    orgs = _organisations()
    assert "Sjøfartstilsynets" not in orgs and "Sjøfartstilsynet" in orgs
    assert "Kystombudet" in orgs  # read only in the genitive, still labelled in the base form
    assert orgs["Sjøfartstilsynet"].iri.endswith("/organisation/sjofartstilsynet")


def test_a_company_form_does_not_make_a_second_organisation() -> None:
    orgs = _organisations()
    assert "Kystanalyse AS" not in orgs and "Kystanalyse" in orgs


def test_a_short_name_after_the_full_name_is_the_same_organisation() -> None:
    orgs = _organisations()
    assert "HAVI" not in orgs
    institute = orgs["Havforskningsinstituttet"]
    assert "HAVI" in institute.alt_labels
    sections = {src.section_number for src in institute.sources}
    assert sections == {"1.1", "1.1.1"}  # the later use of the short name is cited too


REPORT = """Statens senter for museumsformidling

ÅRSRAPPORT 2024

1 Leders beretning

Statens senter for museumsformidling (SSM) hadde et godt år. Besøket i regionmuseene økte kraftig.

2 Kunnskapsgrunnlag

• Publikumsundersøkelsen 2024 (SSM, 2024)
• Vandreutstillinger i distriktene. En kartlegging (SSM, 2023)
"""


def test_the_issuer_and_the_short_name_the_text_defines_for_it_are_one_organisation() -> None:
    orgs = [e for e in entities_of("r.txt", REPORT) if e.type == "Organisation"]
    assert len(orgs) == 1 and {"SSM", "Statens senter for museumsformidling"} <= {orgs[0].label, *orgs[0].alt_labels}
