"""Cross-document alignment: the same goal (or steering parameter) stated in two documents of one agency.

An allocation letter restates the goals its agency's annual report reports on, and goals recur from year to
year, often renumbered or reworded by a word or two. Resolution keeps goals per document (a goal's number is
only meaningful inside its document); this stage links them explicitly, after resolution, over the whole
collection:

* only entities owned by the same organisation are compared (an annual report's goals belong to its
  publisher, an allocation letter's to its addressee, an evaluation report's to its commissioner); goals of
  different agencies are never aligned;
* titles are compared as sets of Norwegian word stems (Jaccard), so swapped words do not count and one changed
  word in eight costs little; the same number and level add a little as a tie-breaker;
* each pair of documents is matched one-to-one, best pairs first, so two goals of one document can never both
  align with one goal of the other;
* an evaluation report commissioned by someone else (a ministry) quotes the goal of the agency that runs what
  it evaluates: its goals also meet other owners' goals, but only with the same word stems;
* equal stem sets give ``exactMatch``; a score of at least ``CLOSE`` gives ``closeMatch``;
* an allocation letter and its agency's annual report of the same year speak of the same goals: where every
  goal pair matched by title carries the same number in both, goals left over with one number and a word stem
  (or the first five letters of one) in common are a ``closeMatch`` too (rule
  ``alignment.same-number-same-year``, confidence 0.6); steering parameters alike, by their codes;
* where every goal but one on each side of two documents of one agency is matched, the last two are a
  ``closeMatch`` when they share three word stems or more and 0.4 of them (a stem and a longer one it begins
  or ends count as one: *straff* / *straffedømt*, *sikker* / *informasjonssikker*) (rule ``alignment.last-pair``);
  where more are left, two that share as much and are each other's one best are too (rule
  ``alignment.mutual-best``).

Assignments are paired in :mod:`kg.entities.deliveries`: the report that delivers one (``deliveredBy``) and the
line the same year's annual report gives it under its code (``closeMatch``).

Each alignment is a relation whose evidence is both spans, with the rule and the score as its confidence.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from itertools import combinations

from kg.documents.base import Document
from kg.entities.base import Entity, EntityLink, Relation
from kg.entities.deliveries import SAME_EVALUATION, deliveries, restated_assignments
from kg.entities.evidence import first_source, owner, related, shared_stems, title_of
from kg.mentions.text import stems

ALIGNED_TYPES = ("Goal", "SteeringParameter")
CLOSE = 0.5


def score(a: Entity, b: Entity) -> tuple[float, bool]:
    """How alike two entities' titles are (0..1), and whether their stem sets are equal."""
    sa, sb = stems(title_of(a)), stems(title_of(b))
    if not sa or not sb:
        return 0.0, False
    jaccard = len(sa & sb) / len(sa | sb)
    same_number = a.attr("number") is not None and str(a.attr("number")) == str(b.attr("number"))
    same_level = a.attr("level") is not None and a.attr("level") == b.attr("level")
    return min(1.0, jaccard + 0.03 * same_number + 0.02 * same_level), sa == sb


def align(entities: list[Entity], relations: list[Relation],
          documents: list[Document]) -> tuple[list[Entity], list[Relation]]:
    """``entities`` and ``relations`` with ``exactMatch``/``closeMatch`` relations between the same goals (and
    steering parameters) of one organisation in different documents; the entities' links include them."""
    docs = {d.id: d for d in documents}
    groups: dict[tuple[str, str, str], list[Entity]] = defaultdict(list)  # (type, owner, doc) -> entities
    for e in entities:
        if e.type not in ALIGNED_TYPES:
            continue
        for doc_id in sorted({s.doc_id for s in e.sources}):
            who = owner(docs[doc_id]) if doc_id in docs else None
            if who:
                groups[(e.type, who, doc_id)].append(e)
    new: list[Relation] = []
    by_owner: dict[tuple[str, str], list[str]] = defaultdict(list)
    for type_, who, doc_id in sorted(groups):
        by_owner[(type_, who)].append(doc_id)
    for (type_, who), doc_ids in sorted(by_owner.items()):
        for da, db in combinations(doc_ids, 2):
            left, right = groups[(type_, who, da)], groups[(type_, who, db)]
            found = _match(left, right, da, db)
            if _letter_and_report(docs[da], docs[db]):
                found += _same_numbers(left, right, da, db, found)
            if type_ == "Goal":
                found += _last_pair(left, right, da, db, found)
            new += found
    # an evaluation commissioned by a ministry quotes the goal of the agency that runs what it evaluates: its
    # goals meet the goals of other owners too, but only word for word (the same word stems)
    for (type_, who, de), quoted in sorted(groups.items()):
        if docs[de].kind != "evaluering":
            continue
        for (type2, who2, d2), stated in sorted(groups.items()):
            if type2 == type_ and who2 != who and d2 != de:
                new += _match(quoted, stated, de, d2, exact_only=True)
    new += _same_evaluations(entities)
    new += deliveries(entities, docs)
    new += restated_assignments(entities, docs)
    if not new:
        return entities, relations
    return _with_links(entities, new), [*relations, *new]


def _match(left: list[Entity], right: list[Entity], da: str, db: str, exact_only: bool = False) -> list[Relation]:
    pairs = []
    for a in left:
        for b in right:
            if a.iri != b.iri:
                s, exact = score(a, b)
                if s >= CLOSE and (exact or not exact_only):
                    pairs.append((s, exact, a, b))
    pairs.sort(key=lambda t: (-t[0], t[2].iri, t[3].iri))
    used: set[str] = set()
    out = []
    for s, exact, a, b in pairs:
        if a.iri in used or b.iri in used:
            continue
        used |= {a.iri, b.iri}
        rule = "alignment.same-title" if exact else "alignment.close-title"
        evidence = tuple(replace(first_source(e, d), rule=rule, confidence=round(s, 3)) for e, d in ((a, da), (b, db)))
        subject, obj = sorted((a.iri, b.iri))
        out.append(Relation(subject, "exactMatch" if exact else "closeMatch", obj, evidence))
    return out


def _letter_and_report(a: Document, b: Document) -> bool:
    """An allocation letter and the annual report of the same year: the report reports on the letter's goals."""
    return {a.kind, b.kind} == {"tildelingsbrev", "årsrapport"} and a.year is not None and a.year == b.year


def _printed(e: Entity) -> str | None:
    """A goal's printed number, a parameter's code ('SP 2.1' as 'SP2.1')."""
    number = e.attr("notation") or e.attr("number") or e.attr("code")
    return "".join(str(number).split()).upper() if number is not None and str(number).strip() else None


def _same_numbers(left: list[Entity], right: list[Entity], da: str, db: str,
                  found: list[Relation]) -> list[Relation]:
    """Goals (or steering parameters) of a letter and its year's report left unmatched by title, with the same
    number (code) and a word stem in common (a goal the report words anew: 'DBM skal styrke bygdeturisme …' /
    'Flere og mer lønnsomme bygdeturisme- …'; a parameter in the other language: 'Del av tilskotssøknadene som
    blir sende inn digitalt' / 'Andel tilskuddssøknader levert digitalt'), where every pair matched by title has
    equal numbers on both sides: the two documents number them alike."""
    info = {e.iri: e for e in (*left, *right)}
    anchors = [(info[r.subject], info[r.object]) for r in found]
    if not anchors or any(_printed(a) is None or _printed(a) != _printed(b) for a, b in anchors):
        return []
    used = {e.iri for pair in anchors for e in pair}
    out = []
    for a in left:
        for b in right:
            number = _printed(a)
            if a.iri in used or b.iri in used or number is None or number != _printed(b):
                continue
            if related(stems(title_of(a)), stems(title_of(b))):
                used |= {a.iri, b.iri}
                evidence = tuple(replace(first_source(e, d), rule="alignment.same-number-same-year", confidence=0.6)
                                 for e, d in ((a, da), (b, db)))
                subject, obj = sorted((a.iri, b.iri))
                out.append(Relation(subject, "closeMatch", obj, evidence))
    return out


LAST_PAIR = 0.4  # Jaccard of the word stems, with at least three stems in common


def _last_pair(left: list[Entity], right: list[Entity], da: str, db: str, found: list[Relation]) -> list[Relation]:
    """Two documents of one agency where every goal but one on each side is matched: the last two, reworded
    further than ``CLOSE`` allows but sharing three word stems or more and ``LAST_PAIR`` of them ('Flere lærlinger
    og lærekandidater fullfører fag- og yrkesopplæringen' / 'Flere fullfører fag- og yrkesopplæringen med …'), are
    a ``closeMatch`` (rule ``alignment.last-pair``)."""
    used = {i for r in found for i in (r.subject, r.object)}
    rest_a = [e for e in left if e.iri not in used]
    rest_b = [e for e in right if e.iri not in used]
    if not found or not rest_a or not rest_b:
        return []

    def alike(a: Entity, b: Entity) -> float:
        sa, sb = stems(title_of(a)), stems(title_of(b))
        # a stem and a longer one it begins or ends count as one ('straff' / 'straffedømt', 'kriminalitetsforebygg' /
        # 'kriminalitetsforebygging', 'sikker' / 'informasjonssikker')
        shared = shared_stems(sa, sb, shortest=6, heads=True)
        union = len(sa) + len(sb) - shared
        return shared / union if shared >= 3 and shared / union >= LAST_PAIR else 0.0

    scores = {(a.iri, b.iri): alike(a, b) for a in rest_a for b in rest_b}
    out = []
    for a in rest_a:
        for b in rest_b:
            s = scores[(a.iri, b.iri)]
            # the last pair, or (where more are left) a pair each of whose goals is the other's one best
            mutual = all(scores[(a.iri, o.iri)] < s for o in rest_b if o is not b) and all(
                scores[(o.iri, b.iri)] < s for o in rest_a if o is not a)
            if s and mutual:
                rule = "alignment.last-pair" if len(rest_a) == len(rest_b) == 1 else "alignment.mutual-best"
                evidence = tuple(replace(first_source(e, d), rule=rule, confidence=round(s, 3))
                                 for e, d in ((a, da), (b, db)))
                subject, obj = sorted((a.iri, b.iri))
                out.append(Relation(subject, "closeMatch", obj, evidence))
    return out


def _apart(a: Entity, b: Entity, by: dict[str, set[str]], names: dict[str, frozenset[str]]) -> bool:
    """Two evaluations of one thing that are different works: given out in different years, or by publishers
    whose names share no word (an earlier evaluation cited beside the new one)."""
    ya, yb = a.attr("year"), b.attr("year")
    if ya is not None and yb is not None and ya != yb:
        return True
    wa = frozenset().union(*(names.get(i, frozenset()) for i in by[a.iri]))
    wb = frozenset().union(*(names.get(i, frozenset()) for i in by[b.iri]))
    return bool(wa) and bool(wb) and not wa & wb


def _same_evaluations(entities: list[Entity]) -> list[Relation]:
    """An evaluation report read as a document and the same evaluation listed in another document (a report's
    knowledge list, an ongoing item), or one report cited in two documents: both evaluate the same thing, or
    share a publisher and a year, and the shorter title's word stems (at least ``SAME_EVALUATION`` of them,
    two or more) lie in the longer."""
    evaluations = [e for e in entities if e.type in ("Evaluation", "Report")]
    targets = {e.iri: {link.target for link in e.links if link.predicate == "evaluates"} for e in evaluations}
    by = {e.iri: {link.target for link in e.links if link.predicate in ("publisher", "performedBy")}
          for e in evaluations}
    names = {e.iri: stems(e.label) for e in entities if e.type == "Organisation"}
    out = []
    for a, b in combinations(evaluations, 2):
        da, db = {s.doc_id for s in a.sources}, {s.doc_id for s in b.sources}
        # the same work: it evaluates the same thing, or one publisher gave it out in one year (a list gives its
        # subtitle, a citation only its title: 'Lesing i folkebibliotek. En kartlegging')
        same_work = bool(targets[a.iri] & targets[b.iri]) or (
            bool(by[a.iri] & by[b.iri]) and a.attr("year") is not None and a.attr("year") == b.attr("year"))
        if da == db or not same_work or _apart(a, b, by, names):
            continue
        sa, sb = stems(title_of(a)), stems(title_of(b))
        if min(len(sa), len(sb)) < 2:
            continue
        # A title page adds a catchphrase to the title a list gives: the shorter title lies inside the longer.
        contained = len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0
        if contained >= SAME_EVALUATION:
            evidence = tuple(replace(first_source(e, min(d - other or d)), rule="alignment.same-evaluation",
                                     confidence=round(contained, 3)) for e, d, other in ((a, da, db), (b, db, da)))
            subject, obj = sorted((a.iri, b.iri))
            out.append(Relation(subject, "exactMatch", obj, evidence))
    return out


def _with_links(entities: list[Entity], new: list[Relation]) -> list[Entity]:
    info = {e.iri: e for e in entities}
    extra: dict[str, list[EntityLink]] = defaultdict(list)
    for r in new:
        s, o = info[r.subject], info[r.object]
        extra[r.subject].append(EntityLink(r.predicate, r.object, "out", o.type, o.label))
        extra[r.object].append(EntityLink(r.predicate, r.subject, "in", s.type, s.label))
    return [replace(e, links=(*e.links, *extra[e.iri])) if e.iri in extra else e for e in entities]
