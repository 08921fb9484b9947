"""The build stage after passages: mentions -> entities -> entities.jsonl + Oxigraph store."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.artefacts import Build, BuildWriter
from kg.documents import corpus_files, read_document
from kg.documents.base import Document
from kg.documents.manifest import read_manifest
from kg.entities import resolve, write_entities
from kg.entities.alignment import align
from kg.entities.base import Entity, Relation
from kg.graph.rdf import graphs
from kg.graph.store import write_store
from kg.mentions import Extraction, extract
from kg.mentions.aliases import alias_mentions
from kg.passages import segment
from kg.passages.base import Passage
from kg.pipeline import Progress, _noop


class GraphStage:
    """Reads entities from every document and writes ``entities.jsonl`` and ``graph/``."""

    name = "graph"

    def run(self, writer: BuildWriter, documents: list[Document], passages: list[Passage],
            progress: Progress = _noop) -> dict[str, Any]:
        found, entities, relations = read_entities(documents, passages, lambda i, n: progress(self.name, i, n))
        write_entities(writer.path, entities)
        triples = write_store(writer.path, graphs(documents, passages, entities, relations))
        return {"mentions": len(found.mentions), "entities": len(entities), "relations": len(relations),
                "triples": triples, "by_type": dict(Counter(e.type for e in entities))}


def read_entities(documents: list[Document], passages: list[Passage],
                  progress: Callable[[int, int], None] = lambda i, n: None
                  ) -> tuple[Extraction, list[Entity], list[Relation]]:
    """Mentions of every document (per document), then the cross-document passes: aliases, resolution and
    alignment of the same goals across documents."""
    by_doc: dict[str, list[Passage]] = defaultdict(list)
    for p in passages:
        by_doc[p.doc].append(p)
    found = Extraction()
    for i, d in enumerate(documents):
        progress(i, len(documents))
        found.extend(extract(d, by_doc[d.id]))
    progress(len(documents), len(documents))
    found.mentions.extend(alias_mentions(found.mentions, passages, {d.id: d.text for d in documents}))
    entities, relations = resolve(found.mentions, found.links)
    entities, relations = align(entities, relations, documents)
    return found, entities, relations


def read_corpus(corpus: Path) -> tuple[list[Document], list[Passage]]:
    """Every document of ``corpus`` (its manifest applied) and its passages; a bad file raises."""
    manifest = read_manifest(corpus)
    documents: list[Document] = []
    passages: list[Passage] = []
    for path in corpus_files(corpus):
        result = segment(read_document(path))
        documents.append(manifest[path.name].apply(result.document) if path.name in manifest else result.document)
        passages.extend(result.passages)
    return documents, passages


def extract_collection(corpus: Path) -> tuple[list[Document], list[Entity], list[Relation]]:
    """Documents, entities and relations of a corpus as a build reads them, without writing anything."""
    documents, passages = read_corpus(corpus)
    _, entities, relations = read_entities(documents, passages)
    return documents, entities, relations


def build_graph(corpus: Path, data: Path) -> Build:
    """Build documents, passages and the graph only (no search index): for tests and graph work."""
    documents, passages = read_corpus(corpus)
    writer = BuildWriter(data)
    writer.write_documents(documents)
    writer.write_passages(passages)
    stats = GraphStage().run(writer, documents, passages)
    return writer.commit({"corpus": str(corpus), "documents": len(documents), "passages": len(passages),
                          "stages": {"graph": stats}})
