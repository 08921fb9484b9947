"""Reports cited in running text and footnotes, in the two citation styles of the genre.

- 'Publisher (year): Title.' (a footnote, or 'jf. Publisher (year): Title.'): the title runs to the full stop; a
  next sentence that is a subtitle ('En studie av …', 'Evaluering av …', 'Delrapport …') joins it.
- 'Title (Publisher, year)': the title is what follows a noun that announces a work ('rapporten', 'studien',
  'evalueringen', …) or a 'jf.', a title opening with a capitalised work noun ('Kartlegging av …', 'Evaluering
  av …'), else one capitalised word in the definite form (a named survey or index, and a period after it:
  'Indeksbarometeret 2022/2023'); a bare 'Sluttrapport' is no name.

Lists are read by :mod:`kg.mentions.report_lists`; this module leaves list passages alone.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention, span_of
from kg.mentions.goal_context import GoalContext
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.knowledge import EVALUATION_WORD, org_key, org_name, publishers, report_key
from kg.mentions.printed import Citer
from kg.mentions.report_entries import CITE_HEADER
from kg.mentions.targets import classify
from kg.passages.base import Passage

YEAR = r"(?:19|20)\d\d"
PUB_FIRST = re.compile(rf"(?:(?<=^)|(?<=jf\. )|(?<=[¹²³⁴⁵⁶⁷⁸⁹\d] ))(?P<pubs>[A-ZÆØÅa-zæøå][^():.\n]{{1,60}}?)\s*"
                       rf"\((?P<year>{YEAR}|pågående|pågåande|under arbeid)\):\s+(?P<title>[A-ZÆØÅ][^.]{{3,160}})\.",
                       re.M)
SUBTITLE = re.compile(r"^\s*(?P<sub>(?:En|Ei|Et)\s+(?:studie|kartlegging|analyse|evaluering|undersøkelse)\b[^.]*|"
                      r"(?:Følge|Slutt|Effekt)?[Ee]valuering av\b[^.]*|(?:Del|Slutt)rapport\b[^.]*)\.")
# the noun may be a compound: 'evalueringsrapporten', 'sluttrapporten', 'følgeevalueringen'
CUE = re.compile(r"(?:\b(?P<cue>(?i:[a-zæøå]*(?:rapporten|studien|evalueringen|evalueringa|undersøkelsen|"
                 r"undersøkinga|kartleggingen|kartlegginga|utredningen|utgreiinga|analysen)))|\bjf\.|"
                 # after a genitive the noun is indefinite, the title then quoted ('direktoratets kartlegging «…»')
                 r"(?<=s )(?i:[a-zæøå]*(?:rapport|studie|evaluering|undersøkelse|undersøking|kartlegging|utredning|"
                 r"utgreiing|analyse))(?=\s+«)|"
                 # an indefinite noun set off by a comma before the title ('En tidligere studie, Gevinster i …')
                 r"(?<=\s)(?i:studie|rapport|evaluering|undersøkelse|undersøking|kartlegging|analyse),|"
                 r"\b[Kk]unnskapsgrunnlag(?:et)?\s*:)\s+«?"
                 rf"(?P<title>[A-ZÆØÅ][^()«»]{{3,160}}?)»?\s*\((?P<pubs>[A-ZÆØÅ][^()\d]{{1,80}}?),\s*(?P<year>{YEAR})\)")
# a cue inside what CUE took for the title ('jf. VM1. Evalueringen Når …'): the title starts after the last one
INNER_CUE = re.compile(r"(?:^|\s)(?i:[a-zæøå]*(?:rapporten|studien|evalueringen|undersøkelsen|kartleggingen|"
                       r"utredningen|analysen))\s+(?=[A-ZÆØÅ«])")
# '(TØI, 2021), som vurderte reformen av …': what a cited evaluation evaluated
EVALUATED_AFTER = re.compile(r"\s*,?\s*som\s+(?:vurderte|evaluerte|har\s+vurdert|har\s+evaluert)\s+"
                             r"(?P<t>[^.;,()]{4,120}?)(?=[.;,]|$)")
# '(Evaluering av X. Sluttrapport, Nordvind Samfunnsanalyse 2023)': a whole citation in parentheses, the year
# after the publisher without a comma; the title says it is a work
IN_PARENS = re.compile(rf"\((?P<title>[A-ZÆØÅ][^()]{{8,160}}?),\s+(?P<pubs>[A-ZÆØÅ][^(),\d]{{1,60}}?)\s+"
                       rf"(?P<year>{YEAR})\)")
# '(Kvale Analyse 2022: Ny Retning i pilotkommunane. Ei førebels vurdering)': publisher, year and title in brackets
PUBLISHER_IN_PARENS = re.compile(rf"\((?P<pubs>[A-ZÆØÅ][^():\d]{{1,60}}?)\s+(?P<year>{YEAR}):\s+"
                                 r"(?P<title>[A-ZÆØÅ][^()]{8,200}?)\)")
# 'en midtveisrapport: Title. Subtitle (IOV-rapport 11/2024)', 'evalueringen fra … (NISA), Title (NISA-rapport
# 2024:11)', 'Rapporten Title (SDD-rapport 4/2023)': a title closed by its number in a publisher's report series
SERIES = re.compile(r"(?:[a-zæøå]*(?:rapport|evaluering|studie|analyse)\w*\s*:\s+|(?<=\)),\s+|\b[Rr]apporten\s+)"
                    r"(?P<title>[A-ZÆØÅ][^()«»]{8,220}?)\s*\((?P<pubs>[A-ZÆØÅ][\wæøå]{1,10})-rapport\s+"
                    rf"(?:\d{{1,3}}/(?P<y1>{YEAR})|(?P<y2>{YEAR}):\d{{1,3}})\)")
# 'Sluttrapporten frå følgjeevalueringa av X, som Institutt for … utfører på oppdrag frå …': work in progress
# named by its work noun, what it is of, and who is doing it
PERFORMED = re.compile(r"(?P<title>(?<![\wæøå])[A-ZÆØÅ][a-zæøå]*(?:rapporten|evalueringa|evalueringen|studien|"
                       r"kartlegginga|kartleggingen)\s+(?:fr[åa]\s+[a-zæøå]*(?:evalueringa|evalueringen|studien)\s+)?"
                       r"(?:av|om)\s+(?P<t>[^,.;()]{3,100}?)),\s+som\s+(?P<pubs>[A-ZÆØÅ][^,.;()]{2,80}?)\s+"
                       r"(?:utfører|gjennomfører|er\s+i\s+gang\s+med)\b")
WORK_WORD = re.compile(r"evaluering|rapport|kartlegging|undersøk|analyse|studie|utredning|utgreiing", re.I)
NAMED = re.compile(rf"(?P<title>(?<![\wæøå])[A-ZÆØÅ][a-zæøå]{{5,}}(?:et|en)(?:\s+{YEAR}(?:/{YEAR})?)?)\s*"
                   rf"\((?P<pubs>[A-ZÆØÅ][^()\d]{{1,80}}?),\s*(?P<year>{YEAR})\)")

# 'viser til Kartlegging av kystkulturlag i Norge (NIKRU, 2021)': a title opening with a capitalised work noun
WORK_TITLED = re.compile(r"(?<![\wæøå«])(?P<title>(?:Kartlegging|(?:Følge)?[Ee]valuering|Undersøkelse|Undersøking|"
                         r"Utredning|Utgreiing|Analyse|Studie|Gjennomgang)\s+(?:av|om)\s+[^()«».;:]{3,120}?)\s*"
                         rf"\((?P<pubs>[A-ZÆØÅ][^()\d]{{1,80}}?),\s*(?P<year>{YEAR})\)")


def citation_mentions(passages: list[Passage], original: str) -> Extraction:
    """Reports and evaluations cited in the paragraphs and footnotes of a document."""
    out = Extraction()
    for p in passages:
        if p.kind in ("heading", "table") or any(CITE_HEADER.match(line.strip()) for line in p.text.split("\n")):
            continue  # a torn table of citations is read row by row (report_cite_cells)
        text = p.text
        for m in PUB_FIRST.finditer(text):
            title, end = m.group("title"), m.end("title")
            sub = SUBTITLE.match(text[m.end():])
            if sub:
                title, end = f"{title}. {sub.group('sub')}", m.end() + sub.end("sub")
            year = int(m.group("year")) if m.group("year").isdigit() else None  # '(pågående)': work in progress
            _cite(out, p, original, title, m.group("pubs"), year, m.start(), end)
        for m in IN_PARENS.finditer(text):
            if WORK_WORD.search(m.group("title")) and len(m.group("title").split()) >= 3:
                _cite(out, p, original, m.group("title"), m.group("pubs"), int(m.group("year")), m.start("title"),
                      m.end())
        for m in PUBLISHER_IN_PARENS.finditer(text):
            title = m.group("title").rstrip(". ")
            if len(title.split()) >= 3:
                _cite(out, p, original, title, m.group("pubs"), int(m.group("year")), m.start("title"), m.end())
        for m in SERIES.finditer(text):
            _cite(out, p, original, m.group("title"), m.group("pubs"), int(m.group("y1") or m.group("y2")),
                  m.start("title"), m.end())
        for m in PERFORMED.finditer(text):
            key = _cite(out, p, original, m.group("title"), m.group("pubs"), None, m.start("title"), m.end("title"))
            if key:
                _evaluates(out, p, original, key, m)
        read: list[tuple[int, int]] = []
        for pattern in (CUE, NAMED, WORK_TITLED):
            for m in pattern.finditer(text):
                if pattern is WORK_TITLED and any(a <= m.start() < b for a, b in read):
                    continue  # the second sentence of a title a cue has read whole ('jf. X. Evaluering av Y (…)')
                read.append(m.span())
                cue = (m.groupdict().get("cue") or "").lower()
                title, at = m.group("title"), m.start("title")
                inner = list(INNER_CUE.finditer(title)) if pattern is CUE else []
                if inner:
                    cue = inner[-1].group().strip().lower()
                    title, at = title[inner[-1].end():], at + inner[-1].end()
                key = _cite(out, p, original, title, m.group("pubs"), int(m.group("year")),
                            at, m.end(), cue.startswith("evaluering"))
                which = EVALUATED_AFTER.match(text, m.end())
                if key and which:  # the key of a cited evaluation
                    _evaluates(out, p, original, key, which)
    return out


def without_listed(cited: Extraction, found: Extraction) -> Extraction:
    """``cited`` less the citations that begin inside an item a report list gave already ('Brukerundersøkelse X
    2023 (Y, 2023)' is one listed report, not also the cited 'X 2023'): the item's reading has the whole title."""
    items = [(m.span.doc, m.span.start, m.span.end) for m in found.mentions
             if m.rule in ("report.list-item", "report.knowledge-list-item")]
    inside = {(m.span.doc, m.span.start, m.span.end) for m in cited.mentions
              if any(d == m.span.doc and a <= m.span.start < b for d, a, b in items)}
    out = Extraction()
    out.mentions = [m for m in cited.mentions if (m.span.doc, m.span.start, m.span.end) not in inside]
    out.links = [k for k in cited.links if (k.span.doc, k.span.start, k.span.end) not in inside]
    return out


def _evaluates(out: Extraction, p: Passage, original: str, key: Key, m: re.Match[str]) -> None:
    """What a cited evaluation evaluated, as the clause after the citation says ('…, som vurderte X')."""
    t = classify(m.group("t"))
    if t is None:
        return
    span = span_of(p, m.start("t"), m.end("t"), original)
    out.mentions.append(Mention(t.type, t.key, t.label, span, "target.evaluated-in-citation", 0.7))
    out.links.append(Link(key, "evaluates", t.key, span, "report.citation-evaluates", 0.7))


def _cite(out: Extraction, p: Passage, original: str, title: str, pubs: str, year: int | None, start: int,
          end: int, evaluation: bool = False) -> Key | None:
    """Read one citation; the key of the cited work where it is an evaluation."""
    # a firm may write its name in lower case ('nordanalyse'): one such word is a publisher too
    names = publishers(pubs) or ([pubs.strip()] if re.fullmatch(r"[a-zæøå][\w\-]{2,30}", pubs.strip()) else [])
    title = re.sub(r"\s+", " ", title).strip(" .")
    if not names or len(title) < 8:
        return None
    span = span_of(p, start, end, original)
    kind = "Evaluation" if evaluation or EVALUATION_WORD.search(title) else "Report"
    key: Key = report_key(title)
    attrs = (("status", "published" if year else "ongoing"), ("year", year), ("publisher", tuple(names)))
    out.mentions.append(Mention(kind, key, title, span, "report.cited-in-prose", 0.8, attrs))
    for name in names:
        out.mentions.append(Mention("Organisation", org_key(name), org_name(name), span, "org.citation", 0.8))
        out.links.append(Link(key, "publisher", org_key(name), span, "report.citation-publisher", 0.8))
    return key if kind == "Evaluation" else None


# the sentence after a citation that ties the cited work to a goal: 'Funnene i rapporten ligger til grunn for
# prioriteringene under virksomhetsmål 1.'
BACK_REFERENCE = re.compile(r"\b(?:rapporten|evalueringen|studien|undersøkelsen|analysen|funnene)\b", re.IGNORECASE)


def cited_report_goals(found: Extraction, ctx: GoalContext, citer: Citer) -> list[Link]:
    """A report cited in prose speaks to the goal that the next sentence, referring back to it, names."""
    out: list[Link] = []
    for m in found.mentions:
        if m.rule != "report.cited-in-prose" or m.type not in ("Report", "Evaluation"):
            continue
        text = citer.original
        stop = re.search(r"[.!?](?=\s+[A-ZÆØÅ«])", text[m.span.end:])
        if stop is None:
            continue
        start = m.span.end + stop.end()
        end_m = re.search(r"[.!?](?=\s|$)", text[start:])
        end = start + (end_m.end() if end_m else len(text) - start)
        sentence = text[start:end]
        p = citer.passage_at(start)
        if p is None or not BACK_REFERENCE.search(sentence) or len(sentence) > 300:
            continue
        span = citer.span(start, end)
        out += [Link(m.key, "aboutGoal", g, span, "report.cited-for-goal", 0.75)
                for g in named_goal_keys(ctx, p.doc, sentence)] if span else []
    return out
