"""Reports and evaluations from knowledge-base lists ('Kunnskapsgrunnlag'): title (publisher, year)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from kg.mentions.base import Extraction, Key, Link, Mention, Span, span_of
from kg.mentions.goal_names import DASH_TAG, goal_groups, tag_goal_keys
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.lines import before_paragraph, lines
from kg.mentions.targets import evaluated
from kg.mentions.text import clean, norm
from kg.passages.base import Passage
from kg.passages.profile import organisation_name

SECTION = re.compile(r"kunnskapsgrunnlag|forskning og evaluering|evalueringer|forskning og utvikling", re.I)
INTRO = re.compile(r"(kunnskapsgrunnlag|rapporter|evalueringer|utredninger)\b.*\b(publisert|pågående|levert)", re.I)
CITATION = re.compile(r"\((?P<inner>[^()]*)\)")
YEAR_AT_END = re.compile(r"^(?:(?P<pubs>.+?),\s*)?(?P<year>(?:19|20)\d\d)$")
TOLD = re.compile(r"\b(?:ble|blir|vart|blei|gjennomføres|gjennomføra?st)\s")
ONGOING = re.compile(r"\b(pågående|påbegynt|igangsatt|under arbeid)\b", re.I)
APA = re.compile(r"^(?P<authors>[^()]+?)\s\((?P<year>(?:19|20)\d\d)\)\.\s*(?P<rest>.+)$")
EVALUATION_WORD = re.compile(r"evaluering|statusmåling|effektmåling|effektstudie|følgeforskning|^effekt(?:er|ar) av\b",
                             re.I)
# ('… kampanjen «Se hele meg». Ipsos': a title closing on its quote)
TITLE_THEN_PUBLISHER = re.compile(r"^(?P<title>[^«»]*?(?:«[^«»]*»[^«»]*?)*(?<=\S{3}))\.\s+"
                                  r"(?P<pubs>[A-ZÆØÅ][^.«»\"]{1,60})$")
SPLIT_ORGS = re.compile(r",\s+|(?<![-,])\s+og\s+")


def report_key(title: str) -> Key:
    return ("Report", norm(title).rstrip("."))


# A definite noun's genitive (Sivilombudets, Statsforvalternes) names the organisation in its base form.
_GENITIVE = re.compile(r"(?<=[a-zæøå]{3})(et|en|ene|erne)s$")
_COMPANY_FORM = re.compile(r"\s+(AS|ASA|SA)$")


def org_name(name: str) -> str:
    """An organisation's name as a label: without a company form (``AS``) or a genitive -s."""
    base = _COMPANY_FORM.sub("", name) if " " in name.strip() else name
    return _GENITIVE.sub(r"\1", base)


def org_key(name: str) -> Key:
    return ("Organisation", norm(org_name(name)))


# the labels of a report's fields on assignments and results, which a 'Label: text' line shares with a citation
FIELD_LABEL = re.compile(r"^(?:Status|Frist|Oppdrag(?:\s+\S+)?|Merknad|Resultat\w*|Mål\w*|Tiltak|Ansvar|Tidsplan|"
                         r"Leveranse|Rapportering|Kommentar|Vurdering)$", re.IGNORECASE)


def spelt_out(bracketed: str) -> bool:
    """Whether the words in a bracket before a status spell a name out, as a publisher's are: not the title's short
    name nor its series number ('… (ARP) (pågående)', '… (Nova-notat 1/24) (pågående)')."""
    return bool(re.search(r"[a-zæøå]", bracketed)) and not re.search(r"\d", bracketed)


def publishers(text: str) -> list[str]:
    """Organisation names of a citation ('Oslo Economics, Agenda Kaupang og Roland Fürst'); of authors with
    their institution ('Vik, S. og Hansen, M./Nordlandsforskning') the institution."""
    authors, slash, institution = text.rpartition("/")
    if slash and re.search(r"\b[A-ZÆØÅ]\.", authors) and institution.strip()[:1].isupper():
        text = institution
    names = [clean(n) for n in SPLIT_ORGS.split(text) if clean(n)]
    if any(FIELD_LABEL.match(n) for n in names):
        return []  # a form's label ('Status: Levert …', 'Oppdrag 2024-2: …'), no publisher
    ok = all(n[:1].isupper() and len(n.split()) <= 6 and not ONGOING.search(n) for n in names)
    whole = clean(text)
    if not ok and "," not in whole and organisation_name(whole) == whole:
        return [whole]  # one name with 'og' inside it ('Senter for svømmeopplæring og vannsikkerhet')
    return names if ok else []


TRAILING_GROUP = re.compile(r"(?<=[.)])\s+(?:(?:Resultat|Innsats|Satsings)område|(?:Strategisk|Overordnet)\s+mål|"
                            r"(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål)\s+\d{1,2}\s*:?$")
STATUS_HEADING = re.compile(r"\.\s+(?P<words>Under arbeid|Pågående|Pågåande|Ferdigstilte|Ferdigstilt|Publiserte)$")
END_TAG = re.compile(r"(?<=[.)])\s+(?P<word>[A-ZÆØÅ][a-zæøå]*mål)\s+(?P<num>\d{1,2}(?:\.\d{1,2})?|[A-ZÆØÅ])\.$")
TITLE_PUB_COMMA_YEAR = re.compile(r"^(?P<title>.+)\.\s+(?P<pubs>[A-ZÆØÅ][^.()]{1,80}?),\s*(?P<year>(?:19|20)\d\d)\.?$")


def parse_item(text: str) -> dict[str, object]:
    """Title, publishers, year and status of one knowledge-base item, and where the title ends."""
    apa = APA.match(text)
    # authors ('Berg, L. og Nygård, T.'), not a title's sentence and its publisher before the year
    if apa and not re.search(r"[a-zæøå]{2}[.?!]\s", apa.group("authors")):
        rest = apa.group("rest")
        title, _, pub = rest.rpartition(", ")
        title = re.sub(r"\s+Rapport\s+\S+$", "", title) if title else rest
        return {"title": clean(title).rstrip("."), "publishers": publishers(pub) if title else [],
                "year": int(apa.group("year")), "status": "published", "title_end": apa.start("rest") + len(title)}
    info: dict[str, object] = {"title": text, "publishers": [], "year": None, "status": None, "title_end": len(text)}
    tc = TITLE_PUB_COMMA_YEAR.match(text)
    if tc and publishers(tc.group("pubs")) and len(tc.group("pubs").split()) <= 5:
        # 'Title. Publisher, 2023.': the title runs to the last full stop before the publisher
        return {"title": clean(tc.group("title")), "publishers": publishers(tc.group("pubs")),
                "year": int(tc.group("year")), "status": "published", "title_end": tc.end("title")}
    cite = None
    for m in CITATION.finditer(text):
        inner = m.group("inner").strip()
        if YEAR_AT_END.match(inner) or ONGOING.search(inner):
            cite = m
    if cite is None:  # 'Title. Nordlys Samfunnsanalyse' without a year: a publisher only by an organisation's name
        tp = TITLE_THEN_PUBLISHER.match(text)
        pub = clean(tp.group("pubs")) if tp else ""
        if tp and (organisation_name(pub) == pub or re.fullmatch(r"[A-ZÆØÅ]{3,6}", pub)):
            info.update(title=clean(tp.group("title")), publishers=[pub], title_end=tp.end("title"))
        return info
    inner = cite.group("inner").strip()
    title = text[: cite.start()].rstrip()
    inner_end = re.search(r"\)\.\s+[A-ZÆØÅ]", title)
    if inner_end:
        title = title[: inner_end.start() + 1]
    own = re.search(r"\s*\((?P<pubs>[^()]+)\)$", title) if ONGOING.fullmatch(inner) else None
    if own and spelt_out(own.group("pubs")) and publishers(own.group("pubs")):
        # 'Title (Publisher) (pågående)': the publisher in brackets of its own before the status
        title, inner = title[: own.start()], f"{own.group('pubs')}, {inner}"
    info["title"], info["title_end"] = clean(title).rstrip("."), len(title)
    tp = TITLE_THEN_PUBLISHER.match(str(info["title"]))
    pubs = re.sub(r"\s*\([A-ZÆØÅ]{2,8}\)$", "", tp.group("pubs")) if tp else ""  # ('… regionforskning (NIBR)')
    if tp and not re.search(r"[A-ZÆØÅ]", inner) and len(pubs.split()) <= 6 and publishers(pubs):
        # 'Title. Publisher (2024)': the publisher stands after the title, the year alone in brackets
        info["title"], inner = tp.group("title"), f"{pubs}, {inner}"
    ym = YEAR_AT_END.match(inner)
    if ym and (ym.group("pubs") is None or publishers(ym.group("pubs"))):
        info["year"] = int(ym.group("year"))
        info["publishers"] = publishers(ym.group("pubs")) if ym.group("pubs") else []
        info["status"] = "published"
    elif ONGOING.search(inner):
        info["status"] = "ongoing"
        head = ONGOING.split(inner)[0].rstrip(", ")
        info["publishers"] = publishers(head) if head else []
    return info


def _status_from_intro(intro: str) -> str | None:
    published = "publisert" in intro.lower()
    ongoing = bool(ONGOING.search(intro))
    return "published" if published and not ongoing else "ongoing" if ongoing and not published else None


PUBLISHER_FIRST = re.compile(r"^•\s*[A-ZÆØÅ][^():]{1,80}?(?:\s*\((?:19|20)\d\d\))?:\s")


def publisher_first(p: Passage) -> bool:
    """A list whose items name the publisher first ('• Fafo (2023): Title'), read by the report-list rule."""
    items = [ln.text for ln in lines(p) if ln.text.startswith("•")]
    return bool(items) and sum(bool(PUBLISHER_FIRST.match(t)) for t in items) * 2 > len(items)


# a list of what was done ('Tiltak i 2024:'), in a section about the knowledge base too: measures, not reports
MEASURES_LEAD = re.compile(r"^(?:Tiltak|Aktivitet(?:er|ar))\b[^:\n]{0,30}:\s*$")


def knowledge_list(p: Passage) -> bool:
    """A list of the knowledge base that this module reads ('Title (Publisher, year)' items)."""
    first = p.text.split("\n")[0]
    return p.kind == "list" and bool(SECTION.search(p.section.title or "") or INTRO.search(first)) \
        and not publisher_first(p) and not MEASURES_LEAD.match(first)


def report_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Reports and evaluations of every knowledge-base list, with publisher, year, status and goal."""
    out = Extraction()
    for p in passages:
        if not knowledge_list(p):
            continue
        goal = ctx.goal_of(p)
        groups = goal_groups(ctx, p.doc, original, p.section.start if p.section.number else p.start, p.end)
        intro_status: str | None = None
        items = [parse_item(ln.text.lstrip("• ").strip()) for ln in lines(p)]
        known = {name for item in items for name in cast(list[str], item["publishers"])}
        for n, line in enumerate(lines(p)):
            text = line.text
            if INTRO.search(text) and text.rstrip().endswith(":") and not text.startswith("•"):
                intro_status = _status_from_intro(text)
                continue
            bullet = text.startswith("•")
            body = text.lstrip("• ").strip()
            # (an opening line that tells what was done is prose: 'Evalueringen av X (O-1) ble gjennomført av …')
            if not body or (not bullet and not (n == 0 and CITATION.search(body) and not TOLD.search(body))):
                continue
            # An item followed by the next list's intro on the same line: keep the item only.
            tail = re.search(r"\)\s+(Følgende|I tillegg|Pågående|Pågåande|Under arbeid)\b.*:\s*$", body)
            if tail:
                intro_status = _status_from_intro(body[tail.start() + 1:])
                body = body[: tail.start() + 1]
            # the next group's title run onto the item ('… DOR, 2023. Resultatområde 3'): not the item's words
            body = TRAILING_GROUP.sub("", body)
            # an item closed by its bracket ('… (NIKRU)'), then a blank line and a paragraph: not the item's words
            own = before_paragraph(line, original)
            # (or by its publisher after the title: '… i befolkningen. NOVA')
            closed = own is not None and (own.rstrip().endswith(")") and own.count("(") == own.count(")") or bool(
                (tp := TITLE_THEN_PUBLISHER.match(clean(own.lstrip("• ")))) and publishers(tp.group("pubs"))
                and not re.search(r"(?:\b(?:og|i|for|av|til|på|med|om)|-)$", own.rstrip())))
            if own is not None and closed and body.startswith(head := clean(own.lstrip("• "))) and len(head) >= 8:
                body = head
            if heading := STATUS_HEADING.search(body):  # '… Delmål B.' / 'Under arbeid': the next items' status
                intro_status, body = _status_from_intro(heading.group("words")), body[: heading.start() + 1]
            if end_tag := END_TAG.search(body):  # '… Statistisk sentralbyrå (2024). Brukermål 2.': the item's goal
                body = body[: end_tag.start()]
            tag = DASH_TAG.search(body)  # '… (Aurland Økonomi, 2024) – VM 1. Levert som svar på …'
            tagged = tag_goal_keys(ctx, p.doc, told) if (told := end_tag or tag) else []
            info = parse_item(body[: tag.start()] if tag else body)
            title = str(info["title"])
            bracket = re.search(r"\s*\((?P<pub>[^()]+)\)$", title)
            if bracket and not info["publishers"] and bracket.group("pub").strip() in known:
                # 'Evaluering av X (NIKRU)': a publisher another item of the list names, in brackets after the title
                title, info["publishers"] = title[: bracket.start()], [bracket.group("pub").strip()]
            if len(title) < 8:
                continue
            lead = line.start + text.index(body[:10])
            item_span = span_of(p, lead, lead + len(body), original)
            status = info["status"] or intro_status
            kind = "Evaluation" if EVALUATION_WORD.search(title) else "Report"
            key = report_key(title)
            attrs: list[tuple[str, object]] = [("status", status), ("year", info["year"]),
                                               ("publisher", tuple(info["publishers"]))]  # type: ignore[arg-type]
            out.mentions.append(Mention(kind, key, title, item_span, "report.knowledge-list-item", 0.93, tuple(attrs)))
            group: list[Key] | None = tagged or next((keys for at, keys in reversed(groups) if at < item_span.start),
                                                     None)
            if group is not None:  # a list grouped under goal titles ('Effektmål 1' / items)
                out.links.extend(Link(key, "aboutGoal", g, item_span, "report.listed-under-goal", 0.9) for g in group)
            elif goal:
                out.links.append(Link(key, "aboutGoal", goal_key(p.doc, goal.number, goal.part), item_span,
                                      "report.listed-in-goal-section", 0.9))
            for name in info["publishers"]:  # type: ignore[attr-defined]
                i = body.rfind(name)
                pub_span = span_of(p, lead + i, lead + i + len(name), original) if i >= 0 else item_span
                out.mentions.append(Mention("Organisation", org_key(name), org_name(name), pub_span, "org.citation",
                                            0.9))
                out.links.append(Link(key, "publisher", org_key(name), item_span, "report.citation-publisher", 0.9))
            if kind == "Evaluation":
                add_evaluated(out, key, title, item_span, _finder(p, lead, original))
    return out


def _finder(p: Passage, lead: int, original: str) -> Callable[[str], Span | None]:
    """Finds text in the passage from clean offset ``lead`` on, as an original-text span."""
    body = p.text[lead:]

    def locate(part: str) -> Span | None:
        i = body.find(part)
        return span_of(p, lead + i, lead + i + len(part), original) if i >= 0 else None
    return locate


def add_evaluated(out: Extraction, key: Key, title: str, item: Span, locate: Callable[[str], Span | None]) -> None:
    """What a report's title says it evaluates, as mentions with an ``evaluates`` link from ``key``.

    ``locate`` finds a part of the title in the text (else the whole item is cited)."""
    for t in evaluated(title):
        tspan = locate(title[t.start:t.end]) or item
        # a measure known only as what a report evaluates is less sure than one the text presents
        confidence = 0.7 if t.type == "Measure" else 0.8
        out.mentions.append(Mention(t.type, t.key, t.label, tspan, "target.evaluated-in-title", confidence))
        out.links.append(Link(key, "evaluates", t.key, item, "report.evaluates-title", 0.8))
