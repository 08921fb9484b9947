"""Years, kinds and organisations read from a question's wording."""

from __future__ import annotations

import pytest

from kg.documents.facets import DocumentFacets
from kg.entities.base import Entity
from kg.search.filter_cues import OrganisationNames, read_filters, read_kinds, read_years, without_cues
from kg.search.filters import requested_filters


def _values(question: str) -> list[object]:
    return [(f.as_json()["value"], f.text) for f in read_years(question)]


@pytest.mark.parametrize(("question", "expected"), [
    ("Hvor mange ansatte var det i 2019?", [(2019, "i 2019")]),
    ("Hva er resultatkravet for 2025?", [(2025, "for 2025")]),
    ("How many staff in 2019?", [(2019, "in 2019")]),
    ("Antall årsverk ved utgangen av 2019", [(2019, "ved utgangen av 2019")]),
    ("Staff at the end of 2019", [(2019, "at the end of 2019")]),
    ("Bosetting 2022–2024", [({"from": 2022, "to": 2024}, "2022–2024")]),
    ("Bosetting fra 2022 til 2024", [({"from": 2022, "to": 2024}, "fra 2022 til 2024")]),
    ("Evalueringer etter 2023", [({"from": 2024, "to": None}, "etter 2023")]),
    ("Evaluations after 2023", [({"from": 2024, "to": None}, "after 2023")]),
    ("Tiltak før 2020", [({"from": None, "to": 2019}, "før 2020")]),
    ("i 2023 sammenlignet med 2024", [(2023, "i 2023"), (2024, "2024")]),
    ("Hvor mange søknader kom inn?", []),
    ("Tilskudd på 35 000 kroner til 120 kommuner", []),
])
def test_years_and_spans_are_read_with_their_words(question: str, expected: list[object]) -> None:
    assert _values(question) == expected


@pytest.mark.parametrize(("question", "kinds"), [
    ("Hva sier tildelingsbrevet om fosterhjem?", ["tildelingsbrev"]),
    ("What is the target in the 2025 allocation letter?", ["tildelingsbrev"]),
    ("Hva står i årsrapporten for 2019?", ["årsrapport"]),
    ("Hvilke evalueringer er gjort av ordningen?", ["evaluering"]),
    ("Which press releases mention foster care?", ["pressemelding"]),
    ("Hvor mange barn venter på fosterhjem?", []),
])
def test_kinds_are_read_in_norwegian_and_english(question: str, kinds: list[str]) -> None:
    assert [f.value for f in read_kinds(question)] == kinds


def _organisations() -> OrganisationNames:
    facets = [DocumentFacets("d1", "a.txt", "Årsrapport 2023", "årsrapport", "Integrerings- og mangfoldsdirektoratet",
                             None, 2023),
              DocumentFacets("d2", "b.txt", "Tildelingsbrev", "tildelingsbrev", "Arbeids- og inkluderingsdepartementet",
                             "Integrerings- og mangfoldsdirektoratet", 2024)]
    imdi = Entity("id:imdi", "Organisation", "Integrerings- og mangfoldsdirektoratet", ("IMDi",), ())
    aid = Entity("id:aid", "Organisation", "Arbeids- og inkluderingsdepartementet", ("AID",), ())
    other = Entity("id:nova", "Organisation", "NOVA", ("Norsk institutt for forskning om oppvekst",), ())
    return OrganisationNames.of(facets, [imdi, aid, other])


def test_organisations_are_read_by_full_or_short_name_as_the_documents_name_them() -> None:
    names = _organisations()
    (short,) = names.read("Hvor mange ansatte hadde IMDis regionkontorer?")
    assert (short.value, short.text, short.mode) == ("Integrerings- og mangfoldsdirektoratet", "IMDis", "prefer")
    (full,) = names.read("Hva ba arbeids- og  inkluderingsdepartementet om?")
    assert full.value == "Arbeids- og inkluderingsdepartementet"
    assert names.read("Hva fant NOVA?") == []  # no document is from, to or for NOVA
    assert names.read("Hva gjorde imdirektoratet?") == []  # a name is read as a whole word only
    assert [f.text for f in names.read("Which aid did AID give?")] == ["AID"]  # a short name in its own case


def test_an_asked_organisation_widens_to_all_its_names() -> None:
    names = _organisations()
    (given,) = requested_filters(organisation="imdi")  # a request's name in any case
    asked = names.resolve(given)
    assert asked.value == "Integrerings- og mangfoldsdirektoratet" and asked.text == "imdi"
    assert set(asked.names) == {"IMDi", "Integrerings- og mangfoldsdirektoratet"}
    assert names.orgs_named("imdi") == ["Integrerings- og mangfoldsdirektoratet"]


def test_the_lexical_question_drops_the_words_that_named_filters() -> None:
    question = "Hvor mange ansatte hadde IMDi ved utgangen av 2023 ifølge årsrapporten?"
    filters = read_filters(question, _organisations())
    assert {f.name for f in filters} == {"year", "kind", "organisation"}
    assert without_cues(question, filters) == "Hvor mange ansatte hadde ved utgangen av ifølge ?"
    assert without_cues("2023", read_filters("2023", _organisations())) == "2023"
