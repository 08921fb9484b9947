"""The README's SPARQL examples run as written: its queries through ``kg sparql``, its ``curl`` forms over HTTP."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kg.artefacts import Build
from kg.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SPARQL_BLOCKS = re.findall(r"```sparql\n(.*?)```", README, re.DOTALL)
KG_SPARQL = re.findall(r"^kg sparql ('[^']*'.*?)(?:\s+#.*)?$", README, re.MULTILINE)
#: ``Q='…'`` then the ``curl`` line that sends it: the query and the media type it asks for.
HTTP = re.findall(r"^Q='(.*?)'\ncurl [^\n]*?/sparql [^\n]*-H 'Accept: ([^']+)'", README, re.DOTALL | re.MULTILINE)


def kg(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_the_readme_has_the_examples() -> None:
    assert len(SPARQL_BLOCKS) >= 2 and KG_SPARQL and len(HTTP) >= 2
    assert any(q.strip().split("\n")[-1].strip().startswith("DESCRIBE") for q, _ in HTTP)


@pytest.mark.parametrize("query", SPARQL_BLOCKS)
def test_query_blocks_run_with_kg_sparql(query: str, tiny_build: Build, tmp_path: Path) -> None:
    path = tmp_path / "query.rq"
    path.write_text(query, encoding="utf-8")
    out = kg("sparql", f"@{path}", "--format", "tsv", "--data", str(tiny_build.path.parent.parent))
    assert out.startswith("?")  # the header row of a SELECT


@pytest.mark.parametrize("line", KG_SPARQL)
def test_kg_sparql_lines_run(line: str, tiny_build: Build) -> None:
    out = kg("sparql", *shlex.split(line), "--data", str(tiny_build.path.parent.parent))
    assert out.splitlines()[0] == "n,l"


@pytest.mark.parametrize(("query", "accept"), HTTP)
def test_curl_examples_answer_over_http(query: str, accept: str, client: TestClient) -> None:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    if "DESCRIBE" in query:
        assert "Mål 7: Godt og tilgjengelig fosterhjemstilbud" in response.text
    else:
        rows = response.text.strip().splitlines()
        assert rows[0].split(",") == ["goal", "n"] and [r.split(",")[1] for r in rows[1:]] == ["7", "8"]
