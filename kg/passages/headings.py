"""Numbered section headings (``3.3.4.2 Tilgang på fosterhjem``), also wrapped over lines.

A line is a heading only when its number continues the section tree: the first
child (``3.2`` -> ``3.2.1``), the next sibling, or the next sibling of an
ancestor. That keeps numbered list items, years and table rows out of the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.passages.cleantext import CleanTextBuilder
from kg.passages.contents import contents, number_of, title_key
from kg.passages.lines import Line

CANDIDATE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,7})(?P<dot>\.?)\s+(?P<title>[A-ZÆØÅ«\"“(][^\n]{0,200})$")
ROMAN_CANDIDATE = re.compile(r"^(?P<num>[IVX]{1,5})(?P<dot>\.?)\s+(?P<title>[A-ZÆØÅ][^\n]{0,200})$")
# A wrapped title goes on when the next line starts in lower case or the line ends mid-phrase.
OPEN_END = re.compile(r"(?:[-,–/]|\b(?:og|i|for|av|til|på|med|om|som|et|en|ei|de|den|det|under|mot|fra))$")
MAX_CONTINUATION = 3
PART_LINE = re.compile(r"^(?:DEL|Del)\s+[IVX]{1,4}\b(?!.*(?:\.{4,}|\s{3,}\d{1,3}\s*$))")
# A table-of-contents entry ('3.4 Evalueringer og FoU ........ 37') names a section without opening it.
TOC_ENTRY = re.compile(r"(?:\.{4,}|…{2,}|\s{3,})\s*\d{1,3}\s*$")


@dataclass(frozen=True)
class Heading:
    """A recognised section heading: its number, cleaned title and the lines it covers."""

    number: tuple[int, ...]
    title: str
    first_line: int
    last_line: int
    start: int
    end: int

    @property
    def label(self) -> str | None:
        return ".".join(map(str, self.number)) or None


def _follows(prev: tuple[int, ...], cand: tuple[int, ...], part: bool = False) -> bool:
    if not prev:
        return cand[0] <= 2 and all(n == 1 for n in cand[1:])
    if cand == prev + (1,):
        return True
    if part and len(prev) >= 2 and cand == (prev[0] + 1, 1):
        return True  # '2.4', 'Del III …', '3.1': the chapter's own heading is the part's, not numbered 3
    return any(cand == prev[:k] + (prev[k] + 1,) for k in range(len(prev)))


def _has_child_later(lines: list[Line], pos: int, top: int) -> bool:
    prefix = f"{top}.1"
    return any(
        ln.text.startswith(prefix) and not ln.text[len(prefix) : len(prefix) + 1].isdigit()
        for ln in lines[pos + 1 : pos + 400]
    )


def _opens_later(lines: list[Line], pos: int, number: tuple[int, ...], current: tuple[int, ...]) -> bool:
    """A chapter whose sections follow ('3 Hovedmål …' over '3.1 …'), past chapters that had none to confirm them
    ('1 Innledning', '2 …'): a later chapter than the last one read."""
    return len(number) == 1 and number[0] > (current[0] if current else 0) and _has_child_later(lines, pos, number[0])


# a goal's level word: 'Mål 3 Kunnskap' in the contents heads the section '3.3 Mål 3: Beslutninger om …'
GOAL_LEVEL = re.compile(r"^(?:mål|hovedmål|hovudmål|delmål|virksomhetsmål|verksemdsmål|styringsmål|strategisk|"
                        r"effektmål|resultatmål|bruk[ea]rmål|samfunnsmål|sektormål|resultatområde|innsatsområde)$")


# a goal's printed code opening a title ('r3', 'vm1', 'hm2.1'; title keys are lower case)
GOAL_CODE = re.compile(r"^[a-zæøå]{1,3}\d{1,2}(?:\.\d{1,2})?$")


def _same_entry(listed: str, key: str) -> bool:
    """Whether a contents entry's title key and a numbered line's are one section's: equal, or the same goal
    (level word and number, or the level alone) under a short name in the contents and the goal's whole title in the
    body."""
    if listed == key:
        return True
    a, b = listed.split(), key.split()
    if len(a) == 1 and len(b) >= 2 and b[0] == a[0] and GOAL_LEVEL.match(a[0]) is not None:
        return True  # 'Hovudmål' in the contents, 'Hovudmål: Fleire …' in the body: a level without a number
    if len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and GOAL_CODE.match(a[0]) is not None:
        return True  # 'R3 Teiknspråkkompetanse …' in the contents, 'R3 Styrkt teiknspråkkompetanse …' in the body
    return len(a) >= 2 and len(b) >= 2 and a[:2] == b[:2] and GOAL_LEVEL.match(a[0]) is not None


def find_headings(lines: list[Line], original: str) -> list[Heading]:
    """All numbered headings in reading order, with wrapped titles joined; where the document has a table of
    contents, its entries confirm or overrule each candidate (see :mod:`kg.passages.contents`)."""
    headings: list[Heading] = []
    current: tuple[int, ...] = ()
    entries, taken = contents(lines)
    i = 0
    part = False  # a part's heading ('Del III Årets aktiviteter …') since the last heading
    while i < len(lines):
        line = lines[i]
        part = part or bool(PART_LINE.match(line.text))
        m = (CANDIDATE.match(line.text) or ROMAN_CANDIDATE.match(line.text)) if line.kind == "text" else None
        if not m or TOC_ENTRY.search(line.text) or i in taken:
            i += 1
            continue
        number = number_of(m.group("num"))
        listed = entries.get(number) if number else None
        if number is None or (listed is not None and not _same_entry(listed, title_key(m.group("title")))) or (
            listed is None and (not m.group("num")[:1].isdigit() or not (
                _follows(current, number, part) or _opens_later(lines, i, number, current)) or (
                len(number) == 1 and not m.group("dot") and not _has_child_later(lines, i, number[0])))
        ):
            i += 1
            continue
        title_start = line.start + m.start("title")
        builder = CleanTextBuilder(original)
        builder.add(title_start, line.end)
        last = i
        j = i + 1
        while j < len(lines) and j - i <= MAX_CONTINUATION:
            nxt = lines[j]
            if nxt.kind != "text" or CANDIDATE.match(nxt.text) or len(nxt.text) > 110:
                break
            so_far = original[line.start : lines[last].end]
            unbalanced = so_far.count("«") > so_far.count("»") or so_far.count("(") > so_far.count(")")
            if not (nxt.text[:1].islower() or unbalanced or OPEN_END.search(so_far)):
                break
            builder.add_line(nxt.start, nxt.end)
            last = j
            j += 1
        title = " ".join(builder.text.split())
        headings.append(Heading(number, title, i, last, line.start, lines[last].end))
        current = number
        part = False
        i = last + 1
    return headings


SUBHEADING = re.compile(r"^[A-ZÆØÅ«\"][^.!:;,]{2,89}[^.!:;,\s]$")


def hard_wrapped(lines: list[Line]) -> bool:
    """True for PDF-style text broken at a fixed width; web text keeps a paragraph on one line."""
    lengths = sorted(len(ln.text) for ln in lines if ln.kind == "text")
    return bool(lengths) and lengths[int(len(lengths) * 0.95)] <= 130


def find_subheadings(lines: list[Line]) -> list[Heading]:
    """Unnumbered subheadings of a web page: a short title-like line standing alone before prose."""
    found: list[Heading] = []
    seen_prose = False
    content = [ln for ln in lines if ln.kind not in ("blank", "boilerplate", "footer", "running")]
    for pos, line in enumerate(content):
        nxt = content[pos + 1] if pos + 1 < len(content) else None
        if (
            seen_prose
            and line.kind == "text"
            and len(line.text.split()) <= 12
            and SUBHEADING.match(line.text)
            and nxt is not None
            and _prose(nxt.text)
        ):
            found.append(Heading((), line.text, line.index, line.index, line.start, line.end))
        seen_prose = seen_prose or _prose(line.text)
    return found


def _prose(text: str) -> bool:
    return len(text) >= 80 and len(text.split()) >= 12 and bool(re.search(r"[.!?]", text))
