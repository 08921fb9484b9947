"""Assignments an allocation letter gives in running text ('Departementet ber X om å … innen …') and as coded
items with a title line and a '(Mål x)' tag, and a table whose rows are set between ruled lines. The letter is
invented (a museum agency); no name in it comes from the corpus."""

from __future__ import annotations

from kg.documents.base import Document
from kg.mentions.assignments import assignment_mentions
from kg.mentions.base import Mention
from kg.passages import segment

PROSE = """DET KONGELIGE KULTURDEPARTEMENT

Museumsverket
Postboks 12
0101 OSLO

Deres ref                 Vår ref                 Dato
                          23/4410-3               15. desember 2023

Statsbudsjettet 2024 – tildelingsbrev til Museumsverket

DEL III  OPPDRAG

III.1 Oppdrag knyttet til hovedmål 2
Publikumsarbeidet er viktig. Departementet ber MV om å lage en plan for vandreutstillinger i
Nord-Norge innen 1. mai 2024.
Departementet ber MV om å sørge for en ekstern evaluering av ordningen Tilskudd til museumsbygg.
Evalueringen skal vurdere om byggene er tatt godt i bruk. Rapporten skal foreligge innen
1. november 2024.
Arbeidet med registrering fra 2023 videreføres i 2024. Departementet ber MV om å videreføre
kartleggingen av magasinene som ble startet i 2023, og dette videreføres i 2024.

III.2 Andre oppdrag
Departementet ber videre MV om å gjennomgå sikkerheten i utstillingene innen 30. juni 2024.

IV  RAPPORTERING
Departementet ber om at årsrapporten sendes innen 15. mars 2025.
"""

CODED = """KULTURDEPARTEMENTET

Museumsverket
Postboks 12
0101 OSLO

Deres ref                 Vår ref                 Dato
                          23/4410-3               15. desember 2023

TILDELINGSBREV 2024 – MUSEUMSVERKET

4. OPPDRAG
Oppdrag fra tidligere år videreføres.

MV-2024-1   Ny utstillingsstrategi
MV skal utarbeide en strategi for utstillingene for perioden 2025–2028 og beskrive
hvordan publikum skal involveres. (Mål b)
Frist: 1. oktober 2024

MV-2024-2   Rapport om besøkstall
MV skal rapportere på besøkstallene fordelt på fylke. (Mål a)
Frist: Årsrapport 2024

5. FELLESFØRINGER
Alle statlige virksomheter skal redusere konsulentbruken.
"""

TABLE = """Tabell 2  Oppdrag 2024
------------------------------------------------------------------------------
Nr.   Oppdrag                                              Mål      Frist
------------------------------------------------------------------------------
1     MV skal lage en veileder for digitalisering av        1        1. april 2024
      småmuseenes samlinger.
2     MV skal kartlegge behovet for nye magasiner.          2        Årsrapport
                                                                     2024
------------------------------------------------------------------------------
"""


def _assignments(text: str) -> list[Mention]:
    doc = Document(id="brev", name="brev.txt", path="brev.txt", media_type="text/plain", text=text)
    seg = segment(doc)
    return [m for m in assignment_mentions(seg.document, list(seg.passages)).mentions if m.type == "Assignment"]


def test_requests_in_running_text_with_their_deadline_goal_and_following_sentences() -> None:
    found = {m.label: m for m in _assignments(PROSE)}
    plan = found["Departementet ber MV om å lage en plan for vandreutstillinger i Nord-Norge innen 1. mai 2024."]
    assert plan.attr("deadline") == "2024-05-01" and plan.attr("goal_number") == "2"
    evaluation = next(m for label, m in found.items() if "ekstern evaluering" in label)
    assert evaluation.label.endswith("Rapporten skal foreligge innen 1. november 2024.")
    assert evaluation.attr("deadline") == "2024-11-01"
    assert evaluation.attr("evaluates") == "Tilskudd til museumsbygg"
    other = next(m for label, m in found.items() if "sikkerheten" in label)
    assert other.attr("goal_number") is None and other.attr("deadline") == "2024-06-30"
    assert not any("kartleggingen av magasinene" in label for label in found)  # continued from 2023
    assert not any("årsrapporten sendes" in label for label in found)  # no agency asked
    assert len(found) == 3


def test_coded_items_with_a_title_line_a_goal_tag_and_a_deadline_line() -> None:
    found = {str(m.attr("code")): m for m in _assignments(CODED)}
    assert set(found) == {"MV-2024-1", "MV-2024-2"}
    first = found["MV-2024-1"]
    assert first.label == ("MV skal utarbeide en strategi for utstillingene for perioden 2025–2028 og beskrive "
                           "hvordan publikum skal involveres.")
    assert first.attr("goal_number") == "b" and first.attr("deadline") == "2024-10-01"
    assert found["MV-2024-2"].attr("deadline_text") == "Årsrapport 2024"


def test_table_rows_between_ruled_lines() -> None:
    found = {str(m.attr("code")): m for m in _assignments(TABLE)}
    assert set(found) == {"1", "2"}
    assert found["1"].label == "MV skal lage en veileder for digitalisering av småmuseenes samlinger."
    assert found["1"].attr("goal_number") == "1" and found["1"].attr("deadline") == "2024-04-01"
    assert found["2"].attr("deadline_text") == "Årsrapport 2024"


OTHER_WORDING = """DET KONGELIGE KULTURDEPARTEMENT

Museumsverket
Postboks 12
0101 OSLO

Deres ref                 Vår ref                 Dato
                          23/4410-3               15. desember 2023

Statsbudsjettet 2024 – tildelingsbrev til Museumsverket

5 Oppdrag for 2024
Direktoratet bes om å legge fram en oversikt over vedlikeholdsbehovet innen 1. juni 2024.
Departementet ber direktoratet om å vurdere nye åpningstider innen 15. august 2024.

Museumsverket skal kartlegge tilstanden til alle magasinene og levere en rapport innen
1. desember 2024.

Nærmere om oppdrag 2
Museumsverket skal sende departementet en skisse innen 1. mars 2024.
"""


def test_passive_requests_a_lower_case_agency_and_shall_paragraphs_under_an_assignments_heading() -> None:
    found = {m.label: m for m in _assignments(OTHER_WORDING)}
    assert set(found) == {
        "Direktoratet bes om å legge fram en oversikt over vedlikeholdsbehovet innen 1. juni 2024.",
        "Departementet ber direktoratet om å vurdere nye åpningstider innen 15. august 2024.",
        "Museumsverket skal kartlegge tilstanden til alle magasinene og levere en rapport innen 1. desember 2024.",
    }  # the elaboration of an assignment under 'Nærmere om oppdrag 2' is none
    assert found["Direktoratet bes om å legge fram en oversikt over vedlikeholdsbehovet innen 1. juni 2024."].attr(
        "deadline") == "2024-06-01"
