"""Goals printed with a code in a goal overview: 'B-1 Økt verdiskaping …', 'HM1 Færre unge …' / '• DM1.1 …',
'A    Færre unge …' / '     A1   Kommunene har …'.

An overview lists the goals one a line after words that introduce them as goals ('… operasjonalisert i fire
virksomhetsmål', 'DFT har følgende mål for 2025:', 'tre hovedmål (A–C) og fem delmål'). Three code shapes:

- a perspective's letter, a dash and a number ('B-1', 'Ø-1'), often after the perspective's name in a column of
  its own; the goals are of the level the introduction names;
- a level's initial, 'M' and a number ('HM1' hovedmål, 'DM1.1' delmål, 'VM2' virksomhetsmål): the level is the
  level word of that initial the document uses, and 'DM1.1' is a sub-goal of goal 1;
- a letter alone for an upper goal ('A') and a letter and a digit for its sub-goals ('A1'), set apart by a wide
  gap; the introduction names the upper level first ('hovedmål … og … delmål');
- a level's initial, 'M', a dash and a letter ('VM-A' virksomhetsmål A), keyed by the letter.

The overview's lines state the goals; the chapters may head each goal's part in capitals ('MÅL B-1 ØKT …'), which
opens the goal's scope and takes its title from the overview's line, where the overview gives it in ordinary case.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.mentions.text import clean

DASH = r"[A-ZÆØÅ]{1,2}-\d{1,2}"
INITIAL = r"[A-ZÆØÅ]M\d{1,2}(?:\.\d{1,2})?"
INITIAL_LETTER = r"[A-ZÆØÅ]M-[A-ZÆØÅ](?![\wæøå-])"
LETTER = r"[A-ZÆØÅ]\d?(?=[ \t]{2})"
#: a goal's code as printed in any of the three shapes, where the text refers to the goal by it ('Under HM1')
CODE = rf"{INITIAL_LETTER}|{DASH}|{INITIAL}|[A-ZÆØÅ]\d?"
# ('EM1 ▪ Akutt …': a bullet after the code)
OVERVIEW_LINE = re.compile(r"^[ \t]*(?:[•▪●*·–-][ \t]*)?(?:[A-ZÆØÅ][\wæøå]+(?:[ \t][\wæøå]+)?[ \t]{2,})?"
                           rf"(?P<num>{INITIAL_LETTER}|{DASH}|{INITIAL}|{LETTER})[ \t]+(?:[▪•●·][ \t]+)?"
                           r"(?P<title>[A-ZÆØÅ][^\n]{10,})$", re.MULTILINE)
# the words before an overview: it must be introduced as goals, not as parameters or assignments
INTRO_WORD = re.compile(r"(?P<goal>\b[\wæøå]*mål(?:ene|et)?\b|\bmålbilde\w*)|(?P<other>\boppdrag\w*|"
                        r"\bstyringsparamet\w*|\bindikator\w*|\btiltak\w*)", re.IGNORECASE)
LEVELS = ("virksomhetsmål", "verksemdsmål", "hovedmål", "hovudmål", "delmål", "styringsmål", "effektmål", "brukermål",
          "brukarmål", "samfunnsmål", "sektormål", "resultatmål")
LEVEL_WORD = re.compile(r"\b(?P<word>" + "|".join(LEVELS) + r")\b", re.IGNORECASE)
# 'MÅL B-1 ØKT VERDISKAPING I LOKALMAT- OG SJØMATNÆRINGEN LANGS KYSTEN'
# ('SEKTORMÅL 1  TRYGT DRIKKEVANN FOR ALLE', 'VIRKSOMHETSMÅL 1: BÆREKRAFTIG …': a level and its number, the title
# wrapping onto a second line in capitals)
CAPITALS_HEADING = re.compile(r"^[ \t\f]*(?P<word>MÅL|VIRKSOMHETSMÅL|HOVEDMÅL|HOVUDMÅL|DELMÅL|STYRINGSMÅL|SEKTORMÅL|"
                              rf"EFFEKTMÅL)[ \t]+(?P<num>{DASH}|\d{{1,2}})"
                              r"[ \t]*[:.–-]?[ \t]+(?P<title>[A-ZÆØÅ][A-ZÆØÅ0-9 ,–/-]{8,}"
                              r"(?:\n[ \t]*[A-ZÆØÅ][A-ZÆØÅ0-9 ,–/-]{3,}(?=\n[ \t]*\n))?)$", re.MULTILINE)
# a level of two words heading an overview, by its singular ('strategiske mål' -> 'strategisk')
TWO_WORD_LEVEL = re.compile(r"(strategisk|overordnet|overordna)e? mål")
INTRO_WINDOW = 400
NEW_MARK = re.compile(r"\s*\((?:ny|nytt|endra|endret)\)$")
TABLE_GAP = re.compile(r"\S[ \t]{3,}\S")

#: ``(word, number, printed code, title, start, end, style)`` of one coded goal; the number is what its key uses
#: ('1.1' for 'DM1.1', 'A.1' for 'A1', so that a sub-goal's main goal is the number before its dot)
Coded = tuple[str, str, str, str, int, int, str]


def _shape(code: str) -> str:
    if re.fullmatch(INITIAL_LETTER, code):
        return "initial-letter"
    return "dash" if "-" in code else "initial" if re.fullmatch(INITIAL, code) else "letter"


def overview_goals(text: str, title_end: Callable[[str, int], int]) -> list[Coded]:
    """The goals of coded overviews: runs of two or more coded lines introduced by words about goals."""
    found: list[Coded] = []
    runs: list[list[re.Match[str]]] = []
    for m in OVERVIEW_LINE.finditer(text):
        shape = _shape(m.group("num"))
        if runs and _near(text, runs[-1][-1].end(), m.start(), shape) and shape == _shape(runs[-1][-1].group("num")):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2 or len({m.group("num") for m in run}) < len(run) or not _whole(run):
            continue
        first = run[0].group("num")
        lead = text[: run[0].start()].rstrip().rsplit("\n", 1)[-1].strip().rstrip(":").lower()
        under = TWO_WORD_LEVEL.fullmatch(lead)  # 'Strategiske mål' over 'S1', 'S2': a two-word level's initial
        letters = [m.group("num") for m in run] == [chr(ord("A") + k) for k in range(len(run))]
        if letters and lead not in LEVELS:
            continue  # 'A', 'B', 'C' alone only right under their level's word ('Verksemdsmål' / 'A   Fleire …')
        before = text[max(0, run[0].start() - INTRO_WINDOW) : run[0].start()]
        # ('… eitt hovudmål og tre effektmål …' over 'E1', 'E2', 'E3': a level the introduction names by its initial)
        introduced = any(w.group("word").lower()[0] == first[0].lower() and w.group("word").lower() != "resultatmål"
                         for w in LEVEL_WORD.finditer(before))
        if first[1:].isdigit() and first[0] != "A" and not (lead in LEVELS and lead[0] == first[0].lower()) \
                and not (under and lead[0] == first[0].lower()) and not introduced:
            continue  # 'R1', 'R2' only right under the level its initial stands for ('Resultatmål:')
        words = list(INTRO_WORD.finditer(before))
        if not words or not words[-1].group("goal"):
            continue
        named = [w.group("word").lower() for w in LEVEL_WORD.finditer(before)]
        for m in run:
            code = m.group("num")
            word, number = (under.group(1) + " mål", code) if under and code[1:].isdigit() else (lead, code) \
                if letters else level_and_number(code, named, text)
            end = title_end(text, m.end())
            title = NEW_MARK.sub("", clean(text[m.start("title") : end]).rstrip("."))  # ('… dei (nytt)')
            found.append((word.capitalize(), number, code, title,
                          m.start("num"), end, "listed"))
    return found


def level_and_number(code: str, named: list[str], text: str) -> tuple[str, str]:
    """The level word and key number of a printed code, from the words the introduction (``named``) and the
    document use."""
    shape = _shape(code)
    if shape == "dash":
        return (named[-1] if named else "mål"), code
    if shape in ("initial", "initial-letter"):
        initial = code[0].lower()
        used = next((w for w in LEVELS if w.startswith(initial) and re.search(rf"\b{w}", text, re.IGNORECASE)), "mål")
        return used, key_number(code)
    level = next((w for w in reversed(named) if w[0] == code[0].lower()), None) if code[1:].isdigit() else None
    if level is not None:  # 'R1' under 'Resultatmål:': the level its initial stands for, keyed by the code
        return level, code
    distinct = list(dict.fromkeys(named))
    upper, lower = (distinct + ["mål", "mål"])[:2] if distinct else ("mål", "mål")
    return (lower if len(code) > 1 else upper), key_number(code)


def key_number(code: str) -> str:
    """The number a goal printed with ``code`` is keyed by ('HM1' -> '1', 'DM1.1' -> '1.1', 'A1' -> 'A.1')."""
    shape = _shape(code)
    if shape == "initial":
        return code[2:]
    if shape == "initial-letter":
        return code[3:]
    if shape == "letter" and len(code) > 1:
        return f"{code[0]}.{code[1:]}"
    return code


def _whole(run: list[re.Match[str]]) -> bool:
    """An overview lists its goals from the first ('B-1', 'HM1', 'A'), and a title is one phrase: a row with a
    column after the title ('O-3   Utrede …    15.9.2023') is a table's, the tail of a run a table's rows."""
    if any(TABLE_GAP.search(m.group("title")) for m in run):
        return False
    codes = [m.group("num") for m in run]
    shape = _shape(codes[0])
    if shape == "dash":
        first: dict[str, int] = {}
        for code in codes:
            letter, number = code.split("-")
            first[letter] = min(first.get(letter, 99), int(number))
        return all(n == 1 for n in first.values())
    if shape == "initial":
        return min(int(re.match(r"\d+", c[2:]).group()) for c in codes) == 1  # type: ignore[union-attr]
    if shape == "initial-letter":
        return min(c[3:] for c in codes) == "A"
    # ('R1', 'R2', …: one level's initial numbered from 1, the level named in the lead-in, see level_and_number)
    # ('A' with its sub-goals 'A1', or 'A', 'B', 'C' alone: overview_goals reads runs of two lines or more only)
    return codes[0] == "A" or (
        len({c[0] for c in codes}) == 1 and [c[1:] for c in codes] == [str(k) for k in range(1, len(codes) + 1)])


def _near(text: str, end: int, start: int, shape: str) -> bool:
    """Whether two coded lines stand in one overview: nothing but the perspective's name, wrapped title words and a
    blank line between them; codes of a level's initial ('VM2') may stand further apart, in a table torn one cell a
    line (an area's name, an attainment 'Delvis', a page's foot and the header again between them)."""
    between = text[end:start].split("\n")[1:-1]
    if shape == "initial":
        return len(between) <= 8 and all(len(line.strip()) <= 60 for line in between)
    return len(between) <= 2


# '3.1 Fleire deltek i frivillig arbeid i lokalsamfunnet [VM-A]': a section headed by its goal, the code closing it
TAGGED_HEADING = re.compile(r"^[ \t\f]*\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+(?P<title>[A-ZÆØÅ][^\n\[\]().]{8,}?"
                            r"(?:\n[^\n\[\]().]{1,60}?)?)[ \t]*[\[(](?P<num>" + rf"{INITIAL_LETTER}|{DASH}|{INITIAL})"
                            r"[\])][ \t]*$", re.MULTILINE)


def tagged_headings(text: str, listed: list[Coded]) -> list[Coded]:
    """Section headings that give a goal's title and close with its code ('3.2 … tilskot [VM-B]'); a code an
    overview lists keeps the overview's level word."""
    by_code = {c[2]: c for c in listed}
    out: list[Coded] = []
    for m in TAGGED_HEADING.finditer(text):
        code = m.group("num")
        word = by_code[code][0] if code in by_code else level_and_number(code, [], text)[0].capitalize()
        out.append((word, key_number(code), code, clean(m.group("title")), m.start("title"), m.end(), "line"))
    return out


def capitals_headings(text: str, listed: list[Coded]) -> list[Coded]:
    """Goal headings in capitals; each takes level word and title from the overview's line of its code. Likewise a
    line that restates an overview's goal by its code further on ('VM-A Flere deltar …' over its parameters)."""
    by_code = {c[2]: c for c in listed}
    out: list[Coded] = []
    starts = {c[4] for c in listed}
    for m in OVERVIEW_LINE.finditer(text):
        same = by_code.get(m.group("num"))
        if same and m.start("num") not in starts and _shape(m.group("num")) != "letter" \
                and not TABLE_GAP.search(m.group("title")):
            out.append((same[0], same[1], same[2], same[3], m.start("num"), m.end(), "line"))
    for m in CAPITALS_HEADING.finditer(text):
        same = by_code.get(m.group("num"))
        title = " ".join(m.group("title").split())
        word, title = (same[0], same[3]) if same else (m.group("word").capitalize(), title[0] + title[1:].lower())
        out.append((word, m.group("num"), m.group("num"), title, m.start("word"), m.end(), "line"))
    return out


# 'Under hvert resultatområde er det fastsatt ett eller to virksomhetsmål (VM)': a level's initials, declared
DECLARED = re.compile(r"\b(?P<word>" + "|".join(LEVELS) + r")(?:a|ene|et)?[ \t\n]*\((?P<abbr>[A-ZÆØÅ]{2,3})\)",
                      re.IGNORECASE)


def declared_goals(text: str, title_end: Callable[[str, int], int]) -> list[Coded]:
    """Goals on lines opened by the initials a document declares for a level and a number ('… virksomhetsmål (VM)'
    over 'VM 1  Søkerne får …'), one a line, also alone under an area's heading. A code's first line states the
    goal; a later line with the same code restates it."""
    found: list[Coded] = []
    seen: set[str] = set()
    for d in DECLARED.finditer(text):
        abbr, word = d.group("abbr"), d.group("word").lower()
        if abbr[0].lower() != word[0] or not abbr.endswith("M"):
            continue
        line = re.compile(rf"^[ \t\f]*(?P<code>{abbr}[ \t]?(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?))"
                          r"(?:[ \t]{2,}|[ \t]*[:–][ \t]+)(?P<title>[A-ZÆØÅ][^\n]{10,})$", re.MULTILINE)
        for m in line.finditer(text, d.end()):
            if TABLE_GAP.search(m.group("title")):
                continue  # a table's row: the title has a column after it
            end = title_end(text, m.end())
            title = NEW_MARK.sub("", clean(text[m.start("title") : end]).rstrip("."))
            code = abbr + m.group("num")
            found.append((word.capitalize(), m.group("num"), code, title, m.start("code"), end,
                          "line" if code in seen else "listed"))
            seen.add(code)
    return found
