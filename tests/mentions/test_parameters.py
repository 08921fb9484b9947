"""Steering parameters stated one by one or in result tables, with target and results per year.
The text is invented (a maritime agency) and set as extracted PDF text: hard wraps, footers, flattened tables."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

REPORT = """Virksomhetsmål 1: Ferdselen på sjøen er trygg

Etaten har i 2024 merket nye farleder.

Styringsparameter: Antall grunnstøtinger i merkede farleder (resultatmål: færre
enn 40 i året)

2022      2023      2024
52        47        41

Etaten – Årsrapport 2024 | 4

Styringsparameter: Andel losoppdrag bestilt digitalt (resultatmål: minst 80 prosent)

Andelen var 76,5 prosent i 2024, mot 70,2 prosent i 2023 og 61,0 prosent i 2022.

Virksomhetsmål 2: Havnene er rene

Tabell 5 Styringsparametere og resultater, virksomhetsmål 2

Styringsparameter                                     Prestasjonskrav 2024     2022      2023      2024
SP 2.1 Andel havner med mottak for avfall fra          95 %                     88 %      91 %      96 %
fritidsbåter
SP 2.2 Antall tilsyn med havner                        –                        1 204     1 310     1 422
Begge kravene er nådd.
"""


def _parameters() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("etat.txt", REPORT) if e.type == "SteeringParameter"}


def _goals(e: Entity) -> set[str]:
    return {link.target_label for link in e.links if link.predicate == "measuredBy"}


def _results(e: Entity) -> list[tuple[int, str, float | None]]:
    return [(r["year"], r["value"], r["numeric"]) for r in e.attr("results", ())]


def test_a_stated_parameter_has_its_target_and_the_results_printed_below_it() -> None:
    sp = _parameters()["Antall grunnstøtinger i merkede farleder"]
    assert (sp.attr("target"), sp.attr("target_kind")) == ("færre enn 40 i året", "resultatmål")
    assert _results(sp) == [(2022, "52", 52.0), (2023, "47", 47.0), (2024, "41", 41.0)]
    assert _goals(sp) == {"Virksomhetsmål 1: Ferdselen på sjøen er trygg"}


def test_results_told_in_the_next_sentence_are_read_with_their_years() -> None:
    sp = _parameters()["Andel losoppdrag bestilt digitalt"]
    assert _results(sp) == [(2022, "61,0 prosent", 61.0), (2023, "70,2 prosent", 70.2), (2024, "76,5 prosent", 76.5)]


def test_rows_of_a_parameter_table_with_code_wrapped_text_target_and_year_columns() -> None:
    found = _parameters()
    sp = found["Andel havner med mottak for avfall fra fritidsbåter"]
    assert (sp.attr("code"), sp.attr("target"), sp.attr("target_kind")) == ("SP 2.1", "95 %", "prestasjonskrav")
    assert _results(sp) == [(2022, "88 %", 88.0), (2023, "91 %", 91.0), (2024, "96 %", 96.0)]
    assert _goals(sp) == {"Virksomhetsmål 2: Havnene er rene"}
    plain = found["Antall tilsyn med havner"]
    assert plain.attr("target") is None and _results(plain)[-1] == (2024, "1 422", 1422.0)
    assert len(found) == 4


EFFECT = """Effektmål 1  Fyrene er godt vedlikeholdt
Effektmål 2  Havnene har god kapasitet

3.2 Effektmål 1 Fyrene

Tabell 3 Styringsparametere for effektmål 1

Styringsparameter                                   2021       2022       2023       Prestasjonskrav
1.1 Andel fyr som er inspisert innen
    fastsatt frist                                   76 %       68 %       81 %       80 %
1.2 Gjennomsnittlig tid fra feil til
    reparasjon (dager)                                112        139         98       –

Kilde: Etatens statistikk
"""


def test_a_table_with_the_target_column_last_and_values_on_the_wrapped_line() -> None:
    found = {e.label: e for e in entities_of("etat.txt", EFFECT) if e.type == "SteeringParameter"}
    assert set(found) == {"Andel fyr som er inspisert innen fastsatt frist",
                          "Gjennomsnittlig tid fra feil til reparasjon (dager)"}
    sp = found["Andel fyr som er inspisert innen fastsatt frist"]
    assert (sp.attr("code"), sp.attr("target"), sp.attr("target_kind")) == ("1.1", "80 %", "prestasjonskrav")
    assert _results(sp) == [(2021, "76 %", 76.0), (2022, "68 %", 68.0), (2023, "81 %", 81.0)]
    assert _goals(sp) == {"Effektmål 1: Fyrene er godt vedlikeholdt"}
    assert found["Gjennomsnittlig tid fra feil til reparasjon (dager)"].attr("target") is None


NARROW = """Virksomhetsmål 2: Befolkningen kjenner naturen gjennom naturveiledning

Styringsparameter                   Resultatmål      2021       2022       2023
Antall besøk på nettportalen        1,2 mill.        0,84 mill. 1,05 mill. 1,31 mill.
Turkartet
Andel grunnskoler som har tatt i    35 %             –          28 %       33 %
Styringsparameter                   Resultatmål      2021       2022       2023
bruk undervisningsopplegget
«Ut på tur»

Resultatmålet for «Ut på tur» er ikke nådd.
"""


def test_values_set_too_close_a_name_closing_a_row_and_the_header_repeated_over_a_page_break() -> None:
    found = {e.label: e for e in entities_of("rapport.txt", NARROW) if e.type == "SteeringParameter"}
    assert sorted(found) == ["Andel grunnskoler som har tatt i bruk undervisningsopplegget «Ut på tur»",
                             "Antall besøk på nettportalen Turkartet"]
    visits = found["Antall besøk på nettportalen Turkartet"]
    assert visits.attr("target") == "1,2 mill."
    assert [r["value"] for r in visits.attr("results")] == ["0,84 mill", "1,05 mill", "1,31 mill"]


LETTER_TABLE = """Mål 1 Kommunene har kunnskap og gode verktøy for å planlegge turstier

Styringsparametere                                                        Ambisjonsnivå 2024
1.1  Andel kommuner som har tatt i bruk planverktøyet Stiblikk             minst 60 prosent
1.2  Antall kommuner som har fått veiledning i stiplanlegging fra          80
     direktoratet
"""


def test_a_letters_parameter_table_headed_styringsparametere_with_the_target_column_last() -> None:
    found = {e.attr("code"): e for e in entities_of("brev.txt", LETTER_TABLE) if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in found.items()} == {
        "1.1": ("Andel kommuner som har tatt i bruk planverktøyet Stiblikk", "minst 60 prosent"),
        "1.2": ("Antall kommuner som har fått veiledning i stiplanlegging fra direktoratet", "80")}


LETTER_LIST = """1.2 Virksomhetsmål, styringsparametere og prestasjonskrav for 2025
Senteret har to virksomhetsmål.

1. Senteret skal bidra til at flere besøker museene i egen region.
   Styringsparametere:
   a) Besøkende i regionmuseene.
      Prestasjonskrav: Minst 400 000.
   b) Andel kommuner som har hatt besøk av vandreutstillingen siste to
      år.
      Prestasjonskrav: Minst 60 prosent.

2. Senteret skal gjøre samlingene digitalt tilgjengelige.
   Styringsparametere:
   a) Andel gjenstander som er digitalisert og publisert.
      Prestasjonskrav: Minst 65 prosent.
                                                                                  Side 3
   b) Brukertilfredshet med den digitale samlingsportalen, målt i årlig bruker-
      undersøkelse.
      Prestasjonskrav: Minst 4,5 på en skala fra 1 til 6.

1.3 Risikovurdering
"""


def test_a_letters_lettered_parameters_keep_their_wrapped_words_and_goal_across_a_page_break() -> None:
    entities = entities_of("l.txt", LETTER_LIST)
    goals = {e.attr("number"): e.iri for e in entities if e.type == "Goal"}
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert set(params) == {
        "Besøkende i regionmuseene",
        "Andel kommuner som har hatt besøk av vandreutstillingen siste to år",  # the hanging line taken along
        "Andel gjenstander som er digitalisert og publisert",
        "Brukertilfredshet med den digitale samlingsportalen, målt i årlig brukerundersøkelse",
    }

    def goal_of(label: str) -> set[str]:
        return {link.target for link in params[label].links if link.predicate == "measuredBy"}

    assert goal_of("Besøkende i regionmuseene") == {goals[1]}
    assert goal_of("Andel gjenstander som er digitalisert og publisert") == {goals[2]}  # not the passage's first goal
    # the item after the page foot goes on under the intro before it
    assert goal_of("Brukertilfredshet med den digitale samlingsportalen, målt i årlig brukerundersøkelse") == {goals[2]}
    assert params["Andel gjenstander som er digitalisert og publisert"].attr("target") == "Minst 65 prosent"


ONE_TABLE = """2 Årets aktiviteter og resultater

2.1 Samlet vurdering og resultattabell
Tabell 2.1 viser resultatene for styringsparameterne for alle mål.

Tabell 2.1 Styringsparametere og resultater 2022–2024
Nr.   Styringsparameter                              Resultatmål        2022      2023      2024
1.1   Antall besøkende i regionmuseene               400 000            310 000   355 000   398 000
2.1   Andel gjenstander som er digitalisert          60 %               48 %      55 %      61 %

2.2 Publikum
Mål 1: Flere besøker museene i egen region
Besøket økte med tolv prosent.

2.3 Samlinger
Mål 2: Samlingene er digitalt tilgjengelige for alle
Andelen digitaliserte gjenstander økte.
"""


def test_one_table_of_every_goals_parameters_before_the_goals_sections_links_each_by_its_codes_number() -> None:
    entities = entities_of("r.txt", ONE_TABLE)
    goals = {e.attr("number"): e.iri for e in entities if e.type == "Goal"}
    params = {e.attr("code"): e for e in entities if e.type == "SteeringParameter"}
    assert {code: {link.target for link in p.links if link.predicate == "measuredBy"}
            for code, p in params.items()} == {"1.1": {goals[1]}, "2.1": {goals[2]}}


TORN_GOALS = """3. Årets aktiviteter og resultater
Tabell 1 gir en samlet vurdering av måloppnåelsen for virksomhetsmålene.

Tabell 1 Virksomhetsmål og måloppnåelse 2023
Resultatområde
Virksomhetsmål
Måloppnåelse
1 Publikum
VM1 Flere besøker museene i egen
region
God
2 Samlinger
VM2 Samlingene er digitalt tilgjengelige
for alle
Delvis

Resultatområde 1 Publikum
Indikator 1.1 Antall besøkende i regionmuseene
Indikator 1.2 Andel kommuner med museumsbesøk for skoleelever

Indikator        2021      2022      2023      Ambisjon 2023
1.1            310 000   355 000   398 000     Minst 400 000
1.2              58 %      61 %      64 %      60 %
"""


def test_goals_coded_in_a_torn_attainment_table_and_indicators_named_above_a_table_of_codes() -> None:
    entities = entities_of("r.txt", TORN_GOALS)
    goals = {str(e.attr("notation")): e for e in entities if e.type == "Goal"}
    assert {k: g.attr("title") for k, g in goals.items()} == {
        "VM1": "Flere besøker museene i egen region", "VM2": "Samlingene er digitalt tilgjengelige for alle"}
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert set(params) == {"Antall besøkende i regionmuseene", "Andel kommuner med museumsbesøk for skoleelever"}
    first = params["Antall besøkende i regionmuseene"]
    assert first.attr("target") == "Minst 400 000" and len(first.attr("results")) == 3
    assert {link.target for link in first.links if link.predicate == "measuredBy"} == {goals["VM1"].iri}


def test_an_indicator_table_with_the_target_column_named_by_year_and_units_on_the_wrapped_line() -> None:
    text = ("3.2 Søkjarane får raske svar [VM-B]\n\nTabell 4 Styringsparametrar VM-B\n"
            "Indikator                                         Mål 2022        2022      2021      2020\n"
            "Gjennomsnittleg sakshandsamingstid for            høgst 45          41        52        58\n"
            "søknader om driftstilskot                         dagar          dagar     dagar     dagar\n"
            "Del søknader levert gjennom den                   95 %            97 %      91 %      84 %\n"
            "digitale søknadsløysinga\n\nTeksten går vidare.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type == "SteeringParameter"}
    assert set(found) == {"Gjennomsnittleg sakshandsamingstid for søknader om driftstilskot",
                          "Del søknader levert gjennom den digitale søknadsløysinga"}
    time = found["Gjennomsnittleg sakshandsamingstid for søknader om driftstilskot"]
    assert time.attr("target") == "høgst 45 dagar"
    assert sorted(_results(time)) == [(2020, "58 dagar", 58.0), (2021, "52 dagar", 52.0), (2022, "41 dagar", 41.0)]


def test_an_indicator_named_by_its_word_and_code_with_its_target_and_a_result_row_under_a_row_of_years() -> None:
    text = ("3.2 Mål 1 – Fjellbeitene er sikret\n\n"
            "Resultatindikator 1.1 Nedbygde fjellbeiter i kommuner som deltar i Beite-\n"
            "løftet (dekar)\n"
            "Resultatkrav 2024: Under 3 500 dekar\n"
            "                          2022          2023          2024\n"
            "Resultat                 3 912         3 540         3 105\n\n"
            "Resultatindikator 1.2 Andel kommuner med vedtatt beitestrategi\n"
            "Resultatkrav 2024: Minst 50 prosent\n"
            "                          2022          2023          2024\n"
            "Resultat                  41 %          48 %          55 %\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type == "SteeringParameter"}
    assert set(found) == {"Nedbygde fjellbeiter i kommuner som deltar i Beiteløftet (dekar)",
                          "Andel kommuner med vedtatt beitestrategi"}
    first = found["Nedbygde fjellbeiter i kommuner som deltar i Beiteløftet (dekar)"]
    assert (first.attr("code"), first.attr("target")) == ("1.1", "Under 3 500 dekar")
    assert [(r["year"], r["value"]) for r in first.attr("results")] == [(2022, "3 912"), (2023, "3 540"),
                                                                         (2024, "3 105")]


def test_a_parameter_told_in_a_sentence_with_its_result_for_a_year_and_its_target_in_brackets() -> None:
    text = ("3.2 Hovudmål A\n\nStyringsparameteren «Del kommunar med fjellkoordinator eller tilsvarande funksjon»\n"
            "var 58 prosent i 2023 (mål: 60 prosent). Året før var delen 51 prosent.\n")
    found = {e.label: e for e in entities_of("r.txt", text) if e.type == "SteeringParameter"}
    p = found["Del kommunar med fjellkoordinator eller tilsvarande funksjon"]
    assert p.attr("target") == "60 prosent"
    assert [(r["year"], r["value"]) for r in p.attr("results")] == [(2023, "58 prosent")]


REQUIREMENTS = """3 Årets aktivitetar og resultat

3.1 Delmål 1: Leigebuarar har trygge bustader
Resultatkrava for delmål 1 er henta frå tildelingsbrevet.

Resultatkrav                          Krav 2024    2022     2023     2024
R1.1 Tal på gjennomførte tilsyn       Minst 900    712      846      938
med utleigebustader
R1.2 Del av tilsyna der avvik er      Minst 90 %   81 %     88 %     91 %
lukka innan fristen

Vi gjennomførte 938 tilsyn i 2024.

3.2 Delmål 2: Klagene får raske svar

Tabell 5 Styringsparametre delmål 2
Styringsparameter              2022      2023      2024      Prestasjonskrav
                                                             2024
R2.1 Gjennomsnittleg           10,2      9,1       7,6       Under 8 veker
sakshandsamingstid for         veker     veker     veker
klagesaker
R2.2 Brukartilfredsheit med    –         4,3       4,4       Minst 4,5
klagetenesta (skala 1–6)

Sakshandsamingstida gjekk ned.
"""


def test_a_requirements_table_with_the_target_column_before_the_years_and_units_under_the_years_alone() -> None:
    found = {e.attr("code"): e for e in entities_of("r.txt", REQUIREMENTS) if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in found.items()} == {
        "R1.1": ("Tal på gjennomførte tilsyn med utleigebustader", "Minst 900"),
        "R1.2": ("Del av tilsyna der avvik er lukka innan fristen", "Minst 90 %"),
        "R2.1": ("Gjennomsnittleg sakshandsamingstid for klagesaker", "Under 8 veker"),
        "R2.2": ("Brukartilfredsheit med klagetenesta (skala 1–6)", "Minst 4,5")}
    assert _results(found["R1.1"]) == [(2022, "712", 712.0), (2023, "846", 846.0), (2024, "938", 938.0)]
    assert _results(found["R2.1"]) == [(2022, "10,2 veker", 10.2), (2023, "9,1 veker", 9.1), (2024, "7,6 veker", 7.6)]
    assert {c: {link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"}
            for c, e in found.items()} == {"R1.1": {"Delmål 1"}, "R1.2": {"Delmål 1"}, "R2.1": {"Delmål 2"},
                                           "R2.2": {"Delmål 2"}}


INDICATOR_BULLETS = """3 Årets aktivitetar og resultat

Effektmål 1: Fleire barn og unge er ute i naturen
Brukarmål 1.1: Skulane brukar ressursane våre

Indikator for effektmål 1
• Styringsindikator: Del av barn og unge (10–19 år) som har vore på tur i naturen
  siste månaden
  Resultat 2023: 68 prosent
  Mål: 70 prosent

Indikator for brukarmål 1.1
Ute-skulen er den digitale rettleiingsressursen vår for skular.
• Styringsindikator: Del av grunnskulane som har teke i bruk Ute-skulen
  Resultat 2023: 42 prosent
  Mål: 40 prosent
"""


def test_indicator_bullets_with_result_and_target_lines_measure_the_goal_their_caption_names() -> None:
    found = {e.label: e for e in entities_of("r.txt", INDICATOR_BULLETS) if e.type == "SteeringParameter"}
    assert {label: e.attr("target") for label, e in found.items()} == {
        "Del av barn og unge (10–19 år) som har vore på tur i naturen siste månaden": "70 prosent",
        "Del av grunnskulane som har teke i bruk Ute-skulen": "40 prosent"}
    assert _results(found["Del av grunnskulane som har teke i bruk Ute-skulen"]) == [(2023, "42 prosent", 42.0)]
    assert {label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"}
            for label, e in found.items()} == {
        "Del av barn og unge (10–19 år) som har vore på tur i naturen siste månaden": {"Effektmål 1"},
        "Del av grunnskulane som har teke i bruk Ute-skulen": {"Brukarmål 1.1"}}


SUBSECTIONS = """2 Regjeringens prioriteringer
Sektormålet for boligpolitikken er: Alle skal ha en trygg og god bolig i et inkluderende
nærmiljø. Tilsynet bidrar gjennom virksomhetsmålene i kapittel 3.

3 Mål, styringsparametere og oppdrag for 2024

3.1 Virksomhetsmål: Utleieboliger har forsvarlig bokvalitet og brannsikkerhet

Styringsparametere:
– Andel tilsyn med utleieboliger der avvik er lukket innen fristen
– Antall gjennomførte stedlige tilsyn med utleieboliger

Målet for 2024 er at minst 85 prosent av avvikene lukkes innen fristen.

3.2 Virksomhetsmål: Kommunene har god kompetanse om radon i boliger

Styringsparametere:
– Antall deltakere på kurs i Radonskolen
"""


def test_goal_subsections_headed_by_their_level_alone_and_dash_bullets_under_a_parameters_lead() -> None:
    entities = entities_of("brev.txt", SUBSECTIONS)
    goals = {e.iri: e for e in entities if e.type == "Goal"}
    # each section's goal is a goal of its own; the ministry's sector goal is none of the agency's
    assert sorted(g.label for g in goals.values()) == [
        "Virksomhetsmål: Kommunene har god kompetanse om radon i boliger",
        "Virksomhetsmål: Utleieboliger har forsvarlig bokvalitet og brannsikkerhet"]
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert {label: {goals[link.target].attr("title") for link in e.links if link.predicate == "measuredBy"}
            for label, e in params.items()} == {
        "Andel tilsyn med utleieboliger der avvik er lukket innen fristen":
            {"Utleieboliger har forsvarlig bokvalitet og brannsikkerhet"},
        "Antall gjennomførte stedlige tilsyn med utleieboliger":
            {"Utleieboliger har forsvarlig bokvalitet og brannsikkerhet"},
        "Antall deltakere på kurs i Radonskolen": {"Kommunene har god kompetanse om radon i boliger"}}


TWO_LINE_HEADER = """Mål 1 – Utleieboliger har forsvarlig bokvalitet

Tabell 2 Resultater mål 1
Styringsparameter                     Resultat     Resultat     Resultat     Mål
                                      2021         2022         2023         2023
Andel tilsyn med utleieboliger
der avvik er lukket innen             78 %         81 %         84 %         85 %
fristen
Antall deltakere på kurs i            320          410          575          500
Radonskolen

Målet ble nesten nådd. Tilsynet gjennomførte flere tilsyn enn noen gang, og kommunene deltok i nettverket.
"""


def test_uncoded_rows_whose_words_wrap_around_their_values_under_a_header_with_the_years_below_it() -> None:
    found = {e.label: e for e in entities_of("r.txt", TWO_LINE_HEADER) if e.type == "SteeringParameter"}
    assert {label: e.attr("target") for label, e in found.items()} == {
        "Andel tilsyn med utleieboliger der avvik er lukket innen fristen": "85 %",
        "Antall deltakere på kurs i Radonskolen": "500"}
    assert _results(found["Antall deltakere på kurs i Radonskolen"]) == [
        (2021, "320", 320.0), (2022, "410", 410.0), (2023, "575", 575.0)]
