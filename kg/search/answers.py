"""Typed answers: ranked graph entities derived from the passages a question hit, plus their neighbours.

An entity scores by the passages it was read from among the hits (the best
one counts fully, further ones add less), damped for entities named in many
passages (the agency itself is in every hit but answers little), and an entity of another type that
was hit passes part of its score along its links (a hit goal leads to the
evaluations that are about it). Citations prefer the hit passages.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from kg.entities.base import TYPES, Entity, Source
from kg.mentions.text import QUOTES
from kg.passages.base import Passage
from kg.search.result import Citation, EntityAnswer
from kg.search.snippets import snippet

#: How many fused passages may contribute entities.
HIT_DEPTH = 30
EXTRA_PASSAGE_WEIGHT = 0.35
NEIGHBOUR_WEIGHT = 0.5
MAX_CITATIONS = 5
LABEL_FLOOR = 0.75
#: Types whose labels name a topic; an organisation's name says nothing about what it did.
TOPICAL = frozenset(TYPES) - {"Organisation", "BudgetPost"}


@dataclass(frozen=True)
class EntityCatalogue:
    """Entities of a build with lookups by IRI and by source passage."""

    by_iri: dict[str, Entity]
    by_passage: dict[str, tuple[Entity, ...]]
    spread: dict[str, int]

    @classmethod
    def of(cls, entities: list[Entity], passages: dict[str, Passage] | None = None) -> EntityCatalogue:
        """Index ``entities``; one read from a heading, or from a section whose title names it, also
        belongs to the passages of that section: headings are not searched themselves, and a section
        titled by a measure is about that measure throughout."""
        passages = passages or {}
        sections: dict[tuple[str, str | None, tuple[str, ...]], list[str]] = defaultdict(list)
        for q in passages.values():
            if q.kind != "heading":
                sections[(q.doc, q.section.number, q.section.path)].append(q.id)
        by_passage: dict[str, list[Entity]] = defaultdict(list)
        for e in entities:
            pids: dict[str, None] = {}
            for src in e.sources:
                pids[src.passage] = None
                p = passages.get(src.passage)
                if p is not None and (p.kind == "heading" or _names(p.section.title, e.label)):
                    pids.update(dict.fromkeys(sections[(p.doc, p.section.number, p.section.path)]))
            for pid in pids:
                by_passage[pid].append(e)
        spread = {e.iri: len({s.passage for s in e.sources}) for e in entities}
        return cls({e.iri: e for e in entities}, {k: tuple(v) for k, v in by_passage.items()}, spread)

    def specificity(self, iri: str) -> float:
        """1 for an entity read from one passage, less for one named everywhere (the agency itself)."""
        return 1.0 / (1.0 + math.log(max(self.spread.get(iri, 1), 1)))


def _names(title: str | None, label: str) -> bool:
    """Whether a section title names ``label`` as a whole phrase."""
    phrase = label.strip(QUOTES).lower()
    return bool(title and len(phrase) > 2
                and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", title.lower()))


def named_goals(catalogue: EntityCatalogue, numbers: tuple[str, ...]) -> list[Entity]:
    """Goal entities whose label starts with "Mål N" / "Goal N" for a number the question names."""
    if not numbers:
        return []
    pattern = re.compile(rf"^(?:mål|goal)\s+(?:{'|'.join(numbers)})\b", re.IGNORECASE)
    return [e for e in catalogue.by_iri.values() if e.type == "Goal" and pattern.match(e.label)]


def rank_entities(catalogue: EntityCatalogue, hits: list[tuple[str, float]], type_: str | None,
                  k: int, goals: tuple[str, ...] = (),
                  label_similarity: dict[str, float] | None = None) -> list[tuple[Entity, float]]:
    """Entities of ``type_`` (any type if ``None``) scored from ``(passage id, score)`` hits, best first.

    A goal the question names by number ("mål 7") counts as a top hit, so its
    steering parameters, evaluations and measures follow from its links.
    """
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
        scores[iri] = (ws[0] + EXTRA_PASSAGE_WEIGHT * sum(ws[1:4])) * catalogue.specificity(iri)
    for goal in named_goals(catalogue, goals):
        scores[goal.iri] = max(scores.get(goal.iri, 0.0), 1.0 / NEIGHBOUR_WEIGHT)
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
    if label_similarity and len(ranked) > 1 and (type_ is None or type_ in TOPICAL):
        sims = [label_similarity.get(e.iri, 0.0) for e, _ in ranked]
        lo, hi = min(sims), max(sims)
        if hi > lo:
            # Among candidates, the label closest to the question in meaning keeps its full score, the
            # farthest keeps LABEL_FLOOR of it: a measure named after the question's topic beats one
            # that merely sits in a hit passage.
            ranked = [(e, s * (LABEL_FLOOR + (1 - LABEL_FLOOR) * (sim - lo) / (hi - lo)))
                      for (e, s), sim in zip(ranked, sims, strict=True)]
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
            passages: dict[str, Passage], terms: set[str], goals: tuple[str, ...] = (),
            label_similarity: dict[str, float] | None = None) -> tuple[EntityAnswer, ...]:
    """Ranked entity answers with citations."""
    hit_rank = {pid: i for i, (pid, _) in enumerate(hits)}
    return tuple(EntityAnswer(e.iri, e.type, e.label, score, citations(e, hit_rank, passages, terms))
                 for e, score in rank_entities(catalogue, hits, type_, k, goals, label_similarity))
