"""Steering parameters named in quotes in running text: told with a year's result and the target in brackets
('Styringsparameteren «…» var 58 prosent i 2023 (mål: 60 prosent).'), or named with the target told in the
sentences after ('… styringsparameteren «Antall skoler …». Resultatkravet for 2023 var 400 skoler.')."""

from __future__ import annotations

import re

from kg.mentions.parameter_lines import Line
from kg.mentions.parameter_stated import TOLD_TARGET, result
from kg.mentions.text import clean

# 'Styringsparameteren «Del kommunar med …» var 58 prosent i 2023 (mål: 60 prosent).': a parameter told in a
# sentence with its result for a year and its target in brackets
TOLD = re.compile(r"\bStyringsparameteren\s+«(?P<label>[^»]{10,250})»\s+(?:var|blei|ble|vart|er)\s+"
                  r"(?P<value>[^()«».]{1,40}?(?:\d,\d[^()«».]{0,30}?)?)\s+i\s+(?P<year>(?:19|20)\d\d)\s*"
                  r"\((?P<kind>mål|resultatmål|resultatkrav|måltal|måltall)(?:\s+(?:19|20)\d\d)?\s*:\s*"
                  r"(?P<target>[^()]{1,60})\)")


def told_parameters(original: str) -> list[tuple[re.Match[str], dict[str, object]]]:
    """Parameters told in a sentence ('Styringsparameteren «…» var 3,9 i 2023 (mål: 4,0).'), each with its one
    result."""
    out = []
    for m in TOLD.finditer(original):
        line = Line(m.start("value"), m.end("value"), m.group("value"))
        out.append((m, result(m.group("year"), m.group("value"), line)))
    return out


# 'Effektmålet følges opp med styringsparameteren «Antall skoler som deltar i …».': a parameter named in quotes,
# its target told in the sentences after it ('Resultatkravet for 2023 var 400 skoler'); one told with its result
# and target in brackets is :data:`TOLD`'s
QUOTED = re.compile(r"\b[Ss]tyringsparameteren\s+«(?P<label>[^«»]{10,250})»")
TOLD_WINDOW = 400
# the rest of the sentence says the parameter is gone ('… (SP 3.3 i 2021) er tatt ut', '… frå 2023 er teken ut')
TAKEN_OUT = re.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))*?\b(?:tatt ut|teke ut|teken ut|tekne ut|utgått|utgår|fjernet|"
                       r"fjerna|avvikl\w*|ikke lenger|ikkje lenger|erstattet|erstatta)\b")


def quoted_parameters(original: str) -> list[tuple[re.Match[str], tuple[str, str] | None]]:
    """Parameters named in quotes in running text, each with the target the next sentences tell (or none)."""
    told = {m.start() for m in TOLD.finditer(original)}
    out = []
    for m in QUOTED.finditer(original):
        if m.start() in told or TAKEN_OUT.match(original, m.end(), m.end() + 200):
            continue  # (a parameter the sentence says was taken out: 'Styringsparameteren «…» ble tatt ut')
        after = clean(original[m.end(): m.end() + TOLD_WINDOW])
        nxt = QUOTED.search(after)
        tm = TOLD_TARGET.search(after, 0, nxt.start() if nxt else len(after))
        out.append((m, (tm.group("target").strip(), tm.group("kind").lower()) if tm else None))
    return out
