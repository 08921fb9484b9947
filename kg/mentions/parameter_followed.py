"""Steering parameters told in running text, in the two ways letters and reports tell them.

A letter names what the ministry will follow, the target on the line below:

    Departementet vil følge andel vannverk med tilsyn de siste fire årene.
    Resultatmål: minst 90 prosent ved utgangen av 2025 (resultat 2023: 81 prosent).

The parameter is the object of *vil (også, i tillegg) følge (med på)* up to the sentence's end; the next line opens
with the target's word (*Resultatmål:*, *Resultatkrav:*, *Prestasjonskrav:*, *Måltall:*). A result given in brackets
after the target (*(resultat 2023: 81 prosent)*) is the parameter's result for that year.

A report opens a paragraph with the parameter and its result, the year before's in brackets, and says the
requirement in the next sentence:

    Andelen søknader som ble levert digitalt, var 91 prosent i 2022 (2021: 86 prosent).
    Resultatkravet var 90 prosent.

(*Det var ikke satt resultatkrav.* tells the parameter had none.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.text import clean

FOLLOWED = re.compile(r"\bvil\s+(?:[a-zæøå]+\s+){0,3}?følgj?e\s+(?:med\s+på\s+)?"
                      r"(?P<label>[a-zæøå](?:[^.!?\n]|\n(?![ \t]*\n)|(?<=\d)\.(?=\d)){5,250}?)\.[ \t]*\n[ \t]*"
                      r"(?P<kind>Resultatmål|Resultatkrav|Prestasjonskrav|Måltall|Måltal)[ \t]*:[ \t]*"
                      r"(?P<target>[^\n]+?)\.?[ \t]*$", re.MULTILINE)
RESULT = re.compile(r"\s*\(\s*resultat\s+(?P<year>(?:19|20)\d\d)\s*:\s*(?P<value>[^()]{1,40})\)\s*$", re.IGNORECASE)
_TEXT = r"(?:[^.!?\n]|\n(?![ \t]*\n)|(?<=\d)[.,](?=\d))"
_VALUE = r"(?:[^.!?\n,]|\n(?![ \t]*\n)|(?<=\d)[.,](?=\d))"  # (no comma: 'som var fastsatt …, var 94 prosent')
# a paragraph's first sentence: the parameter, its result for a year and the year before's in brackets, then the
# requirement ('Resultatkravet var 90 prosent.') or none ('Det var ikke satt resultatkrav.')
TOLD = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?P<label>(?:Andel(?:en)?|Antall(?:et)?|Tal(?:et)?|Del(?:en)?|Median|"
                  r"Gjennomsnittlig|Gjennomsnittleg|[A-ZÆØÅ][a-zæøå]+tilfredshet(?:en)?)\s" + _TEXT + r"{5,200}?),?"
                  r"\s+var\s+(?P<value>" + _VALUE + r"{1,60}?)\s+i\s+(?P<year>(?:19|20)\d\d)\s*\(\s*"
                  r"(?P<before>(?:19|20)\d\d)\s*:\s*(?P<earlier>[^()]{1,40})\)\.\s+"
                  r"(?:(?P<kind>Resultatkravet|Resultatmålet|Måltallet|Prestasjonskravet)\s+var\s+"
                  r"(?P<target>" + _TEXT + r"{1,60}?)|Det\s+var\s+ikke\s+satt\s+(?P<none>resultatkrav|resultatmål))\.")

# 'Resultatindikatoren for ordningen er andelen av tilskuddsmidlene som …': an evaluation names the parameter a
# scheme or measure is followed by, in a sentence of its own
NAMED = re.compile(r"(?:\A|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:Resultatindikatoren|Styringsparameteren|Styringsparameteret|"
                   r"Indikatoren)\s+for\s+(?:ordningen|ordninga|tilskuddet|tilskotet|tiltaket|programmet|satsingen|"
                   r"satsinga)\s+er\s+(?P<label>(?:andelen|antallet|talet|delen|prosentdelen|gjennomsnittlig|"
                   r"gjennomsnittleg)\s" + _TEXT + r"{5,250}?)\.(?=\s|$)")


@dataclass(frozen=True)
class Followed:
    """A parameter told in running text: its words, target, results (year, value, start, end), and where it is."""

    label: str
    target: str | None
    kind: str
    start: int
    end: int
    results: tuple[tuple[str, str, int, int], ...]


def followed_parameters(original: str) -> list[Followed]:
    """Every parameter named as what the ministry will follow, with the target on the line below."""
    out = []
    for m in FOLLOWED.finditer(original):
        target = m.group("target")
        results: tuple[tuple[str, str, int, int], ...] = ()
        rm = RESULT.search(target)
        if rm:
            at = m.start("target") + rm.start("value")
            results = ((rm.group("year"), rm.group("value").strip(), at, at + len(rm.group("value").strip())),)
            target = target[: rm.start()]
        out.append(Followed(clean(m.group("label")), clean(target).rstrip(" ."), m.group("kind").lower(),
                            m.start("label"), m.end(), results))
    return out


def paragraph_parameters(original: str) -> list[Followed]:
    """Every parameter a report's paragraph opens with, told with its results and its requirement."""
    out = []
    for m in TOLD.finditer(original):
        results = tuple((m.group(y), clean(m.group(v)), m.start(v), m.end(v))
                        for y, v in (("year", "value"), ("before", "earlier")))
        kind = (m.group("kind") or m.group("none") or "").lower().removesuffix("et")
        target = clean(m.group("target")) if m.group("target") else None
        out.append(Followed(clean(m.group("label")), target, kind, m.start("label"), m.end(), results))
    return out


def named_parameters(original: str) -> list[Followed]:
    """Every parameter a sentence names as the one a scheme or measure is followed by (no target, no results)."""
    return [Followed(clean(m.group("label")), None, "", m.start("label"), m.end("label"), ())
            for m in NAMED.finditer(original)]
