"""Reports and evaluations from report lists under any heading that introduces them.

A line of its own ('Kunnskapsgrunnlag', 'Evalueringer og FoU', 'Utvalgte rapporter og evalueringer',
'Igangsatte evalueringer (ferdigstilles i 2023):', …) opens a list; its items are bullet or dash lines,
wrapped items go on flush left, and short theme lines between items group them. An item is read in
the styles 'Title (Publisher, year)', 'Title (Publisher, pågående)', 'Publisher (year): Title',
'Publisher: Title', 'Title. Publisher (year)' and 'Title. Publisher, year.'. Work in progress —
'(pågående)', '(under arbeid)', or a sub-list headed 'Pågående'/'Igangsatte …' — has the status ongoing. A
theme line may close with the goal its items serve ('Friluftsliv for alle (mål 1)').
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goal_names import goal_groups, named_goal_keys
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.knowledge import (
    EVALUATION_WORD,
    add_evaluated,
    knowledge_list,
    org_key,
    org_name,
    publishers,
    report_key,
)
from kg.mentions.text import clean
from kg.passages.base import Passage

LIST_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+)?(?:kunnskapsgrunnlag(?:et)?(?:\s+og\s+(?:evaluering(?:er|ar)|forskning|fou))?|"
    r"publikasjoner(?:\s+og\s+kunnskapsgrunnlag(?:et)?)?|"
    r"(?:utvalgte\s+|utvalde\s+|sentrale\s+|nye\s+)?(?:rapport(?:er|ar)|evaluering(?:er|ar)|"
    r"utredninger|utgreiingar|fou)(?:\s+og\s+(?:fou|evaluering(?:er|ar)|forskning|utredninger|utgreiingar|"
    r"rapport(?:er|ar)))*|forskning\s+og\s+evaluering\w*|"
    r"(?:pågående|igangsatte|påbegynte)\s+(?:evalueringer|utredninger|prosjekter|arbeid|fou)\b.*|pågående|pågåande)"
    r"\s*:?$", re.I)
# a heading that names the list's contents in its own words ('3.7 Det vi har lært – rapporter og evalueringer i 2023')
LIST_TOPIC = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[^.:]{0,60}\b(?:rapporter|rapportar|evalueringer|evalueringar|"
                        r"utredninger|utgreiingar|kunnskapsgrunnlag(?:et)?|fou|publikasjoner)\b[^.:]{0,40}$", re.I)
# the goal an item is tagged with at its end: '[SM 1]', '(mål 2)', '[HM 3]'
GOAL_TAG = re.compile(r"\s*[\[(](?P<word>[A-ZÆØÅ]{0,2}M|[A-ZÆØÅa-zæøå]*mål)\s*(?P<num>\d{1,2}(?:\.\d{1,2})?)[\])]\.?$")
ONGOING = re.compile(r"\b(?:pågående|pågåande|påbegynt|igangsatt\w*|under arbeid|ferdigstilles|i gang|"
                     r"ferdig(?:\s+i)?\s+(?:19|20)\d\d)\b", re.I)
ITEM = re.compile(r"^(?:[•▪●◦■\-–]|\d+\.)\s+(?P<body>\S.*)$")
THEME = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ ,\-–/]{1,60}(?:\s*\([a-zæøå]*mål\s+\d{1,2}(?:\.\d{1,2})?\))?:?$")
YEAR = r"(?:19|20)\d\d"
PUB_FIRST = re.compile(rf"^(?P<pubs>[^():]{{2,80}}?)\s*\((?P<year>{YEAR}|pågående|under arbeid)[a-z]?\)\s*[:.]\s*"
                       rf"(?P<title>\S.+)$")
PUB_COLON = re.compile(r"^(?P<pubs>[A-ZÆØÅ][^():]{1,80}?):\s+(?P<title>[A-ZÆØÅ«].+)$")
TITLE_CITE = re.compile(rf"^(?P<title>.+?)\s*\((?P<inner>[^()]*(?:{YEAR}|pågående|under arbeid|påbegynt|igangsatt)"
                        r"[^()]*)\)\.?$", re.I)
TITLE_PUB_YEAR = re.compile(rf"^(?P<title>.+?)\.\s+(?P<pubs>[A-ZÆØÅ][^.()]{{1,80}}?)\s*\((?P<year>{YEAR})\)\.?$")
# 'Title. Publisher, 2023.' and 'Title. Publisher (pågående).'
TITLE_PUB_COMMA = re.compile(rf"^(?P<title>.+?)\.\s+(?P<pubs>[A-ZÆØÅ][^.(),]{{1,80}}?)\s*(?:,\s*(?P<year>{YEAR})|"
                             r"\((?P<status>pågående|pågåande|under arbeid)\))\.?$")


# the header of a table whose rows open with a whole citation ('Utgjevar (år): Tittel')
CITE_HEADER = re.compile(r"^(?:Utgiver|Utgjevar|Forfatter|Utført av|Utførd av)\s*\((?:år|årstall|årstal)\)\s*:\s*"
                         r"Tittel$", re.IGNORECASE)
# an entry that opens flush left with its publisher and year, no bullet ('Oslo Economics (2023). Title.')
ENTRY_START = re.compile(rf"^[A-ZÆØÅ][^():]{{1,80}}?\s*\((?:{YEAR}|pågående|under arbeid)[a-z]?\)\s*[:.]\s+\S")
# the series and number closing an entry ('. NF-rapport 9/2023.', '. HVL-rapport nr. 118.'): not the title's
SERIES_END = re.compile(r"(?<=[.?!])\s+(?:[A-ZÆØÅ][\wæøåÆØÅ]*-?)?(?:[Rr]apport|[Nn]otat|[Ss]krift|[Ss]erie|[Rr]eport)"
                        r"\s+(?:nr\.\s*)?[\d/:-]+\.?$")
# an author-date entry's closing place and publisher ('… NSFD-rapport 2024:1. Stavanger: NSFD.')
PLACE_PUBLISHER = re.compile(r"(?<=[.?!])\s+[A-ZÆØÅ][a-zæøå]+(?:\s[A-ZÆØÅ][a-zæøå]+)?:\s+"
                             r"(?P<pub>[A-ZÆØÅ][^.:]{1,60})\.?$")
# personal authors ('Berg, L. og Nygård, T.'): no organisation
AUTHORS = re.compile(r"^[A-ZÆØÅ][\w\-]+,\s+[A-ZÆØÅ]\.")
# when work in progress is due, closing its entry ('. Sluttrapport ventes høsten 2024.'): not the title's
WHEN_DUE = re.compile(r"(?<=[.?!])\s+(?:Slutt|Del)?[Rr]apport(?:en)?\s+(?:ventes|kommer|leveres|ferdigstilles)\b.*$")
NOTE = re.compile(r"\s*\((?!pågående|under arbeid)[a-zæøå][^()]*\)\.?$")  # '(utført i samarbeid med …)'


# the citation's closing parenthesis with its year or status, then a remark ('… (FND, 2023). Levert som svar på …')
CITE_CLOSE = re.compile(rf"\((?:[^()]*(?:{YEAR}|pågående|under arbeid)[^()]*)\)[.,]?(?=\s+\S)", re.I)


def parse_entry(body: str) -> dict[str, object] | None:
    """Title, publishers, year and status of one list item in any of the usual citation styles; a remark after
    the citation ('… (FND, 2023), jf. oppdrag TO-2.') is not part of it."""
    body = clean(body)
    found = _parse(body)
    if found is None and (close := CITE_CLOSE.search(body)):
        found = _parse(body[: close.end()].rstrip(".,"))
    return found


def _parse(body: str) -> dict[str, object] | None:
    # In the publisher-first styles a closing parenthesis in lower case is a note, not the citation.
    bare = NOTE.sub("", body)
    if bare != body and (PUB_FIRST.match(bare) or PUB_COLON.match(bare)):
        body = bare
    m = PUB_FIRST.match(body)
    if m and publishers(m.group("pubs")):
        done = m.group("year").isdigit()  # 'Publisher (pågående): Title' is work in progress
        title, names = m.group("title"), publishers(m.group("pubs"))
        place = PLACE_PUBLISHER.search(title)
        if place:
            title = title[: place.start()]
        if AUTHORS.match(m.group("pubs")) and "/" not in m.group("pubs"):  # persons: the publisher is the place's
            names = [clean(place.group("pub"))] if place else []
        title = WHEN_DUE.sub("", SERIES_END.sub("", title.rstrip()))
        return {"title": title.rstrip("."), "publishers": names,
                "year": int(m.group("year")) if done else None, "status": "published" if done else "ongoing"}
    m = TITLE_PUB_YEAR.match(body)
    if m and publishers(m.group("pubs")):
        return {"title": m.group("title"), "publishers": publishers(m.group("pubs")), "year": int(m.group("year")),
                "status": "published"}
    m = TITLE_PUB_COMMA.match(body)
    if m and publishers(m.group("pubs")):
        year = m.group("year")
        return {"title": m.group("title"), "publishers": publishers(m.group("pubs")),
                "year": int(year) if year else None, "status": "published" if year else "ongoing"}
    m = TITLE_CITE.match(body)
    if m and (pc := PUB_COLON.match(m.group("title"))) and publishers(pc.group("pubs")) \
            and len(pc.group("pubs").split()) <= 6:
        # 'Publisher: Title (under arbeid, sluttrapport 2025)': the parenthesis only says when
        ongoing = bool(ONGOING.search(m.group("inner")))
        return {"title": pc.group("title").rstrip("."), "publishers": publishers(pc.group("pubs")), "year": None,
                "status": "ongoing" if ongoing else None}
    if m:
        inner = m.group("inner").strip()
        ym = re.search(rf"(?:^|,\s*)({YEAR})$", inner)
        head = re.split(rf",?\s*(?:{YEAR}$|pågående|under arbeid|påbegynt|igangsatt\w*|ferdig\b)", inner,
                        flags=re.I)[0]
        pubs = publishers(head.strip(" ,")) if head.strip(" ,") else []
        ongoing = bool(ONGOING.search(inner))
        return {"title": m.group("title").rstrip("."), "publishers": pubs,
                "year": int(ym.group(1)) if ym and not ongoing else None,
                "status": "ongoing" if ongoing else "published"}
    m = PUB_COLON.match(body)
    if m and publishers(m.group("pubs")) and len(m.group("pubs").split()) <= 6:
        return {"title": m.group("title").rstrip("."), "publishers": publishers(m.group("pubs")), "year": None,
                "status": None}
    return None


# work in progress has no year yet: 'Følgeevaluering av X (Fjellstad Forskning)' under 'Pågående:'
PUB_ONLY = re.compile(r"^(?P<title>.+?)\s*\((?P<pubs>[A-ZÆØÅ][^()\d]{1,80})\)\.?$")
# ... or after the title's full stop: 'Likestillingsbarometeret 2024 – holdninger i befolkningen. NOVA'
PUB_AFTER = re.compile(r"^(?P<title>.+?)\.\s+(?P<pubs>[A-ZÆØÅ][^.()\d]{1,60}?)\.?$")


def _work_in_progress(body: str) -> dict[str, object] | None:
    m = PUB_ONLY.match(clean(body)) or PUB_AFTER.match(clean(body))
    if m is None or not publishers(m.group("pubs")):
        return None
    return {"title": m.group("title").rstrip("."), "publishers": publishers(m.group("pubs")), "year": None,
            "status": "ongoing"}


def _lines(original: str) -> list[tuple[str, int, int, int]]:
    out, pos = [], 0
    for raw in original.split("\n"):
        body = raw.rstrip()
        lead = len(body) - len(body.lstrip())
        out.append((body.strip(), pos + lead, pos + len(body), lead))
        pos += len(raw) + 1
    return out


def _items(lines: list[tuple[str, int, int, int]], i: int) -> list[tuple[str, int, int, bool]]:
    """Items of the list whose heading is line ``i``: (body, start, end, ongoing sub-list)."""
    out: list[tuple[str, int, int, bool]] = []
    ongoing = bool(ONGOING.search(lines[i][0]))
    current: list[tuple[str, int, int]] = []
    blank_run = intro = hang = 0
    plain = False
    # the indent the list's entries open at: that of its first line
    base = next((ind for t, _, _, ind in lines[i + 1: i + 4] if t), 0) if i + 1 < len(lines) else 0
    base = min(base, 4)

    def flush() -> None:
        if current:
            body = " ".join(t for t, _, _ in current)
            out.append((body, current[0][1], current[-1][2], ongoing))
            current.clear()

    for text, start, end, indented in lines[i + 1: i + 80]:
        if not text:
            blank_run += 1
            flush()
            if blank_run > 2 and out:
                break
            continue
        if CITE_HEADER.match(text):
            break  # a table torn into cells, its rows opening with a citation: read by report_cite_cells
        item = ITEM.match(text)
        opens = item is None and indented <= base + 1 and (ENTRY_START.match(text) or (plain and (
            (PUB_COLON.match(text) and parse_entry(text) is not None)
            or (ongoing and (_work_in_progress(text) or parse_entry(text)) is not None))))
        if opens:
            flush()  # entries without bullets, each opening at one indent, wrapped lines indented under it
            blank_run, hang, plain = 0, indented + 3, True
            current.append((text, start, end))
            continue
        if plain and current and blank_run == 0 and indented > base + 1:
            current.append((text, start, end))  # '   4. trinn. Resultater …' goes on the entry, whatever it opens
            continue
        if item:
            flush()
            blank_run = 0
            current.append((item.group("body"), start + text.index(item.group("body")), end))
            hang = indented + text.index(item.group("body"))
            continue
        theme = bool(THEME.match(text)) and len(text.split()) <= 5 and text[:1].isupper()
        # a wrapped item goes on flush left or under the item's text (a hanging indent of a bullet's width)
        if current and blank_run == 0 and indented <= max(4, hang) and len(text) < 90 \
                and (not theme or text.endswith(")")):
            current.append((text, start, end))
            continue
        flush()
        if (THEME.match(text) and len(text.split()) <= 6) or LIST_HEADING.match(text):
            ongoing = bool(ONGOING.search(text)) or (ongoing and not out)
            blank_run = 0
            continue
        if not out and intro < 8:
            intro += 1
            continue  # the paragraph that introduces the list
        break
    flush()
    return out


def _themed(lines: list[tuple[str, int, int, int]], i: int, end: int) -> bool:
    """Whether theme lines stand between the list's items (after its first item, up to offset ``end``)."""
    body = [t for t, start, _, _ in lines[i + 1:] if start < end]
    first = next((k for k, t in enumerate(body) if ITEM.match(t)), len(body))
    return any(THEME.match(t) and len(t.split()) <= 6 and not ITEM.match(t) and not t.endswith(".")
               for t in body[first:])


def _passage_at(passages: list[Passage], start: int) -> Passage | None:
    return next((p for p in passages if p.start <= start < p.end), None)


def _seed_list(p: Passage) -> bool:
    """A list the knowledge-base rule of :mod:`kg.mentions.knowledge` reads already."""
    return knowledge_list(p)


def report_list_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Reports and evaluations of every report list, with publisher, year, status, goal and what they evaluate."""
    out = Extraction()
    lines = _lines(original)
    done: set[int] = set()
    for i, (text, _, _, _) in enumerate(lines):
        if not (LIST_HEADING.match(text) or LIST_TOPIC.match(text)) or len(text.split()) > 12:
            continue
        items = _items(lines, i)
        doc = next((p.doc for p in passages), "")
        groups = goal_groups(ctx, doc, original, lines[i][1], items[-1][2]) if items else []
        # a list grouped under themes that name no goal ('Havbruk og miljø') spans the goals: no item takes the goal
        # whose stated scope the list stands in
        themed = not groups and items and _themed(lines, i, items[-1][2])
        for body, start, end, ongoing in items:
            p = _passage_at(passages, start)
            if p is None or start in done or _seed_list(p):
                continue
            done.add(start)
            tag = GOAL_TAG.search(body)
            body = body[: tag.start()] if tag else body
            info = parse_entry(body) or (_work_in_progress(body) if ongoing else None)
            if info is None or len(str(info["title"])) < 8:
                continue
            # a list grouped under goal titles ('Effektmål 1' / items) places each item under its group's goal
            # (within a goal's numbered section, the section's goal holds)
            heading = ctx.goal_of(p)
            spans_goals = themed and not (heading is not None and heading.section)
            group = next((keys for at, keys in reversed(groups) if at < start), [] if spans_goals else None)
            if tag:
                word = tag.group("word").lower() if tag.group("word").endswith("mål") else "mål"
                group = named_goal_keys(ctx, doc, f"{word} {tag.group('num')}") or group  # '[effektmål 2]' too
            emit_report(out, p, ctx, info, start, end, ongoing, original, group)
    return out


def _span(p: Passage, start: int, end: int, original: str) -> Span:
    return Span(p.id, p.doc, p.doc_name, start, end, p.page, p.section, original[start:end])


def emit_report(out: Extraction, p: Passage, ctx: GoalContext, info: dict[str, object], start: int, end: int,
                ongoing: bool, original: str, group: list[Key] | None = None) -> None:
    """A Report (or Evaluation) mention of a list item or table row with its publishers, goals and what it
    evaluates: ``info`` holds its title, publishers, year and status; ``group`` the goals it is listed under
    (else the goal of its section)."""
    title = str(info["title"])
    status = "ongoing" if ongoing and info["status"] != "published" or info["status"] == "ongoing" else \
        info["status"] or "published"
    item = _span(p, start, end, original)
    kind = "Evaluation" if EVALUATION_WORD.search(title) else "Report"
    key: Key = report_key(title)
    names: list[str] = list(info["publishers"])  # type: ignore[call-overload]
    attrs = (("status", status), ("year", None if status == "ongoing" else info["year"]), ("publisher", tuple(names)))
    out.mentions.append(Mention(kind, key, title, item, "report.list-item", 0.9, attrs))
    goal = ctx.goal_near(p, start)  # a list after a goal's scope has ended is no part of it
    if group is not None:
        out.links.extend(Link(key, "aboutGoal", g, item, "report.listed-under-goal", 0.85) for g in group)
    elif goal:
        out.links.append(Link(key, "aboutGoal", goal_key(p.doc, goal.number, goal.part), item,
                              "report.listed-in-goal-section", 0.85))
    raw = original[start:end]
    for name in names:
        i = raw.find(name)
        pub = _span(p, start + i, start + i + len(name), original) if i >= 0 else item
        out.mentions.append(Mention("Organisation", org_key(name), org_name(name), pub, "org.citation", 0.9))
        out.links.append(Link(key, "publisher", org_key(name), item, "report.citation-publisher", 0.9))
    if kind == "Evaluation":
        add_evaluated(out, key, title, item, lambda part: _span(p, start + i, start + i + len(part), original)
                      if (i := raw.find(part)) >= 0 else None)
