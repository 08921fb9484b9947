"""Box frames and ruled tables printed with characters, read as the layout they are.

Text a converter lays out from a PDF may draw a box round a goal and its parameters (``| Mål 1   Flere … |``
between lines of ``─``) or a table's columns with bars (``2026-01  | Direktoratet skal … | 1.4.2026 | 1``) and
crossings (``─────┼────``). A bar that stands in a column (or one off it) with a bar or a rule on the line above
or below it is layout, not text: it is read as a space, and a rule's characters as the hyphens of a ruled line. Each
character is replaced by one character, so every offset into the text stays exact; a single bar in running text or a
running head (*Årsrapport 2024 | Direktoratet*) is left as printed.
"""

from __future__ import annotations

BARS = "|│┃║"
RULES = "─━═┼┬┴├┤┌┐└┘╋╪╫╬"


def _drawn(line: str, column: int) -> bool:
    """Whether ``line`` has a bar or a rule at ``column`` or one off it (a frame's right edge may stand unevenly)."""
    return any(0 <= c < len(line) and (line[c] in BARS or line[c] in RULES) for c in (column - 1, column, column + 1))


def unframed(text: str) -> str:
    """``text`` with the bars of frames and tables read as spaces and drawn rules as hyphens (same length)."""
    if not any(c in text for c in BARS + RULES):
        return text
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        chars = list(line)
        for c, ch in enumerate(line):
            if ch in RULES:
                chars[c] = "-"
            elif ch in BARS and any(_drawn(lines[k], c) for k in (i - 1, i + 1) if 0 <= k < len(lines)):
                chars[c] = " "
        out.append("".join(chars))
    return "\n".join(out)
