"""``kg search`` as text: answers and passages name their documents by title, not by file name."""

from __future__ import annotations

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
