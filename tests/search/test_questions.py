"""The asked type is read from Norwegian and English wording; explicit types are validated."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.search.questions import asked_type, checked_type


@pytest.mark.parametrize(("question", "expected"), [
    ("Hvilke tiltak skal motvirke mangelen på fosterhjem?", "Measure"),
    ("Which measures address foster-home shortage?", "Measure"),
    ("hvem evaluerer barnevernsreformen?", "Organisation"),
    ("Hvilke evalueringer er gjort av reformen?", "Evaluation"),
    ("Which grants support leisure activities?", "GrantScheme"),
    ("Hvilke tilskuddsordninger finnes for barn og unge?", "GrantScheme"),
    ("Hvilke styringsparametere har mål 5?", "SteeringParameter"),
    ("Hva er hovedmålet for familievernet?", "Goal"),
    ("Which reports were published on foster care?", "Report"),
    ("Have the home-visiting programme and the parents' course been evaluated?", "Evaluation"),
    ("Hvilke handlingsplaner styrer arbeidet mot vold i nære relasjoner?", "Reform"),
    ("Hvilken strategi fra regjeringen skal gi barn en bedre oppvekst?", "Reform"),
    ("Which action plans target honour-related violence?", "Reform"),
    ("Hvilke tiltak i strategien gjelder fosterhjem?", "Measure"),
    ("Which programmes does the agency offer parents of teenagers?", "Measure"),
    ("Hvilke programmer finnes for gravide?", "Measure"),
    ("Hvor mange barn bor i fosterhjem?", None),
    ("Hvor mange oppdrag fikk direktoratet i tildelingsbrevet for 2023?", "Assignment"),
    ("Which assignments did the ministry give the agency?", "Assignment"),
    ("Hvilke oppdragsgivere har evalueringene?", "Evaluation"),
])
def test_asked_type(question: str, expected: str | None) -> None:
    assert asked_type(question) == expected


def test_explicit_type_is_case_insensitive_and_checked() -> None:
    assert checked_type("measure") == "Measure"
    assert checked_type(None) is None
    with pytest.raises(QueryError, match="unknown type"):
        checked_type("Banana")
