"""Deadlines as printed ('Frist: 1. mars 2019', 'innen 15. oktober', '01.03.2019', 'Løpende') read into a date
where they give one."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")
_MONTH = "|".join(MONTHS)
WORD_DATE = re.compile(rf"\b(?P<d>[0-3]?\d)\.\s*(?P<m>{_MONTH})(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I)
NUMBER_DATE = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)?\d\d)\b")
# A date in running text is a deadline only after a deadline word ('innen 1. mars', 'senest 01.03.2019').
INLINE = re.compile(rf"\b(?:[Ff]rist(?:en er)?:?|innen|senest)\s+(?:(?:den|utgangen av)\s+)?"
                    rf"(?=[0-3]?\d\.\s*(?:{_MONTH}|[01]?\d\.))", re.I)


@dataclass(frozen=True)
class Deadline:
    """A deadline's words as printed and, where they name a day, that day (ISO 8601)."""

    text: str
    date: str | None


def _iso(y: int, m: int, d: int) -> str | None:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def first_date(text: str, year: int | None) -> str | None:
    """The first day named in ``text``; a day without a year ('15. oktober') falls in ``year``."""
    found: list[tuple[int, str | None]] = []
    w = WORD_DATE.search(text)
    if w:
        y = int(w.group("y")) if w.group("y") else year
        found.append((w.start(), _iso(y, MONTHS.index(w.group("m").lower()) + 1, int(w.group("d"))) if y else None))
    n = NUMBER_DATE.search(text)
    if n:
        y = int(n.group("y"))
        found.append((n.start(), _iso(y + 2000 if y < 100 else y, int(n.group("m")), int(n.group("d")))))
    return min(found)[1] if found else None


def deadline(text: str, year: int | None) -> Deadline | None:
    """The deadline a 'Frist:' value or a table's deadline cell gives."""
    words = re.sub(r"\s+", " ", text).strip(" .;,")
    if not words or words in ("-", "–"):
        return None
    return Deadline(words, first_date(words, year))


def inline_deadline(text: str, year: int | None) -> Deadline | None:
    """A deadline named inside an assignment's own sentence ('… og levere en rapport innen 1. mars 2019')."""
    hits = list(INLINE.finditer(text))
    if not hits:
        return None
    m = hits[-1]
    date = first_date(text[m.end():], year)
    if date is None:
        return None
    tail = text[m.start():]
    end = WORD_DATE.match(tail, m.end() - m.start()) or NUMBER_DATE.match(tail, m.end() - m.start())
    return Deadline(tail[: end.end()] if end else tail.rstrip("."), date)


# a deadline on a line of its own ('Frist: 1. juni 2023')
FRIST = re.compile(r"^(?:Tids)?[Ff]rist(?:\s+for\s+\w+)?\s*[:.–-]?\s*(?P<value>.*)$")
# '… Frist: 1. juni 2023.', '… Frist 1.10.2023.', '… (frist: 1. mars 2025)', '… Rapporteringsfrist: 1. april 2025'
INLINE_FRIST = re.compile(r"\s*(?P<open>\()?\b(?:Tids|Rapporterings)?[Ff]rist(?:\s+for\s+\w+)?\s*(?::|(?=\s\d))\s*"
                          r"(?P<value>[^:()]+?)(?(open)\)|)\.?$")
# the goal after the deadline in one bracket: '(frist 1.6.2025, mål 3)'
FRIST_GOAL = re.compile(r",\s*(?:hoved|hovud|del|virksomhets|verksemds)?mål\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)\s*$", re.I)
