"""Norwegian number formats and label keys."""

from __future__ import annotations

from kg.mentions.budget import _budget_numbers
from kg.mentions.text import grant_key, split_numbers, stems


def test_thousand_groups_are_split_into_numbers() -> None:
    assert split_numbers(["128", "188", "288", "095"][1:], 1) == [[188_288_095]]
    assert [188_288_095] not in split_numbers(["000", "188"], 1)


def test_budget_row_numbers_use_the_difference_column() -> None:
    tokens = ["758", "299", "000", "204", "068", "414", "554", "230", "586"]
    assert _budget_numbers(tokens) == (758_299_000, 204_068_414)
    assert _budget_numbers(["13", "000", "000", "18", "000", "000", "-5", "000", "000"]) == (13_000_000, 18_000_000)


def test_grant_names_match_without_the_generic_prefix() -> None:
    assert grant_key("Tilskudd til inkludering av barn og unge") == grant_key("«Inkludering av barn og unge»")
    assert grant_key("tilskuddsordningen «Inkludering av barn og unge»") == "inkludering av barn og unge"


def test_a_schemes_key_is_the_same_in_bokmal_and_nynorsk() -> None:
    from kg.mentions.text import grant_key, stems

    assert grant_key("Tilskotsordninga for lokale møteplassar") == grant_key("Tilskudd til lokale møteplasser")
    assert grant_key("Tilskot til kulturminneplanar i kommunane") == grant_key(
        "Tilskudd til kulturminneplaner i kommunene")
    assert stems("Evaluering av tilskotsordninga for lokale møteplassar") == stems(
        "Evaluering av tilskuddsordningen for lokale møteplasser")


def test_a_schemes_key_reads_nynorsk_plurals_as_bokmal_writes_them() -> None:
    assert grant_key("Tilskot til bestillingstransport i distrikta") == grant_key(
        "Tilskudd til bestillingstransport i distriktene")
    assert grant_key("Tilskot til lag og organisasjonar") == grant_key("Tilskudd til lag og organisasjoner")
    assert grant_key("Tilskudd til kultur i bygda") != grant_key("Tilskudd til kultur i byen")


def test_a_parameter_in_nynorsk_and_bokmal_has_the_same_word_stems() -> None:
    pairs = [("Antall frivilligsentraler som har tatt i bruk verktøyet", "Tal frivilligsentralar som har teke i bruk "
              "verktøyet"), ("Gjennomsnittlig saksbehandlingstid for søknader", "Gjennomsnittleg sakshandsamingstid "
                             "for søknader"), ("Antall deltakere som har fullført kurset", "Tal deltakarar som har "
                                                                                           "fullført kurset")]
    assert all(stems(a) == stems(b) for a, b in pairs)
    assert stems("Antall fyr med tilsyn") != stems("Antall havner med tilsyn")


def test_nynorsk_words_for_influence_decisions_participation_and_low_income_stem_as_their_bokmal_forms() -> None:
    pairs = [("Eldre har reell innverknad i kommunale avgjerder", "Eldre har reell innflytelse i kommunale beslutninger"),
             ("Barn frå låginntektsfamiliar deltek i idrett", "Barn fra lavinntektsfamilier deltar i idrett"),
             ("Tilskot til eldremedverknad", "Tilskudd til eldremedvirkning"),
             ("Verkemidla byggjer på kunnskap", "Virkemidlene bygger på kunnskap")]
    assert [stems(a) == stems(b) for a, b in pairs] == [True, True, True, True]
