"""Cleaned text that remembers, character by character, where it came from."""

from __future__ import annotations

import re

from kg.passages.base import OffsetMap

# Words after which a line-final hyphen is a suspended compound ("barne- og ungdoms-"), not a split word.
CONJUNCTIONS = {"og", "eller", "samt", "til", "enn", "and", "or"}
TERMINAL = re.compile(r"[.!?:;]$")


class CleanTextBuilder:
    """Appends verbatim slices of the original and synthetic joiners, tracking offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.segments: list[list[int]] = []
        self.length = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def tail(self, n: int = 2) -> str:
        return self.text[-n:] if self.parts else ""

    def add(self, start: int, end: int) -> None:
        """Append ``original[start:end]`` verbatim."""
        if end <= start:
            return
        piece = self.original[start:end]
        if self.segments and self.segments[-1][1] + self.segments[-1][2] == start and (
            self.segments[-1][0] + self.segments[-1][2] == self.length
        ):
            self.segments[-1][2] += len(piece)
        else:
            self.segments.append([self.length, start, len(piece)])
        self.parts.append(piece)
        self.length += len(piece)

    def sep(self, joiner: str) -> None:
        """Append text that clean-up inserts (a joining space or newline)."""
        if joiner:
            self.parts.append(joiner)
            self.length += len(joiner)

    def _drop_last_char(self) -> None:
        self.parts[-1] = self.parts[-1][:-1]
        self.segments[-1][2] -= 1
        self.length -= 1

    def add_line(self, start: int, end: int, wrapped: bool = True) -> None:
        """Append a line, joining it to what came before as PDF line wraps require.

        A word split at a line end (``barneverns-`` + ``tjenesten``) is re-joined;
        a dash between numbers (``2018–`` + ``2024``) and a suspended compound
        (``barne-`` + ``og``) keep their dash.
        """
        if not self.parts:
            self.add(start, end)
            return
        line = self.original[start:end]
        prev = self.tail(2)
        first_word = line.split(" ", 1)[0].lower()
        if prev.endswith("-") and len(prev) == 2 and prev[0].islower() and line[:1].islower():
            if first_word in CONJUNCTIONS:
                self.sep(" ")
            else:
                self._drop_last_char()
        elif prev.endswith(("-", "–", "/")) and first_word not in CONJUNCTIONS:
            pass
        else:
            self.sep(" " if wrapped else "\n")
        self.add(start, end)

    def build(self) -> tuple[str, OffsetMap]:
        """The cleaned text and its map back to the original."""
        return self.text, OffsetMap(tuple((c, o, n) for c, o, n in self.segments if n > 0))
