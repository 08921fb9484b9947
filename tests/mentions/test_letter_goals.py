"""Goals and steering parameters of allocation letters in three house styles, read from the genre's words
(Hovedmål/Delmål lines, lettered goals under a goals heading, 'MÅL N' table rows; 'Styringsparameter' lines,
bullets under 'Til mål x)', coded table rows). The letters are invented (a museum agency); no name in them
comes from the corpus."""

from __future__ import annotations

from kg.documents.base import Document
from kg.mentions import extract
from kg.mentions.base import Extraction
from kg.passages import segment

HEADINGS = """DET KONGELIGE KULTURDEPARTEMENT

Museumsverket
Postboks 12
0101 OSLO

Deres ref                 Vår ref                 Dato
                          23/4410-3               15. desember 2023

Statsbudsjettet 2024 – tildelingsbrev til Museumsverket

DEL II  MÅL OG STYRINGSPARAMETERE

II.1 Hovedmål 1   Samlingene er godt bevart for framtiden

Delmål 1.1   Gjenstandene oppbevares under gode forhold

   Styringsparameter 1.1.1   Andel av gjenstandene som er lagret i magasin med
                             stabilt klima
   Resultatmål 2024:         Minst 80 prosent

   Styringsparameter 1.1.2   Antall gjenstander som er konservert i løpet av året
   Resultatmål 2024:         Ingen resultatmål; skal rapporteres

Det tidligere delmålet 1.2 Digital registrering er tatt ut av målstrukturen.
"""

LETTERED = """KULTURDEPARTEMENTET

Museumsverket
Postboks 12
0101 OSLO

Deres ref                 Vår ref                 Dato
                          23/4410-3               15. desember 2023

TILDELINGSBREV 2024 – MUSEUMSVERKET

2. MÅL FOR VIRKSOMHETEN
For 2024 gjelder følgende mål for Museumsverket:

   a) Samlingene er tilgjengelige for publikum i hele
      landet
   b) Museumsverket gir råd av høy kvalitet til museene

3. STYRINGSPARAMETERE
Departementet har fastsatt følgende styringsparametere.

Til mål a)
   •  Antall besøkende i utstillingene.
      Prestasjonskrav: Minst 200 000
   •  Andel av samlingen som er publisert på nett. Prestasjonskrav: Økning fra 2023

Til mål b)
   •  Andel museer som er fornøyd med rådgivningen.
      (Ingen prestasjonskrav. Resultatet skal rapporteres.)
"""

TABLE = """Kulturdepartementet

Museumsverket
Postboks 12
0101 OSLO

Deres ref                 Vår ref                 Dato
                          23/4410-3               15. desember 2023

Tildelingsbrev for 2024 – Museumsverket

B  Mål og styringsparametere

Tabell 1  Mål og styringsparametere for 2024
------------------------------------------------------------------------------------
Mål / styringsparameter                                           Ambisjon 2024
------------------------------------------------------------------------------------
MÅL 1   Samlingene er godt bevart
  S1    Andel gjenstander som er lagret i
        godkjent magasin                                          Minst 75 prosent
  S2*   Antall konserverte gjenstander                            1 200
MÅL 2   Flere besøker museene
  S3    Antall besøkende                                          Økning fra 2023
------------------------------------------------------------------------------------

Styringsparameteren fra 2023 om antall utlån er tatt ut.
"""


def _found(text: str) -> Extraction:
    doc = Document(id="brev", name="brev.txt", path="brev.txt", media_type="text/plain", text=text)
    seg = segment(doc)
    return extract(seg.document, list(seg.passages))


def _goals(found: Extraction) -> dict[str, str]:
    return {str(m.attr("notation") or m.attr("number")): str(m.attr("title")) for m in found.mentions
            if m.type == "Goal"}


def _parameters(found: Extraction) -> dict[str, tuple[str | None, object]]:
    return {m.label: (m.attr("code"), m.attr("target")) for m in found.mentions if m.type == "SteeringParameter"}


def _measured(found: Extraction) -> dict[str, str]:
    return {str(link.object[2]): str(link.subject[2]) for link in found.links if link.predicate == "measuredBy"}


def test_main_goal_and_sub_goal_lines_with_parameter_lines_and_targets() -> None:
    found = _found(HEADINGS)
    goals = _goals(found)
    assert goals["1"] == "Samlingene er godt bevart for framtiden"
    assert goals["1.1"] == "Gjenstandene oppbevares under gode forhold"
    assert "1.2" not in goals  # removed from the goal structure
    broader = {(link.subject[2], link.object[2]) for link in found.links if link.predicate == "broader"}
    assert ("1.1", "1") in broader
    params = _parameters(found)
    assert params["Andel av gjenstandene som er lagret i magasin med stabilt klima"] == ("1.1.1", "Minst 80 prosent")
    assert params["Antall gjenstander som er konservert i løpet av året"] == ("1.1.2", None)
    assert set(_measured(found).values()) == {"1.1"}


def test_lettered_goals_under_a_goals_heading_and_bullets_under_til_mal() -> None:
    found = _found(LETTERED)
    goals = _goals(found)
    assert goals == {"a": "Samlingene er tilgjengelige for publikum i hele landet",
                     "b": "Museumsverket gir råd av høy kvalitet til museene"}
    params = _parameters(found)
    assert params == {
        "Antall besøkende i utstillingene": (None, "Minst 200 000"),
        "Andel av samlingen som er publisert på nett": (None, "Økning fra 2023"),
        "Andel museer som er fornøyd med rådgivningen": (None, None),
    }
    measured = _measured(found)
    assert measured["antall besøkende i utstillingene"] == "a"
    assert measured["andel museer som er fornøyd med rådgivningen"] == "b"


def test_goal_rows_and_coded_parameter_rows_of_a_table_with_a_target_column() -> None:
    found = _found(TABLE)
    assert _goals(found) == {"1": "Samlingene er godt bevart", "2": "Flere besøker museene"}
    params = _parameters(found)
    assert params == {
        "Andel gjenstander som er lagret i godkjent magasin": ("S1", "Minst 75 prosent"),
        "Antall konserverte gjenstander": ("S2", "1 200"),
        "Antall besøkende": ("S3", "Økning fra 2023"),
    }
    assert _measured(found)["antall besøkende"] == "2"


INITIAL_CODED = TABLE.split("B  Mål og")[0] + """3 Virksomhetsmål og styringsparametere

Tabell 1 Virksomhetsmål, styringsparametere og ambisjonsnivå 2024
Nr.      Virksomhetsmål / styringsparameter                        Ambisjonsnivå 2024
VM 1     Samlingene er godt bevart og tilgjengelige for
         forskning
SP 1.1   Andel gjenstander i godkjent magasin                      Minst 75 prosent
VM 2     Flere besøker museene
SP 2.1   Antall besøkende                                          Økning fra 2023
"""


def test_goal_rows_coded_by_the_level_initial_state_their_goals_and_head_their_parameters() -> None:
    found = _found(INITIAL_CODED)
    assert _goals(found) == {"1": "Samlingene er godt bevart og tilgjengelige for forskning",
                             "2": "Flere besøker museene"}
    assert {m.attr("level") for m in found.mentions if m.type == "Goal"} == {"virksomhetsmål"}
    assert _measured(found) == {"andel gjenstander i godkjent magasin": "1", "antall besøkende": "2"}


REPORT_TABLE = """Årsrapport 2024
Museumsverket

3.1 Resultatkrav i tildelingsbrevet
Mål 9: Dette er en linje om et annet mål som rapporten bare nevner
Tabell 3.1 Virksomhetsmål og styringsparametere 2024

Kode    Virksomhetsmål / styringsparameter                              Resultatkrav 2024
VM 1    Samlingene er godt bevart og tilgjengelige for forskning
SP 1.1  Andel gjenstander i godkjent magasin                            Minst 75 %
VM 2    Flere besøker museene
SP 2.1  Antall besøkende                                                Økning
"""


def test_an_annual_reports_table_restating_the_letters_goals_and_parameters() -> None:
    found = _found(REPORT_TABLE)
    letter_rules = {m.label for m in found.mentions if m.rule.startswith(("goal.letter", "parameter.letter"))}
    assert letter_rules == {"Virksomhetsmål 1: Samlingene er godt bevart og tilgjengelige for forskning",
                            "Virksomhetsmål 2: Flere besøker museene", "Andel gjenstander i godkjent magasin",
                            "Antall besøkende"}
    assert _measured(found) == {"andel gjenstander i godkjent magasin": "1", "antall besøkende": "2"}


PROSE_SUB_GOALS = """Tildelingsbrev for 2025 – Direktoratet for fjellbygder

2 Mål for 2025
Overordnet mål
Et aktivt fjelliv og levende fjellbygder i hele landet
Det overordnede målet er konkretisert i tre hovedmål.

Hovedmål 1
Fjellbeitene er sikret for framtidige generasjoner
Hovedmålet har to delmål. Delmål 1.1 er at nedbyggingen av fjellbeiter er redusert, og delmål 1.2 er at
kommunene har god kunnskap om beitevern.

Hovedmål 2
Økt verdiskaping i fjellbygdene
Under dette hovedmålet skal direktoratet arbeide for at flere unge etablerer seg som fjellbønder
(delmål 2.1), og for at fjellnæringene har gode vilkår for vekst (delmål 2.2).

Hovedmål 3
Effektiv og digital forvaltning
Delmålene under hovedmål 3 er 3.1 søknader om tilskudd behandles raskt, og 3.2 flere tjenester
er digitale.

3 Styringsparametere og resultatkrav

Hovedmål 1
a) Nedbygde fjellbeiter i kommuner med beiteplan (dekar)
Resultatkrav: Under 3 000 dekar
b) Andel av tilsagnene om fjellbygdemidler som går til foretak ledet av
kvinner
Resultatkrav: Minst 40 prosent

Hovedmål 3
c) Andel søknader som leveres digitalt
Resultatkrav: Minst 95 prosent
"""


def test_an_overall_goal_sub_goals_stated_in_prose_and_lettered_parameters_under_a_bare_goal_line() -> None:
    found = _found(PROSE_SUB_GOALS)
    goals = _goals(found)
    assert {n: goals[n] for n in ("1.1", "1.2", "2.1", "2.2", "3.1", "3.2")} == {
        "1.1": "nedbyggingen av fjellbeiter er redusert", "1.2": "kommunene har god kunnskap om beitevern",
        "2.1": "flere unge etablerer seg som fjellbønder", "2.2": "fjellnæringene har gode vilkår for vekst",
        "3.1": "søknader om tilskudd behandles raskt", "3.2": "flere tjenester er digitale"}
    assert any(m.attr("level") == "overordnet mål" for m in found.mentions if m.type == "Goal")
    assert _parameters(found) == {
        "Nedbygde fjellbeiter i kommuner med beiteplan (dekar)": ("a", "Under 3 000 dekar"),
        "Andel av tilsagnene om fjellbygdemidler som går til foretak ledet av kvinner": ("b", "Minst 40 prosent"),
        "Andel søknader som leveres digitalt": ("c", "Minst 95 prosent")}
    measured = _measured(found)
    assert measured["nedbygde fjellbeiter i kommuner med beiteplan (dekar)"] == "1"
    assert measured["andel søknader som leveres digitalt"] == "3"


TARGET_TABLES = """Tildelingsbrev til Direktoratet for fjellmobilitet for 2025

1 Innledning

Vi viser til Prop. 1 S (2024–2025).

2 Departementets mål for sektoren

Sektormålet er ikke et mål for direktoratet.

3 Hovedmål og styringsparametere for 2025

Departementet fastsetter følgende hovedmål:

   1) Flere reiser til fots i fjellbygdene
   2) Et mer tilgjengelig rutetilbud i fjellet

3.1 Hovedmål 1) Flere reiser til fots i fjellbygdene

Styringsparameter                                                 Resultatmål 2025
Andel av reisene i fjellbygdene som gjøres til fots eller         32 %
på ski
Antall skoler som deltar i Trygg fjellvei                         230

3.2 Hovedmål 2) Et mer tilgjengelig rutetilbud i fjellet

Styringsparameter                                                 Resultatmål 2025
Andel innbyggere med tilbud om bestillingstransport               74 %

4 Oppdrag

   • Oppdrag 2025-1: Direktoratet skal gjennomføre en ekstern evaluering av programmet Trygg
     fjellvei. Frist: 1. desember 2025.
   • Oppdrag 2025-2: Direktoratet skal utrede en nasjonal database for fjellruter. Frist: 15. juni 2025.
"""


def test_uncoded_rows_of_a_target_table_under_each_goals_section_and_bulleted_assignments() -> None:
    found = _found(TARGET_TABLES)
    assert _parameters(found) == {
        "Andel av reisene i fjellbygdene som gjøres til fots eller på ski": (None, "32 %"),
        "Antall skoler som deltar i Trygg fjellvei": (None, "230"),
        "Andel innbyggere med tilbud om bestillingstransport": (None, "74 %")}
    measured = _measured(found)
    assert measured["antall skoler som deltar i trygg fjellvei"] == "1"
    assert measured["andel innbyggere med tilbud om bestillingstransport"] == "2"
    assignments = {m.attr("code"): m.attr("deadline") for m in found.mentions if m.type == "Assignment"}
    assert assignments == {"2025-1": "2025-12-01", "2025-2": "2025-06-15"}
