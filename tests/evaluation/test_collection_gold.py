"""The collection gold sets are well-formed: one gold file per document, metadata first, every reference resolves."""

from __future__ import annotations

import pytest

from kg.evaluation.collection import ROWS, load_gold_folder
from kg.evaluation.gold import COLLECTION_SETS

KINDS = {"årsrapport", "tildelingsbrev", "evaluering", "pressemelding", "nyhet", "strategi", "ukjent"}


@pytest.mark.parametrize("name", sorted(COLLECTION_SETS))
def test_every_document_has_gold_and_every_reference_resolves(name: str) -> None:
    docs_folder, gold_folder, _ = COLLECTION_SETS[name]
    golds, pairs = load_gold_folder(gold_folder)
    assert sorted(g.doc for g in golds) == sorted(p.name for p in docs_folder.glob("*.txt"))
    ids = set()
    for g in golds:
        assert g.meta["kind"] in KINDS and isinstance(g.meta["year"], int), g.doc
        for r in g.records:
            assert r["type"] in (*ROWS, "Evaluation"), (g.doc, r)
            if r.get("id"):
                assert (g.doc, r["id"]) not in ids, (g.doc, r["id"])
                ids.add((g.doc, r["id"]))
        local = {i for d, i in ids if d == g.doc}
        for r in g.records:
            refs = [r.get("broader"), r.get("goal"), *(r.get("goals") or [])]
            assert all(ref in local for ref in refs if ref), (g.doc, r)
    for p in pairs:
        assert (p["a"]["doc"], p["a"]["id"]) in ids and (p["b"]["doc"], p["b"]["id"]) in ids, p
