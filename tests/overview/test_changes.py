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
from kg.overview.selection import document, documents_asked
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


@pytest.fixture(scope="module")
def two_letters(tmp_path_factory: pytest.TempPathFactory) -> Overview:
    """IMDi's allocation letters for 2022 (``tests/data/overview/tb2022.txt``, written for this test in the 2024
    letter's house style) and 2024 (``d2``)."""
    corpus = tmp_path_factory.mktemp("imdi-letters")
    shutil.copy(DATA / "overview" / "tb2022.txt", corpus / "tb2022.txt")
    shutil.copy(DATA / "collection2" / "d2.txt", corpus / "d2.txt")
    return Overview.load(build_graph(corpus, tmp_path_factory.mktemp("imdi-letters-data")))


def _status(result: ChangeSet, type_: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in result.changes:
        side = c.b or c.a
        if c.type == type_ and side is not None:
            out.setdefault(c.status, set()).add(side.wording)
    return out


def _are(wordings: set[str], *beginnings: str) -> bool:
    """The wordings are exactly the ones beginning so."""
    return len(wordings) == len(beginnings) and all(any(w.startswith(b) for w in wordings) for b in beginnings)


def _has(wordings: set[str], beginning: str) -> bool:
    return any(w.startswith(beginning) for w in wordings)


def test_the_letters_of_2022_and_2024(two_letters: Overview) -> None:
    # Expected from the two texts: goal 1 «i tråd med» -> «i samsvar med», goal 2 loses «god», goal 3 becomes
    # goal 4 unchanged, goal 4 (negativ sosial kontroll) is gone, goals 3 and 5 of 2024 are new; parameter
    # «nivå A2» -> «nivå B1»; assignment 1 (bosetting, for 2023 -> for 2025) and 3 -> 6 (tolker, widened) recur
    # reworded, assignment 2 (boligsituasjonen) is gone; the scheme against negativ sosial kontroll is gone,
    # Jobbsjansen stays, Kompetansetilskuddet is new.
    a, b = documents_asked(two_letters, organisation="IMDi", first="2022", second="2024")
    assert (a.name, b.name) == ("tb2022.txt", "d2.txt")
    result = compare(two_letters, a, b)
    goals = _status(result, "Goal")
    assert _are(goals["added"], "Kommunene har god kompetanse", "Flere innvandrerkvinner deltar")
    assert _are(goals["removed"], "Færre utsettes for negativ sosial kontroll")
    assert _are(goals["reworded"], "Flyktninger bosettes raskt og i samsvar", "Nyankomne innvandrere får kvalifisering")
    assert _are(goals["renumbered"], "Innvandrere og deres barn deltar i frivillighet")
    parameters = _status(result, "SteeringParameter")
    assert _has(parameters["reworded"], "Andel deltakere som oppnår minst nivå B1")
    assert _has(parameters["unchanged"], "Andel flyktninger som er bosatt innen seks")
    assert _has(parameters["removed"], "Antall saker der Kompetanseteamet")
    assignments = {c.a.number: c for c in result.changes if c.type == "Assignment" and c.a}
    assert assignments["1"].status == "reworded" and assignments["1"].b and assignments["1"].b.number == "1"
    assert assignments["3"].renumbered and assignments["3"].b and assignments["3"].b.number == "6"
    assert assignments["2"].status == "removed"
    grants = _status(result, "GrantScheme")
    assert _has(grants["removed"], "Tilskudd til tiltak mot negativ sosial kontroll")
    assert _has(grants["unchanged"], "Tilskudd til Jobbsjansen")
    assert _has(grants["added"], "Kompetansetilskuddet til kommunene")
