"""Entities, relations, documents and passages as RDF, one N-Triples text per document graph."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from kg.documents.base import Document
from kg.entities.base import Entity, Relation, Source
from kg.graph.assignments import deadline_triples, party_triples
from kg.graph.namespaces import BK, ID, NIF, assertion_iri, document_graph, document_iri, evidence_iri, passage_iri
from kg.mentions.text import slug
from kg.passages.base import Passage
from kg.passages.pages import PageRef

Triple = tuple[Node, Node, Node]
PREDICATES = {"publisher": DCTERMS.publisher, "exactMatch": SKOS.exactMatch, "closeMatch": SKOS.closeMatch,
              "broader": SKOS.broader, "deliveredBy": BK.deliveredBy}
INTEGER_ATTRS = {"number": BK.number, "year": BK.year, "granted_applications": BK.grantedApplications}
DECIMAL_ATTRS = {"granted_nok": BK.grantedAmount, "allocated_nok": BK.allocatedAmount, "spent_nok": BK.spentAmount}
STRING_ATTRS = {"part": BK.part, "code": BK.code, "chapter": BK.chapter, "chapter_name": BK.chapterName,
                "post": BK.post, "series": BK.series, "goal_number": BK.goalNumber, "notation": SKOS.notation,
                "level": BK.goalLevel, "target": BK.target, "target_kind": BK.targetKind}


def predicate(name: str) -> URIRef:
    return PREDICATES.get(name, BK[name])


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]


def _nb(text: str) -> Literal:
    return Literal(text, lang="nb")


def evidence(source: Source) -> tuple[URIRef, list[Triple]]:
    """The evidence node of one source and its triples."""
    node = URIRef(evidence_iri(_hash(source.passage, source.start, source.end, source.rule)))
    return node, [
        (node, RDF.type, BK.Evidence),
        (node, BK.inPassage, URIRef(passage_iri(source.passage))),
        (node, NIF.beginIndex, Literal(source.start, datatype=XSD.integer)),
        (node, NIF.endIndex, Literal(source.end, datatype=XSD.integer)),
        (node, NIF.anchorOf, Literal(source.text)),
        (node, BK.rule, Literal(source.rule)),
        (node, BK.confidence, Literal(f"{source.confidence:.2f}", datatype=XSD.decimal)),
        (node, PROV.hadPrimarySource, URIRef(document_iri(source.doc_id))),
    ]


def document_triples(doc: Document, passages: Iterable[Passage]) -> list[Triple]:
    """A document and its passages as resources, with offsets into the document text."""
    d = URIRef(document_iri(doc.id))
    out: list[Triple] = [(d, RDF.type, BK.Document), (d, RDFS.label, Literal(doc.name)),
                         (d, DCTERMS.source, Literal(doc.path))]
    if doc.title:
        out.append((d, DCTERMS.title, _nb(doc.title)))
    if doc.publisher:
        out.append((d, DCTERMS.publisher, Literal(doc.publisher)))
    if doc.date:
        out.append((d, DCTERMS.issued, Literal(doc.date)))
    if doc.year:
        out.append((d, BK.year, Literal(doc.year, datatype=XSD.integer)))
    if doc.kind:
        out.append((d, BK.kind, Literal(doc.kind)))
    if doc.url:
        out.append((d, DCTERMS.identifier, Literal(doc.url, datatype=XSD.anyURI)))
    for name, predicate in (("addressee", BK.addresseeName), ("commissioner", BK.commissionerName)):
        if getattr(doc, name):
            out.append((d, predicate, Literal(getattr(doc, name))))
    for p in passages:
        n = URIRef(passage_iri(p.id))
        out += [(n, RDF.type, BK.Passage), (n, DCTERMS.isPartOf, d),
                (n, NIF.beginIndex, Literal(p.start, datatype=XSD.integer)),
                (n, NIF.endIndex, Literal(p.end, datatype=XSD.integer)),
                (n, NIF.anchorOf, Literal(p.text)), (n, BK.passageKind, Literal(p.kind))]
        if p.section.number:
            out.append((n, BK.sectionNumber, Literal(p.section.number)))
        if p.section.title:
            out.append((n, BK.sectionTitle, Literal(p.section.title)))
        out += _page_triples(n, p.page)
    return out


def _page_triples(node: URIRef, page: PageRef) -> list[Triple]:
    out: list[Triple] = []
    for prop, value in ((BK.page, page.first), (BK.pageMin, page.low), (BK.pageMax, page.high),
                        (BK.pageEstimate, page.estimate)):
        if value is not None:
            out.append((node, prop, Literal(value, datatype=XSD.integer)))
    return out


def _attr_triples(e: Entity, node: URIRef) -> list[Triple]:
    out: list[Triple] = []
    for k, v in e.attrs:
        if v is None or v == "":
            continue
        if k in INTEGER_ATTRS:
            out.append((node, INTEGER_ATTRS[k], Literal(int(v), datatype=XSD.integer)))
        elif k in DECIMAL_ATTRS:
            out.append((node, DECIMAL_ATTRS[k], Literal(str(v), datatype=XSD.decimal)))
        elif k in STRING_ATTRS:
            out.append((node, STRING_ATTRS[k], Literal(str(v))))
        elif k == "status":
            out.append((node, BK.status, BK[str(v)]))
        elif k == "title" and e.type == "Goal":
            out.append((node, DCTERMS.title, _nb(str(v))))
    return out


def _figure_triples(e: Entity, node: URIRef, doc_id: str) -> list[Triple]:
    out: list[Triple] = []
    for fig in e.attr("figures", ()):
        src = next((s for s in e.sources if s.passage == fig["passage"]), None)
        if src is None or src.doc_id != doc_id:
            continue
        f = URIRef(f"{node}/figure/{_hash(fig['passage'], fig['start'])}")
        out += [(node, BK.hasFigure, f), (f, RDF.type, BK.GrantFigure)]
        if fig.get("granted_applications") is not None:
            out.append((f, BK.grantedApplications, Literal(fig["granted_applications"], datatype=XSD.integer)))
        if fig.get("received_applications") is not None:
            out.append((f, BK.receivedApplications, Literal(fig["received_applications"], datatype=XSD.integer)))
        if fig.get("granted_nok") is not None:
            out.append((f, BK.grantedAmount, Literal(str(fig["granted_nok"]), datatype=XSD.decimal)))
        if fig.get("year"):
            out.append((f, BK.year, Literal(fig["year"], datatype=XSD.integer)))
        out += [(f, BK.forGoal, URIRef(g)) for g in fig.get("goals", ())]
        row = Source(fig["passage"], src.doc, src.doc_id, fig["start"], fig["end"], src.page, src.section_number,
                     src.section_title, src.section_path, "grant.table-row", 0.95, "")
        ev, ev_triples = evidence(row)
        out += [(f, PROV.wasDerivedFrom, ev), *ev_triples]
    return out


def _result_triples(e: Entity, node: URIRef, doc_id: str) -> list[Triple]:
    """A steering parameter's result for one year: the value as printed and, where it is a number, as a decimal."""
    out: list[Triple] = []
    for r in e.attr("results", ()):
        src = next((s for s in e.sources if s.passage == r.get("passage")), None) or \
            next((s for s in e.sources if s.doc_id == doc_id), None)
        if src is None or src.doc_id != doc_id:
            continue
        n = URIRef(f"{node}/result/{r['year']}-{_hash(r['start'], r['value'])}")
        out += [(node, BK.hasResult, n), (n, RDF.type, BK.ParameterResult),
                (n, BK.year, Literal(int(r["year"]), datatype=XSD.integer)), (n, BK.resultText, Literal(r["value"]))]
        if r.get("numeric") is not None:
            out.append((n, BK.resultValue, Literal(str(r["numeric"]), datatype=XSD.decimal)))
        row = Source(str(r.get("passage") or src.passage), src.doc, src.doc_id, int(r["start"]), int(r["end"]),
                     src.page, src.section_number, src.section_title, src.section_path, "parameter.result", 0.9, "")
        ev, ev_triples = evidence(row)
        out += [(n, PROV.wasDerivedFrom, ev), *ev_triples]
    return out


def _amount_triples(e: Entity, node: URIRef, doc_id: str) -> list[Triple]:
    """A budget post's amount as each document gives it (``bk:BudgetAmount``: allocation, accounts, year)."""
    out: list[Triple] = []
    for row in e.attr("amounts", ()):
        src = next((s for s in e.sources if s.passage == row["passage"] and s.start == row["start"]), None)
        if src is None or src.doc_id != doc_id:
            continue
        a = URIRef(f"{node}/amount/{_hash(row['passage'], row['start'])}")
        out += [(node, BK.hasAmount, a), (a, RDF.type, BK.BudgetAmount),
                (a, BK.allocatedAmount, Literal(str(row["allocated_nok"]), datatype=XSD.decimal))]
        if row.get("spent_nok") is not None:
            out.append((a, BK.spentAmount, Literal(str(row["spent_nok"]), datatype=XSD.decimal)))
        if row.get("year"):
            out.append((a, BK.year, Literal(row["year"], datatype=XSD.integer)))
        ev, ev_triples = evidence(src)
        out += [(a, PROV.wasDerivedFrom, ev), *ev_triples]
    return out


def _policy_area(e: Entity, node: URIRef, sources: list[Source]) -> list[Triple]:
    heading = next((s for s in sources if s.rule == "goal.heading" and len(s.section_path) >= 2), None)
    if heading is None:
        return []
    area = heading.section_path[-2]
    a = URIRef(f"{ID}policy-area/{slug(area)}")
    return [(node, BK.policyArea, a), (a, RDF.type, BK.PolicyArea), (a, SKOS.prefLabel, _nb(area))]


def entity_triples(entities: list[Entity], relations: list[Relation]) -> dict[str, list[Triple]]:
    """Triples per document id: each entity's facts and evidence go to every document it was read from."""
    per_doc: dict[str, list[Triple]] = defaultdict(list)
    for e in entities:
        node = URIRef(e.iri)
        by_doc: dict[str, list[Source]] = defaultdict(list)
        for s in e.sources:
            by_doc[s.doc_id].append(s)
        for doc_id, sources in by_doc.items():
            out = per_doc[doc_id]
            out += [(node, RDF.type, BK[e.type]), (node, SKOS.prefLabel, _nb(e.label)),
                    (node, RDFS.label, _nb(e.label))]
            out += [(node, SKOS.altLabel, _nb(a)) for a in e.alt_labels]
            out += _attr_triples(e, node)
            out += _figure_triples(e, node, doc_id)
            out += _result_triples(e, node, doc_id)
            out += _amount_triples(e, node, doc_id)
            out += deadline_triples(e, node)
            if e.type == "Goal":
                out += _policy_area(e, node, sources)
            for source in sources:
                ev, ev_triples = evidence(source)
                out += [(node, PROV.wasDerivedFrom, ev), *ev_triples]
    for r in relations:
        subj, pred, obj = URIRef(r.subject), predicate(r.predicate), URIRef(r.object)
        a = URIRef(assertion_iri(_hash(r.subject, r.predicate, r.object)))
        for src in r.sources:
            out = per_doc[src.doc_id]
            ev, ev_triples = evidence(src)
            out += [(subj, pred, obj), (a, RDF.type, BK.Assertion), (a, RDF.subject, subj), (a, RDF.predicate, pred),
                    (a, RDF.object, obj), (a, PROV.wasDerivedFrom, ev), *ev_triples]
    return per_doc


def ntriples(triples: Iterable[Triple]) -> str:
    """Triples one per line (deduplicated; rdflib N3 terms, read as Turtle) for the bulk loader."""
    lines = {f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples}
    return "".join(sorted(lines))


def graphs(documents: list[Document], passages: list[Passage], entities: list[Entity],
           relations: list[Relation]) -> dict[str, str]:
    """N-Triples text per named graph IRI (one graph per document)."""
    by_doc: dict[str, list[Passage]] = defaultdict(list)
    for p in passages:
        by_doc[p.doc].append(p)
    facts = entity_triples(entities, relations)
    roles = document_organisations(entities)
    for doc_id, triples in party_triples(documents, entities).items():
        roles.setdefault(doc_id, []).extend(triples)
    return {document_graph(d.id): ntriples([*document_triples(d, by_doc[d.id]), *roles.get(d.id, []),
                                            *facts.get(d.id, [])])
            for d in documents}


DOCUMENT_ROLES = {"document.issuer": DCTERMS.publisher, "document.addressee": BK.addressee,
                  "document.commissioner": BK.commissioner}


def document_organisations(entities: list[Entity]) -> dict[str, list[Triple]]:
    """Per document: the Organisation entities its profile names as issuer, addressee or commissioner."""
    out: dict[str, list[Triple]] = defaultdict(list)
    for e in entities:
        for src in e.sources:
            if src.rule in DOCUMENT_ROLES:
                out[src.doc_id].append((URIRef(document_iri(src.doc_id)), DOCUMENT_ROLES[src.rule], URIRef(e.iri)))
    return out
