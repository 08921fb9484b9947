"""Assignments (oppdrag) a ministry gives an agency, read from the three layouts allocation letters use:

- blocks headed 'Oppdrag 4 (delmål 2.2)' / 'Oppdrag TK-3:' with the text below and a 'Frist: …' line;
- numbered or bulleted items under an 'Oppdrag' heading ('1. Bufdir skal … innen 1. mars 2019.');
- a table torn into lines, 'code | assignment | deadline', its columns found from the header row;
- coded items with a title line ('TD-2023-1   Evaluering av …'), the text below, a '(Mål a)' tag and 'Frist:';
- in an allocation letter, requests in running text ('Departementet ber NSK om å … innen 1. juni.', see
  :mod:`kg.mentions.assignment_prose`).

Each gives the assignment's code, its whole text, its deadline (a date where it names one, the words
otherwise), the goal it falls under (the block's goal reference, a goal column, the table caption or the goal
heading above it) and, when it orders an evaluation, what is to be evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.documents.base import Document
from kg.mentions import assignment_cells
from kg.mentions.assignment_goal_refs import status_goal, words_goal
from kg.mentions.assignment_lines import AFTER_DUE, DASHED_TITLE, GROUP_LINE, SUB_ITEM, area_section
from kg.mentions.assignment_prose import prose_assignments, reported_assignments
from kg.mentions.assignment_tables import TableReader
from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.deadlines import FRIST, FRIST_GOAL, INLINE_FRIST, MONTHS, Deadline, deadline, inline_deadline
from kg.mentions.evaluation_orders import ordered_evaluation
from kg.mentions.goal_codes import CODE as GOAL_CODE
from kg.mentions.goal_codes import key_number as code_key_number
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean, norm
from kg.passages.base import Passage

# 'K-4', '2.1', year-coded 'O-24-01' or '2025-3' (whole: never 'O-24' with '-01 …' read as the text)
CODE = r"(?:[A-ZÆØÅ]{1,5}-?\d{1,4}(?:-\d{1,3})?(?:\.\d{1,2})?|(?:19|20)\d\d-\d{1,3}|\d{1,3}/(?:19|20)\d\d|" \
    r"\d{1,3}(?:\.\d{1,2})?)(?!-?\d)"  # ('Oppdrag nr. 1/2025': numbered anew each year)
GOAL_REF = re.compile(r"\b(?P<level>hovedmål|hovudmål|delmål|virksomhetsmål|samfunnsmål|effektmål|bruk[ea]rmål|mål)\s+"
                      r"(?P<num>\d{1,2}(?:\.\d{1,2})?|(?<!strategisk mål )(?-i:[A-H]))\b", re.I)  # ('Mål A')
BLOCK = re.compile(rf"^(?:[•▪●]\s*|\d{{1,2}}[.)]\s+)?Oppdrag\s+(?:nr\.?\s*)?(?P<code>{CODE})"  # ('1. Oppdrag nr. 3')
                   r"(?:\s+i\s+tildelingsbrevet(?:\s+for\s+(?:19|20)\d\d)?)?\s*(?:\((?P<ref>[^)]{1,80})\))?(?:"
                   r"\s{3,}Knytt(?:e|et)?\s+til:\s*(?P<tagged>[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?))?\s*"  # (in a column)
                   rf"(?:[:.–-]\s*(?P<rest>\S.*)|\.)?$")  # ('Oppdrag 1.' alone over its text)
# 'Oppdrag 3 Evaluering av …': a titled block; its text starts on the next line and the title stays out of it.
TITLED = re.compile(rf"^Oppdrag\s+(?P<code>{CODE})\s+(?P<title>[A-ZÆØÅ][^.:;]{{2,80}})$")
# 'Oppdrag – veileder for frivilligsentraler (VM-A)': an uncoded block titled after a dash, its goal in brackets
DASH_TITLED = re.compile(r"^Oppdrag\s*[–-]\s*(?P<code>)(?P<title>\S[^.:;()]{2,100}?)\s*(?:\((?P<ref>[^)]{1,40})\))?$")
CODED_ITEM = re.compile(r"^(?P<code>[A-ZÆØÅ]{1,5}-\d{1,4}(?:-\d{1,3})?(?:\.\d{1,2})?|[A-ZÆØÅ]{1,3}\d{1,3}(?=\s{2,})|"
                        r"[A-ZÆØÅ]{1,5} ?(?:19|20)?\d\d-\d{1,3}(?!\d)|(?:19|20)\d\d-\d{1,3}(?=\s{2,}))"
                        r"\s*[:.–-]?\s+(?P<rest>\S.+)$")
# a numbered item, not a date wrapped onto the start of a line ('1. november 2024.')
ITEM = re.compile(r"^(?:(?P<code>\d{1,2})[.)]|[•▪●–-])\s+(?!(?:" + "|".join(MONTHS) + r")\b)(?P<rest>\S.+)$", re.I)
# what a report says of an assignment after its words and deadline ('Status: Levert …', 'Levert 28.9.2023.')
STATUS = re.compile(r"(?<=[.)])\s+(?:Status\s*:|(?:Delvis\s+)?(?:Levert|Igangsatt|Igangsett|Fullført|Gjennomført)\b)")
# the goal said in a sentence of the item ('Knyttet til effektmål A1.', 'Sjå omtalen under hovudmål 2.'), by the
# goal's number or code
GOAL_SENTENCE = re.compile(r"\s*\b(?:(?:Knyttet|Knytt|Knytte|Knytta)\s+til|(?:Se|Sjå)\s+omtalen\s+under|"
                           r"Oppdraget\s+(?:hører|høyrer)\s+(?:inn\s+)?(?:til|under))\s+"
                           r"[a-zæøå]*mål\s+"
                           r"(?P<num>(?:[A-ZÆØÅ]{1,2})?\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})\s*\.?$")
# '4. OPPDRAG', 'III.2 Andre oppdrag', 'DEL III  OPPDRAG', 'C  Oppdrag': a section heading
SECTION = re.compile(r"^(?:(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*\.?\s+|(?:DEL\s+)?[A-EIVX]{1,4}\s{2,})?"
                     r"(?P<title>[A-ZÆØÅ][^.:]{2,80})$")
ASSIGNMENT_SECTION = re.compile(r"^(?:[\w-]+\s+|rapportering\s+(?:på|om)\s+)?oppdrag(?:ene)?"
                                r"(?:\s+(?:for|i|til|fra|frå|under|med|knyttet\s+til|knytt\s+til)\b.*)?$", re.I)
GOAL_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?" + GOAL_REF.pattern.removeprefix(r"\b"), re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# '(Mål a)', '(delmål 1.2)', '(jf. mål 3)' closing an item's text: the goal it serves, not part of its words
# ('(resultatmål 1.1)', '(strategisk mål 3)': a level outside the numbered series, keyed with its level)
GOAL_TAG = re.compile(r"\s*\((?:(?:(?:jf|jfr|se)\.?\s+)?(?:hoved|hovud|del|virksomhets|verksemds)?mål\s+"
                      r"(?P<num>[a-h]|\d{1,2}(?:\.\d{1,2})?)|(?P<code>(?-i:[A-ZÆØÅ]{1,2})\d{1,2}(?:\.\d{1,2})?)"
                      r"|(?P<level>strategisk\s+mål|resultatmål|effektmål|bruk[ea]rmål)\s+(?P<lnum>\d{1,2}(?:\.\d{1,2})?))"
                      r"\)\s*\.?$", re.I)
LEAD_TAG = re.compile(r"^\((?:(?:jf|jfr|se)\.?\s+)?(?:hoved|hovud|del|virksomhets)?mål\s+"
                      r"(?P<num>[a-h]|\d{1,2}(?:\.\d{1,2})?)\)\s*", re.I)
# an 'Oppdrag' section's heading that names the goal of its assignments ('III.1 Oppdrag knyttet til hovedmål 1')
GOAL_SECTION = re.compile(r"\boppdrag\b.*?" + GOAL_REF.pattern, re.I)
# a lead-in to earlier years' assignments that are done ('Følgende oppdrag … er sluttført og videreføres ikke:')
FINISHED = re.compile(r"\b(?:sluttført|avsluttet|fullført|levert|videreføres\s+ikke)\b.*:$", re.I)


def assignment_key(doc: str, code: str, text: str) -> Key:
    """An assignment is one per document and code (or its words, where it has no code)."""
    return ("Assignment", doc, code.lower() if code else norm(text)[:120])


def goal_ref_key(doc: str, number: str) -> Key:
    """The key the goal rules give goal (or sub-goal) ``number`` of ``doc`` ('2', '2.3')."""
    return ("Goal", doc, number, "")


@dataclass
class Found:
    """One assignment as read: its lines, code, goal reference and deadline."""

    code: str
    lines: list[PrintedLine] = field(default_factory=list)
    goal: str | None = None
    due: Deadline | None = None
    rule: str = "assignment.block"
    text_parts: list[str] = field(default_factory=list)


class AssignmentReader:
    """Reads one document's assignments into mentions and links."""

    def __init__(self, document: Document, passages: list[Passage]) -> None:
        self.doc = document
        self.lines = printed_lines(document)
        self.citer = Citer(passages, document.text)
        self.doc_id = passages[0].doc if passages else document.id
        self.year = document.year
        self.out = Extraction()

    def read(self) -> Extraction:
        """Every assignment of the document."""
        found: list[Found] = []
        in_section, goal, i, finished, chapter = False, None, 0, False, ""
        while i < len(self.lines):
            line = self.lines[i]
            text = line.text
            finished = bool(text) and (finished or bool(FINISHED.search(text)))
            if self.year is None and (m := YEAR.search(text)) and re.search(r"\b(?:oppdrag|tildeling)", text, re.I):
                self.year = int(m.group())
            cells = assignment_cells.header_at(self.lines, i)
            if cells is not None:
                rows_, i = assignment_cells.table_rows(self.lines, cells[1], cells[0], self.year, goal)
                found.extend(Found(r.code, r.lines, r.goal, r.due, "assignment.cell-table-row", r.text) for r in rows_)
                continue
            table = TableReader.at(self.lines, i)
            if table is not None:
                rows, i = table.read(self.year, goal)
                found.extend(Found(r.code, r.lines, r.goal, r.due, "assignment.table-row", r.text) for r in rows)
                continue
            block = BLOCK.match(text) or TITLED.match(text) or DASH_TITLED.match(text) or (
                CODED_ITEM.match(text) if in_section else None)
            sub = SUB_ITEM.match(text) if in_section and not block else None  # ('5.1 …' in chapter 5 only)
            item = (ITEM.match(text) or (sub if sub and sub.group("code").split(".")[0] == chapter else None)) \
                if in_section and not block else None
            item = None if item and item.group("rest").isupper() else item  # '5. FELLESFØRINGER': a new chapter
            match = block or item
            if match:
                titled = match.re is CODED_ITEM and self._title_line(i, match.group("rest")) or (
                    match.re is BLOCK and bool(match.group("rest")) and DASHED_TITLE.match(text) is not None)
                f, i = self._block(i, match, goal, "assignment.block" if block else "assignment.list-item", titled)
                # the items of a list of finished assignments are none; a report's list item is one only with its
                # code or deadline (a report's other lists under its assignments chapter name measures, results)
                if not (finished and item) and not (item and self.doc.kind == "årsrapport" and not (f.code or f.due)):
                    found.append(f)
                continue
            group = GROUP_LINE.match(text) if in_section else None
            gm = GOAL_HEADING.match(text) or (GOAL_SECTION.search(text) if len(text.split()) <= 10 else None)
            if group:  # 'Under HM1': the assignments below fall under the goal the code names
                goal = code_key_number(group.group("code"))
            elif gm and len(text.split()) <= 25:  # ('Oppdrag under delmål 1.1': a goal's assignments follow)
                goal, in_section = gm.group("num"), in_section or text.lower().startswith("oppdrag ")
            elif SECTION.match(text) and len(text.split()) <= 8 and not text.endswith(","):
                title = SECTION.match(text).group("title")  # type: ignore[union-attr]
                area = area_section(text, chapter) if in_section else None  # ('5.1   Område A' in chapter 5)
                in_section = area is not None or bool(ASSIGNMENT_SECTION.match(title))
                chapter = text.split()[0].split(".")[0] if in_section and text[:1].isdigit() else ""
                if in_section or title != text:
                    goal = area  # a new numbered section (or the assignments' own) leaves the goal above
            i += 1
        for f in found:
            self._emit(f)
        taken = [(f.lines[0].text_start, f.lines[-1].end) for f in found if f.lines]
        if self.doc.kind == "tildelingsbrev":
            self._prose(taken)
        elif self.doc.kind == "årsrapport":
            for a in reported_assignments(self.doc.text, self.year):
                span = self.citer.span(a.start, a.end)
                if span is not None and not any(s < a.end and a.start < e for s, e in taken):
                    self._mention(a.text, a.code, a.goal, a.due, span, "assignment.reported-in-prose")
        return self.out

    def _title_line(self, i: int, rest: str) -> bool:
        """Whether a coded item's first line is its title ('TD-2023-1   Evaluering av …'), set apart, over its text."""
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        return bool(re.search(r"\S\s{3,}\S", self.lines[i].text)) and not rest.rstrip().endswith((".", ",", ";", ":")) \
            and len(rest.split()) <= 10 and nxt[:1].isupper() and len(nxt) > len(rest) and not FRIST.match(nxt) \
            and not re.search(r"\s(?:skal|skall|må|bør)\s", rest)  # ('Ungdir skal …': an order's sentence, no title)

    def _prose(self, taken: list[tuple[int, int]]) -> None:
        """Requests in running text ('Departementet ber NSK om å …') outside the blocks and tables read."""
        for a in prose_assignments(self.lines, self.doc.text, self.year):
            if any(s < a.end and a.start < e for s, e in taken):
                continue
            span = self.citer.span(a.start, a.end)
            if span is not None:
                self._mention(a.text, "", a.goal, a.due, span, "assignment.prose-request")

    def _block(self, i: int, m: re.Match[str], goal: str | None, rule: str,
               titled: bool = False) -> tuple[Found, int]:
        """A block or list item from its first line to its deadline, the next block or the paragraph's end."""
        ref = m.groupdict().get("ref") or ""
        gm = GOAL_REF.search(ref)
        coded = re.fullmatch(GOAL_CODE, ref.strip()) if ref and not gm else None  # '(VM-A)': the goal's code
        tagged = re.sub(r"^[A-ZÆØÅ]{1,3}(?=\d)", "", m.groupdict().get("tagged") or "")  # ('M1.1': goal 1.1)
        f = Found(m.group("code") or "", goal=gm.group("num") if gm else code_key_number(ref.strip()) if coded
                  else tagged or goal, rule=rule)
        first = self.lines[i]
        if m.groupdict().get("rest") and not titled:
            f.lines.append(first)
            f.text_parts.append(m.group("rest"))
        i += 1
        while i < len(self.lines):
            line = self.lines[i]
            text = line.text
            if not text:
                nxt = next((x for x in self.lines[i + 1:] if x.text), None)
                if f.text_parts and not (nxt and FRIST.match(nxt.text)):
                    break
                i += 1
                continue
            frist = FRIST.match(text)
            if f.text_parts and re.search(r"\b[Ff]rist:$", f.text_parts[-1]):  # 'Frist:' wrapped from its date
                f.lines.append(line)
                f.text_parts.append(text)
                i += 1
                break
            if frist:
                alone = not frist.group("value").strip() and i + 1 < len(self.lines) and self.lines[i + 1].text
                i += 1 + bool(alone)  # ('Frist:' alone, its date on the line below)
                f.due = deadline(self.lines[i - 1].text if alone else frist.group("value"), self.year)
                while i < len(self.lines) and (after := AFTER_DUE.match(self.lines[i].text)):
                    f.goal = f.goal or after.group("goal")  # ('Virksomhetsmål: 1' under the deadline)
                    if after.group("status"):  # a report's status below it
                        f.lines, f.text_parts = [*f.lines, self.lines[i]], [*f.text_parts, self.lines[i].text]
                    i += 1
                break
            if any(r.match(text) for r in (BLOCK, TITLED, DASH_TITLED, ITEM, CODED_ITEM, SUB_ITEM)) \
                    or TableReader.at(self.lines, i):
                break
            if f.text_parts and SECTION.match(text) and not f.text_parts[-1].rstrip().endswith((",", "og")) \
                    and f.text_parts[-1].rstrip().endswith((".", ":")) and len(text.split()) <= 8:
                break
            f.lines.append(line)
            f.text_parts.append(text)
            i += 1
        if not f.lines:
            f.lines.append(first)
        return f, i

    def _emit(self, f: Found) -> None:
        text = clean("\n".join(f.text_parts))
        status = STATUS.search(text)
        if status:  # ('Status: Gjennomført, se virksomhetsmål 3.1.': the goal the report tells it under)
            f.goal, text = f.goal or status_goal(text[status.start():]), text[: status.start()]
        said = GOAL_SENTENCE.search(text)
        if said:
            f.goal, text = said.group("num"), text[: said.start()].rstrip()
        inline = INLINE_FRIST.search(text)
        if inline:
            value = inline.group("value")
            if shared := FRIST_GOAL.search(value):  # '(frist 1.6.2025, mål 3)': the goal in the deadline's bracket
                f.goal, value = f.goal or shared.group("num"), value[: shared.start()]
            f.due = f.due or deadline(value, self.year)
            text = text[: inline.start()].rstrip()
        if f.due is None:
            f.due = inline_deadline(text, self.year)
        if not said and (said := GOAL_SENTENCE.search(text)):  # the goal's sentence after the deadline
            f.goal, text = said.group("num"), text[: said.start()].rstrip()
        f.goal = f.goal or words_goal(text)
        tag = GOAL_TAG.search(text)
        lead = LEAD_TAG.match(text) if not tag else None
        if tag:
            level = f"{' '.join(tag.group('level').lower().split())} {tag.group('lnum')}" if tag.group("level") else ""
            f.goal = (tag.group("num") or "").lower() or tag.group("code") or level
            text = text[: tag.start()].rstrip()
        elif lead:  # '(Mål 2) Lesedir skal …': the tag opens the item
            f.goal, text = lead.group("num").lower(), text[lead.end():]
        # a table row's short title with its deadline ('Forenkla tilskotsregelverk   VM-B   15.9.2022') is one
        if len(text.split()) < (2 if f.due is not None and f.rule.endswith("table-row") else 3):
            return
        span = self.citer.span(f.lines[0].text_start, f.lines[-1].end)
        if span is not None:
            self._mention(text, f.code, f.goal, f.due, span, f.rule)

    def _mention(self, text: str, code: str, goal: str | None, due: Deadline | None, span: Span, rule: str) -> None:
        key = assignment_key(self.doc_id, code, text)
        goal_key = goal_ref_key(self.doc_id, goal) if goal else None
        order = ordered_evaluation(text)
        attrs: tuple[tuple[str, object], ...] = (
            ("code", code or None), ("deadline", due.date if due else None),
            ("deadline_text", due.text if due else None), ("goal_number", goal), ("year", self.year),
            ("evaluates", order.label if order else None))
        self.out.mentions.append(Mention("Assignment", key, text, span, rule, 0.9, attrs))
        if goal_key:
            self.out.links.append(Link(key, "underGoal", goal_key, span, f"{rule}-goal", 0.9))
        if order:
            self.out.mentions.append(Mention(order.type, order.key, order.label, span,
                                             "target.evaluated-in-assignment", 0.7))
            self.out.links.append(Link(key, "ordersEvaluationOf", order.key, span, "assignment.orders-evaluation",
                                       0.8))


def assignment_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """The assignments of one document (see the module's docstring for the layouts read)."""
    return AssignmentReader(document, passages).read()
