"""Title, publisher, date, year and kind of a document, where its own text gives them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kg.documents.base import Document
from kg.passages.headings import Heading
from kg.passages.lines import FOOTER, Line
from kg.passages.profile import organisation_name, parse_date, read_profile

PRESS_DATE = re.compile(r"^\((?P<place>[A-ZÆØÅ][a-zæøå]+) (?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2,4})\)")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
KINDS = [
    ("tildelingsbrev", re.compile(r"\btildelingsbrev", re.I)),
    ("evaluering", re.compile(r"^(?:[\w\-]+ )?evaluering\b|\bsluttrapport\b", re.I)),
]


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def describe(doc: Document, lines: list[Line], headings: list[Heading]) -> Document:
    """Fill in what the reader could not: metadata read off the document's first lines and headings."""
    content = [ln for ln in lines if ln.kind in ("text", "caption")]
    profile = read_profile([ln.text for ln in lines if ln.text and ln.kind != "blank"][:120])
    publisher, title, date, kind = (doc.publisher or profile.publisher, doc.title or profile.title,
                                    doc.date or profile.date, doc.kind or profile.kind)
    addressee = doc.addressee or profile.addressee
    head = content[:6]
    # a name set on two cover lines ('Senter for svømmeopplæring' / 'og vannsikkerhet') is read whole
    wrapped = len(head) > 1 and re.match(r"(?:og|for|i|av)\s", head[1].text.strip(), re.IGNORECASE) is not None
    if wrapped and not publisher and (both := organisation_name(f"{head[0].text} {head[1].text}")):
        publisher, head = both, head[2:]
    elif head and (first := organisation_name(head[0].text)) and not publisher:
        publisher = first
        head = head[1:]
    titles = [h.title.lower() for h in headings]
    if any("leders beretning" in t for t in titles[:3]):
        kind = kind or "årsrapport"
    for ln in content[:12]:
        m = PRESS_DATE.match(ln.text)
        if m and not date:
            date = f"{_year(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
            kind = kind or "pressemelding"
    if not title and head and not headings:
        title = head[0].text
    if kind is None and any(ln.kind == "boilerplate" for ln in lines):
        has_press = any("presserom" in ln.text.lower() or "pressemelding" in ln.text.lower() for ln in lines)
        kind = "pressemelding" if has_press else "nyhet"
    # the kind by the title, or by the first line on the cover where a numbered heading follows it
    cover = head[0].text if head and headings and head[0].start < headings[0].start else None
    for name, pattern in KINDS:
        if kind is None and any(t and pattern.search(t) for t in (title, cover)):
            kind = name
    year = doc.year or profile.year
    if year is None and date and kind != "årsrapport":
        year = int(date[:4])
    if year is None and kind == "årsrapport":
        # The reporting year is the one the report speaks of most ("i 2024", "31.12.2024").
        counts = Counter(YEAR.findall(doc.text))
        year = int(counts.most_common(1)[0][0]) if counts else None
    if kind == "årsrapport":
        # Page footers carry the publisher's short name ("Bufdir  102"); a signature line its full name.
        footer = next((m for ln in lines if ln.kind == "footer" and (m := FOOTER.match(ln.text))), None)
        short = footer.group("name") if footer and footer.group("name") else None
        signature = next((org for ln in content[:400] if (org := organisation_name(ln.text))), None)
        publisher = publisher or signature or short
        if title is None or (headings and title == headings[0].title) or re.fullmatch(r"(?i)årsrapport\s*\d*",
                                                                                        title.strip()):
            # the publisher is a field of its own: only a short name printed in the footers joins the title
            title = " ".join(x for x in ("Årsrapport", str(year) if year else None, short) if x)
    if not title and headings:
        title = headings[0].title
    if kind == "årsrapport" and date is None:
        date = _signed(content)
    return replace(doc, title=title, publisher=publisher, date=date, year=year, kind=kind or "ukjent",
                   addressee=addressee, commissioner=doc.commissioner or profile.commissioner)


def _signed(content: list[Line]) -> str | None:
    """The date of a leader's letter's signature line ('Oslo, 28. februar 2020'), in the first pages."""
    for ln in content[:400]:
        # 'Oslo, 28. februar 2020', 'Mo i Rana, 28. februar 2024'
        m = re.match(r"^[A-ZÆØÅ][a-zæøå]+(?:\s(?:[A-ZÆØÅ][a-zæøå]+|i|på)){0,2},?\s+(?:den\s+)?(?P<date>\d.*)$", ln.text)
        if m and (d := parse_date(m.group("date"))) and len(ln.text) < 40:
            return d
    return None
