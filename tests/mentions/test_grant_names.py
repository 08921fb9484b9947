"""Grant schemes named in running text by a capitalised 'Tilskudd til …' inside a sentence."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

TEXT = """Tildelingsbrev 2024 til Havnedirektoratet

3 Budsjett

Kap. 1360 post 70 skal i sin helhet brukes til Tilskudd til småbåthavner i distriktene. Direktoratet
skal i 2024 også forvalte Tilskudd til fiskerihavner, som dekkes av post 71. En ekstern evaluering av
Tilskudd til beredskapsutstyr i havner skal gjennomføres innen 2025.

Tilskudd til kommunene har økt de siste årene, og ordningen er et viktig tilskudd til lokale
havnetiltak.
"""


def test_capitalised_names_inside_sentences_are_grant_schemes() -> None:
    names = sorted(e.label for e in entities_of("brev.txt", TEXT) if e.type == "GrantScheme")
    assert names == ["Tilskudd til beredskapsutstyr i havner", "Tilskudd til fiskerihavner",
                     "Tilskudd til småbåthavner i distriktene"]


COMPOUNDS = """4 Budsjett

Direktoratet forvalter Tilskudd til istandsetting av fartøy i
regi av frivillige lag, som bevilges over kap. 1360 post 72. Direktoratet har ansvaret for forvaltningen av
Regionale havnetilskudd og for oppfølgingen av kommunene. Fyrlykttilskuddet bevilges over kap. 1361
post 60. Tilskuddet er uendret, og kommunene får et tilskudd til drift. Losingstilskuddet
til kommunene videreføres med en ramme på 4 mill. kroner.
"""


def test_a_name_running_on_over_i_regi_av_and_compounds_named_as_one_scheme() -> None:
    found = {e.label: e for e in entities_of("brev.txt", COMPOUNDS) if e.type == "GrantScheme"}
    assert set(found) == {"Tilskudd til istandsetting av fartøy i regi av frivillige lag", "Regionale havnetilskudd",
                          "Fyrlykttilskuddet", "Losingstilskuddet til kommunene"}
    assert "Fyrlykttilskudd" in found["Fyrlykttilskuddet"].alt_labels  # the name without its definite ending


def test_a_name_cut_off_after_i_regi_is_no_name() -> None:
    text = "1 Tilskudd\n\nIMDi forvalter også Tilskudd til kystlag i regi\n"
    assert not [e for e in entities_of("brev.txt", text) if e.type == "GrantScheme"]


def test_compound_heads_names_on_consecutive_lines_and_a_number_after_til() -> None:
    text = ("Etaten skal forvalte Tilskudd til lokale havner slik at flere kommuner søker\n"
            "Rammen for Tilskudd til lokale havner er 12 mill. kroner. Etaten forvalter også Driftstilskudd til\n"
            "kystlag på en enkel måte. Etaten ga Tilskudd til fyrbevaring til 30 fyr.\n")
    grants = {e.label for e in entities_of("brev.txt", text) if e.type == "GrantScheme"}
    assert grants == {"Tilskudd til lokale havner", "Driftstilskudd til kystlag", "Tilskudd til fyrbevaring"}


LETTER_LIST = """5 Tilskuddsforvaltning

Direktoratet skal i 2022 forvalte følgende tilskuddsordninger på vegne av departementet:

–   Tilskudd til turlagssentre (kap. 351 post 70)
–   Tilskudd til stier i nærmiljøet (kap. 351 post 72)

Den midlertidige ordningen for utstyr videreføres ikke.
"""


def test_schemes_listed_with_their_post_in_parentheses_are_a_list_not_a_table() -> None:
    from tests.mentions.pipeline import entities_of

    names = sorted(e.label for e in entities_of("brev.txt", LETTER_LIST) if e.type == "GrantScheme")
    assert names == ["Tilskudd til stier i nærmiljøet", "Tilskudd til turlagssentre"]


def test_a_scheme_named_after_the_generic_noun_in_bokmål_and_nynorsk() -> None:
    text = ("Bevilgningen dekker tilskuddsordningen Vandremidlene, som gir tilskudd til turlag i distriktene.\n\n"
            "Rapporten evaluerer tilskotsordninga Museumsløftet, som direktoratet forvaltar.\n\n"
            "Midlene til tilskuddsordningen Direktoratet forvalter, er økt.\n")
    names = {e.label for e in entities_of("l.txt", text) if e.type == "GrantScheme"}
    assert names == {"Vandremidlene", "Museumsløftet"}  # a clause after the noun names no scheme


def test_a_name_ends_before_og_and_a_second_infinitive() -> None:
    text = ("Direktoratet skal fullføre evalueringen av Tilskudd til opprydding av marin forsøpling og oversende "
            "sluttrapporten til departementet.\n")
    assert {e.label for e in entities_of("l.txt", text) if e.type == "GrantScheme"} == {
        "Tilskudd til opprydding av marin forsøpling"}


def test_a_scheme_named_in_the_section_of_the_goal_about_running_the_schemes_is_not_placed_under_it() -> None:
    text = """2 Resultater

2.1 Mål 1: Flere besøker museene i egen region
Besøket økte.

2.2 Mål 2: Tilskuddsforvaltningen er effektiv og brukerrettet
Saksbehandlingstiden for Tilskudd til formidling i museene gikk ned til seks uker i 2024.
"""
    scheme = next(e for e in entities_of("r.txt", text) if e.type == "GrantScheme")
    assert not [link for link in scheme.links if link.predicate == "supportsGoal"
                and "Tilskuddsforvaltningen" in link.target_label]


SENTENCE_START = """1 Resultat

Strategisk mål 2: Fyrkulturen er kjend og brukt i heile landet

Resultatmål 2.1: Barn og unge får kjennskap til fyr og kystkultur
Resultatmål 2.2: Fyrstasjonane vert dokumenterte og tekne vare på

Tilskot til fyrkurs for barn og unge (resultatmål 2.1) hadde 103 søknader i 2024
mot 88 i 2023.

Tilskot til fyrfestivalar vart lyst ut for første gong i 2024. Tilskudd til kommunene økte med 5 prosent.
"""


def test_a_name_at_a_sentences_start_counts_where_its_goal_applications_or_call_follow() -> None:
    found = {e.label: e for e in entities_of("fyr.txt", SENTENCE_START) if e.type == "GrantScheme"}
    assert set(found) == {"Tilskot til fyrkurs for barn og unge", "Tilskot til fyrfestivalar"}
    assert {link.target_label for link in found["Tilskot til fyrkurs for barn og unge"].links
            if link.predicate == "supportsGoal"} == {"Resultatmål 2.1: Barn og unge får kjennskap til fyr og kystkultur"}


def test_a_name_headed_by_a_word_for_funds_after_ordningen() -> None:
    text = ("1 Resultater\n\n1.1 Mål 1: Alle kan ta del i kystkulturen\n\n"
            "I tillegg forvaltet etaten i 2021 den midlertidige ordningen Aktivitetsmidler for fartøy med freda\n"
            "status, finansiert over kap. 872 post 21. Ordningen Tilskudd er omtalt over.\n")
    found = {e.label for e in entities_of("kyst.txt", text) if e.type == "GrantScheme"}
    assert found == {"Aktivitetsmidler for fartøy med freda status"}


def test_a_name_ends_before_a_phrase_that_relates_it_to_something_else() -> None:
    text = ("1 Resultater\n\n1.1 Mål 1: Alle kan ta del i kystkulturen\n\n"
            "Etaten skal gjennomgå regelverket for Tilskudd til fyrvern i lys av evalueringen av ordningen fra "
            "2022, og foreslå endringer.\n")
    found = {e.label for e in entities_of("kyst.txt", text) if e.type == "GrantScheme"}
    assert found == {"Tilskudd til fyrvern"}


def test_a_name_ends_before_a_verb_telling_what_the_scheme_does() -> None:
    text = ("Arbeidet går godt. Vi mener at Tilskudd til lokalmatnettverk finansierer de elleve regionale "
            "nettverkene.\n")
    assert {e.label for e in entities_of("l.txt", text) if e.type == "GrantScheme"} == {
        "Tilskudd til lokalmatnettverk"}


def test_a_name_ends_at_a_table_cells_wide_gap_and_before_under_a_goal() -> None:
    text = ("Tabell 4 Indikatorer\n1.3    Antall bedrifter med tilsagn fra Tilskudd til sirkulære       minst 60\n"
            "       verdikjeder\n\n"
            "Vi vet at Tilskudd til næringsklynger under effektmål 3 fikk flere søknader i år.\n")
    assert {e.label for e in entities_of("l.txt", text) if e.type == "GrantScheme"} == {
        "Tilskudd til næringsklynger"}


def test_a_scheme_listed_in_a_letter_with_its_post_and_the_goal_the_next_sentence_says_it_serves() -> None:
    text = ("Tildelingsbrev 2024 – Fjordnæringsetaten\n\n2 Mål\n"
            "Virksomhetsmål 1 Flere unge velger arbeid i fjordnæringene\n"
            "Virksomhetsmål 2 Bedriftene har tilgang på fagarbeidere\n"
            "Virksomhetsmål 3 Tilskuddsforvaltningen er effektiv og korrekt\n\n"
            "3 Tilskuddsordninger\nEtaten forvalter følgende tilskuddsordninger i 2024:\n"
            "  • Tilskudd til lærebedrifter i fjordnæringene (kap. 931 post 70). Ordningen skal bidra\n"
            "    til virksomhetsmål 2. Tilskudd gis per godkjent lærekontrakt.\n"
            "  • Tilskudd til fjordnær innovasjon (kap. 931 post 71). Ordningen skal bidra til virksom-\n"
            "    hetsmål 1 og rettes mot små bedrifter.\n")
    schemes = {e.label: sorted(link.target_label[:16] for link in e.links if link.predicate == "supportsGoal")
               for e in entities_of("brev.txt", text) if e.type == "GrantScheme"}
    assert schemes == {"Tilskudd til lærebedrifter i fjordnæringene": ["Virksomhetsmål 2"],
                       "Tilskudd til fjordnær innovasjon": ["Virksomhetsmål 1"]}


def test_a_name_ends_before_the_next_post_it_is_listed_with() -> None:
    text = ("5 Budsjettildeling\nBevilgningen på post 61 forvaltes som Tilskudd til sykkelveier i kommunene. "
            "Post 60 forvaltes som Tilskudd til trafikksikkerhetstiltak ved skoler og post 70\n"
            "som Tilskudd til frivillige trafikkorganisasjoner; begge skal bidra til mål 2.\n")
    schemes = {e.label for e in entities_of("brev.txt", text) if e.type == "GrantScheme"}
    assert "Tilskudd til trafikksikkerhetstiltak ved skoler" in schemes
    assert not any("og post" in s for s in schemes)


def test_a_schemes_own_name_after_its_generic_noun_and_a_nynorsk_name_opening_a_sentence_over_a_line_break() -> None:
    text = ("3 Resultat\n\nPost 70 gjelder tilskuddsordningen Etableringstilskudd for unge bønder, som skal bidra til "
            "rekruttering.\n\nOrdninga fekk 1 048 søknader i 2023. Tilskot\ntil kulturhus og møteplassar gjekk i "
            "2023 til 41 prosjekt, til saman 24,0 mill. kroner.\n")
    schemes = {e.label for e in entities_of("r.txt", text) if e.type == "GrantScheme"}
    assert {"Etableringstilskudd for unge bønder"} <= schemes
    assert any(s.endswith("til kulturhus og møteplassar") for s in schemes)
    assert "Etableringstilskudd" not in schemes


def test_a_schemes_name_in_quotes_anywhere_in_a_sentence() -> None:
    text = ("3.1  LEVEOMRÅDE\nI 2023 kom det inn 64 søknader om «Tilskot til tiltak i fjellområda». 41 vart\n"
            "innvilga. «Tilskot til fjellformidling» fekk 19 søknader. Rapporten «Tilskot til alt – ei\n"
            "evaluering» kom i 2022.\n")
    schemes = {e.label for e in entities_of("rapport.txt", text) if e.type == "GrantScheme"}
    assert schemes == {"Tilskot til tiltak i fjellområda", "Tilskot til fjellformidling"}


INLINE_HEADING = """Årsrapport 2024

3 Årets aktivitetar og resultat

3.1 Delmål 1: Leigebuarar har trygge bustader
Vi gjennomførte 938 tilsyn i 2024. Resultatkravet om hybelbustader er ikkje
lenger med i tildelingsbrevet.
Tilskot til leigebuarorganisasjonar
Ordninga skal styrkje leigebuarane si stilling ved å gje tilskot til drift av
organisasjonar som gir råd. I 2024 fekk vi 19 søknader og innvilga 14.

3.2 Delmål 2: Utleigarar kjenner regelverket
Vi rettleia utleigarar om brannsikring.
"""


def test_a_schemes_name_on_a_line_of_its_own_over_a_sentence_taking_it_up_is_a_scheme_of_that_section() -> None:
    schemes = {e.label: e for e in entities_of("rapport.txt", INLINE_HEADING) if e.type == "GrantScheme"}
    assert set(schemes) == {"Tilskot til leigebuarorganisasjonar"}
    assert {link.target_label.split(":")[0] for link in schemes["Tilskot til leigebuarorganisasjonar"].links
            if link.predicate == "supportsGoal"} == {"Delmål 1"}


SHORT_FORMS = """Årsrapport 2024 – Kulturdirektoratet

3 Resultater

3.1 Hovedmål 1: Flere deltar i kulturlivet der de bor
Deltakelsen økte i alle fylker.

3.2 Hovedmål 2: Kulturarenaene er trygge og tilgjengelige
Flere arenaer ble universelt utformet.

4 Tilskuddsforvaltning
Direktoratet forvaltet to tilskuddsordninger i 2024. Støtteordningen skal bidra til hovedmål 2.
Driftstilskuddet gikk i 2024 til elleve kulturlag, og tilskuddet til lokale foreninger støtter hovedmål 1.
Evaluering av tilskuddsreformen 2022 er omtalt i kapittel 5.

Tabell 4 Tilskuddsordninger 2023–2024

                                            Søknader    Innvilget   Innvilget beløp
                                                        søknader    (mill. kr)
Støtteordningen for lokale kultur-
arenaer i distriktene (kap. 325 post 61)
  2023                                            64          21            88,5
  2024                                            71          24            102,3
Driftstilskudd til lokale kulturlag
(kap. 325 post 62)
  2023                                            11          11            15,0
  2024                                            12          11            16,5
Tilskudd til lokale kulturforeninger
(kap. 325 post 63)
  2023                                            40          31             5,0
  2024                                            42          35             5,5
"""


def test_a_scheme_named_by_its_one_compound_is_the_scheme_whose_full_name_it_opens_and_takes_its_goal() -> None:
    entities = entities_of("rapport.txt", SHORT_FORMS)
    schemes = {e.label: e for e in entities if e.type == "GrantScheme"}
    # the short forms are the table's schemes; a reform of the schemes is none
    assert sorted(schemes) == ["Driftstilskudd til lokale kulturlag",
                               "Støtteordningen for lokale kulturarenaer i distriktene",
                               "Tilskudd til lokale kulturforeninger"]
    goals = {e.iri: e.attr("number") for e in entities if e.type == "Goal"}
    served = {name: [goals[link.target] for link in e.links if link.predicate == "supportsGoal"]
              for name, e in schemes.items()}
    assert served["Støtteordningen for lokale kulturarenaer i distriktene"] == [2]
    # ('tilskuddet til lokale foreninger': the last compound by its head word)
    assert served["Tilskudd til lokale kulturforeninger"] == [1]


def test_a_letter_names_in_lower_case_the_funding_scheme_the_agency_is_to_run() -> None:
    text = ("Tildelingsbrev 2025 – Kulturdirektoratet\n\n3 Mål\n\nTil mål 3: Direktoratet skal forvalte "
            "stipendordninga for unge\nkunstnarar i distrikta slik at ho bidreg til mål 3.\n")
    names = [e.label for e in entities_of("brev.txt", text) if e.type == "GrantScheme"]
    assert names == ["stipendordninga for unge kunstnarar i distrikta"]


def test_a_paragraph_opened_by_a_schemes_name_and_a_colon_with_its_figures_told_after() -> None:
    text = ("Årsrapport 2024 – Kulturdirektoratet\n\n3 Resultater\n\nArrangementene ble godt besøkt i 2024.\n"
            "Lesemidler for frivilligheten: I 2024 mottok direktoratet 1 140 søknader. 412 ble\n"
            "innvilget, og det ble tildelt 88,6 mill. kroner.\n\n"
            "Evalueringen bygger på fire datakilder: søknader, vedtak, intervjuer og en spørreundersøkelse\n"
            "blant de 412 som fikk innvilget støtte.\n")
    names = [e.label for e in entities_of("rapport.txt", text) if e.type == "GrantScheme"]
    assert names == ["Lesemidler for frivilligheten"]  # a sentence opening with a colon names no scheme


def test_a_scheme_the_sentence_says_another_agency_runs_is_none_of_the_documents() -> None:
    text = ("DET KONGELEGE IDRETTSDEPARTEMENT\n\n\nDirektoratet for idrett og anlegg\nPostboks 12\n2604 LILLEHAMMER"
            "\n\n\nDykkar ref                  Vår ref                  Dato\n"
            "                            25/118-3                 18. desember 2025\n\n\n"
            "Tildelingsbrev 2026 – Direktoratet for idrett og anlegg\n\n"
            "Departementet minner om at Tilskot til nærmiljøanlegg (kap. 860 post 70)\nblir forvalta av Senter for "
            "friluftsliv og ikkje inngår i denne tildelinga. Vi merkar oss at Tilskot til idrettslag\nblir forvalta "
            "av DIA. Vi merkar at Tilskot til utstyr under RM1.1 fekk flest søknader.\n")
    schemes = {e.label for e in entities_of("brev.txt", text) if e.type == "GrantScheme"}
    # the document's own agency runs the second; a goal's code after 'under' ends a name
    assert schemes == {"Tilskot til idrettslag", "Tilskot til utstyr"}
