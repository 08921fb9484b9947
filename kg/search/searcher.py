"""The search facade: a question in, ranked passages and typed entity answers out.

``Searcher.load(build_path)`` opens one build (model, faiss, BM25, entities)
once; ``search`` is then cheap enough per request: one query embedding, one
faiss search, one BM25 scoring, a fusion and the entity ranking.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from index.embeddings.base import Embedder
from index.embeddings.queries import query_embedder
from index.lexical.analyzer import analyse
from index.lexical.glossary import is_english, norwegian_terms
from index.store import INDEX_DIR, SearchIndex
from kg.artefacts import Build
from kg.documents.facets import DocumentFacets, facets_by_doc, facets_of
from kg.entities.base import Entity
from kg.errors import EmptyQueryError, QueryTooLongError
from kg.lru import LRUCache
from kg.passages.base import Passage
from kg.search.answers import EntityCatalogue, answers
from kg.search.filter_cues import OrganisationNames, read_filters, without_cues
from kg.search.filters import FilterSet, SearchFilter
from kg.search.fusion import FusionWeights, fuse
from kg.search.questions import asked_type, checked_type, goal_numbers
from kg.search.result import EntityAnswer, PassageHit, SearchResult

MAX_QUESTION_CHARS = 1000
MAX_K = 100
#: Candidates taken from each retriever before fusion.
DEPTH = 100
METHODS = ("hybrid", "dense", "bm25")
#: Answers kept for repeated questions (``KG_RESULT_CACHE``; 0 keeps none): a few tens of kB each.
RESULTS = 1024


def _load_entities(build_path: Path) -> list[Entity]:
    if not (build_path / "entities.jsonl").exists():
        return []
    from kg.entities import load_entities

    return load_entities(build_path)


def dense_text(question: str) -> str:
    """What is embedded for a question: an English one gets its glossary's Norwegian terms in brackets.

    The multilingual model places an English question near English-like text; with the
    Norwegian terms beside it the vector moves toward the Norwegian passages (on the dev and
    tuning questions English top-5 went from 0.81 to 0.86, Norwegian questions are unchanged).
    """
    terms = norwegian_terms(question)
    return f"{question} ({terms})" if terms else question


def validate_question(question: str) -> str:
    """The stripped question, or a :class:`QueryError` saying why it cannot be searched."""
    q = " ".join(question.split())
    if not q or not any(ch.isalnum() for ch in q):
        raise EmptyQueryError("the question is empty: write a question in Norwegian or English")
    if len(q) > MAX_QUESTION_CHARS:
        raise QueryTooLongError(f"the question is {len(q)} characters long; at most {MAX_QUESTION_CHARS} are accepted")
    return q


class Searcher:
    """Hybrid (dense + BM25) passage search with typed entity answers over one build."""

    def __init__(self, index: SearchIndex, passages: dict[str, Passage], entities: list[Entity],
                 weights: FusionWeights | None = None, queries: Embedder | None = None, results: int = 0,
                 facets: Mapping[str, DocumentFacets] | None = None) -> None:
        self.index = index
        self.passages = passages
        self.catalogue = EntityCatalogue.of(entities, passages)
        self.weights = weights or FusionWeights()
        #: Each document's facets by id and by file name (empty: no filter matches, none is read).
        self.facets: Mapping[str, DocumentFacets] = facets or {}
        self.organisations = OrganisationNames.of(self.facets.values(), entities)
        self._queries = queries
        self._labels: tuple[list[str], np.ndarray] | None = None
        #: The last ``results`` answers by (question, type asked for, k, filters): a build's answers never change.
        self.results: LRUCache[tuple[object, ...], SearchResult] = LRUCache(results)
        #: How many indexed passages recent hiding filters keep (a pass over every passage otherwise).
        self._kept: LRUCache[FilterSet, int] = LRUCache(256)

    @property
    def queries(self) -> Embedder:
        """What embeds questions: the index's model behind the process's shared query cache and batcher."""
        return self._queries or query_embedder(self.index.embedder)

    @classmethod
    def load(cls, build_path: Path) -> Searcher:
        """Open a build folder (``Build.path``): index, passages, entities and the embedding model.

        The searcher keeps the answers to the last ``KG_RESULT_CACHE`` (default :data:`RESULTS`) questions.
        """
        build = Build(build_path)
        index = SearchIndex.load(build.path / INDEX_DIR)
        passages = {p.id: p for p in build.passages()}
        searcher = cls(index, passages, _load_entities(build.path),
                       results=int(os.environ.get("KG_RESULT_CACHE", RESULTS)),
                       facets=facets_by_doc(build.documents()))
        searcher.warm_up()
        return searcher

    def warm_up(self) -> None:
        """Load the model, the lexicon, the label vectors and first-call paths now, not on the first question."""
        self.rank("fosterhjem tilskudd evaluering")
        self._label_similarity(self.queries.embed_queries(["fosterhjem"])[0])

    def _label_similarity(self, vector: np.ndarray) -> dict[str, float]:
        """Cosine of the question to every entity label (labels embedded once, as queries: short to short)."""
        if self._labels is None:
            iris = list(self.catalogue.by_iri)
            labels = [self.catalogue.by_iri[i].label for i in iris]
            # Straight to the model: once per build, and the labels would push the questions out of the cache.
            vectors = self.index.embedder.embed_queries(labels) if labels else np.zeros((0, 1), np.float32)
            self._labels = (iris, vectors)
        iris, vectors = self._labels
        return dict(zip(iris, (vectors @ vector).tolist(), strict=True)) if iris else {}

    def rank(self, question: str, method: str = "hybrid", depth: int = DEPTH) -> list[tuple[str, float]]:
        """``(passage id, score)`` best first, by ``method``: hybrid, dense or bm25."""
        return self.rankings(question, depth, (method,))[method]

    def rankings(self, question: str, depth: int = DEPTH, methods: tuple[str, ...] = METHODS,
                 vector: np.ndarray | None = None,
                 filters: FilterSet | None = None) -> dict[str, list[tuple[str, float]]]:
        """The rankings of several methods from one query embedding (for evaluation and tuning).

        With ``filters``, BM25 scores the question without the words of the preferences that some document
        matches (:func:`~kg.search.filter_cues.without_cues`); the embedding is of the whole question (without
        the years and names it ranked lower on the questions naming them, docs/search.md).
        """
        dense: list[tuple[int, float]] = []
        lexical: list[tuple[int, float]] = []
        if "hybrid" in methods or "dense" in methods:
            if vector is None:
                vector = self.queries.embed_queries([dense_text(question)])[0]
            dense = self.index.dense_scores(vector, depth)
        if "hybrid" in methods or "bm25" in methods:
            lexical = self.index.lexical_scores(self.lexical_words(question, filters), depth)
        rows = {"dense": dense, "bm25": lexical}
        if "hybrid" in methods:
            rows["hybrid"] = fuse(dense, lexical, self.weights.for_question(is_english(question)))
        return {m: [(self.index.ids[r], s) for r, s in rows[m]] for m in methods}

    def filters(self, question: str, requested: tuple[SearchFilter, ...] = (),
                ignore: frozenset[str] = frozenset()) -> FilterSet:
        """The request's filters (organisations widened to all their names) and those read from the question,
        less any named in ``ignore`` or given with the request (the request's value wins)."""
        given = tuple(self.organisations.resolve(f) if f.name == "organisation" else f for f in requested)
        named = {f.name for f in given} | ignore
        read = tuple(f for f in read_filters(question, self.organisations) if f.name not in named)
        return FilterSet(given + read)

    def lexical_words(self, question: str, filters: FilterSet | None) -> str:
        """What BM25 scores: the question less the words of the preferences some document matches."""
        if filters is None:
            return question
        return without_cues(question, [f for f in filters.preferring if self.matches_any(f)])

    def matches_any(self, f: SearchFilter) -> bool:
        """Whether some document of the build matches ``f``."""
        return any(f.matches(d) for d in self.facets.values())

    def _doc_facets(self, pid: str) -> DocumentFacets | None:
        return self.facets.get(self.passages[pid].doc)

    def _depth(self, filters: FilterSet) -> int:
        """Candidates per retriever: deeper when filters hide documents, so k of theirs are still found."""
        if not filters.hiding:
            return DEPTH
        total = len(self.index.ids)
        hiding = FilterSet(filters.hiding)
        kept = self._kept.get(hiding)
        if kept is None:
            kept = sum(1 for pid in self.index.ids if hiding.admits(self._doc_facets(pid)))
            self._kept.put(hiding, kept)
        return min(total, math.ceil(DEPTH * total / kept)) if kept else 0

    def apply(self, ranked: list[tuple[str, float]], filters: FilterSet) -> list[tuple[str, float]]:
        """``ranked`` without hidden documents' passages, preferred documents' passages first (order kept)."""
        if not filters.filters:
            return ranked
        kept = [(pid, s) for pid, s in ranked if filters.admits(self._doc_facets(pid))]
        if not filters.preferring:
            return kept
        first = [x for x in kept if filters.prefers(self._doc_facets(x[0]))]
        return first + [x for x in kept if not filters.prefers(self._doc_facets(x[0]))] if first else kept

    def search(self, question: str, type: str | None = None, k: int = 10,
               filters: tuple[SearchFilter, ...] = (), ignore: frozenset[str] = frozenset()) -> SearchResult:
        """Passages and entity answers for ``question``; ``type`` overrides the type read from it.

        ``filters`` (see :func:`kg.search.filters.requested_filters`) hide other documents; filters read from
        the question rank their documents first, unless their name is in ``ignore``.
        """
        q = validate_question(question)
        k = max(1, min(k, MAX_K))
        given = checked_type(type)
        active = self.filters(q, filters, ignore)
        key = (q, given, k, active.key())
        kept = self.results.get(key)
        if kept is not None:
            return kept
        type_ = given or asked_type(q)
        vector = self.queries.embed_queries([dense_text(q)])[0]
        plain, cued = self._hybrid(q, vector, active)
        hits = [self._hit(pid, score) for pid, score in self.apply(cued, active)[:k]]
        terms = set(analyse(q))
        # Entities score from the plain ranking: what the question names reorders answers, never rescores them.
        entities = answers(self.catalogue, self.apply(plain, FilterSet(active.hiding)), type_, k, self.passages,
                           terms, goal_numbers(q), self._label_similarity(vector))
        result = SearchResult(q, type_, tuple(hits), self._entities(entities, active), active.as_json())
        self.results.put(key, result)
        return result

    def _hybrid(self, q: str, vector: np.ndarray,
                filters: FilterSet) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """The fused ranking of the whole question, and of it with BM25 less the words that named filters."""
        depth = self._depth(filters)
        if not depth:
            return [], []
        dense = self.index.dense_scores(vector, depth)
        weights = self.weights.for_question(is_english(q))

        def fused(words: str) -> list[tuple[str, float]]:
            return [(self.index.ids[r], s) for r, s in fuse(dense, self.index.lexical_scores(words, depth), weights)]

        plain = fused(q)
        words = self.lexical_words(q, filters)
        return plain, plain if words == q else fused(words)

    def _entities(self, found: tuple[EntityAnswer, ...], filters: FilterSet) -> tuple[EntityAnswer, ...]:
        """Entity answers with their documents' facets, only those read from an admitted document, preferred
        documents' entities first."""
        out: list[tuple[EntityAnswer, bool]] = []
        for e in found:
            docs = facets_of([s.doc for s in self.catalogue.by_iri[e.iri].sources], self.facets)
            if filters.hiding:
                docs = [d for d in docs if filters.admits(d)]
                if not docs:
                    continue
                e = e.citing({d.name for d in docs})
            out.append((e.with_documents(tuple(docs)), any(filters.prefers(d) for d in docs)))
        if filters.preferring and any(preferred for _, preferred in out):
            out.sort(key=lambda x: not x[1])
        return tuple(e for e, _ in out)

    def _hit(self, pid: str, score: float) -> PassageHit:
        p = self.passages[pid]
        return PassageHit(p.id, p.doc_name, p.page, p.section.as_json(), p.start, p.end,
                          p.text, score, self.facets.get(p.doc))
