"""Budget tables with the amount column first: 'Beløp (1 000 kr) | Kap. | Post | Nemning', each row
'268 450   861   01   Driftsutgifter', a post's name wrapped onto the line below under its column, and sum rows
('820 870   Sum utgifter') passed over. An income table under its own header reads the same way.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction
from kg.mentions.printed import Citer, PrintedLine
from kg.mentions.text import clean

HEADER = re.compile(r"^(?:Beløp|Tildeling|Løyving|Bevilgning|Budsjett)\b[^\n]{0,25}?\s{2,}Kap(?:ittel|\.)?\s{2,}"
                    r"Post\s{2,}(?:Nemning|Betegnelse|Posttekst|Tekst|Navn|Namn|Formål)$", re.IGNORECASE)
ROW = re.compile(r"^(?P<amount>-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)\s{2,}(?P<kap>\d{3,4})\s+(?P<post>\d{2})\s+"
                 r"(?P<text>\S.*)$")
SUM = re.compile(r"^-?\d[\d \u00a0,]*\s{2,}(?:Sum|Totalt?|I alt|Samla|Samlet)\b", re.IGNORECASE)
WRAPPED = re.compile(r"^[a-zæøå][^\d]{0,60}$")


def amount_first_mentions(out: Extraction, lines: list[PrintedLine], header: int, citer: Citer,
                          doc_year: int | None) -> int:
    """Read the posts of the table whose header is line ``header`` into ``out``; the index after the table."""
    from kg.mentions.budget import YEAR, _amount, _factor, _mention

    caption = " ".join(x.text for x in lines[max(0, header - 4): header + 1])
    factor = _factor(caption)
    years = YEAR.findall(caption)
    year = int(years[-1]) if years else doc_year
    rows: list[tuple[re.Match[str], PrintedLine, list[PrintedLine]]] = []
    i = header + 1
    while i < len(lines):
        line = lines[i]
        if (m := ROW.match(line.text)) is not None:
            rows.append((m, line, []))
        elif rows and WRAPPED.match(line.text) and line.indent > 20 and lines[i - 1] is rows[-1][1]:
            rows[-1][2].append(line)  # the post's name goes on under its column
        elif not SUM.match(line.text):
            break
        i += 1
    for m, line, more in rows:
        span = citer.span(line.text_start, (more[-1] if more else line).end)
        if span is not None:
            words = clean("\n".join([m.group("text"), *(x.text for x in more)]))
            out.mentions.append(_mention(m.group("kap"), m.group("post"), words, span, "budget.amount-first-row",
                                         _amount(m.group("amount"), factor, year)))
    return i
