"""Entity resolution: one entity per real thing across mentions and documents.

Mentions share an entity when their keys agree (normalised codes and labels) or when the merge
rules of :mod:`kg.entities.merging` map their keys onto one (short forms, genitives, an evaluation
told twice, a goal across documents). Each entity takes its label and attributes from its best
mentions; grant schemes are funded through the budget post that carries their name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from kg.entities.base import Entity, EntityLink, Relation, Source
from kg.entities.iris import entity_iri
from kg.entities.merging import canonical, canonical_keys
from kg.mentions.base import Key, Link, Mention, Span
from kg.mentions.targets import measure_key
from kg.mentions.text import grant_key

RULE_RANK = {"goal.heading": 0, "goal.stated": 0, "parameter.stated": 0, "parameter.table-row": 0,
             "grant.table-row": 0, "parameter.list-item": 0, "budget.appropriation-row": 0,
             "report.knowledge-list-item": 0, "goal.list-item": 1, "grant.section-heading": 1,
             "measure.defined-in-section": 1, "org.citation": 1, "org.alias-use": 3,
             "assignment.block": 0, "assignment.table-row": 0, "assignment.list-item": 0}
SINGLE_VALUED = ("number", "part", "title", "code", "chapter", "chapter_name", "post", "post_text", "allocated_nok",
                 "spent_nok", "status", "year", "granted_applications", "granted_nok", "self", "series",
                 "deadline", "deadline_text", "goal_number", "evaluates", "notation", "level", "target",
                 "target_kind")


def source_of(span: Span, rule: str, confidence: float) -> Source:
    sec = span.section
    return Source(span.passage, span.doc_name, span.doc, span.start, span.end, span.page, sec.number, sec.title,
                  tuple(sec.path), rule, confidence, span.text)


def resolve(mentions: list[Mention], links: list[Link]) -> tuple[list[Entity], list[Relation]]:
    """Entities and relations from every document's mentions and links."""
    canon = canonical_keys(mentions, links)
    groups: dict[Key, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[canonical(m.key, canon)].append(m)
    built: dict[Key, tuple[str, str, str, dict[str, Any], list[Mention]]] = {}
    used: set[str] = set()
    for key in sorted(groups):
        iri, *rest = _entity_parts(key, groups[key])
        base, n = iri, 2
        while iri in used:  # two keys with the same slug: deterministic because keys are sorted
            iri, n = f"{base}-{n}", n + 1
        used.add(iri)
        built[key] = (iri, *rest)  # type: ignore[assignment]
    for _, _, _, attrs, _ in built.values():
        for fig in attrs.get("figures", ()):
            fig["goals"] = [built[canonical(tuple(g), canon)][0] for g in fig["goals"]
                            if canonical(tuple(g), canon) in built]
    relations = _relations(links, canon, built)
    relations.extend(_funding(built))
    by_iri_links: dict[str, list[EntityLink]] = defaultdict(list)
    info = {iri: (type_, label) for iri, type_, label, _, _ in built.values()}
    for r in relations:
        st, sl = info[r.subject]
        ot, ol = info[r.object]
        by_iri_links[r.subject].append(EntityLink(r.predicate, r.object, "out", ot, ol))
        by_iri_links[r.object].append(EntityLink(r.predicate, r.subject, "in", st, sl))
    entities = []
    for iri, type_, label, attrs, group in built.values():
        alt = sorted(({m.label for m in group} | {str(m.attr("alias")) for m in group if m.attr("alias")}) - {label})
        sources = tuple(sorted({source_of(m.span, m.rule, m.confidence) for m in group},
                               key=lambda s: (s.doc, s.start, s.rule)))
        entities.append(Entity(iri, type_, label, tuple(alt), sources, tuple(by_iri_links[iri]),
                               tuple(sorted(attrs.items()))))
    entities.sort(key=lambda e: (e.type, e.iri))
    return entities, relations


def _entity_parts(key: Key, group: list[Mention]) -> tuple[str, str, str, dict[str, Any], list[Mention]]:
    types = {m.type for m in group}
    type_ = "Evaluation" if "Evaluation" in types else sorted(types)[0]
    # a measure is named by the form its key comes from ('MST', not 'Multisystemisk terapi (MST)')
    named_by_key = {m.label for m in group if m.type == "Measure" and measure_key(m.label) == key}
    ranked = sorted(group, key=lambda m: (RULE_RANK.get(m.rule, 2), m.label not in named_by_key, -m.confidence,
                                          m.span.doc_name, m.span.start))
    best_rank = RULE_RANK.get(ranked[0].rule, 2)
    counts = Counter(m.label for m in ranked if RULE_RANK.get(m.rule, 2) == best_rank)
    label = max(counts, key=lambda lab: (counts[lab], -ranked.index(next(m for m in ranked if m.label == lab))))
    attrs: dict[str, Any] = {}
    for m in ranked:
        for k, v in m.attrs:
            if k in SINGLE_VALUED and v is not None and v != "" and k not in attrs:
                attrs[k] = v
            elif k == "answers" and v:  # the assignment codes a report is said to answer
                attrs["answers"] = tuple(sorted({*attrs.get("answers", ()), *v}))
            elif k == "publisher" and v:
                # one name once, whatever its case ('NTNU Samfunnsforskning' / 'NTNU samfunnsforskning')
                names: dict[str, Any] = {}
                for name in (*attrs.get("publisher", ()), *v):
                    names.setdefault(str(name).casefold(), name)
                attrs["publisher"] = tuple(names.values())
    figures = [m for m in ranked if m.rule == "grant.table-row"]
    if figures:
        attrs["figures"] = tuple(
            {"granted_applications": m.attr("granted_applications"), "granted_nok": m.attr("granted_nok"),
             "received_applications": m.attr("received_applications"), "year": m.attr("year"),
             "goals": [list(g) for g in m.attr("goals", ())],
             "passage": m.span.passage, "start": m.attr("row").start, "end": m.attr("row").end}
            for m in sorted(figures, key=lambda m: (m.span.doc_name, m.span.start)))
    results = {(r["year"], r["value"]): r for m in ranked for r in (m.attr("results") or ())}
    if results:
        attrs["results"] = tuple(sorted(results.values(), key=lambda r: (r["year"], r["start"])))
    if type_ == "BudgetPost":
        attrs["amounts"] = budget_amounts(ranked)
    if type_ == "Goal":
        attrs.setdefault("part", "")
    iri = entity_iri(type_, key, label, attrs)
    return iri, type_, label, attrs, group


def budget_amounts(group: list[Mention]) -> tuple[dict[str, Any], ...]:
    """A budget post's amount in each document that gives one, with that amount's year and source row."""
    rows = sorted((m for m in group if m.attr("allocated_nok") is not None),
                  key=lambda m: (m.span.doc_name, m.span.start))
    return tuple({"year": m.attr("year"), "allocated_nok": m.attr("allocated_nok"), "spent_nok": m.attr("spent_nok"),
                  "passage": m.span.passage, "start": m.span.start, "end": m.span.end} for m in rows)


def _relations(links: list[Link], canon: dict[Key, Key], built: dict[Key, Any]) -> list[Relation]:
    grouped: dict[tuple[str, str, str], set[Source]] = defaultdict(set)
    for link in links:
        s, o = built.get(canonical(link.subject, canon)), built.get(canonical(link.object, canon))
        if s is None or o is None or s[0] == o[0]:
            continue
        grouped[(s[0], link.predicate, o[0])].add(source_of(link.span, link.rule, link.confidence))
    return [Relation(s, p, o, tuple(sorted(src, key=lambda x: (x.doc, x.start, x.rule))))
            for (s, p, o), src in sorted(grouped.items())]


def _funding(built: dict[Key, Any]) -> list[Relation]:
    """A grant scheme is funded through the budget post whose text names the same scheme."""
    posts: dict[str, tuple[str, Mention]] = {}
    for iri, type_, _, attrs, group in built.values():
        if type_ == "BudgetPost" and attrs.get("post_text"):
            posts.setdefault(grant_key(str(attrs["post_text"])), (iri, group[0]))
    out = []
    for key, (iri, type_, _, _, _) in sorted(built.items(), key=lambda kv: kv[1][0]):
        if type_ == "GrantScheme" and key[1] in posts:
            post_iri, row = posts[key[1]]
            out.append(Relation(iri, "fundedThrough", post_iri,
                                (source_of(row.span, "grant.budget-post-name", 0.75),)))
    return out
