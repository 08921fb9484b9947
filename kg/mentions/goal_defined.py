"""A goal named short on its line and worded in the sentence below it.

*Effektmål 1 – Barn og unge ute* over *Effektmålet lyder: Barn og unge får gode naturopplevelser …*,
*Brukermålet – Veiledning som treffer* over *Brukermålet er at kommuner og frivillige organisasjoner …*,
*Effektmål 2 – Arealer for friluftsliv* over *Det andre effektmålet er at kommunene sikrer …*: the line gives the
goal's level and number, the sentence (of the same level, before the next goal) its wording, which becomes the
goal's title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from kg.mentions.goal_sentences import CLAUSE_CHAR, CLAUSE_END
from kg.mentions.text import clean

ORDINALS = {"første": "1", "andre": "2", "annet": "2", "tredje": "3", "fjerde": "4", "femte": "5"}
DEFINING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?P<word>[A-ZÆØÅ][a-zæøå]*mål)et|Det\s+(?P<ordinal>"
                      + "|".join(ORDINALS) + r")\s+(?P<word2>[a-zæøå]*mål)et)\s+(?:lyder|er)\s*(?::\s*|\s+at\s+)"
                      r"(?P<title>" + CLAUSE_CHAR + r"{10,300}?)" + CLAUSE_END)
SHORT = 5  # words: a name, not a goal's wording
WINDOW = 600


class Stated(Protocol):
    """A goal statement as this rule reads it (frozen: replaced, not changed)."""

    @property
    def level(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def style(self) -> str: ...


S = TypeVar("S", bound=Stated)


def defined_titles(statements: list[S], text: str) -> list[S]:
    """The statements, a goal named short on its line given the wording the sentence below it states."""
    out = []
    for i, s in enumerate(statements):
        stop = min(statements[i + 1].start if i + 1 < len(statements) else len(text), s.end + WINDOW)
        m = DEFINING.search(text, s.end, stop) if s.style == "line" and len(s.title.split()) <= SHORT else None
        if m is not None and (m.group("word") or m.group("word2")).lower() == s.level and (
                not m.group("ordinal") or ORDINALS[m.group("ordinal")] == s.number):
            title = clean(m.group("title"))
            s = replace(s, title=title[:1].upper() + title[1:], end=m.end())  # type: ignore[type-var]
        out.append(s)
    return out
