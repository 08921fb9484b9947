"""Budget tables torn one cell per line: 'Kap.' / 'Post' / 'Betegnelse' / 'Tildeling 2024', then a chapter's
number and name on lines of their own, each post's number, its text (wrapped over lines) and its amount.

A chapter row is a three- or four-digit number with a name below it; a post row a two-digit number, the
lines of its text and a line that is only an amount; a sum row (*Sum kap. 768*) and its amount are skipped.
Amounts are in the unit the caption or header gives (*i 1 000 kr*), turned into kroner.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Mention, Span
from kg.mentions.printed import Citer, PrintedLine
from kg.mentions.text import clean

CHAPTER_COLUMN = re.compile(r"^Kap(?:ittel|\.)?$", re.IGNORECASE)
POST_COLUMN = re.compile(r"^Post$", re.IGNORECASE)
TEXT_COLUMN = re.compile(r"^(?:Betegnelse|Posttekst|Tekst|Navn|Formål)$", re.IGNORECASE)
AMOUNT_COLUMN = re.compile(r"^(?:Tildeling|Beløp|Bevilgning|Budsjett|Ramme|Samlet tildeling|Samla tildeling)\b.{0,30}$",
                           re.IGNORECASE)
# columns after the amount ('Regnskap 2022', 'Merutgift (-) og mindreutgift'): their figures are not the post's
OTHER_COLUMN = re.compile(r"^(?:Regnskap|Rekneskap|Mer|Meir|Mindre|Avvik|Forbruk)\w*\b.{0,40}$", re.IGNORECASE)
CHAPTER = re.compile(r"^\d{3,4}$")
POST = re.compile(r"^\d{2}$")
AMOUNT = re.compile(r"^-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?$")


def header_at(lines: list[PrintedLine], i: int) -> int | None:
    """The index after a header whose cells ('Kap.', 'Post', a text and an amount column) stand one a line
    from line ``i``; none where line ``i`` opens no such header."""
    patterns = (CHAPTER_COLUMN, POST_COLUMN, TEXT_COLUMN, AMOUNT_COLUMN)
    if i + len(patterns) > len(lines):
        return None
    for k, pattern in enumerate(patterns):
        if not pattern.match(lines[i + k].text):
            return None
    j = i + len(patterns)
    while j < len(lines) and OTHER_COLUMN.match(lines[j].text):
        j += 1
    return j


class Post:
    """A post row being read: its number line and its text lines."""

    def __init__(self, number: PrintedLine) -> None:
        self.number = number
        self.text: list[PrintedLine] = []


def table_mentions(out: Extraction, lines: list[PrintedLine], header: int, body: int, citer: Citer,
                   doc_year: int | None) -> int:
    """Read the posts of the table whose header starts at ``header`` and body at ``body`` into ``out``; the
    index after the table."""
    from kg.mentions.budget import SUM_ROW, YEAR, _amount, _factor, _mention

    caption = " ".join(x.text for x in lines[max(0, header - 3): body])
    factor = _factor(caption)
    years = YEAR.findall(caption)
    year = int(years[-1]) if years else doc_year
    chapter: str | None = None
    post: Post | None = None
    summing = False
    i = body
    while i < len(lines):
        text = lines[i].text
        if not text:
            break
        if post is None and not summing and CHAPTER.match(text) and i + 1 < len(lines) \
                and not AMOUNT.match(lines[i + 1].text) and not POST.match(lines[i + 1].text):
            chapter = text
            i += 2  # the chapter's name
            continue
        if post is None and not summing and CHAPTER.match(text) and i + 1 < len(lines) \
                and POST.match(lines[i + 1].text):
            chapter = text  # each row names its chapter ('558' / '01' / 'Driftsutgifter' / …)
        elif post is None and not summing and POST.match(text) and chapter:
            post = Post(lines[i])
        elif post is None and SUM_ROW.match(text):
            summing = True
        elif summing and AMOUNT.match(text):
            summing = False
        elif post is not None and AMOUNT.match(text) and post.text:
            span: Span | None = citer.span(post.number.text_start, lines[i].end)
            if span and chapter:
                label = clean("\n".join(x.text for x in post.text))
                mention: Mention = _mention(chapter, post.number.text, label, span, "budget.cell-table-row",
                                            _amount(text, factor, year))
                out.mentions.append(mention)
            post = None
        elif post is not None and len(text) <= 60:
            post.text.append(lines[i])
        elif post is None and not summing and AMOUNT.match(text) and chapter:
            pass  # the row's other columns (accounts, difference)
        else:
            break
        i += 1
    return i
