"""What the graph says of assignments beyond their own facts: their deadline as a date, and who gives and who
receives them, from the metadata of the document they were read from."""

from __future__ import annotations

from collections import defaultdict

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kg.documents.base import Document
from kg.entities.base import Entity
from kg.entities.iris import entity_iri
from kg.graph.namespaces import BK
from kg.mentions.knowledge import org_key

Triple = tuple[Node, Node, Node]


def deadline_triples(e: Entity, node: URIRef) -> list[Triple]:
    """``bk:deadline`` as ``xsd:date`` where the deadline names a day, ``bk:deadlineText`` with its words."""
    out: list[Triple] = []
    if e.attr("deadline"):
        out.append((node, BK.deadline, Literal(str(e.attr("deadline")), datatype=XSD.date)))
    if e.attr("deadline_text"):
        out.append((node, BK.deadlineText, Literal(str(e.attr("deadline_text")), lang="nb")))
    return out


def parties(doc: Document) -> tuple[str | None, str | None]:
    """Who gives and who receives the assignments of ``doc``: an allocation letter is from the ministry to its
    addressee; an annual report reports the agency's own."""
    addressee = getattr(doc, "addressee", None)
    issuer = getattr(doc, "issuer", None)
    if doc.kind == "tildelingsbrev":
        return issuer or doc.publisher, addressee
    if doc.kind == "årsrapport":
        return issuer, addressee or doc.publisher
    return issuer, addressee


def party_triples(documents: list[Document], entities: list[Entity]) -> dict[str, list[Triple]]:
    """``bk:assignedBy`` / ``bk:assignedTo`` per document graph, where the document names an organisation the
    graph holds."""
    orgs = {e.iri for e in entities if e.type == "Organisation"}
    by_id = {d.id: d for d in documents}
    out: dict[str, list[Triple]] = defaultdict(list)
    for e in entities:
        if e.type != "Assignment":
            continue
        for doc_id in sorted({s.doc_id for s in e.sources}):
            doc = by_id.get(doc_id)
            if doc is None:
                continue
            for prop, name in zip((BK.assignedBy, BK.assignedTo), parties(doc), strict=True):
                if not name:
                    continue
                iri = entity_iri("Organisation", org_key(name), name, {})
                if iri in orgs:
                    out[doc_id].append((URIRef(e.iri), prop, URIRef(iri)))
    return out
