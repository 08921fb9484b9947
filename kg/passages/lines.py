"""Split a document into lines with offsets and classify the ones clean-up must treat apart.

Classification keys on layout and on the language of Norwegian public web pages,
never on this corpus' content: page footers (`Bufdir  102`, `Side 3 av 40`), running
footers and headers (a line that recurs at two or more page breaks, with or without a page number),
web boilerplate ("Gå til hovedinnhold", press-room trailers), bullets and captions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

FOOTER = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\w.\-]*(?: [A-ZÆØÅ][\w.\-]*){0,3}) {2,}(?P<n>\d{1,4})$"
    r"|^(?:.*\S {2,})?(?:Side|Page|side) (?P<n2>\d{1,4})(?: (?:av|of) \d+)?$"
    # an even page's running header puts the number first and names the document and its year:
    # '6    Årsrapport 2019'
    r"|^(?P<n3>\d{1,3}) {2,}(?P<name3>[A-ZÆØÅ][\w\-]*(?: [\w\-]+){0,3} (?:19|20)\d\d)$"
    # any running text before a wide gap and the number ('DRB | Årsrapport 2022      3'): a footer only where
    # the same text recurs (see _footers)
    r"|^(?P<name4>[A-ZÆØÅ][^\s|]*(?: [^\s]+){1,8}) {4,}(?:[-–] )?(?P<n4>\d{1,3})(?: [-–])?$"
    # a page number alone between dashes ('– 4 –')
    r"|^[-–] (?P<n5>\d{1,4}) [-–]$"
)
BOILERPLATE = re.compile(
    r"^(?:Gå til (?:hovedinnhold|hovedmeny|innhold)\b.*|Hopp til (?:hovedinnhold|innhold)\b.*"
    r"|Del|Publisert|Sist (?:oppdatert|endret)\b.*|Skriv ut|Del på \w+|Del denne (?:siden|saken)"
    r"|Følg saker fra\b.*|Registrer deg med din e-?postadresse\b.*|Siste saker fra\b.*"
    r"|I vårt presserom\b.*|Besøk vårt presserom\b.*|Til toppen|Tilbake til toppen|Nøkkelord|Emneord)$"
)
# A press-room or "about us" trailer: everything from here to the end is boilerplate.
TRAILER = re.compile(r"^(?:Kontakter|Kontaktpersoner|Om [A-ZÆØÅ][\w\-]*(?:,? [\w\-]+){0,6}|Følg saker fra\b.*)$")
BULLET = re.compile(r"^[•▪●◦■□➢►·\uf0b7\uf0a7]\s*")
CAPTION = re.compile(r"^(?P<what>Tabell|Table|Figur|Figure) \d+[.:]")
CAPTION_WORD = re.compile(r"^[ \t\f]*(?:Tabell|Table|Figur|Figure)[ \t]+\d")


@dataclass(frozen=True)
class Line:
    """One line of the original text: ``text`` is stripped, ``start:end`` its exact span."""

    index: int
    start: int
    end: int
    text: str
    kind: str = "text"  # blank | footer | running | boilerplate | bullet | caption | text
    page: int | None = None
    page_break: bool = False  # a form feed opens the line (it is the first of a page)

    @property
    def blank(self) -> bool:
        return self.kind == "blank"


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` with the span of its non-blank content."""
    lines: list[Line] = []
    pos = 0
    feed = False
    for i, raw in enumerate(text.splitlines(keepends=True)):
        body = raw.rstrip("\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        start = pos + lead
        feed = feed or "\f" in body[:lead]
        lines.append(Line(i, start, start + len(stripped), stripped, "text" if stripped else "blank",
                          page_break=feed and bool(stripped)))
        feed = (feed and not stripped) or raw.rstrip("\r\n").endswith("\f")
        pos += len(raw)
    return lines


def _page_like(number: str, found: list[tuple[int, str, int]]) -> bool:
    """A number in front of a running header is a page number only near the last page number seen (a budget
    table's chapter rows, '1360    Kystdirektoratet', have the same shape but jump by hundreds)."""
    last = found[-1][2] if found else 0
    return 0 < int(number) - last <= 40 if found else int(number) <= 40


def _footers(lines: list[Line]) -> dict[int, int]:
    """Line index -> page number for lines that are page footers with rising numbers."""
    found: list[tuple[int, str, int]] = []
    for line in lines:
        m = FOOTER.match(line.text)
        if m:
            if m.group("n3") and not _page_like(m.group("n3"), found):
                continue
            name = m.group("name") or m.group("name3") or m.group("name4") or "Side"
            number = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
            found.append((line.index, name, int(number)))
    counts = Counter(name for _, name, _ in found)
    # a running text with its number is a footer only where it recurs: a chapter's heading has the shape too
    # ('3  Aktivitetar og resultat i 2023' as '6    Årsrapport 2019')
    loose = {m.group("name4") or m.group("name3") for line in lines
             if (m := FOOTER.match(line.text)) and (m.group("name4") or m.group("name3"))}
    found = [f for f in found if f[1] not in loose or counts[f[1]] >= 2]
    if not found:
        return _bare_numbers(lines)
    usual = Counter(name for _, name, _ in found).most_common(1)[0][0]
    result: dict[int, int] = {}
    last = 0
    for index, name, number in found:
        if (len(found) == 1 or name == usual) and number > last:
            result[index] = number
            last = number
    return result


def _bare_numbers(lines: list[Line]) -> dict[int, int]:
    """Page numbers printed alone as a page's last line (before a form feed, or the document's end): where two or
    more follow the pages' order (the number less the page's ordinal the same), else none (a table's last figure
    before a page break is no page number)."""
    content = [line for line in lines if not line.blank]
    found: list[tuple[int, int, int]] = []  # line index, number, number less the page's ordinal
    page = 0
    for pos, line in enumerate(content):
        page += line.page_break
        last = pos + 1 == len(content) or content[pos + 1].page_break
        if last and re.fullmatch(r"\d{1,3}", line.text):
            found.append((line.index, int(line.text), int(line.text) - page))
    if len(found) < 2:
        return {}
    offset, count = Counter(o for _, _, o in found).most_common(1)[0]
    return {i: n for i, n, o in found if o == offset} if count >= 2 else {}


def _furniture_key(text: str) -> str | None:
    """A line's text with numbers and spacing evened out ('Side 3 av 7' and 'Side 4 av 7' are one line); none
    for a line without a word (a table's figures recur at page breaks by chance)."""
    if not re.search(r"[A-Za-zÆØÅæøå]{2}", text):
        return None
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip()


def _running(lines: list[Line], footers: dict[int, int]) -> set[int]:
    """Indexes of running footers and headers: lines within two lines before or one line after a page break
    (a form feed or a page footer) whose text, numbers aside, recurs at three or more page breaks, or
    at two as the same text."""
    content = [line for line in lines if not line.blank]
    breaks = [pos for pos, line in enumerate(content) if line.page_break]
    breaks += [pos + 1 for pos, line in enumerate(content) if line.index in footers]
    at: dict[str, set[int]] = {}
    edges: dict[str, set[int]] = {}
    texts: dict[str, set[str]] = {}
    page = -1
    last = -10
    for b in sorted(set(breaks)):
        page += b - last > 2  # a footer and the form feed after it mark one page break
        last = b
        for pos in range(max(0, b - 2), min(len(content), b + 1)):
            line = content[pos]
            key = _furniture_key(line.text)
            if key is None or line.index in footers:
                continue
            at.setdefault(key, set()).add(page)
            edges.setdefault(key, set()).add(line.index)
            texts.setdefault(key, set()).add("" if CAPTION_WORD.match(line.text) else " ".join(line.text.split()))
    # at only two breaks, lines that differ in a number are two headings of a series ('EFFEKTMÅL E1' at a page's
    # foot, 'EFFEKTMÅL E2' at the next page's head), not one running line; a continued table's caption is
    # furniture whatever its number
    return {i for key, pages in at.items() if len(pages) >= 3 or len(pages) == 2 and len(texts[key]) == 1
            for i in edges[key]}


def classify(lines: list[Line]) -> list[Line]:
    """Mark footers, running lines, boilerplate, bullets and captions; the rest stays text or blank."""
    footers = _footers(lines)
    running = _running(lines, footers)
    out: list[Line] = []
    for line in lines:
        if line.blank:
            out.append(line)
        elif line.index in footers:
            out.append(replace(line, kind="footer", page=footers[line.index]))
        elif line.index in running:
            out.append(replace(line, kind="running"))
        elif BOILERPLATE.match(line.text):
            out.append(replace(line, kind="boilerplate"))
        elif BULLET.match(line.text):
            out.append(replace(line, kind="bullet"))
        elif CAPTION.match(line.text):
            out.append(replace(line, kind="caption"))
        else:
            out.append(line)
    if any(line.kind == "boilerplate" for line in out):
        out = _drop_trailer(out)
    return out


def _drop_trailer(lines: list[Line]) -> list[Line]:
    """In a web page, the contacts / about-us / follow-us block at the end is boilerplate."""
    content = [line for line in lines if not line.blank]
    cut = None
    for pos, line in enumerate(content):
        if pos >= len(content) // 3 and TRAILER.match(line.text):
            cut = line.index
            break
    if cut is None:
        return lines
    return [replace(line, kind="boilerplate") if line.index >= cut and not line.blank else line for line in lines]
