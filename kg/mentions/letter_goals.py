"""Goals and steering parameters of an allocation letter, keyed on the words every ministry uses for them
rather than on one house style:

- goal lines: '[II.1] Hovedmål 1   <text>', 'Delmål 1.2 <text>' (linked to main goal 1), 'MÅL 3   <text>' (a
  table's goal row), 'Virksomhetsmål 2: <text>';
- lettered goals 'a) <text>' listed under a heading about goals ('Mål for 2023'), each with its 'Styringsparametere:'
  dash list ('- Andel … (målverdi: minst 60 prosent)');
- 'Styringsparameter 1.1.1   <text>' lines with a 'Resultatmål 2021: <target>' (or 'Prestasjonskrav:',
  'Ambisjon:') line below; the goal is the goal line above;
- bullets or lettered lines under 'Til mål a)' / 'Til mål 2' / a bare 'Hovedmål 1' with 'Prestasjonskrav:' or
  'Resultatkrav: <target>' after the text, or under a goal restated by its printed code ('VM-A Flere deltar …')
  with the target after a colon ('…: minst 380');
- coded table rows 'S4*   <text>   <target>' under a header naming a target column ('Ambisjon 2025',
  'Resultatmål', 'Prestasjonskrav'), the goal the goal row above them.
A target that says there is none ('Ingen resultatmål; skal rapporteres', '(Ingen prestasjonskrav. …)') is no
target. Lines that report a goal or parameter as removed ('… er tatt ut') are no goals or parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_codes import DASH, INITIAL, INITIAL_LETTER, key_number, level_and_number
from kg.mentions.goal_context import goal_key
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

PREFIX = r"(?:(?:DEL\s+)?[IVX]{1,4}(?:\.\d{1,2})?\.?\s+|\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
GOAL_LINE = re.compile(rf"^(?:[•▪●–-]\s*)?{PREFIX}(?P<level>Hovedmål|Hovudmål|Delmål|Virksomhetsmål|Mål|MÅL)\s+"
                       r"(?P<num>\d{1,2}(?:\.\d{1,2})?)\s*(?:[:.–-]\s*|\s)\s*(?P<title>[A-ZÆØÅ«][^\n]{5,})$")
GOALS_HEADING = re.compile(rf"^{PREFIX}(?:MÅL|Mål)(?:ENE|ene)?\b(?!.*(?:styringsparamet|STYRINGSPARAMET))[^.:]*$")
LETTERED = re.compile(r"^(?P<num>[a-h])\)\s+(?P<title>[A-ZÆØÅ].+)$")
TARGET_WORD = r"Resultatmål|Prestasjonskrav|Ambisjon(?:snivå)?|Resultatkrav|Målverdi|Måltall"
TARGET_LINE = re.compile(rf"^\(?(?P<kind>{TARGET_WORD})(?:\s+(?:19|20)\d\d)?\s*:\s*(?P<target>.*)$", re.I)
INLINE_TARGET = re.compile(rf"(?:^|(?<=[.\s]))\(?(?P<kind>{TARGET_WORD})(?:\s+(?:19|20)\d\d)?\s*[:.]\s*"
                           r"(?P<target>.*)$", re.I)
PARAMETER_LINE = re.compile(r"^(?:[•▪●–-]\s*)?Styringsparameter(?:\s+(?P<code>\d{1,2}(?:\.\d{1,2}){0,2}|S\s?\d{1,2}))?"
                            r"\s*[:.–-]?\s+(?P<label>[A-ZÆØÅ][^\n]+)$")
# 'Til mål a)', 'Under hovedmål 2:', or the level and number alone over the goal's parameters ('Hovedmål 1')
FOR_GOAL = re.compile(r"^(?:(?:Til|Under|For)\s+(?:hoved|hovud|del)?mål\s+(?P<num>[a-h]|\d{1,2}(?:\.\d{1,2})?)\)?"
                      r"|(?:Hovedmål|Hovudmål|Delmål|Virksomhetsmål|Verksemdsmål)\s+(?P<bare>\d{1,2}(?:\.\d{1,2})?))\s*:?$",
                      re.I)
BULLET = re.compile(r"^[•▪●–-]\s+(?P<text>\S.*)$")
# a goal's row in a table of goals and parameters, coded by its level's initial ('VM 1     Flere husstander …')
GOAL_ROW = re.compile(r"^(?P<code>[A-ZÆØÅ]M\s?\d{1,2})\s{2,}(?P<title>[A-ZÆØÅ][^\n]{10,})$")
CODED_ROW = re.compile(r"^(?P<code>SP?\s?\d{1,2}(?:\.\d{1,2})?)\*?\s{2,}(?P<rest>\S.*)$")
TABLE_HEADER = re.compile(rf"styringsparamet.*\s{{3,}}(?:{TARGET_WORD}|Mål\s+(?:19|20)\d\d)", re.I)
RULE = re.compile(r"^[-=_–—\s]{5,}$")
REMOVED = re.compile(r"\btatt ut\b|\bvideref(?:øres|ørt)\b|\butgår\b", re.I)
NO_TARGET_LINE = re.compile(rf"^\(?\s*Ingen\s+(?:{TARGET_WORD})", re.I)
NO_TARGET = re.compile(r"^\(?\s*(?:ingen|ikke)\b", re.I)
GAP = re.compile(r"\s{3,}")
# a goal restated by its printed code over its parameters ('VM-A Flere deltar …', 'HM2 …')
CODED_GOAL = re.compile(rf"^(?P<code>{INITIAL_LETTER}|{DASH}|{INITIAL})\s+(?P<title>[A-ZÆØÅ][^\n]{{10,}})$")
# the target after the parameter's words and a colon, where the letter says so ('…: minst 380', '…: 95 prosent')
COLON_TARGET = re.compile(r":\s+(?P<target>(?:minst|høyst|høgst|maks(?:imalt)?|under|over|inntil|mindre enn|mer enn|"
                          r"økende|aukande|stabil|synkende|\d)[^:]*)$", re.IGNORECASE)


@dataclass
class _Parameter:
    code: str
    lines: list[PrintedLine]
    label: list[str]
    target: list[str]
    kind: str | None
    goal: str | None


def _target(words: list[str]) -> str | None:
    text = clean(" ".join(words)).strip(" .;")
    return None if not text or NO_TARGET.match(text) else text


class LetterGoalReader:
    """Reads one allocation letter's goals and steering parameters (see the module's docstring)."""

    def __init__(self, document: Document, passages: list[Passage], tables_only: bool = False) -> None:
        self.tables_only = tables_only  # a report's table of the letter's goals and parameters, nothing else
        self.lines = printed_lines(document)
        self.text = document.text
        self.citer = Citer(passages, document.text)
        self.doc = passages[0].doc if passages else document.id
        self.out = Extraction()
        self.goals: dict[str, Key] = {}

    def read(self) -> Extraction:
        """Every goal and steering parameter of the letter, in order."""
        goal: str | None = None
        lettered = table = listed = goals_lettered = False
        params: list[_Parameter] = []
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            text = line.text
            if not text or RULE.match(text) or REMOVED.search(text):
                i += 1
                continue
            if self.tables_only and not (table and (GOAL_ROW.match(text) or CODED_ROW.match(text))):
                table = (table and not self._heading(i)) or bool(TABLE_HEADER.search(text))
                i += 1
                continue
            if (m := GOAL_LINE.match(text)) and not text.endswith("."):
                title = GAP.split(m.group("title"))[0]
                goal = self._goal(line.text_start, line.end, m.group("level"), m.group("num"), title)
                lettered = listed = False
            elif lettered and (m := LETTERED.match(text)):
                i, goal, listed = self._lettered(i, m), m.group("num"), False
                goals_lettered = True
                continue
            elif m := FOR_GOAL.match(text):
                goal, listed = (m.group("num") or m.group("bare")).lower(), True
            elif listed and (m := LETTERED.match(text)):  # 'a) Andel …' / 'Resultatkrav: …' under its goal
                params.append(_Parameter(m.group("num"), [line], [m.group("title")], [], None, goal))
                i = self._continue(i + 1, params[-1], line.indent)  # its words may wrap flush with its letter
                continue
            elif (m := CODED_GOAL.match(text)) and not GAP.search(m.group("title")):
                goal, listed = key_number(m.group("code")), True  # 'VM-A Flere deltar …' restated over its bullets
            elif (m := PARAMETER_LINE.match(text)) and not GAP.search(m.group("label")) \
                    and not re.match(TARGET_WORD, m.group("label")):  # not a table's header ('…   Resultatmål 2025')
                label = GAP.split(m.group("label"))[0]
                params.append(_Parameter(m.group("code") or "", [line], [label], [], None, goal))
                i = self._continue(i + 1, params[-1], line.raw.find(label))
                continue
            elif listed and (m := BULLET.match(text)) and not CODED_GOAL.match(m.group("text")) \
                    and not m.group("text").startswith("Oppdrag"):  # not a sub-goal, nor an assignment
                params.append(_Parameter("", [line], [m.group("text")], [], None, goal))  # (under lettered goals,
                i = self._continue(i + 1, params[-1], line.indent + (4 if goals_lettered else 2))  # flush: prose)
                continue
            elif table and (m := GOAL_ROW.match(text)) and not GAP.search(m.group("title")):
                i, goal = self._goal_row(i, m)
                continue
            elif table and (m := CODED_ROW.match(text)):
                i = self._row(i, m, goal, params)
                continue
            elif self._heading(i) and not (goals_lettered and not text[:1].isdigit()):  # (not a line of their prose)
                lettered, goal, listed, goals_lettered = bool(GOALS_HEADING.match(text)), None, False, False
            if text.endswith(":") and goals_lettered and not re.search(r"styringsparamet", text, re.I):
                listed = False  # another list's lead-in ('… følgende tilskuddsordninger:')
            if re.search(r"styringsparamet", text, re.I):
                if goals_lettered and goal is not None:
                    listed = True  # the lettered goal's parameters follow ('Styringsparametere:' / '- Andel …')
                else:
                    lettered = False  # a list of parameters follows, not of goals
            table = table or bool(TABLE_HEADER.search(text))
            i += 1
        for p in params:
            self._parameter(p)
        return self.out

    def _heading(self, i: int) -> bool:
        """A short line set apart above it, without a sentence's end: a heading."""
        text = self.lines[i].text
        return (i == 0 or not self.lines[i - 1].text) and len(text.split()) <= 10 \
            and not text.endswith((".", ",", ":", ";")) and (text[:1].isupper() or text[:1].isdigit())

    def _goal(self, start: int, end: int, level: str, num: str, title: str) -> str:
        title = clean(title).rstrip(".")
        span = self.citer.span(start, end)
        key = goal_key(self.doc, num)
        if span is None or len(title.split()) < 2:
            return num
        attrs: tuple[tuple[str, object], ...] = (
            ("number", int(num) if num.isdigit() else num), ("notation", num), ("level", level.lower()),
            ("part", ""), ("title", title), ("alias", title))
        self.out.mentions.append(Mention("Goal", key, f"{level.capitalize()} {num}: {title}", span,
                                         "goal.letter-line", 0.85, attrs))
        self.goals[num] = key
        main = num.rsplit(".", 1)[0] if "." in num else ""
        if main in self.goals:
            self.out.links.append(Link(key, "broader", self.goals[main], span, "goal.letter-sub-goal", 0.85))
        return num

    def _lettered(self, i: int, m: re.Match[str]) -> int:
        """A lettered goal 'a) …' and the lines its text wraps onto."""
        first, parts = self.lines[i], [m.group("title")]
        j = i + 1
        while j < len(self.lines) and self.lines[j].text and self.lines[j].indent > first.indent \
                and not LETTERED.match(self.lines[j].text):
            parts.append(self.lines[j].text)
            j += 1
        title = clean("\n".join(parts))
        if not INLINE_TARGET.search(title):  # an item with a target is a steering parameter
            self._goal(first.text_start, self.lines[j - 1].end, "mål", m.group("num"), title)
        return j

    def _continue(self, i: int, p: _Parameter, col: int) -> int:
        """The lines a parameter's text wraps onto and its target line."""
        while i < len(self.lines):
            line = self.lines[i]
            text = line.text
            if not text:
                break
            if NO_TARGET_LINE.match(text):  # '(Ingen prestasjonskrav. Resultatet skal rapporteres.)'
                p.lines.append(line)
                i += 1
                break
            t = TARGET_LINE.match(text)
            if t:
                p.kind, p.target = t.group("kind").lower(), [t.group("target")]
                p.lines.append(line)
                i += 1
                while i < len(self.lines) and self.lines[i].text and self.lines[i].indent > line.indent + 4 \
                        and not TARGET_LINE.match(self.lines[i].text):
                    p.target.append(self.lines[i].text)
                    i += 1
                break
            if line.indent < col - 2 or PARAMETER_LINE.match(text) or BULLET.match(text) or FOR_GOAL.match(text) \
                    or LETTERED.match(text):
                break
            p.label.append(text)
            p.lines.append(line)
            i += 1
        return i

    def _goal_row(self, i: int, m: re.Match[str]) -> tuple[int, str]:
        """A goal's row in a table of goals and parameters, its title over the lines it wraps onto."""
        first, parts = self.lines[i], [m.group("title")]
        col = first.raw.find(m.group("title"))
        j = i + 1
        while j < len(self.lines) and self.lines[j].text and self.lines[j].indent >= col - 1 \
                and not GAP.search(self.lines[j].text):
            parts.append(self.lines[j].text)
            j += 1
        code = re.sub(r"\s", "", m.group("code"))
        level, number = level_and_number(code, [], self.text)
        return j, self._goal(first.text_start, self.lines[j - 1].end, level, number, "\n".join(parts))

    def _row(self, i: int, m: re.Match[str], goal: str | None, params: list[_Parameter]) -> int:
        """A coded table row: its text cell and target cell over the lines they wrap onto."""
        first = self.lines[i]
        col = first.raw.find(m.group("rest"))
        cells = GAP.split(m.group("rest"))
        target_col = first.raw.rfind(cells[-1]) if len(cells) > 1 else None
        p = _Parameter(re.sub(r"\s", "", m.group("code")), [first], [cells[0]], cells[1:2], "ambisjon", goal)
        i += 1
        while i < len(self.lines):
            line = self.lines[i]
            if not line.text or line.indent < col - 1:
                break
            parts = GAP.split(line.text)
            if line.indent >= (target_col or 10**6) - 2:
                p.target.append(line.text)
            else:
                p.label.append(parts[0])
                if len(parts) > 1:
                    p.target.append(parts[-1])
                    target_col = target_col or line.raw.rfind(parts[-1])
            p.lines.append(line)
            i += 1
        params.append(p)
        return i

    def _parameter(self, p: _Parameter) -> None:
        text = clean("\n".join(p.label))
        target = _target(p.target)
        inline = INLINE_TARGET.search(text)
        if inline and inline.start() > 0:
            closed = inline.group("target").rstrip(")") if inline.group().startswith("(") else inline.group("target")
            text, target, p.kind = text[: inline.start()], _target([closed]), inline.group("kind")
        elif not target and (colon := COLON_TARGET.search(text)):
            text, target = text[: colon.start()], _target([colon.group("target")])  # '…: minst 380'
            p.kind = p.kind or "ambisjon"
        label = text.strip(" .")
        span = self.citer.span(p.lines[0].text_start, p.lines[-1].end)
        if span is None or len(label.split()) < 2:
            return
        key: Key = ("SteeringParameter", p.code.lower(), label.lower(), span.doc)
        attrs = (("code", p.code or None), ("target", target), ("target_kind", p.kind.lower() if target and p.kind
                                                                                 else None), ("results", ()))
        self.out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.letter-line", 0.85, attrs))
        if p.goal:
            self.out.links.append(Link(goal_key(self.doc, p.goal), "measuredBy", key, span,
                                       "parameter.letter-under-goal", 0.85))


def letter_goal_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """An allocation letter's goals and steering parameters that the other rules did not read (a goal already
    read keeps its reading; a parameter whose lines another rule read is left to that rule); of an annual report,
    those of a table that restates the letter's (coded goal rows over their parameters' rows)."""
    if document.kind not in ("tildelingsbrev", "årsrapport"):
        return Extraction()
    new = LetterGoalReader(document, passages, tables_only=document.kind != "tildelingsbrev").read()
    goals = {m.key for m in found.mentions if m.type == "Goal"}
    spans = [(m.span.start, m.span.end) for m in found.mentions if m.type == "SteeringParameter"]
    out = Extraction()
    kept: set[Key] = set()
    for m in new.mentions:
        if m.type == "Goal" and m.key in goals:
            continue
        if m.type == "SteeringParameter" and any(s < m.span.end and m.span.start < e for s, e in spans):
            continue
        out.mentions.append(m)
        kept.add(m.key)
    out.links = [link for link in new.links if link.subject in kept or link.object in kept
                 or link.predicate == "broader"]
    return out
