"""Extraction over a collection of documents of several kinds, against one gold file per document.

A collection set is a folder of documents (``tests/data/<set>/``) and a folder of gold files
(``tests/gold/<set>/<stem>.jsonl``, format in ``tests/gold/collection/FORMAT.md``) plus ``alignment.jsonl``.
The documents are read, extracted and resolved exactly as a build does (no search index). Reported:
document metadata accuracy, entities per document kind and type, links, and cross-document alignment.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.documents.base import Document
from kg.entities.base import Entity
from kg.evaluation.extraction import Score, greedy_match, similar
from kg.evaluation.gold import COLLECTION_SETS, gold_records
from kg.evaluation.linking import alignment_scores, link_scores
from kg.mentions.text import norm

ROWS = ("Goal", "SteeringParameter", "GrantScheme", "BudgetPost", "Assignment", "Report", "Measure", "Organisation")
META_FIELDS = ("kind", "organisation", "addressee", "year", "date", "title")
# What a predicted entity of each type counts as: an evaluation is a report; a document's own evaluation too.
COUNTS_AS = {"Evaluation": "Report"}


@dataclass(frozen=True)
class GoldDocument:
    """One gold file: the document's metadata and its records."""

    meta: dict[str, Any]
    records: tuple[dict[str, Any], ...]

    @property
    def doc(self) -> str:
        return str(self.meta["doc"])


@dataclass
class CollectionReport:
    """Scores of one collection set."""

    by_kind: dict[str, list[Score]] = field(default_factory=dict)
    links: list[Score] = field(default_factory=list)
    alignment: list[Score] = field(default_factory=list)
    metadata: dict[str, tuple[int, int]] = field(default_factory=dict)

    def total(self, types: tuple[str, ...] = ROWS) -> Score:
        """All kinds together, for ``types``."""
        rows = [s for scores in self.by_kind.values() for s in scores if s.name in types]
        return Score("+".join(types) if types != ROWS else "all entities",
                     *(sum(getattr(s, k) for s in rows) for k in ("gold", "predicted", "correct")))

    def per_type(self) -> list[Score]:
        return [self.total((t,)) for t in ROWS]

    def table(self) -> str:
        """The report as Markdown tables."""
        out = ["| document field | correct | of |", "|---|---:|---:|"]
        out += [f"| {k} | {ok} | {n} |" for k, (ok, n) in self.metadata.items()]
        out += ["", "| kind | type | gold | predicted | correct | P | R | F1 |",
                "|---|---|---:|---:|---:|---:|---:|---:|"]
        for kind, scores in sorted(self.by_kind.items()):
            out += [_row(kind, s) for s in scores if s.gold or s.predicted]
            out.append(_row(kind, Score("all", *(sum(getattr(s, k) for s in scores)
                                                   for k in ("gold", "predicted", "correct")))))
        out += [_row("all kinds", s) for s in self.per_type()]
        out.append(_row("**all kinds**", self.total()))
        core = self.total(("Goal", "SteeringParameter", "GrantScheme", "Report"))
        out.append(_row("all kinds", Score("goals+parameters+grants+reports", core.gold, core.predicted,
                                           core.correct)))
        out += ["", "| link / alignment | gold | predicted | correct | P | R | F1 |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        out += ["|" + _row("", s).split("|", 2)[2] for s in [*self.links, *self.alignment]]
        return "\n".join(out)

    def as_json(self) -> dict[str, Any]:
        def row(s: Score) -> dict[str, Any]:
            return {"name": s.name, "gold": s.gold, "predicted": s.predicted, "correct": s.correct,
                    "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
        return {"metadata": {k: {"correct": a, "of": b} for k, (a, b) in self.metadata.items()},
                "by_kind": {k: [row(s) for s in v] for k, v in self.by_kind.items()},
                "per_type": [row(s) for s in self.per_type()], "all": row(self.total()),
                "links": [row(s) for s in self.links], "alignment": [row(s) for s in self.alignment]}


def _row(kind: str, s: Score) -> str:
    return (f"| {kind} | {s.name} | {s.gold} | {s.predicted} | {s.correct} | {s.precision:.2f} | {s.recall:.2f} "
            f"| {s.f1:.2f} |")


def load_gold_folder(folder: Path) -> tuple[list[GoldDocument], list[dict[str, Any]]]:
    """Every gold file of ``folder`` (sorted) and its alignment pairs; a malformed line is named."""
    docs = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.name == "alignment.jsonl":
            continue
        rows = gold_records(path, dict, "a gold record")
        if not rows or "meta" not in rows[0]:
            raise ValueError(f"{path}:1: the first line must be the document's metadata ({{\"meta\": …}})")
        docs.append(GoldDocument(rows[0]["meta"], tuple(rows[1:])))
    pairs_path = folder / "alignment.jsonl"
    pairs = gold_records(pairs_path, dict, "an alignment pair") if pairs_path.exists() else []
    return docs, pairs


def read_collection(folder: Path) -> tuple[list[Document], list[Entity], list[Any]]:
    """The documents of ``folder`` read, extracted and resolved as a build does (no search index)."""
    from kg.graph.stage import extract_collection

    return extract_collection(folder)


def label_of(e: Entity) -> str:
    return str(e.attr("title") or e.label)


def _label_score(g: dict[str, Any], p: Entity) -> float:
    return max(similar(g.get("label") or "", lab) for lab in (label_of(p), p.label, *p.alt_labels))


def _overlap(a: str, b: str) -> float:
    wa, wb = set(norm(a).split()), set(norm(b).split())
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _code(value: Any) -> str:
    return norm(str(value or "")).replace(" ", "").rstrip(".")


def _number(value: Any) -> int | None:
    return int(str(value)) if str(value or "").isdigit() else None


def match_key(type_: str) -> Callable[[dict[str, Any], Entity], float]:
    """How a gold record of ``type_`` and a predicted entity are compared (0..1, >= 0.5 is a match)."""
    if type_ == "Goal":
        def goal(g: dict[str, Any], p: Entity) -> float:
            # the number as printed ('VM1', '2.3') where the goal keeps it, else its whole number
            gn, pn = _code(g.get("number")), _code(p.attr("notation") or p.attr("number"))
            if gn and pn and gn != pn:
                # one entity for a goal stated in two documents keeps one document's number, and a goal printed
                # with its level's initials ('VM 1') may be annotated by its number alone: the label decides
                bare = {re.sub(r"^[a-zæøå]{1,3}(?=\d)", "", c) for c in (gn, pn)}
                return _label_score(g, p) if len({s.doc for s in p.sources}) > 1 or len(bare) == 1 else 0.0
            return max(_label_score(g, p), 0.75 if gn and gn == pn and g.get("label") else 0.0)
        return goal
    if type_ == "BudgetPost":
        # chapters and posts as numbers: the graph keeps them zero-padded ('0842', '01'), the gold as printed
        return lambda g, p: float(_number(g.get("chapter")) == _number(p.attr("chapter"))
                                  and _number(g.get("post")) == _number(p.attr("post")))
    if type_ in ("SteeringParameter", "Assignment"):
        def coded(g: dict[str, Any], p: Entity) -> float:
            if g.get("code") and _code(g["code"]) == _code(p.attr("code")):
                # codes repeat under each goal ('a)', 'b)'): the label decides between equal codes
                return 0.9 + 0.1 * _label_score(g, p)
            return max(_label_score(g, p), _overlap(g.get("label") or "", label_of(p)) * 0.9)
        return coded
    if type_ == "Organisation":
        def org(g: dict[str, Any], p: Entity) -> float:
            names = {norm(x) for x in (p.label, *p.alt_labels)}
            if norm(g.get("short") or "-") in names:
                return 1.0
            return _label_score(g, p)
        return org
    return _label_score


#: The rules that read an organisation in a role the gold annotates: the document's issuer, addressee or
#: commissioner, a colophon's fields, a cited report's publisher.
ROLE_RULES = ("document.", "org.colophon-", "org.citation")


def in_role(e: Entity, doc: str) -> bool:
    """Whether an organisation holds one of the roles the gold annotates in ``doc`` (an organisation the text only
    names in passing is outside the gold's scope and not scored)."""
    return any(s.doc == doc and s.rule.startswith(ROLE_RULES) for s in e.sources)


def one_per_name(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An organisation's records in one document, one per role ('issuer', 'publisher'), are one organisation."""
    seen: dict[str, dict[str, Any]] = {}
    for r in records:
        seen.setdefault(norm(r.get("label") or ""), r)
    return list(seen.values())


def _in_doc(entities: list[Entity], doc: str) -> list[Entity]:
    return [e for e in entities if any(s.doc == doc for s in e.sources)]


def _meta_value(document: Document | None, name: str) -> Any:
    if document is None:
        return None
    return {"organisation": document.publisher}.get(name, getattr(document, name, None))


def _meta_correct(name: str, gold: Any, predicted: Any, short: str | None) -> bool:
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    if name in ("organisation", "addressee"):
        return norm(str(predicted)) == norm(short or "-") or similar(str(gold), str(predicted)) >= 0.8
    if name == "title":
        return similar(str(gold), str(predicted)) >= 0.6
    return str(gold) == str(predicted)


def evaluate_collection(docs_folder: Path, gold_folder: Path) -> CollectionReport:
    """Score the extraction of ``docs_folder`` against the gold files in ``gold_folder``."""
    golds, pairs = load_gold_folder(gold_folder)
    documents, entities, _ = read_collection(docs_folder)
    by_name = {d.name: d for d in documents}
    report = CollectionReport()
    meta_counts: dict[str, list[int]] = {f: [0, 0] for f in META_FIELDS}
    matches: dict[tuple[str, str], Entity] = {}  # (doc, gold id) -> entity
    kind_scores: dict[str, dict[str, list[int]]] = defaultdict(lambda: {t: [0, 0, 0] for t in ROWS})
    for gd in golds:
        document = by_name.get(gd.doc)
        for name in META_FIELDS:
            meta_counts[name][1] += 1
            values = [_meta_value(document, name)]
            if name == "organisation" and document is not None and document.kind == "evaluering":
                # 'the organisation it is from or about': an evaluation is from its performer and about the
                # agency that commissioned it, and annotators (like archives) name either
                values.append(document.commissioner)
            meta_counts[name][0] += any(_meta_correct(name, gd.meta.get(name), v, gd.meta.get("organisation_short"))
                                        for v in values)
        mine = _in_doc(entities, gd.doc)
        kind = str(gd.meta.get("kind") or "ukjent")
        # The document's own evaluation (an evaluation report) is scored apart from the reports it cites.
        own = [r for r in gd.records if r.get("self")]
        # (only an evaluation report has one: another document citing that report scores it as a report)
        evaluations = [e for e in mine if e.type == "Evaluation" and e.attr("self")] if own else []
        for i, e in greedy_match(own, evaluations, _label_score).items():
            matches[(gd.doc, own[i].get("id", "self"))] = e
        selves = {e.iri for e in evaluations}
        mine = [e for e in mine if e.iri not in selves]
        for type_ in ROWS:
            gold = [r for r in gd.records if r["type"] == type_ and not r.get("self")]
            if type_ == "Organisation":
                gold = one_per_name(gold)
            predicted = [e for e in mine if COUNTS_AS.get(e.type, e.type) == type_]
            if type_ == "Organisation":
                predicted = [e for e in predicted if in_role(e, gd.doc)]
            found = greedy_match(gold, predicted, match_key(type_))
            counts = kind_scores[kind][type_]
            counts[0] += len(gold)
            counts[1] += len(predicted)
            counts[2] += len(found)
            for i, e in found.items():
                if gold[i].get("id"):
                    matches[(gd.doc, gold[i]["id"])] = e
    report.metadata = {k: (v[0], v[1]) for k, v in meta_counts.items()}
    report.by_kind = {k: [Score(t, *v[t]) for t in ROWS] for k, v in kind_scores.items()}
    report.links = link_scores(golds, matches, entities)
    report.alignment = alignment_scores(golds, pairs, matches, entities)
    return report


def collection_report(name: str) -> tuple[str, CollectionReport]:
    """The title and report of one of ``COLLECTION_SETS``."""
    docs, gold, title = COLLECTION_SETS[name]
    return title, evaluate_collection(docs, gold)


def main() -> None:  # pragma: no cover - a convenience for running one set from the shell
    import sys

    title, report = collection_report(sys.argv[1] if len(sys.argv) > 1 else "collection")
    print(f"## {title}\n\n{report.table()}\n")
    print(json.dumps(report.as_json()["all"]))
