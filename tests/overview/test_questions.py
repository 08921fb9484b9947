"""Questions that ask how things changed between two years lead to the changes page."""

from __future__ import annotations

from kg.documents.facets import DocumentFacets
from kg.overview import Overview
from kg.overview.questions import change_request

IMDI, BUFDIR = "Integrerings- og mangfoldsdirektoratet", "Barne-, ungdoms- og familiedirektoratet"


def _facets(*docs: tuple[str, str, str | None, int]) -> dict[str, DocumentFacets]:
    """Documents as (id, kind, organisation the document is about, year); letters come from the ministry."""
    out = {}
    for doc_id, kind, owner, year in docs:
        letter = kind == "tildelingsbrev"
        out[doc_id] = DocumentFacets(doc_id, f"{doc_id}.txt", doc_id, kind, "Departementet" if letter else owner,
                                     owner if letter else None, year)
    return out


TWO_AGENCIES = _facets(("a22", "tildelingsbrev", IMDI, 2022), ("a24", "tildelingsbrev", IMDI, 2024),
                       ("b24", "årsrapport", BUFDIR, 2024))


def test_norwegian_and_english_goal_questions() -> None:
    for q in ("hvordan har målene endret seg fra 2022 til 2024?", "How did the goals change from 2022 to 2024?"):
        asked = change_request(q, TWO_AGENCIES)
        assert asked is not None and (asked.first, asked.second, asked.type) == (2022, 2024, "Goal")
        # only IMDi has documents for both years
        assert asked.organisation == IMDI
        assert asked.url == "/changes?organisation=Integrerings-+og+mangfoldsdirektoratet&from=2022&to=2024&type=Goal"


def test_the_type_and_organisation_the_question_names() -> None:
    asked = change_request("Hvilke styringsparametere for målene til Barne-, ungdoms- og familiedirektoratet er "
                           "endret mellom 2024 og 2022?", TWO_AGENCIES)
    assert asked is not None and asked.type == "SteeringParameter" and asked.organisation == BUFDIR
    assert (asked.first, asked.second) == (2022, 2024)
    asked = change_request("Hva er nytt i oppdragene i 2024 sammenlignet med 2022?", TWO_AGENCIES)
    assert asked is not None and asked.type == "Assignment"


def test_short_names_come_from_the_build(overview: Overview) -> None:
    asked = change_request("Hvordan har tilskuddene til IMDi endret seg fra 2023 til 2024?", overview.facets,
                           overview.aliases)
    assert asked is not None and asked.organisation == IMDI and asked.type == "GrantScheme"


def test_questions_that_ask_for_no_comparison() -> None:
    assert change_request("Hvor mange fosterhjem var det i 2022?", TWO_AGENCIES) is None
    assert change_request("Hva har endret seg i 2024?", TWO_AGENCIES) is None
    assert change_request("Hvilke mål ble målt i 2022 og 2024?", TWO_AGENCIES) is None


def test_no_organisation_when_several_have_both_years() -> None:
    both = {**TWO_AGENCIES, **_facets(("b22", "årsrapport", BUFDIR, 2022))}
    asked = change_request("Hva er forskjellen mellom 2022 og 2024?", both)
    assert asked is not None and asked.organisation is None and asked.url == "/changes?from=2022&to=2024"
