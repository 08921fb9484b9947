"""The bounded least-recently-used map under the question-vector and answer caches."""

from __future__ import annotations

import threading

from kg.lru import LRUCache


def test_the_least_recently_used_entry_goes_first() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "b" is now the least recently used
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c"), len(cache)) == (1, None, 3, 2)
    cache.put("a", 10)  # a new value, not a new entry
    assert (cache.get("a"), len(cache)) == (10, 2)
    assert (cache.hits, cache.misses) == (4, 1)


def test_size_zero_keeps_nothing() -> None:
    cache: LRUCache[str, int] = LRUCache(0)
    cache.put("a", 1)
    assert cache.get("a") is None and len(cache) == 0


def test_threads_sharing_it_never_overfill_it() -> None:
    cache: LRUCache[int, int] = LRUCache(50)

    def fill(offset: int) -> None:
        for i in range(2000):
            cache.put(offset + i % 200, i)
            cache.get(offset + (i * 7) % 200)

    threads = [threading.Thread(target=fill, args=(n * 1000,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(cache) == 50 and cache.hits + cache.misses == 8 * 2000
