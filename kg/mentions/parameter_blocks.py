"""Steering parameters printed as coded blocks: the code and the parameter's text on one line, then its target and
results on indented lines of their own.

    S2   Andel saker behandlet innen fristen
         Resultatkrav: 90 prosent
         Resultat 2022: 86 prosent (2021: 92 prosent)

    Resultatindikator 1.1 Omdisponert dyrka jord (dekar)
    Resultatkrav 2024: Under 3 500 dekar
                              2022          2023          2024
    Resultat                 3 912         3 540         3 105

A block needs at least one such target or result line under it; a coded line without one is a list item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.mentions.printed import IndentedLine as Line
from kg.mentions.text import clean

# the code set apart by a wide gap, or a bullet's code and its text ('•  SP 1.1 Del av …')
HEAD = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[•▪●*·–-][ \t]+)?"
                  r"(?P<word>(?:Resultatindikator|Styringsindikator|Indikator|Styringsparameter)[ \t]+"
                  r"(?=\d|[A-ZÆØÅ]\.\d))?"  # ('Indikator A.1  Andel …': a goal's letter and a number)
                  r"(?P<code>(?:SP|S|[A-ZÆØÅ]{1,3})[ ]?\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|"
                  r"(?<=[a-z] )(?:[A-ZÆØÅ]\.\d{1,2}|\d{1,2}\.[a-h](?![\wæøå])))"  # ('Indikator 1.a')
                  r"(?:[ \t]{2,}|(?<=\d)[ \t](?!.*[ \t]{3,}))(?P<label>[A-ZÆØÅ].{5,})$")
MEASURED_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[•▪●*·–-][ \t]+)(?P<word>)(?P<code>)"
                             r"(?P<label>(?:Andel|Antall|Gjennomsnittlig|Tal|Talet|Del|Prosentdel)[ \t].{5,})$")
# ('(resultatkrav 2023: 80 prosent)' in brackets on the line below; '(ingen resultatkrav)': none set)
TARGET = re.compile(r"^[ \t]*(?P<open>\()?(?:(?P<kind>resultatmål|resultatkrav|prestasjonskrav|ambisjon(?:snivå)?|"
                    r"målverdi|måltall|mål)(?:[ \t]+(?:19|20)\d{2})?[ \t]*:[ \t]*(?P<target>\S.*?)|"
                    r"ingen[ \t]+(?P<none>resultatkrav|resultatmål|prestasjonskrav|måltall))(?(open)\)\.?|)$",
                    re.IGNORECASE)
# ('Resultat 2023 / 2024 / 2025:    58 % / 59 % / 61 %': the years and their values each parted by slashes)
RESULT = re.compile(r"^[ \t]*Resultat(?:er)?[ \t]+(?:19|20)\d{2}(?:[ \t]*/[ \t]*(?:19|20)\d{2})*[ \t]*:",
                    re.IGNORECASE)
SLASHED = re.compile(r"^[ \t]*Resultat(?:er)?[ \t]+(?P<years>(?:19|20)\d{2}(?:[ \t]*/[ \t]*(?:19|20)\d{2})+)[ \t]*:"
                     r"[ \t]*(?P<values>\S.*?)[ \t]*$", re.IGNORECASE)
# a line of results by year, the target at its end: '2021: 61 %   2022: 66 %   2023: 71 %   Ambisjon 2024: 80 %'
YEARS = re.compile(r"^[ \t]*(?:19|20)\d{2}[ \t]*:[ \t]*\S.*[ \t]{2,}(?:19|20)\d{2}[ \t]*:")
AIM_IN_LINE = re.compile(r"[ \t]{2,}(?P<kind>Ambisjon(?:snivå)?|Resultatkrav|Resultatmål|Målverdi|Måltall)"
                         r"(?:[ \t]+(?:19|20)\d{2})?[ \t]*:[ \t]*(?P<target>\S.*?)[ \t]*$", re.IGNORECASE)
GOAL_AFTER = re.compile(r"\s*\((?P<goal>[a-zæøå]*mål[ \t]+\d{1,2}(?:\.\d{1,2})?)\)$")
TOLD_AFTER = re.compile(r"^[ \t]*(?P<words>[a-zæøå].*?)\.[ \t]+(?P<rest>[A-ZÆØÅ].*)$")
# an uncoded bullet's result after its name ('Andel …: 91 prosent')
RESULT_GIVEN = re.compile(r":[ \t]*[<>≈~]?\d")
# a target the text declines to set ('Ingen resultatmål; skal rapporteres')
NO_TARGET = re.compile(r"^(?:ikke fastsatt|ingen\b.*|–|-)\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """A coded parameter block: code, text, target (and its word) and the lines it covers."""

    code: str
    label: str
    target: str | None
    kind: str | None
    label_start: int
    first: int
    last: int
    result_lines: tuple[int, ...]
    goal: str = ""  # the goal the text names after it ('… (brukermål 1.1)')

    def __post_init__(self) -> None:
        named = GOAL_AFTER.search(self.label)
        if named:
            object.__setattr__(self, "label", self.label[: named.start()])
            object.__setattr__(self, "goal", named.group("goal"))


def block_at(lines: Sequence[Line], i: int) -> Block | None:
    """The coded parameter block that starts on line ``i``, if one does (or an uncoded bullet that opens with a
    measure's noun: '•  Andel …' / 'Resultatkrav: …')."""
    m = HEAD.match(lines[i].text) or MEASURED_BULLET.match(lines[i].text)
    if not m or not m.group("code") and RESULT_GIVEN.search(m.group("label")):
        return None  # ('•  Andel …: 91 prosent' over '(mål: 90 prosent)': a result bullet, see attainment_lists)
    # a bullet's lines go on under its code; a table-like block's under its text
    # ('Resultatindikator 1.1 …': its lines go on flush with the word)
    column = m.start("code") if m.group("bullet") else len(m.group("indent")) if m.group("word") else \
        len(m.group(0)) - len(m.group("label"))
    label = [m.group("label")]
    j = i + 1
    while j < len(lines) and len(label) < 3:
        text = lines[j].text
        indent = len(text) - len(text.lstrip())
        hyphenated = label[-1].endswith("-")  # 'Jordvern-' / 'løftet (dekar)' wraps flush left
        # the text's last words and the target on one line flush with the code ('jevnlig. Resultatmål 2024: …')
        told = TOLD_AFTER.match(text) if indent == len(m.group("indent")) and text.strip()[:1].islower() else None
        if told and (tm := TARGET.match(told.group("rest"))):
            label.append(told.group("words"))
            t = clean(tm.group("target") or "ingen").rstrip(".")
            return Block(" ".join(m.group("code").split()), clean("\n".join(label)).rstrip(" ."),
                         None if NO_TARGET.match(t) else t, (tm.group("kind") or tm.group("none")).lower(),
                         lines[i].start + column, i, j,
                         ())
        # ('SP1.1.1 Andel … organisert' / 'fritidsaktivitet': a lettered code's text wraps flush with the code)
        flush_wrap = indent == len(m.group("indent")) and m.group("code")[:1].isalpha() and not m.group("bullet")
        # ('Indikator 1.a   Andel … de siste' / '12 månedene': a worded code's text wraps under the text)
        under_text = bool(m.group("word")) and abs(indent - (len(m.group(0)) - len(m.group("label")))) <= 1 \
            and not YEARS.match(text)
        if not text.strip() or TARGET.match(text) or RESULT.match(text) or (abs(indent - column) > 2
                                                                             and not hyphenated and not flush_wrap
                                                                             and not under_text) \
                or not (text.strip()[:1].islower() or under_text and text.strip()[:1] in "0123456789("):
            break
        label.append(text.strip())
        j += 1
    target, kind, results = None, None, []
    # ('SP 1.1  Andel …' / 'Resultatmål 2024: …' / 'Resultat 2024: …': the lines flush with the code, not the text)
    # (a lettered code or one of three levels, '1.1.1': '3.1  Resultatområde 1 …' over 'Mål: …' is a section's heading)
    flush = len(m.group("indent")) if j < len(lines) and lines[j].text[:len(m.group("indent")) + 1].strip() \
        and (m.group("code")[:1].isalpha() or m.group("code").count(".") == 2) else -1
    while j < len(lines):
        text = lines[j].text
        indent = len(text) - len(text.lstrip())
        tm = TARGET.match(text)
        under = indent >= column - 2 or indent == flush
        if tm and under and target is None and kind is None:
            t = clean(tm.group("target") or "ingen").rstrip(".")
            target, kind = (None if NO_TARGET.match(t) else t), (tm.group("kind") or tm.group("none")).lower()
        elif (RESULT.match(text) or YEARS.match(text)) and under:
            results.append(j)
            if target is None and kind is None and (am := AIM_IN_LINE.search(text)):
                target, kind = clean(am.group("target")), am.group("kind").lower()  # ('… Ambisjon 2024: 80 %')
        else:
            break
        j += 1
    if kind is None and not results:
        return None
    return Block(" ".join(m.group("code").split()), clean("\n".join(label)).rstrip(" ."), target, kind,
                 lines[i].start + column, i, j - 1, tuple(results))
