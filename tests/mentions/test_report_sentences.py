"""A small agency's report that states its societal goal in a sentence, names its grant schemes in prose (a
compound on '-ordningen' among them) and gives every goal's parameters in one table whose cells wrap; and a
Nynorsk report with lettered sub-goals ('Delmål 1a') whose parameters are defined in sentences. The documents
are invented (a harbour directorate, an agency for outdoor schools)."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

REPORT = """Hamnedirektoratet – Årsrapport 2025

2 Introduksjon
Hamnedirektoratet er underlagt Nærings- og fiskeridepartementet. Direkto-
ratets samfunnsmål er trygge og levende fiskerihavner langs hele kysten.
Direktoratets samfunnsmål er uendret fra 2024.

3 Tilskuddsforvaltning
Til Tilskudd til mudring i små havner kom det inn 88 søknader i 2025.
Kaifornyingsordningen mottok 140 søknader, og 61 ble innvilget.
Istandsettingsordningen mottok 20 søknader. Den er et kortnavn for
Tilskudd til istandsetting av eldre kaier.

4 Resultater

4.1 Virksomhetsmål 1 – Havnene er trygge å bruke
Kaifornyingsordningen er det viktigste virkemidlet for målet.

4.2 Virksomhetsmål 2 – Flere fiskere bruker de små havnene
Tilskudd til mudring i små havner finansierte tolv prosjekter.

Tabell 3 Styringsparametere
Styringsparameter                       Måltall 2025  Resultat 2025  Resultat 2024
1.1 Andel havner med godkjent sikkerhetsplan
                                        90 %          92 %           85 %
2.1 Antall anløp av fiskefartøy i havner som har fått tilskudd fra
Kaifornyingsordningen
                                        400           455            380
2.2 Antall nye liggeplasser i havner med under 500 innbyggere i
kommunen
                                        60            48             33

Teksten går videre.
"""


def _of(text: str, name: str) -> dict[str, Entity]:
    return {e.label: e for e in entities_of(name, text)}


def test_the_agencys_societal_goal_stated_as_a_noun_phrase_over_a_hyphen_split() -> None:
    goals = [e for e in _of(REPORT, "rapport.txt").values() if e.type == "Goal" and e.attr("level") == "samfunnsmål"]
    assert [e.attr("title") for e in goals] == ["trygge og levende fiskerihavner langs hele kysten"]


def test_scheme_names_end_before_a_past_verb_and_a_compound_on_ordningen_opens_a_sentence() -> None:
    schemes = {e.label for e in _of(REPORT, "rapport.txt").values() if e.type == "GrantScheme"}
    assert "Tilskudd til mudring i små havner" in schemes
    assert "Kaifornyingsordningen" in schemes
    # a short name of a scheme the document names in full is no scheme of its own
    assert "Istandsettingsordningen" not in schemes
    assert not any(" kom " in s or "finansierte" in s for s in schemes)


def test_one_table_of_every_goals_parameters_with_wrapped_capitalised_words_and_result_columns() -> None:
    found = _of(REPORT, "rapport.txt")
    parameters = {e.attr("code"): e for e in found.values() if e.type == "SteeringParameter"}
    assert {c: e.label for c, e in parameters.items()} == {
        "1.1": "Andel havner med godkjent sikkerhetsplan",
        "2.1": "Antall anløp av fiskefartøy i havner som har fått tilskudd fra Kaifornyingsordningen",
        "2.2": "Antall nye liggeplasser i havner med under 500 innbyggere i kommunen"}
    assert parameters["2.1"].attr("target") == "400"
    assert sorted((r["year"], r["value"]) for r in parameters["2.1"].attr("results")) == [(2024, "380"),
                                                                                          (2025, "455")]
    # the table stands in goal 2's section, yet each row measures the goal its code names
    measured = {c: {link.target_label.split(" –")[0].split(":")[0] for link in e.links
                    if link.predicate == "measuredBy"} for c, e in parameters.items()}
    assert measured["1.1"] == {"Virksomhetsmål 1"}
    assert measured["2.2"] == {"Virksomhetsmål 2"}


NYNORSK = """Friluftsskulane – Årsrapport 2024

Del III Aktivitetar og resultat

Mål 1 Fleire elevar lærer å ferdast trygt i naturen
Delmål 1a Fleire skular har lærarar med kurs i friluftsliv
Delmål 1b Elevar frå alle bydelar deltek på turdagar

Styringsparameter 1a.1 er talet på lærarar som har fullført kurset Ute-
læraren. Resultatkravet for 2024 var 250 lærarar. Ved utgangen av året
hadde 271 lærarar fullført kurset.

Styringsparameter 1b.1 er delen av skulane i bydelar med låg deltaking
som har hatt minst to turdagar. Ambisjonsnivået var minst 60 prosent.
Resultatet vart 64 prosent (2023: 51 prosent).

Styringsparameter 1b.2 er ikkje lenger i bruk og inngår ikkje i tildelingsbrevet.

Mål 2 Friluftsskulane er ein open og effektiv forvaltar
Styringsparameter 2.1 er gjennomsnittleg svartid på førespurnader. Resultatkravet var under 5 dagar.
"""


def test_lettered_sub_goals_under_their_goal_and_parameters_defined_in_sentences() -> None:
    found = _of(NYNORSK, "rapport.txt")
    goals = {e.attr("notation") or str(e.attr("number")): e for e in found.values() if e.type == "Goal"}
    assert {"1a", "1b"} <= set(goals)
    for sub in ("1a", "1b"):
        assert {link.target_label for link in goals[sub].links if link.predicate == "broader"} == {
            "Mål 1: Fleire elevar lærer å ferdast trygt i naturen"}
    parameters = {e.attr("code"): e for e in found.values() if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in parameters.items()} == {
        "1a.1": ("talet på lærarar som har fullført kurset Utelæraren", "250 lærarar"),
        "1b.1": ("delen av skulane i bydelar med låg deltaking som har hatt minst to turdagar",
                 "minst 60 prosent"),
        "2.1": ("gjennomsnittleg svartid på førespurnader", "under 5 dagar")}
    assert sorted((r["year"], r["value"]) for r in parameters["1b.1"].attr("results")) == [
        (2023, "51 prosent"), (2024, "64 prosent")]
    measured = {link.target_label for link in parameters["1a.1"].links if link.predicate == "measuredBy"}
    assert measured == {"Delmål 1a: Fleire skular har lærarar med kurs i friluftsliv"}
