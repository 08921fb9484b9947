"""All mention rules over one document's passages."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.documents.base import Document
from kg.mentions.assignment_citations import cited_assignment_mentions
from kg.mentions.assignment_goal_refs import section_pointed_goals, sentence_assignment_goals
from kg.mentions.assignments import assignment_mentions
from kg.mentions.attainment_lists import attainment_list_mentions, result_bullet_mentions
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.budget import budget_mentions
from kg.mentions.cell_tables import cell_table_mentions
from kg.mentions.deliveries import answered_assignments
from kg.mentions.documents import document_mentions
from kg.mentions.evaluated_names import named_evaluated
from kg.mentions.evaluation_document import evaluated_goal_links, evaluation_document_mentions
from kg.mentions.goal_area_lines import area_goal_mentions
from kg.mentions.goal_boards import board_mentions
from kg.mentions.goal_columns import goal_column_mentions
from kg.mentions.goal_lists import elaborated_goal_links, goal_list_mentions
from kg.mentions.goal_order import ordered_goal_links
from kg.mentions.goal_ref_tables import goal_ref_table_mentions
from kg.mentions.goal_rows import PRINTED_GOAL, printed_goal_keys
from kg.mentions.goal_serves import below_societal_goals, served_goal_links, societal_goal_links
from kg.mentions.goal_tables import goal_table_mentions
from kg.mentions.goal_topics import subject_goal_links
from kg.mentions.goal_words import worded_goal_links
from kg.mentions.goals import GoalContext, goal_mentions, parameter_mentions
from kg.mentions.grant_goal_refs import named_scheme_goals
from kg.mentions.grant_lists import scheme_list_mentions
from kg.mentions.grant_names import grant_name_mentions, inflection, known_grant_goals, short_scheme_names
from kg.mentions.grant_tables import grant_table_mentions
from kg.mentions.grants import grant_heading_mentions, grant_mentions
from kg.mentions.initiatives import InitiativeReader
from kg.mentions.knowledge import report_mentions
from kg.mentions.letter_goals import letter_goal_mentions
from kg.mentions.measure_activities import activity_mentions, numbered_mentions
from kg.mentions.measure_appositions import apposition_mentions
from kg.mentions.measure_goal_refs import paragraph_goal_measures
from kg.mentions.measure_lists import measure_list_mentions
from kg.mentions.measure_tables import measure_table_mentions
from kg.mentions.number_refs import numbered_goal_links
from kg.mentions.parameter_bullets import bullet_parameter_mentions
from kg.mentions.parameter_keyed import keyed_parameter_mentions
from kg.mentions.parameter_lettered import lettered_parameter_mentions
from kg.mentions.parameter_paragraphs import paragraph_parameter_mentions
from kg.mentions.parameter_torn import torn_parameter_mentions
from kg.mentions.parameters import stated_parameter_mentions
from kg.mentions.post_goals import post_goal_mentions
from kg.mentions.printed import Citer
from kg.mentions.prose import ProseReader
from kg.mentions.report_cells import report_cell_mentions
from kg.mentions.report_citations import citation_mentions, cited_report_goals, without_listed
from kg.mentions.report_cite_cells import report_cite_cell_mentions
from kg.mentions.report_columns import report_column_mentions
from kg.mentions.report_lists import report_list_mentions
from kg.mentions.report_runs import report_run_mentions
from kg.mentions.services import ServiceReader
from kg.passages.base import Passage


def extract(document: Document, passages: list[Passage]) -> Extraction:
    """Every mention and link the structure and prose rules read from one document."""
    original = document.text
    ctx = GoalContext(passages, original, document.removed)
    out = Extraction()
    out.extend(document_mentions(document, passages))
    out.extend(goal_mentions(passages, ctx, original))
    out.extend(parameter_mentions(passages, ctx, original))
    out.extend(lettered_parameter_mentions(passages, ctx, original, document.removed))
    tables = goal_table_mentions(passages, original, document.removed)
    ctx.add_goals([m.key for m in tables.mentions if m.type == "Goal"])  # ('Styringsparameter 1.1.a' under them)
    out.extend(stated_parameter_mentions(passages, ctx, original, document.removed))
    out.extend(tables)
    out.extend(goal_column_mentions(passages, original, document.removed, printed_goal_keys(out.mentions)))
    out.extend(cell_table_mentions(document, passages, ctx))
    out.extend(keyed_parameter_mentions(document, passages, ctx))
    out.extend(letter_goal_mentions(document, passages, out))
    out.extend(board_mentions(document, passages, out))
    out.extend(area_goal_mentions(document, passages, out))
    by_reference, references = goal_ref_table_mentions(document, passages, ctx, out)
    out.mentions = [m for m in out.mentions if not (m.type == "Goal" and m.span.start in references)]
    out.extend(by_reference)
    out.extend(attainment_list_mentions(document, passages, out))
    out.extend(result_bullet_mentions(document, passages, out))
    out.extend(goal_list_mentions(document, passages, out))
    out.extend(torn_parameter_mentions(document, passages, out))
    out.extend(paragraph_parameter_mentions(document, passages, out))
    out.extend(bullet_parameter_mentions(document, passages, out))
    ctx.add_goals([m.key for m in out.mentions if m.type == "Goal"])
    out.extend(measure_list_mentions(document, passages, ctx))
    out.extend(apposition_mentions(passages, ctx, original))
    out.extend(activity_mentions(passages, ctx, original))
    out.extend(numbered_mentions(passages, ctx, original))
    out.extend(measure_table_mentions(document, passages, ctx))
    out.extend(grant_mentions(passages, ctx, original, document.year))
    out.extend(grant_heading_mentions(passages, ctx, original))
    out.extend(grant_table_mentions(passages, ctx, original, document.year))
    own = tuple(name for name in (document.publisher, document.addressee, document.commissioner) if name)
    out.extend(grant_name_mentions(passages, ctx, original, own))
    out.extend(scheme_list_mentions(document, passages, out))
    out.extend(budget_mentions(document, passages))
    out.extend(post_goal_mentions(document, passages, out))
    out.extend(assignment_mentions(document, passages))
    out.extend(cited_assignment_mentions(document, passages))
    out.links.extend(sentence_assignment_goals(out, passages, original))
    out.extend(report_mentions(passages, ctx, original))
    out.extend(report_list_mentions(passages, ctx, original))
    out.extend(report_cell_mentions(document, passages, ctx))
    out.extend(report_column_mentions(passages, ctx, original))
    out.extend(report_cite_cell_mentions(document, passages, ctx))
    out.extend(report_run_mentions(passages, ctx, original))
    out.extend(without_listed(citation_mentions(passages, original), out))
    out.extend(evaluation_document_mentions(document, passages))
    out.extend(ProseReader(ctx, original).read(passages))
    out.extend(InitiativeReader(ctx, original).read(passages))
    out.extend(ServiceReader(ctx, original).read(passages))
    out = named_evaluated(out)
    out.links.extend(evaluated_measure_goals(out))
    out.links.extend(sentence_goal_links(out, original))
    out.links = paragraph_goal_measures(out, ctx, original)
    out.extend(served_goal_links(passages, ctx, original))
    out.links.extend(elaborated_goal_links(out, ctx, original))
    out.links.extend(ordered_goal_links(out))
    out.links.extend(societal_goal_links(out))
    out.links.extend(evaluated_goal_links(out, ctx, passages, original))
    out.links = outside_cited_titles(out)  # a scheme placed only by a cited title is placed by none
    out = short_scheme_names(out)
    out.links = named_scheme_goals(out, passages, ctx, original)
    out.links.extend(known_grant_goals(out, passages, ctx, original))
    out.links = without_overview_goals(out.links)
    citer = Citer(passages, original)
    out.mentions.extend(answered_assignments(out, citer))
    out.links.extend(cited_report_goals(out, ctx, citer))
    out.links = outside_cited_titles(out)
    out.links = below_societal_goals(out)
    out.links = outside_administration_goals(out)
    out.links = numbered_goal_links(out)
    out.links.extend(section_pointed_goals(out, ctx))  # ('Gjennomført, se omtale under 3.2.2')
    out.links.extend(subject_goal_links(out, document.kind))
    out.links.extend(worded_goal_links(out, original))  # (after: the words place what the subjects left)
    out.mentions = outside_copy_lists(out, original)
    return scheme_names_no_measures(out)


# readings of a name as a measure that give way to the document's calling it a grant scheme
SCHEME_GIVES_WAY = frozenset({"measure.headed-name", "measure.named-by-noun", "target.evaluated-in-title"})


def scheme_names_no_measures(found: Extraction) -> Extraction:
    """A name read as a measure only by its measure-like head ('Lokalmatløftet'), by the noun before it
    ('ordningen «Inkluderingsmidler»') or by an evaluation's title that the document also names as a grant scheme
    ('tilskuddsordningen Lokalmatløftet') is the scheme: the measure mentions and their links go, and an
    evaluation of it evaluates the scheme."""
    schemes = {m.label.casefold(): m.key for m in found.mentions if m.type == "GrantScheme"}
    rules: dict[Key, set[str]] = {}
    named_as_scheme: dict[Key, Key] = {}
    for m in found.mentions:
        if m.type == "Measure":
            rules.setdefault(m.key, set()).add(m.rule)
            if m.label.casefold() in schemes:
                named_as_scheme[m.key] = schemes[m.label.casefold()]
    gone = {k: s for k, s in named_as_scheme.items() if rules[k] <= SCHEME_GIVES_WAY}
    if not gone:
        return found
    links = [replace(link, object=gone[link.object]) if link.predicate == "evaluates" and link.object in gone
             else link for link in found.links]
    return Extraction([m for m in found.mentions if m.key not in gone],
                      [link for link in links if link.subject not in gone and link.object not in gone])


# a goal about running the grant schemes ('Tilskuddsforvaltningen er effektiv …', 'DBM skal forvalte virkemidlene …')
ADMINISTRATION_GOAL = re.compile(r"^(?:(?:tilskudds|tilskots)forvaltning\w*|forvaltning(?:en|a)? av (?:tilsk|virkemid)|"
                                 r"\S+ (?:skal )?forvalte\w* (?:\S+ )?(?:tilsk|virkemid))", re.IGNORECASE)


def outside_administration_goals(found: Extraction) -> list[Link]:
    """The links, less a scheme's placement under a goal about administering the schemes only because it is named in
    that goal's section: the scheme serves the goal of what it funds (the subject rule may place it there)."""
    admin = {m.key for m in found.mentions if m.type == "Goal"
             and ADMINISTRATION_GOAL.match(str(m.attr("title") or m.label.split(": ", 1)[-1]))}
    return [link for link in found.links if not (link.predicate == "supportsGoal" and link.object in admin
                                                 and "goal-section" in link.rule)]


COPY_LIST = re.compile(r"^[ \t]*Kopi(?:[ \t]+til)?[ \t]*:[ \t]*(?:\S[^\n]*)?(?:\n[ \t]*\S[^\n]*)*", re.MULTILINE)


def outside_copy_lists(found: Extraction, original: str) -> list[Mention]:
    """The mentions, less organisations a letter only sends a copy to ('Kopi: Riksrevisjonen, …'): they are
    recipients of the letter, not bodies its text is about."""
    lists = [(m.start(), m.end()) for m in COPY_LIST.finditer(original)]
    return [m for m in found.mentions if not (
        m.type == "Organisation" and m.rule == "org.prose-name" and any(a <= m.span.start < b for a, b in lists))]


def without_overview_goals(links: list[Link]) -> list[Link]:
    """The links, less the goal an overview table's section gave a scheme that another rule placed (the prose of
    the section that presents it, a sentence, a post)."""
    placed = {inflection(link.subject) for link in links  # (in any inflection of the scheme's name)
              if link.predicate == "supportsGoal" and link.rule != "grant.overview-table-in-goal-section"}
    return [link for link in links if not (link.rule == "grant.overview-table-in-goal-section"
                                           and inflection(link.subject) in placed)]


def outside_cited_titles(found: Extraction) -> list[Link]:
    """The links, less a section's goal given to a scheme named only inside a cited report's title ('Evaluering
    av Tilskudd til …, Oslo Economics, 2022'): the title speaks of the report, not of the section's goal."""
    items = [(m.span.start, m.span.end) for m in found.mentions
             if m.type in ("Report", "Evaluation") and m.rule.startswith("report.")]
    return [link for link in found.links if not (
        link.predicate == "supportsGoal" and link.rule == "grant.named-in-goal-section"
        and any(a <= link.span.start and link.span.end <= b for a, b in items))]


GOAL_NAMED = re.compile(r"\b(?:hoved|hovud|virksomhets|del)?mål\s+(?P<num>\d{1,2})\b(?!\.\d)", re.IGNORECASE)
# a sentence's end, not an abbreviation's full stop ('jf. VM1', 'bl.a. ', 'ca. 40')
SENTENCE_END = re.compile(r"(?<!\bjf)(?<!\bca)(?<!\bnr)(?<!\bbl\.a)(?<!\bf\.eks)\.(?:\s|$)")


def sentence_goal_links(found: Extraction, original: str) -> list[Link]:
    """A measure no section places under a goal addresses the one goal its sentence names ('For mål 2 legger
    departementet vekt på at … X …'), where the document states that goal."""
    placed = {link.subject for link in found.links if link.predicate == "addresses"}
    goals = {m.key for m in found.mentions if m.type == "Goal"}
    notations = printed_goal_keys(found.mentions)
    out: list[Link] = []
    for m in found.mentions:
        if m.type != "Measure" or m.key in placed:
            continue
        start = max(original.rfind(". ", 0, m.span.start), original.rfind(".\n", 0, m.span.start)) + 1
        stop = SENTENCE_END.search(original, m.span.end)
        sentence = original[start: stop.start() if stop else len(original)]
        numbers = {g.group("num") for g in GOAL_NAMED.finditer(sentence)}
        key: Key | None = ("Goal", m.span.doc, next(iter(numbers)), "") if len(numbers) == 1 else None
        coded = {c.group() for c in PRINTED_GOAL.finditer(sentence)}
        if key is None and len(coded) == 1:  # 'jf. VM1': the goal the document prints with that code
            key = notations.get(next(iter(coded)))
        if key in goals:
            out.append(Link(m.key, "addresses", key, m.span, "measure.sentence-names-goal", 0.7))
            placed.add(m.key)
    return out


def evaluated_measure_goals(found: Extraction) -> list[Link]:
    """A measure this document knows only as what a report listed under a goal evaluates addresses that goal
    (the knowledge list of a goal's section evaluates that goal's measures)."""
    about: dict[Key, list[Link]] = {}
    for link in found.links:
        if link.predicate == "aboutGoal" and link.rule.endswith("listed-in-goal-section"):
            about.setdefault(link.subject, []).append(link)
    placed = {link.subject for link in found.links if link.predicate == "addresses"}
    out = []
    for link in found.links:
        if link.predicate == "evaluates" and link.object[0] == "Measure" and link.object not in placed:
            out += [Link(link.object, "addresses", goal.object, goal.span, "measure.evaluated-in-goal-section", 0.6)
                    for goal in about.get(link.subject, [])]
    return out
