"""Which mention keys name the same thing: the merge rules of entity resolution.

Mentions already share an entity when their keys agree; these rules map further keys onto one
canonical key: organisations onto their defined short forms and genitives, an evaluation told in prose
onto the listed report that evaluates the same thing with a shared performer, acronyms and
parenthesised short forms of measures, one evaluation listed under two goals, a goal that comes back in
another document, and a grant scheme named in another inflection.
"""

from __future__ import annotations

import re
from collections import defaultdict

import simplemma

from kg.mentions.base import Key, Link, Mention
from kg.mentions.knowledge import org_key
from kg.mentions.targets import measure_key
from kg.mentions.text import grant_inflection, norm


def canonical_keys(mentions: list[Mention], links: list[Link]) -> dict[Key, Key]:
    """Key -> the key it merges into (follow chains with :func:`canonical`)."""
    canon = _org_aliases(mentions)
    _prose_evaluations(mentions, links, canon)
    _acronyms(mentions, canon)
    _measure_aliases(mentions, canon)
    _same_evaluations(mentions, links, canon)
    _goals_across_documents(mentions, canon)
    _scheme_inflections(mentions, canon)
    return canon


def _scheme_inflections(mentions: list[Mention], canon: dict[Key, Key]) -> None:
    """A grant scheme named in another inflection ('… i beiteområde', '… i beiteområdet', '… i beiteområder': a
    letter, a table and a citation) is the same scheme: keys whose words stem alike merge into the one named most
    often."""
    counts: dict[Key, int] = defaultdict(int)
    for m in mentions:
        if m.type == "GrantScheme" and m.key not in canon:
            counts[m.key] += 1
    by_stems: dict[tuple[frozenset[str], int], list[Key]] = defaultdict(list)
    for key in counts:
        by_stems[grant_inflection(str(key[1]))].append(key)
    for (found, _), keys in by_stems.items():
        if len(keys) < 2 or len(found) < 2:
            continue
        first = max(sorted(keys), key=lambda k: counts[k])
        for key in keys:
            if key != first:
                canon[key] = first


def _org_aliases(mentions: list[Mention]) -> dict[Key, Key]:
    keys = {m.key for m in mentions if m.type == "Organisation"}
    canon: dict[Key, Key] = {}
    for m in mentions:
        alias = m.attr("alias")
        if m.type == "Organisation" and alias:
            canon[org_key(str(alias))] = m.key
    for k in keys:
        if k[1].endswith("s") and ("Organisation", k[1][:-1]) in keys | set(canon):
            canon[k] = ("Organisation", k[1][:-1])
    return canon


def _prose_evaluations(mentions: list[Mention], links: list[Link], canon: dict[Key, Key]) -> None:
    evaluates: dict[Key, set[Key]] = defaultdict(set)
    publishers: dict[Key, set[Key]] = defaultdict(set)
    for link in links:
        if link.predicate == "evaluates":
            evaluates[link.subject].add(link.object)
        elif link.predicate == "publisher":
            publishers[link.subject].add(canon.get(link.object, link.object))
    listed = {m.key for m in mentions if m.rule == "report.knowledge-list-item"}
    for m in mentions:
        if not m.attr("prose"):
            continue
        for other in sorted(listed):
            if evaluates[m.key] & evaluates[other] and publishers[m.key] & publishers[other]:
                canon[m.key] = other
                break


def _acronyms(mentions: list[Mention], canon: dict[Key, Key]) -> None:
    """'Nasjonalt samisk kompetansesenter NASAK' and 'NASAK' name one measure: the short form wins; so do
    'ICDP-veiledning' and 'ICDP' (an acronym and a common noun: the programme's guidance is the programme)."""
    measures = {m.key for m in mentions if m.type == "Measure"}
    for m in mentions:
        words = m.label.split()
        short = ("Measure", words[-1].lower()) if words else None
        if m.type == "Measure" and len(words) > 2 and words[-1].isupper() and short in measures:
            canon[m.key] = short
        compound = re.fullmatch(r"(?P<abbr>[A-ZÆØÅ]{2,})-(?P<noun>[a-zæøå]{3,})", m.label)
        if (m.type == "Measure" and compound and ("Measure", compound.group("abbr").lower()) in measures
                and simplemma.is_known(compound.group("noun"), lang="nb")):
            canon[m.key] = ("Measure", compound.group("abbr").lower())


def _measure_aliases(mentions: list[Mention], canon: dict[Key, Key]) -> None:
    """'Likestilling for utvikling (Lifu)': the short form introduced in parentheses names the same measure.
    An acronym ('MST') is the name the text goes on to use, so it wins; a clipped word ('Lifu') does not."""
    for m in mentions:
        alias = str(m.attr("alias") or "")
        if m.type != "Measure" or not alias:
            continue
        short = measure_key(alias)
        if short == m.key:
            continue
        if alias.isupper():
            canon.setdefault(m.key, short)
        else:
            canon.setdefault(short, m.key)


def _same_evaluations(mentions: list[Mention], links: list[Link], canon: dict[Key, Key]) -> None:
    """Two list items titled just '<evaluation noun> av <target>' for one target ('Følgeevaluering av NASAK',
    'Følgeevaluering av Nasjonalt samisk kompetansesenter NASAK') are one evaluation, listed under two goals."""
    targets = {(m.span.passage, m.key): m.label for m in mentions if m.rule == "target.evaluated-in-title"}
    evaluated: dict[tuple[Key, str], list[Key]] = defaultdict(list)
    for link in links:
        if link.predicate == "evaluates":
            evaluated[(link.subject, link.span.passage)].append(link.object)
    groups: dict[tuple[str, Key, object], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type != "Evaluation" or m.rule != "report.knowledge-list-item":
            continue
        objects = evaluated.get((m.key, m.span.passage), [])
        if len(objects) != 1 or (m.span.passage, objects[0]) not in targets:
            continue
        noun, _, rest = norm(m.label).partition(" av ")
        if rest != norm(targets[(m.span.passage, objects[0])]) or " " in noun:
            continue
        groups[(noun, canonical(objects[0], canon), m.attr("year"))].append(m)
    for group in groups.values():
        keys = sorted({m.key for m in group}, key=lambda k: (len(k[1]), k))
        publishers = {tuple(m.attr("publisher") or ()) for m in group} - {()}
        if len(keys) > 1 and len(publishers) <= 1:
            for k in keys[1:]:
                canon.setdefault(k, keys[0])


GOAL_TITLE_OVERLAP = 0.8


def _title_words(title: str) -> set[str]:
    return {w for w in norm(title).split() if len(w) > 2}


def _goals_across_documents(mentions: list[Mention], canon: dict[Key, Key]) -> None:
    """A goal that comes back in another document (next year's report, the allocation letter) is the same
    goal: same part and (nearly) the same title, whatever its number there. The first document by name keeps
    its key, so the choice does not depend on build order."""
    headings = sorted({(m.span.doc_name, m.key, str(m.attr("part") or ""), str(m.attr("title") or ""))
                       for m in mentions if m.rule == "goal.heading"})
    kept: list[tuple[str, Key, str, set[str]]] = []
    for doc, key, part, title in headings:
        words = _title_words(title)
        match = next((k for d, k, p, w in kept if d != doc and p == part and words and w
                      and len(words & w) / len(words | w) >= GOAL_TITLE_OVERLAP), None)
        if match is None:
            kept.append((doc, key, part, words))
        elif match != key:
            canon[key] = match


def canonical(key: Key, canon: dict[Key, Key]) -> Key:
    seen = set()
    while key in canon and key not in seen:
        seen.add(key)
        key = canon[key]
    return key
