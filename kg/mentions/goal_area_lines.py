"""Goals listed under the areas that group them, as a letter may set them out:

    Prioritert område 1 – Færre pasientskader og tryggere overganger
         Mål: Pasientskader i spesialisthelsetjenesten og kommunene skal reduseres
         Mål: Overgangene mellom sykehus og kommune skal være trygge for pasientene

The area's heading (its kind, number and name after a dash or colon) is the upper goal; each indented *Mål:* line
under it, unnumbered, a goal whose broader goal the area is. An unnumbered goal is keyed by its area and its
words. Lines another rule has read already are left to it.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Link, Mention
from kg.mentions.goal_context import goal_key
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

AREA = re.compile(r"^(?P<word>Prioritert område|Satsingsområde|Innsatsområde|Resultatområde|Virksomhetsområde|"
                  r"Område)[ \t]+(?P<num>\d{1,2})[ \t]*[–:-][ \t]*(?P<title>[A-ZÆØÅ][^\n]{4,})$")
GOAL_LINE = re.compile(r"^Mål[ \t]*:[ \t]*(?P<title>[A-ZÆØÅ][^\n]{8,})$")
RULE = "goal.line-under-area"


def area_goal_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """The goals of every area heading with indented *Mål:* lines right under it, and the area as their broader
    goal."""
    out = Extraction()
    lines = [ln for ln in printed_lines(document) if ln.text]
    citer = Citer(passages, document.text)
    doc = passages[0].doc if passages else document.id
    taken = {m.span.start for m in found.mentions if m.type == "Goal"}
    for i, line in enumerate(lines):
        area = AREA.match(line.text)
        if area is None or line.indent > 0:
            continue
        goals: list[tuple[PrintedLine, int]] = []  # each goal's first line and where its last ends
        j = i + 1
        while j < len(lines) and lines[j].indent > 0:
            if GOAL_LINE.match(lines[j].text):
                goals.append((lines[j], lines[j].end))
            elif goals and lines[j].text[:1].islower():
                goals[-1] = (goals[-1][0], lines[j].end)  # the goal's words wrap onto this line
            else:
                break
            j += 1
        if not goals or any(g.text_start <= t < end for g, end in goals for t in taken):
            continue
        word, number = area.group("word"), area.group("num")
        upper = goal_key(doc, f"{word.lower()} {number}")
        span = citer.span(line.text_start, line.end)
        if span is None:
            continue
        title = clean(area.group("title")).rstrip(".")
        attrs = (("number", number), ("notation", number), ("level", word.lower()), ("part", ""), ("title", title))
        out.mentions.append(Mention("Goal", upper, f"{word} {number}: {title}", span, RULE, 0.85, attrs))
        for first, end in goals:
            words = clean(document.text[first.text_start : end])
            sub_title = clean(GOAL_LINE.match(words).group("title")).rstrip(".")  # type: ignore[union-attr]
            key = goal_key(doc, f"{word.lower()} {number}, mål: {sub_title.lower()[:60]}")
            sub_span = citer.span(first.text_start, end)
            if sub_span is None:
                continue
            attrs = (("number", None), ("notation", None), ("level", "mål"), ("part", ""), ("title", sub_title))
            out.mentions.append(Mention("Goal", key, f"Mål: {sub_title}", sub_span, RULE, 0.85, attrs))
            out.links.append(Link(key, "broader", upper, sub_span, "goal.line-under-area", 0.85))
    return out
