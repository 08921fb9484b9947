"""Goal rows of a torn table with a goal column: their codes, and the uncoded parameters in their cells.

A two-level table names its goal column after both levels (*Overordnet mål / Virksomhetsmål*) and opens a
goal's row with its code alone on a line: a bare number for the upper level (*1*), a prefix and a number for
the lower (*VM1*), whose broader goal is the upper-level row above it. Where the parameters have no codes, the
goal's row holds them too: the goal's words come first, a parameter opens with an indicator's noun (*Antall*,
*Andel* …) and runs until its target (*Minst 60 kommuner*, *Synkende*, *3 000 deltakere*); words after a
target and before the next parameter run on the goal's words (a PDF's reading order may interleave the
columns' lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.mentions.base import Key, Mention

# 'Overordnet mål /', 'Virksomhetsmål', 'Overordnet mål / Virksomhetsmål': a header's goal-column line
_LEVEL = (r"(?:(?:overordne(?:t|de)|strategiske?)\s+mål|mål|hovedmål|hovudmål|virksomhetsmål|delmål|effektmål|"
          r"bruk[ea]rmål|samfunnsmål)")
GOAL_COLUMN = re.compile(rf"^(?P<first>{_LEVEL})(?:\s*/\s*(?P<second>{_LEVEL}))?\s*/?$", re.IGNORECASE)
# a goal row's code alone on its line: '1', 'VM2'
BARE_CODE = re.compile(r"^(?P<prefix>[A-ZÆØÅ]{1,3})?\s?(?P<num>\d{1,2})\.?$")
PARAMETER_OPENS = re.compile(r"^(?:Antall|Andel|Gjennomsnittlig|Tid|Prosent(?:andel)?|Grad|Kostnad(?:er)?|"
                             r"Saksbehandlingstid|Brukertilfredshet|Median|Nivå|Omfang|Oppnådd)\b")
TARGET_VALUE = re.compile(
    r"^(?:(?:Minst|Maks(?:imalt)?|Høyst|Under|Over|Mer enn|Mindre enn|Inntil)\s+\S+|Økende|Synkende|Stabil|"
    r"Høyere|Lavere|Redusert|Økt|\d[\d  ]*(?:[,.]\d+)?\s*%?)(?:\s+\S+){0,2}$")


#: A lower-level goal's code as printed ('VM1', 'HM2'), also where the text refers to the goal by it.
GOAL_CODE = r"[A-ZÆØÅ]{1,2}M\d{1,2}"
#: The same code in running text, a sub-goal's too ('VM1', 'HM2', 'DM1.1').
PRINTED_GOAL = re.compile(rf"\b{GOAL_CODE}(?:\.\d{{1,2}})?\b")


def printed_goal_keys(mentions: Iterable[Mention]) -> dict[str, Key]:
    """The keys of a document's goals by their number as printed ('VM1', '2.3', '1')."""
    return {str(m.attr("notation")): m.key for m in mentions if m.type == "Goal" and m.attr("notation")}


def column_levels(text: str) -> list[str]:
    """The levels a goal-column header line names, upper first ('overordnet mål', 'virksomhetsmål')."""
    m = GOAL_COLUMN.match(text.strip())
    if not m:
        return []
    return [" ".join(g.lower().split()).replace("overordnede", "overordnet") for g in (m.group("first"),
                                                                                       m.group("second")) if g]


def goal_code(text: str, levels: list[str]) -> tuple[str, str, str] | None:
    """``(notation, number, level)`` of a line that is only a goal row's code, in a table whose goal column
    names ``levels``; a prefixed code is of the lowest level, a bare number of the highest."""
    m = BARE_CODE.match(text.strip())
    if not m or not levels:
        return None
    prefix = m.group("prefix") or ""
    if prefix and not prefix.endswith("M"):
        return None  # 'VM1', 'HM2', 'OM1': goal codes; 'S1', 'TK1' are not
    return prefix + m.group("num"), m.group("num"), levels[-1] if prefix else levels[0]


@dataclass
class Parameter:
    """An uncoded parameter read out of a goal's row: its words and target."""

    words: list[str] = field(default_factory=list)
    target: str | None = None


def split_goal_row(cells: list[str]) -> tuple[list[str], list[Parameter]]:
    """A goal row's cells split into the goal's words and the parameters in the row."""
    goal: list[str] = []
    params: list[Parameter] = []
    current: Parameter | None = None
    for text in cells:
        if PARAMETER_OPENS.match(text):
            current = Parameter([text])
            params.append(current)
        elif current is not None and TARGET_VALUE.match(text) and current.target is None:
            current.target = text
        elif current is not None and current.target is None:
            current.words.append(text)
        else:
            goal.append(text)
    return goal, params
