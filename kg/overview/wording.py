"""Word-level differences between two wordings of the same goal, parameter, assignment or scheme."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class Piece:
    """A run of words both wordings share (``same``), or that only the first (``removed``) or the second
    (``added``) has."""

    op: str
    text: str

    def as_json(self) -> dict[str, str]:
        return {"op": self.op, "text": self.text}


def _key(word: str) -> str:
    # Capitals and trailing punctuation do not make a new wording: "barn og unge" = "Barn og unge,".
    return _EDGE.sub("", word).casefold() or word


def words(text: str) -> list[str]:
    """The words of a wording, as printed (line wraps and hyphenated breaks joined)."""
    return _WORD.findall(re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text))


def same_wording(a: str, b: str) -> bool:
    """Whether two wordings have the same words in the same order (case and punctuation aside)."""
    return [_key(w) for w in words(a)] == [_key(w) for w in words(b)]


def word_diff(a: str, b: str) -> list[Piece]:
    """How wording ``a`` became ``b``, word by word: runs of shared, removed and added words, in order."""
    wa, wb = words(a), words(b)
    matcher = SequenceMatcher(a=[_key(w) for w in wa], b=[_key(w) for w in wb], autojunk=False)
    out: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(Piece("same", " ".join(wb[j1:j2])))
            continue
        if i2 > i1:
            out.append(Piece("removed", " ".join(wa[i1:i2])))
        if j2 > j1:
            out.append(Piece("added", " ".join(wb[j1:j2])))
    return out
