"""Goals numbered with roman numerals: a Nynorsk letter's 'Verksemdsmål I' alone on a line over its title and a
parameter table torn one cell a line, each row the parameter's words and its target, no code and no years; and a
report whose sections are headed '3.2 Verksemdsmål II: …'. The documents are invented and set as extracted PDF
text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2025 – Direktoratet for skog

2    Mål, styringsparametrar og resultatkrav
2.1  Overordna mål
Eit aktivt skogbruk som tek vare på klima og naturmangfald i heile landet
Under det overordna målet gjeld to verksemdsmål. Tabellane viser styringsparametrane.

Verksemdsmål I
Skogeigarane driv aktivt og berekraftig skogbruk
Styringsparameter
Resultatkrav 2025
Areal med planta skog etter hogst (dekar)
Minst 180 000 dekar
Del av skogeigarane med oppdatert skog-
bruksplan
Minst 60 prosent

Verksemdsmål II
Forvaltninga er effektiv, digital og brukarretta
Styringsparameter
Resultatkrav 2025
Saksbehandlingstid for klagesaker om skogfond
Høgst 8 veker i snitt

3    Oppdrag
"""

REPORT = """Årsrapport 2024 – Direktoratet for skog

Innhald
1   Leiaren si melding ........................................................ 2
3   Aktivitetar og resultat i året ............................................ 4
3.1 Verksemdsmål I: Skogeigarane driv aktivt og berekraftig skogbruk ........ 4
3.2 Verksemdsmål II: Forvaltninga er digital, effektiv og brukarretta ........ 5

1   Leiaren si melding

Direktoratet nådde dei fleste resultatkrava i 2024.

3   Aktivitetar og resultat i året

3.1 Verksemdsmål I: Skogeigarane driv aktivt og berekraftig skogbruk

Planteaktiviteten auka i 2024.

3.2 Verksemdsmål II: Forvaltninga er digital, effektiv og brukarretta

Sakshandsamingstida gjekk ned.
"""


def _measured_by(entities: list[Entity], words: str) -> list[str]:
    parameter = next(e for e in entities if e.type == "SteeringParameter" and str(e.label) == words)
    return [str(e.attr("notation")) for e in entities if e.type == "Goal" and any(
        link.predicate == "measuredBy" and link.target == parameter.iri for link in e.links)]


def test_roman_numbered_goals_over_torn_tables_of_words_and_targets() -> None:
    entities = entities_of("tildelingsbrev-2025.txt", LETTER)
    goals = goals_by_title(entities)
    first = goals["Skogeigarane driv aktivt og berekraftig skogbruk"]
    assert first.attr("notation") == "I"
    assert link_targets(first, "broader") == [
        "Overordna mål: Eit aktivt skogbruk som tek vare på klima og naturmangfald i heile landet"]
    assert _measured_by(entities, "Del av skogeigarane med oppdatert skogbruksplan") == ["I"]
    assert _measured_by(entities, "Saksbehandlingstid for klagesaker om skogfond") == ["II"]
    targets = {str(e.label): e.attr("target") for e in entities if e.type == "SteeringParameter"}
    assert targets["Areal med planta skog etter hogst (dekar)"] == "Minst 180 000 dekar"
    assert len(targets) == 3


def test_a_report_heads_its_sections_with_roman_numbered_goals() -> None:
    goals = goals_by_title(entities_of("arsrapport-2024.txt", REPORT))
    assert goals["Forvaltninga er digital, effektiv og brukarretta"].attr("notation") == "II"
