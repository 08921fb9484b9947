"""Steering parameters a letter names in running text as what the ministry will follow, the target on the line
below.

    Departementet vil følge andel vannverk med tilsyn de siste fire årene.
    Resultatmål: minst 90 prosent ved utgangen av 2025 (resultat 2023: 81 prosent).

The parameter is the object of *vil (også, i tillegg) følge (med på)* up to the sentence's end; the next line opens
with the target's word (*Resultatmål:*, *Resultatkrav:*, *Prestasjonskrav:*, *Måltall:*). A result given in brackets
after the target (*(resultat 2023: 81 prosent)*) is the parameter's result for that year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.text import clean

FOLLOWED = re.compile(r"\bvil\s+(?:[a-zæøå]+\s+){0,3}?følgj?e\s+(?:med\s+på\s+)?"
                      r"(?P<label>[a-zæøå](?:[^.!?\n]|\n(?![ \t]*\n)|(?<=\d)\.(?=\d)){5,250}?)\.[ \t]*\n[ \t]*"
                      r"(?P<kind>Resultatmål|Resultatkrav|Prestasjonskrav|Måltall|Måltal)[ \t]*:[ \t]*"
                      r"(?P<target>[^\n]+?)\.?[ \t]*$", re.MULTILINE)
RESULT = re.compile(r"\s*\(\s*resultat\s+(?P<year>(?:19|20)\d\d)\s*:\s*(?P<value>[^()]{1,40})\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Followed:
    """A parameter the ministry will follow: its words, target, the year and value of a result, and where it is."""

    label: str
    target: str
    kind: str
    start: int
    end: int
    result: tuple[str, str, int, int] | None  # (year, value, start, end)


def followed_parameters(original: str) -> list[Followed]:
    """Every parameter named as what the ministry will follow, with the target on the line below."""
    out = []
    for m in FOLLOWED.finditer(original):
        target, result = m.group("target"), None
        rm = RESULT.search(target)
        if rm:
            at = m.start("target") + rm.start("value")
            result = (rm.group("year"), rm.group("value").strip(), at, at + len(rm.group("value").strip()))
            target = target[: rm.start()]
        out.append(Followed(clean(m.group("label")), clean(target).rstrip(" ."), m.group("kind").lower(),
                            m.start("label"), m.end(), result))
    return out
