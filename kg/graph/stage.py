"""The build stage after passages: mentions -> entities -> entities.jsonl + Oxigraph store."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kg.artefacts import Build, BuildWriter
from kg.documents.base import Document
from kg.entities import resolve, write_entities
from kg.entities.alignment import align
from kg.entities.base import Entity, Relation
from kg.errors import DocumentError
from kg.executors import Executor
from kg.graph.namespaces import ONTOLOGY_GRAPH
from kg.graph.publication import GraphPublication
from kg.graph.rdf import graphs
from kg.graph.remote import ServerSettings
from kg.graph.store import ontology_file, write_store
from kg.mentions import Extraction, extract
from kg.mentions.aliases import alias_mentions
from kg.passages.base import Passage
from kg.pipeline import Progress, _noop, read_documents


class GraphStage:
    """Reads entities from every document and writes ``entities.jsonl`` and ``graph/``, or the graph into a
    SPARQL server when ``server`` (default: ``KG_SPARQL_QUERY``/``KG_SPARQL_UPDATE``) names one.

    ``extracted``: the mentions the per-document stage already read, by document id; a document
    missing there is read here. The mapping may be filled after the stage is made, until it runs.
    """

    name = "graph"

    def __init__(self, extracted: Mapping[str, Extraction] | None = None,
                 server: ServerSettings | None = None) -> None:
        self.extracted = extracted if extracted is not None else {}
        self.server = server or ServerSettings.from_env()

    def run(self, writer: BuildWriter, documents: list[Document], passages: list[Passage],
            progress: Progress = _noop) -> dict[str, Any]:
        found, entities, relations = read_entities(documents, passages, lambda i, n: progress(self.name, i, n),
                                                   self.extracted)
        write_entities(writer.path, entities)
        data = graphs(documents, passages, entities, relations)
        stats: dict[str, Any] = {"mentions": len(found.mentions), "entities": len(entities),
                                 "relations": len(relations)}
        if self.server is None:
            stats["triples"] = write_store(writer.path, data)
        else:
            stats["triples"], stats["store"] = stage_on_server(writer, self.server, data), self.server.query
        return {**stats, "by_type": dict(Counter(e.type for e in entities))}


def stage_on_server(writer: BuildWriter, server: ServerSettings, data: dict[str, str]) -> int:
    """Stage the build's graphs (and the ontology) in ``server``; they go public when the build commits,
    and ``BUILD/graph.json`` records where. The triples staged."""
    publication = GraphPublication(server, writer.path.name)
    publication.check()  # an unreachable server fails the build before anything is sent
    writer.on_abort(publication.discard)
    triples = publication.stage({**data, ONTOLOGY_GRAPH: ontology_file().read_text(encoding="utf-8")})
    writer.before_commit(lambda: publication.publish().save(writer.path))
    return triples


def read_entities(documents: list[Document], passages: list[Passage],
                  progress: Callable[[int, int], None] = lambda i, n: None,
                  extracted: Mapping[str, Extraction] | None = None,
                  ) -> tuple[Extraction, list[Entity], list[Relation]]:
    """Mentions of every document (per document, or as ``extracted`` gives them by document id), then the
    cross-document passes: aliases, resolution and alignment of the same goals across documents."""
    by_doc: dict[str, list[Passage]] = defaultdict(list)
    for p in passages:
        by_doc[p.doc].append(p)
    found = Extraction()
    given = extracted or {}
    for i, d in enumerate(documents):
        progress(i, len(documents))
        found.extend(given[d.id] if d.id in given else extract(d, by_doc[d.id]))
    progress(len(documents), len(documents))
    found.mentions.extend(alias_mentions(found.mentions, passages, {d.id: d.text for d in documents}))
    entities, relations = resolve(found.mentions, found.links)
    entities, relations = align(entities, relations, documents)
    return found, entities, relations


def read_corpus(corpus: Path, executor: Executor | None = None) -> tuple[list[Document], list[Passage]]:
    """Every document of ``corpus`` (its manifest applied) and its passages; a bad file raises."""
    documents, passages, _ = read_collection(corpus, executor, mentions=False)
    return documents, passages


def read_collection(corpus: Path, executor: Executor | None = None, mentions: bool = True
                    ) -> tuple[list[Document], list[Passage], dict[str, Extraction]]:
    """Every document of ``corpus`` (its manifest applied), its passages and its mentions by document id,
    each document read by ``executor`` (default serially); a bad file raises :class:`DocumentError`."""
    documents: list[Document] = []
    passages: list[Passage] = []
    extracted: dict[str, Extraction] = {}
    for result in read_documents(corpus, executor, mentions=mentions):
        if result.failure is not None or result.document is None:
            failure = result.failure
            raise DocumentError(failure.path if failure else result.path, failure.reason if failure else "not read")
        documents.append(result.document)
        passages.extend(result.passages)
        extracted.setdefault(result.document.id, Extraction()).extend(result.extraction())
    return documents, passages, extracted


def extract_collection(corpus: Path, executor: Executor | None = None
                       ) -> tuple[list[Document], list[Entity], list[Relation]]:
    """Documents, entities and relations of a corpus as a build reads them, without writing anything."""
    documents, passages, extracted = read_collection(corpus, executor)
    _, entities, relations = read_entities(documents, passages, extracted=extracted)
    return documents, entities, relations


def build_graph(corpus: Path, data: Path, executor: Executor | None = None,
                server: ServerSettings | None = None) -> Build:
    """Build documents, passages and the graph only (no search index): for tests and graph work.

    ``executor`` runs the per-document part (default serially); the build is the same with every executor.
    ``server``: the SPARQL server to write the graph into (default as configured, else the build folder).
    """
    documents, passages, extracted = read_collection(corpus, executor)
    writer = BuildWriter(data)
    writer.write_documents(documents)
    writer.write_passages(passages)
    try:
        stats = GraphStage(extracted, server).run(writer, documents, passages)
        return writer.commit({"corpus": str(corpus), "documents": len(documents), "passages": len(passages),
                              "stages": {"graph": stats}})
    except BaseException:
        writer.abort()
        raise
