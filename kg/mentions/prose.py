"""Mentions in running prose, read with the spaCy pipeline: organisations, reforms (named by
:mod:`kg.mentions.reforms`), measures and evaluations carried out by named institutions
('Menon Economics og NTNU Samfunnsforskning gjennomfører … følgeevaluering av reformen')."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.mentions.base import Extraction, Key, Link, Mention, span_of
from kg.mentions.goals import GoalContext, addresses_goal, goal_key
from kg.mentions.knowledge import SECTION as KNOWLEDGE_SECTION
from kg.mentions.knowledge import org_key, org_name, report_key
from kg.mentions.language import EVALUATION_HEADS, head_of, lemma, pipeline, spans
from kg.mentions.reforms import reform_target
from kg.mentions.targets import Target, classify, measure_key
from kg.mentions.text import QUOTES, clean, grant_key
from kg.passages.base import Passage

FUNCTION_WORDS = {"både", "og", "i", "men", "der", "som", "for", "med", "av", "på", "når", "hvor", "det", "den",
                  "de", "dette", "også", "at", "om", "til", "fra", "nå", "vi", "les", "se", "under", "etter", "ved"}
TARGET_STOP = re.compile(r"\s(?:på oppdrag|fram til|frem til|i perioden|i (?:19|20)\d\d|som|der|og har)\b|[,.;:()]")
GRANT_IN_PROSE = re.compile(r"\b(?:tilskudds)?ordning(?:en)?\s+«(?P<name>[^»]{4,120})»", re.I)
MEASURE_NAME_HEADS = ("tiltak", "program", "kampanje", "prosjekt", "satsing", "pilot", "modell", "metode",
                      "verktøy", "ressurs", "portal", "konsept", "kurs")
# 'to lederutviklingsprogram: «A» og «B»': a measure noun, a colon, then quoted names.
QUOTED_LIST = re.compile(r"\b(?P<noun>[a-zæøå]+)\s*:\s*(?P<names>«[^»]{3,100}»(?:\s*(?:,|og)\s*«[^»]{3,100}»)+)")
DEFINITION_HEADS = ("tiltak", "program", "kampanje", "prosjekt", "satsing", "pilot", "modell", "metode",
                    "arbeidsmåte", "verktøy", "ressurs", "portal", "tjeneste", "intensjonsavtale", "avtale", "team",
                    "nettressurs")


# 'Folkehelseinstituttet (FHI)' and the apposition 'Velferdsforskningsinstituttet NOVA' give a short name.
ORG_ALIAS = re.compile(r"\s*\((?P<acr>[A-ZÆØÅ][\w-]{1,12})\)|[ ](?P<app>[A-ZÆØÅ]{3,8})\b(?![\w-])")


def _org_name(span: SpacySpan) -> str | None:
    tokens = list(span)
    while tokens and tokens[0].lower_ in FUNCTION_WORDS:
        tokens = tokens[1:]
    if not tokens:
        return None
    name = span.doc[tokens[0].i : span.end].text
    return name if len(name) > 2 else None


class ProseReader:
    """Reads one document's prose passages in order, remembering the last reform for 'reformen'."""

    def __init__(self, ctx: GoalContext, original: str) -> None:
        self.ctx, self.original = ctx, original
        self.out = Extraction()
        self.last_reform: Target | None = None
        # Measures named in full in a section, so a later sentence-case mention ('programmet Praktisk
        # ledelse for …', where the name's end cannot be seen) resolves to the full name.
        self.section_names: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)

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
                self._grants(p)
                self._evaluations(p, doc)
        self._definitions(passages)
        return self.out

    # -- entities -------------------------------------------------------------------------------

    def _mention(self, p: Passage, type_: str, key: Key, label: str, cs: int, ce: int, rule: str, conf: float,
                 attrs: tuple[tuple[str, object], ...] = ()) -> Mention:
        m = Mention(type_, key, label, span_of(p, cs, ce, self.original), rule, conf, attrs)
        self.out.mentions.append(m)
        return m

    def _addresses(self, p: Passage, m: Mention) -> None:
        self.out.links.extend(addresses_goal(self.ctx, p, m))

    def _orgs(self, p: Passage, doc: Doc) -> None:
        seen: set[Key] = set()
        for s in spans(doc, "ORG"):
            name = _org_name(s)
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
            definite_singular = tok.lower_ != tok.lemma_ and not tok.lower_.endswith(("ene", "er"))
            if (not head_of(tok.lemma_, MEASURE_NAME_HEADS) or not definite_singular or tok.i + 1 >= len(doc)
                    or tok.lemma_.startswith("forsknings")):
                continue
            nxt = doc[tok.i + 1]
            if nxt.text == "«":
                end = next((t.i for t in doc[tok.i + 2 :] if t.text == "»"), None)
                if end is None or end - tok.i > 14:
                    continue
                name_span = doc[tok.i + 2 : end]
            elif nxt.is_title or nxt.is_upper or re.match(r"^[A-ZÆØÅ]\w*\.no$", nxt.text):
                stop = nxt.i + 1
                while stop < len(doc) and stop - nxt.i < 4 and (doc[stop].is_title or doc[stop].is_upper):
                    stop += 1
                name_span = doc[nxt.i : stop]
            else:
                continue
            name = name_span.text.strip(" .,")
            if len(name) < 2 or name.lower() in FUNCTION_WORDS or self._is_org(doc, name_span):
                continue
            if len(name_span) == 1 and lemma(name) != name.lower():
                continue  # an inflected common word ('Barnets'), not a name
            full = self._full_name(p, name) if len(name_span) == 1 and nxt.text != "«" else None
            m = self._mention(p, "Measure", measure_key(full or name), full or name, name_span.start_char,
                              name_span.start_char + len(name), "measure.named-by-noun", 0.75)
            self._addresses(p, m)

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

    def _grants(self, p: Passage) -> None:
        for m in GRANT_IN_PROSE.finditer(p.text):
            name = clean(m.group("name"))
            self._mention(p, "GrantScheme", ("GrantScheme", grant_key(name)), name, m.start("name"), m.end("name"),
                          "grant.named-in-prose", 0.8)

    def _evaluations(self, p: Passage, doc: Doc) -> None:
        for sent in doc.sents:
            orgs = [s for s in spans(doc, "ORG") if sent.start <= s.start and s.end <= sent.end]
            verbs = [s for s in spans(doc, "PERFORM") if sent.start <= s.start < sent.end]
            evals = [s for s in spans(doc, "EVALUATION") if sent.start <= s.start < sent.end]
            if not (orgs and verbs and evals) or orgs[0].start > verbs[0].start:
                continue
            ev = evals[0]
            m = re.match(r"\s+av\s+(?P<t>.+)", doc.text[ev.end_char : sent.end_char])
            if not m:
                continue
            raw = TARGET_STOP.split(m.group("t"))[0].strip()
            t_start = ev.end_char + m.start("t")
            target = self._target(raw, t_start)
            if target is None:
                continue
            noun = head_of(ev[0].lemma_, EVALUATION_HEADS) and ev[0].lemma_
            label = f"{str(noun).capitalize()} av {target.label[0].lower() + target.label[1:]}"
            performers = [n for n in (_org_name(o) for o in orgs if o.start < verbs[0].start) if n]
            year = re.search(r"\b((?:19|20)\d\d)\b", sent.text)
            past = verbs[0][0].text.lower().endswith(("te", "et", "t")) and not verbs[0][0].text.endswith("er")
            status = "published" if past else "ongoing"
            attrs = (("prose", True), ("status", status), ("year", int(year.group(1)) if year and past else None),
                     ("publisher", tuple(performers)), ("target", target.key))
            key = report_key(label)
            mention = self._mention(p, "Evaluation", key, label, ev.start_char, t_start + len(raw),
                                    "evaluation.performed-by-in-prose", 0.75, attrs)
            if target.start >= 0:
                self._mention(p, target.type, target.key, target.label, target.start, target.end,
                              "target.evaluated-in-prose", 0.75)
            self.out.links.append(Link(key, "evaluates", target.key, mention.span, "evaluation.prose-target", 0.75))
            for name in performers:
                self.out.links.append(Link(key, "publisher", org_key(name), span_of(p, sent.start_char, sent.end_char,
                                           self.original), "evaluation.prose-performer", 0.75))
            goal = self.ctx.goal_of(p)
            if goal:
                self.out.links.append(Link(key, "aboutGoal", goal_key(p.doc, goal.number, goal.part), mention.span,
                                           "evaluation.in-goal-section", 0.7))

    def _target(self, raw: str, start: int) -> Target | None:
        words = raw.split()
        if not words:
            return None
        if len(words) == 1 and lemma(words[0]) in ("reform", "strategi", "plan") and self.last_reform:
            r = self.last_reform
            return Target(r.type, r.key, r.label, -1, -1)
        t = classify(raw, start)
        if t and t.type == "Measure" and not raw[:1].isupper() and len(words) > 8:
            return None
        return t

    def _definitions(self, passages: list[Passage]) -> None:
        """'X er en arbeidsmåte/et tiltak …' opening a section headed by X presents X as a measure."""
        by_section: dict[str | None, list[Passage]] = {}
        for p in passages:
            by_section.setdefault(p.section.number, []).append(p)
        for number, group in by_section.items():
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
