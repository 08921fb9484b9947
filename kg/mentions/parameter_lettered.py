"""Steering parameters lettered right under the goal they measure, each with its target in brackets:

    Mål 1   Flere barn og unge deltar i idrett …
      a) Andel barn og unge 6–19 år som deltar i organisert idrett minst én gang i
         uken (mål: minst 70 prosent)
      b) Antall kommuner som har tatt i bruk lokale aktivitetsmidler
         (mål: minst 150 kommuner)

A letter may list each goal's parameters so, with no lead-in naming them (compare the lists after '…
styringsparametere for mål 1:' in :mod:`kg.mentions.goals`): the lettered items that open on the lines after a
stated goal, past ruled lines, are its parameters where each names what is measured and closes with its target.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goal_context import GoalContext, goal_key
from kg.mentions.parameter_lines import lines_of
from kg.mentions.text import RULED_LINE, clean
from kg.passages.base import Passage

ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<code>[a-h])\)[ \t]+(?P<text>\S.*)$")
TARGETED = re.compile(r"^(?P<label>.+?)\s*\((?P<kind>mål|resultatmål|måltall|ambisjon)\s*:\s*(?P<target>[^()]+)\)\.?$",
                      re.IGNORECASE)
MAX_GAP = 3  # ruled or blank lines between the goal's statement and its first item


def lettered_parameter_mentions(passages: list[Passage], ctx: GoalContext, original: str,
                                removed: tuple[tuple[int, int, str], ...] = ()) -> Extraction:
    """The lettered parameters under each stated goal (see the module's docstring)."""
    out = Extraction()
    lines = lines_of(original, removed)
    for h, st, _ in ctx.stated:
        i = next((k for k in range(len(lines)) if lines[k].start <= st.end <= lines[k].end), None)
        if i is None:
            continue
        j, gap = i + 1, 0
        while j < len(lines) and gap < MAX_GAP and (not lines[j].text.strip()
                                                     or RULED_LINE.match(lines[j].text.strip())):
            j, gap = j + 1, gap + 1
        items = []
        while j < len(lines) and (m := ITEM.match(lines[j].text)):
            first, words = lines[j], [m.group("text")]
            j += 1
            while j < len(lines) and lines[j].text.strip() and not ITEM.match(lines[j].text) \
                    and not RULED_LINE.match(lines[j].text.strip()) \
                    and len(lines[j].text) - len(lines[j].text.lstrip()) > len(m.group("indent")):
                words.append(lines[j].text.strip())
                j += 1
            items.append((m.group("code"), first.start + len(m.group("indent")), lines[j - 1].end,
                          clean("\n".join(words))))
        targeted = [(code, s, e, tm) for code, s, e, words in items if (tm := TARGETED.match(words))]
        if not targeted or len(targeted) < len(items):
            continue  # a lettered list of other things (or one whose targets stand elsewhere)
        goal: Key = goal_key(next((p.doc for p in passages), ""), h.number, "")
        for code, s, e, tm in targeted:
            p = next((p for p in passages if p.start <= s < p.end), None)
            if p is None:
                continue
            end = min(e, len(original.rstrip()))
            span = Span(p.id, p.doc, p.doc_name, s, end, p.page, p.section, original[s:end])
            label = tm.group("label").rstrip(" .")
            key: Key = ("SteeringParameter", code, label.lower(), p.doc)
            attrs = (("code", code), ("target", tm.group("target").strip().rstrip(".")),
                     ("target_kind", tm.group("kind").lower()), ("results", ()))
            out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.lettered-under-goal", 0.85,
                                        attrs))
            out.links.append(Link(goal, "measuredBy", key, span, "parameter.lettered-under-goal", 0.85))
    return out
