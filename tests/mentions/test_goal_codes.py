"""Goals coded by perspective letter and number: an overview states them, capitals head their parts of the report.
The text is invented (a museum agency) and set as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.goal_statements import find_statements
from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

REPORT = """MUSEUMSSENTERETS MÅLBILDE
Samfunnsmål: Et levende museumslandskap som når hele befolkningen.

Samfunnsmålet er operasjonalisert i tre virksomhetsmål fordelt på to perspektiver:
publikum (P) og drift (D).

Figur 2 Målbildet
Publikum      P-1 Flere besøker museene i egen region
              P-2 Samlingene er digitalt tilgjengelige for alle
Drift         D-1 God forvaltning av samlinger og bygg
                                                                         5
III. ÅRETS AKTIVITETER OG RESULTATER

MÅL P-1 FLERE BESØKER MUSEENE I EGEN REGION

Besøket økte med 12 prosent. Vandreutstillingen Museum på hjul nådde 40 kommuner.

Tabell 3 Styringsparametere P-1
Kode    Styringsparameter                      Ambisjon   2022   2023   2024
P-1.1   Besøkende i regionmuseene (antall)      400 000  310 000 355 000 398 000

Kunnskapsgrunnlag
• Publikumsundersøkelsen 2024. Rapport (Norsk museumsråd, 2024)
                                                                         6
MÅL P-2 SAMLINGENE ER DIGITALT TILGJENGELIGE FOR ALLE

Andelen digitaliserte gjenstander økte til 61 prosent.

MÅL D-1 GOD FORVALTNING AV SAMLINGER OG BYGG

Tre magasiner ble oppgradert.
                                                                         7
IV. STYRING OG KONTROLL
"""

ASSIGNMENTS = """Departementet gir senteret følgende oppdrag, jf. virksomhetsmål 2.

Nr.   Oppdrag                                                            Frist
O-1   Kartlegge behovet for nye magasiner i regionene, og vurdere          1.10.2025
      felles løsninger.
O-2   Utrede en ordning for utlån av gjenstander mellom museene.           1.12.2025
O-3   Utarbeide en veileder for digital formidling av samlingene for    15.9.2025
      skoler.
"""


def test_an_overview_of_coded_goals_states_them_and_capitals_headings_open_their_parts() -> None:
    entities = entities_of("r.txt", REPORT)
    goals = {str(e.attr("notation")): e for e in entities if e.type == "Goal" and e.attr("notation")}
    assert sorted(goals) == ["D-1", "P-1", "P-2"]
    assert goals["P-2"].attr("title") == "Samlingene er digitalt tilgjengelige for alle"  # the overview's case
    assert goals["P-1"].attr("level") == "virksomhetsmål"  # the level word that introduces the overview
    societal = next(e for e in entities if e.type == "Goal" and e.attr("level") == "samfunnsmål")
    assert all(any(link.predicate == "broader" and link.target == societal.iri for link in g.links)
               for g in goals.values())
    parameter = next(e for e in entities if e.type == "SteeringParameter")
    assert parameter.attr("code") == "P-1.1"
    assert any(link.predicate == "measuredBy" and link.target == goals["P-1"].iri for link in parameter.links)
    report = next(e for e in entities if e.type in ("Report", "Evaluation"))
    assert {link.target for link in report.links if link.predicate == "aboutGoal"} == {goals["P-1"].iri}


def test_coded_rows_of_an_assignment_table_are_no_goals() -> None:
    assert [s for s in find_statements(ASSIGNMENTS) if "-" in s.number] == []


INITIAL_CODES = """2.2 Hovedmål og delmål for senteret
Senteret har følgende mål for 2025:

HM1 Flere besøker museene i egen region
    •  DM1.1 Kommunene har et systematisk samarbeid med museene
    •  DM1.2 Skoleelever får tilbud om museumsbesøk hvert år, også i
       distriktene

HM2 Samlingene er digitalt tilgjengelige for alle

2.3 Styringsparametere
Tabell 1 Styringsparametere og resultatmål 2025
Mål      Styringsparameter                                         Resultatmål
DM1.1    Andel kommuner med samarbeidsavtale med et museum         Minst 75 prosent
HM2      Andel gjenstander som er digitalisert og publisert        60 prosent
"""

LETTER_CODES = """3.1 Mål- og resultatstruktur
Tildelingsbrevet for 2024 hadde to hovedmål (A–B) og tre delmål.

   A    Flere besøker museene i egen region
        A1   Kommunene har et systematisk samarbeid med museene
        A2   Skoleelever får tilbud om museumsbesøk hvert år
   B    Samlingene er digitalt tilgjengelige for alle
        B1   Gjenstandene er digitalisert og publisert

Tabell 3.1 Styringsparametere, resultater 2022–2024
Styringsparameter                           Mål    2022     2023     2024    Resultatmål
Andel kommuner med samarbeidsavtale med     A1     61 %     66 %     72 %    70 %
et museum
Andel gjenstander som er digitalisert       B1     47 %     52 %     57 %    55 %
"""


def _goals_and_parameters(name: str, text: str) -> tuple[dict[str, Entity], dict[str, set[str]]]:
    entities = entities_of(name, text)
    goals = {str(e.attr("notation")): e for e in entities if e.type == "Goal"}
    measured = {e.label: {link.target for link in e.links if link.predicate == "measuredBy"}
                for e in entities if e.type == "SteeringParameter"}
    return goals, measured


def test_goals_coded_by_their_levels_initial_with_sub_goals_and_a_goal_column_of_codes() -> None:
    goals, measured = _goals_and_parameters("l.txt", INITIAL_CODES)
    assert sorted(goals) == ["DM1.1", "DM1.2", "HM1", "HM2"]
    assert (goals["HM1"].attr("level"), goals["DM1.2"].attr("level")) == ("hovedmål", "delmål")
    assert goals["DM1.2"].attr("title") == "Skoleelever får tilbud om museumsbesøk hvert år, også i distriktene"
    assert any(link.predicate == "broader" and link.target == goals["HM1"].iri for link in goals["DM1.1"].links)
    assert measured == {"Andel kommuner med samarbeidsavtale med et museum": {goals["DM1.1"].iri},
                        "Andel gjenstander som er digitalisert og publisert": {goals["HM2"].iri}}


def test_goals_coded_by_a_letter_and_a_digit_and_a_result_tables_goal_column() -> None:
    goals, measured = _goals_and_parameters("r.txt", LETTER_CODES)
    assert sorted(goals) == ["A", "A1", "A2", "B", "B1"]
    assert (goals["A"].attr("level"), goals["A1"].attr("level")) == ("hovedmål", "delmål")
    assert any(link.predicate == "broader" and link.target == goals["B"].iri for link in goals["B1"].links)
    assert measured == {"Andel kommuner med samarbeidsavtale med et museum": {goals["A1"].iri},
                        "Andel gjenstander som er digitalisert": {goals["B1"].iri}}


INITIAL_LETTER_CODES = """Kulturdepartementet

Tildelingsbrev 2022 – Museumsetaten

3 Mål for 2022

Virksomhetsmålene for etaten i 2022 går fram av tabell 1.

Tabell 1 Virksomhetsmål for etaten 2022
Kode         Virksomhetsmål
VM-A         Flere besøker museene i sitt nærmiljø
VM-B         Museene har enkel og forutsigbar tilgang til statlige
             tilskudd
VM-C         Samlingene er tilgjengelige digitalt

3.1 Styringsparametere og ambisjonsnivå

Ambisjonsnivået for 2022 står etter kolon.

VM-A Flere besøker museene i sitt nærmiljø
       • Antall museer som har tatt i bruk Museumsportalen: minst 80
       • Antall deltakere som har fullført kursprogrammet Museumsløftet: minst
         2 500

VM-B Museene har enkel og forutsigbar tilgang til statlige tilskudd
       • Gjennomsnittlig saksbehandlingstid for søknader om driftstilskudd: høyst 45
         dager
"""

TAGGED_HEADINGS = """3 Aktivitetar og resultat i 2022

3.1 Fleire besøkjer musea i nærmiljøet sitt [VM-A]
Vurdering av måloppnåing: God

Verksemdsmåla følgjer tildelingsbrevet.

3.2 Samlingane er tilgjengelege digitalt for alle som vil bruke dei, også i
distrikta [VM-C]
Vurdering av måloppnåing: Delvis god
"""


def test_goals_coded_by_initial_and_letter_and_restated_over_their_parameters() -> None:
    entities = entities_of("brev.txt", INITIAL_LETTER_CODES)
    goals = {str(e.attr("notation")): e for e in entities if e.type == "Goal"}
    assert sorted(goals) == ["VM-A", "VM-B", "VM-C"]
    assert goals["VM-B"].attr("title") == "Museene har enkel og forutsigbar tilgang til statlige tilskudd"
    assert goals["VM-A"].attr("level") == "virksomhetsmål"
    found = {e.label: (e.attr("target"), {link.target for link in e.links if link.predicate == "measuredBy"})
             for e in entities if e.type == "SteeringParameter"}
    assert found == {
        "Antall museer som har tatt i bruk Museumsportalen": ("minst 80", {goals["VM-A"].iri}),
        "Antall deltakere som har fullført kursprogrammet Museumsløftet": ("minst 2 500", {goals["VM-A"].iri}),
        "Gjennomsnittlig saksbehandlingstid for søknader om driftstilskudd": ("høyst 45 dager", {goals["VM-B"].iri})}


def test_a_section_heading_closed_by_a_goals_code_states_the_goal() -> None:
    found = {(s.level, s.number, s.printed, s.title) for s in find_statements(TAGGED_HEADINGS)}
    assert found == {
        ("verksemdsmål", "A", "VM-A", "Fleire besøkjer musea i nærmiljøet sitt"),
        ("verksemdsmål", "C", "VM-C",
         "Samlingane er tilgjengelege digitalt for alle som vil bruke dei, også i distrikta")}


EFFECT_AND_RESULT = """3.1 Mål- og resultatstruktur
Tildelingsbrevet for 2024 fastsetter to effektmål (EM) med tilhørende resul-
tatmål (RM). Måloppnåelsen måles med resultatindikatorer med resultatkrav.

EM1   Alle kommuner har trygge havner for fritidsbåter og fiskefartøy i
      hele landet
      RM1.1  Flere kommuner fornyer kaiene sine
      RM1.2  Havnene når brukere som i liten grad har hatt tilbud
EM2   Farledene er rene og godt merket
      RM2.1  Merkingen av farledene er oppdatert

3.2 EM1 Trygge havner
Kaiene ble fornyet i 14 kommuner.
"""


def test_result_goals_coded_by_another_levels_initials_serve_the_effect_goal_of_their_first_number() -> None:
    goals = goals_by_title(entities_of("r.txt", EFFECT_AND_RESULT))
    upper = goals["Alle kommuner har trygge havner for fritidsbåter og fiskefartøy i hele landet"]
    assert link_targets(goals["Havnene når brukere som i liten grad har hatt tilbud"], "broader") == [upper.label]
    assert link_targets(goals["Merkingen av farledene er oppdatert"], "broader") == [
        goals["Farledene er rene og godt merket"].label]


SCORECARD = """Dei strategiske måla våre blir følgde opp med KPI-ar i målekortet.

Strategiske mål
S1  Alle kommunar har eit tilbod om leseopplæring for vaksne
S2  Fleire vaksne les bøker jamleg
Årsrapport 2024                                                           3

3.1 Målekort 2024

S1 Alle kommunar har eit tilbod om leseopplæring for vaksne

KPI 1.1   Del av kommunane med eit tilbod om leseopplæring
          Ambisjon 2024: 80 %
          2022: 61 %      2023: 70 %      2024: 78 %
KPI 2.1   Sjukefråvær
          Ambisjon 2024: under 5,0 %
          2022: 5,8 %     2023: 5,1 %     2024: 4,6 %
"""


def test_goals_listed_under_a_two_word_level_by_its_initial_and_their_key_indicators() -> None:
    found = entities_of("s.txt", SCORECARD)
    goals = {str(e.attr("notation")): e for e in found if e.type == "Goal"}
    assert set(goals) == {"S1", "S2"}
    assert goals["S2"].attr("level") == "strategisk mål"
    assert goals["S2"].attr("title") == "Fleire vaksne les bøker jamleg"
    kpis = {str(e.attr("code")): e for e in found if e.type == "SteeringParameter"}
    assert set(kpis) == {"KPI 1.1", "KPI 2.1"}
    # a one-word indicator with its code, target and results is a parameter too
    assert (kpis["KPI 2.1"].label, kpis["KPI 2.1"].attr("target")) == ("Sjukefråvær", "under 5,0 %")
    assert link_targets(kpis["KPI 1.1"], "measuredBy") == [goals["S1"].label]
    assert link_targets(kpis["KPI 2.1"], "measuredBy") == [goals["S2"].label]


def test_goals_lettered_alone_under_their_levels_word_are_of_that_level_and_a_new_mark_is_no_part_of_a_title() -> None:
    from tests.mentions.letter_lettered import LETTER

    goals = {str(e.attr("notation")): e for e in entities_of("l.txt", LETTER) if e.type == "Goal"}
    assert {k: (str(e.attr("level")), str(e.attr("title"))) for k, e in goals.items() if k in "ABC"} == {
        "A": ("verksemdsmål", "Fleire vaksne med låg inntekt er fysisk aktive i ein organisert samanheng"),
        "B": ("verksemdsmål", "Idrettslaga har gode og føreseielege rammevilkår"),
        "C": ("verksemdsmål", "Kommunane har planar for anlegg til eigenorganisert aktivitet")}


BY_USER_GROUP = """DBLs mål er ordnet etter hvem vi er til for.

   EFFEKTMÅL
   Befolkningen leser mer og har tilgang til gode bibliotek.

3.2  Brukergruppe 1: Bibliotekene
Brukermål 1: Bibliotekene har kompetanse til å utvikle tjenestene sine

Delmål A – Flere bibliotek tar i bruk nasjonale fellestjenester
Delmål B – Bibliotekansatte får relevant etter- og videreutdanning

3.3  Brukergruppe 2: Innbyggerne
Brukermål 2: Innbyggerne opplever bibliotekene som åpne møteplasser

Delmål C – Flere barn og unge deltar i lesestimulerende tiltak
"""


def test_lettered_sub_goals_serve_the_user_goal_stated_before_them_and_user_goals_the_one_effect_goal() -> None:
    found = entities_of("u.txt", BY_USER_GROUP)
    goals = {str(e.attr("notation") or e.attr("level")): e for e in found if e.type == "Goal"}
    broader = {k: [link.target_label.split(":")[0] for link in e.links if link.predicate == "broader"
                   and link.direction == "out"] for k, e in goals.items()}
    assert broader["A"] == broader["B"] == ["Brukermål 1"]
    assert broader["C"] == ["Brukermål 2"]
    assert broader["1"] == broader["2"] == ["Effektmål"]


def test_a_societal_goal_beside_its_level_in_capitals_over_effect_goals_coded_with_a_bullet_after_the_code() -> None:
    text = ("Årsrapport 2025 – Kystvaktverket\n\n3.1  Samfunnsmål og effektmål\n"
            "Departementet har gitt verket eitt samfunnsmål og tre effektmål for 2025:\n\n"
            "SAMFUNNSMÅL      Kysten er trygg og rein for alle\n\n"
            "   EM1 ▪ Ulykker med fritidsbåtar blir færre kvart år\n"
            "   EM2 ▪ Kommunane har god beredskap mot akutt forureining\n\n3.2  Resultat\n")
    statements = [(s.word, s.number, s.title) for s in find_statements(text)]
    assert statements == [("Samfunnsmål", "", "Kysten er trygg og rein for alle"),
                          ("Effektmål", "1", "Ulykker med fritidsbåtar blir færre kvart år"),
                          ("Effektmål", "2", "Kommunane har god beredskap mot akutt forureining")]


def test_indicator_rows_tagged_with_the_code_of_the_goal_they_measure_under_the_words() -> None:
    text = ("Årsrapport 2025 – Kystvaktverket\n\n3.1  Samfunnsmål og effektmål\n"
            "Departementet har gitt verket eitt samfunnsmål og to effektmål for 2025:\n\n"
            "SAMFUNNSMÅL      Kysten er trygg og rein for alle\n\n"
            "   EM1 ▪ Ulykker med fritidsbåtar blir færre kvart år\n"
            "   EM2 ▪ Kommunane har god beredskap mot akutt forureining\n\n3.2  Resultat for indikatorane\n\n"
            "Ind.   Indikator                                         Krav 2025   2024     2025    Vurd.\n"
            "K-01   Tal på ulykker med fritidsbåtar med                   ≤ 40       46       38      N\n"
            "       personskade                                 (EM1)\n"
            "K-02   Del av kommunane med godkjend bered-               ≥ 95 %     91 %     94 %      D\n"
            "       skapsplan for akutt forureining             (EM2)\n\n"
            "K-02 er delvis nådd.\n")
    entities = entities_of("arsrapport-2025.txt", text)
    params = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert {code: (p.label, p.attr("target")) for code, p in params.items()} == {
        "K-01": ("Tal på ulykker med fritidsbåtar med personskade", "≤ 40"),
        "K-02": ("Del av kommunane med godkjend beredskapsplan for akutt forureining", "≥ 95 %")}
    measured = {str(g.attr("title")): [link.target for link in g.links if link.predicate == "measuredBy"]
                for g in entities if g.type == "Goal"}
    assert measured["Ulykker med fritidsbåtar blir færre kvart år"] == [params["K-01"].iri]
    assert measured["Kommunane har god beredskap mot akutt forureining"] == [params["K-02"].iri]


DECLARED = """2  OM TILSYNET OG HOVEDTALL
Målstrukturen består av to resultatområder. Under hvert resultatområde er det fastsatt
ett eller to virksomhetsmål (VM), og hvert mål følges opp med indikatorer.

3  AKTIVITETER OG RESULTATER

RESULTATOMRÅDE 1  TILSYN MED HEISER

VM 1  Heiser i bruk er sikre for brukerne
VM 2  Eierne kjenner pliktene sine etter forskriften

Tabell 3.1 Indikatorer, resultatområde 1
Indikator
Ambisjon 2025
2024
2025
1a Andel kontrollerte heiser uten alvorlige avvik
minst 95 %
93 %
96 %
2a Antall eiere som har fått veiledning
800
640
910

Tilsynet gjennomførte 1 200 kontroller i 2025.

RESULTATOMRÅDE 2  DRIFT

VM 3  Tilsynet har en effektiv og sikker drift

Sykefraværet var 4,8 prosent.
"""


def test_goals_opened_by_the_initials_a_document_declares_for_its_level_stand_alone_under_areas() -> None:
    entities = entities_of("rapport.txt", DECLARED)
    goals = goals_by_title(entities)
    assert set(goals) == {"Heiser i bruk er sikre for brukerne", "Eierne kjenner pliktene sine etter forskriften",
                          "Tilsynet har en effektiv og sikker drift"}
    assert goals["Tilsynet har en effektiv og sikker drift"].attr("level") == "virksomhetsmål"
    params = {str(e.attr("code")): e.iri for e in entities if e.type == "SteeringParameter"}
    # '2a' measures goal 2, not the goal of the area its table's caption names (an area holds two goals)
    assert [link.target for link in goals["Eierne kjenner pliktene sine etter forskriften"].links
            if link.predicate == "measuredBy"] == [params["2a"]]
    assert [link.target for link in goals["Heiser i bruk er sikre for brukerne"].links
            if link.predicate == "measuredBy"] == [params["1a"]]
