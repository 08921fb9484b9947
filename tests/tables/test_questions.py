"""Questions that ask for everything of a type, answered by the complete table on the collection build."""

from __future__ import annotations

from kg.tables import TableData, TableQuery, answer
from kg.tables.questions import table_answer, table_query
from tests.tables.conftest import collection_build, tables  # noqa: F401 - shared fixtures

READ_2019 = {"name": "year", "value": 2019, "source": "question", "mode": "prefer", "text": "i 2019"}


def test_search_filters_become_table_filters() -> None:
    q = table_query([READ_2019, {"name": "kind", "value": "tildelingsbrev", "source": "request", "mode": "filter",
                                 "text": "tildelingsbrev"},
                     {"name": "year", "value": {"from": 2024, "to": None}, "source": "question", "mode": "prefer",
                      "text": "etter 2023"}])
    assert (q.year_from, q.year_to, q.kind, q.organisation) == (2024, None, "tildelingsbrev", None)


def test_a_counting_question_gets_every_row_and_the_count_the_table_gives(tables: TableData) -> None:  # noqa: F811
    got = table_answer("Hvor mange oppdrag ble gitt i 2019?", None, [READ_2019], tables)
    assert got is not None and got["type"] == "Assignment" and got["count"]
    whole = answer(tables, "Assignment", TableQuery(year_from=2019, year_to=2019))
    assert got["total"] == whole.total == len(got["rows"]) > 0
    assert got["url"] == "/tables/Assignment?year_from=2019&year_to=2019"


def test_a_question_about_something_or_of_another_asked_type_stays_ranked(tables: TableData) -> None:  # noqa: F811
    assert table_answer("Hvilke tiltak motvirker mangelen på fosterhjem?", None, [], tables) is None
    assert table_answer("List alle evalueringer", "Measure", [], tables) is None
    assert table_answer("List alle evalueringer", None, [], tables) is not None
