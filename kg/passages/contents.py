"""A document's table of contents: the numbered entries listed under 'Innhold' (with or without page numbers)
or as a run of lines ending in dot leaders and a page number.

The contents confirm the body's headings: a numbered line that repeats an entry's number and title opens that
section even where nothing else marks it (a chapter without sub-sections, a chapter numbered I, II, …), and a
numbered line whose number the contents give to another title is a list item, not a heading.
"""

from __future__ import annotations

import re

from kg.passages.lines import Line

CONTENTS = re.compile(r"^(?:innhold|innholdsfortegnelse|innhald)$", re.IGNORECASE)
ENTRY = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4}|[IVX]{1,5})\.?\s+(?P<title>[A-ZÆØÅ«\"].*?)"
                   r"(?:\s*(?:\.\s?){3,}\s*\d{1,3}|\s*…+\s*\d{1,3}|\s{2,}\d{1,3})?$")
# a part's entry ('Del III  Årets aktiviteter og resultater  3') among the numbered ones
PART_ENTRY = re.compile(r"^(?:DEL|Del)\s+[IVX]{1,4}\s+\S.*\s\d{1,3}$")
LEADERS = re.compile(r"(?:\.\s?){3,}\s*\d{1,3}$|…+\s*\d{1,3}$")
ROMAN = {"I": 1, "V": 5, "X": 10}


def roman(text: str) -> int | None:
    """The value of a Roman numeral up to 39 ('IV' -> 4), or ``None``."""
    if not re.fullmatch(r"X{0,3}(?:IX|IV|V?I{0,3})", text) or not text:
        return None
    total = 0
    for i, ch in enumerate(text):
        value = ROMAN[ch]
        total += -value if i + 1 < len(text) and ROMAN[text[i + 1]] > value else value
    return total


def number_of(printed: str) -> tuple[int, ...] | None:
    """A section number as printed ('3.2', 'III') as a tuple of ints."""
    if printed[:1].isdigit():
        return tuple(int(p) for p in printed.split("."))
    value = roman(printed)
    return (value,) if value else None


def title_key(title: str) -> str:
    """The first words of a title, for comparing an entry with a heading."""
    words = re.sub(r"[^\wæøå ]", " ", LEADERS.sub("", title).lower()).split()
    return " ".join(words[:3])


def contents(lines: list[Line]) -> tuple[dict[tuple[int, ...], str], set[int]]:
    """The numbered entries ``number -> title key`` and the indices of the lines the contents take."""
    entries: dict[tuple[int, ...], str] = {}
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        under = CONTENTS.match(line.text) is not None
        if not under and not (line.kind == "text" and LEADERS.search(line.text)):
            i += 1
            continue
        j, blanks = i + 1 if under else i, 0
        run: list[tuple[int, re.Match[str] | None]] = []
        while j < len(lines) and blanks < 2:
            ln = lines[j]
            if not ln.text:
                blanks += 1 if run else 0
                j += 1
                continue
            m = ENTRY.match(ln.text)
            if PART_ENTRY.match(ln.text) and not m:
                j += 1
                continue
            if not (m or LEADERS.search(ln.text)) or len(ln.text) > 130:
                break
            if m and any(n and n.group("num") == m.group("num") for _, n in run):
                break  # the body's first heading repeats an entry
            blanks = 0
            run.append((j, m))
            j += 1
        if len(run) >= 3:
            for k, m in run:
                taken.add(k)
                number = number_of(m.group("num")) if m else None
                if number and m:
                    entries.setdefault(number, title_key(m.group("title")))
        i = max(j, i + 1)
    return entries, taken
