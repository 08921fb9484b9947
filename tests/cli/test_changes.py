"""``kg changes`` as a user runs it: two years of one organisation, or two documents."""

from __future__ import annotations

import json

from kg.artefacts import Build
from tests.cli.test_cli import kg


def test_changes_between_two_years_show_the_wording_difference_and_both_sources(imdi_build: Build) -> None:
    data = imdi_build.path.parent.parent
    out = kg("changes", "--organisation", "IMDi", "--from", "2023", "--to", "2024", "--type", "Goal", data=data)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("A: Årsrapport 2023 (årsrapport, 2023)\nB: STATSBUDSJETTET 2024")
    assert "added: 1  removed: 1  reworded: 5" in text
    assert "Flyktninger bosettes raskt og i [-tråd-] {+samsvar+} med kommunenes vedtak" in text
    assert "Effektmål 4 -> Virksomhetsmål 3" in text
    assert "A: Årsrapport 2023" in text and "[d2.txt:" in text


def test_two_documents_as_json(imdi_build: Build) -> None:
    out = kg("changes", "--a", "c3", "--b", "d3", "--type", "GrantScheme", "--json", data=imdi_build.path.parent.parent)
    body = json.loads(out.stdout)
    assert body["a"]["doc"] == "c3.txt" and body["b"]["doc"] == "d3.txt"
    assert {c["status"] for c in body["changes"]} >= {"added", "removed", "reworded", "unchanged"}


def test_missing_and_wrong_options_are_named(imdi_build: Build) -> None:
    data = imdi_build.path.parent.parent
    out = kg("changes", "--from", "2022", data=data)
    assert out.returncode == 1 and "missing parameters: organisation, to" in out.stderr
    out = kg("changes", "--organisation", "IMDi", "--from", "2019", "--to", "2024", data=data)
    assert out.returncode == 1 and "no documents for 2019" in out.stderr
