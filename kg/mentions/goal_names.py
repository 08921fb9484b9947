"""Goals a short line or caption names by level and number ('Effektmål 1', 'virksomhetsmål 2', 'Brukermålet'),
resolved to the keys the goal rules gave them in the same document."""

from __future__ import annotations

import re

from kg.mentions.base import Key
from kg.mentions.goal_rows import PRINTED_GOAL
from kg.mentions.goal_scopes import NUMBERED_SERIES
from kg.mentions.goals import GoalContext, goal_key

# goals outside the numbered series, keyed by level and number ('effektmål 1', 'brukermål')
LEVEL_NAMED = re.compile(r"\b(?P<word>effektmål|bruk[ea]rmål|samfunnsmål|sektormål)(?:et)?"
                         r"(?:[ \t]+(?P<num>(?-i:[A-ZÆØÅ]{0,2})\d{1,2}))?\b", re.IGNORECASE)
# ('delmål A2': a sub-goal coded by its main goal's letter)
GOAL_NAMED = re.compile(r"\b(?P<word>" + "|".join(NUMBERED_SERIES) + r")[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?|"
                        r"(?-i:[IVX]{2,4}|[A-ZÆØÅ]\d{0,2}))\b", re.IGNORECASE)  # ('verksemdsmål II')
# a line that is nothing but a goal's name: a group title in a list or table
# ('Under virksomhetsmål 1:' over the items of that goal)
GOAL_LINE = re.compile(r"^(?:(?:(?:Strategisk|Overordnet)[ \t]+mål|(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål)(?:et)?"
                       r"(?:[ \t]+\d{1,2}(?:\.\d{1,2})?)?|(?:Resultat|Innsats|Satsings)område[ \t]+\d{1,2}"
                       r"|Under[ \t]+[a-zæøå]*mål[ \t]+\d{1,2}(?:\.\d{1,2})?)[ \t]*:?$")
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
        mains = sum(k.isdigit() for k in ctx.parts)
        if am.group("num") in ctx.parts and not any("område" in k for k in ctx.parts) \
                and not (ctx.areas and mains > ctx.areas):
            # one goal an area, numbered by its area (not where there are more goals than areas)
            return ctx.keys_for(doc, int(am.group("num")))
    tm = TWO_WORD.search(text)
    if tm:
        key = goal_key(doc, f"{' '.join(tm.group('word').lower().split())} {tm.group('num')}")
        if key[2] in ctx.parts:
            return [key]
    if (dotted := re.search(r"\b[a-zæøå]*mål\s+(?P<code>[A-ZÆØÅ]\.\d{1,2})\b", text, re.I)) is not None \
            and dotted.group("code") in ctx.parts:
        return ctx.keys_for(doc, dotted.group("code"))  # 'delmål A.1': a sub-goal by its main goal's letter
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
    if re.fullmatch(r"[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?", text.strip()):
        # a code alone ('S1') that one goal is printed with and keyed by with its level ('strategisk mål S1')
        coded = [k for k in ctx.parts if k == text.strip() or k.endswith(" " + text.strip())]
        if len(coded) == 1:
            return ctx.keys_for(doc, coded[0])
    code = PRINTED_GOAL.search(text)  # 'delmål DM1.1', 'HM2': a goal keyed by the code it is printed with
    if code and code.group() in ctx.parts:
        return ctx.keys_for(doc, code.group())
    # ('RM1.1': a goal printed with its code and keyed by its number)
    printed = {(str(h.number), h.part) for h, _, _ in ctx.stated if code and h.notation == code.group()}
    return [goal_key(doc, number, part) for number, part in printed] if len(printed) == 1 else []


# a group's title closed by the goal (or area) it belongs to: 'Friluftsliv for alle (mål 1)', '… (resultatområde 3)'
TAGGED_LINE = re.compile(r"^[A-ZÆØÅ][^()\n]{1,60}\((?P<goal>[a-zæøå]*(?:mål|område)[ \t]+\d{1,2}(?:\.\d{1,2})?)\)"
                         r"[ \t]*:?$")


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


# a goal after a dash behind a citation: '… (Skarvik Samfunnsforskning, 2024) – VM 1. Gir data til SP 1.1.'
DASH_TAG = re.compile(r"(?<=\))\s*[–-]\s*(?:(?P<word>[A-ZÆØÅ]{0,2}M|[A-ZÆØÅa-zæøå]*mål)\s*"
                      r"(?P<num>\d{1,2}(?:\.\d{1,2})?)|(?P<code>[A-ZÆØÅ]M-[A-ZÆØÅ]))(?=\.|\s|$)")


def tag_goal_keys(ctx: GoalContext, doc: str, tag: re.Match[str]) -> list[Key]:
    """The goal a tag's level word and number name ('VM 1', '[effektmål 2]', '(mål 3)'); a word that is no level
    ('VM') stands for the numbered series."""
    word = tag.group("word") or ""
    return named_goal_keys(ctx, doc, f"{word.lower() if word.endswith('mål') else 'mål'} {tag.group('num')}") \
        if tag.group("num") else []


# a theme line grouping a list: a few capitalised words, no figures, no full stop ('Arealer og ferdselsårer')
THEME_LINE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:[ \t]+(?:og|i|for|[a-zæøå]+)){0,5}[ \t]*:?$")
PREFIX = 5  # letters two words share at their start to be one word ('deltakelse', 'deltar')


def theme_groups(ctx: GoalContext, doc: str, original: str, start: int, end: int) -> list[tuple[int, list[Key]]]:
    """The theme lines of ``original[start:end]`` that speak of one goal only: each with its offset and that goal's
    key, where the theme's words (by their first letters) are found in the title of exactly one of the document's
    goals ('Deltakelse' under 'Mål: Flere deltar i friluftsliv …'). Themes that fit no goal, or several, give
    none."""
    titles: dict[Key, set[str]] = {}
    for h in [*ctx.headings.values(), *(h for h, _, _ in ctx.stated)]:
        words = {w[:PREFIX] for w in re.findall(r"[a-zæøå]{5,}", h.title.lower())}
        if words:
            titles.setdefault(goal_key(doc, h.number, h.part), set()).update(words)
    out: list[tuple[int, list[Key]]] = []
    for m in re.finditer(r"^[ \t]*(?P<line>\S[^\n]*?)[ \t]*$", original[start:end], re.MULTILINE):
        if not THEME_LINE.match(m.group("line")):
            continue
        words = {w[:PREFIX] for w in re.findall(r"[a-zæøå]{5,}", m.group("line").lower())}
        fits = [k for k, title in titles.items() if words & title]
        if words and len(fits) == 1:
            out.append((start + m.start("line"), fits))
    return out
