"""Goals stated inside a sentence: named after their wording (', som er virksomhetsmål 1'), in brackets at the
sentence's end, or set off by dashes; a sentence that only points at a goal states none. The text is invented
(a housing agency) and set as extracted PDF text: hard wraps, hyphen splits."""

from __future__ import annotations

from kg.mentions.goal_sentences import sentence_goals
from kg.mentions.goal_statements import find_statements

AREAS = """3.2 Prioritert område A: Trygge havner
Arbeidet under område A skal bidra til at flere små havner har trygge kaier og god
belysning, som er virksomhetsmål 1 i tildelingsbrevet for 2023. Vi arbeider mot målet
gjennom veiledning.

3.3 Prioritert område B: Fiskemottak
For område B er målet at det etableres flere mottak for kystfiske i kommuner med lite
fiskemottak (virksomhetsmål 3). Mangel på kaiplass er den største utfordringen.

3.4 Prioritert område C: Kunnskap
Virksomhetsmål 4 – at beslutninger om havneutvikling bygger på oppdatert kunnskap – følges
opp gjennom analyser og statistikk.

Vi har sørget for at 95 prosent av sakene ble behandlet innen fristen (jf. virksomhetsmål 3).
Tiltaket bidro til at kaiene ble tryggere, som vist i tabell 3.1.
"""


def test_goals_named_after_in_brackets_or_between_dashes_are_stated_with_their_wording() -> None:
    found = {(g.number, g.title) for g in sentence_goals(AREAS)}
    assert found == {
        ("1", "flere små havner har trygge kaier og god belysning"),
        ("3", "det etableres flere mottak for kystfiske i kommuner med lite fiskemottak"),
        ("4", "beslutninger om havneutvikling bygger på oppdatert kunnskap"),
    }


def test_the_statement_spans_the_wording_and_its_level_is_the_named_one() -> None:
    by_number = {s.number: s for s in find_statements(AREAS)}
    first = by_number["1"]
    assert first.level == "virksomhetsmål" and first.style == "sentence"
    assert AREAS[first.start:].startswith("flere små havner")
    assert "virksomhetsmål 1" in AREAS[first.start:first.end]


def test_a_sentence_that_only_refers_to_a_goal_states_none() -> None:
    pointing = AREAS[AREAS.index("Vi har sørget"):]
    assert list(sentence_goals(pointing)) == []


def test_a_goal_appended_to_its_owners_lettered_name_or_told_after_the_level_of_one_goal() -> None:
    text = ("Tilskuddsordningen skal bidra til Fyrtilsynets hovedmål B, at befolkningen har kunnskap om fyrene.\n"
            "Planen skal bidra til Fyrtilsynets samfunnsmål om at ingen skal omkomme i fyrulykker.\n")
    found = {(g.word.lower(), g.number, g.title) for g in sentence_goals(text)}
    assert found == {("hovedmål", "B", "befolkningen har kunnskap om fyrene"),
                     ("samfunnsmål", "", "ingen skal omkomme i fyrulykker")}


def test_the_one_goal_of_a_level_in_each_area_is_keyed_by_its_area() -> None:
    text = ("3.2 Resultatområde 1 Fyr nær folk\nEffektmål for området: Befolkningen har kort vei til et åpent fyr\n"
            "Arbeidet retter seg mot kommunene.\n\n3.4 Resultatområde 3 Frivillighet\n"
            "Effektmålet for resultatområdet er at frivillige har et bredt og stabilt\ntilbud i hele landet. Det er nytt.\n")
    found = {(s.level, s.area, s.title) for s in find_statements(text)}
    assert found == {("effektmål", "1", "Befolkningen har kort vei til et åpent fyr"),
                     ("effektmål", "3", "frivillige har et bredt og stabilt tilbud i hele landet")}


def test_a_sections_goal_on_the_line_under_its_heading_is_keyed_by_its_section() -> None:
    text = ("3 Årets aktiviteter og resultater\n\n3.1 Trygg og rask saksbehandling\nMål: Søkere får en trygg, rask og "
            "likeverdig behandling\nav sine saker\nDirektoratet behandlet 5 812 søknader.\n\n3.3 Tilgjengelige boliger\n"
            "Mål: Flere eldre bor i egnede og\ntilgjengelige boliger\nBoligveiviseren hadde mange besøk.\n")
    found = {(s.level, s.area, s.title) for s in find_statements(text)}
    assert found == {("mål", "3.1", "Søkere får en trygg, rask og likeverdig behandling av sine saker"),
                     ("mål", "3.3", "Flere eldre bor i egnede og tilgjengelige boliger")}


def test_goals_an_evaluation_cites_with_their_words_after_level_and_number_and_a_second_joined_to_the_first() -> None:
    text = ("1.1 Om ordningen\nIfølge tildelingsbrevet skal ordningen bidra til direktoratets hovedmål 2 Flere eldre "
            "deltar i\nkulturlivet der de bor, og særlig til delmål 2.1 Eldre med lav inntekt går på konserter "
            "og\nforestillinger. Vi har intervjuet 40 arrangører.\n\nTilskuddet skal bidra til virksomhetsmål 3 i "
            "KDs tildelingsbrev: Flere kommuner\nhar en plan for kultur for eldre.\n")
    found = {(s.level, s.number, s.title, s.style) for s in find_statements(text)}
    assert found == {("hovedmål", "2", "Flere eldre deltar i kulturlivet der de bor", "quoted"),
                     ("delmål", "2.1", "Eldre med lav inntekt går på konserter og forestillinger", "quoted"),
                     ("virksomhetsmål", "3", "Flere kommuner har en plan for kultur for eldre", "sentence")}


def test_a_capitalised_word_after_a_goals_number_that_opens_no_wording_is_no_goal() -> None:
    text = "Ordningen skal bidra til hovedmål 2. Dette er nytt i 2025.\n"
    assert find_statements(text) == []
