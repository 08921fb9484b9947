import pytest

from kg.search.listing import listing_request


@pytest.mark.parametrize(("question", "type_", "count"), [
    ("Hvor mange oppdrag fikk direktoratet i 2023?", "Assignment", True),
    ("How many grant schemes were there in 2024?", "GrantScheme", True),
    ("List alle evalueringer etter 2023", "Evaluation", False),
    ("Show me all the goals of the allocation letters", "Goal", False),
    ("Hvor mange nye oppdrag ga departementet?", "Assignment", True),
    ("Gi meg en oversikt over tilskuddsordningene", "GrantScheme", False),
    ("Hvilke evalueringer ble gjort i 2019?", "Evaluation", False),
    ("Hvilke styringsparametere finnes for Bufdir?", "SteeringParameter", False),
])
def test_questions_that_ask_for_everything_get_a_table(question: str, type_: str, count: bool) -> None:
    got = listing_request(question, frozenset({"bufdir"}))
    assert got is not None and (got.type, got.count) == (type_, count)


@pytest.mark.parametrize("question", [
    "Hvilke tiltak motvirker mangelen på fosterhjem?",
    "Which evaluations found that the grant scheme worked?",
    "Hvor lang ventetid var det i 2019?",  # no type: nothing to list
    "Hvor mange søknader om tilskudd kom inn i 2024?",  # a figure, not a count of schemes
    "Which goals did all the allocation letters set?",
    "Hva sier evalueringen av tilskudd til fritidsaktiviteter om deltakelse?",
])
def test_questions_about_something_stay_ranked_search(question: str) -> None:
    assert listing_request(question) is None
