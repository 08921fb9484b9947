"""A report whose goals are named short on their lines and worded in the sentence below ('Effektmål 1 – Barn
ute' / 'Effektmålet lyder: …', 'Brukermålet – …' / 'Brukermålet er at …', 'Det andre effektmålet er at …'),
a societal goal introduced by 'ett samfunnsmål for senteret:', parameters named in quotes with their targets told
after them and in a table whose header gives only the years and the target, and an appropriation table headed
'Utgiftskapittel  Post  Posttekst'. The report is invented (a coastal culture centre) and set as extracted PDF
text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

REPORT = """SENTER FOR KYSTKULTUR

Årsrapport 2023

DEL III  ÅRETS AKTIVITETER OG RESULTATER

Mål- og styringsstruktur
Nærings- og fiskeridepartementet har fastsatt ett samfunnsmål for senteret:
Kystkulturen er levende og kjent i hele landet. Under samfunnsmålet er det
fastsatt to effektmål og ett brukermål.

Effektmål 1 – Unge ved sjøen
Effektmålet lyder: Barn og unge får oppleve kystkulturen gjennom skole og
fritid. Vårt viktigste tiltak er Kystskolen, et program for skoler langs kysten.
Effektmålet følges opp med styringsparameteren «Antall skoler som deltar i
Kystskolen». I 2023 deltok 212 skoler. Resultatkravet for 2023 var 200 skoler.

Effektmål 2 – Fartøy i bruk
Det andre effektmålet er at flere verneverdige fartøy holdes i bruk. Senteret
gir råd til eiere gjennom programmet Fartøyløftet.

Tabell 3 Styringsparametere for effektmål 2
                                                 2022       2023    Resultatkrav
                                                                     2023
Antall verneverdige fartøy med gyldig                 180        196        190
sertifikat

Brukermålet – Råd som treffer
Brukermålet er at eiere av fartøy opplever rådene fra senteret som nyttige.
Styringsparameteren «Brukertilfredshet med rådgivningen» måles årlig. Resultat-
kravet var 5,0. Styringsparameteren «Antall besøk på kystkultur.no» ble tatt ut
fra 2022.

DEL IV  STYRING OG KONTROLL
Senteret vil i 2024 prioritere Kystskolen i Nord-Norge.

DEL VI  ÅRSREGNSKAP – BEVILGNINGSRAPPORTERING
Utgiftskapittel  Post  Posttekst                            Samlet      Regnskap
                                                             tildeling   2023
0926             01    Driftsutgifter                       41 300 000  40 912 406
0926             70    Tilskudd til fartøyvern i kyst-       8 800 000   8 400 000
                       kommunene
"""


def _goals(found: list[Entity]) -> dict[str, Entity]:
    return {f"{e.attr('level')} {e.attr('notation') or ''}".strip(): e for e in found if e.type == "Goal"}


def test_goals_named_short_take_the_wording_below_and_serve_the_societal_goal() -> None:
    goals = _goals(entities_of("rapport.txt", REPORT))
    titles = {k: e.attr("title") for k, e in goals.items()}
    assert titles == {"samfunnsmål": "Kystkulturen er levende og kjent i hele landet",
                      "effektmål 1": "Barn og unge får oppleve kystkulturen gjennom skole og fritid",
                      "effektmål 2": "Flere verneverdige fartøy holdes i bruk",
                      "brukermål": "Eiere av fartøy opplever rådene fra senteret som nyttige"}
    societal = goals["samfunnsmål"]
    for key in ("effektmål 1", "effektmål 2", "brukermål"):
        assert any(link.predicate == "broader" and link.target == societal.iri for link in goals[key].links), key


def test_parameters_named_in_quotes_and_in_a_table_captioned_as_parameters_measure_their_goals() -> None:
    found = entities_of("rapport.txt", REPORT)
    goals = {e.iri: e.attr("title") for e in found if e.type == "Goal"}
    parameters = {e.label: e for e in found if e.type == "SteeringParameter"}
    assert set(parameters) == {"Antall skoler som deltar i Kystskolen", "Brukertilfredshet med rådgivningen",
                               "Antall verneverdige fartøy med gyldig sertifikat"}  # the one taken out is none
    assert parameters["Antall skoler som deltar i Kystskolen"].attr("target") == "200 skoler"
    assert parameters["Brukertilfredshet med rådgivningen"].attr("target") == "5,0"
    measured = {label: {goals[link.target] for link in e.links if link.predicate == "measuredBy"}
                for label, e in parameters.items()}
    assert measured["Antall verneverdige fartøy med gyldig sertifikat"] == {"Flere verneverdige fartøy holdes i bruk"}
    assert measured["Antall skoler som deltar i Kystskolen"] == {
        "Barn og unge får oppleve kystkulturen gjennom skole og fritid"}


def test_a_measure_named_again_past_the_last_goals_scope_keeps_only_its_own_goal() -> None:
    found = entities_of("rapport.txt", REPORT)
    goals = {e.iri: e.attr("title") for e in found if e.type == "Goal"}
    school = next(e for e in found if e.type == "Measure" and e.label == "Kystskolen")
    assert {goals[link.target] for link in school.links if link.predicate == "addresses"} == {
        "Barn og unge får oppleve kystkulturen gjennom skole og fritid"}


def test_an_appropriation_table_headed_utgiftskapittel_gives_its_posts_with_wrapped_texts() -> None:
    posts = {(int(e.attr("chapter")), int(e.attr("post"))): e.attr("post_text") for e in entities_of(
        "rapport.txt", REPORT) if e.type == "BudgetPost"}
    assert posts == {(926, 1): "Driftsutgifter", (926, 70): "Tilskudd til fartøyvern i kystkommunene"}


SUMMARY = """Sammendrag
Ordningen forvaltes av direktoratet og skal bidra til hovedmål 1 for DKK:
aktiv bruk av kystkulturen i hele landet. Tiltakene skal særlig bidra til delmål
1.2, flere verneverdige fartøy i bruk. Post 70 skal bidra til mål 1, post 71 til
mål 2 og post 72 til mål 3.
"""


def test_a_summary_quotes_goals_after_a_colon_or_a_comma_but_a_list_of_posts_states_none() -> None:
    goals = {(e.attr("notation"), e.attr("title")) for e in entities_of("sammendrag.txt", SUMMARY)
             if e.type == "Goal"}
    assert goals == {("1", "aktiv bruk av kystkulturen i hele landet"), ("1.2", "flere verneverdige fartøy i bruk")}
