"""Goals in the house styles of steering documents: lines, defining sentences, quoted titles; references are not
goals. The text is invented (a maritime agency) and set as extracted PDF text: hard wraps, hyphen splits."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.goal_statements import find_statements
from kg.mentions.outline import chapter_starts
from tests.mentions.pipeline import entities_of, goals_by_title

CHAPTER_STYLE = """Innhold

1   Årets aktiviteter og resultater ......................................... 10
    1.1 Sjøsikkerhet ........................................................ 11
        1.1.1 Farleder ...................................................... 11
        1.1.2 Losordningen .................................................. 14

1 Årets aktiviteter og resultater

Etaten har to hovedmål. Måloppnåelsen er god på hovedmål 1, jf. omtale under mål 4 i
fjorårets rapport.

1.1 Sjøsikkerhet
Hovedmål 1 er at ferdselen på sjøen er trygg for alle brukere av kysten og
farledene. Under hovedmålet ligger to delmål.

1.1.1 Farleder
Delmål 1.1: Farledene er godt merket og kart-
lagt

Etaten merket 120 nye farleder i 2024. Programmet Trygg Led ble videreført.

1.1.2 Losordningen
Under delmål 1.2 «Losordningen er effektiv og tilgjengelig for alle skip» har etaten
prioritert digital bestilling.

Losbestillingen ble lansert i mai. Det gjelder også delmål 4.2 i fjorårets brev.
"""

LETTER_STYLE = """3 Mål og styringsparametere for 2025

Hovedmål 2: Havnene er rene og miljøvennlige
• Delmål 2.1: Utslippene fra havnene går ned
– Styringsparameter: Andel havner med landstrøm. Resultatmål: minst 40 prosent.
• Delmål 2.2: Avfall fra skip tas hånd om på en forsvarlig måte i alle
havner

4 Oppdrag

Oppdrag 1 (delmål 2.1)
Etaten skal kartlegge landstrøm i havnene.
Frist: 1. mai 2025
"""


def _by_label(entities: list[Entity]) -> dict[str, Entity]:
    return {e.label: e for e in entities if e.type == "Goal"}


def test_lines_sentences_and_quoted_titles_are_goals_references_are_not() -> None:
    found = [(s.level, s.number, s.title) for s in find_statements(CHAPTER_STYLE)]
    assert found == [
        ("hovedmål", "1", "ferdselen på sjøen er trygg for alle brukere av kysten og farledene"),
        ("delmål", "1.1", "Farledene er godt merket og kartlagt"),
        ("delmål", "1.2", "Losordningen er effektiv og tilgjengelig for alle skip"),
    ]


def test_a_sub_goal_is_linked_to_its_main_goal_and_carries_number_level_and_clean_title() -> None:
    goals = _by_label(entities_of("sjo.txt", CHAPTER_STYLE))
    sub = goals["Delmål 1.1: Farledene er godt merket og kartlagt"]
    assert (sub.attr("notation"), sub.attr("level"), sub.attr("title")) == (
        "1.1", "delmål", "Farledene er godt merket og kartlagt")
    assert sub.attr("number") is None and "Farledene er godt merket og kartlagt" in sub.alt_labels
    broader = {link.target_label for link in sub.links if link.predicate == "broader" and link.direction == "out"}
    assert broader == {"Hovedmål 1: ferdselen på sjøen er trygg for alle brukere av kysten og farledene"}
    main = goals["Hovedmål 1: ferdselen på sjøen er trygg for alle brukere av kysten og farledene"]
    assert (main.attr("number"), main.attr("notation"), main.attr("level")) == (1, "1", "hovedmål")
    assert len(goals) == 3  # 'mål 4', 'delmål 4.2' and the contents are references


def test_what_a_section_opened_by_a_sub_goal_says_speaks_to_that_sub_goal() -> None:
    measures = {e.label: e for e in entities_of("sjo.txt", CHAPTER_STYLE) if e.type == "Measure"}
    goals = {link.target_label for link in measures["Trygg Led"].links if link.predicate == "addresses"}
    assert goals == {"Delmål 1.1: Farledene er godt merket og kartlagt"}


def test_bulleted_goals_of_an_allocation_letter_and_their_parameters() -> None:
    goals = _by_label(entities_of("brev.txt", LETTER_STYLE))
    assert set(goals) == {"Hovedmål 2: Havnene er rene og miljøvennlige",
                          "Delmål 2.1: Utslippene fra havnene går ned",
                          "Delmål 2.2: Avfall fra skip tas hånd om på en forsvarlig måte i alle havner"}
    measured = {link.target_label for link in goals["Delmål 2.1: Utslippene fra havnene går ned"].links
                if link.predicate == "measuredBy"}
    assert measured == {"Andel havner med landstrøm"}
    assert not [link for link in goals["Delmål 2.2: Avfall fra skip tas hånd om på en forsvarlig måte i alle havner"]
                .links if link.predicate == "measuredBy"]


STRUCTURE = """DEL III ÅRETS AKTIVITETER OG RESULTATER

Målstrukturen består av ett samfunnsmål, to effektmål og ett brukermål.

Samfunnsmål
Kysten er trygg og ren for alle som ferdes der.

Effektmål 1  Fyrene er godt vedlikeholdt og lyser hele
             vinteren
Effektmål 2  Havnene har god kapasitet

Brukermål
Brukerne opplever at etaten er tilgjengelig.

Tabell 2 Samlet vurdering per mål

Mål                                      Vurdering 2023        Vurdering 2022
Effektmål 1 Fyrene                       God                   Middels
Effektmål 2 Havnene og kaiene            God                   God
"""


def test_a_goal_structure_of_level_headings_titles_after_wide_gaps_and_no_table_rows() -> None:
    found = [(s.level, s.number, s.title) for s in find_statements(STRUCTURE)]
    assert found == [
        ("samfunnsmål", "", "Kysten er trygg og ren for alle som ferdes der"),
        ("effektmål", "1", "Fyrene er godt vedlikeholdt og lyser hele vinteren"),
        ("effektmål", "2", "Havnene har god kapasitet"),
        ("brukermål", "", "Brukerne opplever at etaten er tilgjengelig"),
    ]


def test_effect_and_user_goals_serve_the_societal_goal() -> None:
    goals = _by_label(entities_of("rapport.txt", STRUCTURE))
    broader = {link.target_label for link in goals["Effektmål 2: Havnene har god kapasitet"].links
               if link.predicate == "broader" and link.direction == "out"}
    assert broader == {"Samfunnsmål: Kysten er trygg og ren for alle som ferdes der"}
    user = goals["Brukermål: Brukerne opplever at etaten er tilgjengelig"]
    assert [link.target_label for link in user.links if link.predicate == "broader"] == [
        "Samfunnsmål: Kysten er trygg og ren for alle som ferdes der"]


def test_a_societal_goal_given_after_a_colon_in_a_sentence() -> None:
    text = ("2. MÅL FOR 2024\nSamfunnsmålet for etaten er uendret fra tidligere år: Kysten er trygg og ren for\n"
            "alle som ferdes der. For 2024 fastsetter departementet to virksomhetsmål.\n")
    assert [(s.level, s.title) for s in find_statements(text)] == [
        ("samfunnsmål", "Kysten er trygg og ren for alle som ferdes der")]


NUMBERED_LETTER = """1 MÅL FOR HAVNEVERKET

Virksomhetsmål, styringsparametre og prestasjonskrav for 2025

1. Havneverket skal øke sikkerheten i farledene.
Styringsparametre:
a) Antall grunnstøtinger i merkede farleder.
Prestasjonskrav: Skal minke over treårsperioden
b) Andel fyr som er inspisert. Prestasjonskrav: Minst 90 prosent

2. Havneverket skal videreutvikle tjenestene for
fritidsbåter.
Styringsparametre:
a) Antall brukere av båtappen.

2 TILDELING
1. Midlene stilles til disposisjon for hele året.
"""


def test_numbered_goals_of_a_letter_with_lettered_parameters_and_their_requirements() -> None:
    entities = entities_of("brev.txt", NUMBERED_LETTER)
    goals = _by_label(entities)
    assert set(goals) == {"Virksomhetsmål 1: Havneverket skal øke sikkerheten i farledene",
                          "Virksomhetsmål 2: Havneverket skal videreutvikle tjenestene for fritidsbåter"}
    parameters = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert set(parameters) == {"Antall grunnstøtinger i merkede farleder", "Andel fyr som er inspisert",
                               "Antall brukere av båtappen"}
    assert parameters["Antall grunnstøtinger i merkede farleder"].attr("target") == "Skal minke over treårsperioden"
    assert parameters["Andel fyr som er inspisert"].attr("target") == "Minst 90 prosent"
    measured = {link.target_label for link in parameters["Andel fyr som er inspisert"].links
                if link.predicate == "measuredBy"}
    assert measured == {"Virksomhetsmål 1: Havneverket skal øke sikkerheten i farledene"}


def test_a_part_title_in_capitals_after_a_page_break_is_a_chapter() -> None:
    text = ("DEL II  MÅL OG RESULTATER\n\nDelmål 1.1   Samlingene er godt bevart\n"
            "Brev 2024 – Museumsverket     Side 2 av 4\n\fDEL III  OPPDRAG FOR 2024\n\nTekst.\n")
    starts = chapter_starts(text)
    assert [text[s:].lstrip("\f")[:7] for s in starts] == ["DEL II ", "DEL III"]


def test_a_contents_entry_is_no_goal_the_body_states_it_whole() -> None:
    text = ("Innhold\n"
            "    Virksomhetsmål 1 Flere bruker parkene ........................... 5\n"
            "    Virksomhetsmål 2 Kunnskap om naturen ............................ 6\n"
            "    Virksomhetsmål 3 Trygge turveier ................................ 7\n\n"
            "Virksomhetsmål 1: Flere bruker parkene i nærmiljøet, særlig barn og eldre som i liten grad\n"
            "er ute\n")
    found = find_statements(text)
    assert [(s.number, s.title) for s in found] == [
        ("1", "Flere bruker parkene i nærmiljøet, særlig barn og eldre som i liten grad er ute")]


SHORT_HEADINGS = """Innhold
3   Årets aktiviteter og resultater ............................................. 4
    3.1  Styringsmål 1 – Turstier .................................................. 4
    3.2  Styringsmål 2 – Turlag ................................................. 5

3 Årets aktiviteter og resultater

3.1 Styringsmål 1 – Turstier

Målet for området er at kommunene har kunnskap og verktøy til å planlegge gode turstier.

Vi veiledet 40 kommuner.

3.2 Styringsmål 2 – Turlag

Målet for området er at flere innbyggere i små kommuner deltar i turlagene.

Turlagene fikk 300 nye medlemmer.
"""

LEVELS_ON_THEIR_OWN_LINES = """Senterets målstruktur har to overordnede mål med resultatmål under.

Overordnet mål 1
Alle som ønsker det, kan gå på tur i nærmiljøet

Resultatmål 1.1
Flere innbyggere i små kommuner går på tur hver uke

Overordnet mål 2
Turlagene har gode og forutsigbare rammevilkår
"""


def test_a_goal_section_named_short_takes_its_title_from_the_sentence_that_opens_it() -> None:
    goals = _by_label(entities_of("rapport.txt", SHORT_HEADINGS))
    assert sorted(goals) == [
        "Styringsmål 1: kommunene har kunnskap og verktøy til å planlegge gode turstier",
        "Styringsmål 2: flere innbyggere i små kommuner deltar i turlagene"]


def test_level_and_number_on_a_line_of_their_own_with_the_title_below_and_the_sub_goal_under_its_goal() -> None:
    goals = _by_label(entities_of("rapport.txt", LEVELS_ON_THEIR_OWN_LINES))
    sub = goals["Resultatmål 1.1: Flere innbyggere i små kommuner går på tur hver uke"]
    assert [link.target_label for link in sub.links if link.predicate == "broader" and link.direction == "out"] == [
        "Overordnet mål 1: Alle som ønsker det, kan gå på tur i nærmiljøet"]
    assert "Overordnet mål 2: Turlagene har gode og forutsigbare rammevilkår" in goals


LETTER_GOALS = """2.2 Virksomhetsmål og styringsparametere for 2025

Virksomhetsmål 1
Direktoratet skal gi søkere rask, enkel og forutsigbar saksbehandling.
   Styringsparametere:
   a) Gjennomsnittlig saksbehandlingstid for søknader om tillatelse
      Prestasjonskrav: Høyst 15 uker
                                                                              Side 2 av 6
\fVirksomhetsmål 2 (nytt)
Direktoratet skal bidra til god beredskap mot akutte hendelser på turstiene.
   Styringsparametere:
   a) Andel turlag som har deltatt i en beredskapsøvelse
      Prestasjonskrav: Minst 60 prosent
"""


def test_letter_goals_with_the_title_below_the_level_and_their_lettered_parameters() -> None:
    entities = entities_of("brev.txt", LETTER_GOALS)
    goals = _by_label(entities)
    assert sorted(goals) == [
        "Virksomhetsmål 1: Direktoratet skal gi søkere rask, enkel og forutsigbar saksbehandling",
        "Virksomhetsmål 2: Direktoratet skal bidra til god beredskap mot akutte hendelser på turstiene"]
    params = {e.label: e.attr("target") for e in entities if e.type == "SteeringParameter"}
    assert params == {"Gjennomsnittlig saksbehandlingstid for søknader om tillatelse": "Høyst 15 uker",
                      "Andel turlag som har deltatt i en beredskapsøvelse": "Minst 60 prosent"}


AREAS = """Virksomhetsområde 1: Turliv

Delmål 1: Flere barn og unge går på tur i nærmiljøet hver uke

Delmål 2: Turstiene i byene er sikret for allmennheten

Virksomhetsområde 2: Naturveiledning

Delmål 1: Befolkningen kjenner naturen gjennom naturveiledning
"""


def test_goals_numbered_anew_in_each_area_are_different_goals() -> None:
    goals = _by_label(entities_of("rapport.txt", AREAS))
    assert sorted(goals) == ["Delmål 1: Befolkningen kjenner naturen gjennom naturveiledning",
                             "Delmål 1: Flere barn og unge går på tur i nærmiljøet hver uke",
                             "Delmål 2: Turstiene i byene er sikret for allmennheten"]


NYNORSK_USER_GOALS = """Nemnda har eitt samfunnsmål som er brote ned i tre brukarmål.

Samfunnsmål
Avgjerdene i sjøarealsaker skal byggje opp under ei berekraftig bruk av kystsona.

Brukarmål 1  Klagarane skal oppleve rask, enkel og føreseieleg sakshandsaming.
Brukarmål 2  Praksisen til nemnda skal vere kjend for kommunar og næringsaktørar.

Brukarmål
Styringsparameter
"""


def test_nynorsk_user_goals_serve_the_societal_goal_and_a_torn_header_is_no_goal() -> None:
    goals = _by_label(entities_of("rapport.txt", NYNORSK_USER_GOALS))
    assert sorted(goals) == [
        "Brukarmål 1: Klagarane skal oppleve rask, enkel og føreseieleg sakshandsaming",
        "Brukarmål 2: Praksisen til nemnda skal vere kjend for kommunar og næringsaktørar",
        "Samfunnsmål: Avgjerdene i sjøarealsaker skal byggje opp under ei berekraftig bruk av kystsona"]
    first = goals["Brukarmål 1: Klagarane skal oppleve rask, enkel og føreseieleg sakshandsaming"]
    assert [k.target_label for k in first.links if k.predicate == "broader" and k.direction == "out"] == [
        "Samfunnsmål: Avgjerdene i sjøarealsaker skal byggje opp under ei berekraftig bruk av kystsona"]


def test_an_areas_one_sub_goal_without_a_number_is_keyed_by_its_area() -> None:
    text = ("Virksomhetsområde 1: Næringsutvikling\n\nDelmål 1: Flere kystbedrifter skal skape varige arbeidsplasser\n"
            "Tekst.\n\nVirksomhetsområde 2: Forvaltning\n\n"
            "Delmål: Søkere skal oppleve rask, enkel og forutsigbar saksbehandling\nTekst.\n")
    found = {(s.number, s.area, s.title) for s in find_statements(text) if s.level == "delmål"}
    assert ("", "2", "Søkere skal oppleve rask, enkel og forutsigbar saksbehandling") in found
    # without an area, an unnumbered 'Delmål:' names no goal
    assert [s for s in find_statements("Delmål: Søkere skal oppleve rask saksbehandling\n") if not s.number] == []


def test_a_numbered_result_goal_under_a_strategic_goal_is_a_goal_and_a_target_is_not() -> None:
    text = ("Strategisk mål 1: Fleire fyr er sikra for framtida\n\n"
            "   Resultatmål 1.1: Fleire fyrstasjonar er sette i stand og opne for publikum\n"
            "   Resultatmål 2024: Minst 90 prosent av fyra er sikra\n"
            "Resultatmål 1.3 om fyrvaktarar er teke ut for 2024.\n")
    found = {(s.level, s.number, s.title) for s in find_statements(text)}
    assert ("resultatmål", "1.1", "Fleire fyrstasjonar er sette i stand og opne for publikum") in found
    assert not {number for level, number, _ in found if level == "resultatmål"} - {"1.1"}


CAPITALS_SECTIONS = """Målene er fastsatt i tildelingsbrevet. Samfunnsmålet beskriver virkningen vi skal bidra til:
   SAMFUNNSMÅL
   Et levende kystsamfunn i hele landet
Under samfunnsmålet ligger to effektmål. Måloppnåelsen er god for E1 og E2.
EFFEKTMÅL E1
Årsrapport 2023                                                      6
Flere fiskebåter går over til utslippsfri drift
Tabell 3.1 Styringsparametere for effektmål E1
Teksten om resultatene.
EFFEKTMÅL E2
Havnene har kapasitet til økt godstrafikk
Tabell 3.2 Styringsparametere for effektmål E2
"""


def test_levels_in_capitals_head_their_goals_title_on_the_next_line_past_a_running_head() -> None:
    found = [(s.level, s.number, s.title) for s in find_statements(CAPITALS_SECTIONS)]
    assert found == [
        ("samfunnsmål", "", "Et levende kystsamfunn i hele landet"),
        ("effektmål", "E1", "Flere fiskebåter går over til utslippsfri drift"),
        ("effektmål", "E2", "Havnene har kapasitet til økt godstrafikk"),
    ]


LETTERED_SECTIONS = """Innhold
  3.1     Samlet vurdering ............................................ 3
  3.2     Virksomhetsmål A – Flere eldre skal bo trygt og selvstendig hjemme ........ 4
  3.3     Virksomhetsmål B – Trygge anlegg ........................................ 6

3.1 Samlet vurdering
Måloppnåelsen er god for begge mål.

3.2 Virksomhetsmål A – Flere eldre skal bo trygt og selvstendig hjemme
Vi har gitt tilskudd til 400 boliger.

3.3 Virksomhetsmål B – Trygge anlegg
Målet er omtalt i kapittel 2.
"""


def test_a_lettered_goal_heading_with_its_whole_title_states_the_goal_a_short_name_does_not() -> None:
    goals = _by_label(entities_of("rapport.txt", LETTERED_SECTIONS))
    assert list(goals) == ["Virksomhetsmål A: Flere eldre skal bo trygt og selvstendig hjemme"]
    assert goals["Virksomhetsmål A: Flere eldre skal bo trygt og selvstendig hjemme"].attr("level") == "virksomhetsmål"


AREA_TABLE = """3.1 Mål og resultatområde
Tildelingsbrevet set eitt mål for kvart resultatområde.

Tabell 2 Resultatområde og mål for 2024
Resultatområde            Mål for 2024
1 Fyrvern                 Fyrstasjonane er sette i stand og er i bruk
                          heile året
2 Handverk og             Tradisjonelt handverk blir ført vidare til nye
  kunnskap                generasjonar
3 Formidling              Fleire menneske lærer om kystkulturen

Tabell 3 Styringsparametrar, resultatområde 2
Nr.    Styringsparameter                                   Resultatkrav 2024
2.1    Talet på lærlingar i faget                          20
"""


def test_a_table_of_each_areas_goal_numbers_the_goals_by_area_and_its_captions_name_them() -> None:
    found = [(s.level, s.number, s.title) for s in find_statements(AREA_TABLE)]
    assert found == [
        ("mål", "1", "Fyrstasjonane er sette i stand og er i bruk heile året"),
        ("mål", "2", "Tradisjonelt handverk blir ført vidare til nye generasjonar"),
        ("mål", "3", "Fleire menneske lærer om kystkulturen"),
    ]
    sp = next(e for e in entities_of("rapport.txt", AREA_TABLE) if e.type == "SteeringParameter")
    assert [link.target_label for link in sp.links if link.predicate == "measuredBy"] == [
        "Mål 2: Tradisjonelt handverk blir ført vidare til nye generasjonar"]


CODED_TABLE = """Tabell 1 Verksemdsmål 2024–2026

Nr.    Verksemdsmål                                          Landbruks- og matpolitisk mål
VM1    Beiteressursane i utmark blir nytta berekraftig og    Berekraftig landbruk med lågare
       i samsvar med beitekapasiteten                        utslepp av klimagassar
VM2    Tilskotsforvaltninga i senteret er korrekt, effek-    Auka verdiskaping
       tiv og brukarvenleg

Styringsparametrane under gjeld for 2024.
"""


def test_a_table_of_coded_goals_beside_the_ministrys_goals_states_only_the_agencys() -> None:
    found = [(s.level, s.number, s.printed, s.title) for s in find_statements(CODED_TABLE)]
    assert found == [
        ("verksemdsmål", "1", "VM1", "Beiteressursane i utmark blir nytta berekraftig og i samsvar med beitekapasiteten"),
        ("verksemdsmål", "2", "VM2", "Tilskotsforvaltninga i senteret er korrekt, effektiv og brukarvenleg"),
    ]


NUMBERED_GOAL_PARAGRAPHS = """3    Mål, styringsparametere og resultatmål

Departementet har fastsatt to mål for senteret.

1.   Flere innbyggere skal mestre grunnleggende digitale tjenester i hverdagen.
     Målet omfatter både ferdigheter og trygghet i bruken.
     Styringsparametere:
     a)   Andel deltakere i kurs som klarer seg på egen hånd
          Resultatmål: Minst 70 prosent

2.   Andel kommuner med avtale om veiledning.
     Resultatet for 2022 var 212 kommuner.
     Styringsparametere:
     a)   Antall avtaler
"""


def test_a_numbered_goal_whose_paragraph_closes_with_its_parameters_and_not_a_numbered_parameter() -> None:
    found = [(s.level, s.number, s.title) for s in find_statements(NUMBERED_GOAL_PARAGRAPHS)]
    assert found == [("mål", "1", "Flere innbyggere skal mestre grunnleggende digitale tjenester i hverdagen")]


MAL_HEADINGS = """Direktoratet rapporterer nedenfor på de to målene i tildelingsbrevet.

Mål: Flere deltar i friluftsliv, særlig grupper som er lite aktive

Deltakelsen er høy. Mål: et ord i en setning er ingen overskrift.

Mål: Friluftslivets arealer er sikret og tilrettelagt

Arealene er sikret.
"""


def test_unnumbered_goal_headings_set_apart_are_goals_each_keyed_by_its_title() -> None:
    goals = _by_label(entities_of("rapport.txt", MAL_HEADINGS))
    assert set(goals) == {"Mål: Flere deltar i friluftsliv, særlig grupper som er lite aktive",
                          "Mål: Friluftslivets arealer er sikret og tilrettelagt"}


LETTER_ITEM = """Virksomhetsmål 4: Innvandrere og deres barn deltar i frivillighet og lokalsamfunn

Styringsparametere:
a) Antall frivillige organisasjoner som mottar tilskudd til integreringsarbeid

Det er ikke satt prestasjonskrav for denne styringsparameteren. Tilskudd til integreringsarbeid
bevilges over kap. 496 post 70.
"""


def test_a_parameter_item_ends_at_the_blank_line_before_a_paragraph_of_its_own() -> None:
    parameters = [e.label for e in entities_of("brev.txt", LETTER_ITEM) if e.type == "SteeringParameter"]
    assert parameters == ["Antall frivillige organisasjoner som mottar tilskudd til integreringsarbeid"]


LETTERED_LETTER = """Helse- og omsorgsdepartementet

Deres ref          Vår ref           Dato
                   22/901            21.12.2022

Tildelingsbrev 2023 – Direktoratet for havnehelse

3   Mål for 2023
Virksomheten skal i 2023 arbeide mot følgende mål:

a) Havnene har god kompetanse og kapasitet til å ta imot skip med smitte om
   bord.

Styringsparametere:
- Andel havner som har vedtatt en smitteplan (målverdi: minst
  60 prosent)
- Antall havneansatte som har fullført kurset «Trygg kai»

Programmet Havneløftet og tilskuddsordningen
Tilskudd til smittevern i havner er de viktigste virkemidlene for dette målet.

b) Direktoratet forvalter tilskudd på en effektiv og brukerrettet måte.

Styringsparametere:
- Gjennomsnittlig saksbehandlingstid for tilskuddssøknader (målverdi: under
  8 uker)

Direktoratet forvalter i 2023 følgende tilskuddsordninger:
- Tilskudd til smittevern i havner (kap. 768, post 70)
"""


def test_lettered_goals_in_a_letters_prose_with_their_dash_listed_parameters_and_targets() -> None:
    found = entities_of("brev.txt", LETTERED_LETTER)
    goals = {e.iri: e.attr("notation") for e in found if e.type == "Goal"}
    assert sorted(goals.values()) == ["a", "b"]
    parameters = {e.label: (e.attr("target"), {goals[link.target] for link in e.links if link.predicate == "measuredBy"})
                  for e in found if e.type == "SteeringParameter"}
    assert parameters == {
        "Andel havner som har vedtatt en smitteplan": ("minst 60 prosent", {"a"}),
        "Antall havneansatte som har fullført kurset «Trygg kai»": (None, {"a"}),
        "Gjennomsnittlig saksbehandlingstid for tilskuddssøknader": ("under 8 uker", {"b"})}


LETTERED_REPORT = """Årsrapport 2023

3  Årets aktiviteter og resultater
Direktoratet rapporterer på målene i tildelingsbrevet.

3.1  Mål a) – Smittevern i havnene
Målet er at havnene skal ha god kompetanse og kapasitet til å ta imot skip med smitte om bord.
"""


def test_a_report_section_headed_by_a_lettered_goals_short_name_takes_the_wording_below() -> None:
    goals = [(e.attr("notation"), e.attr("title")) for e in entities_of("rapport.txt", LETTERED_REPORT)
             if e.type == "Goal"]
    assert goals == [("a", "havnene skal ha god kompetanse og kapasitet til å ta imot skip med smitte om bord")]


def test_the_societal_goal_quoted_after_its_level_in_the_definite_form_is_over_the_agencys_goals() -> None:
    text = ("Årsrapport 2025 – Direktoratet for sjøtrafikk\n\n1   Leders beretning\n"
            "Direktoratet har hovedkontor i Haugesund. Direktoratet skal bidra til samfunnsmålet\n"
            "«Ferdselen langs kysten er trygg og effektiv for alle». I 2025 var virksomheten styrt etter\n"
            "to virksomhetsmål under dette samfunnsmålet.\n\n3   Årets aktiviteter og resultater\n\n"
            "Virksomhetsmål 1: Færre ulykker med fritidsbåter langs kysten\n\nAntall ulykker gikk ned med 8 prosent.\n\n"
            "Virksomhetsmål 2: Losbestillingene behandles raskt og digitalt\n\nNær alle bestillinger kom digitalt.\n")
    entities = entities_of("arsrapport-2025.txt", text)
    goals = {e.iri: e for e in entities if e.type == "Goal"}
    top = next(e for e in goals.values() if e.attr("title") == "Ferdselen langs kysten er trygg og effektiv for alle")
    assert str(top.attr("level")).lower() == "samfunnsmål"
    below = sorted(str(e.attr("title")) for e in goals.values()
                   if any(link.predicate == "broader" and link.target == top.iri for link in e.links))
    assert below == ["Færre ulykker med fritidsbåter langs kysten", "Losbestillingene behandles raskt og digitalt"]


def test_a_ministrys_overall_goal_quoted_in_a_report_is_no_goal_of_the_agency() -> None:
    text = ("Årsrapport 2025 – Direktoratet for sjøtrafikk\n\n3.1 Mål- og styringsstruktur\n"
            "Departementet har for sitt område satt det overordnede målet «Trygg og effektiv ferdsel\n"
            "langs hele kysten». Dette er et sektormål for departementet og ikke et mål for direktoratet.\n")
    assert [e for e in entities_of("arsrapport-2025.txt", text) if e.type == "Goal"] == []


def test_a_main_goal_headed_under_a_parts_roman_number_and_its_sub_goals_below() -> None:
    text = ("Årsrapport 2025 – Direktoratet for tilgjengelighet\n\nIII  ÅRETS AKTIVITETER OG RESULTATER\n\n"
            "III.1  Hovedmål A – Samfunnet er universelt utformet og tilgjengelig for alle\n\n"
            "Delmål A1  Digitale løsninger er universelt utformet\n\nFlere nettsteder oppfyller kravene.\n\n"
            "Delmål A2  Bygg og uteområder er tilgjengelige for alle\n\nTo av tre krav ble nådd.\n")
    goals = goals_by_title(entities_of("arsrapport-2025.txt", text))
    main = goals["Samfunnet er universelt utformet og tilgjengelig for alle"]
    assert main.attr("notation") == "A"
    assert [link.target for link in goals["Digitale løsninger er universelt utformet"].links
            if link.predicate == "broader"] == [main.iri]
