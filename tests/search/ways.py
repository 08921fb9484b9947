"""Search the same questions three ways: one at a time straight to the model, all at once through the query
batcher, and again through its cache. Used by the tiny-build and the full-corpus tests."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from index.embeddings.queries import QueryEmbedder, QuerySettings
from index.store import INDEX_DIR, SearchIndex
from kg.artefacts import Build
from kg.entities import load_entities
from kg.search import Searcher

Answer = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class ThreeWays:
    alone: list[Answer]
    batched: list[Answer]
    cached: list[Answer]
    batches: int
    cache_hits: int


def _answer(searcher: Searcher, question: str) -> Answer:
    result = searcher.search(question, k=10)
    return tuple(p.id for p in result.passages), tuple(e.iri for e in result.entities)


def three_ways(build: Build, questions: list[str]) -> ThreeWays:
    """Answers (passage ids, entity IRIs) of ``questions`` each way, with the batch count and cache hits."""
    index = SearchIndex.load(build.path / INDEX_DIR)
    passages = {p.id: p for p in build.passages()}
    entities = load_entities(build.path)
    alone = Searcher(index, passages, entities, queries=QueryEmbedder(index.embedder, QuerySettings(0, 0)))
    # A batch waits up to two seconds for company: the questions, asked at once, share one or two batches.
    shared = QueryEmbedder(index.embedder, QuerySettings(cache_size=len(questions), batch_size=len(questions),
                                                         wait_ms=2000, workers=1))
    together = Searcher(index, passages, entities, queries=shared)
    together.warm_up()  # two questions (the label vectors, before the questions race to make them)
    try:
        batched: list[Answer | None] = [None] * len(questions)
        start = threading.Barrier(len(questions))

        def ask(i: int) -> None:
            start.wait()
            batched[i] = _answer(together, questions[i])

        threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(questions))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        cached = [_answer(together, q) for q in questions]
        assert shared.batcher is not None and shared.cache is not None
        return ThreeWays([_answer(alone, q) for q in questions], [a for a in batched if a is not None], cached,
                         shared.batcher.batches, shared.cache.hits)
    finally:
        shared.close()
