"""Which documents a comparison is between, and the messages for what cannot be compared."""

from __future__ import annotations

import pytest

from kg.errors import NoDocumentsError, NotFoundError, ParameterError
from kg.overview import Overview
from kg.overview.selection import documents_asked


def test_an_organisation_by_short_name_and_two_years(overview: Overview) -> None:
    a, b = documents_asked(overview, organisation="imdi", first="2023", second="2024")
    assert (a.name, b.name) == ("d3.txt", "d2.txt")
    a, b = documents_asked(overview, organisation="IMDi", first="2022", second="2023")
    assert (a.kind, b.kind) == ("årsrapport", "årsrapport")


def test_a_year_without_documents_says_which_years_there_are(overview: Overview) -> None:
    with pytest.raises(NoDocumentsError, match=r"from: .*no documents for 2021.*2022, 2023, 2024"):
        documents_asked(overview, organisation="IMDi", first="2021", second="2024")
    with pytest.raises(NoDocumentsError, match="no tildelingsbrev documents for 2023"):
        documents_asked(overview, organisation="IMDi", first="2023", second="2024", kind="tildelingsbrev")


@pytest.mark.parametrize(("given", "named"), [
    ({"first": "2022"}, "organisation, to"),
    ({"organisation": "IMDi", "first": "22", "second": "2024"}, "from: '22'"),
    ({"a": "d2"}, "missing parameter: b"),
    ({"a": "d2", "b": "d2.txt"}, "same document"),
    ({"a": "d2", "b": "d3", "organisation": "IMDi"}, "not both"),
    ({"organisation": "IMDi", "first": "2024", "second": "2024"}, "two different years"),
    ({"organisation": "IMDi", "first": "2022", "second": "2024", "kind": "brev"}, "kind: unknown kind"),
])
def test_bad_or_missing_parameters_are_named(overview: Overview, given: dict[str, str], named: str) -> None:
    with pytest.raises(ParameterError, match=named):
        documents_asked(overview, **given)


def test_unknown_organisation_or_document(overview: Overview) -> None:
    with pytest.raises(NotFoundError, match="known: Integrerings- og mangfoldsdirektoratet"):
        documents_asked(overview, organisation="Kystverket", first="2022", second="2024")
    with pytest.raises(NotFoundError, match="b: no document 'x9'"):
        documents_asked(overview, a="c3", b="x9")
