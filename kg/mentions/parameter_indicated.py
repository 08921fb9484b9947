"""A steering parameter introduced by its word and a colon, over a small table of its results and target:

    Indikator: Tal på barn som har delteke i aktivitetar finansierte gjennom tilskotsordninga
    for fritidsdeltaking
                          2022         2023         2024         Ambisjon 2024
                          38 400       41 900       44 250       42 000

The name may wrap over two lines; the header holds the years and, last, the target's word (with its year); the
line under it holds one value per column.
"""

from __future__ import annotations

import re

from kg.mentions.parameter_lines import CELLS, Line
from kg.mentions.parameter_stated import TARGET_WORDS, YEAR, result
from kg.mentions.text import clean

INTRODUCED = re.compile(r"^[ \t]*(?:Indikator|Resultatindikator|Styringsparameter)[ \t]*:[ \t]*(?P<label>[A-ZÆØÅ].+)$")
TARGET_HEAD = re.compile(rf"^(?P<word>{TARGET_WORDS}|mål)(?:[ \t]+{YEAR})?$", re.IGNORECASE)


def indicated_parameter(lines: list[Line], i: int) -> tuple[int, str, str | None, str, list[dict[str, object]]] | None:
    """The parameter introduced on line ``i`` over its table: the index of its last line, its name, its target
    (none for a dash), the target's word and its results (as :func:`kg.mentions.parameter_stated.named_block`)."""
    m = INTRODUCED.match(lines[i].text)
    if m is None:
        return None
    for k in range(i + 1, min(i + 3, len(lines) - 1)):
        head = CELLS.split(lines[k].text.strip())
        if head and all(re.fullmatch(YEAR, c) for c in head[:-1]) and re.fullmatch(YEAR, head[0]):
            values = CELLS.split(lines[k + 1].text.strip())
            if len(values) != len(head):
                return None
            name = clean("\n".join([m.group("label"), *(ln.text for ln in lines[i + 1: k])]))
            target = TARGET_HEAD.match(head[-1])
            years = head[:-1] if target else head
            results = [result(y, v, lines[k + 1]) for y, v in zip(years, values, strict=False) if v not in ("–", "-")]
            aim = values[-1] if target and values[-1] not in ("–", "-") else None
            return k + 1, name, aim, target.group("word").lower() if target else "", results
        if not lines[k].text.strip() or CELLS.search(lines[k].text.strip()):
            return None  # (the name wraps onto one line of words at most)
    return None
