"""``kg series ID`` as a user runs it: values year by year with their sources, JSON with --json."""

from __future__ import annotations

import json

from kg.artefacts import Build
from tests.cli.test_cli import kg


def test_series_of_a_scheme_prints_each_year_with_its_source(imdi_build: Build) -> None:
    data = imdi_build.path.parent.parent
    out = kg("series", "grant-scheme/jobbsjansen", data=data)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "GrantScheme Tilskudd til Jobbsjansen"
    amount = [line for line in lines if "Amount granted" in line]
    assert [line.split()[0] for line in amount] == ["2022", "2023"]
    assert all("Årsrapport 2023" in line and "[d3.txt:" in line for line in amount)
    body = json.loads(kg("series", "grant-scheme/jobbsjansen", "--json", data=data).stdout)
    assert {p["year"] for p in body["points"]} == {2022, 2023}


def test_an_unknown_entity_is_one_line_and_status_1(imdi_build: Build) -> None:
    out = kg("series", "goal/none-such", data=imdi_build.path.parent.parent)
    assert out.returncode == 1 and out.stderr.strip() == "error: no entity 'goal/none-such' in this build"
