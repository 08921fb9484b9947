"""Steering parameters stated one by one or in result tables, with their target and results per year.

- 'Styringsparameter: <text> (resultatmål: <target>)', '– Styringsparameter: <text>. Resultatmål: <target>.',
  'Styringsparameter 2.1: <text>'; the results follow as a row of years over a row of values, as
  '2019:  118' lines, as 'Resultat 2019: 69 %' or in the next sentence ('… 84,1 prosent i 2019, mot …');
- a table headed 'Styringsparameter | Prestasjonskrav 2022 | 2020 | 2021 | 2022' with one row per parameter
  ('SP 1.1 Andel … | 90 % | 63 % | 71 % | 82 %'), the parameter's text wrapped onto lines of its own;
- a right column beside the goals (see side_columns). Each measures the goal its scope or its caption names.
"""

from __future__ import annotations

import re

from kg.mentions.amounts import leading_number
from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.parameter_blocks import SLASHED, Block, block_at
from kg.mentions.parameter_columns import Header, header_at, table_rows
from kg.mentions.parameter_followed import followed_parameters, named_parameters, paragraph_parameters
from kg.mentions.parameter_goals import GOAL_NUMBER_CODE, parameter_goals
from kg.mentions.parameter_headers import table_header
from kg.mentions.parameter_indicated import indicated_parameter
from kg.mentions.parameter_lines import (
    CELLS,
    Line,
    header_again,
    lines_of,
    name_end,
    split_values,
    target_wrapped,
    values_below,
    with_units,
    wrapped,
)
from kg.mentions.parameter_quoted import quoted_parameters, told_parameters
from kg.mentions.parameter_stated import (
    STATED,
    YEAR,
    YEAR_COLON,
    block_end,
    caption_above,
    defined_parameter,
    listed_parameters,
    named_block,
    result,
    results_after,
    split_target,
    target_told,
)
from kg.mentions.side_columns import masked, side_columns
from kg.mentions.text import RULED_LINE, clean
from kg.passages.base import Passage

TABLE_CAPTION = re.compile(r"^\s*Tabell\s+\d{1,2}(?:\.\d{1,2})?\b")
# a parameter's code: 'SP 1.2', 'S 18', 'RI 1', '2.1', 'A.1', 'RI1', 'A1.1', a goal's letter and a dash ('A-1'), and
# a sub-goal's code and a letter ('1.1a')
CODE = re.compile(r"^(?P<code>(?:S|[A-ZÆØÅ]{2,3})[ \t]?\d{1,2}(?:\.\d{1,2})?|(?:[A-Z]|\d{1,2})\.\d{1,2}|"
                  r"[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?|[A-ZÆØÅ]-\d{1,2}|\d{1,2}\.\d{1,2}[a-h])"
                  r"\.?[ \t]+(?=\S)")


# 'Indikator 1.1 Antall bedrifter …' above a table whose rows give only the code and the figures
NAMED_CODE = re.compile(r"^\s*(?:Indikator|Resultatindikator|Styringsparameter)\s+(?P<code>\d{1,2}\.\d{1,2})[:.]?\s+"
                        r"(?P<label>[A-ZÆØÅ].{5,})$")


class ParameterReader:
    """Reads the stated and tabled steering parameters of one document."""

    def __init__(self, passages: list[Passage], ctx: GoalContext, original: str,
                 removed: tuple[tuple[int, int, str], ...]) -> None:
        self.passages = sorted(passages, key=lambda p: p.start)
        self.ctx, self.original = ctx, original
        self.lines = lines_of(masked(original, side_columns(original), "right"), removed)  # see side_columns
        self.out = Extraction()
        doc = passages[0].doc if passages else ""
        # the document's goals by their codes as printed ('A1', 'DM1.1'), for a table's goal column
        self.printed = {h.notation: goal_key(doc, h.number, h.part) for h in (
            *ctx.headings.values(), *(h for h, _, _ in ctx.stated)) if h.notation}

    def read(self) -> Extraction:
        """Every parameter of the document, with its goal link."""
        for tm, told in told_parameters(self.original):
            self._emit("", clean(tm.group("label")), tm.start(), tm.end(), clean(tm.group("target")),
                       tm.group("kind").lower(), [told], "parameter.told", tm.start())
        for qm, target in quoted_parameters(self.original):
            self._emit("", clean(qm.group("label")), qm.start(), qm.end(), target[0] if target else None,
                       target[1] if target else None, [], "parameter.quoted", qm.start())
        for f in [*followed_parameters(self.original), *paragraph_parameters(self.original),
                  *named_parameters(self.original)]:  # see parameter_followed
            said = [result(y, v, Line(s, e, v)) for y, v, s, e in f.results]
            self._emit("", f.label, f.start, f.end, f.target, f.kind, said, "parameter.followed", f.start)
        i = 0
        while i < len(self.lines):
            start = self.lines[i].start + len(self.lines[i].text) - len(self.lines[i].text.lstrip())
            if defined := defined_parameter(self.lines, i):  # 'Styringsparameter 1a.1 er talet på …'
                last, code, label, aim, results, goal = defined
                self._emit(code, label, start, self.lines[last].end, aim[0] if aim else None, aim[1] if aim else None,
                           results, "parameter.defined", start, goal)
                i = last + 1
                continue
            if listed := listed_parameters(self.lines, i):  # 'Styringsparametere:' / '– Andel …'
                for first, last, words in listed[1]:
                    at = self.lines[first].start + self.lines[first].text.index(words[:10])
                    label, value, kind, _ = split_target(words)  # ('… (målverdi: minst 60 prosent)')
                    self._emit("", label, at, self.lines[last].end, value, kind, [], "parameter.listed", at)
                i = listed[0]
                continue
            m = STATED.match(self.lines[i].text)
            if m:
                i = self._stated(i, m)
                continue
            block = block_at(self.lines, i)
            if block:
                i = self._block(block)
                continue
            # 'Andel …' / 'Målverdi 2023: …' / 'Resultat 2023: …', or 'Indikator: …' over its results (see the modules)
            if named := named_block(self.lines, i) or indicated_parameter(self.lines, i):
                last, label, value, kind, results = named
                self._emit("", label, start, self.lines[last].end, value, kind, results, "parameter.named-block", start)
                i = last + 1
                continue
            numbered = header_at(*(ln.text for ln in self.lines[i: i + 3]))
            if numbered:
                i = self._numbered_table(i, numbered)
                continue
            table = table_header(self.lines, i)
            if table:
                i = self._table(i, *table)
                continue
            i += 1
        return self.out

    def _passage(self, pos: int) -> Passage | None:
        return next((p for p in self.passages if p.start <= pos < p.end), None)

    def _span(self, start: int, end: int) -> Span | None:
        p = self._passage(start)
        if p is None:
            return None
        return Span(p.id, p.doc, p.doc_name, start, end, p.page, p.section, self.original[start:end])

    def _goals(self, pos: int, named: str = "", code: str = "") -> list[Key]:
        p = self._passage(pos)
        return parameter_goals(self.ctx, p, pos, named, code) if p is not None else []

    def _emit(self, code: str, label: str, start: int, end: int, target: str | None, kind: str | None,
              results: list[dict[str, object]], rule: str, goals_at: int, named: str = "", ref: str = "") -> None:
        span = self._span(start, end)
        if span is None or len(label.split()) < (1 if code and (target or results) else 2):
            return
        label = label.rstrip(" .")
        key: Key = ("SteeringParameter", code.lower(), label.lower(), span.doc)
        for r in results:
            p = self._passage(int(str(r["start"])))
            r["passage"] = p.id if p else span.passage
        attrs = (("code", code or None), ("target", target), ("target_kind", kind if target else None),
                 ("results", tuple(results)))
        self.out.mentions.append(Mention("SteeringParameter", key, label, span, rule, 0.9, attrs))
        for g in [self.printed[ref]] if ref in self.printed else self._goals(goals_at, named, code):
            self.out.links.append(Link(g, "measuredBy", key, span, rule + "-under-goal", 0.85))

    def _stated(self, i: int, m: re.Match[str]) -> int:
        j = block_end(self.lines, i)
        start = self.lines[i].start + m.start("rest")
        text = clean(self.original[start : self.lines[j].end])
        code = " ".join((m.group("code") or "").split())
        label, target, kind, after = split_target(text, m.group("word") == "Resultatmål")
        results = [result(r.group("year"), r.group("value"), self.lines[j]) for r in YEAR_COLON.finditer(after)]
        results = results or results_after(self.lines, j + 1)
        if target is None and (told := target_told(self.lines, j + 1)):
            target, kind = told  # 'Resultatkravet er under 10 prosent', '… mot et resultatkrav på minst 200 …'
        if m.group("word") == "Resultatmål" and target is None and not results:
            return i + 1  # 'Resultatmål 1.1: <a goal's title>' states a sub-goal (see goal_statements)
        lead = len(m.group(0)) - len(m.group(0).lstrip(" \t\f•▪●*·–-"))  # at its word, past a bullet
        self._emit(code, label, self.lines[i].start + lead, self.lines[j].end, target, kind, results,
                   "parameter.stated", self.lines[i].start + lead, caption_above(self.lines, i))
        return j + 1

    def _block(self, b: Block) -> int:
        """A coded block ('S2   Andel …' / 'Resultatkrav: …' / 'Resultat 2022: …'), see parameter_blocks."""
        results = [result(r.group("year"), r.group("value"), self.lines[k])
                   for k in b.result_lines for r in YEAR_COLON.finditer(self.lines[k].text)]
        results += [result(y, v, self.lines[k]) for k in b.result_lines if (sm := SLASHED.match(self.lines[k].text))
                    and sm.group("years").count("/") == sm.group("values").count("/")
                    for y, v in zip(sm.group("years").split("/"), sm.group("values").split("/"), strict=True)]
        results = results or results_after(self.lines, b.last + 1)  # a row of years over a 'Resultat' row
        first = self.lines[b.first]
        lead = len(first.text) - len(first.text.lstrip(" \t•▪●*·–-"))  # the block begins at its code, past a bullet
        self._emit(b.code, b.label, first.start + lead, self.lines[b.last].end, b.target, b.kind, results,
                   "parameter.coded-block", first.start + lead, b.goal)
        return b.last + 1

    def _numbered_table(self, i: int, header: Header) -> int:
        """Rows of a table with a number column ('Nr. | Styringsparameter | … | Mål 2024'), see parameter_columns."""
        caption = " ".join(ln.text for ln in self.lines[max(0, i - 3) : i])
        if (cont := re.search(r"\b(Tabell\s+\d+(?:\.\d+)?)\s*\((?:forts|framhald)", caption)) is not None:
            # 'Tabell 3 (forts.)': the caption the table had before its page break
            caption = next((ln.text for ln in reversed(self.lines[max(0, i - 80): i - 3])
                            if ln.text.startswith(cont.group(1)) and "(forts" not in ln.text), caption)
        rows, end = table_rows(self.lines, i, header)
        # a table of several goals' parameters ('1.1 …', '2.1 …', '3.1 …'): each row measures the goal its code names
        leading = {m.group("num") for r in rows if (m := GOAL_NUMBER_CODE.match(r.code))}
        by_code = len(leading) >= 2 and leading <= set(self.ctx.parts)
        for row in rows:
            first, last = self.lines[row.first], self.lines[row.last]
            results = [result(y, " ".join(v), first) for y, v in row.values.items()
                       if leading_number(" ".join(v)) is not None]
            start = first.start + len(first.text) - len(first.text.lstrip())
            # the row's goal column names its goal ('1'), else the table's caption or section does
            coded = GOAL_NUMBER_CODE.match(row.code) if by_code else None
            named = f"mål {row.goal}" if row.goal else f"mål {coded.group('num')}" if coded else caption
            self._emit(row.code, row.text, start, last.end, row.target_text, header.target_kind or None, results,
                       "parameter.numbered-table-row", first.start, named, row.goal if row.goal[:1].isalpha() else "")
        return end

    def _table(self, i: int, years: list[str], kind: str, target_last: bool, goal_column: bool = False) -> int:
        has_target = bool(kind)
        above = self.lines[max(0, i - 3) : i]
        # from the table's own caption on ('Tabell 2 Resultatindikatorer hovedmål 1'), past the goal lines above it
        at = next((k for k in range(len(above) - 1, -1, -1) if TABLE_CAPTION.match(above[k].text)), 0)
        caption = " ".join(ln.text for ln in above[at:])
        width = 1 + int(has_target) + len(years) + int(goal_column)
        rows: list[tuple[Line, list[str], list[Line]]] = []
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            cells = CELLS.split(line.text.strip())
            if RULED_LINE.match(line.text.strip()) or (not rows and all(re.fullmatch(YEAR, c) for c in cells)) \
                    or (j == i + 1 and self.lines[i].text.rstrip().endswith("-")):
                j += 1  # a ruled line, or the year or word under the header's target ('Ambisjon' / '2019')
                continue
            if rows and (again := header_again(self.lines, j, self.lines[i].text)) is not None:
                j = again  # the header repeated where the table goes on over a page break
                continue
            if len(cells) == width + 1 and CODE.match(f"{cells[0]} x") and len(cells[0]) <= 6:
                cells = [f"{cells[0]} {cells[1]}", *cells[2:]]  # 'R1  Tal freda …': the code a cell of its own
            if len(cells) == 2 and CODE.match(f"{cells[0]} x") and len(cells[0]) <= 6 \
                    and values_below(self.lines, j, width):
                cells = [f"{cells[0]} {cells[1]}"]  # 'SP 1.1  Andel …' / '  som får …   68 %   71 %': values below
            cells = split_values(cells, width)
            if rows and (united := with_units(rows[-1][1], cells, len(years), target_last)):
                rows[-1][2].append(line)  # the text's next line with the units of the values above
                rows[-1][1][:] = united
            elif len(cells) == width:
                rows.append((line, cells, []))
            elif rows and target_last and (joined := target_wrapped(rows[-1][1], cells)):
                rows[-1][1][:] = joined  # the text and the target go on on this line
                rows[-1][2].append(line)
            elif len(cells) == 1 and CODE.match(cells[0] + " ") and (found := values_below(self.lines, j, width)):
                # the row's text wraps and its values stand on the last wrapped line
                texts, below = found
                rows.append((line, [clean("\n".join([cells[0], *texts[:-1], texts[-1][0]])), *texts[-1][1:]],
                             below))
                j += len(below)
            elif len(cells) == 1 and cells[0][:1].isupper() and not CODE.match(cells[0] + " ") \
                    and (found := values_below(self.lines, j, width, any_case=True)):
                # an uncoded row: its text wraps, the values on a later line of it
                texts, below = found
                rows.append((line, [clean("\n".join([cells[0], *texts[:-1], texts[-1][0]])), *texts[-1][1:]],
                             below))
                j += len(below)
            elif len(cells) == 1 and rows and not self.lines[j - 1].text.strip():
                break  # a line after a blank one goes on no row: the text below the table
            elif len(cells) == 1 and rows and (cells[0][:1].islower() and len(cells[0]) < 80 or name_end(cells[0])):
                rows[-1][2].append(line)
            elif line.text.strip() or not rows:
                break
            j += 1
        for line, cells, more in rows:
            ref = ""
            if goal_column:  # the goal's code ('A1', 'DM1.1') the row measures, not a value
                ref, cells = cells[1], [cells[0], *cells[2:]]
            if target_last:
                cells = [cells[0], cells[-1], *cells[1:-1]]
            first = cells[0] + "".join(" " + CELLS.split(m.text.strip())[0] for m in more[wrapped(cells, more):])
            cm = CODE.match(first)
            code = " ".join(cm.group("code").split()) if cm else ""
            label = clean(first[cm.end():] if cm else first)
            if not cm and re.fullmatch(r"\d{1,2}\.\d{1,2}", label):
                code, label = label, ""
            if not label and code:  # a row of codes only: the parameter named on a line of its own above the table
                label = next((clean(m.group("label")) for ln in reversed(self.lines[max(0, i - 20): i])
                              if (m := NAMED_CODE.match(ln.text)) and m.group("code") == code), "")
            target = cells[1] if has_target else None
            values = cells[-len(years):]
            results = [result(y, v, line) for y, v in zip(years, values, strict=True) if leading_number(v) is not None]
            start = line.start + len(line.text) - len(line.text.lstrip())
            end = (more[-1] if more else line).end
            self._emit(code, label, start, end, None if target in (None, "–", "-") else target,
                       kind or None, results, "parameter.table-row", line.start,
                       caption, ref)
        return j


def stated_parameter_mentions(passages: list[Passage], ctx: GoalContext, original: str,
                              removed: tuple[tuple[int, int, str], ...] = ()) -> Extraction:
    """Steering parameters stated one by one or as rows of a result table, with target and results."""
    return ParameterReader(passages, ctx, original, removed).read()
