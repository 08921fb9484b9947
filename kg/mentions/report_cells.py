"""Report tables torn one cell per line: 'Tittel / Utført av / År / Mål', each cell on lines of its own.

The header names a title column and at least one of publisher, year and goal. A row's title runs over its lines
until the year cell (a year, or *Pågår* / *Pågående* / *Under arbeid* for work in progress); the line just
before the year is the publisher; the goal cell after it names the goal by number (*1*, *2, 3*). The table is
read after a caption about reports or evaluations; a line that fits no row ends it.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goals import GoalContext
from kg.mentions.knowledge import publishers
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.report_lists import emit_report
from kg.mentions.text import clean
from kg.passages.base import Passage

CAPTION = re.compile(r"^Tabell\s+\d+(?:\.\d+)*\s*[:.]?\s+.*\b(?:rapport|evaluering|utredning|kunnskap|FoU|analyse)",
                     re.IGNORECASE)
COLUMNS = {
    "title": re.compile(r"^(?:Tittel|Rapport|Navn|Rapportens tittel)$", re.IGNORECASE),
    "publisher": re.compile(r"^(?:Utført av|Utførd av|Utgiver|Utgjevar|Forfatter|Publisert av|Leverandør|"
                            r"Oppdragstaker|Oppdragstakar|Utgitt av|Utgjeve av)$", re.IGNORECASE),
    "year": re.compile(r"^(?:År|Årstall|Publisert|Ferdig)(?:\s*/\s*status)?$", re.IGNORECASE),
    "status": re.compile(r"^Status$", re.IGNORECASE),
    "goal": re.compile(r"^(?:[a-zæøå]*mål|[A-ZÆØÅa-zæøå]+-\s*mål|Mål)$", re.IGNORECASE),
}
# a year, or a word for work in progress and what it says of the work ('Pågående, sluttrapport juni 2024')
YEAR_CELL = re.compile(r"^(?:(?P<year>(?:19|20)\d\d)|[–—-]|(?P<ongoing>Pågår|Pågående|Pågåande|Under arbeid|Igangsatt|"
                       r"Igangsett|Ikke ferdig|Ikkje ferdig)(?:[,;:]\s.{0,50})?)$", re.IGNORECASE)
# a status column's cell after the year ('Fullført', 'Pågåande')
STATUS_CELL = re.compile(r"^(?P<ongoing>Pågår|Pågående|Pågåande|Under arbeid|Igangsatt|Igangsett)?"
                         r"[A-ZÆØÅa-zæøå ]{0,20}$")
# a goal by number, code or letter ('2', 'A1', 'B1.2', 'C'), and a goal cell listing them ('2, 3', 'A og C') or a
# dash for none
GOAL_CODE = re.compile(r"(?:(?:[A-ZÆØÅ]{1,2}-?)?\d{1,2}(?:\.\d{1,2})?|\b[A-ZÆØÅ]\b)")
GOAL_CELL = re.compile(rf"^(?:{GOAL_CODE.pattern}(?:\s*(?:,|og)\s*{GOAL_CODE.pattern})*|[–—-])$")


def _header(lines: list[PrintedLine], i: int) -> tuple[list[str], int, str] | None:
    """The columns of the header from line ``i``, the index after it and its goal column's level word."""
    names: list[str] = []
    level = "mål"
    j = i
    while j < len(lines) and len(names) < 5:
        text = lines[j].text
        if j + 1 < len(lines) and text.endswith("-"):
            joined = text + lines[j + 1].text  # 'Virksomhets-' / 'mål'
            if COLUMNS["goal"].match(joined):
                names.append("goal")
                level = joined.lower().replace("-", "")
                j += 2
                continue
        name = next((n for n, rx in COLUMNS.items() if rx.match(text)), None)
        if name is None or name in names:
            break
        if name == "goal":
            level = text.lower()
        names.append(name)
        j += 1
    if "status" in names and "year" not in names:
        names[names.index("status")] = "year"  # a status column alone stands for the year ('Pågår' / '2023')
    if not names or names[0] != "title" or "year" not in names or len(names) < 3:
        return None
    return names, j, level


def report_cell_mentions(document: Document, passages: list[Passage], ctx: GoalContext) -> Extraction:
    """The reports of report tables torn one cell per line (see the module's docstring)."""
    out = Extraction()
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    for i, line in enumerate(lines):
        if not CAPTION.match(line.text):
            continue
        found = _header(lines, i + 1)
        if found is None:
            continue
        names, j, level = found
        after_year = names[names.index("year") + 1:]
        while j < len(lines):
            row: list[PrintedLine] = []
            # (a caption ends the table: where it goes on over a page break, its next caption reads the rest)
            while j < len(lines) and lines[j].text and not YEAR_CELL.match(lines[j].text) and len(row) < 8 \
                    and not CAPTION.match(lines[j].text):
                row.append(lines[j])
                j += 1
            if j >= len(lines) or not lines[j].text or not YEAR_CELL.match(lines[j].text) or len(row) < 2:
                break
            ym = YEAR_CELL.match(lines[j].text)
            assert ym is not None
            last = lines[j]
            j += 1
            goal_text = ""
            ongoing = bool(ym.group("ongoing"))
            if "status" in after_year and j < len(lines) and (sm := STATUS_CELL.match(lines[j].text)):
                ongoing, last = ongoing or bool(sm.group("ongoing")), lines[j]
                j += 1
            if "goal" in after_year and j < len(lines) and GOAL_CELL.match(lines[j].text):
                goal_text, last = lines[j].text, lines[j]
                j += 1
            pubs = publishers(row[-1].text) if "publisher" in names else []
            title_lines = row[:-1] if pubs else row
            title = clean("\n".join(ln.text for ln in title_lines)).rstrip(".")
            span = citer.span(row[0].text_start, last.end)
            p = citer.passage_at(row[0].text_start)
            if span is None or p is None or len(title.split()) < 2:
                continue
            info: dict[str, object] = {"title": title, "publishers": pubs,
                                       "year": int(ym.group("year")) if ym.group("year") and not ongoing else None,
                                       "status": "ongoing" if ongoing else "published"}
            group: list[Key] | None = None
            if goal_text and GOAL_CODE.match(goal_text):
                group = [k for n in GOAL_CODE.findall(goal_text)
                         for k in (named_goal_keys(ctx, span.doc, f"{level} {n}")
                                   or named_goal_keys(ctx, span.doc, f"mål {n}"))]
            emit_report(out, p, ctx, info, span.start, span.end, ongoing, document.text, group)
    return out
