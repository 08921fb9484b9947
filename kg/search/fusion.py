"""Fusion of ranked lists: weighted reciprocal rank fusion (RRF).

``score(d) = sum_m w_m / (k + rank_m(d))`` with ranks from 1. Weights and ``k``
were tuned on the dev questions (``tests/gold/questions.jsonl``, see docs/retrieval-experiments.md) and
then on those and the independently written tuning questions together: BM25 at
0.2–0.3 of the dense weight and a small ``k`` (top ranks decide) lay on a plateau,
0.3 best on both sets' Norwegian questions; from 0.5 up Norwegian R@5 fell. English questions are the exception:
BM25 reaches them only through the glossary of Norwegian equivalents
(:mod:`index.lexical.glossary`), whose domain terms are precise, and there a lexical
weight of 0.5 lifted English R@5 from 0.71 to 0.94 on the dev set without touching
the Norwegian questions. With the broader glossary and the tuning questions
(``questions_tuning.jsonl``) English R@5 lay on a plateau from 0.5 to 1.0; 0.75 is its middle.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FusionWeights:
    """RRF weights of the dense and lexical lists and the rank constant."""

    dense: float = 1.0
    lexical: float = 0.3
    k: int = 5
    lexical_english: float = 0.75

    def for_question(self, english: bool) -> FusionWeights:
        """The weights to fuse with for a Norwegian or an English question."""
        return FusionWeights(self.dense, self.lexical_english, self.k, self.lexical_english) if english else self


def fuse(dense: list[tuple[int, float]], lexical: list[tuple[int, float]],
         weights: FusionWeights = FusionWeights()) -> list[tuple[int, float]]:
    """Rows of both lists ranked by weighted RRF, best first, as ``(row, fused score)``."""
    scores: dict[int, float] = {}
    for rows, w in ((dense, weights.dense), (lexical, weights.lexical)):
        for rank, (row, _) in enumerate(rows, start=1):
            scores[row] = scores.get(row, 0.0) + w / (weights.k + rank)
    return sorted(scores.items(), key=lambda x: (-x[1], x[0]))
