"""Evaluations carried out by named institutions, read from one sentence of prose: 'Menon Economics og
NTNU Samfunnsforskning gjennomfører … følgeevaluering av reformen' gives the evaluation, what it
evaluates (typed by its head noun, 'reformen' resolved to the last reform named), its performers,
status and year."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.mentions.base import Link, span_of
from kg.mentions.goals import goal_key
from kg.mentions.knowledge import org_key, report_key
from kg.mentions.language import EVALUATION_HEADS, head_of, lemma, spans
from kg.mentions.reader import ReaderBase, org_name_of
from kg.mentions.targets import Target, classify
from kg.passages.base import Passage

# a ministry or agency that has ordered an evaluation ('har bestilt ei ekstern evaluering av …')
ORDERED = re.compile(r"\b(?:har|hadde)\s+(?:bestilt|bestilte|sett\s+i\s+gang|satt\s+i\s+gang)\s+(?:ei|en|eit|et)\s+"
                     r"(?:ekstern\s+|uavhengig\s+)?(?P<noun>(?:følge)?evaluering)\s+av\s+", re.IGNORECASE)
# the next sentence names who performs it ('Evalueringa vert utført av …')
PERFORMED = re.compile(r"^(?:Evalueringa|Evalueringen|Ho|Den)\s+(?:vert|blir|blei|ble)\s+(?:utført|gjennomført|"
                       r"gjennomførd)\s+av\s+")
TARGET_STOP = re.compile(r"\s(?:på oppdrag|fram til|frem til|i perioden|i (?:19|20)\d\d|som|der|og har)\b|[,.;:()]")


class EvaluationReading(ReaderBase):
    """The evaluation rule of :class:`kg.mentions.prose.ProseReader`."""

    def _evaluations(self, p: Passage, doc: Doc) -> None:
        for sent in doc.sents:
            orgs = [s for s in spans(doc, "ORG") if sent.start <= s.start and s.end <= sent.end]
            verbs = [s for s in spans(doc, "PERFORM") if sent.start <= s.start < sent.end]
            evals = [s for s in spans(doc, "EVALUATION") if sent.start <= s.start < sent.end]
            if not (orgs and verbs and evals) or orgs[0].start > verbs[0].start:
                continue
            ev = evals[0]
            if ev.text[:1].isupper():
                continue  # a title page's 'Evaluering av …' under its performer's logo, no sentence
            m = re.match(r"\s+av\s+(?P<t>.+)", doc.text[ev.end_char : sent.end_char])
            if not m:
                continue
            raw = TARGET_STOP.split(m.group("t"))[0].strip()
            t_start = ev.end_char + m.start("t")
            target = self._target(raw, t_start)
            if target is None:
                continue
            noun = head_of(ev[0].lemma_, EVALUATION_HEADS) and ev[0].lemma_
            performers = [n for n in (org_name_of(o) for o in orgs if o.start < verbs[0].start) if n]
            year = re.search(r"\b((?:19|20)\d\d)\b", sent.text)
            past = verbs[0][0].text.lower().endswith(("te", "et", "t")) and not verbs[0][0].text.endswith("er")
            self._emit(p, sent, str(noun), target, ev.start_char, t_start + len(raw), performers,
                       "published" if past else "ongoing", int(year.group(1)) if year and past else None,
                       "evaluation.performed-by-in-prose")

    def _ordered(self, p: Passage, doc: Doc) -> None:
        """'Departementet har bestilt ei ekstern evaluering av X. Evalueringa vert utført av A og B …': an evaluation
        under way, its performers named in the next sentence."""
        sents = list(doc.sents)
        for i, sent in enumerate(sents):
            om = ORDERED.search(sent.text)
            if om is None:
                continue
            raw = TARGET_STOP.split(sent.text[om.end():])[0].strip()
            target = self._target(raw, sent.start_char + om.end())
            if target is None:
                continue
            after = sents[i + 1] if i + 1 < len(sents) else None
            told = after if after is not None and PERFORMED.match(after.text) else None
            performers = [n for n in (org_name_of(o) for o in spans(doc, "ORG") if told is not None
                                      and told.start <= o.start and o.end <= told.end) if n]
            self._emit(p, told if told is not None else sent, om.group("noun").lower(), target,
                       sent.start_char + om.start("noun"), sent.start_char + om.end() + len(raw), performers,
                       "ongoing", None, "evaluation.ordered-in-prose")

    def _emit(self, p: Passage, sent: SpacySpan, noun: str, target: Target, start: int, end: int,
              performers: list[str], status: str, year: int | None, rule: str) -> None:
        label = f"{noun.capitalize()} av {target.label[0].lower() + target.label[1:]}"
        attrs = (("prose", True), ("status", status), ("year", year), ("publisher", tuple(performers)),
                 ("target", target.key))
        key = report_key(label)
        mention = self._mention(p, "Evaluation", key, label, start, end, rule, 0.75, attrs)
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

