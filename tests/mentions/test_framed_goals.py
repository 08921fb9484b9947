"""A letter that frames each goal with its lettered parameters and their targets in brackets; a report with
'Indikator 1.a' blocks whose results stand as years and values parted by slashes; another agency's report that
codes its effect goals by the level's initial under an introduction naming the level, and defines each one's
parameter in a sentence. The documents are invented and set as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of, goals_by_title

LETTER = """Tildelingsbrev 2026 – Direktoratet for friluftsliv

3 Mål og styringsparametere
Direktoratets virksomhet skal bidra til å nå målene nedenfor. Under hvert mål er det
fastsatt styringsparametere med resultatmål for 2026.

────────────────────────────────────────────────────────────────────────────────────
| Mål 1   Flere barn og unge driver friluftsliv i nærmiljøet, uavhengig av        |
|         familiens økonomi                                                        |
────────────────────────────────────────────────────────────────────────────────────
|   a) Andel barn 6–15 år som har vært på tur i skog og mark siste måned          |
|      (mål: minst 65 prosent)                                                     |
|   b) Antall kommuner med utlånsordning for friluftsutstyr (mål: minst 200)       |
────────────────────────────────────────────────────────────────────────────────────

────────────────────────────────────────────────────────────────────────────────────
| Mål 2   Friluftsområdene er godt sikret for allmennheten                         |
────────────────────────────────────────────────────────────────────────────────────
|   a) Antall nye statlig sikrede friluftsområder (mål: minst 25)                  |
────────────────────────────────────────────────────────────────────────────────────

4 Oppdrag
"""

REPORT = """Årsrapport 2025 – Direktoratet for friluftsliv

3.1 Mål 1 Flere barn og unge driver friluftsliv i nærmiljøet

Indikator 1.a   Andel barn 6–15 år som har vært på tur i skog og mark siste
                måned
Resultat 2023 / 2024 / 2025:    58 % / 61 % / 63 %
Måltall:                        minst 65 %

Indikator 1.b   Antall kommuner med utlånsordning for friluftsutstyr
Resultat 2023 / 2024 / 2025:    141 / 170 / 192
Måltall:                        200

Indikator 1.c   Antall utlånte sett friluftsutstyr
Resultat 2023 / 2024 / 2025:    9 400 / 11 200
Måltall:                        12 000
"""

NYNORSK = """Kysttilsynet – Årsrapport 2025

3-1 Hovudmål og effektmål
Verksemda vår er styrt av eitt hovudmål og to effektmål som departementet har fastsett.

Hovudmål: Eit trygt og berekraftig kystfiske der reglane blir følgde

   E1  Fiske og fangst skjer i samsvar med kvotar og reglar for uttak
   E2  Næringa opplever tilsynet som føreseieleg og rettleiande

3-2 Styringsparametrar og resultat

Styringsparameteren for E2 er delen av verksemdene som svarer at rettleiinga var nyttig,
med mål om minst 75 prosent. Talet kjem frå den årlege brukarundersøkinga.
"""


def _measured_by(entities: list[Entity], parameter: Entity) -> list[str]:
    return [str(e.attr("title")) for e in entities if e.type == "Goal" and any(
        link.predicate == "measuredBy" and link.target == parameter.iri for link in e.links)]


def _parameters(entities: list[Entity]) -> dict[str, Entity]:
    return {str(e.label): e for e in entities if e.type == "SteeringParameter"}


def test_a_framed_goal_and_its_lettered_parameters_with_targets_in_brackets() -> None:
    entities = entities_of("tildelingsbrev-2026.txt", LETTER)
    goals = goals_by_title(entities)
    assert "Flere barn og unge driver friluftsliv i nærmiljøet, uavhengig av familiens økonomi" in goals
    found = _parameters(entities)
    first = found["Andel barn 6–15 år som har vært på tur i skog og mark siste måned"]
    assert first.attr("target") == "minst 65 prosent"
    assert _measured_by(entities, first) == [
        "Flere barn og unge driver friluftsliv i nærmiljøet, uavhengig av familiens økonomi"]
    assert _measured_by(entities, found["Antall nye statlig sikrede friluftsområder"]) == [
        "Friluftsområdene er godt sikret for allmennheten"]


def test_indicator_blocks_with_a_wrapped_name_and_results_parted_by_slashes() -> None:
    found = _parameters(entities_of("arsrapport-2025.txt", REPORT))
    first = found["Andel barn 6–15 år som har vært på tur i skog og mark siste måned"]
    assert (first.attr("code"), first.attr("target")) == ("1.a", "minst 65 %")
    results = {r["year"]: r["value"] for r in first.attr("results")}
    assert results == {2023: "58 %", 2024: "61 %", 2025: "63 %"}
    # two values for three years: the block is still read, and no year gets a value from the slashed line
    short = found["Antall utlånte sett friluftsutstyr"]
    assert short.attr("target") == "12 000"
    assert not any(r["value"] == "11 200" for r in short.attr("results"))


def test_effect_goals_coded_by_the_initial_of_the_level_the_introduction_names() -> None:
    entities = entities_of("arsrapport-2025.txt", NYNORSK)
    goals = goals_by_title(entities)
    assert goals["Næringa opplever tilsynet som føreseieleg og rettleiande"].attr("notation") == "E2"
    parameter = _parameters(entities)["delen av verksemdene som svarer at rettleiinga var nyttig"]
    assert parameter.attr("target") == "minst 75 prosent"
    assert _measured_by(entities, parameter) == ["Næringa opplever tilsynet som føreseieleg og rettleiande"]
