"""The lines of an allocation letter's or report's assignment block beyond its code and words."""

from __future__ import annotations

import re

from kg.mentions.goal_codes import CODE as GOAL_CODE

# '5.1 Direktoratet skal lyse ut …', '5.1.1 GDF skal …': an item numbered within the assignments' own numbered
# chapter, a sentence that opens as an order does (its subject, then 'skal'), never a sub-heading
SUB_ITEM = re.compile(r"^(?P<code>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+"
                      r"(?P<rest>(?![A-ZÆØÅ]\w*mål\b)[A-ZÆØÅ]\S*(?:\s+\S+){0,3}\s+skal\s+\S+(?:\s+\S+){3,}"
                      r"|Oppdraget\s+(?:om|med)\s+\S+(?:\s+\S+){3,})$")  # ('Oppdraget om å … videreføres')
# 'Oppdrag nr. 1/2025 – Kommunenes oppfølging av …': a block's title after a dash, its text on the lines below
DASHED_TITLE = re.compile(r"^.*?\d\s+[–-]\s+[A-ZÆØÅ][^.:;]{2,80}$")
# the labelled lines under a block's deadline: a report's status, how it is reported, the goal it falls under
# ('Knytt til verksemdsmål II' too)
AFTER_DUE = re.compile(r"^\s*(?:(?:(?P<status>Status)|Rapporteres\s+i|Rapportering|(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål)\s*:\s*"
                       r"|(?:Knytt|Knytte|Knytta|Knyttet)\s+til\s+[a-zæøå]*mål\s+(?=\S+\s*$))"
                       r"(?P<goal>(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})(?=\s*$))?")
# 'Under HM1', 'Knyttet til DM2.1': a group of an assignment section under a goal named by its printed code
GROUP_LINE = re.compile(r"^(?:Under|Knyttet til|Tilknyttet|Oppdrag under|Oppdrag knytt(?:e|et)? til)\s+"
                        rf"(?P<code>{GOAL_CODE})\s*:?$")
# '5.1   Område A' within the assignments' chapter 5: the assignments below serve the goal the area's letter keys
AREA_SECTION = re.compile(r"^(?P<chapter>\d{1,2})\.\d{1,2}\.?\s+(?:Område|Resultatområde|Virksomhetsområde|"
                          r"Verksemdsområde)\s+(?P<code>[A-ZÆØÅ]|\d{1,2})$")


def area_section(text: str, chapter: str) -> str | None:
    """The code of the area a sub-section of the assignments' chapter ``chapter`` is headed by, if any."""
    m = AREA_SECTION.match(text)
    return m.group("code") if m and m.group("chapter") == chapter else None
