"""Numbers as Norwegian documents print them ('4 624', '84,1', '1 234,5') and the units that scale them."""

from __future__ import annotations

import re

NUMBER = re.compile(r"^-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$")
LEADING_NUMBER = re.compile(r"^-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?|^-?\d+(?:,\d+)?")


def _float(printed: str) -> float:
    return float(re.sub(r"[ \u00a0]", "", printed).replace(",", "."))


def number(text: str) -> float | None:
    """The number a table cell holds, if the whole cell is one ('4 624' -> 4624.0, '84,1' -> 84.1)."""
    t = text.strip().replace("\u00a0", " ")
    return _float(t) if NUMBER.match(t) else None


def leading_number(text: str) -> float | None:
    """The number a printed value starts with ('84,1 prosent' -> 84.1), or ``None``."""
    m = LEADING_NUMBER.match(text.strip())
    return _float(m.group(0)) if m else None


def unit_factor(text: str, default: int = 1) -> int:
    """Kroner per printed unit a caption or header gives ('mill. kroner', 'i 1000 kr', 'mrd.'), else ``default``."""
    t = text.lower()
    if re.search(r"\bmill", t):
        return 1_000_000
    if re.search(r"\bmrd|milliard", t):
        return 1_000_000_000
    if re.search(r"1\s?000\s*kr|tusen", t):
        return 1000
    return default
