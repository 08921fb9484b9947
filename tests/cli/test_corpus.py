"""``kg add`` and ``kg remove`` as a user runs them: one new document read and embedded, an unchanged one
not built at all, a removed one gone from every artefact of the new build (graph, entities, index)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from kg.artefacts import open_build
from kg.graph.namespaces import document_graph, document_iri
from kg.graph.query import run_query

ROOT = Path(__file__).resolve().parents[2]
TWO_YEARS = ROOT / "tests" / "data" / "two_years"
NEW = """ÅRSRAPPORT 2024

Snøskredvarslingsdirektoratet

1 Leders beretning

2024 var et år med mange skred. Snøvarsel sendte ut 1 204 varsler om snøskredfare og
svarte på 3 300 henvendelser fra publikum.

3 Årets aktiviteter og resultater

Mål 4: Færre omkomne i snøskred
Direktoratet fordelte 12 mill. kroner i tilskudd til skredkurs for ungdom, og 8 100
deltakere fullførte kurs i 2024.
"""


def kg(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_DATA": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=900
    )


def ask(build: Path, query: str) -> int:
    return int(json.loads(run_query(build, query))["results"]["bindings"][0]["n"]["value"])


def test_add_builds_only_the_new_document_readding_is_a_no_op_and_remove_leaves_nothing_of_it(
    tmp_path: Path,
) -> None:
    corpus, data = tmp_path / "corpus", tmp_path / "var"
    shutil.copytree(TWO_YEARS, corpus)
    new = tmp_path / "snoskred_2024.txt"
    new.write_text(NEW, encoding="utf-8")
    built = kg("build", str(corpus), "--executor", "serial", data=data)
    assert built.returncode == 0, built.stderr

    added = kg("add", str(new), data=data)
    assert added.returncode == 0, added.stderr
    assert "added: snoskred_2024.txt" in added.stdout
    assert "reused:    3 of 4 documents (read 1)" in added.stdout
    embedded = re.search(r"texts \(embedded (\d+)\)", added.stdout)
    assert embedded and int(embedded.group(1)) > 0
    build = open_build(data)
    doc = next(d for d in build.documents() if d.name == new.name)
    assert (corpus / new.name).read_bytes() == new.read_bytes()
    ours = {p.id for p in build.passages(new.name)}
    assert ours and ours <= set(json.loads((build.path / "index" / "index.json").read_text())["passages"])

    again = kg("add", str(new), data=data)
    assert again.returncode == 0, again.stderr
    assert "nothing changed" in again.stdout and open_build(data).path == build.path

    other = tmp_path / "other" / new.name
    other.parent.mkdir()
    other.write_text(NEW.replace("1 204", "1 205"), encoding="utf-8")
    refused = kg("add", str(other), data=data)
    assert refused.returncode == 2 and new.name in refused.stderr and "--replace" in refused.stderr
    assert (corpus / new.name).read_bytes() == new.read_bytes() and open_build(data).path == build.path

    unknown = kg("remove", "nope.txt", data=data)
    assert unknown.returncode == 2 and "nope.txt" in unknown.stderr and "arsrapport_2022.txt" in unknown.stderr
    assert open_build(data).path == build.path

    removed = kg("remove", new.name, data=data)
    assert removed.returncode == 0, removed.stderr
    assert "reused:    3 of 3 documents (read 0)" in removed.stdout
    assert not (corpus / new.name).exists()
    kept = list((data / "removed").glob(f"*/{new.name}"))
    assert len(kept) == 1 and kept[0].read_bytes() == new.read_bytes() and str(kept[0]) in removed.stdout

    after = open_build(data)
    iri, graph = document_iri(doc.id), document_graph(doc.id)
    assert ask(after.path, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}") == 0
    assert ask(after.path, f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}") == 0
    assert ask(after.path, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "nøskred")) }') == 0
    assert doc.id not in {d.id for d in after.documents()} and not list(after.passages(new.name))
    assert not ours & set(json.loads((after.path / "index" / "index.json").read_text())["passages"])
    entities = (after.path / "entities.jsonl").read_text(encoding="utf-8")
    assert doc.id not in entities and "skred" not in entities
    assert "skred" in (build.path / "entities.jsonl").read_text(encoding="utf-8")  # it had entities of its own
