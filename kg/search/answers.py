"""Typed answers: ranked graph entities derived from the passages a question hit, plus their neighbours.

An entity scores by the passages it was read from among the hits (the best
one counts fully, further ones add less), and an entity of another type that
was hit passes part of its score along its links (a hit goal leads to the
evaluations that are about it). Citations prefer the hit passages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.entities.base import Entity, Source
from kg.passages.base import Passage
from kg.search.result import Citation, EntityAnswer
from kg.search.snippets import snippet

#: How many fused passages may contribute entities.
HIT_DEPTH = 30
EXTRA_PASSAGE_WEIGHT = 0.35
NEIGHBOUR_WEIGHT = 0.5
MAX_CITATIONS = 5


@dataclass(frozen=True)
class EntityCatalogue:
    """Entities of a build with lookups by IRI and by source passage."""

    by_iri: dict[str, Entity]
    by_passage: dict[str, tuple[Entity, ...]]

    @classmethod
    def of(cls, entities: list[Entity]) -> EntityCatalogue:
        by_passage: dict[str, list[Entity]] = defaultdict(list)
        for e in entities:
            for pid in dict.fromkeys(s.passage for s in e.sources):
                by_passage[pid].append(e)
        return cls({e.iri: e for e in entities}, {k: tuple(v) for k, v in by_passage.items()})


def rank_entities(catalogue: EntityCatalogue, hits: list[tuple[str, float]], type_: str | None,
                  k: int) -> list[tuple[Entity, float]]:
    """Entities of ``type_`` (any type if ``None``) scored from ``(passage id, score)`` hits, best first."""
    if not hits:
        return []
    top = hits[0][1] or 1.0
    direct: dict[str, list[float]] = defaultdict(list)
    for pid, score in hits[:HIT_DEPTH]:
        for e in catalogue.by_passage.get(pid, ()):
            direct[e.iri].append(score / top)
    scores: dict[str, float] = {}
    for iri, ws in direct.items():
        ws.sort(reverse=True)
        scores[iri] = ws[0] + EXTRA_PASSAGE_WEIGHT * sum(ws[1:4])
    if type_ is not None:
        for iri, s in list(scores.items()):
            source = catalogue.by_iri[iri]
            if source.type == type_:
                continue
            for link in source.links:
                if link.target_type == type_ and link.target in catalogue.by_iri:
                    scores[link.target] = scores.get(link.target, 0.0) + NEIGHBOUR_WEIGHT * s
    ranked = [(catalogue.by_iri[i], s) for i, s in scores.items()
              if type_ is None or catalogue.by_iri[i].type == type_]
    ranked.sort(key=lambda x: (-x[1], x[0].label))
    return ranked[:k]


def citations(entity: Entity, hit_rank: dict[str, int], passages: dict[str, Passage],
              terms: set[str]) -> tuple[Citation, ...]:
    """An entity's sources as citations, those in hit passages first (in hit order)."""
    ordered = sorted(entity.sources, key=lambda s: (hit_rank.get(s.passage, len(hit_rank) + 1), s.start))
    seen: set[tuple[str, int]] = set()
    out: list[Citation] = []
    for s in ordered:
        if (s.passage, s.start) in seen:
            continue
        seen.add((s.passage, s.start))
        out.append(_citation(s, passages.get(s.passage), terms))
        if len(out) == MAX_CITATIONS:
            break
    return tuple(out)


def _citation(s: Source, p: Passage | None, terms: set[str]) -> Citation:
    section = {"number": s.section_number, "title": s.section_title, "path": list(s.section_path)}
    text = snippet(p, terms, (s.start, s.end)) if p is not None else s.text
    return Citation(s.passage, s.doc, s.page, section, s.start, s.end, text)


def answers(catalogue: EntityCatalogue, hits: list[tuple[str, float]], type_: str | None, k: int,
            passages: dict[str, Passage], terms: set[str]) -> tuple[EntityAnswer, ...]:
    """Ranked entity answers with citations."""
    hit_rank = {pid: i for i, (pid, _) in enumerate(hits)}
    return tuple(EntityAnswer(e.iri, e.type, e.label, score, citations(e, hit_rank, passages, terms))
                 for e, score in rank_entities(catalogue, hits, type_, k))
