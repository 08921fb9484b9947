"""Query embeddings for serving: the LRU cache, the batcher (with a recording embedder) and the real model."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

import numpy as np
import pytest

from index.embeddings import Embedder, EmbeddingConfig, create_embedder
from index.embeddings.queries import QueryBatcher, QueryCache, QueryEmbedder, QuerySettings, query_embedder
from kg.evaluation.retrieval import load_questions
from kg.search.searcher import dense_text

DIM = 4


class Recording(Embedder):
    """A stand-in model for the code around it: a text's vector is a function of the text; every call is kept.

    ``gate`` (when set) holds each call until the test opens it, so requests can queue up meanwhile.
    """

    model_id, dim, backend = "recording", DIM, "test"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.threads: set[str] = set()
        self.gate: threading.Event | None = None
        self.entered = threading.Event()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        raise AssertionError("queries only")

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        self.threads.add(threading.current_thread().name)
        self.entered.set()
        if self.gate is not None:
            self.gate.wait(10)
        if "boom" in texts:
            raise ValueError("the model failed")
        return np.array([[len(t), t.count("a"), t.count("e"), 1.0] for t in texts], dtype=np.float32)


@pytest.fixture
def model() -> Recording:
    return Recording()


@pytest.fixture
def batcher(model: Recording) -> Iterator[QueryBatcher]:
    b = QueryBatcher(model.embed_queries, max_batch=8, wait_s=0.0, chunk=100)
    yield b
    b.close()


def test_cache_returns_copies_evicts_the_least_recently_used_and_keys_by_model() -> None:
    cache = QueryCache(2)
    cache.put("m", "a", np.ones(DIM, np.float32))
    cache.put("m", "b", np.full(DIM, 2, np.float32))
    got = cache.get("m", "a")
    assert got is not None and got.tolist() == [1.0] * DIM
    got[:] = 9  # a caller's change stays the caller's
    assert cache.get("m", "a").tolist() == [1.0] * DIM  # type: ignore[union-attr]
    cache.put("m", "c", np.full(DIM, 3, np.float32))  # "b" is now the least recently used
    assert cache.get("m", "b") is None and cache.get("m", "c") is not None and len(cache) == 2
    assert cache.get("other-model", "a") is None
    assert (cache.hits, cache.misses) == (3, 2)


def test_waiting_requests_share_one_call_and_get_their_own_rows(model: Recording, batcher: QueryBatcher) -> None:
    model.gate = threading.Event()
    first = batcher.submit(["held"])
    assert model.entered.wait(5)  # the batcher is busy with the first request; the next ones queue up
    waiting = [batcher.submit([t]) for t in ("aa", "e", "aa", "ae")] + [batcher.submit(["x", "aaa"])]
    model.gate.set()
    assert first.result(5).tolist() == [[4, 0, 1, 1]]
    assert [f.result(5).tolist() for f in waiting] == [[[2, 2, 0, 1]], [[1, 0, 1, 1]], [[2, 2, 0, 1]],
                                                       [[2, 1, 1, 1]], [[1, 0, 0, 1], [3, 3, 0, 1]]]
    assert model.calls == [["held"], ["e", "x", "aa", "ae", "aaa"]]  # once each, shortest first
    assert model.threads == {"kg-query-batcher"} and batcher.batches == 2


def test_a_batch_stops_at_its_size_and_the_rest_forms_the_next(model: Recording, batcher: QueryBatcher) -> None:
    model.gate = threading.Event()
    first = batcher.submit(["held"])
    assert model.entered.wait(5)
    waiting = [batcher.submit([f"q{i}", f"r{i}", f"s{i}"]) for i in range(4)]
    model.gate.set()
    for f in [first, *waiting]:
        f.result(5)
    assert [len(c) for c in model.calls] == [1, 9, 3]  # whole requests: 3 + 3 + 3 reach 8, the fourth waits


def test_a_batch_goes_to_the_model_in_chunks_of_similar_length(model: Recording) -> None:
    chunked = QueryBatcher(model.embed_queries, max_batch=8, wait_s=0.0, chunk=2)
    try:
        vectors = chunked.embed(["aaaa", "e", "aaa", "ee", "a"])
    finally:
        chunked.close()
    assert model.calls == [["e", "a"], ["ee", "aaa"], ["aaaa"]]
    assert vectors[:, 0].tolist() == [4, 1, 3, 2, 1]  # rows in the order asked


def test_a_request_is_answered_as_soon_as_its_chunk_is(model: Recording) -> None:
    calls = 0
    busy, go, blocked, release = (threading.Event() for _ in range(4))

    def embed(texts: list[str]) -> np.ndarray:
        nonlocal calls
        calls += 1
        if calls == 1:  # holds the first batch while the next one queues
            busy.set()
            go.wait(5)
        if calls == 3:  # the long question's chunk
            blocked.set()
            release.wait(5)
        return model.embed_queries(texts)

    batcher = QueryBatcher(embed, max_batch=8, wait_s=0.0, chunk=1)
    try:
        batcher.submit(["held"])
        assert busy.wait(5)
        long, short = batcher.submit(["a long question"]), batcher.submit(["short"])
        go.set()
        assert blocked.wait(5)
        assert short.done() and not long.done()
        release.set()
        assert long.result(5).shape == short.result(5).shape == (1, DIM)
    finally:
        go.set()
        release.set()
        batcher.close()


def test_two_workers_embed_two_batches_side_by_side(model: Recording) -> None:
    model.gate = threading.Event()
    pair = QueryBatcher(model.embed_queries, max_batch=8, wait_s=0.0, workers=2)
    try:
        first = pair.submit(["held"])
        assert model.entered.wait(5)
        model.entered.clear()
        second = pair.submit(["also held"])  # the other worker takes it while the first is still busy
        assert model.entered.wait(5)
        model.gate.set()
        assert first.result(5).shape == second.result(5).shape == (1, DIM)
    finally:
        pair.close()
    assert model.threads == {"kg-query-batcher-0", "kg-query-batcher-1"}


def test_an_error_fails_its_batch_only(model: Recording, batcher: QueryBatcher) -> None:
    with pytest.raises(ValueError, match="model failed"):
        batcher.embed(["boom"])
    assert batcher.embed(["fine"]).shape == (1, DIM)


def test_the_batcher_waits_for_company_only_as_long_as_it_is_told(model: Recording) -> None:
    waiting = QueryBatcher(model.embed_queries, max_batch=3, wait_s=30.0)
    try:
        futures = [waiting.submit([t]) for t in ("a", "b", "c")]  # a full batch does not wait out the 30 s
        assert [f.result(5).shape for f in futures] == [(1, DIM)] * 3
        assert model.calls == [["a", "b", "c"]]
    finally:
        waiting.close()


def test_waiting_questions_are_taken_oldest_first(model: Recording) -> None:
    fifo = QueryBatcher(model.embed_queries, max_batch=3, wait_s=0.0, chunk=1)
    try:
        model.gate = threading.Event()
        first = fifo.submit(["held"])
        assert model.entered.wait(5)
        texts = [f"q{i:02d}" for i in range(12)]  # all of one length: the model gets them in batch order
        waiting = [fifo.submit([t]) for t in texts]
        model.gate.set()
        for f in [first, *waiting]:
            f.result(5)
    finally:
        fifo.close()
    assert [c[0] for c in model.calls[1:]] == texts  # batches of three, in the order the questions came


class Precise(Recording):
    """Records the precision each call asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.precisions: list[str] = []

    def embed_queries_in(self, texts: list[str], precision: str) -> np.ndarray:
        self.precisions.append(precision)
        return self.embed_queries(texts)


@pytest.mark.parametrize("batch", [0, 4])
def test_questions_are_embedded_in_the_precision_set(batch: int) -> None:
    model = Precise()
    for asked, resolved in (("fp32", "fp32"), ("bf16", "bf16")):
        queries = QueryEmbedder(model, QuerySettings(cache_size=0, batch_size=batch, precision=asked))
        try:
            queries.embed_queries(["a"])
        finally:
            queries.close()
        assert queries.precision == resolved and model.precisions[-1] == resolved
    assert QueryEmbedder(model, QuerySettings(batch_size=0)).precision in ("fp32", "bf16")  # auto: by the CPU


def test_query_embedder_embeds_only_what_the_cache_lacks(model: Recording) -> None:
    queries = QueryEmbedder(model, QuerySettings(cache_size=10, batch_size=4, wait_ms=0))
    try:
        first = queries.embed_queries(["aa", "e"])
        again = queries.embed_queries(["e", "new", "aa"])
        assert model.calls == [["e", "aa"], ["new"]]
        assert np.array_equal(again[[0, 2]], first[[1, 0]])
        with pytest.raises(AssertionError, match="queries only"):
            queries.embed_passages(["a"])
    finally:
        queries.close()


def test_without_cache_or_batcher_every_query_goes_to_the_model_in_the_callers_thread(model: Recording) -> None:
    queries = QueryEmbedder(model, QuerySettings(cache_size=0, batch_size=0))
    queries.embed_queries(["a"])
    queries.embed_queries(["a"])
    assert model.calls == [["a"], ["a"]] and model.threads == {threading.current_thread().name}


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_QUERY_CACHE", "0")
    monkeypatch.setenv("KG_QUERY_BATCH", "8")
    monkeypatch.setenv("KG_QUERY_BATCH_WAIT_MS", "1.5")
    monkeypatch.setenv("KG_QUERY_CHUNK", "4")
    monkeypatch.setenv("KG_QUERY_WORKERS", "3")
    monkeypatch.setenv("KG_QUERY_THREADS", "2")
    monkeypatch.setenv("KG_QUERY_PRECISION", "fp32")
    assert QuerySettings.from_env() == QuerySettings(cache_size=0, batch_size=8, wait_ms=1.5, chunk_size=4,
                                                     workers=3, threads=2, precision="fp32")
    monkeypatch.delenv("KG_QUERY_WORKERS")
    assert QuerySettings.from_env().workers == (os.cpu_count() or 1)  # a worker a core


def test_each_worker_multiplies_with_the_torch_threads_it_is_told() -> None:
    import torch

    class Counting(Recording):
        def embed_queries(self, texts: list[str]) -> np.ndarray:
            self.calls.append([str(torch.get_num_threads())])
            return super().embed_queries(texts)

    for threads in (2, 1):
        model = Counting()
        queries = QueryEmbedder(model, QuerySettings(cache_size=0, workers=1, threads=threads))
        queries.embed_queries(["a"])
        queries.close()
        assert model.calls[0] == [str(threads)]


def test_one_shared_query_embedder_per_model(model: Recording) -> None:
    shared = query_embedder(model)
    assert query_embedder(model) is shared and query_embedder(shared) is shared


def test_batched_vectors_of_the_real_model_match_one_at_a_time() -> None:
    real = create_embedder(EmbeddingConfig())
    texts = [dense_text(q.question) for q in load_questions()]
    alone = np.stack([real.embed_queries([t])[0] for t in texts])
    batcher = QueryBatcher(real.embed_queries, max_batch=len(texts), wait_s=0.0, chunk=8)
    try:
        together = batcher.embed(texts)
    finally:
        batcher.close()
    assert together.shape == alone.shape
    assert float((together * alone).sum(axis=1).min()) >= 0.9999


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_a_question_gets_the_same_vector_bits_alone_and_in_any_batch(precision: str) -> None:
    real = create_embedder(EmbeddingConfig())
    texts = [dense_text(q.question) for q in load_questions()][:40]
    alone = np.concatenate([real.embed_queries_in([t], precision) for t in texts])
    for size in (3, 8, 40):
        batched = np.concatenate([real.embed_queries_in(texts[i : i + size], precision)
                                  for i in range(0, len(texts), size)])
        assert np.array_equal(alone, batched), size


def test_bf16_question_vectors_of_the_real_model_match_fp32() -> None:
    real = create_embedder(EmbeddingConfig())
    texts = [dense_text(q.question) for q in load_questions()]
    fp32 = real.embed_queries_in(texts, "fp32")
    bf16 = np.concatenate([real.embed_queries_in(texts[i : i + 4], "bf16") for i in range(0, len(texts), 4)])
    assert np.array_equal(fp32, real.embed_queries(texts))
    assert float((fp32 * bf16).sum(axis=1).min()) >= 0.9999
