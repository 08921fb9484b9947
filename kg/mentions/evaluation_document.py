"""An evaluation report's own first pages make the document itself an Evaluation.

The colophon of such a report ('Oppdragsgiver:', 'Utført av:', 'Utgitt av:', 'Rapportnummer:', 'ISBN:',
'Dato:', 'Prosjektleder:') gives who commissioned and who performed it, its report series and number
and its year; the title (the line above the colophon, or the title page's first lines) says what it
evaluates ('Evaluering av tilskuddsordningen X'). One Evaluation per document, keyed like a report of
the same title so that a list in another document that cites it names the same entity.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.knowledge import EVALUATION_WORD, org_key, org_name, report_key
from kg.mentions.targets import evaluated
from kg.mentions.text import clean
from kg.passages.base import Passage

LABEL = re.compile(r"^(?P<label>Oppdragsgivere?|Utført av|Utarbeidet av|Utgitt av|Utgiver|Forfattere?|"
                   r"Prosjektleder|Rapport(?:nummer|nr\.?|serie)|Serie|ISBN|ISSN|Dato|Publisert|Tittel)\s*:?\s{1,}"
                   r"(?P<value>\S.*)$", re.I)
SERIES_LINE = re.compile(r"^(?:[A-ZÆØÅ][\w-]*[- ])?(?i:rapport)\s+(?:nr\.?\s*)?\d{1,4}(?:[-:/]\d{1,4})?$")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
ACRONYM = re.compile(r"\s*\((?P<short>[A-ZÆØÅ][\wÆØÅæøå-]{1,12})\)\s*$")
HEAD_LINES = 120


def _colophon(lines: list[tuple[str, int]]) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    for i, (text, start) in enumerate(lines):
        m = LABEL.match(text)
        if m and m.group("label").lower() == "tittel":
            # a title wrapped onto a line of its own, which the next field closes
            value = m.group("value").strip()
            if i + 2 < len(lines) and lines[i + 1][0] and not LABEL.match(lines[i + 1][0]) \
                    and LABEL.match(lines[i + 2][0]):
                value = f"{value}\n{lines[i + 1][0]}"
            found.setdefault("title", (value, start + m.start("value")))
        elif m:
            label = m.group("label").lower()
            key = ("commissioner" if label.startswith("oppdragsgiver") else
                   "performer" if label in ("utført av", "utarbeidet av") else
                   "publisher" if label in ("utgitt av", "utgiver") else
                   "series" if label.startswith("rapport") or label == "serie" else label)
            found.setdefault(key, (m.group("value").strip(), start + m.start("value")))
    return found


def _title(lines: list[tuple[str, int]], first_label: int,
           colophon: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    """The colophon's 'Tittel:', else the title above the colophon, else the title page's first lines up to the
    series or a blank gap."""
    if "title" in colophon:
        return colophon["title"]
    for text, start in reversed(lines[:first_label]):
        if not text or re.fullmatch(r"[\d\s]+", text) or SERIES_LINE.match(text) or re.search(r"\s{3,}\d+$", text):
            continue
        if EVALUATION_WORD.search(text) and len(text.split()) >= 3:
            return text, start
        break
    head = [(t, s) for t, s in lines[:first_label] if t and not SERIES_LINE.match(t)]
    if head and EVALUATION_WORD.search(" ".join(t for t, _ in head[:3])):
        return clean(" ".join(t for t, _ in head[:2])), head[0][1]
    return None


def _org(value: str) -> tuple[str, str | None]:
    value = re.sub(r"\s+AS(?:,\s*[A-ZÆØÅ][\wæøå]+)?$", "", value.strip())  # 'Name AS, Place': the firm's name
    m = ACRONYM.search(value)
    return (value[: m.start()].strip(), m.group("short")) if m else (value.strip(), None)


def _span(passages: list[Passage], start: int, end: int, original: str) -> Span | None:
    p = next((p for p in passages if p.start <= start < p.end), None)
    if p is None:
        p = next((p for p in passages if p.start >= start), None)
        if p is None:
            return None
    return Span(p.id, p.doc, p.doc_name, start, end, p.page, p.section, original[start:end])


def evaluation_document_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """The document as an Evaluation with commissioner, performer, series, year and what it evaluates."""
    out = Extraction()
    original = document.text
    lines, pos = [], 0
    for raw in original.split("\n")[:HEAD_LINES]:
        body = raw.rstrip()
        lines.append((body.strip(), pos + len(body) - len(body.lstrip())))
        pos += len(raw) + 1
    colophon = _colophon(lines)
    roles = {"commissioner", "performer"} & set(colophon)
    if not roles or (len(colophon) < 3 and document.kind != "evaluering"):
        return out
    first_label = min(i for i, (t, _) in enumerate(lines) if LABEL.match(t))
    found = _title(lines, first_label, colophon)
    if found is None:
        return out
    printed, t_start = found
    title = clean(printed.replace("\n", " "))
    t_end = original.find(printed.split("\n")[-1], t_start) + len(printed.split("\n")[-1])
    span = _span(passages, t_start, t_end, original)
    if span is None:
        return out
    series = colophon.get("series", (None, 0))[0] or next((t for t, _ in lines[:first_label] if SERIES_LINE.match(t)),
                                                         None)
    years = YEAR.findall(" ".join(v for k, (v, _) in colophon.items() if k in ("dato", "series", "publisert")))
    year = int(years[-1]) if years else document.year
    key: Key = report_key(title)
    performer = colophon.get("performer") or colophon.get("publisher")
    attrs = (("self", True), ("status", "published"), ("year", year), ("series", series),
             ("publisher", (_org(performer[0])[0],) if performer else ()))
    out.mentions.append(Mention("Evaluation", key, title, span, "evaluation.document", 0.95, attrs))
    for role, predicate in (("commissioner", "commissionedBy"), ("performer", "performedBy"),
                            ("publisher", "publisher")):
        if role not in colophon:
            continue
        value, start = colophon[role]
        name, short = _org(value)
        org_span = _span(passages, start, start + len(value), original)
        if org_span is None or not name:
            continue
        okey = org_key(name)
        attrs_org = (("alias", short),) if short else ()
        out.mentions.append(Mention("Organisation", okey, org_name(name), org_span, f"org.colophon-{role}", 0.9,
                                    attrs_org))
        out.links.append(Link(key, predicate, okey, org_span, f"evaluation.colophon-{role}", 0.9))
    for t in evaluated(title):
        out.mentions.append(Mention(t.type, t.key, t.label, span, "target.evaluated-in-title", 0.8))
        out.links.append(Link(key, "evaluates", t.key, span, "evaluation.document-evaluates", 0.85))
    return out
