"""Contract of a lexical index: analysed terms in, one score per indexed passage out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

import numpy as np


class LexicalIndex(ABC):
    """Scores every indexed text (rows 0..count-1) against a question."""

    count: int

    @classmethod
    @abstractmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        """An index over ``texts`` analysed as Norwegian."""

    @abstractmethod
    def scores(self, question: str) -> np.ndarray:
        """``(count,)`` float32 scores, higher is better, 0 where no term matches."""

    @abstractmethod
    def save(self, folder: Path) -> None: ...

    @classmethod
    @abstractmethod
    def load(cls, folder: Path) -> LexicalIndex: ...
