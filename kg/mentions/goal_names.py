"""Goals a short line or caption names by level and number ('Effektmål 1', 'virksomhetsmål 2', 'Brukermålet'),
resolved to the keys the goal rules gave them in the same document."""

from __future__ import annotations

import re

from kg.mentions.base import Key
from kg.mentions.goal_scopes import NUMBERED_SERIES
from kg.mentions.goals import GoalContext, goal_key

# goals outside the numbered series, keyed by level and number ('effektmål 1', 'brukermål')
LEVEL_NAMED = re.compile(r"\b(?P<word>effektmål|bruk[ea]rmål|samfunnsmål|sektormål)(?:et)?"
                         r"(?:[ \t]+(?P<num>(?-i:[A-ZÆØÅ]{0,2})\d{1,2}))?\b", re.IGNORECASE)
GOAL_NAMED = re.compile(r"\b(?P<word>" + "|".join(NUMBERED_SERIES) + r")[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?|"
                        r"(?-i:[A-ZÆØÅ]))\b", re.IGNORECASE)
# a line that is nothing but a goal's name: a group title in a list or table
GOAL_LINE = re.compile(r"^(?:(?:(?:Strategisk|Overordnet)[ \t]+mål|(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål)(?:et)?"
                       r"(?:[ \t]+\d{1,2}(?:\.\d{1,2})?)?|(?:Resultat|Innsats|Satsings)område[ \t]+\d{1,2})[ \t]*:?$")
AREA_NAMED = re.compile(r"\b(?P<word>(?:resultat|innsats|satsings|mål)område)[ \t]+(?P<num>\d{1,2})\b", re.IGNORECASE)
# any level and number the document keys as such ('resultatmål 2.1')
ANY_LEVEL = re.compile(r"\b(?P<word>[a-zæøå]*mål)[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?)\b", re.IGNORECASE)
# a two-word level keyed apart from the numbered series where the document does ('overordnet mål 1', 'strategisk
# mål A')
TWO_WORD = re.compile(r"\b(?P<word>(?:strategisk|overordnet)[ \t]+mål)[ \t]+(?P<num>\d{1,2}|(?-i:[A-ZÆØÅ]))\b",
                      re.IGNORECASE)


def named_goal_keys(ctx: GoalContext, doc: str, text: str) -> list[Key]:
    """Keys of the goal ``text`` names, where the document has that goal; else none."""
    am = AREA_NAMED.search(text)
    if am:
        key = goal_key(doc, f"{am.group('word').lower()} {am.group('num')}")
        if key[2] in ctx.parts:
            return [key]
        if am.group("num") in ctx.parts and not any("område" in k for k in ctx.parts):
            return ctx.keys_for(doc, int(am.group("num")))  # one goal an area, numbered by its area
    tm = TWO_WORD.search(text)
    if tm:
        key = goal_key(doc, f"{' '.join(tm.group('word').lower().split())} {tm.group('num')}")
        if key[2] in ctx.parts:
            return [key]
    m = GOAL_NAMED.search(text)
    if m:
        num = m.group("num")
        keys = ctx.keys_for(doc, int(num) if num.isdigit() else num)
        if any(k[2] in ctx.parts for k in keys):
            return keys
    lm = LEVEL_NAMED.search(text)
    if lm:
        key = goal_key(doc, f"{lm.group('word').lower()} {lm.group('num') or ''}".strip())
        if key[2] in ctx.parts:
            return [key]
    for anym in ANY_LEVEL.finditer(text):
        key = goal_key(doc, f"{anym.group('word').lower()} {anym.group('num')}")
        if key[2] in ctx.parts:
            return [key]
    return []


# a group's title closed by the goal it belongs to: 'Friluftsliv for alle (mål 1)'
TAGGED_LINE = re.compile(r"^[A-ZÆØÅ][^()\n]{1,60}\((?P<goal>[a-zæøå]*mål[ \t]+\d{1,2}(?:\.\d{1,2})?)\)[ \t]*:?$")


def goal_line_keys(ctx: GoalContext, doc: str, text: str) -> list[Key] | None:
    """For a line that only names a goal ('Effektmål 2', 'Brukermålet') or closes with one ('Friluftsliv for alle
    (mål 1)'): that goal's keys; ``None`` for any other line."""
    tagged = TAGGED_LINE.match(text.strip())
    if tagged:
        return named_goal_keys(ctx, doc, tagged.group("goal"))
    return named_goal_keys(ctx, doc, text) if GOAL_LINE.match(text.strip()) else None


def goal_groups(ctx: GoalContext, doc: str, original: str, start: int, end: int) -> list[tuple[int, list[Key]]]:
    """The lines of ``original[start:end]`` that only name a goal (group titles of a list), each with its offset
    and the goal's keys (none for a group the document has no goal for)."""
    out: list[tuple[int, list[Key]]] = []
    for m in re.finditer(r"^[ \t]*(?P<line>\S[^\n]*?)[ \t]*$", original[start:end], re.MULTILINE):
        keys = goal_line_keys(ctx, doc, m.group("line"))
        if keys is not None:
            out.append((start + m.start("line"), keys))
    return out
