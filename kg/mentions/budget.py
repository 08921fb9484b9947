"""Budget posts (kapittel/post) with their amounts, from the two shapes budget tables take in extracted text:

- the appropriation report of an annual report, one row per post with the chapter's name in it
  ('0842 Familievern 01 Driftsutgifter A,B 413 438 000 411 934 044 1 503 956'): allocation and accounts, a post's
  text wrapped onto the line below under its column ('kan overføres');
- a budget table in columns ('Kap. Post Betegnelse Beløp', 'Kapittel Post Tekst Samlet tildeling'), a chapter
  named on its own row or on every row, posts of income chapters (3xxx) alike, amounts in the unit its
  caption or header gives ('i 1000 kr', '(mill. kroner)', kroner otherwise) turned into kroner; sum rows
  are not posts. A line 'Kap. 846 post 21 Spesielle driftsutgifter 12 345' reads the same anywhere.

Each amount carries its year: the table caption's, else the document's.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions import budget_amount_first, budget_cells
from kg.mentions.base import Extraction, Mention, Span, span_of
from kg.mentions.lines import Line, lines
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import RULED_LINE, clean, split_numbers
from kg.passages.base import Passage

# 'Kapittel  Kapittelnavn  Post  Posttekst', 'Utgiftskap.  Kapittelnavn …', 'Utgiftskapittel  Post  Posttekst'
APPROPRIATION_HEADER = re.compile(
    r"(?:Kapittel|(?:Utgifts|Inntekts)?kap(?:ittel|\.)?)\s+Kapittelnavn\s+Post\s+Posttekst"
    r"|(?:Utgifts|Inntekts)kap(?:ittel|\.)\s+Post\s+Posttekst", re.I)
BUDGET_ROW = re.compile(
    r"^(?P<kap>\d{3,4})(?:\s+(?P<kapname>\D+?))?\s+(?P<post>\d{2})\s+(?P<text>\D+?)\s+(?:(?P<note>[A-Z](?:,[A-Z])*)\s+)?"
    r"(?P<nums>-?\d[\d\s-]*?)(?:\s+(?P<tail>[^\d\s-]\D*))?$"  # tail: a wrapped name the clean-up joined on
)
# 'Kap. Post', 'Kap. / post', 'Kap./post', 'Kapittel og post'
COLUMN_HEADER = re.compile(r"^Kap(?:ittel|\.)?(?:\s*/\s*|\s+og\s+|\s+)Post\b", re.I)
AMOUNT = r"-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?"
# 'Kap. 846 post 21 …', '846  21  …', '545.01  …' (chapter and post joined by a point)
POST_ROW = re.compile(rf"^(?:Kap(?:ittel|\.)?\s*)?(?:(?P<kap>\d{{3,4}})(?:,?\s+|\.(?=\d{{2}}\s)))?(?:[Pp]ost\s+)?"
                      rf"(?P<post>\d{{2}})\s+"
                      rf"(?P<text>[^\d\s].*?)(?:\s{{2,}}|\s(?=\d))(?:kr\.?\s+)?(?P<amount>{AMOUNT})(?:\s{{2,}}.*)?$")
CHAPTER_ROW = re.compile(r"^(?:Kap(?:ittel|\.)\s*)?(?P<kap>\d{3,4})(?:\s{2,}|(?<=\d)\s(?=[A-ZÆØÅ]))"
                         r"(?P<name>[^\d\s][^\d]*?)(?:\s{2,}.*)?$")
# 'Kap. 1315 Direktoratet for …' heading the post lines under it ('post 01   Driftsutgifter   kr 212 400 000')
CHAPTER_LINE = re.compile(r"^Kap(?:ittel|\.)\s*(?P<kap>\d{3,4})\s+(?P<name>[A-ZÆØÅ][^\d]*)$")
LOOSE_LINE = re.compile(rf"^Kap(?:ittel|\.)\s*(?P<kap>\d{{3,4}}),?\s+[Pp]ost\s+(?P<post>\d{{2}})\s*[:,–-]?\s*"
                        rf"(?P<text>[^\d\s][^\d]*?)\s+(?P<amount>{AMOUNT})\s*(?P<unit>mill\.?\s*kr(?:oner)?|kr(?:oner)?)?\.?$")
# 'Post  Posttekst  …' under a caption naming the chapter ('Løyvingsrapportering 2019, utgiftskapittel 1437')
POST_HEADER = re.compile(r"^Post\s{2,}(?:Posttekst|Betegnelse|Tekst|Navn)\b", re.I)
CAPTION_CHAPTER = re.compile(r"\b(?:utgifts|inntekts)?kap(?:ittel|\.)\s*(?P<kap>\d{3,4})\b", re.I)
SUM_ROW = re.compile(r"^(?:Sum|Totalt?|I alt|Samlet)\b", re.I)
UNIT = re.compile(r"(?P<thousand>\b1\s?000\s*kr|\btusen\s+kr|\bi\s+1\s?000\b)|(?P<million>\bmill(?:\.|ioner)?\s*kr)",
                  re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the rest of a post's text on the line below its row: lower-case words, no figures ('kan overføres')
WRAPPED_TEXT = re.compile(r"^[a-zæøå][^\d]{0,40}$")


def _budget_numbers(tokens: list[str]) -> tuple[int, int] | None:
    for readings in (split_numbers(tokens, 3), split_numbers(tokens, 2)):
        for a, b, *rest in readings:
            if not rest or a - b == rest[0] or b - a == rest[0]:
                return a, b
    return None


def _factor(text: str) -> int:
    m = UNIT.search(text)
    if m is None:
        return 1
    return 1000 if m.group("thousand") else 1_000_000


def _kroner(amount: str, factor: int) -> int:
    value = float(re.sub(r"[\s\u00a0]", "", amount).replace(",", "."))
    return round(value * factor)


def _mention(kap: str, post: str, text: str, span: Span, rule: str, extra: tuple[tuple[str, object], ...]) -> Mention:
    kap, post = kap.zfill(4), post.zfill(2)
    attrs = (("code", f"{kap}.{post}"), ("chapter", kap), ("post", post), ("post_text", text), *extra)
    return Mention("BudgetPost", ("BudgetPost", kap, post), f"Kap. {int(kap)} post {post} {text}", span, rule, 0.95,
                   attrs)


def budget_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """Budget posts of every budget table of one document (see the module's docstring)."""
    out = appropriation_mentions(passages, document.text, document.year)
    out.extend(column_mentions(document, passages))
    return out


def appropriation_mentions(passages: list[Passage], original: str, year: int | None = None) -> Extraction:
    """Budget posts of an annual report's appropriation table, with allocation and accounts."""
    out = Extraction()
    sections = {p.section.number for p in passages if APPROPRIATION_HEADER.search(p.text)}
    buffer: list[Line] = []
    names: dict[str, str] = {}  # a chapter's name, printed on its first row only
    # a row read, and the lines its post text wraps onto below it ('kan overføres')
    row: tuple[re.Match[str], list[Line], tuple[int, int], list[Line]] | None = None

    def emit() -> None:
        if row is None:
            return
        m, rows, numbers, wraps = row
        first, last = rows[0], (wraps or rows)[-1]
        if first.passage.id != last.passage.id:
            first = Line(last.passage, 0, 0, "")
        span = span_of(last.passage, first.start, last.end, original)
        kapname = names.setdefault(m.group("kap"), clean(m.group("kapname") or ""))
        text = clean(" ".join([m.group("text"), *(w.text.strip() for w in wraps)]))
        extra = (("chapter_name", kapname or None), ("allocated_nok", numbers[0]), ("spent_nok", numbers[1]),
                 ("year", year))
        out.mentions.append(_mention(m.group("kap"), m.group("post"), text, span, "budget.appropriation-row", extra))

    for p in passages:
        if p.section.number not in sections or p.kind == "heading":
            continue
        for line in lines(p):
            text = line.text.strip()
            if row is not None and WRAPPED_TEXT.match(text) and row[1][-1].passage.id == line.passage.id \
                    and len(row[1]) == 1 and abs(_column(line, line.text.find(text), original)
                                                 - _column(row[1][0], row[0].start("text"), original)) <= 2:
                row[3].append(line)  # under the post's text, not under the chapter's name ('fartøyvern')
                continue
            emit()
            row = None
            if re.match(r"^\d{3,4}\b(?!\d)", text):
                buffer = [line]
            elif buffer:
                buffer.append(line)
            else:
                continue
            m = BUDGET_ROW.match(" ".join(b.text.strip() for b in buffer))
            if m:
                numbers = _budget_numbers(m.group("nums").replace("-", " -").split())
                if numbers:
                    row = (m, buffer, numbers, [])
                buffer = []
            elif len(buffer) > 5:
                buffer = []
    emit()
    return out


def _column(line: Line, at: int, original: str) -> int:
    """The printed column of character ``at`` of ``line``'s text."""
    start = line.passage.offsets.span(line.start + at, line.start + at + 1)[0]
    return start - (original.rfind("\n", 0, start) + 1)


def column_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """Budget posts of tables in columns, and of lines 'Kap. N post M <text> <amount>' anywhere."""
    out = Extraction()
    printed = printed_lines(document)
    citer = Citer(passages, document.text)
    table_end = -1
    for i, line in enumerate(printed):
        if i <= table_end:
            continue
        if budget_amount_first.HEADER.match(line.text):
            table_end = budget_amount_first.amount_first_mentions(out, printed, i, citer, document.year) - 1
            continue
        body = budget_cells.header_at(printed, i)
        if body is not None:
            table_end = budget_cells.table_mentions(out, printed, i, body, citer, document.year) - 1
            continue
        if COLUMN_HEADER.match(line.text) and not APPROPRIATION_HEADER.search(line.text):
            table_end = _table(out, printed, i, citer, document.year)
            continue
        named = CAPTION_CHAPTER.search(" ".join(x.text for x in printed[max(0, i - 3): i]))
        if POST_HEADER.match(line.text) and named:
            table_end = _table(out, printed, i, citer, document.year, (named.group("kap"), ""))
            continue
        nxt = next((x.text for x in printed[i + 1:] if x.text), "")
        if CHAPTER_LINE.match(line.text) and POST_ROW.match(nxt) and not POST_ROW.match(line.text):
            table_end = _table(out, printed, i - 1, citer, document.year)
            continue
        m = LOOSE_LINE.match(line.text)
        if m:
            context = " ".join(x.text for x in printed[max(0, i - 4): i + 1])
            factor = _factor(m.group("unit") or context)
            span = citer.span(line.text_start, line.end)
            if span:
                out.mentions.append(_mention(m.group("kap"), m.group("post"), clean(m.group("text")), span,
                                             "budget.post-line", _amount(m.group("amount"), factor, document.year)))
    return out


def _amount(amount: str, factor: int, year: int | None) -> tuple[tuple[str, object], ...]:
    return (("allocated_nok", _kroner(amount, factor)), ("year", year))


def _table(out: Extraction, printed: list[PrintedLine], header: int, citer: Citer, doc_year: int | None,
           chapter: tuple[str, str] | None = None) -> int:
    """The posts of the table whose header is line ``header`` (of ``chapter`` where its caption names it); the
    index of its last line."""
    caption = " ".join(x.text for x in printed[max(0, header - 3): header + 1])
    factor = _factor(caption)
    years = YEAR.findall(caption)
    year = int(years[-1]) if years else doc_year
    held: PrintedLine | None = None
    misses, last = 0, header
    row_read: int | None = None  # the index of the row read last, whose name a wrapped line goes on
    for i in range(header + 1, len(printed)):
        line = printed[i]
        text = line.text
        if not text:
            continue
        joined = f"{held.text} {text}" if held else text
        row = POST_ROW.match(joined)
        if row and (row.group("kap") or chapter):
            kap = row.group("kap") or (chapter[0] if chapter else "")
            if row.group("kap") and (not chapter or chapter[0] != kap):
                chapter = (kap, "")
            first = held or line
            span = citer.span(first.text_start, line.end)
            row_read = None
            if span:
                extra = (*((("chapter_name", chapter[1]),) if chapter and chapter[1] else ()),
                         *_amount(row.group("amount"), factor, year))
                out.mentions.append(_mention(kap, row.group("post"), clean(row.group("text")), span,
                                             "budget.table-row", extra))
                row_read = len(out.mentions) - 1
            held, misses, last = None, 0, i
            continue
        held, wrapped, row_read = None, row_read, None  # only the line right under a row goes on its name
        chap = CHAPTER_ROW.match(text)
        if chap:
            chapter, misses, last = (chap.group("kap"), clean(chap.group("name"))), 0, i
        elif SUM_ROW.match(text) or text.lower() in ("inntekter", "utgifter"):
            misses, last = 0, i
        elif re.match(r"^(?:Kap(?:ittel|\.)?\s*)?(?:\d{3,4},?\s+)?(?:[Pp]ost\s+)?\d{2}\s+\D", text) \
                and not re.search(r"\d$", text):
            held, last = line, i  # a post whose text wraps: its amount is on the next line
        elif last > header and text[:1].islower() and len(text.split()) <= 6 and not re.search(r"\d", text):
            # a post's name wrapped onto the next line ('kystmuseum'): the row above it goes on
            if wrapped is not None and last == i - 1 and (
                    span := citer.span((m := out.mentions[wrapped]).span.start, line.end)):
                # (its attributes after code, chapter, post and post text are the chapter's name and the amount)
                words = f"{m.attr('post_text')} {text.strip()}"
                out.mentions[wrapped] = _mention(m.attr("chapter"), m.attr("post"), words, span, "budget.table-row",
                                                 m.attrs[4:])
            last = i
        elif not RULED_LINE.match(text):
            misses += 1
            if misses >= 2 or len(text.split()) > 12:
                break
    return last
