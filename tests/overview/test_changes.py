"""The 2023 annual report against the 2024 allocation letter, and the 2022 report against the 2023 one.

The 2024 letter says itself what changed (section 2): «Målene 1 og 2 er videreført fra 2023 med mindre
justeringer i ordlyden. Det tidligere effektmålet om kommunenes kompetanse er nå virksomhetsmål 3, mens målet
om deltakelse i lokalsamfunnet er flyttet til virksomhetsmål 4. Virksomhetsmål 5 er nytt. Brukermålet fra 2023
videreføres ikke som eget mål».
"""

from __future__ import annotations

import shutil

import pytest

from kg.graph.stage import build_graph
from kg.overview import Overview
from kg.overview.changes import Change, ChangeSet, compare
from kg.overview.selection import document
from tests.overview.conftest import DATA, text_of


def _goals(overview: Overview, a: str, b: str) -> ChangeSet:
    return compare(overview, document(overview, a), document(overview, b), ("Goal",))


def _find(result: ChangeSet, words: str) -> Change:
    return next(c for c in result.changes if words in ((c.b or c.a).wording if (c.b or c.a) else ""))


def test_goals_added_removed_reworded_and_renumbered_as_the_letter_describes(overview: Overview) -> None:
    result = _goals(overview, "d3", "d2")
    assert _find(result, "Flere innvandrerkvinner deltar i arbeidslivet").status == "added"
    assert _find(result, "Brukerne opplever at IMDi").status == "removed"
    # goals 1 and 2: «mindre justeringer i ordlyden», word by word
    first = _find(result, "Flyktninger bosettes raskt")
    assert first.status == "reworded" and not first.renumbered
    assert [(p.op, p.text) for p in first.diff if p.op != "same"] == [("removed", "tråd"), ("added", "samsvar")]
    second = _find(result, "Nyankomne innvandrere")
    assert [(p.op, p.text) for p in second.diff if p.op != "same"] == [("removed", "god")]
    # the former effektmål 4 is now virksomhetsmål 3, effektmål 3 is now virksomhetsmål 4
    competence = _find(result, "Kommunene har god kompetanse")
    assert competence.renumbered and (competence.a.number, competence.b.number) == ("Effektmål 4", "Virksomhetsmål 3")
    community = _find(result, "lokalsamfunn")
    assert community.renumbered and (community.a.number, community.b.number) == ("Effektmål 3", "Virksomhetsmål 4")


def test_each_side_is_cited_at_its_own_document_and_wording(overview: Overview) -> None:
    result = _goals(overview, "d3", "d2")
    for change in result.changes:
        for side in (change.a, change.b):
            if side is None:
                continue
            c = side.citation
            assert c.facets.name == ("d3.txt" if side is change.a else "d2.txt")
            span = " ".join(text_of(c.facets.name)[c.start:c.end].split())
            assert " ".join(side.wording.split()[:3]) in span


def test_a_scheme_renamed_between_two_reports_is_reworded_not_removed_and_added(overview: Overview) -> None:
    # 2022: «Tilskudd til frivillige organisasjoners integreringsarbeid»; 2023: «Tilskudd til integreringsarbeid
    # i regi av frivillige organisasjoner».
    result = compare(overview, document(overview, "c3"), document(overview, "d3"), ("GrantScheme",))
    renamed = _find(result, "Tilskudd til integreringsarbeid i regi av frivillige organisasjoner")
    assert renamed.status == "reworded" and renamed.paired_by == "wording"
    assert renamed.a is not None and renamed.a.wording == "Tilskudd til frivillige organisasjoners integreringsarbeid"
    assert {"Tilskudd til Jobbsjansen", "Kompetansetilskudd til kommunene"} <= {
        c.b.wording for c in result.changes if c.status == "added" and c.b}
    assert _find(result, "Integreringstilskuddet").status == "unchanged"


def test_counts_and_json_say_the_same(overview: Overview) -> None:
    result = compare(overview, document(overview, "d3"), document(overview, "d2"))
    body = result.as_json()
    assert body["organisation"] == "Integrerings- og mangfoldsdirektoratet"
    assert body["counts"] == {s: sum(c["status"] == s for c in body["changes"]) for s in body["counts"]}
    assert {c["type"] for c in body["changes"]} == {"Goal", "SteeringParameter", "Assignment", "GrantScheme"}
    assert body["a"]["doc"] == "d3.txt" and body["b"]["doc"] == "d2.txt"


@pytest.fixture(scope="module")
def letter_and_report(tmp_path_factory: pytest.TempPathFactory) -> Overview:
    """Bufdir's allocation letter for 2019 (``c2``) and its annual report for 2019 (``c1``)."""
    corpus = tmp_path_factory.mktemp("bufdir-2019")
    for name in ("c1.txt", "c2.txt"):
        shutil.copy(DATA / "collection" / name, corpus / name)
    return Overview.load(build_graph(corpus, tmp_path_factory.mktemp("bufdir-2019-data")))


def test_a_letter_against_the_report_on_it(letter_and_report: Overview) -> None:
    # tests/gold/collection: the letter's delmål 3.1 (adoption) and 3.2 (family counselling) are the report's 3.2
    # and 3.1; the letter's delmål 2.4 (unaccompanied minors) has no counterpart in the report.
    overview = letter_and_report
    result = compare(overview, document(overview, "c2"), document(overview, "c1"))
    swapped = {(c.a.number, c.b.number) for c in result.changes if c.renumbered and c.a and c.b}
    assert swapped == {("Delmål 3.1", "Delmål 3.2"), ("Delmål 3.2", "Delmål 3.1")}
    removed = [c.a.wording for c in result.changes if c.status == "removed" and c.type == "Goal" and c.a]
    assert removed == ["Enslige mindreårige asylsøkere under 15 år får god omsorg i omsorgssentrene"]
    # the report states no assignments: they are not compared, not all "removed"
    assert [t for t, _ in result.not_compared] == ["Assignment"]
    assert not [c for c in result.changes if c.type == "Assignment"]
