"""Gold files: which sets exist (light to import: ``kg eval`` lists them without loading the search), and
JSON Lines, one record per line, read into the evaluation's own dataclasses."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import KGError

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "questions.jsonl"
#: Written by someone who saw neither the dev set nor the search output; never used for tuning.
HELDOUT = GOLD.with_name("questions_heldout.jsonl")
#: The question sets ``kg eval`` reports, by section name: (file, title). The dev and tuning sets are
#: for tuning (the tuning set was written independently, like the held-out ones, without seeing the
#: search); the three held-out sets were each written by someone who saw neither the others nor the
#: search output, and are only ever measured.
QUESTION_SETS: dict[str, tuple[Path, str]] = {
    "retrieval": (GOLD, "Retrieval (dev)"),
    "tuning": (GOLD.with_name("questions_tuning.jsonl"), "Retrieval (tuning)"),
    "tuning2": (GOLD.with_name("questions_tuning2.jsonl"), "Retrieval (tuning 2)"),
    "tuning3": (GOLD.with_name("questions_tuning3.jsonl"), "Retrieval (tuning 3)"),
    "tuning4": (GOLD.with_name("questions_tuning4.jsonl"), "Retrieval (tuning 4)"),
    "heldout": (HELDOUT, "Retrieval (held-out)"),
    "heldout2": (GOLD.with_name("questions_heldout2.jsonl"), "Retrieval (held-out 2)"),
    "heldout3": (GOLD.with_name("questions_heldout3.jsonl"), "Retrieval (held-out 3)"),
    # Over a build of tests/data/collection and collection2 together, not of corpus/ (docs/search.md).
    "facets": (GOLD.with_name("questions_facets.jsonl"), "Retrieval (questions naming years, organisations, kinds)"),
}
#: The extraction gold sets ``kg eval`` reports, by section name: (file, title). Each annotates the annual
#: report's goal sections named in its meta line.
EXTRACTION_SETS: dict[str, tuple[Path, str]] = {
    "extraction": (GOLD.with_name("extraction_annual_report.jsonl"), "Extraction (goals 1-8)"),
    "extraction2": (GOLD.with_name("extraction_annual_report_goals9_16.jsonl"), "Extraction (goals 9-16)"),
}
#: Collection sets by section name: (documents, gold folder, title): documents of several kinds and house
#: styles with one gold file each (format: tests/gold/collection/FORMAT.md). The held-out set was written by
#: an annotator who had seen neither the extraction's output nor the tuning set, and is only ever measured.
COLLECTION_SETS: dict[str, tuple[Path, Path, str]] = {
    "collection": (GOLD.parents[1] / "data" / "collection", GOLD.with_name("collection"),
                   "Extraction (collection of several kinds, tuning)"),
    "collection2": (GOLD.parents[1] / "data" / "collection2", GOLD.with_name("collection2"),
                    "Extraction (collection of several kinds, tuning 2)"),
    "collection3": (GOLD.parents[1] / "data" / "collection3", GOLD.with_name("collection3"),
                    "Extraction (collection of several kinds, tuning 3)"),
    "collection4": (GOLD.parents[1] / "data" / "collection4", GOLD.with_name("collection4"),
                    "Extraction (collection of allocation letters, tuning 4)"),
    "collection5": (GOLD.parents[1] / "data" / "collection5", GOLD.with_name("collection5"),
                    "Extraction (collection of allocation letters and a report, tuning 5)"),
    "collection6": (GOLD.parents[1] / "data" / "collection6", GOLD.with_name("collection6"),
                    "Extraction (an allocation letter and the earlier report, tuning 6)"),
    "collection7": (GOLD.parents[1] / "data" / "collection7", GOLD.with_name("collection7"),
                    "Extraction (a letter, another agency's report and its evaluation, tuning 7)"),
    "collection8": (GOLD.parents[1] / "data" / "collection8", GOLD.with_name("collection8"),
                    "Extraction (a letter with goal sections and the earlier report by result area, tuning 8)"),
    "collection9": (GOLD.parents[1] / "data" / "collection9", GOLD.with_name("collection9"),
                    "Extraction (a report by main and sub-goal and its scheme's evaluation, tuning 9)"),
    "collection10": (GOLD.parents[1] / "data" / "collection10", GOLD.with_name("collection10"),
                     "Extraction (a bulleted-goals letter and the same year's report on it, tuning 10)"),
    "collection11": (GOLD.parents[1] / "data" / "collection11", GOLD.with_name("collection11"),
                     "Extraction (a report with results before targets and a ministry's evaluation, tuning 11)"),
    "collection12": (GOLD.parents[1] / "data" / "collection12", GOLD.with_name("collection12"),
                     "Extraction (a report, its agency's letter, another agency's report, an evaluation; tuning 12)"),
    "collection13": (GOLD.parents[1] / "data" / "collection13", GOLD.with_name("collection13"),
                     "Extraction (a letter with a torn assignment table, the report before it, an evaluation; "
                     "tuning 13)"),
    "collection14": (GOLD.parents[1] / "data" / "collection14", GOLD.with_name("collection14"),
                     "Extraction (a Nynorsk letter and the report answering it, tuning 14)"),
    "collection15": (GOLD.parents[1] / "data" / "collection15", GOLD.with_name("collection15"),
                     "Extraction (two years' reports of one agency and an action plan, tuning 15)"),
    "collection16": (GOLD.parents[1] / "data" / "collection16", GOLD.with_name("collection16"),
                     "Extraction (a letter, the agency's report, a Nynorsk report, an evaluation; tuning 16)"),
    "collection17": (GOLD.parents[1] / "data" / "collection17", GOLD.with_name("collection17"),
                     "Extraction (a letter, the agency's report, a Nynorsk report, an evaluation; tuning 17)"),
    "collection18": (GOLD.parents[1] / "data" / "collection18", GOLD.with_name("collection18"),
                     "Extraction (a report, the next year's letter, a Nynorsk report, an evaluation; tuning 18)"),
    "collection19": (GOLD.parents[1] / "data" / "collection19", GOLD.with_name("collection19"),
                     "Extraction (a letter, the same year's report, a Nynorsk report, an evaluation; tuning 19)"),
    "collection20": (GOLD.parents[1] / "data" / "collection20", GOLD.with_name("collection20"),
                     "Extraction (a letter, the same year's report, an evaluation of one of its schemes; tuning 20)"),
    "collection21": (GOLD.parents[1] / "data" / "collection21", GOLD.with_name("collection21"),
                     "Extraction (a report, the next year's letter, a Nynorsk evaluation, another agency; tuning 21)"),
    "collection22": (GOLD.parents[1] / "data" / "collection22", GOLD.with_name("collection22"),
                     "Extraction (a report, the next year's letter, an evaluation, a Nynorsk report; tuning 22)"),
    "collection23": (GOLD.parents[1] / "data" / "collection23", GOLD.with_name("collection23"),
                     "Extraction (a letter, the same year's report, a Nynorsk evaluation, another agency; tuning 23)"),
    "collection24": (GOLD.parents[1] / "data" / "collection24", GOLD.with_name("collection24"),
                     "Extraction (a letter, the year before's report, an evaluation, a Nynorsk report; tuning 24)"),
    "collection25": (GOLD.parents[1] / "data" / "collection25", GOLD.with_name("collection25"),
                     "Extraction (a letter, the year before's report, a Nynorsk evaluation, another agency; set 25)"),
    "collection26": (GOLD.parents[1] / "data" / "collection26", GOLD.with_name("collection26"),
                     "Extraction (a report, the next year's letter, an evaluation, a Nynorsk report; set 26)"),
    "collection27": (GOLD.parents[1] / "data" / "collection27", GOLD.with_name("collection27"),
                     "Extraction (a letter, the same year's Nynorsk report, an evaluation of a scheme; set 27)"),
    "collection28": (GOLD.parents[1] / "data" / "collection28", GOLD.with_name("collection28"),
                     "Extraction (a supervisory agency's report, its action plan, a press release; set 28)"),
    "collection29": (GOLD.parents[1] / "data" / "collection29", GOLD.with_name("collection29"),
                     "Extraction (a report with a three-level goal map, the next letter, an evaluation; set 29)"),
    "collection30": (GOLD.parents[1] / "data" / "collection30", GOLD.with_name("collection30"),
                     "Extraction (a Nynorsk letter, the year before's report, an evaluation of a scheme; set 30)"),
    "collection31": (GOLD.parents[1] / "data" / "collection31", GOLD.with_name("collection31"),
                     "Extraction (a report with goals in its indicator table, the next letter, an evaluation; set 31)"),
    "collection32": (GOLD.parents[1] / "data" / "collection32", GOLD.with_name("collection32"),
                     "Extraction (a report, the next year's letter, an evaluation, a Nynorsk report; set 32)"),
    "collection33": (GOLD.parents[1] / "data" / "collection33", GOLD.with_name("collection33"),
                     "Extraction (a report under a SAMFUNNSMÅL, the next letter, an evaluation, a Nynorsk report; "
                     "set 33)"),
    "collection34": (GOLD.parents[1] / "data" / "collection34", GOLD.with_name("collection34"),
                     "Extraction (a report telling its measures and assignments in prose, the next letter, "
                     "a press release; set 34)"),
    "collection35": (GOLD.parents[1] / "data" / "collection35", GOLD.with_name("collection35"),
                     "Extraction (a report by priority area, the next letter, an evaluation, a Nynorsk report; "
                     "set 35)"),
    "collection36": (GOLD.parents[1] / "data" / "collection36", GOLD.with_name("collection36"),
                     "Extraction (three allocation letters, two of one agency in consecutive years; set 36)"),
    "collection37": (GOLD.parents[1] / "data" / "collection37", GOLD.with_name("collection37"),
                     "Extraction (three annual reports of three agencies, one in Nynorsk; set 37)"),
    "collection38": (GOLD.parents[1] / "data" / "collection38", GOLD.with_name("collection38"),
                     "Extraction (a report by effect goal, the next letter, an evaluation, a Nynorsk report; set 38)"),
    "collection39": (GOLD.parents[1] / "data" / "collection39", GOLD.with_name("collection39"),
                     "Extraction (a letter with Hovedmål and prose sub-goals, the year before's report, a Nynorsk "
                     "report, an evaluation; set 39)"),
    "collection40": (GOLD.parents[1] / "data" / "collection40", GOLD.with_name("collection40"),
                     "Extraction (a report by virksomhetsmål, the next letter, a Nynorsk report, an evaluation; "
                     "set 40)"),
    "collection41": (GOLD.parents[1] / "data" / "collection41", GOLD.with_name("collection41"),
                     "Extraction (a letter with Samfunnsmål and virksomhetsmål bullets, the year before's report, "
                     "another agency's report by Hovedmål, an evaluation; set 41)"),
    "collection42": (GOLD.parents[1] / "data" / "collection42", GOLD.with_name("collection42"),
                     "Extraction (a letter with a torn goal and parameter table, the year before's report, another "
                     "agency's report with goals in sentences, an evaluation; set 42)"),
    "collection43": (GOLD.parents[1] / "data" / "collection43", GOLD.with_name("collection43"),
                     "Extraction (a Nynorsk letter with Hovudmål and Delmål, the same year's Nynorsk report, another "
                     "agency's action plan, an evaluation; set 43)"),
    "collection44": (GOLD.parents[1] / "data" / "collection44", GOLD.with_name("collection44"),
                     "Extraction (a letter with lettered goals in prose and a torn assignment table, the same year's "
                     "report, a press release, a Nynorsk interim evaluation; set 44)"),
    "collection45": (GOLD.parents[1] / "data" / "collection45", GOLD.with_name("collection45"),
                     "Extraction (a letter with a torn Samfunnsmål/Virksomhetsmål table, the same year's report, "
                     "another agency's Nynorsk report with Delmål 1a/1b, an evaluation; set 45)"),
    "collection46": (GOLD.parents[1] / "data" / "collection46", GOLD.with_name("collection46"),
                     "Extraction (a justice letter with goals numbered inside a paragraph and lettered parameters, "
                     "the year before's report, another agency's Nynorsk report, an evaluation; set 46)"),
    "collection47": (GOLD.parents[1] / "data" / "collection47", GOLD.with_name("collection47"),
                     "Extraction (a letter with strategic goals and a wrapped indicator table, the year before's "
                     "report, another agency's report by Hovedmål/Delmål, an evaluation; set 47)"),
    "collection48": (GOLD.parents[1] / "data" / "collection48", GOLD.with_name("collection48"),
                     "Extraction (a Nynorsk letter with coded parameters and Prestasjonskrav, the same year's report, "
                     "another agency's Nynorsk report by hovudmål/delmål, an evaluation; set 48)"),
    "collection49": (GOLD.parents[1] / "data" / "collection49", GOLD.with_name("collection49"),
                     "Extraction (a letter with a mission over effect and user goals and a table naming them, the "
                     "year before's report, another agency's Nynorsk report by result area, an evaluation; set 49)"),
    "collection50": (GOLD.parents[1] / "data" / "collection50", GOLD.with_name("collection50"),
                     "Extraction (a letter with lettered sub-goals and parameter bullets, the same year's report, "
                     "another agency's Nynorsk report by Verksemdsmål, a Nynorsk evaluation; set 50)"),
    "collection51": (GOLD.parents[1] / "data" / "collection51", GOLD.with_name("collection51"),
                     "Extraction (a letter with goals stated as sentences and lettered parameters, the same year's "
                     "report with recoded result tables, another agency's Nynorsk report by hovudmål/delmål, an "
                     "evaluation; set 51)"),
    "collection52": (GOLD.parents[1] / "data" / "collection52", GOLD.with_name("collection52"),
                     "Extraction (a letter with a torn goal and parameter table, the year before's report with goals "
                     "under unnumbered headings, another agency's Nynorsk report by effect and user goals, an "
                     "evaluation; set 52)"),
    "collection53": (GOLD.parents[1] / "data" / "collection53", GOLD.with_name("collection53"),
                     "Extraction (a letter with goals as subsections and assignments as paragraphs, the year before's "
                     "report by parts, another agency's Nynorsk report by hovudmål/delmål, an evaluation; set 53)"),
    "collection54": (GOLD.parents[1] / "data" / "collection54", GOLD.with_name("collection54"),
                     "Extraction (a Nynorsk letter with goals as a numbered list of sentences, the year before's "
                     "Nynorsk report, another agency's report with a torn goal map, a Nynorsk evaluation; set 54)"),
    "collection55": (GOLD.parents[1] / "data" / "collection55", GOLD.with_name("collection55"),
                     "Extraction (a letter to a supervisory authority with goals under unnumbered headings, the year "
                     "before's report by sector and agency goals, another agency's report by effect and result "
                     "goals, an evaluation; set 55)"),
    "collection56": (GOLD.parents[1] / "data" / "collection56", GOLD.with_name("collection56"),
                     "Extraction (a letter with goals as chapter headings and numbered parameters, the year before's "
                     "report with goals in capitals, another agency's Nynorsk report by result goals, an evaluation "
                     "note; set 56)"),
    "collection57": (GOLD.parents[1] / "data" / "collection57", GOLD.with_name("collection57"),
                     "Extraction (a letter with a torn goal and parameter table, the year before's report with goals "
                     "in capitals and parameters told in sentences, another agency's report by strategic goals, an "
                     "evaluation; set 57)"),
    "collection58": (GOLD.parents[1] / "data" / "collection58", GOLD.with_name("collection58"),
                     "Extraction (a letter with lettered goals and titled assignments, the year before's report by "
                     "lettered goals, another agency's Nynorsk report by verksemdsmål, an evaluation; set 58)"),
    "collection59": (GOLD.parents[1] / "data" / "collection59", GOLD.with_name("collection59"),
                     "Extraction (a letter with its goals as an outline and targets in an appendix, the year before's "
                     "report with attainment tables, another agency's Nynorsk report by hovudmål/delmål, an "
                     "evaluation; set 59)"),
    "collection60": (GOLD.parents[1] / "data" / "collection60", GOLD.with_name("collection60"),
                     "Extraction (a Nynorsk letter with goals and parameters in one table, the year before's report "
                     "with key figures against their targets, another agency's report by samfunnsmål/brukermål, an "
                     "evaluation by two institutes; set 60)"),
    "collection61": (GOLD.parents[1] / "data" / "collection61", GOLD.with_name("collection61"),
                     "Extraction (a letter with goals and parameters side by side and targets in a list, the year "
                     "before's Nynorsk report by verksemdsmål, another agency's report by strategic and result goals, "
                     "an evaluation; set 61)"),
    "collection62": (GOLD.parents[1] / "data" / "collection62", GOLD.with_name("collection62"),
                     "Extraction (a letter with goals under short-named subsections, the year before's report by "
                     "result area, another agency's report with a goal and result board, an evaluation of a "
                     "programme; set 62)"),
    "collection63": (GOLD.parents[1] / "data" / "collection63", GOLD.with_name("collection63"),
                     "Extraction (a Nynorsk letter with main and sub-goals in a torn table, the year before's report "
                     "by agency goal, another agency's report with effect and result goals, a university "
                     "institute's evaluation; set 63)"),
    "collection64": (GOLD.parents[1] / "data" / "collection64", GOLD.with_name("collection64"),
                     "Extraction (a letter with lettered goals and a torn goal and parameter table, the year before's "
                     "report by agency goal, another agency's Nynorsk report with coded parameter blocks, a "
                     "consultancy's evaluation of a grant scheme; set 64)"),
    "collection65": (GOLD.parents[1] / "data" / "collection65", GOLD.with_name("collection65"),
                     "Extraction (a Nynorsk letter with goals in prose and coded parameter paragraphs, the year "
                     "before's report by main and sub-goal with split indicator tables, another agency's Nynorsk "
                     "report with a scorecard, a consultancy's evaluation; set 65)"),
    "collection66": (GOLD.parents[1] / "data" / "collection66", GOLD.with_name("collection66"),
                     "Extraction (a Nynorsk letter with parameters in a torn appendix table, the year before's report "
                     "by priority area, another agency's report by user group, a consultancy's evaluation; set 66)"),
    "collection67": (GOLD.parents[1] / "data" / "collection67", GOLD.with_name("collection67"),
                     "Extraction (a letter with goals and parameters as one numbered hierarchy, the year before's "
                     "Nynorsk report with indicator lines, another agency's report with goals in a results table, "
                     "a consultancy's evaluation; set 67)"),
    "collection68": (GOLD.parents[1] / "data" / "collection68", GOLD.with_name("collection68"),
                     "Extraction (a Nynorsk letter with a parameter table under each goal, the year before's report by "
                     "result area with key-figure boxes, a museum agency's report, a university centre's evaluation; "
                     "set 68)"),
    "collection69": (GOLD.parents[1] / "data" / "collection69", GOLD.with_name("collection69"),
                     "Extraction (a justice ministry's letter with main goals over result goals, the year before's "
                     "report with coded parameter blocks, a health agency's Nynorsk report with target tables, "
                     "a consultancy's evaluation; set 69)"),
    "collection70": (GOLD.parents[1] / "data" / "collection70", GOLD.with_name("collection70"),
                     "Extraction (a letter with framed goals and lettered parameters, the year before's report with "
                     "indicator blocks, a coastal inspectorate's Nynorsk report with parameters in sentences, "
                     "a research institute's evaluation; set 70)"),
    "collection71": (GOLD.parents[1] / "data" / "collection71", GOLD.with_name("collection71"),
                     "Extraction (a Nynorsk letter with roman-numbered goals over torn parameter tables, the year "
                     "before's report, an archive authority's report with indicator sentences, a consultancy's "
                     "evaluation; set 71)"),
    "collection72": (GOLD.parents[1] / "data" / "collection72", GOLD.with_name("collection72"),
                     "Extraction (a letter with parameters parted by semicolons and two-column assignments, the year "
                     "before's report with result tables, a heritage directorate's Nynorsk report with indicator "
                     "bullets, a university group's evaluation; set 72)"),
    "collection73": (GOLD.parents[1] / "data" / "collection73", GOLD.with_name("collection73"),
                     "Extraction (a letter with goals under areas and numbered parameters, the year before's report "
                     "in roman-numbered parts, a coastal preparedness agency's Nynorsk report, a consultancy's "
                     "evaluation; set 73)"),
    "collection74": (GOLD.parents[1] / "data" / "collection74", GOLD.with_name("collection74"),
                     "Extraction (a Nynorsk letter with goals beside their parameters in two columns, the year "
                     "before's report with a transposed parameter table, a police-sector agency's report, a research "
                     "institute's evaluation; set 74)"),
    "collection75": (GOLD.parents[1] / "data" / "collection75", GOLD.with_name("collection75"),
                     "Extraction (a health ministry's letter with goals under priority areas and a traffic-light "
                     "parameter table, the year before's report by VM1-VM5, a road-safety directorate's Nynorsk "
                     "report, a consultancy's evaluation; set 75)"),
    "collection-heldout": (GOLD.parents[1] / "data" / "collection_heldout53", GOLD.with_name("collection_heldout53"),
                           "Extraction (collection of several kinds, held-out)"),
}
ANSWERS_GOLD = GOLD.with_name("answers.jsonl")
#: The typed-answer sets ``kg eval`` reports, by section name: (file, title). The held-out set was written
#: by someone who saw neither the other set nor the search output, and is only ever measured.
ANSWER_SETS: dict[str, tuple[Path, str]] = {
    "answers": (ANSWERS_GOLD, "Typed answers"),
    "answers-heldout": (ANSWERS_GOLD.with_name("answers_heldout.jsonl"), "Typed answers (held-out)"),
}

T = TypeVar("T")


def gold_records(path: Path, parse: Callable[[dict[str, Any]], T], what: str) -> list[T]:
    """Every non-blank line of ``path`` parsed by ``parse``; a malformed line is named as ``path:line``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KGError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(parse(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise KGError(f"{path}:{number}: not {what} ({exc})") from exc
    return out
