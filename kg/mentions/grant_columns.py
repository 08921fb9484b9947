"""The cells and columns of a grant table: what a header means, what a cell holds, which scheme a caption names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CELL_GAP = re.compile(r"\s{2,}")
PLURAL = re.compile(r"\b\w*(?:tilsk(?:udd|ot)sordning(?:er|ar)|ordning(?:er|ar))\b|\bsøknadsbaserte\b", re.I)
SCHEME_NAME = re.compile(
    r"^(?:[A-ZÆØÅ]\w*\s+)?(?:tilsk(?:udd|ot)|driftstilsk(?:udd|ot)|tilsk(?:udd|ot)sordningen)\b"
    r"|\w+tilsk(?:udd|ot)(?:et)?$", re.I)


@dataclass(frozen=True)
class Cell:
    """A cell of a flattened table line: its column (characters from the line start), offset and text."""

    col: int
    start: int
    text: str


@dataclass
class Column:
    """A header column, its words gathered over the header's lines."""

    col: int
    words: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.words).lower()


def cells(text: str, start: int, line_start: int) -> list[Cell]:
    """The cells of a line (two or more spaces apart); ``start`` is the text's offset, ``line_start`` the line's."""
    out, pos = [], 0
    for part in CELL_GAP.split(text):
        i = text.index(part, pos)
        out.append(Cell(start - line_start + i, start + i, part))
        pos = i + len(part)
    return [c for c in out if c.text]


def meaning(header: str) -> str:
    """What a column holds: amount, granted (applications), received (applications), year or other."""
    h = header.lower()
    if re.search(r"\bkap\b|kap\.|\bpost\b", h):
        return "other"
    if re.search(r"beløp|kroner|\bkr\b|mill|tildelt|utbetalt|bevilg", h):
        return "amount"
    if re.search(r"innvilg|tilsagn|tilsegn|godkjent|prosjekter|prosjekt|mottakere|mottakarar", h):
        return "granted"
    if re.search(r"søknad|søkere", h):
        return "received"
    if h.strip() in ("år", "ordning / år", "ordning/år"):
        return "year"
    return "other"


def value(kind: str, raw: float, scale: int) -> int:
    """A figure as stored: amounts in kroner (scaled by the unit), counts as they are."""
    return round(raw * scale) if kind == "amount" else int(raw)


def caption_scheme(title: str) -> tuple[str, int] | None:
    """The one scheme a caption names ('Tilskudd til X 2018–2019 (i 1000 kr)'), with its offset in ``title``."""
    if PLURAL.search(title):
        return None
    for m in re.finditer(r"[^,(]+", title):
        seg = m.group(0)
        body = re.sub(r"\s+(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?|i \d{4})\s*$", "", seg.strip()).strip()
        # a generic word alone ('Tilskudd, søknader og …') names no scheme
        if body and SCHEME_NAME.search(body) and not re.match(r"^Søknader\b", body) and len(body.split()) > 1:
            return body, m.start() + seg.index(body[:5])
    return None
