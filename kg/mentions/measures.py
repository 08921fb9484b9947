"""Measures named in running prose, by the language of steering documents:

- quoted names listed after a measure noun and a colon ('to lederutviklingsprogram: «A» og «B»');
- a name after a definite measure noun ('kampanjen «…»', 'programmet Trygg Oppvekst');
- a section under a goal headed by a campaign, programme or pilot;
- a section opened by a definition of its heading's subject ('X er et tiltak …').
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.mentions.knowledge import SECTION as KNOWLEDGE_SECTION
from kg.mentions.language import head_of, lemma, spans
from kg.mentions.measure_words import (
    BARE_HEADS,
    CLAUSE_WORDS,
    COMPOUND_NAME_HEADS,
    DEFINITION_HEADS,
    MEASURE_NAME_HEADS,
    OPENING_PREPOSITIONS,
    RUN_BY_OTHERS,
    closed,
    in_others_remit,
    inflected,
    prepositional,
    spelt_out,
    split_on,
)
from kg.mentions.reader import FUNCTION_WORDS, ReaderBase, by_section
from kg.mentions.targets import measure_key
from kg.mentions.text import QUOTES, clean
from kg.passages.base import Passage

# 'to lederutviklingsprogram: «A» og «B»': a measure noun, a colon, then quoted names.
QUOTED_LIST = re.compile(r"\b(?P<noun>[a-zæøå]+)\s*:\s*(?P<names>«[^»]{3,100}»(?:\s*(?:,|og)\s*«[^»]{3,100}»)+)")
# 'modellen HavneTrygg', 'løsningen eStøtte', 'nettsiden havnetall.no': a name with a capital inside it, a web
# address in any case.
CAMEL_CASE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå]+|[a-zæøå])[A-ZÆØÅ]\w*$")
WEB_NAME = re.compile(r"^[\w-]+\.no$")
# a capitalised name, a hyphen and a measure noun ('Digihjelp-kurs'); not an acronym's ('EU-programmet')
NAMED_COMPOUND = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,}-[a-zæøå]+$")


class MeasureReading(ReaderBase):
    """The measure rules of :class:`kg.mentions.prose.ProseReader`."""

    def _listed_measures(self, p: Passage) -> None:
        """Quoted names listed after a measure noun and a colon are measures."""
        for m in QUOTED_LIST.finditer(p.text):
            if not head_of(lemma(m.group("noun")), MEASURE_NAME_HEADS):
                continue
            for q in re.finditer(r"«(?P<name>[^»]+)»", m.group("names")):
                name = clean(q.group("name"))
                start = m.start("names") + q.start("name")
                mention = self._mention(p, "Measure", measure_key(name), name, start, start + len(q.group("name")),
                                        "measure.quoted-list", 0.8)
                self._addresses(p, mention)
                self.section_names[(p.doc, p.section.path)].append(name)

    def _full_name(self, p: Passage, word: str) -> str | None:
        """A multi-word measure named earlier in the section that starts with ``word``."""
        names = self.section_names.get((p.doc, p.section.path), [])
        return next((n for n in names if len(n.split()) > 1 and n.split()[0].lower() == word.lower()), None)

    def _named_measures(self, p: Passage, doc: Doc) -> None:
        in_titles = bool(KNOWLEDGE_SECTION.search(p.section.title or ""))
        for s in spans(doc, "MEASURE_NOUN"):
            tok = s[0]
            if in_titles and head_of(tok.lemma_, ("prosjekt",)):
                continue  # 'prosjektet «…»' in a report title names a research project, not a measure
            if NAMED_COMPOUND.match(tok.text) and not self._is_org(doc, doc[tok.i:tok.i + 1]) \
                    and not (tok.i and doc[tok.i - 1].is_title):  # ('Ny Retning-team': a longer name's end)
                # 'Digihjelp-kurs', 'Kystgründer-programmet': a name joined to its measure noun is the measure's name,
                # or its first part where the text names the measure by that alone ('Pengesmart-kurset')
                first = tok.text.split("-")[0]
                name = first if re.search(r"(?<![\wæøå-])" + first + r"(?![\wæøå-])", self.original) else tok.text
                m = self._mention(p, "Measure", measure_key(name), name, tok.idx, tok.idx + len(name),
                                  "measure.named-compound", 0.75)
                self._addresses(p, m)
                continue
            # ('tenesta': Nynorsk definite, kept as its lemma); a compound of a bare head names a measure whose name is
            # quoted ('…tjenesten «Veivalg»', not «holder på»), a measure noun ('kunnskapstjenesten Kystportalen'), or
            # a long proper word, not a place ('barnevernstjenesten Oslo')
            definite_singular = tok.lower_.endswith(BARE_HEADS) or tok.lower_ != tok.lemma_ and not tok.lower_.endswith(
                ("ene", "er"))
            nxt = doc[min(tok.i + 1, len(doc) - 1)]
            named_service = tok.lower_.endswith(BARE_HEADS) and tok.i + 2 < len(doc) and (
                nxt.text == "«" and doc[tok.i + 2].is_title or nxt.is_title and (
                    head_of(lemma(nxt.text), MEASURE_NAME_HEADS + COMPOUND_NAME_HEADS)
                    or (len(nxt.text) >= 8 and self._proper(nxt.text))))
            if (not (head_of(tok.lemma_, MEASURE_NAME_HEADS) or tok.lower_ in BARE_HEADS or named_service)
                    or not definite_singular
                    or tok.i + 1 >= len(doc)
                    or tok.lemma_.startswith("forsknings")):
                continue
            short = ""
            if nxt.text == "«":
                end = next((t.i for t in doc[tok.i + 2 :] if t.text == "»"), None)
                if end is None or end - tok.i > 14:
                    continue
                name_span = doc[tok.i + 2 : end]
            elif nxt.is_title or nxt.is_upper or CAMEL_CASE.match(nxt.text) or WEB_NAME.match(nxt.text):
                stop = nxt.i + 1
                while stop < len(doc) and stop - nxt.i < 4 and (doc[stop].is_title or doc[stop].is_upper) \
                        and not (stop + 1 < len(doc) and doc[stop + 1].text == ":"):  # 'DUK' / 'Resultatmål: …'
                    stop += 1
                name_span = doc[nxt.i : stop]
                spelt = spelt_out(doc, nxt.i) if len(name_span) == 1 and nxt.is_title else None
                if spelt is not None:
                    name_span = spelt  # 'Samordnet lokal forebygging (SLF)': the words the short name spells
                    short = doc[spelt.end + 1].text
                elif len(name_span) == 1 and nxt.is_title:  # a plain capitalised word may open a sentence-case
                    # name; an inflected one ('Barnets') only with a preposition's phrase ('Biblioteket på hjul, …')
                    phrased = prepositional(doc, nxt.i) if inflected(nxt.text) else None
                    # (never where the document names the word alone too: 'Fagbrevveien for voksne som vil …')
                    phrased = phrased if phrased and self._times_named(nxt.text) <= self._times_named(phrased.text) \
                        else None
                    name_span = (phrased if inflected(nxt.text) else self._recurring(doc, nxt.i)) or name_span
            else:
                continue
            name = name_span.text.strip(" .,")
            end = name_span.start_char + len(name)
            if name_span.end >= len(doc) and len(name_span) == 1 and nxt.is_title:
                name = self._named_on(name)  # the passage ends at a page break: the name may run on past it
                end = name_span.start_char + len(name)
            elif len(name_span) == 1 and (split := split_on(doc, name_span.end)) is not None:
                name, end = f"{name} {split[0]}", split[1]  # 'Levande kyst-' / 'miljø', named whole elsewhere
                if not self._times_named(name):
                    name, end = name_span.text.strip(" .,"), name_span.start_char + len(name_span.text.strip(" .,"))
            elif name_span.end < len(doc) and "  " in doc[name_span.end].text and name_span[0].is_title:
                longer = self._named_on(name_span[0].text)  # a table cell cut the name: 'kampanjen Lys opp   Ikke …'
                name = longer if longer.startswith(name + " ") else name
            if len(name) < 2 or name.lower() in FUNCTION_WORDS or self._is_org(doc, name_span):
                continue
            broken = "\n" in self.original[slice(*p.offsets.span(tok.idx, nxt.idx + len(nxt.text)))]
            if broken and nxt.is_title and " " not in name and self._written_lower(name):
                continue  # a line's first word, capitalised as a sentence's opening ('programmet' / 'Opplæring …')
            if broken and name_span.end < len(doc) and doc[name_span.end].text == ":":
                continue  # a label opening the next line ('… verktøyet' / 'Måltall: minst 60 prosent')
            # an inflected common word ('Barnets', scare quotes round «renser»), not a name ('HavneTrygg', «miNORDen»)
            if len(name_span) == 1 and lemma(name) != name.lower() and (name.islower() if nxt.text == "«"
                                                                         else not CAMEL_CASE.match(name)) \
                    and not self._proper(name):
                continue
            if re.search(r"tilskudd|tilskot|stipend", name.split()[0].lower()) or name.endswith("tilskudd"):
                continue  # a grant scheme's name ('ordningen Tilskudd til …') is read by the grant rules
            if RUN_BY_OTHERS.match(doc[name_span.end + (nxt.text == "«"):].text) \
                    or in_others_remit(doc[: tok.i].text, self.original):
                continue  # 'skoleprogrammet «X», som drives av en privat stiftelse': someone else's measure
            full = self._full_name(p, name) if len(name_span) == 1 and nxt.text != "«" else None
            # one measure under its name and its short name ('SLF'): keyed by the short name, as elsewhere
            key = measure_key(short) if short else measure_key(full or name)
            m = self._mention(p, "Measure", key, full or name, name_span.start_char, end, "measure.named-by-noun", 0.75)
            self._addresses(p, m)

    def _times_named(self, name: str) -> int:
        """How often the document writes ``name`` with its capital inside a sentence (over line breaks too, and
        over a word's hyphen split: 'Levande kyst-' / 'miljø')."""
        spelt = r"[a-zæøå,][ \t]*\n?[ \t]*" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\wæøå])"
        return len(re.findall(spelt, self._unsplit))

    @cached_property
    def _unsplit(self) -> str:
        return re.sub(r"(?<=[a-zæøå])-\n[ \t]*(?=[a-zæøå])", "", self.original)

    def _headed_names(self, p: Passage, doc: Doc) -> None:
        """A capitalised compound headed by a measure noun in its definite form, inside a sentence and never
        written in lower case ('… publisert på Kystportalen', 'at Læringsprogrammet videreføres'): a name."""
        for t in doc:
            prev = doc[t.i - 1] if t.i else None
            # after a sentence's opening preposition too ('Gjennom Kystportalen tilbyr vi …'); opening a sentence
            # itself where the document also names it inside one ('Instruktørskolen ble tilbudt …')
            opening = prev is not None and prev.is_title and prev.lower_ in OPENING_PREPOSITIONS and (
                prev.is_sent_start or "\n" in doc[prev.i - 1].text or doc[prev.i - 1].text in (".", ":", "!", "?"))
            # (not a generic noun before the name it introduces: 'Skuleprogrammet «Kystkultur i skulen» …')
            first = (prev is None or prev.text in (".", "!", "?") or "\n\n" in prev.text) and not (
                t.i + 1 < len(doc) and doc[t.i + 1].text in ("«", "\""))
            inside = prev is not None and (prev.is_lower or prev.text == ",")
            if not (t.is_title and t.is_alpha and (inside or opening or (first and self._times_named(t.text) >= 1))) \
                    or (t.i + 1 < len(doc) and doc[t.i + 1].is_title):
                continue
            low = t.lower_
            # 'Helårsprogrammet': a final consonant doubles before the definite ending
            # ('Kystledsatsinga': a Nynorsk feminine's definite ending)
            head = next((h for h in COMPOUND_NAME_HEADS if low.endswith((h + "en", h + "et", h + h[-1] + "et", h + "a"))
                         or (h.endswith("e") and low.endswith(h + "n"))), None)
            if head is None or len(low) < len(head) + 6 or not self._proper(t.text) \
                    or self._is_org(doc, doc[t.i:t.i + 1]) or (prev is not None and prev.lower_ == "ut"):
                continue  # ('ga ut Solkraftveilederen': a publication the agency issued, not a measure it runs)
            m = self._mention(p, "Measure", measure_key(t.text), t.text, t.idx, t.idx + len(t.text),
                              "measure.headed-name", 0.7)
            self._addresses(p, m)

    def _named_on(self, word: str) -> str:
        """``word`` with the lower-case words after it that the document writes after it twice or more inside a
        sentence ('Aktiv' -> 'Aktiv sommer'), else ``word``."""
        for k in (3, 2, 1):
            tails = re.findall(r"[a-zæøå,]\s+" + re.escape(word) + r"((?:\s+[a-zæøå]+){" + str(k) + r"})(?![\wæøå])",
                               self.original)
            counts: dict[str, int] = {}
            for t in tails:
                words = t.split()
                if words[-1] not in FUNCTION_WORDS and not set(words) & set(CLAUSE_WORDS):
                    counts[" ".join(words)] = counts.get(" ".join(words), 0) + 1
            best = max(counts.items(), key=lambda kv: kv[1], default=None)
            if best and best[1] >= 2:
                return f"{word} {best[0]}"
        return word

    def _written_lower(self, word: str) -> bool:
        return re.search(r"(?<![\wæøå])" + re.escape(word.lower()) + r"(?![\wæøå])", self.original) is not None

    def _proper(self, word: str) -> bool:
        """A word the document only ever writes capitalised: in a definite form ('Ungdomsløftet') or more than
        once inside a sentence ('Fritidsguiden'); a genitive ('Barnets') only so."""
        return not self._written_lower(word) and (self._times_named(word) >= 2 or word.endswith(("et", "en")))

    def _recurring(self, doc: Doc, i: int) -> SpacySpan | None:
        """A sentence-case name ('Aktiv sommer', 'Si ja til fritid') from the capitalised word at ``i``: the
        longest run of up to three lower-case words after it that the document names again inside a sentence,
        or else that a clause boundary closes (a punctuation mark, a finite verb, 'som', 'slik at', 'og' and a
        second infinitive)."""
        runs = []
        for k in (3, 2, 1):
            tail = doc[i + 1 : i + 1 + k]
            # (a passive verb closes the name: 'tjenesten Kystlos oppleves som …')
            if len(tail) == k and all(t.is_alpha and t.is_lower and t.lower_ not in CLAUSE_WORDS for t in tail) \
                    and tail[-1].lower_ not in FUNCTION_WORDS and not re.fullmatch(r"\w{3,}[^e]es", tail[-1].lower_):
                runs.append(doc[i : i + 1 + k])
        named = next((r for r in runs if self._times_named(r.text) >= 2), None)
        if named is None and self._times_named(doc[i].text) >= 2:
            return None  # the word is named alone elsewhere ('Pengesmart'): the words after it are the sentence's
        return named or next((r for r in runs if len(r) <= 3 and closed(doc, r.end)), None)

    def _measure_heading(self, p: Passage) -> None:
        """A section under a goal headed by a campaign, programme or pilot presents that measure."""
        title = p.section.title or ""
        words = title.split()
        if not words or len(words) > 14 or self.ctx.goal_of(p) is None or p.section.number in self.ctx.headings:
            return
        if len(words) == 1 and lemma(words[0]) != words[0].lower():
            return  # a bare plural or definite noun ('Kampanjer') heads a topic, it names no measure
        lemmas = [lemma(w.strip(",.«»")) for w in words[:2]]
        if not any("kampanje" in lem or lem in ("pilot", "pilotprosjekt") or lem.endswith("program") for lem in lemmas):
            return
        i = p.text.find(title[:15])
        m = self._mention(p, "Measure", measure_key(title), title, max(i, 0), len(p.text), "measure.section-heading",
                          0.8)
        self._addresses(p, m)

    @staticmethod
    def _is_org(doc: Doc, span: SpacySpan) -> bool:
        return any(s.start <= span.start < s.end for s in spans(doc, "ORG"))

    def _opening_definition(self, p: Passage) -> None:
        """A paragraph in a goal's part that opens by defining a name the document only writes capitalised as a
        measure ('Lesevenn er et tilbud der …', 'Helårsløftet er et program for …') presents that measure."""
        m = re.match(r"^(?P<name>[A-ZÆØÅ][\wæøå-]{3,}(?:\s[A-ZÆØÅ][\wæøå-]+){0,2})\s+er\s+(?:en|et|ei)\s+"
                     r"(?P<rest>[^.]{3,80})", p.text)
        if not m or self.ctx.goal_of(p) is None or not self._proper(m.group("name").split()[0]):
            return
        heads = DEFINITION_HEADS + ("tilbud", "kurs")
        if not any(head_of(lemma(w.strip(",")), heads) for w in m.group("rest").split()[:3]):
            return
        mention = self._mention(p, "Measure", measure_key(m.group("name")), m.group("name"), 0,
                                len(m.group("name")), "measure.defined-opening-paragraph", 0.8)
        self._addresses(p, mention)

    def _definitions(self, passages: list[Passage]) -> None:
        """'X er en arbeidsmåte/et tiltak …' opening a section headed by X presents X as a measure."""
        sections = by_section(passages)
        for number, group in sections.items():
            if number is None or self.ctx.goal_of(group[0]) is None or number in self.ctx.headings:
                continue
            title = (group[0].section.title or "").lower()
            body = next((p for p in group if p.kind in ("paragraph", "list")), None)
            if body is None:
                continue
            m = re.match(r"^(?P<subject>[A-ZÆØÅ«][^.]{1,110}?)\s+er\s+(?:en|et|ei)\s+(?P<rest>[^.]{3,80})", body.text)
            if not m:
                continue
            subject = m.group("subject")
            name = re.sub(r"\s*\([^)]*\)\s*$", "", subject).strip(QUOTES + " ")
            if name.split()[0].lower().strip(QUOTES) not in title or len(name.split()) > 10:
                continue
            heads = [head_of(lemma(w.strip(",")), DEFINITION_HEADS) for w in m.group("rest").split()[:3]]
            if not any(heads):
                continue
            at = m.start("subject") + subject.index(name)  # past an opening quote: cite the name itself
            # 'Name (Abbr)' in the heading introduces the short form the text uses later
            abbr = re.search(r"\((?P<a>[A-ZÆØÅ][\w-]{1,11})\)\s*$", group[0].section.title or "")
            attrs = (("alias", abbr.group("a")),) if abbr and abbr.group("a")[0] == name[0].upper() else ()
            mention = self._mention(body, "Measure", measure_key(name), name, at, at + len(name),
                                    "measure.defined-in-section", 0.85, attrs)
            self._addresses(body, mention)
