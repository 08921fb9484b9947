"""``kg search``: answers and passages name their documents by title; filters over the two-year build."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.artefacts import Build
from kg.cli import app
from tests.search.conftest import tiny_build, tiny_data  # noqa: F401 - shared


def test_text_output_names_documents_by_title(tiny_data: Path, tiny_build: Build) -> None:  # noqa: F811
    titles = {d.name: d.title for d in tiny_build.documents()}
    assert all(titles.values())
    result = CliRunner().invoke(app, ["search", "Hvem gjennomfører følgeevaluering av barnevernsreformen?",
                                      "--k", "3", "--data", str(tiny_data)])
    assert result.exit_code == 0, result.output
    assert any(title in result.stdout for title in titles.values())
    assert not any(name in result.stdout for name in titles), result.stdout


def _search(build: Build, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["search", *args, "--data", str(build.path.parent.parent)])
    return result.exit_code, result.output


def test_filters_from_options_hide_and_from_the_question_are_reported(two_years_build: Build) -> None:
    code, out = _search(two_years_build, "Hvor mange årsverk hadde Fjelldir i 2022?", "--kind", "annual report",
                        "--year-from", "2023", "--json")
    assert code == 0, out
    body = json.loads(out.splitlines()[-1])
    assert {(p["document"]["kind"], p["document"]["year"]) for p in body["passages"]} == {("årsrapport", 2023)}
    assert [(f["name"], f["source"], f["mode"]) for f in body["filters"]] == [
        ("year", "request", "filter"), ("kind", "request", "filter"), ("organisation", "question", "prefer")]
    code, out = _search(two_years_build, "Hvor mange årsverk hadde Fjelldir i 2022?", "--ignore", "organisation",
                        "--json")
    assert [f["name"] for f in json.loads(out.splitlines()[-1])["filters"]] == ["year"]


def test_a_bad_filter_fails_before_searching(two_years_build: Build) -> None:
    code, out = _search(two_years_build, "tilsyn", "--kind", "brochure")
    assert code == 1 and "kind: unknown kind 'brochure'" in out
    code, out = _search(two_years_build, "tilsyn", "--year", "22")
    assert code == 1 and "year: '22' is not a year" in out
