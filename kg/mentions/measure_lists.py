"""Measures as the items of a list introduced by words on measures.

Reports name their measures in lists after a lead-in such as *Viktige tiltak under strategisk mål 1 i 2021
var:*, *Blant tiltakene i 2022:* or *Direktoratet har blant annet gjennomført disse tiltakene:*. Each bullet or
numbered item is a measure; its name is the item's opening words up to the first comma, dash or bracket
(*Lesesommer, den nasjonale sommerkampanjen …*), or, where the item opens with a common noun in lower case, the
capitalised name after it (*podkasten Leseløvene, med …*). An item that is a sentence about something else
(more than six words before any break, no capitalised name) is no measure. The measure addresses the goal the
lead-in names, else the goal of the section the list stands in.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Link, Mention
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.printed import Citer, printed_lines
from kg.mentions.targets import measure_key
from kg.mentions.text import clean
from kg.passages.base import Passage

LEAD_IN = re.compile(r"\b(?:tiltak(?:ene)?|virkemidler|virkemidlene|satsinger|satsingene)\b[^.!?]*:$|"
                     r"\b(?:gjennomført|iverksatt|videreført|startet)\b[^.!?]*\btiltak\w*\b[^.!?]*:$", re.IGNORECASE)
NOT_MEASURES = re.compile(r"styringsparamet|oppdrag|indikator|rapport|evaluering|fellesføring", re.IGNORECASE)
ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[•▪●*·–-]|\d{1,2}[.)])[ \t]+(?P<text>\S.*)$")
BREAK = re.compile(r",|\s[–—-]\s|\s\(|:|\s(?:der|som|med|hvor|og\s+(?:ble|har|er))\s")
NAME_AFTER_NOUN = re.compile(r"^[a-zæøå]+(?:en|et|a|ene)\s+(?P<name>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*){0,3})")
MAX_NAME_WORDS = 6


def item_name(text: str) -> tuple[str, int] | None:
    """The measure's name in an item's words and its offset there, or ``None``."""
    m = NAME_AFTER_NOUN.match(text)
    if m:
        return m.group("name"), m.start("name")
    if not text[:1].isupper():
        return None
    b = BREAK.search(text)
    name = clean(text[: b.start()] if b else text).rstrip(" .")
    if not name or len(name.split()) > MAX_NAME_WORDS:
        return None
    return name, 0


def measure_list_mentions(document: Document, passages: list[Passage], ctx: GoalContext) -> Extraction:
    """Measures listed after a lead-in on measures, each with the goal it addresses (see the module's docstring)."""
    out = Extraction()
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    i = 0
    while i < len(lines):
        lead = lines[i].text
        i += 1
        if not LEAD_IN.search(lead) or NOT_MEASURES.search(lead):
            continue
        while i < len(lines) and (m := ITEM.match(lines[i].raw)):
            line = lines[i]
            i += 1
            found = item_name(m.group("text"))
            if found is None:
                continue
            name, at = found
            start = line.start + line.raw.find(m.group("text")) + at
            span = citer.span(start, start + len(name))
            if span is None:
                continue
            key = measure_key(name)
            out.mentions.append(Mention("Measure", key, name, span, "measure.listed-after-lead-in", 0.75))
            goals = named_goal_keys(ctx, span.doc, lead)
            p = citer.passage_at(start)
            heading = ctx.goal_of(p) if p is not None and not goals else None
            if heading is not None:
                goals = [goal_key(span.doc, heading.number, heading.part)]
            out.links += [Link(key, "addresses", g, span, "measure.listed-under-goal", 0.7) for g in goals]
            while i < len(lines) and lines[i].text and not ITEM.match(lines[i].raw) \
                    and lines[i].indent > len(m.group("indent")):
                i += 1  # the item's wrapped lines
    return out
