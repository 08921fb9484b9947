"""Services, programmes and courses the text presents by name, in the language of steering documents:

- a name defined as one: "«Sikker havn» er et opplæringsprogram …", "Losvakt.no er en nettportal …";
- a web address heading a section under a goal ("3.1.2 Havnevakt.no"): a digital service;
- a section or own-line heading that introduces an abbreviation, "Name (ABBR)", headed by a measure
  noun ("Opplæringsprogram om …", "… terapi") or opening a body that defines it or states its purpose
  ("ABBR skal bidra til …", "Name har som formål …"); the abbreviation becomes an alias;
- a name set off by dashes after a measure noun: "et eget risikoverktøy – RAVN – for …".

Names must look like names: quoted, a web address, an acronym, every word capitalised, or a single
word that the document also writes capitalised mid-sentence (or that heads its section). Only
sections under a goal are read, and knowledge-base lists (report titles) never.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Mention, span_of
from kg.mentions.goals import GoalContext, addresses_goal
from kg.mentions.knowledge import SECTION as KNOWLEDGE_SECTION
from kg.mentions.language import head_of, lemma
from kg.mentions.targets import measure_key
from kg.passages.base import Passage

SERVICE_HEADS = ("tiltak", "program", "kampanje", "prosjekt", "satsing", "pilot", "modell", "metode", "arbeidsmåte",
                 "verktøy", "ressurs", "portal", "tjeneste", "intensjonsavtale", "team", "kurs", "nettsted",
                 "nettside", "tilbud", "nettverk", "terapi", "erklæring")
WEB = r"[A-ZÆØÅa-zæøå][\w-]*(?:\.[\w-]+)*\.(?:no|com|org|net|eu)(?![\w@/-]|\.\w)"
NAME = rf"«[^»\n]{{2,80}}»|{WEB}|[A-ZÆØÅ][\w-]*(?:\s[A-ZÆØÅ][\w-]*){{0,5}}"
DEFINED = re.compile(rf"(?P<name>{NAME})\s+er\s+(?:en|et|ei)\s+(?P<rest>[^.;:\n]{{3,100}})")
ABBREVIATED = re.compile(r"^(?P<name>[A-ZÆØÅ«][^()\n]{2,120}?)\s\((?P<abbr>[A-ZÆØÅ][A-Za-zÆØÅæøå0-9-]{1,11})\)\s*$")
PARENTHESISED = re.compile(r"\s(?P<open>\()(?P<abbr>[A-ZÆØÅ][A-Za-zÆØÅæøå0-9-]{1,11})\)")
DASHED = re.compile(rf"\b(?P<noun>[a-zæøå]+)\s[–-]\s(?P<name>{NAME})\s[–-]\s")
PURPOSE = re.compile(r"\s+(?:skal\s+(?:bidra|sikre|styrke|gi|hjelpe|bistå)|har\s+som\s+(?:formål|mål|oppgave))\b")
STOP_AT = {"av", "i", "for", "som", "der", "med", "til", "på", "om", "fra", "hvor", "når", "at", "mellom"}
NOT_NAMES = {"dette", "det", "den", "de", "denne", "disse", "vi", "hun", "han", "man", "her", "hva", "alle",
             "noen", "ingen", "målet", "formålet", "hensikten", "tiltaket", "tilbudet", "programmet"}
MID_SENTENCE_CAPS = re.compile(r"(?<=[a-zæøå,;]\s)([A-ZÆØÅ][\w.-]*\w)")


def _cue(words: list[str]) -> str | None:
    """The measure noun among the first words of a description, up to the first preposition."""
    for w in words[:4]:
        w = w.strip(",«»()")
        if w.lower() in STOP_AT:
            return None
        head = head_of(lemma(w), SERVICE_HEADS)
        if head and not lemma(w).endswith("ordning"):
            return head
    return None


class ServiceReader:
    """Reads named services and programmes from one document's passages under its goals."""

    def __init__(self, ctx: GoalContext, original: str) -> None:
        self.ctx, self.original = ctx, original
        self.out = Extraction()
        self.caps: set[str] = set()

    def read(self, passages: list[Passage]) -> Extraction:
        for p in passages:
            if p.kind in ("paragraph", "list"):
                self.caps.update(MID_SENTENCE_CAPS.findall(p.text))
        sections: dict[tuple[str | None, tuple[str, ...]], list[Passage]] = {}
        for p in passages:
            if self._readable(p):
                sections.setdefault((p.section.number, p.section.path), []).append(p)
        for group in sections.values():
            if group[0].kind == "heading":
                self._heading(group[0], [p for p in group[1:] if p.kind in ("paragraph", "list")])
            for p in group:
                if p.kind in ("paragraph", "list"):
                    self._definitions(p)
                    self._own_line_abbreviations(p)
                    self._dashed(p)
        return self.out

    def _readable(self, p: Passage) -> bool:
        return self.ctx.goal_of(p) is not None and not KNOWLEDGE_SECTION.search(p.section.title or "")

    def _add(self, p: Passage, name: str, cs: int, rule: str, confidence: float, alias: str | None = None) -> None:
        attrs: tuple[tuple[str, object], ...] = (("alias", alias),) if alias else ()
        m = Mention("Measure", measure_key(name), name, span_of(p, cs, cs + len(name), self.original), rule,
                    confidence, attrs)
        self.out.mentions.append(m)
        self.out.links.extend(addresses_goal(self.ctx, p, m))

    def _is_name(self, name: str, title: str = "") -> bool:
        if name.startswith("«") or re.fullmatch(WEB, name) or re.fullmatch(r"[A-ZÆØÅ0-9][A-ZÆØÅ0-9-]{1,12}", name):
            return True
        words = name.split()
        if len(words) > 1:
            return all(w[:1].isupper() for w in words)
        if name.lower() in NOT_NAMES:
            return False
        return name in self.caps or name.lower() == title.lower()

    def _definitions(self, p: Passage) -> None:
        """'Name er en/et … <measure noun>' at the start of a sentence or list item."""
        for m in DEFINED.finditer(p.text):
            before = p.text[: m.start()].rstrip(" •")
            if before and before[-1] not in ".!?:\n»":
                continue
            name = m.group("name")
            if not self._is_name(name, p.section.title or "") or not _cue(m.group("rest").split()):
                continue
            quoted = name.startswith("«")
            self._add(p, name.strip("«»"), m.start("name") + int(quoted), "measure.defined-as-service", 0.8)

    def _heading(self, heading: Passage, body: list[Passage]) -> None:
        """A section headed by a web address, or by 'Name (ABBR)' that the heading or body presents as a measure."""
        title = heading.section.title or ""
        at = heading.text.find(title)
        if at < 0 or heading.section.number in self.ctx.headings:
            return
        for w in re.finditer(WEB, title):
            self._add(heading, w.group(0), at + w.start(), "measure.web-address-heading", 0.8)
        m = ABBREVIATED.match(title)
        name, abbr = (m.group("name").strip("«» "), m.group("abbr")) if m else (title.strip("«» "), None)
        if abbr and abbr[0].lower() != name[0].lower():
            return
        words = name.split()
        if not words or len(words) > 14 or re.search(WEB, name):
            return
        cue = head_of(lemma(words[0]), SERVICE_HEADS) or head_of(lemma(words[-1]), SERVICE_HEADS)
        opening = body[0].text if body else ""
        said = [n for n in (name, abbr) if n and opening.lower().startswith(n.lower())]
        defined = bool(said) and bool(re.match(r"\s+er\s+(?:en|et|ei)\s", opening[len(said[0]):]) and
                                      _cue(opening[len(said[0]):].split()[2:]))
        purpose = bool(said) and bool(PURPOSE.match(opening[len(said[0]):]))
        if (abbr and cue) or defined or purpose:
            self._add(heading, name, at + title.find(name), "measure.presented-heading", 0.8, abbr)

    def _own_line_abbreviations(self, p: Passage) -> None:
        """A line of its own 'Opplæringsprogram om … (ABBR)', headed by a measure noun, used again below.

        Clean-up may join that line with the next sentence, so the line is found in the original text."""
        for m in PARENTHESISED.finditer(p.text):
            abbr = m.group("abbr")
            o_start, o_end = p.offsets.span(m.start("open"), m.end())
            line_start = self.original.rfind("\n", 0, o_start) + 1
            line_end = self.original.find("\n", o_end)
            if self.original[o_end : line_end if line_end >= 0 else None].strip():
                continue
            name = " ".join(self.original[line_start:o_start].split())
            cs = m.start() - len(name)
            words = name.split()
            if (not words or p.text[cs : m.start()] != name or not name[0].isupper() or len(words) > 12
                    or p.text.count(abbr) < 2):
                continue
            if head_of(lemma(words[0]), SERVICE_HEADS) or head_of(lemma(words[-1]), SERVICE_HEADS):
                self._add(p, name, cs, "measure.abbreviation-line", 0.8, abbr)

    def _dashed(self, p: Passage) -> None:
        for m in DASHED.finditer(p.text):
            name = m.group("name")
            if head_of(lemma(m.group("noun")), SERVICE_HEADS) and self._is_name(name) and not name.startswith("«"):
                self._add(p, name, m.start("name"), "measure.named-between-dashes", 0.75)
