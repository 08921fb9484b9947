"""Goal lines whose level word stands after a number or before a dotted letter code.

    1        HOVEDMÅL: Alle barn og unge har tilgang til meningsfulle fritidsaktiviteter
    1.1      Delmål: Flere barn og unge fra lavinntektsfamilier deltar jevnlig i organiserte
             fritidsaktiviteter
    III.1  HOVUDMÅL A: Alle barn og unge har tilgang til meiningsfulle fritidsaktivitetar
    Delmål A.1  Fleire barn og unge frå familiar med låg inntekt deltek jamleg i organiserte

A letter's outline numbers its goals in a column before the level's word (*1*, *1.1*, the level and a colon
after them); a report's section may number itself (*III.1*) before the goal's level, letter and colon; a sub-goal
may carry its main goal's letter and its own number (*A.1*) with its title after a wide gap. The title may wrap
onto lines that open in lower case or follow an open phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.mentions.goal_codes import TABLE_GAP
from kg.mentions.text import clean

_LEVEL = (r"(?P<word>(?i:hovedmål|hovudmål|delmål|virksomhetsmål|verksemdsmål|effektmål|brukermål|brukarmål|"
          r"samfunnsmål))")
# (the number set in a column of its own: '3.1 Virksomhetsmål: …' one space apart is a section's heading)
NUMBER_FIRST = re.compile(r"^[ \t\f]*(?P<num>\d{1,2}(?:\.\d{1,2})?)[ \t]{2,}" + _LEVEL + r"[ \t]*:[ \t]+"
                          r"(?P<title>[A-ZÆØÅ][^\n]{8,})$", re.MULTILINE)
SECTION_FIRST = re.compile(r"^[ \t\f]*(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2})?[ \t]+" + _LEVEL
                           + r"[ \t]+(?P<num>[A-ZÆØÅ]|\d{1,2})[ \t]*:[ \t]+(?P<title>[A-ZÆØÅ][^\n]{8,})$", re.MULTILINE)
DOTTED_LETTER = re.compile(r"^[ \t\f]*" + _LEVEL + r"[ \t]+(?P<num>[A-ZÆØÅ]\.\d{1,2})[ \t]{2,}"
                           r"(?P<title>[A-ZÆØÅ][^\n]{8,})$", re.MULTILINE)

#: ``(word, number, printed code, title, start, end, style)``, as :mod:`kg.mentions.goal_codes` gives them
Found = tuple[str, str, str, str, int, int, str]


def numbered_level_goals(text: str, title_end: Callable[[str, int], int]) -> list[Found]:
    """The goals of lines with the level's word after a number, or before a dotted letter code."""
    found: list[Found] = []
    for pattern in (NUMBER_FIRST, SECTION_FIRST, DOTTED_LETTER):
        for m in pattern.finditer(text):
            if TABLE_GAP.search(m.group("title")) or re.search(r"\.{4,}|\s\d{1,3}$", m.group("title")):
                continue  # a table's row or an entry of the contents
            end = title_end(text, m.end())
            word = m.group("word")
            found.append((word[0] + word[1:].lower(), m.group("num"), m.group("num"),
                          clean(text[m.start("title"): end]).rstrip("."), m.start("word"), end, "line"))
    return found
