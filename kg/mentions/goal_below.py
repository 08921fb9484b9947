"""Goal headings that only name a goal, its statement on the lines just below them.

A report may head each goal's section with its level and number alone (*3.1 Strategisk mål 1*, *Mål 2*) and
set the goal's words on the next short lines, before the section's first paragraph:

    3.1 Strategisk mål 1
    Flere barn og unge leser og opplever leseglede på
    fritiden
    Andelen barn som leser bøker på fritiden, økte …

The statement is the lines after the heading up to the first blank line, the first line as wide as the body
text, or the first line that ends a sentence inside it; it is a goal's statement only when it has at least
three words and does not itself end as a sentence of the body (a paragraph that opens the section at once).

A report organised by result areas (*3.1 Resultatområde 1 – Reparasjon*) states each area's goal in the
section's first sentence instead: *Målet for resultatområdet er at flere produkter blir reparert …*; that
sentence's clause is the goal of the area's level and number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.text import clean
from kg.passages.base import Passage

# 'Strategisk mål 1', 'Overordnet mål 2', 'Virksomhetsmål 3', 'Mål 4' alone as a heading's title
NAMED_ONLY = re.compile(r"^(?P<kind>(?:[A-ZÆØÅ][a-zæøå]+[ \t])?mål|[A-ZÆØÅ][a-zæøå]*mål|Mål)[ \t]+(?P<num>\d{1,2})$")
#: A line this wide is body text, not a goal statement set on short lines.
BODY_WIDTH = 70
MAX_WORDS = 30
# '3.1 Resultatområde 1 – Reparasjon': an area heading; its goal is stated in the section's first sentence
AREA = re.compile(r"^(?P<kind>Resultatområde|Innsatsområde|Satsingsområde|Målområde)[ \t]+(?P<num>\d{1,2})\b")
AREA_GOAL = re.compile(r"\s*Målet(?:[ \t]+for[ \t]+[\wæøå]+)?[ \t]+er[ \t]+(?:at[ \t]+)?"
                       r"(?P<title>[^.!?]{10,250})[.!?]")  # matched at the line after the heading
# 'Mål: Flere elever er svømmedyktige etter 4. trinn' as the area's first line: the goal, wrapped maybe, unended
GOAL_LINE = re.compile(r"[ \t]*Mål[ \t]*:[ \t]*(?=\S)")


@dataclass(frozen=True)
class StatementBelow:
    """A goal named by a heading and stated on the lines below it."""

    passage: Passage
    kind: str
    number: str
    title: str
    start: int
    end: int


def statement_below(original: str, after: int, skip: tuple[tuple[int, int], ...] = ()) -> tuple[str, int, int] | None:
    """The goal statement on the short lines that start after offset ``after`` (its words, start and end)."""
    pos = original.find("\n", after)
    if pos < 0:
        return None
    parts: list[str] = []
    start = end = -1
    while pos < len(original):
        nxt = original.find("\n", pos + 1)
        nxt = len(original) if nxt < 0 else nxt
        raw = original[pos + 1: nxt]
        line = raw.strip()
        if any(a <= pos + 1 < b for a, b in skip):
            pos = nxt
            continue
        if not line or len(line) >= BODY_WIDTH or re.search(r"[.!?]\s+\S", line):
            break
        if start < 0:
            start = pos + 1 + raw.find(line)
        parts.append(line)
        end = pos + 1 + raw.find(line) + len(line)
        pos = nxt
        if line.endswith((".", ":")) or len(" ".join(parts).split()) > MAX_WORDS:
            break
    title = clean("\n".join(parts)).rstrip(" .")
    if len(title.split()) < 3 or len(title.split()) > MAX_WORDS or (parts and parts[-1].endswith(":")):
        return None
    return title, start, end


def statements_below(passages: list[Passage], original: str,
                     removed: tuple[tuple[int, int, str], ...] = ()) -> list[StatementBelow]:
    """Every numbered section heading that only names a goal and has the goal's statement below it."""
    skip = tuple((s, e) for s, e, _ in removed)
    out: list[StatementBelow] = []
    for p in passages:
        if p.kind != "heading" or not p.section.number or not p.section.title:
            continue
        m = NAMED_ONLY.match(p.section.title.strip())
        am = AREA.match(p.section.title.strip()) if not m else None
        if am:
            nxt = original.find("\n", p.end - 1)
            gm = AREA_GOAL.match(original, nxt + 1) if nxt >= 0 else None
            if gm:
                title = " ".join(gm.group("title").split())
                out.append(StatementBelow(p, am.group("kind"), am.group("num"), title, gm.start("title"),
                                          gm.end("title")))
            elif nxt >= 0 and (line := goal_line(original, nxt + 1, skip)):
                out.append(StatementBelow(p, am.group("kind"), am.group("num"), *line))
            continue
        if not m:
            continue
        found = statement_below(original, p.end - 1, skip)
        if found:
            out.append(StatementBelow(p, m.group("kind"), m.group("num"), *found))
    return out


def goal_line(original: str, at: int, skip: tuple[tuple[int, int], ...] = ()) -> tuple[str, int, int] | None:
    """An area's goal on a *Mål:* line among the first lines from ``at`` (a page's footer and header and blank
    lines may come first), with the short lines it wraps onto: its words, start and end."""
    pos, blank = at, 0
    while pos < len(original):
        end = original.find("\n", pos)
        end = len(original) if end < 0 else end
        lead = pos + len(original[pos:end]) - len(original[pos:end].lstrip())
        if any(a <= lead < b for a, b in skip) or not original[pos:end].strip():
            blank += not original[pos:end].strip()
            if blank > 2:
                return None
            pos = end + 1
            continue
        m = GOAL_LINE.match(original, pos, end)
        if not m:
            return None
        start, stop, parts = m.end(), end, [original[m.end():end].strip()]
        while stop + 1 < len(original) and not parts[-1].endswith("."):
            nxt = original.find("\n", stop + 1)
            nxt = len(original) if nxt < 0 else nxt
            line = original[stop + 1 : nxt].strip()
            if not line or len(line) >= BODY_WIDTH or re.match(r"(?:Tabell|Figur)\b", line) \
                    or any(a <= stop + 1 < b for a, b in skip):
                break
            parts.append(line)
            stop = nxt
        title = clean("\n".join(parts)).rstrip(" .")
        words = len(title.split())
        return (title, start, start + len(original[start:stop].rstrip())) if 3 <= words <= MAX_WORDS else None
    return None
