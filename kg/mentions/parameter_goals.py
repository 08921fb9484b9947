"""The goal a steering parameter measures: the one its table's caption or goal column names, the one its code
carries ('SP 1.1.1' measures delmål 1.1, 'A.1' the goal lettered A, '1a.1' the sub-goal 1a), else the goal whose
scope holds it, else the goal of a table of every goal's parameters by its code's first number ('2.1': goal 2).
"""

from __future__ import annotations

import re

from kg.mentions.base import Key
from kg.mentions.goal_context import GoalContext, goal_key
from kg.mentions.goal_names import named_goal_keys
from kg.passages.base import Passage

# a parameter's code that carries its goal's number first ('2.1', 'SP 2.1', '1a.1')
GOAL_NUMBER_CODE = re.compile(r"^(?:[A-ZÆØÅ]{1,3}\s?)?(?P<num>\d{1,2}(?:\.\d{1,2})?[a-h]?)\.\d{1,2}$")


def parameter_goals(ctx: GoalContext, p: Passage, pos: int, named: str = "", code: str = "") -> list[Key]:
    """The goals a parameter at ``pos`` in passage ``p`` measures, from the goal ``named`` (a caption, 'mål 2')
    and its ``code``."""
    prefixed = re.fullmatch(r"([A-ZÆØÅ]{1,2}\d{1,2}|\d{1,2}\.\d{1,2})(?:\.?[a-h]|-\d{1,2})", code)
    if prefixed:  # 'B3a' measures the goal printed 'B3' ('Brukermål B3'), '1.1a' the goal '1.1' ('Resultatmål 1.1'),
        # 'A1-1' the goal 'A1', whatever the table's caption names
        coded = [k for k in ctx.parts if k == prefixed.group(1) or k.endswith(" " + prefixed.group(1))]
        if len(coded) == 1:
            return ctx.keys_for(p.doc, coded[0])
    keys = named_goal_keys(ctx, p.doc, named)
    if keys:
        return keys
    column = re.fullmatch(r"mål (\d{1,2})", named)
    # a goal column's number, or a caption's ('Styringsparametrar for mål 1'): the goal a later rule reads from a
    # list keeps that number
    column = column or re.search(r"\b(?:styringsparamet|indikator)\w*\s+(?:for|til|under)\s+mål\s+(\d{1,2})\b", named,
                                 re.I)
    if column:
        return [goal_key(p.doc, int(column.group(1)))]
    by_code = GOAL_NUMBER_CODE.match(code)
    if by_code and ("." in by_code.group("num") or by_code.group("num")[-1].isalpha()) \
            and by_code.group("num") in ctx.parts:
        return ctx.keys_for(p.doc, by_code.group("num"))  # 'SP 1.1.1' measures delmål 1.1
    if by_code and "." in by_code.group("num"):
        # 'SP1.1.1' where the goals are printed with their level's initials: the one goal 'DM1.1'
        coded = [k for k in ctx.parts if re.fullmatch(rf"[A-ZÆØÅ]{{1,3}}{re.escape(by_code.group('num'))}", k)]
        if len(coded) == 1:
            return ctx.keys_for(p.doc, coded[0])
    letter = re.fullmatch(r"([A-ZÆØÅ])\.\d{1,2}", code)
    if letter and letter.group(1) in ctx.parts:  # 'A.1' measures the goal lettered 'A'
        return ctx.keys_for(p.doc, letter.group(1))
    goal = ctx.goal_at(pos) or ctx.goal_of(p)
    if goal:
        return [goal_key(p.doc, goal.number, goal.part)]
    lettered = re.fullmatch(r"(\d{1,2})[a-h]", code)
    if lettered:  # '1a' in a table of the level the caption names ('Indikatorer for brukereffektene'): 'BE1'
        coded = [k for k in ctx.parts if " " in k and k.split(" ")[0] in named.lower()
                 and re.fullmatch(rf"[A-ZÆØÅ]{{1,3}}{lettered.group(1)}", k.rsplit(" ", 1)[1])]
        if len(coded) == 1:
            return ctx.keys_for(p.doc, coded[0])
        if (numbered := lettered_goal(ctx, p.doc, code)):
            return numbered
    if by_code and by_code.group("num").isdigit():
        # 'KPI 1.1' outside any goal's section where the goals are printed with a letter: the one goal 'S1'
        coded = [k for k in ctx.parts if re.search(rf"(?:^|\s)[A-ZÆØÅ]{{1,2}}{by_code.group('num')}$", k)]
        if len(coded) == 1:
            return ctx.keys_for(p.doc, coded[0])
    # one table of every goal's parameters outside the goals' sections: '2.1' measures goal 2, where the
    # document numbers its goals so
    return named_goal_keys(ctx, p.doc, f"mål {by_code.group('num')}") if by_code else []


def lettered_goal(ctx: GoalContext, doc: str, code: str) -> list[Key]:
    """The goal a parameter coded by a number and a letter measures where nothing else says: '2a' measures goal 2 of
    the document's numbered goals ('VM 2'), where it has one."""
    lettered = re.fullmatch(r"(\d{1,2})[a-h]", code)
    return ctx.keys_for(doc, lettered.group(1)) if lettered and lettered.group(1) in ctx.parts else []
