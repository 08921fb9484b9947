"""Assignments (oppdrag) in the layouts allocation letters use: coded blocks with a 'Frist:' line, numbered items
under an 'Oppdrag' heading, and a table torn into lines. The letter is invented (a harbour agency); no name in
it comes from the corpus."""

from __future__ import annotations

from kg.documents.base import Document
from kg.mentions.assignments import assignment_mentions
from kg.mentions.base import Mention
from kg.passages import segment
from tests.mentions.pipeline import entities_of

LETTER = """                                              DET KONGELIGE
                                              HAVNE- OG KYSTDEPARTEMENT

Statsbudsjettet 2023 – tildelingsbrev til Havneverket

1 Innledning
Departementet stiller med dette midlene for 2023 til disposisjon for Havneverket.

2 Mål for 2023

Hovedmål 1: Trygg og effektiv ferdsel i farledene
• Delmål 1.1: Havnene er godt merket og vedlikeholdt
• Delmål 1.2: Fritidsbåtførere kjenner reglene på sjøen

3 Oppdrag

Departementet gir Havneverket følgende oppdrag for 2023.

Oppdrag HV-1 (delmål 1.1)
Havneverket skal kartlegge tilstanden til fyrlyktene langs kysten og foreslå en
plan for utskifting av de eldste lyktene.
Frist: 1. mars 2023
Oppdrag HV-2 (delmål 1.2)
Havneverket skal sette i gang en ekstern evaluering av Båtvettkampanjen. Evalu-
eringen skal belyse om kampanjen når unge båtførere.

Side 3

Frist: Sluttrapport innen 01.06.2024
Oppdrag HV-3 (hovedmål 1)
Havneverket skal rapportere om antall ulykker i farledene, fordelt på fylke.
Frist: Halvårlig

3.1 Andre oppdrag
1. Havneverket skal evaluere Tilskudd til småbåthavner og levere en rapport
   innen 15. oktober.
2. Havneverket skal utrede en ny ordning for losing av fritidsbåter.

4 Rapportering
Havneverket skal rapportere på alle styringsparametere i årsrapporten. Havneverket skal
også rapportere om antall lærlinger i årsrapporten.
"""

TABLE = """Tabell 3 Oppdrag under hovedmål 2

Nr.     Oppdrag                                                   Frist
K-4     Utrede felles regler for ankring i                         1. september 2023
        verneområdene
K-5     Lage en veileder for kommunale havneplaner                 Løpende

Havneverket har levert oppdrag K-4 til departementet.
"""


def _assignments(text: str) -> dict[str, Mention]:
    doc = Document(id="brev", name="brev.txt", path="brev.txt", media_type="text/plain", text=text)
    seg = segment(doc)
    found = assignment_mentions(seg.document, list(seg.passages))
    return {str(m.attr("code")): m for m in found.mentions if m.type == "Assignment"}


def test_coded_blocks_give_code_whole_text_goal_and_deadline_also_over_a_page_break() -> None:
    found = _assignments(LETTER)
    one, two, three = found["HV-1"], found["HV-2"], found["HV-3"]
    assert one.label == ("Havneverket skal kartlegge tilstanden til fyrlyktene langs kysten og foreslå en plan for "
                         "utskifting av de eldste lyktene.")
    assert (one.attr("deadline"), one.attr("goal_number")) == ("2023-03-01", "1.1")
    assert two.label.endswith("om kampanjen når unge båtførere.") and "Evalueringen" in two.label
    assert (two.attr("deadline"), two.attr("deadline_text")) == ("2024-06-01", "Sluttrapport innen 01.06.2024")
    assert two.attr("evaluates") == "Båtvettkampanjen"
    assert (three.attr("deadline"), three.attr("deadline_text"), three.attr("goal_number")) == (None, "Halvårlig", "1")
    assert one.span.text.startswith("Havneverket skal kartlegge") and one.span.text.endswith("lyktene.")


def test_numbered_items_under_an_oppdrag_heading_with_a_deadline_in_the_sentence() -> None:
    found = _assignments(LETTER)
    first, second = found["1"], found["2"]
    assert first.attr("deadline") == "2023-10-15"  # no year printed: the letter's year
    assert first.attr("evaluates") == "Tilskudd til småbåthavner"
    assert second.label == "Havneverket skal utrede en ny ordning for losing av fritidsbåter."
    assert second.attr("deadline") is None


def test_reporting_requirements_are_not_assignments() -> None:
    assert set(_assignments(LETTER)) == {"HV-1", "HV-2", "HV-3", "1", "2"}


def test_a_table_torn_into_lines_gives_one_assignment_per_row_with_its_wrapped_text() -> None:
    found = _assignments(TABLE)
    assert set(found) == {"K-4", "K-5"}
    assert found["K-4"].label == "Utrede felles regler for ankring i verneområdene"
    assert (found["K-4"].attr("deadline"), found["K-4"].attr("goal_number")) == ("2023-09-01", "2")
    assert (found["K-5"].attr("deadline"), found["K-5"].attr("deadline_text")) == (None, "Løpende")


def test_assignments_resolve_to_entities_linked_to_their_goal_and_what_they_order_evaluated() -> None:
    entities = {e.label: e for e in entities_of("brev.txt", LETTER)}
    two = next(e for e in entities.values() if e.type == "Assignment" and e.attr("code") == "HV-2")
    targets = {(link.predicate, link.target_label) for link in two.links}
    assert ("ordersEvaluationOf", "Båtvettkampanjen") in targets
    assert entities["Båtvettkampanjen"].type == "Measure"


PROSE = """2. MÅL FOR 2024

Virksomhetsmål 1: Fyrene er godt vedlikeholdt

Styringsparametere:
a) Andel fyr som er inspisert siste år
   Prestasjonskrav: Minst 90 prosent

Oppdrag 1 Plan for fyrinspeksjon
Havneverket skal lage en plan for inspeksjon av fyrene, med en vurdering av
kostnadene. Frist: 1. oktober 2024.

Oppdrag 2 Evaluering av Fyrvakten
Havneverket skal få gjennomført en ekstern evaluering av Fyrvakten. Havneverket skal sende
departementet en plan for evalueringen innen 1. mars 2024. Frist for sluttrapport: 1. desember 2025.

3. ØVRIGE OPPDRAG
Oppdrag 3 Kartlegging av moloer
Havneverket skal kartlegge tilstanden til moloene. Frist: Årsrapport 2024.

Oppdrag 4 Oppfølging av fyrvaktene
Havneverket skal oversende sluttrapporten om fyrvaktene til departementet. Frist:
15. mai 2024.

Oppdrag 3 i tildelingsbrevet for 2023 om kartlegging av kaier anses som levert.
"""


def test_titled_oppdrag_paragraphs_take_the_goal_above_and_the_deadline_at_their_end() -> None:
    found = _assignments(PROSE)
    assert set(found) == {"1", "2", "3", "4"}
    one, two, three = found["1"], found["2"], found["3"]
    assert found["4"].attr("deadline") == "2024-05-15" and found["4"].label.endswith("departementet.")
    assert one.label == ("Havneverket skal lage en plan for inspeksjon av fyrene, med en vurdering av kostnadene.")
    assert (one.attr("deadline"), one.attr("goal_number")) == ("2024-10-01", "1")
    assert two.label.endswith("innen 1. mars 2024.") and two.attr("deadline") == "2025-12-01"
    assert (three.attr("deadline_text"), three.attr("goal_number")) == ("Årsrapport 2024", None)


REPORTED = """3.9 Rapportering på oppdrag fra tildelingsbrevet

Tabell 9 Oppdrag i tildelingsbrevet for 2023

Oppdrag                                                              Frist             Status
3   Havneverket skal gjennomgå regelverket for ankring
    og foreslå forenklinger.                                         01.11.2023        Delvis levert
5   Havneverket skal kartlegge kaiene i et utvalg havner.            01.09.2023        Levert

Gjennomgangen under oppdrag 3 er levert for de største havnene.
"""


def test_a_report_table_of_assignments_with_the_number_in_the_text_column_and_indented_wraps() -> None:
    found = _assignments(REPORTED)
    assert set(found) == {"3", "5"}
    assert found["3"].label == "Havneverket skal gjennomgå regelverket for ankring og foreslå forenklinger."
    assert (found["3"].attr("deadline"), found["5"].attr("deadline")) == ("2023-11-01", "2023-09-01")


GROUPED = """Oppdrag for 2025

Nr.        Oppdrag                                                      Frist

Virksomhetsmål 1
V-25-01    Etaten skal lage en plan for trafikkopplæring i alle         1. mars 2025
           kommuner.
V-25-03    Etaten skal evaluere Tilskudd til trygge skoleveier.          Innen utgangen
                                                                         av 2025
Andre oppdrag
V-25-02    Etaten skal gi innspill til en ny nasjonal transportplan.     Løpende

Oppdrag V-24-07 om en kartlegging av gangveier er levert.
"""


def test_a_table_grouped_under_goal_rows_with_year_coded_numbers() -> None:
    found = _assignments(GROUPED)
    assert set(found) == {"V-25-01", "V-25-02", "V-25-03"}  # the delivered oppdrag of last year is none
    one, three, two = found["V-25-01"], found["V-25-03"], found["V-25-02"]
    assert one.label == "Etaten skal lage en plan for trafikkopplæring i alle kommuner."
    assert (one.attr("deadline"), one.attr("goal_number")) == ("2025-03-01", "1")
    assert (three.attr("deadline_text"), three.attr("goal_number")) == ("Innen utgangen av 2025", "1")
    assert three.attr("evaluates") == "Tilskudd til trygge skoleveier"
    assert (two.attr("deadline_text"), two.attr("goal_number")) == ("Løpende", None)


YEAR_CODED = """4  Oppdrag for 2025

Oppdrag 2025-1 (virksomhetsmål 1)
Direktoratet skal utrede hvordan Stiportalen kan kontrollere at søknader er komplette før de
sendes inn.
Frist: 1. juni 2025

Oppdrag 2025-2 (Generelt)
Direktoratet skal kartlegge hvilke kommuner som ikke har rullert stiplanen de siste ti årene.
Frist: Rapporteres i årsrapporten for 2025

Oppdrag fra tidligere år
Oppdrag 2024-3 om en veileder for stier er levert og regnes som avsluttet.
"""


def test_blocks_coded_by_year_and_number_with_their_goal_and_deadline() -> None:
    from tests.mentions.pipeline import entities_of

    found = {e.attr("code"): e for e in entities_of("brev.txt", YEAR_CODED) if e.type == "Assignment"}
    assert sorted(found) == ["2025-1", "2025-2"]
    assert found["2025-1"].attr("deadline") == "2025-06-01"
    assert found["2025-2"].attr("deadline") is None


def test_an_assignment_tables_goal_column_naming_goals_outside_the_numbered_series() -> None:
    text = """Samfunnsmålet er at kystkulturen er levande i heile landet.
Effektmål 1: Fleire tek del i kystkulturaktivitetar
Effektmål 2: Tradisjonsbåtar blir tekne vare på
Brukarmål: Søkjarar opplever senteret som tilgjengeleg

Oppdrag frå departementet
Tabell 3.6 Oppdrag i tildelingsbrevet for 2022
Nr.    Oppdrag                                          Mål            Frist          Status
TB-1   Senteret skal greie ut korleis tilskotsord-      Brukarmålet    1.10.2022      Levert
       ningane kan digitaliserast fullt ut.
TB-2   Senteret skal lage ein plan for registrering     Effektmål 2    1.12.2022      Levert
       av tradisjonsbåtar.
"""
    entities = entities_of("r.txt", text)
    goals = {str(e.attr("level")) + str(e.attr("notation") or ""): e.iri for e in entities if e.type == "Goal"}
    placed = {str(e.attr("code")): {link.target for link in e.links if link.predicate == "underGoal"}
              for e in entities if e.type == "Assignment"}
    assert placed == {"TB-1": {goals["brukarmål"]}, "TB-2": {goals["effektmål2"]}}


def test_numbered_assignments_grouped_under_a_goals_printed_code_with_frist_lines() -> None:
    text = """2.2 Hovedmål og delmål
Senteret har følgende mål for 2025:

HM1 Flere besøker museene i egen region
    •  DM1.1 Kommunene har et systematisk samarbeid med museene
HM2 Samlingene er digitalt tilgjengelige for alle

2.4 Oppdrag
Departementet gir senteret følgende oppdrag for 2025. Oppdragene er ordnet etter hovedmål.

Under HM1

1.  Senteret skal utarbeide en veileder for kommunenes samarbeid med museene, med vekt på
    små kommuner.
    Frist: 1. juni 2025

Under HM2

2.  Senteret skal rapportere på andelen gjenstander som er publisert, fordelt på museum.
    Frist: Løpende
"""
    entities = entities_of("l.txt", text)
    goals = {str(e.attr("notation")): e.iri for e in entities if e.type == "Goal"}
    assignments = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert {code: {link.target for link in a.links if link.predicate == "underGoal"}
            for code, a in assignments.items()} == {"1": {goals["HM1"]}, "2": {goals["HM2"]}}
    assert assignments["1"].attr("deadline") == "2025-06-01" and assignments["2"].attr("deadline_text") == "Løpende"


CODED_BY_YEAR = """3.7 Oppdrag i tildelingsbrevet
Tabell 3.6 Rapportering på oppdrag i tildelingsbrevet for 2023
Nr.     Oppdrag                                            Mål    Frist         Status
2023-1  Havneverket skal utarbeide en veileder for         VM 1   1.6.2023      Levert
        kommunale havner
2023-2  Havneverket skal kartlegge kaiene i små havner.    VM 3   Oppstart      Pågår
                                                                  2023
"""


def test_a_report_table_with_year_coded_numbers_and_goal_codes_by_the_levels_initial() -> None:
    found = _assignments(CODED_BY_YEAR)
    assert set(found) == {"2023-1", "2023-2"}
    assert found["2023-1"].label == "Havneverket skal utarbeide en veileder for kommunale havner"
    assert (found["2023-1"].attr("deadline"), found["2023-1"].attr("goal_number")) == ("2023-06-01", "1")
    assert (found["2023-2"].attr("deadline_text"), found["2023-2"].attr("goal_number")) == ("Oppstart 2023", "3")


DASH_TITLED = """Kulturdepartementet

Tildelingsbrev 2022 – Havneverket

4 Oppdrag for 2022

Oppdrag – veileder for kommunale havner (VM-A)
Havneverket skal utarbeide en oppdatert veileder for kommunale havner, med
vekt på sikkerhet. Veilederen skal sendes departementet innen 1. juni 2022.

Oppdrag – felles digital søknadsløsning (virksomhetsmål 2)
Havneverket skal ta i bruk den digitale søknadsløsningen for alle tilskuddsordningene. Status
for arbeidet skal rapporteres i årsrapporten for 2022.
"""


def test_uncoded_blocks_titled_after_a_dash_with_their_goal_in_brackets() -> None:
    found = {e.label.split(",")[0].split(".")[0]: e for e in entities_of("brev.txt", DASH_TITLED)
             if e.type == "Assignment"}
    assert set(found) == {"Havneverket skal utarbeide en oppdatert veileder for kommunale havner",
                          "Havneverket skal ta i bruk den digitale søknadsløsningen for alle tilskuddsordningene"}
    guide = found["Havneverket skal utarbeide en oppdatert veileder for kommunale havner"]
    assert (guide.attr("deadline"), guide.attr("goal_number")) == ("2022-06-01", "A")
    assert found["Havneverket skal ta i bruk den digitale søknadsløsningen for alle tilskuddsordningene"].attr(
        "goal_number") == "2"


UNCODED_TABLE = """3.5 Oppdrag i tildelingsbrevet

Tabell 7 Status for oppdrag i tildelingsbrevet for 2022
Oppdrag                                      Mål    Frist         Status
Oppdatert rettleiar for hamnene              VM-A   1.6.2022      Levert 27.5.2022
Forenkla tilskotsregelverk                   VM-B   15.9.2022     Levert 14.9.2022
Evaluering av Tilskot til trygge             VM-C   1.12.2022     Levert 25.11.2022, sjå
hamneanlegg                                                       rapport 14/2022
Oppdrag frå tidlegare år
Kartlegging av kaiane (TB 2021)              –      1.3.2022      Avslutta
"""


def test_an_uncoded_report_table_with_wrapped_titles_and_goal_codes() -> None:
    found = {e.label: e for e in entities_of("rapport.txt", UNCODED_TABLE) if e.type == "Assignment"}
    assert {"Oppdatert rettleiar for hamnene", "Forenkla tilskotsregelverk",
            "Evaluering av Tilskot til trygge hamneanlegg"} <= set(found)
    assert "Oppdrag frå tidlegare år" not in found
    assert {label: e.attr("goal_number") for label, e in found.items() if label.startswith(("Oppd", "Fore", "Eval"))} \
        == {"Oppdatert rettleiar for hamnene": "A", "Forenkla tilskotsregelverk": "B",
            "Evaluering av Tilskot til trygge hamneanlegg": "C"}


REPORT_PROSE = """Årsrapport 2023

3.6 Oppdrag i tildelingsbrevet
Oppdrag 2 i tildelingsbrevet ba oss kartlegge ventetiden for fyrbesøk i alle
kommuner og levere en rapport innen 1. juni 2023. Kartleggingen ble levert 30. mai.
Oppdrag 4 i tildelingsbrevet ba oss utrede en felles standard for fyrvern i kommu-
nene, med frist 1. mai 2023. Utredningen ble levert 28. april.
I oppdrag 5 skulle vi utvikle en pilot for digital søknad om fyrleie innen utgangen av 2023.
"""


def test_an_annual_report_telling_the_letters_assignments_in_prose() -> None:
    found = {e.attr("code"): e for e in entities_of("rapport.txt", REPORT_PROSE) if e.type == "Assignment"}
    assert {c: (e.label, e.attr("deadline"), e.attr("deadline_text")) for c, e in found.items()} == {
        "2": ("kartlegge ventetiden for fyrbesøk i alle kommuner og levere en rapport", "2023-06-01", "1. juni 2023"),
        "4": ("utrede en felles standard for fyrvern i kommunene", "2023-05-01", "1. mai 2023"),
        "5": ("utvikle en pilot for digital søknad om fyrleie", None, "utgangen av 2023")}


def test_a_goal_column_named_by_a_level_and_the_header_repeated_inside_a_row_after_a_page_break() -> None:
    text = """Effektmål 1: Fleire tek del i kystkulturaktivitetar
Effektmål 2: Tradisjonsbåtar blir tekne vare på

Tabell 2 Oppdrag for 2024
Nr.   Oppdrag                                                       Frist              Effektmål
O-1   Senteret skal greie ut korleis tilskotsordningane kan         1. mai 2024        2
      digitaliserast fullt ut. Oppdraget
Nr.   Oppdrag                                                       Frist              Effektmål
      skal lysast ut innan 1. mars 2024.
O-2   Senteret skal lage ein plan for nye kurs for lokallaga.       1. juni 2024       1
"""
    entities = entities_of("brev.txt", text)
    tasks = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert set(tasks) == {"O-1", "O-2"}
    assert tasks["O-1"].label.endswith("Oppdraget skal lysast ut innan 1. mars 2024.")
    placed = {c: [link.target_label.split(":")[0] for link in e.links if link.predicate == "underGoal"]
              for c, e in tasks.items()}
    assert placed == {"O-1": ["Effektmål 2"], "O-2": ["Effektmål 1"]}


GIVEN_PROSE = """Årsrapport 2023

Oppdrag fra tildelingsbrevet
I tildelingsbrevet for 2023 fikk vi i oppdrag å kartlegge ventetiden for fyrbesøk i alle
kommuner (oppdrag 1, frist 1. juni 2023). Kartleggingen ble levert 30. mai.
Vi fikk også i oppdrag å utvikle en pilot for digital søknad om fyrleie (oppdrag 3).

Sentrale tiltak i 2023:
  •  Fyrløftet – opptak av tolv nye fyrstasjoner
  •  Webinarserie om fyrvern (seks webinarer)
"""


def test_assignments_a_report_tells_as_given_with_code_and_deadline_in_brackets_and_no_list_of_measures() -> None:
    found = {e.attr("code"): e for e in entities_of("rapport.txt", GIVEN_PROSE) if e.type == "Assignment"}
    assert {c: (e.label, e.attr("deadline")) for c, e in found.items()} == {
        "1": ("kartlegge ventetiden for fyrbesøk i alle kommuner", "2023-06-01"),
        "3": ("utvikle en pilot for digital søknad om fyrleie", None)}


def test_items_coded_by_letter_and_number_grouped_under_the_goal_they_serve() -> None:
    text = """Fyrdepartementet

Tildelingsbrev 2024 – Fyretaten

2 Mål
VM1    Fyrstasjonene er sikret og godt vedlikeholdt langs kysten
VM2    Flere besøker fyrstasjonene og lærer om kystkulturen

3 Oppdrag for 2024

Oppdrag knytte til VM2
O1   Etaten skal lage ein plan for formidling på fyrstasjonane. Frist: 1. september 2024.
O2   Etaten skal greie ut opningstider for fyra. Frist: 15. november 2024.
"""
    tasks = {e.attr("code"): e for e in entities_of("brev.txt", text) if e.type == "Assignment"}
    assert {c: e.attr("deadline") for c, e in tasks.items()} == {"O1": "2024-09-01", "O2": "2024-11-15"}
    assert {link.target_label.split(":")[0] for e in tasks.values() for link in e.links
            if link.predicate == "underGoal"} == {"Mål VM2"}


def test_a_report_telling_each_assignment_its_goal_sentence_deadline_and_status_apart() -> None:
    text = ("Årsrapport 2023 – Fjordnæringsetaten\n\n"
            "3.6 Rapportering på oppdrag i tildelingsbrevet for 2023\n\n"
            "Oppdrag 1: Utarbeide en handlingsplan for flere kvinner i fiskeflåten.\n"
            "Knyttet til effektmål A1. Frist: 1. juni 2023.\n"
            "Status: Levert 31. mai 2023. Planen følges opp med fylkene.\n\n"
            "Oppdrag 2: Sette i gang en ekstern evaluering av rekrutteringsprogrammet Fjordveien.\n"
            "Knyttet til effektmål A2. Frist: innen utgangen av 2023.\n"
            "Status: Igangsatt. Sluttrapport er ventet i juni 2024.\n")
    found = _assignments(text)
    assert {code: (m.label, m.attr("goal_number"), m.attr("deadline") or m.attr("deadline_text"))
            for code, m in found.items()} == {
        "1": ("Utarbeide en handlingsplan for flere kvinner i fiskeflåten.", "A1", "2023-06-01"),
        "2": ("Sette i gang en ekstern evaluering av rekrutteringsprogrammet Fjordveien.", "A2",
              "innen utgangen av 2023")}


def test_goal_codes_after_jf_bracketed_deadlines_and_a_goal_tag_of_any_level_in_a_table_over_a_page_break() -> None:
    text = ("Tildelingsbrev 2024 – Turvegsenteret\n\n4 Oppdrag\nOppdragene for 2024 er:\n\n"
            "1. TVS skal sørge for en ekstern evaluering av kurset Turvett, jf. BE2. Evaluerin-\n"
            "   gen skal belyse om kurset når unge voksne. (frist: 1. mars 2025)\n"
            "2. TVS skal utarbeide en plan for å redusere svartiden på Turlinjen, jf. BE1. (frist: 1. mai 2024)\n\n"
            "Tabell 2 Oppdrag 2024\n"
            "Nr.   Oppdrag                                                                    Frist\n"
            "O-1   Utarbeide en veileder om tilrettelegging av turveier for personer med      30.6.2024\n"
            "      funksjonsnedsettelse. (Virksomhetsmål 1)\n\n"
            + " " * 83 + "Side 4 av 7\n"
            "Tabell 2 Oppdrag 2024 (forts.)\n"
            "Nr.   Oppdrag                                                                    Frist\n"
            "O-2   Gi innspill til departementets arbeid med revidert handlingsplan for      1.3.2024\n"
            "      friluftsliv.\n")
    found = _assignments(text)
    assert {code: (m.attr("goal_number"), m.attr("deadline")) for code, m in found.items()} == {
        "1": ("BE2", "2025-03-01"), "2": ("BE1", "2024-05-01"), "O-1": ("1", "2024-06-30"), "O-2": (None, "2024-03-01")}
    assert found["2"].label == "TVS skal utarbeide en plan for å redusere svartiden på Turlinjen, jf. BE1."


def test_a_report_saying_in_its_prose_which_goal_each_told_assignment_falls_under() -> None:
    text = ("Årsrapport 2023\n\n3.6 Oppdrag i tildelingsbrevet\n"
            "Oppdrag 2 i tildelingsbrevet ba oss kartlegge ventetiden for rådgivning i alle\n"
            "kommuner og levere en rapport innen 1. juni 2023. Kartleggingen ble levert 30. mai, og\n"
            "oppdraget hører inn under BE3.\n"
            "Oppdrag 4 i tildelingsbrevet ba oss utrede en felles kvalitetsstandard for rådgivning,\n"
            "med frist 1. mai 2023. Utredningen ble levert 28. april.\n")
    doc = Document(id="r", name="r.txt", path="r.txt", media_type="text/plain", text=text, kind="årsrapport",
                   year=2023)
    seg = segment(doc)
    found = {m.attr("code"): m for m in assignment_mentions(seg.document, list(seg.passages)).mentions
             if m.type == "Assignment"}
    assert {code: m.attr("goal_number") for code, m in found.items()} == {"2": "BE3", "4": None}


STATUS_TABLE = """Årsrapport 2023

3.4 Rapportering på oppdrag i tildelingsbrevet

Oppdrag  Beskrivelse                                  Status
1        Oversikt over fyrstasjoner i privat eie      Levert 28.09.2023
2        Ekstern evaluering av Fyrvaktordningen       Pågår, leveres
                                                      innen 01.03.2024
3        Utredning av felles digital                  Levert 14.11.2023
         søknadsløsning for fyrvern

Oppdrag 3 ble løst sammen med Kystverket.
"""


def test_a_report_table_of_the_letters_assignments_with_a_status_column_and_no_deadline_column() -> None:
    found = {e.attr("code"): e for e in entities_of("rapport.txt", STATUS_TABLE) if e.type == "Assignment"}
    assert {c: e.label for c, e in found.items()} == {
        "1": "Oversikt over fyrstasjoner i privat eie", "2": "Ekstern evaluering av Fyrvaktordningen",
        "3": "Utredning av felles digital søknadsløsning for fyrvern"}
    # work still under way gives its deadline in the status cell; a delivery date is no deadline
    assert {c: e.attr("deadline") for c, e in found.items()} == {"1": None, "2": "2024-03-01", "3": None}


LABELLED_LETTER = """Kystdepartementet

Deres ref          Vår ref           Dato
                   23/55             18.12.2023

Statsbudsjettet 2024 – tildelingsbrev til Fyrtilsynet

3 Mål, styringsparametere og oppdrag for 2024

3.1 Virksomhetsmål: Fyrstasjonene er trygge for besøkende

Oppdrag: Fyrtilsynet skal utarbeide en risikobasert plan for tilsyn med fyrstasjoner, og
legge planen fram for departementet. Frist: 1. mars 2024.

Oppdrag: Fyrtilsynet skal sørge for en ekstern evaluering av Fyrvaktnettverket. Frist: 1.
oktober 2024.

Side 2 av 4
Fyrtilsynet – tildelingsbrev 2024

Oppdrag: Fyrtilsynet skal gi departementet en statusrapport om erfaringene med
Digital fyrsøknad. Frist: 1. juni 2024.
"""


def test_paragraphs_labelled_as_assignments_with_their_deadline_labelled_last() -> None:
    found = {e.label: e.attr("deadline") for e in entities_of("brev.txt", LABELLED_LETTER) if e.type == "Assignment"}
    assert found == {
        "Fyrtilsynet skal utarbeide en risikobasert plan for tilsyn med fyrstasjoner, og legge planen fram for "
        "departementet.": "2024-03-01",
        "Fyrtilsynet skal sørge for en ekstern evaluering av Fyrvaktnettverket.": "2024-10-01",
        "Fyrtilsynet skal gi departementet en statusrapport om erfaringene med Digital fyrsøknad.": "2024-06-01"}


TOLD_DONE = """Årsrapport 2023

Rapportering på oppdrag i tildelingsbrevet for 2023

Oppdraget om å utarbeide en nasjonal oversikt over fyrstasjoner i privat eie
(mål 1) er levert. Oversikten ble sendt departementet 30. mai 2023, innen fristen 1.
juni 2023.

Oppdraget om å evaluere Fyrskolen er levert gjennom rapporten fra Kystforsk.
"""


def test_a_reports_account_of_an_assignment_by_its_words_and_what_became_of_it() -> None:
    found = {e.label: e for e in entities_of("rapport.txt", TOLD_DONE) if e.type == "Assignment"}
    assert {label: (e.attr("deadline"), e.attr("goal_number")) for label, e in found.items()} == {
        "utarbeide en nasjonal oversikt over fyrstasjoner i privat eie": ("2023-06-01", "1"),
        "evaluere Fyrskolen": (None, None)}


LETTERED_GROUPS = """2 Mål for 2025
Havneverket skal i 2025 arbeide mot to mål:
Mål A: Havnene er trygge for alle brukere
Mål B: Farledene er godt merket

4 Oppdrag
Tabell 2 Oppdrag 2025
Nr           Oppdrag                                         Frist          Rapportering
Mål A
O-2025-01    Gjennomføre en kartlegging av beredskapen i     15.09.2025     Egen rapport
             havner med færre enn ti anløp i uka.
Mål B
O-2025-02    Utrede hvordan merkingen av farledene kan       01.10.2025     Egen rapport
             forenkles.
Øvrige oppdrag
O-2025-03    Delta i Kystverkets arbeid med en ny veileder.  Løpende        Årsrapport
"""


def test_a_tables_rows_grouped_under_lettered_goals_serve_those_goals() -> None:
    found = {e.attr("code"): e for e in entities_of("l.txt", LETTERED_GROUPS) if e.type == "Assignment"}
    assert set(found) == {"O-2025-01", "O-2025-02", "O-2025-03"}
    goals = {code: [link.target_label.split(":")[0] for link in e.links if link.predicate == "underGoal"]
             for code, e in found.items()}
    assert goals == {"O-2025-01": ["Mål A"], "O-2025-02": ["Mål B"], "O-2025-03": []}


def test_a_table_row_with_a_note_under_its_code_and_a_goal_column_of_letters() -> None:
    from tests.mentions.letter_lettered import LETTER

    found = {str(e.attr("code")): e for e in entities_of("l.txt", LETTER) if e.type == "Assignment"}
    assert found["O-25-01"].label == ("Greie ut ei ordning med gratis hallleige for lag med mange barn frå "
                                      "låginntektsfamiliar.")
    assert {k: [link.target_label.split(":")[0] for link in e.links if link.predicate == "underGoal"]
            for k, e in found.items()} == {"O-25-01": ["Verksemdsmål B"], "O-25-02": ["Verksemdsmål C"]}


def test_a_reports_heading_names_the_letters_assignment_and_its_lettered_goal() -> None:
    text = ("Delmål D – Fleire bibliotek er meråpne\nAntall meråpne bibliotek auka.\n\n3.6  Oppdrag\n"
            "Oppdrag 3 i tildelingsbrevet for 2024 (delmål D)\n   Utarbeide en nasjonal veileder for meråpne "
            "bibliotek.\n   Frist: 1. juni 2024. Status: Levert 14. juni 2024.\n")
    found = [e for e in entities_of("r.txt", text) if e.type == "Assignment"]
    assert [(e.attr("code"), e.label) for e in found] == [("3", "Utarbeide en nasjonal veileder for meråpne bibliotek.")]


OUTLINED = """1.2      Delmål: Idrettslagene har gode rammevilkår

1.2.1    Antall lag som mottar driftstilskudd
         Ambisjonsnivå 2025: 175 lag

         Oppdrag under delmål 1.2
         OPP 25-02   Idrettsdir skal sørge for en ekstern evaluering av opplæringsprogrammet
                     Lagsløftet. Evalueringen skal belyse om programmet virker.
                     Frist: 1. oktober 2026
"""


def test_assignments_under_a_goals_own_heading_coded_with_a_two_digit_year_and_worded_as_an_order() -> None:
    found = [e for e in entities_of("l.txt", OUTLINED) if e.type == "Assignment"]
    assert [(e.attr("code"), e.label) for e in found] == [
        ("OPP 25-02", "Idrettsdir skal sørge for en ekstern evaluering av opplæringsprogrammet Lagsløftet. "
                      "Evalueringen skal belyse om programmet virker.")]
    assert [link.target_label.split(":")[0] for link in found[0].links if link.predicate == "underGoal"] == [
        "Delmål 1.2"]


TWO_DIGIT_YEAR = """Delmål A.1  Fleire vaksne med låg inntekt deltek jamleg i organisert trening

Tabell 9  Status for oppdrag
Kode       Delmål  Oppdrag                                        Frist         Status
OPP 24-02  A.1     Idrettsdir skal utarbeide ein rettleiar for    01.05.2024    Levert
                   kommunale aktivitetskort.                                    26.04.2024
"""


def test_a_status_table_coded_with_a_two_digit_year() -> None:
    found = [e for e in entities_of("r.txt", TWO_DIGIT_YEAR) if e.type == "Assignment"]
    assert [(e.attr("code"), e.label) for e in found] == [
        ("OPP 24-02", "Idrettsdir skal utarbeide ein rettleiar for kommunale aktivitetskort.")]


def test_a_nynorsk_reports_assignments_coded_with_the_year_after_the_letters_and_tagged_with_their_goal() -> None:
    text = ("Mål 4: Barn får betre tilgang til ferietilbod\n\nOPPDRAG FRÅ TILDELINGSBREVET FOR 2024\n"
            "  TB24-1 (Mål 4) Setje i gang ei evaluering av Tilskot til ferietiltak for barn.\n"
            "         Frist: 31. desember 2024.\n         Status: Levert.\n")
    found = [e for e in entities_of("r.txt", text) if e.type == "Assignment"]
    assert [(e.attr("code"), e.label) for e in found] == [
        ("TB24-1", "Setje i gang ei evaluering av Tilskot til ferietiltak for barn.")]


REPORTING_DEADLINES = """Tildelingsbrev 2026 – Tolkedirektoratet

4     Oppdrag

TD-2026-1   Tolkedirektoratet skal utarbeide en plan for tilsyn med tolkeformidlere, herunder
            kriterier for utvelgelse. (Resultatmål 1.2)
            Rapporteringsfrist: 1. april 2026

TD-2026-2   Tolkedirektoratet skal prøve ut fjerntolking i tre kommuner. (Hovedmål 2)
            Rapporteringsfrist: 1. desember 2026
"""


def test_a_goal_in_brackets_before_a_reporting_deadline_line() -> None:
    found = _assignments(REPORTING_DEADLINES)
    one, two = found["TD-2026-1"], found["TD-2026-2"]
    assert (one.attr("goal_number"), one.attr("deadline")) == ("resultatmål 1.2", "2026-04-01")
    assert one.label.endswith("kriterier for utvelgelse.")
    assert (two.attr("goal_number"), two.attr("deadline")) == ("2", "2026-12-01")


REPORTED_BY_YEAR_CODE = """Årsrapport 2025 – Tolkedirektoratet

Oppdrag fra tildelingsbrevet for 2025
2025-02  Kartlegge rutiner for bestilling av tolk i kommunene (frist 1.6.2025,
         mål 3). Levert. Se Kartlegging av tolkebestilling i kommunene.
2025-04  Sette i gang en følgeevaluering av fjerntolking (frist
         1.3.2025, mål 1). Igangsatt; evaluator er valgt.
"""


def test_a_reports_assignments_coded_by_year_with_deadline_and_goal_in_one_bracket() -> None:
    found = _assignments(REPORTED_BY_YEAR_CODE)
    first, second = found["2025-02"], found["2025-04"]
    assert first.label == "Kartlegge rutiner for bestilling av tolk i kommunene"
    assert (first.attr("deadline"), first.attr("goal_number")) == ("2025-06-01", "3")
    assert (second.attr("deadline"), second.attr("goal_number")) == ("2025-03-01", "1")


NUMBERED_BLOCKS = """Tildelingsbrev 2025 – Direktoratet for skog

3    Oppdrag
Departementet gir direktoratet desse oppdraga for 2025.

Oppdrag 1.
Direktoratet skal innarbeide skogindikatoren i Kommunebarometeret og publisere tal
for alle kommunar.
Frist:
1. juni 2025

Oppdrag 2.
Direktoratet skal utarbeide ein rettleiar om klimatilpassa skogkultur for skogeigarar.
Frist:
15. oktober 2025
Knytt til verksemdsmål II
"""


def test_blocks_headed_by_the_word_and_a_number_with_a_full_stop() -> None:
    found = _assignments(NUMBERED_BLOCKS)
    assert sorted(found) == ["1", "2"]
    assert found["1"].label == ("Direktoratet skal innarbeide skogindikatoren i Kommunebarometeret og publisere tal "
                                "for alle kommunar.")
    assert (found["2"].attr("deadline"), found["2"].attr("goal_number")) == ("2025-10-15", "II")


AREA_ITEMS = """Tildelingsbrev 2026 – Direktoratet for vassforvaltning

5   OPPDRAG
Oppdragene er nummerert etter område. Frister står i teksten.

5.1   Område A
5.1.1 Direktoratet skal utarbeide en plan for kartlegging av miljøgifter i havnene, med kost-
      nadsanslag. Frist: 1. juni 2026.
5.1.2 Direktoratet skal utrede hvordan tilsynet med avløpsanlegg kan samordnes. Frist: innen
      utgangen av september 2026.

5.2   Område B
5.2.1 Oppdraget om å utrede en felles søknadsløsning for utslippstillatelser (oppdrag 2025-04 i
      tildelingsbrevet for 2025) videreføres. Direktoratet skal levere sluttrapport. Frist: 1. mars 2026.

6   BUDSJETTRAMMER FOR 2026
"""


def test_items_numbered_within_area_sections_of_the_assignments_chapter_serve_the_areas_goal() -> None:
    found = _assignments(AREA_ITEMS)
    assert sorted(found) == ["5.1.1", "5.1.2", "5.2.1"]
    assert [found[c].attr("goal_number") for c in sorted(found)] == ["A", "A", "B"]
    assert found["5.1.2"].label == "Direktoratet skal utrede hvordan tilsynet med avløpsanlegg kan samordnes."
    assert found["5.1.1"].attr("deadline") == "2026-06-01"


TAGGED_BLOCKS = """Tildelingsbrev 2026 – Kystkulturdirektoratet

4   OPPDRAG
Departementet gir direktoratet desse oppdraga for 2026.

 1. Oppdrag nr. 2026-01                                              Knytt til: K1.2
    Greie ut korleis kurs i tradisjonelle handverksteknikkar kan nå fleire unge.
    Frist: innan 1. juni

 2. Oppdrag nr. 2026-02                                              Knytt til: K2
    Utarbeide eit forenkla regelverk for tilskot til fartøyvern.
    Frist: innan 1. oktober
"""


def test_numbered_blocks_of_coded_assignments_with_their_goal_in_a_column_beside_the_code() -> None:
    found = _assignments(TAGGED_BLOCKS)
    assert sorted(found) == ["2026-01", "2026-02"]
    first = found["2026-01"]
    assert first.label == "Greie ut korleis kurs i tradisjonelle handverksteknikkar kan nå fleire unge."
    assert (first.attr("goal_number"), first.attr("deadline")) == ("1.2", "2026-06-01")
    assert found["2026-02"].attr("goal_number") == "2"


WITH_DEADLINES = """Tildelingsbrev 2026 – Heistilsynet

4   Oppdrag med frister
Oppdragene er nummerert fortløpende med departementets forkortelse og årstall.

KDD-26-01   Tilsynet skal utarbeide en veileder for kontroll av heiser i borettslag.
            Frist: 1. oktober 2026

KDD-26-02   Tilsynet skal utrede et register over heiser i fritidsboliger.
            Frist: 15. juni 2026
"""


def test_coded_items_under_a_heading_of_assignments_with_deadlines() -> None:
    found = _assignments(WITH_DEADLINES)
    assert sorted(found) == ["KDD-26-01", "KDD-26-02"]
    assert found["KDD-26-02"].label == "Tilsynet skal utrede et register over heiser i fritidsboliger."
    assert found["KDD-26-01"].attr("deadline") == "2026-10-01"
