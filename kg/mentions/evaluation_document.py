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
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_context import GoalContext
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.knowledge import EVALUATION_WORD, org_key, org_name, report_key
from kg.mentions.printed import Citer
from kg.mentions.targets import evaluated
from kg.mentions.text import clean
from kg.passages.base import Passage
from kg.passages.colophon import PARTNERS, Field, capitals_title, is_label_line, logo_line, ordinary_case, read_colophon
from kg.passages.profile import ADDRESS, name_and_alias

SERIES_LINE = re.compile(r"^(?:[A-ZÆØÅ][\w-]*[- ])?(?i:rapport)\s+(?:nr\.?\s*)?\d{1,4}(?:[-:/]\d{1,4})?$")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
HEAD_LINES = 120


def _title(lines: list[tuple[str, int]], first_label: int, colophon: dict[str, Field]) -> tuple[str, int] | None:
    """The colophon's 'Tittel:', else the title above the colophon, else the title page's first lines up to the
    series or a blank gap."""
    if "title" in colophon:
        return colophon["title"].value, colophon["title"].start
    for text, start in reversed(lines[:first_label]):
        if not text or re.fullmatch(r"[\d\s]+", text) or SERIES_LINE.match(text) or re.search(r"\s{3,}\d+$", text):
            continue
        if EVALUATION_WORD.search(text) and len(text.split()) >= 3:
            return text, start
        break
    head: list[tuple[str, int]] = []
    by = colophon.get("performer") or colophon.get("publisher")
    for t, s in lines[:first_label]:
        # a logo beside the series ('PROBA SAMFUNNSANALYSE      RAPPORT 2024:12') is no part of the title
        if t and not SERIES_LINE.match(t) and not any(SERIES_LINE.match(c) for c in re.split(r"\s{3,}", t)[1:]) \
                and not (by and logo_line(t, by.value)):  # the performer's name as a logo over the title
            if head and t[:1].islower() and not head[-1][0].endswith((".", ":")):
                head[-1] = (f"{head[-1][0]}\n{t}", head[-1][1])  # a title wrapped onto a lower-case line
            else:
                head.append((t, s))
    if head and EVALUATION_WORD.search(" ".join(t for t, _ in head[:3])):
        return clean(" ".join(t for t, _ in head[:2])), head[0][1]
    # a cover whose labels stand above its title in capitals ('Oppdragsgiver: …' / 'EVALUERING AV …')
    capitals = capitals_title([t for t, _ in lines[:HEAD_LINES]])
    if capitals is not None:
        return "\n".join(t for t, _ in lines[capitals[0]: capitals[1]]), lines[capitals[0]][1]
    return None


def _subtitle(lines: list[tuple[str, int]], first_label: int, colophon: dict[str, Field], title: str) -> str:
    """The colophon's 'Undertittel:', else the title page's line under the title that names an evaluation."""
    if "subtitle" in colophon:
        return colophon["subtitle"].value
    texts = [t for t, _ in lines[:first_label] if t]
    below = texts[texts.index(title) + 1:] if title in texts else []
    return next((t for t in below[:2] if EVALUATION_WORD.search(t)), "")


def _logo(lines: list[tuple[str, int]], original: str) -> Field | None:
    """The performer a title page sets in capitals on a line of its own ('TELEMARKSFORSKING'), as the text
    writes it in ordinary case elsewhere (a footer, the preface), where it does."""
    for text, _ in lines:
        if not re.fullmatch(r"[A-ZÆØÅ][A-ZÆØÅ&\- ]{3,40}", text) or len(text.split()) > 3:
            continue
        for m in re.finditer(re.escape(text), original, re.IGNORECASE):
            if not m.group().isupper():
                return Field(m.group(), m.start())
    return None


def _firm(name: str) -> str:
    """A performer's name without its legal form ('X Analyse AS' -> 'X Analyse')."""
    return re.sub(r"\s+AS$", "", name_and_alias(name)[0])


def _printed_end(original: str, printed: str, start: int) -> int:
    """Where a value printed from ``start`` ends in the text (its last line, when it wraps)."""
    last = printed.split("\n")[-1]
    return original.find(last, start) + len(last)


def evaluation_document_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """The document as an Evaluation with commissioner, performer, series, year and what it evaluates."""
    out = Extraction()
    original = document.text
    lines, pos = [], 0
    for raw in original.split("\n")[:HEAD_LINES]:
        body = raw.rstrip()
        lines.append((body.strip(), pos + len(body) - len(body.lstrip())))
        pos += len(raw) + 1
    colophon = read_colophon(lines)
    roles = {"commissioner", "performer"} & set(colophon)
    if not roles or (len(colophon) < 3 and document.kind != "evaluering"):
        return out
    first_label = min((i for i, (t, _) in enumerate(lines) if is_label_line(t)), default=len(lines))
    if "performer" not in colophon and "publisher" not in colophon:
        logo = _logo(lines[:first_label], original)
        if logo is not None:
            colophon["performer"] = logo
    found = _title(lines, first_label, colophon)
    if found is None:
        return out
    printed, t_start = found
    title = clean(printed.replace("\n", " "))
    if title.isupper():
        title = ordinary_case(title, original)
    citer = Citer(passages, original)
    span = citer.span(t_start, _printed_end(original, printed, t_start))
    if span is None:
        return out
    series = clean(colophon["series"].value) if "series" in colophon else \
        next((t for t, _ in lines[:first_label] if SERIES_LINE.match(t)), None)
    years = YEAR.findall(" ".join(f.value for k, f in colophon.items() if k in ("date", "series", "published")))
    year = int(years[-1]) if years else document.year
    key: Key = report_key(title)
    performer = colophon.get("performer") or colophon.get("publisher")
    attrs = (("self", True), ("status", "published"), ("year", year), ("series", series),
             ("publisher", tuple(_firm(ADDRESS.sub("", " ".join(p.group().split())))
                                 for p in PARTNERS.finditer(performer.value)) if performer else ()))
    out.mentions.append(Mention("Evaluation", key, title, span, "evaluation.document", 0.95, attrs))
    for role, predicate in (("commissioner", "commissionedBy"), ("performer", "performedBy"),
                            ("publisher", "publisher")):
        if role not in colophon:
            continue
        whole, at = colophon[role].value, colophon[role].start
        for part in PARTNERS.finditer(whole):
            value, start = part.group(), at + part.start()
            name, short = name_and_alias(ADDRESS.sub("", " ".join(value.split())))
            name = _firm(name)
            org_span = citer.span(start, _printed_end(original, value, start))
            if org_span is None or not name:
                continue
            okey = org_key(name)
            attrs_org = (("alias", short),) if short else ()
            out.mentions.append(Mention("Organisation", okey, org_name(name), org_span, f"org.colophon-{role}",
                                        0.9, attrs_org))
            out.links.append(Link(key, predicate, okey, org_span, f"evaluation.colophon-{role}", 0.9))
    targets = evaluated(title)
    if not targets:  # 'Et løft for lokal forebygging?' over 'Sluttevaluering av Forebyggingsløftet 2021–2024'
        # (a description after a dash is no part of the name: 'Evaluering av Pengesmart – kurs i …')
        subtitle = re.split(r"\s+[–-]\s+(?=[a-zæøå])", clean(_subtitle(lines, first_label, colophon, printed)))[0]
        targets = evaluated(subtitle)
    head = re.split(r"\.\s+", title, maxsplit=1)[0]
    if targets and all(INDEFINITE.match(t.label) for t in targets) and head != title and len(head.split()) <= 8 \
            and "evaluering" not in head.lower():
        # 'Fagbrev på jobb i distriktene. Sluttevaluering av en pilot for …': the name before what describes it
        targets = evaluated(f"Evaluering av «{head}»") or targets
    for t in targets:
        out.mentions.append(Mention(t.type, t.key, t.label, span, "target.evaluated-in-title", 0.8))
        out.links.append(Link(key, "evaluates", t.key, span, "evaluation.document-evaluates", 0.85))
    return out


INDEFINITE = re.compile(r"(?:en|et|ei|eit|ein)\s+[a-zæøå]")
# 'Ordningen skal bidra til virksomhetsmål 2 …', '… skal ordningen bidra til direktoratets virksomhetsmål 3': what
# the report evaluates serves the goal it quotes
_THING = r"(?:[Oo]rdningen|[Tt]ilskuddsordningen|[Tt]ilskuddet|[Tt]iltaket|[Pp]rogrammet|[Ss]atsingen)"
SERVES_GOAL = re.compile(r"\b(?:" + _THING + r"\s+skal|skal\s+" + _THING + r")\s+bidra\s+til\s+"
                         r"(?:[a-zæøå]+s\s+)?(?P<ref>(?:[a-zæøå]*mål)\s+\d{1,2}(?:\.\d{1,2})?)\b")


def evaluated_goal_links(found: Extraction, ctx: GoalContext, passages: list[Passage], original: str) -> list[Link]:
    """An evaluation report's evaluated scheme or measure serves the goal its text says the scheme is to serve
    ('Ordningen skal bidra til virksomhetsmål 2 …'), where the document states that goal."""
    evaluated = [link.object for link in found.links if link.rule == "evaluation.document-evaluates"]
    if not evaluated:
        return []
    citer = Citer(passages, original)
    out: list[Link] = []
    for m in SERVES_GOAL.finditer(original):
        p, span = citer.passage_at(m.start()), citer.span(m.start(), m.end())
        if p is None or span is None:
            continue
        for goal in named_goal_keys(ctx, p.doc, " ".join(m.group("ref").split())):
            out += [Link(t, "supportsGoal" if t[0] == "GrantScheme" else "addresses", goal, span,
                         "evaluation.evaluated-serves-goal", 0.8) for t in evaluated]
    return out
