"""Report lists under any heading that introduces them, in every citation style, with work in progress as a
status. The text is invented (a heritage agency); no name in it comes from the corpus."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.report_entries import parse_entry
from tests.mentions.pipeline import entities_of

TEXT = """1 Resultater

1.1 Mål 1: Kulturarven tas vare på for framtiden

Etaten har styrket arbeidet med fartøyvern i 2023.

Kunnskapsgrunnlag
- Fartøy i forfall – en kartlegging (Kystforskning, 2023)
- Evaluering av Tilskudd til istandsetting av fartøy (Vestlandsanalyse, under arbeid)

1.2 Mål 2: Flere tar del i kulturarven

Utvalgte rapporter og evalueringer
Etaten bestiller forskning og evalueringer for å styrke kunnskapsgrunnlaget. Under følger et
utvalg, ordnet etter tema.
Formidling
- Nordlys Analyse (2022): Besøk ved museene. Hvem kommer og hvorfor
Skole
- Kystforskning og Nordlys Analyse (2023): Evaluering av ordningen Kulturarv i skolen

Igangsatte evalueringer (ferdigstilles i 2024):
- Vestlandsanalyse: Følgeevaluering av Kystkulturløftet
"""


def _entities() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("kultur.txt", TEXT) if e.type in ("Report", "Evaluation")}


def test_every_style_of_item_is_read_with_publisher_year_and_status() -> None:
    assert parse_entry("Fartøy i forfall – en kartlegging (Kystforskning, 2023)") == {
        "title": "Fartøy i forfall – en kartlegging", "publishers": ["Kystforskning"], "year": 2023,
        "status": "published"}
    assert parse_entry("Nordlys Analyse (2022): Besøk ved museene") == {
        "title": "Besøk ved museene", "publishers": ["Nordlys Analyse"], "year": 2022, "status": "published"}
    assert parse_entry("Besøk ved museene. Nordlys Analyse (2022)") == {
        "title": "Besøk ved museene", "publishers": ["Nordlys Analyse"], "year": 2022, "status": "published"}
    ongoing = parse_entry("Evaluering av kurset (Kystforskning, under arbeid)")
    assert ongoing is not None and ongoing["status"] == "ongoing" and ongoing["year"] is None
    assert parse_entry("Nordlys Analyse, 2022: Besøk ved museene (virksomhetsmål A)") == {
        "title": "Besøk ved museene", "publishers": ["Nordlys Analyse"], "year": 2022, "status": "published"}
    due = parse_entry("Nordlys Analyse: Følgeevaluering av kurset (virksomhetsmål B). Sluttrapport i 2025.")
    assert due is not None and due["title"] == "Følgeevaluering av kurset" and due["publishers"] == ["Nordlys Analyse"]


def test_lists_under_knowledge_headings_give_reports_and_evaluations_tied_to_their_goal() -> None:
    found = _entities()
    assert {"Fartøy i forfall – en kartlegging", "Evaluering av Tilskudd til istandsetting av fartøy",
            "Besøk ved museene. Hvem kommer og hvorfor", "Evaluering av ordningen Kulturarv i skolen",
            "Følgeevaluering av Kystkulturløftet"} <= set(found)
    survey = found["Fartøy i forfall – en kartlegging"]
    assert survey.type == "Report" and survey.attr("year") == 2023 and survey.attr("publisher") == ("Kystforskning",)
    assert any(link.predicate == "aboutGoal" and link.target_label.startswith("Mål 1") for link in survey.links)
    school = found["Evaluering av ordningen Kulturarv i skolen"]
    assert school.type == "Evaluation" and set(school.attr("publisher")) == {"Kystforskning", "Nordlys Analyse"}
    assert any(link.predicate == "aboutGoal" and link.target_label.startswith("Mål 2") for link in school.links)


def test_work_in_progress_is_ongoing_in_the_item_and_in_a_sub_list() -> None:
    found = _entities()
    assert found["Evaluering av Tilskudd til istandsetting av fartøy"].attr("status") == "ongoing"
    follow = found["Følgeevaluering av Kystkulturløftet"]
    assert follow.attr("status") == "ongoing" and follow.attr("publisher") == ("Vestlandsanalyse",)


def test_an_evaluation_of_a_scheme_reaches_the_goal_through_the_scheme() -> None:
    evaluation = _entities()["Evaluering av Tilskudd til istandsetting av fartøy"]
    assert any(link.predicate == "evaluates" and link.target_label == "Tilskudd til istandsetting av fartøy"
               for link in evaluation.links)


HANGING = """2.4 Forskning og evalueringer

Etaten bruker forskning for å vurdere egne ordninger. Følgende rapporter ble ferdigstilt i
2023:
• Kystforskning (2023): Fartøy i forfall. En kartlegging av vernede fartøy, delrapport 1
  (utført sammen med Nordlys Analyse)
• Vestlandsanalyse (2023): Besøk ved kystmuseene

Pågående:
• Nordlys Analyse: Evaluering av Tilskudd til istandsetting av fartøy og
  kystkulturanlegg (sluttrapport høsten 2024)
• Kystforskning: Følgeevaluering av Kystkulturløftet 2022–2025

Rapportene er tilgjengelige på nettsidene.
"""


def test_items_wrapped_under_a_hanging_indent_go_on_and_a_closing_note_is_no_citation() -> None:
    found = {e.label: e for e in entities_of("kyst.txt", HANGING) if e.type in ("Report", "Evaluation")}
    assert {"Fartøy i forfall. En kartlegging av vernede fartøy, delrapport 1", "Besøk ved kystmuseene",
            "Evaluering av Tilskudd til istandsetting av fartøy og kystkulturanlegg",
            "Følgeevaluering av Kystkulturløftet 2022–2025"} <= set(found)
    ongoing = found["Evaluering av Tilskudd til istandsetting av fartøy og kystkulturanlegg"]
    assert ongoing.attr("status") == "ongoing" and ongoing.attr("publisher") == ("Nordlys Analyse",)
    assert found["Besøk ved kystmuseene"].attr("year") == 2023


GOAL_GROUPED = """3.6 Evalueringer og utredninger
Følgende evalueringer er gjennomført eller satt i gang i 2025:

Hovedmål 1
  •  Analyse og Råd (2025): Arkiv for alle – evaluering av Tilskudd til
     digitalisering av privatarkiv. Rapport 2025-3.
  •  Arkivbyrået (pågående): Privatarkiv i kommunene. En kartlegging.
"""


def test_items_hanging_under_their_bullet_text_and_a_publisher_first_item_in_progress() -> None:
    found = {e.label: e for e in entities_of("arkiv.txt", GOAL_GROUPED) if e.type in ("Report", "Evaluation")}
    # the series and number closing the entry ('Rapport 2025-3') are no part of the title
    assert set(found) == {"Arkiv for alle – evaluering av Tilskudd til digitalisering av privatarkiv",
                          "Privatarkiv i kommunene. En kartlegging"}
    ongoing = found["Privatarkiv i kommunene. En kartlegging"]
    assert (ongoing.attr("status"), ongoing.attr("year"), ongoing.attr("publisher")) == ("ongoing", None,
                                                                                        ("Arkivbyrået",))


def test_a_title_naming_what_it_evaluates_before_the_evaluation_word() -> None:
    text = GOAL_GROUPED + "  •  Nordlys Analyse (2025): Arkiv i skolen. Følgeevaluering, delrapport 1.\n"
    evaluation = next(e for e in entities_of("arkiv.txt", text) if e.label.startswith("Arkiv i skolen"))
    assert {link.target_label for link in evaluation.links if link.predicate == "evaluates"} == {"Arkiv i skolen"}


REMARKS = """Kunnskapsgrunnlag
Fullførte rapporter 2023:
- Evaluering av tilskudd til turlag (Nordvik Analyse, 2023).
  Levert som svar på oppdrag TO-1. Evalueringen finner at ordningen når målgruppen.
- Brukerundersøkelse Turkartet 2023 (Opinio Analyse, 2023), jf. oppdrag TO-7.
Pågående:
- Kartlegging av turveier i byene (Direktoratet for turliv, under arbeid), jf. opp-
  drag TO-4 med frist 1. mars 2024.
"""


def test_a_remark_after_the_citation_is_not_part_of_it_and_no_second_report_is_cited_inside() -> None:
    reports = {e.label: e for e in entities_of("remarks.txt", REMARKS) if e.type in ("Report", "Evaluation")}
    assert sorted(reports) == ["Brukerundersøkelse Turkartet 2023", "Evaluering av tilskudd til turlag",
                               "Kartlegging av turveier i byene"]
    assert reports["Evaluering av tilskudd til turlag"].attr("year") == 2023
    assert reports["Kartlegging av turveier i byene"].attr("status") == "ongoing"


OWN_WORDS = """3.7 Det vi har lært – rapporter og evalueringer i 2023

Merkingen [SM] viser hvilket styringsmål rapporten gir kunnskap om.

•  Direktoratet for turliv (2023): Stibarometeret 2023. Tilstanden i norske turløyper. [SM 1]
•  Vestvik Analyse (pågående): Evaluering av tilskuddsordningen for turlag.
   Sluttrapport ventes høsten 2024. [SM 2]

Rapporter publisert i 2024

Berg, L. og Nygård, T. (2024). Turliv i distriktene – deltakelse og barrierer.
   TL-rapport 2024:1. Bodø: Direktoratet for turliv.
"""


def test_a_heading_in_its_own_words_goal_tags_due_dates_and_author_date_entries() -> None:
    reports = {e.label: e for e in entities_of("rapport.txt", OWN_WORDS) if e.type in ("Report", "Evaluation")}
    assert sorted(reports) == ["Evaluering av tilskuddsordningen for turlag", "Stibarometeret 2023. Tilstanden i "
                               "norske turløyper", "Turliv i distriktene – deltakelse og barrierer"]
    assert reports["Evaluering av tilskuddsordningen for turlag"].attr("status") == "ongoing"
    orgs = {e.label for e in entities_of("rapport.txt", OWN_WORDS) if e.type == "Organisation"}
    assert "Berg" not in orgs and "Direktoratet for turliv" in orgs


GROUPED = """3 Årets aktiviteter og resultater

Mål 1: Flere besøker museene i egen region
Besøket økte med tolv prosent.

Mål 2: Samlingene er digitalt tilgjengelige for alle
Andelen digitaliserte gjenstander økte.

3.7 Utvalgte rapporter og evalueringer 2024
Listen viser rapporter som senteret har bestilt, ordnet etter mål.

Publikum i regionene (mål 1)
– Hvem går på museum? En publikumsundersøkelse. Norsk museumsråd, 2024.
– Evaluering av Museum på hjul. Nordlys samfunnsanalyse (pågående).

Digitale samlinger (mål 2)
– Digitalisering av gjenstandssamlinger – status 2024. Kulturnett, 2024.
"""


def test_entries_titled_first_with_the_publisher_after_a_full_stop_grouped_under_tagged_goal_titles() -> None:
    assert parse_entry("Sluttevaluering av Turvenn. Proba samfunnsanalyse, 2023.") == {
        "title": "Sluttevaluering av Turvenn", "publishers": ["Proba samfunnsanalyse"], "year": 2023,
        "status": "published"}
    entities = entities_of("r.txt", GROUPED)
    goals = {e.attr("number"): e.iri for e in entities if e.type == "Goal"}
    reports = {e.label: e for e in entities if e.type in ("Report", "Evaluation")}
    assert set(reports) == {"Hvem går på museum? En publikumsundersøkelse", "Evaluering av Museum på hjul",
                            "Digitalisering av gjenstandssamlinger – status 2024"}
    assert reports["Evaluering av Museum på hjul"].attr("status") == "ongoing"

    def goal_of(label: str) -> set[str]:
        return {link.target for link in reports[label].links if link.predicate == "aboutGoal"}

    assert goal_of("Evaluering av Museum på hjul") == {goals[1]}
    assert goal_of("Digitalisering av gjenstandssamlinger – status 2024") == {goals[2]}


TAGGED = """Samfunnsmålet er at kystkulturen er levande i heile landet. Under samfunnsmålet ligg to effektmål og
eitt brukarmål:
Effektmål 1: Fleire tek del i kystkulturaktivitetar
Effektmål 2: Tradisjonsbåtar blir tekne vare på
Brukarmål: Søkjarar opplever senteret som tilgjengeleg

Kunnskapsgrunnlag
– Telemarksforsking (2022): Evaluering av Tilskot til lokale kystlag [effektmål 1]
– NIKU (2021): Tradisjonsbåtar under press – ei kartlegging [effektmål 2]
"""


def test_an_item_tagged_with_a_goal_outside_the_numbered_series_and_a_goal_list_that_opens_no_scope() -> None:
    entities = entities_of("r.txt", TAGGED)
    goals = {str(e.attr("level")) + str(e.attr("notation") or ""): e.iri for e in entities if e.type == "Goal"}
    reports = {e.label: e for e in entities if e.type in ("Report", "Evaluation")}
    placed = {label: {link.target for link in r.links if link.predicate == "aboutGoal"} for label, r in reports.items()}
    assert placed == {"Evaluering av Tilskot til lokale kystlag": {goals["effektmål1"]},
                      "Tradisjonsbåtar under press – ei kartlegging": {goals["effektmål2"]}}


THEMED = """2 Årets aktiviteter og resultater

Mål 1: Flere besøker museene i egen region
Besøket økte med tolv prosent.

Kunnskapsgrunnlag – utredninger og evalueringer
Oversikten viser rapporter som senteret har bestilt.

Publikum
– Norsk museumsråd (2024): Hvem går på museum? En publikumsundersøkelse.

Bygg og magasiner
– Byggforsk (2023): Klima i museumsmagasiner – en kartlegging.
"""


def test_a_list_grouped_under_themes_that_name_no_goal_takes_no_goal_from_its_section() -> None:
    reports = [e for e in entities_of("r.txt", THEMED) if e.type in ("Report", "Evaluation")]
    assert len(reports) == 2
    assert not any(link.predicate == "aboutGoal" and "klima" in r.label.lower() for r in reports for link in r.links)


def test_work_in_progress_with_its_publisher_after_the_titles_full_stop() -> None:
    text = ("Kunnskapsgrunnlag\n• Hvem går på museum? Norsk museumsråd (2024)\n\nPågående:\n"
            "• Museumsbarometeret 2025 – holdninger til museer i befolkningen. NOVA\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    ongoing = found["Museumsbarometeret 2025 – holdninger til museer i befolkningen"]
    assert ongoing.attr("status") == "ongoing" and ongoing.attr("publisher") == ("NOVA",)


def test_nynorsk_work_in_progress_in_the_citation() -> None:
    entry = parse_entry("Følgjeevaluering av Fyrløftet (Vestfjell Analyse, pågåande)")
    assert entry is not None
    assert (entry["title"], entry["publishers"], entry["status"]) == (
        "Følgjeevaluering av Fyrløftet", ["Vestfjell Analyse"], "ongoing")


def test_quoted_titles_first_with_the_year_in_the_series_number_and_goal_codes_as_tags() -> None:
    text = ("3 Resultat\n\n3.1 Fleire tek del i kystkulturen [VM-A]\nTekst.\n\n"
            "3.2 Kunnskapen om kystkultur er oppdatert [VM-D]\nTekst.\n\n3.6 Utgreiingar og analysar\n\n"
            "Fullført i 2022\n"
            "– «Unge vaksne og kystkultur. Ei kartlegging». DKF, DKF-rapport 3/2022. [VM-D]\n"
            "– «Kaiane i 2022 – tal og trendar». Agder Analyse, AA-notat 2/2022. [VM-A]\n"
            "Under arbeid\n"
            "– «Følgjeevaluering av Kystløftet». Vestfjell Analyse. Første delrapport kjem våren 2023. [VM-A]\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    survey = found["Unge vaksne og kystkultur. Ei kartlegging"]
    assert (survey.attr("year"), survey.attr("publisher")) == (2022, ("DKF",))
    assert {link.target_label for link in survey.links if link.predicate == "aboutGoal"} == {
        "Mål VM-D: Kunnskapen om kystkultur er oppdatert"}
    assert found["Følgjeevaluering av Kystløftet"].attr("status") == "ongoing"


def test_publisher_colon_title_and_year_in_brackets_and_a_list_going_on_over_a_page_break() -> None:
    text = ("3.5 Rapporter og analyser i 2024\nRapportene er ordnet etter hovedmål.\n"
            "• Fyrforsk: Lys over kysten. En kartlegging (2024)\n\n"
            "Fyrtilsynet – Årsrapport 2024                                                Side 8 av 11\n"
            "Årsrapport 2024\n\n"
            "• Rambøll: Evaluering av Tilskudd til fyrvern (2024)\n"
            "• Fyrtilsynet: Fyrrapporten 2023 (2024)\n\n"
            "Fyrtilsynet – Årsrapport 2024                                                Side 9 av 11\n"
            "Årsrapport 2024\n\nFyrtilsynet – Årsrapport 2024                                    Side 10 av 11\n"
            "Årsrapport 2024\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    assert {label: (e.attr("publisher"), e.attr("year")) for label, e in found.items()} == {
        "Lys over kysten. En kartlegging": (("Fyrforsk",), 2024),
        "Evaluering av Tilskudd til fyrvern": (("Rambøll",), 2024),
        "Fyrrapporten 2023": (("Fyrtilsynet",), 2024)}


def test_a_capitalised_word_hanging_under_an_items_text_goes_on_the_item_and_keeps_it_ongoing() -> None:
    text = ("3.3.3 Evalueringer og forskning\n\n"
            "• Kartlegging av fyr i kommunale havner. Norsk institutt for by- og\n  regionforskning (NIBR) (2020)\n\n"
            "Pågående:\n• Evaluering av tilskuddsordningen for fyrvern. Nordlys\n  Samfunnsanalyse\n"
            "• Kartlegging av kommunenes bruk av fyrveilederen. Rambøll\n  Management Consulting\n\n"
            "Kartleggingen fra NIBR ble publisert i desember 2020.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    assert {label: (e.attr("publisher"), e.attr("status")) for label, e in found.items()} == {
        "Kartlegging av fyr i kommunale havner": (("Norsk institutt for by- og regionforskning",), "published"),
        "Evaluering av tilskuddsordningen for fyrvern": (("Nordlys Samfunnsanalyse",), "ongoing"),
        "Kartlegging av kommunenes bruk av fyrveilederen": (("Rambøll Management Consulting",), "ongoing")}


def test_a_list_of_studies_introduced_by_a_sentence_with_a_colon() -> None:
    text = ("Vi har også bygget på tidligere studier, særlig:\n"
            "–   Norsk institutt for by- og regionforskning (2020): Kartlegging av fyr i kommu-\n"
            "    nale havner\n–   DFØ (2021): Små tilskuddsordninger – hvordan forvalte dem effektivt?\n\n"
            "Analysen bygger på mottakernes egne vurderinger.\n")
    found = {e.label: e.attr("year") for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    assert found == {"Kartlegging av fyr i kommunale havner": 2020,
                     "Små tilskuddsordninger – hvordan forvalte dem effektivt?": 2021}


PLAIN_ENTRIES = """Kunnskapsgrunnlag for hovudmål 1
Fartøyvern i endring. Ei kartlegging av eigarar og bruk. Institutt for kyst og kultur
(2024).
Sluttevaluering av meisterlæreordninga (delmål 1.2). Høgskulen i Strandheim (under arbeid,
sluttrapport våren 2025).

Mål 2
• Evaluering av kysthandverket (Kystforskning, 2023)
"""


def test_entries_without_bullets_wrapping_flush_left_each_closed_by_its_citation() -> None:
    found = {e.label: e for e in entities_of("kyst.txt", PLAIN_ENTRIES) if e.type in ("Report", "Evaluation")}
    assert set(found) == {"Fartøyvern i endring. Ei kartlegging av eigarar og bruk",
                          "Sluttevaluering av meisterlæreordninga", "Evaluering av kysthandverket"}
    assert found["Fartøyvern i endring. Ei kartlegging av eigarar og bruk"].attr("year") == 2024
    ongoing = found["Sluttevaluering av meisterlæreordninga"]
    assert ongoing.attr("status") == "ongoing" and ongoing.attr("publisher") == ("Høgskulen i Strandheim",)


def test_form_labels_are_no_publishers_and_a_remark_after_the_title_is_no_part_of_it() -> None:
    assert parse_entry("Status: Levert 29. august 2024. Departementet har sendt den på høring") is None
    assert parse_entry("Oppdrag 2024-2: DFT skal sette i gang en ekstern evaluering av Turvenn") is None
    assert parse_entry("Lyngstad Analyse (2024): Evaluering av Kystledsatsingen. Oppdrag fra Klima- og "
                       "miljødepartementet.") == {"title": "Evaluering av Kystledsatsingen",
                                                  "publishers": ["Lyngstad Analyse"], "year": 2024,
                                                  "status": "published"}


def test_work_in_progress_cited_publisher_first_with_a_goal_tag_and_a_note_after_the_title() -> None:
    text = ("3.6 Evalueringer og analyser\nListen viser rapporter direktoratet har bestilt, ordnet etter "
            "resultatområde.\n\nDeltakelse (resultatområde 2)\n"
            "– Fjellforsk (2022). Sluttevaluering av Fjellskolen 2019–2021. FF-rapport 2104.\n"
            "Pågående\n"
            "– Vidde Samfunnsanalyse. Evaluering av Tilskudd til inkluderende fjelliv (resultat-\n"
            "  område 2). Sluttrapport sommeren 2023.\n"
            "– Menon Economics. Følgeevaluering av kampanjen Opp i fjellet (resultatområde 2). Startet i\n"
            "  november 2022.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    assert {label: (e.attr("publisher"), e.attr("status")) for label, e in found.items()} == {
        "Sluttevaluering av Fjellskolen 2019–2021": (("Fjellforsk",), "published"),
        "Evaluering av Tilskudd til inkluderende fjelliv": (("Vidde Samfunnsanalyse",), "ongoing"),
        "Følgeevaluering av kampanjen Opp i fjellet": (("Menon Economics",), "ongoing")}


def test_a_list_ordered_by_goal_under_themes_puts_each_report_under_the_goal_its_theme_speaks_of() -> None:
    text = ("Innhold\n    Virksomhetsmål 1 Deltakelse ............................................... 3\n"
            "    Virksomhetsmål 2 Stier ...................................................... 4\n"
            "    Evalueringer og forskning .................................................. 5\n\n"
            "Virksomhetsmål 1: Flere deltar i fjelliv, særlig grupper som er lite aktive\n"
            "Deltakelsen økte i 2024.\n"
            "Virksomhetsmål 2: Fjellets stier og løyper er sikret og tilrettelagt\nFlere stier ble merket.\n\n"
            "Evalueringer og forskning\nDirektoratet har fått levert følgende rapporter. De er ordnet etter\n"
            "målet de gir kunnskap til.\n\nDeltakelse\n"
            "Vidde Samfunnsforskning (2024): Fjelliv blant personer med lav inntekt. En kartlegging.\n\n"
            "Stier og løyper\nLyngstad Analyse (2024): Evaluering av Stiløftet. Sluttrapport.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    goals = {label: [link.target_label[:18] for link in e.links if link.predicate == "aboutGoal"]
             for label, e in found.items()}
    assert goals == {"Fjelliv blant personer med lav inntekt. En kartlegging": ["Virksomhetsmål 1: "],
                     "Evaluering av Stiløftet. Sluttrapport": ["Virksomhetsmål 2: "]}


def test_a_goal_code_after_a_dash_behind_the_citation_places_the_report() -> None:
    text = ("Innhold\n    Virksomhetsmål 1 Informasjon .............................................. 3\n"
            "    Virksomhetsmål 2 Avlastning ............................................... 4\n"
            "    FoU og evalueringer ....................................................... 5\n\n"
            "Virksomhetsmål 1: Pårørende får god informasjon og veiledning\nVi svarte på 12 000 henvendelser.\n"
            "Virksomhetsmål 2: Kommunene har gode avlastningstilbud\nFlere kommuner har avlastning.\n\n"
            "FoU og evalueringer\nFerdigstilt i 2024\n"
            "• Fjellundersøkelsen 2024 (Vidde Samfunnsforskning, 2024) – VM 2. Gir data til SP 2.1.\n"
            "• Evaluering av Omsorgslinjen (Aurland Økonomi, 2024) – VM 1. Levert som svar på oppdrag TB-2.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    goals = {label: [link.target_label[:17] for link in e.links if link.predicate == "aboutGoal"]
             for label, e in found.items()}
    assert goals == {"Fjellundersøkelsen 2024": ["Virksomhetsmål 2:"], "Evaluering av Omsorgslinjen": ["Virksomhetsmål 1:"]}


def test_a_series_named_in_words_closes_no_title_and_a_theme_tagged_with_its_area_is_no_item() -> None:
    assert parse_entry("Fjellforsk (2022). Sluttevaluering av Fjellskolen. FF Rapport 2104.")["title"] == (  # type: ignore[index]
        "Sluttevaluering av Fjellskolen")
    assert parse_entry("SSB (2022). Fjelliv i befolkningen. Rapporter 2022/31.")["title"] == (  # type: ignore[index]
        "Fjelliv i befolkningen")
    text = ("3.6 Evalueringer og analyser\nListen viser et utvalg rapporter.\n\nDeltakelse (resultatområde 2)\n"
            "– SSB (2022). Fjelliv i befolkningen. Levekårsundersøkelsen 2021.\n"
            "Organisasjonsliv (resultatområde 3)\n– Fjellforsk (2021). Organisasjonslandskapet i fjellivet.\n")
    titles = {e.label for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    assert titles == {"Fjelliv i befolkningen. Levekårsundersøkelsen 2021", "Organisasjonslandskapet i fjellivet"}


def test_a_title_first_citation_with_a_remark_after_it_is_not_read_publisher_first() -> None:
    entry = parse_entry("Evaluering av Fjellskulen 2019–2022. Fjellforsk (2023). Evalueringa syner at opplegget "
                        "aukar kunnskapen hos elevane, men at få skular held fram.")
    assert entry is not None
    assert (entry["title"], entry["publishers"], entry["year"]) == ("Evaluering av Fjellskulen 2019–2022",
                                                                    ["Fjellforsk"], 2023)


UNBULLETED = """3.5 Evalueringer og utredninger
Kartleggingen og følgeevalueringen gir kunnskap om målet om gode nærmiljøer.

Kartlegging av kommunenes arbeid med universell utforming av nærmiljøet. Nordvest
Analyse, 2021.
Følgeevaluering av Nærmiljøløftet. Delrapport 1. Midt-Norsk Samfunnsanalyse, 2021.

Pågående:
Evaluering av piloten Bo lenger hjemme. Midt-Norsk Samfunnsanalyse.
"""


def test_entries_without_bullets_closed_by_the_year_after_the_publisher_and_work_in_progress_below() -> None:
    reports = {e.label: e for e in entities_of("rapport.txt", UNBULLETED) if e.type in ("Report", "Evaluation")}
    assert {label: (e.attr("year"), e.attr("status")) for label, e in reports.items()} == {
        "Kartlegging av kommunenes arbeid med universell utforming av nærmiljøet": (2021, "published"),
        "Følgeevaluering av Nærmiljøløftet. Delrapport 1": (2021, "published"),
        "Evaluering av piloten Bo lenger hjemme": (None, "ongoing")}


def test_work_in_progress_titled_by_its_study_with_who_performs_it_told_in_the_sentences_after() -> None:
    text = ("Kunnskapsgrunnlag og evalueringer\nUtvalgte rapporter\n"
            "– Havnesenteret (2023): Småbåthavner i endring. En kartlegging\n"
            "Pågående\n"
            "– Evaluering av støtteordningen for gjestehavner i distriktene. Oppdragsgiver er\n"
            "  departementet, og evalueringen utføres av Kystforskning og Nordvik Analyse. Slutt-\n"
            "  rapport ventes høsten 2025.\n"
            "– Følgeevaluering av tilskuddsordningen for fyrlykter. Fjord Samfunnsanalyse. Resultatområde 1\n\n"
            "Kartleggingen brukes i arbeidet med havneplanen.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    told = found["Evaluering av støtteordningen for gjestehavner i distriktene"]
    assert told.attr("status") == "ongoing" and told.attr("publisher") == ("Kystforskning", "Nordvik Analyse")
    named = found["Følgeevaluering av tilskuddsordningen for fyrlykter"]
    assert named.attr("status") == "ongoing" and named.attr("publisher") == ("Fjord Samfunnsanalyse",)


ROMAN = """III.1  HOVUDMÅL A: Alle vaksne kan drive med idrett der dei bur

Delmål A.1  Fleire vaksne med låg inntekt deltek jamleg i organisert trening

Delmål A.2  Det finst gode idrettshallar og møteplassar i distrikta

III.5  KUNNSKAPSGRUNNLAG OG EVALUERINGAR

Ferdigstilte i 2024:
–  Nordvest Analyse (2024): Aktivitetskort i praksis. Ei kartlegging av kommunale ordningar.
   (delmål A.1)
–  Fjordsyn Forsking (2024): Sluttevaluering av Hallløftet. (delmål A.2)
"""


def test_a_list_under_a_roman_numbered_heading_with_items_tagged_by_a_sub_goal_coded_by_its_main_goals_letter() -> None:
    reports = {e.label: e for e in entities_of("r.txt", ROMAN) if e.type in ("Report", "Evaluation")}
    goals = {k: [link.target_label.split(":")[0] for link in e.links if link.predicate == "aboutGoal"]
             for k, e in reports.items()}
    assert goals == {"Aktivitetskort i praksis. Ei kartlegging av kommunale ordningar": ["Delmål A.1"],
                     "Sluttevaluering av Hallløftet": ["Delmål A.2"]}


UNDER_GOAL = """Årsrapport 2025 – Direktoratet for kulturskoler

3.1 VIRKSOMHETSMÅL 1: FLERE BARN FÅR GÅ I KULTURSKOLEN

Antall elever økte med 6 prosent.

3.2 VIRKSOMHETSMÅL 2: KULTURSKOLENE HOLDER HØY FAGLIG KVALITET

Alle fylker deltok i etterutdanningen.

3.5 Evalueringer og utredninger
Under virksomhetsmål 1:
- Hvem går i kulturskolen? En kartlegging (Telemarksforskning, 2025)
- Evaluering av Tilskudd til kulturskoleplasser (Oslo Economics,
  pågående)
Under virksomhetsmål 2:
- Lærerne i kulturskolen. En spørreundersøkelse (NIFU, 2025)
"""


def test_a_knowledge_list_grouped_by_lines_that_open_with_under_and_name_a_goal() -> None:
    found = {e.label: e for e in entities_of("arsrapport-2025.txt", UNDER_GOAL) if e.type in ("Report", "Evaluation")}
    goal_of = {label: [link.target_label.split(":")[0] for link in e.links if link.predicate == "aboutGoal"]
               for label, e in found.items()}
    assert goal_of == {"Hvem går i kulturskolen? En kartlegging": ["Virksomhetsmål 1"],
                       "Evaluering av Tilskudd til kulturskoleplasser": ["Virksomhetsmål 1"],
                       "Lærerne i kulturskolen. En spørreundersøkelse": ["Virksomhetsmål 2"]}


def test_a_knowledge_list_under_a_roman_numbered_heading_in_capitals_that_names_its_contents() -> None:
    text = ("Årsrapport 2025 – Direktoratet for kulturskoler\n\n"
            "III.5  HVA VI HAR BESTILT OG LÆRT – UTREDNINGER OG EVALUERINGER\n"
            "Ferdigstilt i 2025:\n"
            "•  Nordlys Analyse (2025): Evaluering av Tilskudd til kulturskoleplasser. Nordlys-rapport 2025:3.\n"
            "•  Telemarksforskning (2025): Hvem går i kulturskolen? En kartlegging.\n"
            "Under arbeid:\n"
            "•  NIFU: Følgeevaluering av etterutdanningen for kulturskolelærere (delmål 2.1).\n\n"
            "III.6  OPPDRAG FRA TILDELINGSBREVET FOR 2025\n")
    found = {e.label: e for e in entities_of("arsrapport-2025.txt", text) if e.type in ("Report", "Evaluation")}
    assert {"Evaluering av Tilskudd til kulturskoleplasser", "Hvem går i kulturskolen? En kartlegging",
            "Følgeevaluering av etterutdanningen for kulturskolelærere"} <= set(found)
    assert found["Følgeevaluering av etterutdanningen for kulturskolelærere"].attr("status") == "ongoing"


KNOWLEDGE = """Årsrapport 2025 | Heistilsynet

Kunnskap vi har bestilt, brukt og venter på
Listen viser kunnskapsarbeid tilsynet har finansiert eller brukt i 2025.

Levert i 2025
  ▪ Nordvik Analyse (2025): Heiser i borettslag. En kartlegging. (VM1)
  ▪ Heistilsynet (2025): Ulykker med heiser 2024. Årsrapport fra ulykkesregisteret. (VM2)

Fortsatt i arbeid
  ▪ Kvarts Consulting: Evaluering av tilskuddsordningen for heiser i eldre bygg. (VM1)
"""


def test_a_list_under_a_heading_that_names_its_knowledge_in_its_own_words() -> None:
    reports = {e.label for e in entities_of("rapport.txt", KNOWLEDGE) if e.type in ("Report", "Evaluation")}
    assert {"Heiser i borettslag. En kartlegging", "Ulykker med heiser 2024. Årsrapport fra ulykkesregisteret",
            "Evaluering av tilskuddsordningen for heiser i eldre bygg"} <= reports
