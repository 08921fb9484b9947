"""Filters given with a search: checking of the request's values and matching of document facets."""

from __future__ import annotations

import pytest

from kg.documents.facets import DocumentFacets
from kg.errors import QueryError
from kg.search.filters import FilterSet, SearchFilter, YearSpan, checked_ignore, checked_kind, requested_filters


def _doc(kind: str, year: int | None, organisation: str | None = "Etat A", addressee: str | None = None,
         commissioner: str | None = None) -> DocumentFacets:
    return DocumentFacets("id", "a.txt", "Tittel", kind, organisation, addressee, year, commissioner)


@pytest.mark.parametrize(("given", "kind"), [
    ("tildelingsbrev", "tildelingsbrev"), ("Allocation letter", "tildelingsbrev"), ("annual report", "årsrapport"),
    ("ÅRSRAPPORT", "årsrapport"), ("evaluation", "evaluering"), ("press release", "pressemelding"),
    ("strategy", "strategi"), ("  annual   reports ", "årsrapport")])
def test_kinds_are_named_in_norwegian_or_english(given: str, kind: str) -> None:
    assert checked_kind(given) == kind


@pytest.mark.parametrize(("params", "named"), [
    ({"kind": "budget"}, "kind"), ({"year": "19"}, "year"), ({"year": "2019a"}, "year"),
    ({"year_from": "abc"}, "year_from"), ({"year_to": "20245"}, "year_to"),
    ({"year_from": "2024", "year_to": "2020"}, "year_from"), ({"year": "2020", "year_to": "2021"}, "year")])
def test_a_bad_value_is_refused_naming_its_parameter(params: dict[str, str], named: str) -> None:
    with pytest.raises(QueryError, match=rf"^{named}:"):
        requested_filters(**params)  # type: ignore[arg-type]


def test_blank_values_give_no_filter_and_given_ones_hide_other_documents() -> None:
    assert requested_filters(organisation=" ", year="", kind="") == ()
    filters = FilterSet(requested_filters(year="2023", kind="allocation letter"))
    assert [f.as_json() for f in filters.filters] == [
        {"name": "year", "value": 2023, "source": "request", "mode": "filter", "text": "2023"},
        {"name": "kind", "value": "tildelingsbrev", "source": "request", "mode": "filter", "text": "allocation letter"}]
    assert filters.admits(_doc("tildelingsbrev", 2023))
    assert not filters.admits(_doc("tildelingsbrev", 2022)) and not filters.admits(_doc("årsrapport", 2023))
    assert not filters.admits(None)


def test_a_span_of_years_holds_its_ends_and_open_ends() -> None:
    (between,) = requested_filters(year_from="2022", year_to="2024")
    assert between.as_json()["value"] == {"from": 2022, "to": 2024}
    assert [between.matches(_doc("årsrapport", y)) for y in (2021, 2022, 2024, 2025, None)] == [
        False, True, True, False, False]
    (since,) = requested_filters(year_from="2024")
    assert since.matches(_doc("årsrapport", 2031)) and not since.matches(_doc("årsrapport", 2023))
    assert YearSpan(None, 2019).holds(1990) and not YearSpan(None, 2019).holds(2020)


def test_an_organisation_matches_issuer_addressee_or_commissioner_in_any_case() -> None:
    f = SearchFilter("organisation", "Etat B", "request", "filter", "etat b", ("Etat B", "EB"))
    assert f.matches(_doc("tildelingsbrev", 2024, "Departementet", addressee="etat b"))
    assert f.matches(_doc("evaluering", 2024, "Institutt", commissioner="EB"))
    assert not f.matches(_doc("årsrapport", 2024, "Etat A"))


def test_values_of_one_name_are_alternatives_and_preferences_hide_nothing() -> None:
    years = FilterSet((SearchFilter("year", YearSpan(2019, 2019), "question", "prefer", "i 2019"),
                       SearchFilter("year", YearSpan(2021, 2021), "question", "prefer", "2021")))
    assert years.prefers(_doc("årsrapport", 2021)) and not years.prefers(_doc("årsrapport", 2020))
    assert years.admits(_doc("årsrapport", 2020)) and not years.hiding
    assert years.key() != FilterSet(years.filters[:1]).key()


def test_ignore_names_question_filters_and_refuses_others() -> None:
    assert checked_ignore(["year,kind", "Organisation"]) == {"year", "kind", "organisation"}
    assert checked_ignore(None) == frozenset()
    with pytest.raises(QueryError, match="^ignore:"):
        checked_ignore("colour")


def test_a_year_is_four_ascii_digits() -> None:
    with pytest.raises(QueryError, match="^year:"):
        requested_filters(year="٢٠١٩")  # Arabic-Indic digits: what a schema's ^[0-9]{4}$ refuses
    assert requested_filters(year=" 2019 ")[0].as_json()["value"] == 2019
