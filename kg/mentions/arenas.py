"""Measures that are arenas and instruments rather than programmes, in the language of steering documents:

- a quoted name headed by an arena noun: «Forum for havnedata», «kyst+-direktoratsgruppe»;
- a capitalised name whose compound head is one: 'Havnesikkerhetsprisen', 'Ola Nordmanns Minnepris',
  'Nasjonal havnekonferanse 2025';
- an acronym compounded with a measure noun: 'AIS-prosjektet';
- the bare items of a leaf section headed by instruments ('1.1.2 Pedagogiske virkemidler • Veileder …').

(Examples invented, as in ``tests/mentions/test_arenas.py``.)

Only sections under a goal are read, never knowledge-base lists (report titles).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.mentions.goal_rows import PARAMETER_OPENS
from kg.mentions.knowledge import SECTION as KNOWLEDGE_SECTION
from kg.mentions.language import head_of, lemma, spans
from kg.mentions.measure_words import prepositional
from kg.mentions.reader import ReaderBase, by_section
from kg.mentions.targets import measure_key
from kg.mentions.text import QUOTES
from kg.passages.base import Passage

#: Nouns naming an arena or award the agency runs: a name headed by one is a measure.
ARENA_HEADS = ("forum", "nettverk", "gruppe", "konferanse", "pris", "kampanje", "program", "prosjekt")
#: A quoted name right after one of these is a publication's title, not an arena.
TITLE_NOUNS = ("rapport", "notat", "artikkel", "publikasjon", "undersøkelse", "studie", "bok", "film", "evaluering")
ACRONYM_COMPOUND = re.compile(r"^(?P<acr>[A-ZÆØÅ]{2,}[\w+]*)-(?P<noun>prosjekt|program|nettverk|kampanje|satsing)"
                              r"(?:et|en|a)?$")
#: A section title naming instruments: 'Pedagogiske virkemidler', 'Digitale tiltak'.
INSTRUMENT_TITLE = re.compile(r"^\S+\s+(?:virkemidler|tiltak)$", re.I)
MAX_ITEM_WORDS = 5


class ArenaReading(ReaderBase):
    """The arena and instrument rules of :class:`kg.mentions.prose.ProseReader`."""

    def _in_scope(self, p: Passage) -> bool:
        return self.ctx.goal_of(p) is not None and not KNOWLEDGE_SECTION.search(p.section.title or "")

    def _arenas(self, p: Passage, doc: Doc) -> None:
        if not self._in_scope(p):
            return
        for q in spans(doc, "QUOTED"):
            words = q.text.strip(QUOTES + " ").split()
            if not words or len(words) > 8 or (q.start and head_of(doc[q.start - 1].lemma_, TITLE_NOUNS)):
                continue
            first, last = lemma(words[0].lower()), lemma(words[-1].lower().strip(".,"))
            if first in ARENA_HEADS or (len(words) == 1 and _compound_head(last)):
                self._arena(p, q.start_char + 1, q.end_char - 1, "measure.quoted-arena")
        for tok in doc:
            if tok.is_sent_start or tok.i == 0:
                continue
            acronym = ACRONYM_COMPOUND.match(tok.text)
            if acronym:
                key = measure_key(f"{acronym.group('acr')}-{acronym.group('noun')}")
                m = self._mention(p, "Measure", key, tok.text, tok.idx, tok.idx + len(tok.text),
                                  "measure.acronym-compound", 0.75)
                self._addresses(p, m)
                continue
            if not _compound_head(tok.lemma_) or doc[tok.i - 1].text in QUOTES:
                continue
            # extend over names before it: 'Ola Nordmanns Minnepris', 'Nasjonal havnekonferanse';
            # a lower-case head takes no genitive owner ('Ministerrådets ekspertgruppe' is theirs, not a measure)
            # 'Andel tilskuddsprosjekter' opens a steering parameter's wording: the capital is the row's, not a name's
            start = tok.i
            while start - 1 > tok.sent.start and start - tok.i > -2 and doc[start - 1].is_title and (
                    tok.is_title or not doc[start - 1].lower_.endswith("s")) and not PARAMETER_OPENS.match(
                    doc[start - 1].text):
                start -= 1
            # alone, a lower-case compound is a common noun ('konferansen'), and a capitalised forum, conference
            # or group someone else's body ('Havneforum', 'Haagkonferansen')
            if start == tok.i and (not tok.is_title or _compound_head(tok.lemma_) in ("forum", "konferanse", "gruppe")):
                continue
            # a definite compound before a name is the noun that introduces it ('Mentorprogrammet Handverksløftet',
            # 'Rekrutteringskampanjen «Bli med ut!»'): the name is the measure's, read by the measure-noun rule
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if start == tok.i and tok.lemma_ != tok.lower_ and nxt is not None and (nxt.text == "«" or nxt.is_title):
                continue
            # ('Kommunenettverket for universell utforming er …': the name runs on over a preposition's phrase)
            phrase = prepositional(doc, tok.i) if start == tok.i and tok.lemma_ != tok.lower_ else None
            end = phrase[-1] if phrase is not None else tok
            self._arena(p, doc[start].idx, end.idx + len(end.text), "measure.named-arena")

    def _arena(self, p: Passage, cs: int, ce: int, rule: str) -> None:
        raw = p.text[cs:ce]
        name = raw.strip(" .,")
        cs += len(raw) - len(raw.lstrip(" .,"))
        m = self._mention(p, "Measure", measure_key(name), name, cs, cs + len(name), rule, 0.7)
        self._addresses(p, m)

    def _instrument_lists(self, passages: list[Passage]) -> None:
        """Each bare item of a leaf section titled '<adjective> virkemidler/tiltak' is a measure."""
        sections = by_section(passages)
        for number, group in sections.items():
            title = (group[0].section.title or "").strip()
            if number is None or not INSTRUMENT_TITLE.match(title) or not self._in_scope(group[0]):
                continue
            if any(n != number and n.startswith(number + ".") for n in sections if n):
                continue  # a section with subsections groups topics; only a leaf lists instruments
            body = [p for p in group if p.kind != "heading"]
            if not body or any(p.kind != "list" for p in body):
                continue
            for p in body:
                offset = 0
                for line in p.text.split("\n"):
                    item = line.lstrip("• ").strip()
                    at = p.text.index(line, offset) + len(line) - len(line.lstrip("• "))
                    offset = at
                    if item and len(item.split()) <= MAX_ITEM_WORDS and not re.search(r"[\d()]", item):
                        self._arena(p, at, at + len(item), "measure.listed-instrument")


def _compound_head(lemma_text: str) -> str | None:
    """The arena noun a compound ends in ('havnesikkerhetspris' -> 'pris'), not the bare noun itself
    nor a 'målgruppe' (the people a measure is for)."""
    head = head_of(lemma_text, ARENA_HEADS)
    return head if head and len(lemma_text) > len(head) + 2 and not lemma_text.endswith("målgruppe") else None
