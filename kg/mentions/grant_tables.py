"""Grant schemes with their yearly figures from grant tables in any layout.

A grant table is a 'Tabell N …' caption about grants followed by a header and rows. Its columns
(received applications, granted applications, amount; in any order, the header over several lines
or one cell per line) are read from the header words, amounts scaled by the unit the caption or the
column gives ('i 1000 kr', 'mill. kroner'). Three shapes: one row per scheme, one row per year (the
scheme named by the caption or by a name line above the year rows), one column per year (rows are
the measures). A Sum/Totalt row is no scheme. Each figure keeps its year.
"""

from __future__ import annotations

import re

from kg.mentions.amounts import number
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.grant_cells import torn_grant_rows
from kg.mentions.grant_columns import CELL_GAP, SCHEME_NAME, Cell, Column, meaning
from kg.mentions.grant_columns import cells as split_cells
from kg.mentions.grant_table_rows import (
    CAPTION,
    FIGURE_WORD,
    NAMED_ABOVE,
    POST_REMARK,
    Figure,
    Table,
    assign,
    assign_by_year,
    goal_cells,
    group_row,
    next_year_row,
    year_column_row,
)
from kg.mentions.grant_year_groups import year_groups
from kg.mentions.grants import CAPTION as SEED_CAPTION
from kg.mentions.printed import Citer
from kg.mentions.text import RULED_LINE, clean, grant_key
from kg.passages.base import Passage

GRANT_WORD = re.compile(r"tilsk(?:udd|ot)|ordning", re.I)
YEAR = re.compile(r"^(?:19|20)\d\d$")
ORDNING_NAME = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,}ordning(?:en|a)\b")
TOTAL = re.compile(r"^(?:sum|totalt?|i alt|samlet)\b", re.I)
STOP = re.compile(r"^(?:Tabell|Figur|Kilde|Note)\b", re.I)
# a chapter and post alone in their column under a scheme's name line ('862/70', '0862.71')
POST_CELL = re.compile(r"^\d{3,4}\s?[/.]\s?\d{2}$")


def _header(table: Table, cells: list[Cell]) -> None:
    if not table.columns:
        table.columns = [Column(c.col, [c.text]) for c in cells]
        return
    for c in cells:
        best = min(table.columns, key=lambda col: abs(col.col - c.col))
        best.words.append(c.text)


def _read(table: Table, rows: list[tuple[str, int, int, int]]) -> None:
    """Rows: (text, start, end, line_start) of the lines after the caption, blank lines as ''."""
    seen_rows = False
    pending: list[tuple[str, int]] = []  # one-cell-per-line values
    for text, start, end, line_start in rows:
        if not text:
            if seen_rows:
                break
            continue
        if RULED_LINE.match(text):
            continue  # a ruled line
        if STOP.match(text) or (len(text) > 70 and not CELL_GAP.search(text)) or re.search(r"\.\s*$", text) \
                and len(text.split()) > 6:
            break
        cells = split_cells(text, start, line_start)
        numeric = [c for c in cells if number(c.text) is not None]
        if not table.columns and not table.year_columns and all(YEAR.match(c.text) for c in cells) and len(cells) > 1:
            table.year_columns = [(c.col, int(c.text), c.start) for c in cells]
            continue
        if table.columns and not seen_rows and not table.vertical and len(cells) > 1 and all(
                YEAR.match(c.text) or c.text.startswith("(") for c in cells):
            _header(table, cells)  # the header's second line: years and units under its words ('2024', '(1 000 kr)')
            continue
        if table.columns and not seen_rows and not table.groups and not table.vertical:
            groups = year_groups([(c.col, c.text) for c in cells], [(c.col, c.text) for c in table.columns])
            if groups:
                table.groups = groups
                continue
        # a scheme's name line over its year rows: 'Tilskudd til …', or any name closed by its post ('… (kap. 1144
        # post 71)'); ('Medfinansieringsordningen for digitaliserings-' / 'prosjekter i … (kap. 548 post 62)': a
        # compound of 'ordningen' opens a name wrapped over two lines)
        named = table.columns and len(cells) == 1 and (SCHEME_NAME.search(text) or table.name and text[:1].islower()
                                                       or POST_REMARK.search(text) or ORDNING_NAME.match(text))
        if not numeric and not seen_rows and not named:
            if table.vertical or (table.columns and len(cells) == 1 and len(table.columns) >= 1
                                  and all(len(c.words) == 1 for c in table.columns)
                                  and meaning(table.columns[0].text) == "year"):
                table.columns.append(Column(len(table.columns), [text]))
                table.vertical = True
            else:
                _header(table, cells)
            continue
        seen_rows = seen_rows or bool(numeric)
        if table.vertical:
            pending.append((text, start))
            n = len(table.columns)
            if len(pending) == n:
                year = int(pending[0][0]) if YEAR.match(pending[0][0]) else table.year
                cells = [Cell(i, s, t) for i, (t, s) in enumerate(pending)]
                table.columns = [Column(i, c.words) for i, c in enumerate(table.columns)]
                values = assign(table, cells[1:]) if YEAR.match(pending[0][0]) else assign(table, cells)
                if values and table.scheme:
                    table.figures.append(Figure(table.scheme[0], table.scheme[1], (pending[0][1], end), year, values))
                pending = []
            continue
        if table.year_columns:
            year_column_row(table, cells)
            continue
        _row(table, cells, start, end)


def _row(table: Table, cells: list[Cell], start: int, end: int) -> None:
    numeric = [c for c in cells if number(c.text) is not None]
    text_cells = [c for c in cells if number(c.text) is None]
    first = cells[0]
    if TOTAL.match(first.text):
        table.name = []
        return
    if not numeric:
        if table.name and len(cells) == 1 and POST_CELL.match(first.text):
            return  # the name's post, under its own column
        if table.figures and table.figures[-1].name_span[1] <= start and first.text[:1].islower() and not table.name:
            last = table.figures[-1]  # a wrapped scheme name goes on below its row
            same = [f for f in table.figures if f.name_span == last.name_span]
            for f in same:
                # a word split at a hyphen ('tannhelse-' / 'arbeid') is joined, a compound's dash before 'og' kept
                joint = " " if re.match(r"(?:og|eller)\b", first.text) else "\n"
                f.name = clean(f"{f.name}{joint}{first.text}")
                f.name_span = (f.name_span[0], first.start + len(first.text))
            return
        # (a name's post on the line below it, '(kap. 548 post 63)', closes that name)
        table.name = [*table.name, first] if table.name and (first.text[:1].islower() or POST_REMARK.match(
            first.text)) else [first]
        return
    if table.groups and len(numeric) == len(table.groups) and text_cells:
        group_row(table, text_cells[0], numeric, start, end)
        return
    if YEAR.match(first.text) and numeric[0] is first:
        year = int(first.text)
        values = assign(table, numeric[1:])
        if table.name:
            name = clean(POST_REMARK.sub("", " ".join(c.text for c in table.name)))
            span = (table.name[0].start, table.name[-1].start + len(table.name[-1].text))
        elif table.scheme:
            name, span = table.scheme
        else:
            return
        if values:
            table.figures.append(Figure(name, span, (start, end), year, values))
        return
    if not text_cells:
        return
    name_cell = text_cells[0]
    year_col = next((col.col for col in table.columns if meaning(col.text) == "year"), None)
    # the year stands under the year column's header, set flush left or right of it ('År' over '2023')
    year_cell = next((c for c in numeric if YEAR.match(c.text) and year_col is not None
                      and c.col - 1 <= year_col <= c.col + len(c.text)), None)
    if year_cell is not None and table.figures and re.match(r"[a-zæøå(]", name_cell.text):
        next_year_row(table, name_cell, year_cell, [c for c in numeric if c is not year_cell], end)
        return
    values = assign(table, [c for c in cells if c is not name_cell and c is not year_cell
                             and number(c.text) is not None and not re.match(r"^\d+\.\d+$", c.text)])
    if year_cell is not None and values:
        name = clean(POST_REMARK.sub("", name_cell.text)) + ("-" if name_cell.text.endswith("-") else "")
        span = (name_cell.start, name_cell.start + len(name_cell.text))
        table.figures.append(Figure(name, span, (name_cell.start, end), int(year_cell.text), values))
        return
    lead = table.name if name_cell.text[:1].islower() else []  # the name began on the line above
    table.name = []
    if values:
        first_cell = lead[0] if lead else name_cell
        name = clean(" ".join(c.text for c in [*lead, name_cell])) + ("-" if name_cell.text.endswith("-") else "")
        span = (first_cell.start, name_cell.start + len(name_cell.text))
        # columns of several years ('Beløp 2023', 'Søknader 2024', 'Beløp 2024'): a figure for each year
        by_year = assign_by_year(table, [c for c in cells if c is not name_cell and number(c.text) is not None
                                          and not re.match(r"^\d+\.\d+$", c.text)])
        table.figures += [Figure(name, span, (first_cell.start, end), year or table.year, v)
                          for year, v in by_year.items()] if len(by_year) > 1 else [
            Figure(name, span, (first_cell.start, end), table.year, values)]


# a row's closing remark naming its budget post or goal ('(post 70, mål 1)', '(effektmål 2)')
# ... or its chapter and post alone ('(657.70)')
ROW_REMARK = re.compile(r"\s*\((?P<inner>[^()]*\b(?:post\s+\d{2}|[a-zæøå]*mål\s+\d{1,2})\b[^()]*|\d{3,4}\.\d{2})\)\s*$",
                        re.I)
GOAL_IN_REMARK = re.compile(r"\b[a-zæøå]*mål\s+\d{1,2}\b", re.I)
CONTINUED = re.compile(r"\((?:framhald|forts\w*\.?|fortsetjing|fortsatt)\)", re.I)


def tables_of(original: str) -> list[Table]:
    """Every grant table of a document's text with the figures read from it."""
    raw = original.split("\n")
    starts, pos = [], 0
    for line in raw:
        starts.append(pos)
        pos += len(line) + 1
    out = []
    previous = ""
    for i, line in enumerate(raw):
        text = line.strip()
        header = next((x.strip() for x in raw[i + 1: i + 4] if x.strip()), "")
        # the seed's layout (cells one space apart) is read by kg.mentions.grants; columns set apart are read here
        if not CAPTION.match(text) or (SEED_CAPTION.match(text) and not CELL_GAP.search(header)):
            continue
        caption = text
        if CONTINUED.search(text) and previous:
            caption = f"{text} {previous}"  # 'Tabell 3.5 (framhald)': the table goes on after a page break
        previous = text
        j = i + 1
        if j < len(raw) and raw[j].strip().startswith("(") and raw[j].strip().endswith(")") \
                and not CELL_GAP.search(raw[j].strip()):
            caption += " " + raw[j].strip()  # the unit on its own line under the caption
            j += 1
        on_caption = CELL_GAP.split(text)
        if len(on_caption) >= 3 and not CONTINUED.search(text):
            caption = on_caption[0]  # 'Tabell 5 Tilskotsordningar    Beløp 2023   Søknader …': the header's first line
        table = Table(caption, starts[i] + line.index(text))
        named = NAMED_ABOVE.match(raw[i - 1].strip()) if i > 0 and table.scheme is None else None  # (see NAMED_ABOVE)
        if named:
            at = starts[i - 1] + raw[i - 1].index(named.group("name"))
            table.scheme = (named.group("name"), (at, at + len(named.group("name"))))
        rows = []
        if caption == on_caption[0] and len(on_caption) >= 3:
            at = line.index(on_caption[1], line.index(text) + len(on_caption[0]))
            rows.append((line[at:].rstrip(), starts[i] + at, starts[i] + len(line.rstrip()), starts[i]))
        for k in range(j, min(j + 60, len(raw))):
            body = raw[k].rstrip()
            lead = len(body) - len(body.lstrip())
            rows.append((body.strip(), starts[k] + lead, starts[k] + len(body), starts[k]))
        header_text = " ".join(r[0] for r in rows[:6]).lower()
        if not ((GRANT_WORD.search(caption) or named) and FIGURE_WORD.search(header_text + caption)):
            continue
        torn = torn_grant_rows(rows, table.scale)
        if torn:
            table.figures = [Figure(f.name, f.name_span, f.row_span, f.year or table.year, f.values, f.goal)
                             for f in torn]
        else:
            _read(table, rows)
        if table.figures:
            out.append(table)
    return out


NAME_YEAR = re.compile(r"^(?P<name>.{4,}?),\s*(?P<year>(?:19|20)\d\d)$")


def grant_table_mentions(passages: list[Passage], ctx: GoalContext, original: str, year: int | None) -> Extraction:
    """One grant-scheme mention per figure (scheme and year) of every grant table, linked to the table's goal."""
    out, citer = Extraction(), Citer(passages, original)
    for table in tables_of(original):
        goal_cells(table.figures, table.columns, original)
        for f in table.figures:
            f.name = f.name.rstrip("-")  # a hyphen kept for a wrapped line that did not come
            remark = ROW_REMARK.search(f.name)
            if remark:  # 'Tilskudd til friluftsråd (post 72, mål 2)': the post and goal are no part of the name
                f.name = f.name[: remark.start()].rstrip()
            if len(f.name) < 4 or TOTAL.match(f.name):
                continue
            dated = NAME_YEAR.match(f.name)
            if dated:  # 'Tilskot til stølsdrift, 2024': the row's year after the scheme's name
                f.name, f.year = dated.group("name"), int(dated.group("year"))
            name_span = citer.span(*f.name_span)
            row_span = citer.span(*f.row_span)
            p = citer.passage_at(f.row_span[0])
            if name_span is None or row_span is None or p is None:
                continue
            named = GOAL_IN_REMARK.search(remark.group("inner")) if remark else None
            named_goal = named.group(0).lower() if named else f"mål {f.goal}" if f.goal else ""
            goals = (named_goal_keys(ctx, p.doc, named_goal) if named_goal else []) or _goals(ctx, p, table)
            key: Key = ("GrantScheme", grant_key(f.name))
            attrs = (("granted_applications", f.values.get("granted")), ("granted_nok", f.values.get("amount")),
                     ("received_applications", f.values.get("received")), ("year", f.year or year),
                     ("goals", tuple(goals)), ("row", row_span))
            out.mentions.append(Mention("GrantScheme", key, f.name, name_span, "grant.table-row", 0.93, attrs))
            # a row naming no goal (no '(mål 2)', no goal cell) in an overview whose caption names none stands in its
            # section for want of a better place: its goal yields to one the prose gives a scheme (see grant_names);
            # so does a table of fewer rows: a sentence naming the scheme's goal outweighs its section's
            rule = "grant.table-for-goal" if table.goal_number is not None or named_goal else \
                "grant.overview-table-in-goal-section" if len(table.figures) >= 3 else "grant.table-in-goal-section"
            for g in goals:
                out.links.append(Link(key, "supportsGoal", g, row_span, rule, 0.9 if rule == "grant.table-for-goal"
                                      else 0.7))
    return out


def _goals(ctx: GoalContext, p: Passage, table: Table) -> list[Key]:
    heading = ctx.goal_of(p)
    if table.goal_number is not None:
        part = heading.part if heading and heading.number == table.goal_number else ""
        return ctx.keys_for(p.doc, table.goal_number, part)
    return [goal_key(p.doc, heading.number, heading.part)] if heading else []
