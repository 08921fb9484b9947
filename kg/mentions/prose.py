"""Mentions in running prose, read with the spaCy pipeline: organisations, reforms (named by
:mod:`kg.mentions.reforms`) and grant schemes here; measures (:mod:`kg.mentions.measures`) and
evaluations carried out by named institutions (:mod:`kg.mentions.evaluations`) by the rules
:class:`ProseReader` inherits, all in one pass over the document."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.mentions.arenas import ArenaReading
from kg.mentions.base import Extraction, Key
from kg.mentions.evaluations import EvaluationReading
from kg.mentions.knowledge import org_key, org_name
from kg.mentions.language import pipeline, spans
from kg.mentions.measures import MeasureReading
from kg.mentions.reader import org_name_of
from kg.mentions.reforms import reform_target
from kg.mentions.text import clean, grant_key
from kg.passages.base import Passage

# 'ordningen «Name»', and 'tilskuddsordningen Name' / 'tilskotsordninga Name' with the scheme's own capitalised name
# a scheme's own name headed by a word for funds, and who or what they are for ('… for unge bønder')
FUNDS_WORD = re.compile(r"(?:tilskudd|tilskot|midler|midlar|stipend)$", re.IGNORECASE)
FUNDS_TAIL = re.compile(r"[ \t]+(?:for|til)[ \t]+(?!å\b)[a-zæøå]{3,}(?:[ \t]+[a-zæøå]{3,})?(?=[\s.,;:)])")
GRANT_IN_PROSE = re.compile(r"\b(?i:(?:tilskudds)?ordning(?:en)?)\s+«(?P<name>[^»]{4,120})»"
                            r"|\b[Tt]ilsk(?:udds|ots)ordning(?:en|a)\s+(?!Tilsk)"
                            r"(?P<own>[A-ZÆØÅ][a-zæøå][\wæøå-]{2,}(?: [A-ZÆØÅ][\wæøå-]+){0,3}"
                            # 'Lokale forebyggingsmidler': words in lower case after the first, ending in funds
                            r"|[A-ZÆØÅ][a-zæøå]{2,}(?: [a-zæøå]{2,}){0,2}? [a-zæøå]*(?:midler|midlar|tilskudd|tilskot|"
                            r"støtte|stipend))\b(?!\s*»)"
                            # the name ends its noun phrase: 'tilskuddsordningen Bufdir forvalter' names the agency
                            r"(?=\s*(?:[.,;:()]|$|\s(?:som|er|var|ble|blir|vart|har|hadde|gir|ga|skal|kan|vil|i|og|"
                            r"med|for|til|på|fra|frå|under|over)\b))"
                            # 'ordningen Aktivitetsmidler for personer med …': a name headed by a word for funds
                            r"|\b(?i:ordning(?:en|a))\s+(?P<funds>[A-ZÆØÅ][a-zæøå]*(?:midler|midlar|tilskudd|tilskot|"
                            r"støtte|stipend)(?:[ \t]*\n?[ \t]*[a-zæøå][\wæøå]*-?){0,7})"
                            r"(?=\s*[.,;:()]|\s(?:som|er|var|ble|vart|har|hadde|skal|kan|vil|finansiert|forvaltet|"
                            r"forvalta)\b)")
# 'Folkehelseinstituttet (FHI)' and the apposition 'Velferdsforskningsinstituttet NOVA' give a short name.
ORG_ALIAS = re.compile(r"\s*\((?P<acr>[A-ZÆØÅ][\w-]{1,12})\)|[ ](?P<app>[A-ZÆØÅ]{3,8})\b(?![\w-])")


class ProseReader(MeasureReading, ArenaReading, EvaluationReading):
    """Reads one document's prose passages in order, remembering the last reform for 'reformen'."""

    def read(self, passages: list[Passage]) -> Extraction:
        body = [p for p in passages if p.kind in ("paragraph", "list", "heading")]
        for p, doc in zip(body, pipeline().pipe(p.text for p in body), strict=True):
            self._reforms(p, doc)
            self._orgs(p, doc)
            if p.kind == "heading":
                self._measure_heading(p)
            else:
                self._listed_measures(p)
                self._named_measures(p, doc)
                self._headed_names(p, doc)
                self._opening_definition(p)
                self._arenas(p, doc)
                self._grants(p)
                self._evaluations(p, doc)
                self._ordered(p, doc)
        self._definitions(passages)
        self._instrument_lists(passages)
        return self.out

    def _orgs(self, p: Passage, doc: Doc) -> None:
        seen: set[Key] = set()
        for s in spans(doc, "ORG"):
            name = org_name_of(s)
            if not name:
                continue
            key = org_key(name)
            alias = ORG_ALIAS.match(p.text[s.end_char:]) if not name.isupper() else None
            short = alias and (alias.group("acr") or alias.group("app"))
            attrs: tuple[tuple[str, object], ...] = (("alias", short),) if short else ()
            if key in seen and not attrs:
                continue
            seen.add(key)
            start = s.start_char + s.text.index(name)
            self._mention(p, "Organisation", key, org_name(name), start, s.end_char, "org.prose-name", 0.8, attrs)

    def _reforms(self, p: Passage, doc: Doc) -> None:
        quoted = list(spans(doc, "QUOTED"))
        for s in spans(doc, "REFORM"):
            target = reform_target(p, doc, s, quoted)
            if target is None:
                continue
            self.last_reform = target
            self._mention(p, "Reform", target.key, target.label, target.start, target.end, "reform.prose", 0.8)

    def _grants(self, p: Passage) -> None:
        for m in GRANT_IN_PROSE.finditer(p.text):
            group = "name" if m.group("name") else "own" if m.group("own") else "funds"
            name = clean(m.group(group))
            stop = m.end(group)
            tail = FUNDS_TAIL.match(p.text, stop) if group == "own" and FUNDS_WORD.search(name) else None
            if tail:  # 'tilskuddsordningen Etableringstilskudd for unge bønder': the name goes on after its head
                name, stop = clean(m.group(group) + tail.group()), tail.end()
            start, end = p.offsets.span(m.start(group), stop)
            if group == "own" and "\n" in self.original[start:end]:
                continue  # the next line's first word ('Undertittel:') is no part of the name
            self._mention(p, "GrantScheme", ("GrantScheme", grant_key(name)), name, m.start(group), stop,
                          "grant.named-in-prose", 0.8)

