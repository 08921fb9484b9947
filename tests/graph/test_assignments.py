"""Assignments and budget amounts in the graph: deadline as xsd:date, the goal and the ordered evaluation as
relations, one amount per document and year, who gives and receives the assignment from the document, and the
shapes hold. The letter is the invented one of tests/mentions/test_assignments.py."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pyshacl import validate
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.documents.base import Document
from kg.entities import Entity, Source
from kg.graph.assignments import party_triples
from kg.graph.namespaces import BK, ID
from kg.graph.shacl import union_graph
from kg.graph.stage import build_graph
from kg.graph.store import ontology_file, shapes_file
from kg.passages.pages import PageRef
from tests.mentions.test_assignments import LETTER
from tests.mentions.test_budget import LETTER as BUDGET


@lru_cache(maxsize=1)
def _graph() -> Graph:
    root = Path(tempfile.mkdtemp(prefix="kg-assign-"))
    try:
        (root / "corpus").mkdir()
        (root / "corpus" / "brev.txt").write_text(LETTER + "\n" + BUDGET, encoding="utf-8")
        return union_graph(build_graph(root / "corpus", root / "data").path)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_an_assignment_has_its_deadline_as_a_date_its_goal_and_what_it_orders_evaluated() -> None:
    g = _graph()
    node = next(s for s in g.subjects(BK.code, Literal("HV-2")) if (s, None, BK.Assignment) in g)
    assert (node, BK.deadline, Literal("2024-06-01", datatype=XSD.date)) in g
    assert (node, BK.deadlineText, Literal("Sluttrapport innen 01.06.2024", lang="nb")) in g
    evaluated = g.value(node, BK.ordersEvaluationOf)
    assert evaluated is not None and str(g.value(evaluated, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")))\
        == "Båtvettkampanjen"


def test_a_budget_post_carries_its_amount_with_the_year() -> None:
    g = _graph()
    amounts = {(int(g.value(a, BK.allocatedAmount).toPython()), int(g.value(a, BK.year).toPython()))  # type: ignore[union-attr]
               for a in g.subjects(RDF.type, BK.BudgetAmount)}
    assert (512_300_000, 2023) in amounts and (1_250_000, 2023) in amounts


def test_the_graph_with_assignments_and_amounts_conforms_to_the_shapes() -> None:
    conforms, _, text = validate(_graph(), shacl_graph=Graph().parse(shapes_file()),
                                 ont_graph=Graph().parse(ontology_file()), inference="none")
    assert conforms, str(text)[:2000]


def test_the_letters_issuer_gives_and_its_addressee_receives_the_assignment() -> None:
    doc = Document(id="d", name="d.txt", path="d.txt", media_type="text/plain", text="", kind="tildelingsbrev")
    ministry = Entity(f"{ID}organisation/dep", "Organisation", "Departementet", (), (_source("document.issuer"),))
    agency = Entity(f"{ID}organisation/etat", "Organisation", "Etaten", (), (_source("document.addressee"),))
    task = Entity(f"{ID}assignment/d-1", "Assignment", "Oppdrag", (), (_source("assignment.block"),))
    triples = party_triples([doc], [ministry, agency, task])["d"]
    assert triples == [(URIRef(task.iri), BK.assignedBy, URIRef(ministry.iri)),
                       (URIRef(task.iri), BK.assignedTo, URIRef(agency.iri))]
    report = replace(doc, kind="årsrapport")  # an annual report reports its own assignments
    assert party_triples([report], [ministry, task])["d"] == [(URIRef(task.iri), BK.assignedTo, URIRef(ministry.iri))]
    assert party_triples([doc], [task]) == {}


def _source(rule: str) -> Source:
    return Source("p", "d.txt", "d", 0, 1, PageRef.from_json({}), None, None, (), rule, 0.9, "x")
