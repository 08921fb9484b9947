"""The colophon of a report's first pages: 'Oppdragsgiver:', 'Utført av:', 'Rapportnummer:', 'Tittel:' ….

One reading of these fields for every consumer: the document profile (kind, performer, commissioner, year)
and the evaluation a report's own first pages make of it (with the offsets of each value).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

LABEL = re.compile(r"^(?P<label>Oppdragsgivere?|Oppdragsgivar(?:ar)?|Oppdragsgjevarar|Oppdragsgjevar|Utført for|"
                   r"Oppdragstaker|Oppdragstakar|Utført av|Utførd av|Utarbeidet av|Utarbeidd av|Utgitt av|Utgjeve av|"
                   r"Utgiver|Utgivar|Utgjevar|Forfattere?|Forfattarar|Prosjektleder|Prosjektleiar|"
                   r"Rapport(?:nummer|serie|\s?nr\.?)|Serie(?:\s+og\s+nummer)?|ISBN|ISSN|Dato|Publisert|Tittel|Undertittel)"
                   r"\s*:?\s{1,}"
                   r"(?P<value>\S.*)$", re.IGNORECASE)
# a torn colophon prints the label alone ('Oppdragsgiver:') and its value on the next line
BARE_LABEL = re.compile(LABEL.pattern.split(r"\s*:?")[0] + r"\s*:$", re.IGNORECASE)
# a label alone on its line without a colon ('Oppdragsgiver', 'Rapportserie og nummer'), its value on the next line
NAKED_LABEL = re.compile(LABEL.pattern.split(r"\s*:?")[0] + r"(?:\s+og\s+nummer)?$")
# any 'Label:   value' line ('Undertittel:', 'Prosjektperiode:'): a field of its own, never a value run on
# ('Oppdragsgivers ref.:  24/1187' too, and a one-word label with one space: 'Rapporttype: Sluttrapport')
ANY_LABEL = re.compile(r"^[A-ZÆØÅ][\wæøå .]{2,25}:\s{2,}\S|^[A-ZÆØÅ][\wæøå]{2,25}:[ \t]\S")
# a label without a colon set apart from its value by a wide gap ('Kontaktperson       Siri Hauge Lien')
GAPPED_LABEL = re.compile(r"^[A-ZÆØÅ][\wæøå]{2,25}(?:\s[\wæøå.]{1,12})?\s{3,}\S")
# The label words a colophon uses, by the field they give.
KEYS = (("oppdragsgiver", "commissioner"), ("oppdragsgivar", "commissioner"), ("oppdragsgjevar", "commissioner"),
        ("utført for", "commissioner"),
        ("oppdragstak", "performer"), ("utført av", "performer"), ("utførd av", "performer"),
        ("utarbeid", "performer"), ("utgitt av", "publisher"), ("utgjeve av", "publisher"), ("utgiver", "publisher"),
        ("utgivar", "publisher"), ("utgjevar", "publisher"), ("forfatt", "authors"), ("prosjektle", "lead"),
        ("rapport", "series"), ("serie", "series"), ("isbn", "isbn"), ("issn", "issn"), ("dato", "date"),
        ("publisert", "published"), ("tittel", "title"), ("undertit", "subtitle"))


# 'Rapport skrevet på oppdrag fra X', 'Utarbeidet på oppdrag for X': the commissioner in a sentence
ON_ASSIGNMENT = re.compile(r"^(?:(?:Rapport(?:en)?|Denne rapporten)\s+(?:er\s+)?)?(?:skrevet|utarbeidet|utført|"
                           r"gjennomført|laget)\s+på\s+oppdrag\s+(?:fra|frå|for|av)\s+(?P<value>[A-ZÆØÅ][^.]{2,100}?)\.?$",
                           re.IGNORECASE)


# each organisation a colophon value names: 'NIKD i samarbeid med Ferde Analyse AS', 'Analyse AS og Forsk AS'
PARTNERS = re.compile(r"(?:(?<=^)|(?<=\si samarbeid med\s)|(?<=\sog\s)(?=[A-ZÆØÅ]))\S.*?"
                      r"(?=\s+i\s+samarbeid\s+med\s|\s+og\s+[A-ZÆØÅ]|$)", re.DOTALL)


def logo_line(line: str, performer: str) -> bool:
    """Whether a title page's line shows the performer's name as a logo over the title ('SELO – Senter for …'),
    not a title that names it ('Evaluering av …')."""
    name = re.sub(r"\s*\([^()]*\)", "", " ".join(performer.split()))
    return len(name) > 8 and name in line and not re.search(r"(?i)evaluering", line)


@dataclass(frozen=True)
class Field:
    """A colophon value as printed (a value wrapped onto a second line keeps its line break) and its offset."""

    value: str
    start: int

    @property
    def first_line(self) -> str:
        return self.value.split("\n")[0]


def field_key(label: str) -> str:
    """The field a colophon label gives ('Utarbeidet av' -> 'performer', 'Rapport nr.' -> 'series')."""
    low = label.lower()
    return next(key for word, key in KEYS if low.startswith(word))


def is_label_line(text: str) -> bool:
    return LABEL.match(text) is not None


def read_colophon(lines: Sequence[tuple[str, int]]) -> dict[str, Field]:
    """The colophon fields among ``lines`` (each ``(stripped text, offset of its first character)``, blank
    lines as ``""``); the first value of each field wins. A value that runs onto a line of its own, which
    the next field closes, is joined to it."""
    found: dict[str, Field] = dict(_label_block(lines))
    for key, field in _alternating(lines):
        found.setdefault(key, field)
    for i, (text, start) in enumerate(lines):
        m = LABEL.match(text)
        om = ON_ASSIGNMENT.match(text) if not m else None
        if om:
            found.setdefault("commissioner", Field(om.group("value").strip(), start + om.start("value")))
        if not m:
            bare = BARE_LABEL.match(text)
            if bare and i + 1 < len(lines) and lines[i + 1][0] and not lines[i + 1][0].endswith(":") \
                    and not LABEL.match(lines[i + 1][0]) and not BARE_LABEL.match(lines[i + 1][0]):
                found.setdefault(field_key(bare.group("label")), Field(lines[i + 1][0], lines[i + 1][1]))
            continue
        value = m.group("value").strip()
        # (a next line that opens a label wrapped over two lines, 'Kontaktperson hos' / 'oppdragsgjevar:', is not)
        # (nor one laid out as a label of its own, a gap, then its value: 'Kontaktperson       Siri …')
        if i + 2 < len(lines) and lines[i + 1][0] and not LABEL.match(lines[i + 1][0]) \
                and not ANY_LABEL.match(lines[i + 1][0]) and not GAPPED_LABEL.match(lines[i + 1][0]) \
                and LABEL.match(lines[i + 2][0]) \
                and lines[i + 2][0][:1].isupper():
            value = f"{value}\n{lines[i + 1][0]}"
        found.setdefault(field_key(m.group("label")), Field(value, start + m.start("value")))
    return found


# a colophon torn into two blocks: every label on a line of its own ('Tittel:', 'Oppdragsgiver:', …), then every
# value in the same order
BLOCK_LABEL = re.compile(r"^[A-ZÆØÅ][\wæøå .]{1,40}:$")


def _label_block(lines: Sequence[tuple[str, int]]) -> list[tuple[str, Field]]:
    """The fields of a colophon printed as a block of labels over a block of values, paired by position."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and BLOCK_LABEL.match(lines[j][0]):
            j += 1
        if j - i >= 4:
            k = j
            while k < len(lines) and not lines[k][0]:
                k += 1
            values = lines[k: k + (j - i)]
            if len(values) == j - i and all(v and not v.endswith(":") for v, _ in values):
                return [(field_key(bare.group("label")), Field(v, at)) for (label, _), (v, at) in
                        zip(lines[i:j], values, strict=True) if (bare := BARE_LABEL.match(label))]
        i = j + 1
    return []


def _alternating(lines: Sequence[tuple[str, int]]) -> list[tuple[str, Field]]:
    """The fields of a colophon printed as labels without colons, each over its value ('Tittel' / 'Evaluering av
    …' / 'Oppdragsgiver' / 'Kystdirektoratet'): read only in a run of lines holding three or more such labels."""
    pairs: list[tuple[str, Field]] = []
    run: list[tuple[str, Field]] = []
    for i, (text, _) in enumerate(lines):
        if not text:
            pairs, run = (pairs + run if len(run) >= 3 else pairs), []
            continue
        m = NAKED_LABEL.match(text)
        nxt = lines[i + 1] if i + 1 < len(lines) else ("", 0)
        if m and nxt[0] and not NAKED_LABEL.match(nxt[0]) and not LABEL.match(nxt[0]):
            run.append((field_key(m.group("label")), Field(nxt[0], nxt[1])))
    return pairs + run if len(run) >= 3 else pairs


# a title page's title set in capitals ('EVALUERING AV TILSKUDDSORDNINGEN' / 'FOR STEDSUTVIKLING I SMÅ KOMMUNER')
CAPITALS = re.compile(r"[A-ZÆØÅ0-9][A-ZÆØÅ0-9 ,–\-:]{6,}")
EVALUATES = re.compile(r"\b(?:EVALUERING|SLUTTEVALUERING|FØLGEEVALUERING|EFFEKTEVALUERING|EVALUATION)\b")


def capitals_title(lines: Sequence[str]) -> tuple[int, int] | None:
    """``(first, end)`` indices of the first run of up to three lines set in capitals that names an evaluation
    (a cover whose labels stand above its title: 'Oppdragsgiver: …' / 'Dato: …' / then the title)."""
    for i, line in enumerate(lines):
        if CAPITALS.fullmatch(line.strip()) and EVALUATES.search(line) and len(line.split()) >= 2:
            end = i + 1
            while end < len(lines) and end - i < 3 and CAPITALS.fullmatch(lines[end].strip()) \
                    and len(lines[end].split()) >= 2:
                end += 1
            return i, end
    return None


def ordinary_case(title: str, text: str) -> str:
    """A title set in capitals as the text writes it elsewhere in ordinary case (a running header), else in
    sentence case."""
    spelt = r"\s+".join(re.escape(w) for w in title.split())
    for m in re.finditer(spelt, text, re.IGNORECASE):
        if not m.group().isupper():
            return " ".join(m.group().split())
    return title[:1] + title[1:].lower()
