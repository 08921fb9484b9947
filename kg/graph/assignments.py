"""What the graph says of assignments beyond their own facts: their deadline as a date, and who gives and who
receives them, from the metadata of the document they were read from."""

from __future__ import annotations

from collections import defaultdict

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kg.documents.base import Document
from kg.entities.base import Entity
from kg.graph.namespaces import BK

Triple = tuple[Node, Node, Node]


def deadline_triples(e: Entity, node: URIRef) -> list[Triple]:
    """``bk:deadline`` as ``xsd:date`` where the deadline names a day, ``bk:deadlineText`` with its words."""
    out: list[Triple] = []
    if e.attr("deadline"):
        out.append((node, BK.deadline, Literal(str(e.attr("deadline")), datatype=XSD.date)))
    if e.attr("deadline_text"):
        out.append((node, BK.deadlineText, Literal(str(e.attr("deadline_text")), lang="nb")))
    return out


def party_triples(documents: list[Document], entities: list[Entity]) -> dict[str, list[Triple]]:
    """``bk:assignedBy`` / ``bk:assignedTo`` per document graph, from the organisations the document's profile
    names (``document.issuer`` / ``document.addressee`` sources): an allocation letter's issuer gives its
    assignments and its addressee receives them; an annual report reports its issuer's own."""
    roles: dict[tuple[str, str], str] = {}
    for e in entities:
        if e.type == "Organisation":
            for src in e.sources:
                if src.rule in ("document.issuer", "document.addressee"):
                    roles.setdefault((src.doc_id, src.rule), e.iri)
    kinds = {d.id: d.kind for d in documents}
    out: dict[str, list[Triple]] = defaultdict(list)
    for e in entities:
        if e.type != "Assignment":
            continue
        for doc_id in sorted({s.doc_id for s in e.sources}):
            issuer, addressee = roles.get((doc_id, "document.issuer")), roles.get((doc_id, "document.addressee"))
            if kinds.get(doc_id) == "årsrapport":
                issuer, addressee = None, addressee or issuer
            for prop, org in ((BK.assignedBy, issuer), (BK.assignedTo, addressee)):
                if org:
                    out[doc_id].append((URIRef(e.iri), prop, URIRef(org)))
    return out
