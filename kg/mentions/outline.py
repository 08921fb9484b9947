"""A document's outline as its text prints it: the entries of its table of contents and its chapter titles."""

from __future__ import annotations

import re

TOC_ENTRY = re.compile(
    r"^[ \t]*(?:[IVX]{1,5}\.?[ \t]+|\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?P<title>\S.*?\S)"
    r"(?:[ \t]*(?:\.[ \t]?){3,}[ \t]*|[ \t]{3,})"
    r"(?P<page>\d{1,3})[ \t]*$",
    re.MULTILINE,
)
CHAPTER_NUMBER = re.compile(r"^[ \t]*(?:[IVX]{1,5}\.?|\d{1,2}(?:\.\d{1,2})*\.?)[ \t]+")


def _norm_title(text: str) -> str:
    return " ".join(CHAPTER_NUMBER.sub("", text).split()).lower()


def toc_entries(text: str) -> list[tuple[int, str]]:
    """The table of contents' entries ``(offset, normalised title)``: lines ending in a page number."""
    out = []
    for m in TOC_ENTRY.finditer(text):
        title = _norm_title(m.group("title"))
        if re.search(r"[a-zæøå]{3}", title):
            out.append((m.start(), title))
    # a table of contents is a run of such lines; a lone numbered row elsewhere is a table
    return out if len(out) >= 3 else []


def body_lines(text: str, title: str, after: int) -> int | None:
    """Offset of the first line after ``after`` that begins with a contents entry's title, or ``None``."""
    for m in re.finditer(r"^[^\n]*$", text[after:], re.MULTILINE):
        line = m.group(0)
        if line.strip() and _norm_title(line).startswith(title) and not TOC_ENTRY.match(line):
            return after + m.start()
    return None


CHAPTER_LINE = re.compile(
    r"(?:^|(?<=\n\n))[ \t\f]*(?:(?:(?:DEL[ \t]+)?[IVX]{1,5}\.?|\d{1,2}\.?)[ \t]+[A-ZÆØÅ][A-ZÆØÅ0-9 ,–-]{8,}"
    r"|\d{1,2}\.?[ \t]+[A-ZÆØÅ][a-zæøå]+(?:[ \t]+[\wæøå–-]+){0,7}"
    r"|[A-ZÆØÅ][A-ZÆØÅ0-9 ,–-]{8,}?[ \t]{2,}DEL[ \t]+[IVX]{1,5})[ \t]*$",
    re.MULTILINE,
)


def chapter_starts(text: str) -> list[int]:
    """Offsets of chapter titles: in capitals ('IV STYRING OG KONTROLL', 'DEL III  OPPDRAG FOR 2021', after a page
    break too; 'STYRING OG KONTROLL  DEL IV', the part's number after it), or a short title with a chapter
    number standing alone after a blank line ('4 Oppdrag')."""
    return [m.start() for m in CHAPTER_LINE.finditer(text)]
