"""Assignments across documents: the report that delivers an assignment, and an assignment a report restates.

An allocation letter gives assignments (*oppdrag*); a later report of the agency delivers one (``bk:deliveredBy``),
and the agency's annual report for the same year reports on each by its code (*Nr. 2 … Gjennomført*), the same
assignment in other words (``skos:closeMatch``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from kg.documents.base import Document
from kg.entities.base import Entity, Relation
from kg.entities.evidence import first_source, owner, related, shared_stems, title_of
from kg.mentions.assignment_citations import RULE as CITED
from kg.mentions.text import norm, stems

SAME_EVALUATION = 0.8


def deliveries(entities: list[Entity], docs: dict[str, Document]) -> list[Relation]:
    """An assignment and the report that later delivers it (``deliveredBy``): a report of the same agency, in
    another document, that evaluates what the assignment ordered evaluated, that its document says answers the
    assignment's code (``answers``, :mod:`kg.mentions.deliveries`), or whose title's (or subtitle's) word stems
    (three or more, at least ``SAME_EVALUATION`` of them) lie in the assignment's text. A report delivers at
    most one assignment: the one its title fits best; one published before the assignment's year, none."""
    def owners(e: Entity) -> set[str]:
        return {o for s in e.sources if s.doc_id in docs and (o := owner(docs[s.doc_id]))}

    assignments = [(a, owners(a), stems(a.label),
                    {link.target for link in a.links if link.predicate == "ordersEvaluationOf"})
                   for a in entities if a.type == "Assignment" and not _cited_only(a)]
    out = []
    for r in entities:
        if r.type not in ("Report", "Evaluation"):
            continue
        evaluated = {link.target for link in r.links if link.predicate == "evaluates"}
        title, who, where = stems(title_of(r)), owners(r), {s.doc_id for s in r.sources}
        # 'Frafall i læretiden. Kartlegging av hevede lærekontrakter': the subtitle says what was delivered
        parts = title_of(r).split(". ", 1)
        subtitle = stems(parts[1]) if len(parts) > 1 else frozenset()
        best: tuple[float, Entity] | None = None
        published = r.attr("year") if r.attr("status") != "ongoing" else None
        for a, a_owners, text, ordered in assignments:
            if not a_owners & who or where <= {s.doc_id for s in a.sources}:
                continue
            given = a.attr("year")
            if isinstance(published, int) and isinstance(given, int) and published < given:
                continue  # a report out before the year of the assignment does not deliver it
            answered = a.attr("code") is not None and norm(str(a.attr("code"))) in {norm(c) for c in r.attr(
                "answers", ())}
            fit = 1.0 if ordered & evaluated or answered else max(
                (shared_stems(words, text) / len(words) for words in (title, subtitle) if len(words) >= 3), default=0.0)
            if fit >= SAME_EVALUATION and (best is None or fit > best[0]):
                best = (fit, a)
        if best is not None:
            fit, a = best
            doc = min({s.doc_id for s in r.sources} - {s.doc_id for s in a.sources})
            evidence = (replace(a.sources[0], rule="alignment.delivers", confidence=round(fit, 3)),
                        replace(first_source(r, doc), rule="alignment.delivers", confidence=round(fit, 3)))
            out.append(Relation(a.iri, "deliveredBy", r.iri, evidence))
    return out


def _cited_only(e: Entity) -> bool:
    """Whether an assignment is known only from a report citing its code (an evaluation naming the assignment that
    ordered it): the letter's assignment of that code is the one a report delivers."""
    return all(s.rule == CITED for s in e.sources)


def _code(e: Entity) -> str:
    return norm(str(e.attr("code") or "")).replace(" ", "")


def _coded(entities: list[Entity]) -> dict[str, dict[str, list[Entity]]]:
    """Each document's assignments by their code."""
    out: dict[str, dict[str, list[Entity]]] = defaultdict(lambda: defaultdict(list))
    for e in entities:
        if e.type == "Assignment" and _code(e):
            for doc_id in sorted({s.doc_id for s in e.sources}):
                out[doc_id][_code(e)].append(e)
    return out


RESTATED = 0.6  # of the shorter wording's word stems, three or more, in the other's


def restated_assignments(entities: list[Entity], docs: dict[str, Document]) -> list[Relation]:
    """An allocation letter's assignment and the line an annual report of the agency gives it: one code in both (a
    letter and the report for its year, or any two for a code that carries its year, *2024-4*), with a word (or a
    word's beginning) in common, are a ``closeMatch`` (rule ``alignment.same-code-same-year``; a code given twice
    in either document pairs nothing); so are two that word the same work alike, in a letter and the report for
    its year (``RESTATED`` of the shorter wording's stems in the other's, rule ``alignment.same-assignment``), each
    paired once, best first. (A letter of the next year words follow-up work alike: it is another assignment.)"""
    out = _same_codes(entities, docs)
    paired = {i for r in out for i in (r.subject, r.object)}
    return out + _same_wording(entities, docs, paired)


def _letter_and_report(letter: Document | None, report: Document | None, within: int) -> bool:
    return letter is not None and report is not None and letter.kind == "tildelingsbrev" \
        and report.kind == "årsrapport" and letter.year is not None and report.year is not None \
        and abs(letter.year - report.year) <= within and owner(letter) is not None and owner(letter) == owner(report)


def _same_wording(entities: list[Entity], docs: dict[str, Document], paired: set[str]) -> list[Relation]:
    by_doc: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type == "Assignment" and e.iri not in paired:
            for doc_id in sorted({s.doc_id for s in e.sources}):
                by_doc[doc_id].append(e)
    out = []
    for dl, given in sorted(by_doc.items()):
        for dr, told in sorted(by_doc.items()):
            if not _letter_and_report(docs.get(dl), docs.get(dr), 0):
                continue
            pairs = []
            for a in given:
                for b in told:
                    sa, sb = stems(title_of(a)), stems(title_of(b))
                    shared = len(sa & sb)
                    fit = shared / min(len(sa), len(sb)) if sa and sb else 0.0
                    if a.iri != b.iri and shared >= 3 and fit >= RESTATED:
                        pairs.append((fit, a, b))
            used: set[str] = set()
            for fit, a, b in sorted(pairs, key=lambda t: (-t[0], t[1].iri, t[2].iri)):
                if a.iri in used or b.iri in used:
                    continue
                used |= {a.iri, b.iri}
                evidence = tuple(replace(first_source(e, d), rule="alignment.same-assignment", confidence=round(fit, 3))
                                 for e, d in ((a, dl), (b, dr)))
                subject, obj = sorted((a.iri, b.iri))
                out.append(Relation(subject, "closeMatch", obj, evidence))
    return out


def _same_codes(entities: list[Entity], docs: dict[str, Document]) -> list[Relation]:
    coded = _coded(entities)
    out = []
    for dl, letter_codes in sorted(coded.items()):
        letter = docs.get(dl)
        if letter is None or letter.kind != "tildelingsbrev" or letter.year is None or owner(letter) is None:
            continue
        for dr, report_codes in sorted(coded.items()):
            report = docs.get(dr)
            if not _letter_and_report(letter, report, 1):
                continue
            for code, given in sorted(letter_codes.items()):
                told = report_codes.get(code, [])
                if report is not None and report.year != letter.year and not re.search(r"(?:19|20)\d\d", code):
                    continue  # a code without its year names another assignment in another year
                if len(given) != 1 or len(told) != 1 or given[0].iri == told[0].iri:
                    continue
                a, b = given[0], told[0]
                if not related(stems(title_of(a)), stems(title_of(b))):
                    continue
                evidence = tuple(replace(first_source(e, d), rule="alignment.same-code-same-year", confidence=0.7)
                                 for e, d in ((a, dl), (b, dr)))
                subject, obj = sorted((a.iri, b.iri))
                out.append(Relation(subject, "closeMatch", obj, evidence))
    return out
