"""Items of a knowledge-base list: 'Title (Publisher, year)', 'Authors (year). Title', 'Title. Publisher (year).'
with a remark after the citation. The items are invented."""

from __future__ import annotations

from kg.mentions.knowledge import parse_item


def test_a_title_with_its_full_stops_and_a_long_publisher_before_the_year_and_a_remark_after_it() -> None:
    item = parse_item("Varig fyr? Evaluering av tilskotet til fyrvaktarar i kystkommunar. Vestlandsforsking (2024). "
                      "Evalueringa svarar på oppdrag 1 i tildelingsbrevet for 2024.")
    assert (item["title"], item["publishers"], item["year"]) == (
        "Varig fyr? Evaluering av tilskotet til fyrvaktarar i kystkommunar", ["Vestlandsforsking"], 2024)
    item = parse_item("Fyrbarometeret 2024. Folketal og tenester i 142 kystkommunar. Direktoratet for kyst- og "
                      "fjordsamfunn (2024).")
    assert (item["title"], item["publishers"]) == ("Fyrbarometeret 2024. Folketal og tenester i 142 kystkommunar",
                                                   ["Direktoratet for kyst- og fjordsamfunn"])


def test_authors_before_the_year_then_the_title() -> None:
    item = parse_item("Berg, L. og Nygård, T. (2023). Fyr i endring, Nordlandsforskning")
    assert (item["title"], item["publishers"], item["year"]) == ("Fyr i endring", ["Nordlandsforskning"], 2023)


def test_a_publisher_in_brackets_of_its_own_before_an_ongoing_status_but_not_a_short_name_or_series_number() -> None:
    item = parse_item("Effektevaluering av Oppstartstilskudd for små verksteder (Nordvik Analyse) (pågående)")
    assert (item["title"], item["publishers"], item["status"]) == (
        "Effektevaluering av Oppstartstilskudd for små verksteder", ["Nordvik Analyse"], "ongoing")
    item = parse_item("Forskning om plikten til å rapportere (PTR) (pågående)")
    assert (item["title"], item["publishers"]) == ("Forskning om plikten til å rapportere (PTR)", [])
    item = parse_item("Hvordan gikk det med lærlingene? (Notatserie 3/24) (pågående)")
    assert item["publishers"] == []
