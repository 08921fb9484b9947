"""Goals printed in a goal map ("målkart"): each level's name in capitals on a line of its own, the goals of that
level below it, each a code on a line of its own and its title on the lines after (a figure or table torn one
cell a line by PDF extraction):

    SAMFUNNSEFFEKT
    Færre husholdninger har alvorlige betalingsproblemer
    BRUKEREFFEKTER
    BE1
    Personer med gjeldsproblemer får rask hjelp …
    INTERNE MÅL
    IM1
    …

A level without codes holds one goal (the map's top). A map has two levels or more and is introduced by words
about goals ('Figur 1 Målkart for …'). Each goal is keyed by its code as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.mentions.goal_codes import key_number
from kg.mentions.text import clean

#: a level's name in capitals, and the level word it gives its goals
LEVELS = {"SAMFUNNSEFFEKT": "samfunnseffekt", "SAMFUNNSEFFEKTER": "samfunnseffekt", "SAMFUNNSMÅL": "samfunnsmål",
          "BRUKEREFFEKT": "brukereffekt", "BRUKEREFFEKTER": "brukereffekt", "BRUKARMÅL": "brukarmål",
          "BRUKERMÅL": "brukermål", "EFFEKTMÅL": "effektmål", "INTERNE MÅL": "internt mål",
          "INTERNE MÅLA": "internt mål",
          "VIRKSOMHETSMÅL": "virksomhetsmål", "VERKSEMDSMÅL": "verksemdsmål", "HOVEDMÅL": "hovedmål",
          "HOVUDMÅL": "hovudmål", "DELMÅL": "delmål", "RESULTATMÅL": "resultatmål", "OVERORDNET MÅL": "overordnet mål",
          "OVERORDNA MÅL": "overordna mål"}
# a level's name on a line of its own, in capitals or in ordinary case ('Effektmål', 'Overordnet mål')
LEVEL_LINE = re.compile(r"^[ \t\f]*(?P<level>" + "|".join(sorted(LEVELS, key=len, reverse=True)) + r")[ \t]*$",
                        re.IGNORECASE)
#: a goal's code in a goal map or a section named by a level: a level's letters and a number ('BE1', 'IM2', 'V1')
MAP_CODE = r"[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?"
CODE_LINE = re.compile(rf"^[ \t]*(?P<code>{MAP_CODE})[ \t]*$")
# ... or the code and the title on one line, set apart by a wide gap ('E1    Befolkningen har kort vei …')
CODE_TITLE = re.compile(rf"^[ \t]*(?P<code>{MAP_CODE})[ \t]{{2,}}(?P<title>[A-ZÆØÅ].{{8,}})$")
INTRO = re.compile(r"\bmålkart\w*|\bmålstruktur\w*|\bmålhierarki\w*", re.IGNORECASE)
WINDOW = 6  # lines before the map's first level where its introduction stands

#: ``(word, number, printed code, title, start, end, style)`` as :data:`kg.mentions.goal_codes.Coded`
Mapped = tuple[str, str, str, str, int, int, str]


def _lines(text: str) -> list[tuple[str, int, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((raw, pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def map_goals(text: str) -> list[Mapped]:
    """The goals of every goal map in ``text``."""
    lines = _lines(text)
    found: list[Mapped] = []
    i = 0
    while i < len(lines):
        if not LEVEL_LINE.match(lines[i][0]) or not any(INTRO.search(x[0]) for x in lines[max(0, i - WINDOW): i]):
            i += 1
            continue
        goals, i = _read_map(lines, i)
        if len({g[0] for g in goals}) >= 2:
            found += goals
    return found


def _read_map(lines: list[tuple[str, int, int]], i: int) -> tuple[list[Mapped], int]:
    goals: list[Mapped] = []
    level = ""
    code = ""  # the goal being read: its code and title lines
    parts: list[tuple[str, int, int]] = []

    def close() -> None:
        if parts:
            title = clean("\n".join(p[0] for p in parts)).rstrip(".")
            if len(title.split()) >= 3:
                goals.append((level.capitalize(), code, code, title, parts[0][1], parts[-1][2], "listed"))
        parts.clear()

    while i < len(lines):
        raw, start, end = lines[i]
        text = raw.strip()
        lm, cm, tm = LEVEL_LINE.match(raw), CODE_LINE.match(raw), CODE_TITLE.match(raw)
        if lm:
            close()
            level, code = LEVELS[" ".join(lm.group("level").upper().split())], ""
        elif cm:
            close()
            code = cm.group("code")
        elif tm and level:
            close()
            code = tm.group("code")
            parts.append((tm.group("title").strip(), start + raw.index(tm.group("title")), end))
        elif not text and any(LEVEL_LINE.match(x[0]) for x in lines[i + 1: i + 3] if x[0].strip()):
            close()  # a blank line between two levels' blocks
        elif not text or len(text) > 100 or re.match(r"(?:Kilde|Kjelde|Figur|Tabell)\b", text):
            break
        elif parts and not code and text[:1].isupper() and not parts[-1][0].rstrip().endswith(("-", ",")):
            break  # a level without codes holds one goal: a second capitalised line is the text after the map
        else:
            parts.append((text, start + raw.index(text), end))
        i += 1
    close()
    return goals, i


# '3.2 Brukereffekter': a section named by a level, its goals below it as 'BE1 Personer med …' lines; a level of one
# goal ('3.1 Samfunnseffekt') states it in the section's first line
LEVEL_SECTION = re.compile(r"^[ \t\f]*(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+(?P<level>Samfunnseffekt|Samfunnsmål|"
                           r"Brukereffekter|Brukereffekt|Brukermål|Brukarmål|Effektmål|Virksomhetsmål|Verksemdsmål|"
                           r"Hovedmål|Hovudmål|Delmål|Interne mål)[ \t]*$")
CODED_GOAL = re.compile(rf"^(?P<code>{MAP_CODE})[ \t]+(?P<title>[A-ZÆØÅ]\S*(?:[ \t]+\S+){{3,}})$")
SINGLE = ("samfunnseffekt", "samfunnsmål")


def section_goals(text: str) -> list[Mapped]:
    """The goals of sections named by a goal level (see :data:`LEVEL_SECTION`)."""
    lines = _lines(text)
    found: list[Mapped] = []
    for i, (raw, _, _) in enumerate(lines):
        sm = LEVEL_SECTION.match(raw)
        if sm is None:
            continue
        word = sm.group("level").lower().removesuffix("er") if sm.group("level").endswith("effekter") else \
            sm.group("level").lower()
        # the section ends at the next heading of its depth or above ('3.3 …', '4 …'), not at a list's '1. …'
        depth = sm.group("num").count(".")
        heading = re.compile(rf"^[ \t\f]*\d{{1,2}}(?:\.\d{{1,2}}){{0,{depth}}}[ \t]+[A-ZÆØÅ]")
        body = lines[i + 1: i + 80]
        end = next((k for k, ln in enumerate(body) if heading.match(ln[0])), len(body))
        body = body[:end]
        if word in SINGLE:
            first = next((ln for ln in body if ln[0].strip()), None)
            if first is not None and first[0].strip().endswith(".") and 4 <= len(first[0].split()) <= 25:
                text_ = first[0].strip()
                start = first[1] + first[0].index(text_)
                found.append((word.capitalize(), "", "", text_.rstrip("."), start, start + len(text_), "line"))
            continue
        for k, (line, start, _) in enumerate(body):
            cm = CODED_GOAL.match(line.strip())
            if cm is None:
                continue
            parts = [cm.group("title")]
            last_end = start + len(line)
            for nxt, nstart, _ in body[k + 1: k + 3]:
                if nxt.strip()[:1].islower():
                    parts.append(nxt.strip())
                    last_end = nstart + len(nxt)
                else:
                    break
            at = start + line.index(cm.group("code"))
            found.append((word.capitalize(), cm.group("code"), cm.group("code"), clean("\n".join(parts)).rstrip("."),
                          at, last_end, "line"))
    return found


# 'Resultatområde            Mål for 2024': a table of each area's goal, the area's number and name in the first
# column, the goal in the second; both columns wrap onto the lines below
AREA_HEADER = re.compile(r"^[ \t]*(?:Prioritert[ \t]+område|Resultatområde|Virksomhetsområde|Innsatsområde|"
                         r"Satsingsområde|Fagområde|Område)[ \t]{2,}(?P<goal>(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål)"
                         r"(?:[ \t]+for[ \t]+(?:19|20)\d\d)?[ \t]*$")
AREA_ROW = re.compile(r"^(?P<code>\d{1,2})\.?[ \t]+\S")
# 'Nr.    Verksemdsmål                              Landbruks- og matpolitisk mål': a table of the agency's coded
# goals, perhaps beside a column of the upper goals they serve (the ministry's, not the agency's)
CODED_HEADER = re.compile(r"^[ \t]*(?:Nr\.?|Kode)[ \t]{2,}(?P<goal>(?:[A-ZÆØÅ][a-zæøå]*)?mål)"
                          r"(?:[ \t]{2,}(?P<next>\S[^\n]*?))?[ \t]*$")
CODED_ROW = re.compile(r"^(?P<code>[A-ZÆØÅ]{1,2}M[ -]?\d{1,2}|\d{1,2})\.?$")


def area_table_goals(text: str) -> list[Mapped]:
    """The goals of tables that give each area's goal (see :data:`AREA_HEADER`), numbered by their area."""
    return _column_goals(text, AREA_HEADER, AREA_ROW, lambda code: code, left_wraps=True)


def coded_table_goals(text: str) -> list[Mapped]:
    """The goals of tables that give each goal's code and title in columns (see :data:`CODED_HEADER`)."""
    return _column_goals(text, CODED_HEADER, CODED_ROW, lambda code: key_number(code.replace(" ", "")),
                         left_wraps=False)


def _column_goals(text: str, header: re.Pattern[str], row_start: re.Pattern[str], number: Callable[[str], str],
                  left_wraps: bool) -> list[Mapped]:
    """The goals of a table whose goal column the ``header`` names: a row opens where the cell left of it
    matches ``row_start`` (its code), the goal's title wraps in its column (and the left cell too, where
    ``left_wraps``) up to a blank line or a line without it."""
    lines = _lines(text)
    found: list[Mapped] = []
    for i, (raw, _, _) in enumerate(lines):
        hm = header.match(raw)
        if hm is None:
            continue
        col = hm.start("goal") - 2
        stop = hm.start("next") - 1 if hm.groupdict().get("next") else None
        rows: list[tuple[str, list[tuple[str, int, int]]]] = []
        for line, start, _ in lines[i + 1:]:
            cell, left = line[col:stop].strip(), line[:col].strip()
            row = row_start.match(left)
            if not cell or row is None and (not rows or left and not left_wraps):
                break
            if row:
                rows.append((" ".join(row.group("code").split()), []))
            at = start + line.index(cell, col)
            rows[-1][1].append((cell, at, at + len(cell)))
        word = hm.group("goal").capitalize()
        for code, parts in rows:
            title = clean("\n".join(p[0] for p in parts)).rstrip(".")
            if len(title.split()) >= 3:
                found.append((word, number(code), code, title, parts[0][1], parts[-1][2], "listed"))
    return found


# 'Hovedmål 1: …' over 'Delmål a) …': sub-goals lettered anew under each main goal
MAIN_LINE = re.compile(r"^[ \t]*(?:Hovedmål|Hovudmål|Virksomhetsmål|Verksemdsmål|Mål)[ \t]+(?P<num>\d{1,2})"
                       r"[ \t]*[:.–-]")
LETTERED_LINE = re.compile(r"^[ \t]*(?P<word>Delmål)[ \t]+(?P<letter>[a-h])\)[ \t]+(?P<title>[A-ZÆØÅ].*\S)[ \t]*$")


def lettered_goals(text: str) -> list[Mapped]:
    """Sub-goals lettered *a)*, *b)* … anew under each numbered main goal, keyed as *1a*, *2b* (their title may
    wrap onto lines that open in lower case)."""
    lines = _lines(text)
    found: list[Mapped] = []
    main = ""
    for i, (raw, start, end) in enumerate(lines):
        if (mm := MAIN_LINE.match(raw)) is not None:
            main = mm.group("num")
            continue
        lm = LETTERED_LINE.match(raw)
        if lm is None or not main:
            continue
        parts, last = [lm.group("title")], end
        for nxt, _, nxt_end in lines[i + 1: i + 3]:
            if not nxt.strip()[:1].islower():
                break
            parts.append(nxt.strip())
            last = nxt_end
        title = clean("\n".join(parts)).rstrip(".")
        found.append((lm.group("word"), f"{main}{lm.group('letter')}", lm.group("letter"), title,
                      start + lm.start("word"), last, "line"))
    return found
