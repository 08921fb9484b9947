"""Reports and evaluations from report lists under any heading that introduces them.

A line of its own ('Kunnskapsgrunnlag', 'Evalueringer og FoU', 'Utvalgte rapporter og evalueringer',
'Igangsatte evalueringer (ferdigstilles i 2023):', …) opens a list; its items are bullet or dash lines,
wrapped items go on flush left, and short theme lines between items group them. An item is read in any of
the genre's citation styles (:mod:`kg.mentions.report_entries`). Work in progress — '(pågående)', '(under
arbeid)', or a sub-list headed 'Pågående'/'Igangsatte …' — has the status ongoing. A theme line may close with
the goal its items serve ('Friluftsliv for alle (mål 1)').
"""

from __future__ import annotations

import re
from collections import Counter

from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goal_codes import key_number
from kg.mentions.goal_names import DASH_TAG, goal_groups, named_goal_keys, tag_goal_keys, theme_groups
from kg.mentions.goal_statements import PAGE_FOOT
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.knowledge import (
    EVALUATION_WORD,
    add_evaluated,
    knowledge_list,
    org_key,
    org_name,
    report_key,
)
from kg.mentions.report_entries import CITE_HEADER, ENTRY_START, ONGOING, PUB_COLON, parse_entry, work_in_progress
from kg.passages.base import Passage

LIST_HEADING = re.compile(
    r"^(?:(?:\d+|[IVX]{1,4})(?:\.\d+)*\s+)?(?:kunnskapsgrunnlag(?:et)?(?:\s+og\s+(?:evaluering(?:er|ar)|forskning|fou))?|"
    r"publikasjoner(?:\s+og\s+kunnskapsgrunnlag(?:et)?)?|"
    r"(?:utvalgte\s+|utvalde\s+|sentrale\s+|nye\s+)?(?:rapport(?:er|ar)|evaluering(?:er|ar)|"
    r"utredninger|utgreiingar|fou)(?:\s+og\s+(?:fou|evaluering(?:er|ar)|forskning|utredninger|utgreiingar|"
    r"rapport(?:er|ar)))*|forskning\s+og\s+evaluering\w*|"
    r"(?:pågående|igangsatte|påbegynte)\s+(?:evalueringer|utredninger|prosjekter|arbeid|fou)\b.*|pågående|pågåande)"
    r"\s*:?$", re.I)
# a heading that names the list's contents in its own words ('3.7 Det vi har lært – rapporter og evalueringer i 2023')
# ... or that introduces it with a colon ('Vi har også bygget på tidligere studier, særlig:')
LIST_TOPIC = re.compile(r"^(?:(?:\d+|[IVX]{1,4})(?:\.\d+)*\.?\s+)?[^.:]{0,60}\b(?:rapporter|rapportar|evalueringer|"
                        r"evalueringar|utredninger|utgreiingar|kunnskapsgrunnlag(?:et)?|fou|publikasjoner|studier|studiar)\b"
                        r"[^.:]{0,40}:?$|^(?:(?:\d+|[IVX]{1,4})(?:\.\d+)*\.?\s+)?Kunnskap(?:en)?\s+(?:vi|som)\s[^.:]{0,60}$",
                        re.I)  # ('Kunnskap vi har bestilt, brukt og venter på')
# the goal an item is tagged with at its end: '[SM 1]', '(mål 2)', '[HM 3]'
GOAL_TAG = re.compile(r"\s*[\[(](?:(?P<word>[A-ZÆØÅ]{0,2}M|[A-ZÆØÅa-zæøå]*mål)\s*"
                      r"(?P<num>(?:\d{1,2}|[A-ZÆØÅ])(?:\.\d{1,2})?)|(?P<code>[A-ZÆØÅ]M-[A-ZÆØÅ]))[\])]\.?$")
# ... or right after the title, before the publisher: 'Title (delmål 1.2). Publisher (2024).'
MID_TAG = re.compile(GOAL_TAG.pattern.replace(r"[\])]\.?$", r"[\])](?=\.\s)"))
# ... or told in the item's last sentence: '… (2024). Evalueringa syner at ordninga har bidrege til delmål A2.'
TOLD_GOAL = re.compile(r"\.\s+[A-ZÆØÅ][^.]*?\b(?P<goal>[a-zæøå]*mål\s+(?:(?-i:[A-ZÆØÅ])\d{0,2}|\d{1,2}(?:\.\d{1,2})?))"
                       r"\b[^.]*\.?$", re.IGNORECASE)
STATUS_FIRST = re.compile(r"^(?:Pågående|Pågåande|Under arbeid|Igangsatt)\s*:\s+(?P<rest>[A-ZÆØÅ].{8,})$")
# a goal stated on a line of its own: its level and number before a colon
GOAL_LINE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå]+\s+)?[A-ZÆØÅa-zæøå]*mål\s+[A-ZÆØÅ]{0,2}\d{1,2}(?:\.\d{1,2})?\s*:\s*"
                       r"[A-ZÆØÅ]")  # (its title after the colon: 'Hovudmål 1:' alone heads a group of the list)
ITEM = re.compile(r"^(?:[•▪●◦■\-–]|\d+\.)\s+(?P<body>\S.*)$")
ORDERED_BY_GOAL = re.compile(r"\b(?:ordnet|ordna|sortert|gruppert)\s+etter\s+(?:hvilket\s+|kva\s+)?[a-zæøå]*mål",
                             re.IGNORECASE)
THEME = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ ,\-–/]{1,60}(?P<tag>\s*\([a-zæøå]*(?:mål|område)\s+\d{1,2}(?:\.\d{1,2})?\))?"
                   r":?$")

def _lines(original: str) -> list[tuple[str, int, int, int]]:
    out, pos = [], 0
    for raw in original.split("\n"):
        body = raw.rstrip()
        lead = len(body) - len(body.lstrip())
        out.append((body.strip(), pos + lead, pos + len(body), lead))
        pos += len(raw) + 1
    return out


def _furniture(lines: list[tuple[str, int, int, int]]) -> set[int]:
    """Offsets of a page's foot ('… Side 8 av 11') and the running head after it: the lines a page break puts
    inside a list."""
    counts = Counter(t for t, _, _, _ in lines if t)
    out: set[int] = set()
    for k, (text, start, _, _) in enumerate(lines):
        if text and PAGE_FOOT.match(text) and not ITEM.match(text):
            out.add(start)
            head = next((ln for ln in lines[k + 1: k + 3] if ln[0]), None)
            if head is not None and counts[head[0]] >= 3 and not ITEM.match(head[0]):
                out.add(head[1])
    return out


def _items(lines: list[tuple[str, int, int, int]], i: int,
           furniture: frozenset[int] = frozenset()) -> list[tuple[str, int, int, bool]]:
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

    for k, (text, start, end, indented) in enumerate(lines[i + 1: i + 80], start=i + 1):
        if start in furniture:
            continue  # the list goes on over a page break
        if not text:
            blank_run += 1
            flush()
            if blank_run > 2 and out:
                break
            continue
        if CITE_HEADER.match(text):
            break  # a table torn into cells, its rows opening with a citation: read by report_cite_cells
        if GOAL_LINE.match(text):
            break  # the next goal's statement after a page break ('Strategisk mål 2: …'): no publisher and title
        if (pm := STATUS_FIRST.match(text)) is not None:
            # 'Pågående: Senter for …: Effektevaluering av …': the sub-list's status before its one entry
            flush()
            ongoing, plain, blank_run, hang = True, True, 0, indented + 3
            current.append((pm.group("rest"), start + pm.start("rest"), end))
            continue
        item = ITEM.match(text)
        if plain and current and blank_run == 0 and text[:1].islower() and not current[-1][0].endswith((".", ")")):
            current.append((text, start, end))  # the entry's title goes on in lower case ('for ungdom (…)')
            continue
        opens = item is None and indented <= base + 1 and (ENTRY_START.match(text) or (plain and (
            (PUB_COLON.match(text) and parse_entry(text) is not None)
            or (ongoing and (work_in_progress(text) or parse_entry(text)) is not None))) or _cited_ahead(lines, k))
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
        # a theme stands flush with the items; a capitalised word hanging under an item's text goes on the item
        theme = bool(THEME.match(text)) and len(text.split()) <= 5 and text[:1].isupper() and not (
            current and hang and indented >= hang - 1 and indented > base)
        # a wrapped item goes on flush left or under the item's text (a hanging indent of a bullet's width)
        if current and blank_run == 0 and indented <= max(4, hang) and len(text) < 90 \
                and (not theme or (text.endswith(")") and not THEME.match(text).group("tag"))):  # type: ignore[union-attr]
            current.append((text, start, end))
            if plain and CITATION_CLOSE.search(" ".join(t for t, _, _ in current)):
                flush()  # 'Title. Publisher (2024).': the entry ends with its citation, the next opens flush left
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


# a line that closes an entry with its citation's year or status in brackets ('… kultur (2024).'), or with the year
# after the publisher ('… Nordvest' / 'Analyse, 2021.')
CITATION_CLOSE = re.compile(r"\((?:[^()]*(?:(?:19|20)\d\d|under arbeid|pågå\w+)[^()]*)\)\.?$|,\s*(?:19|20)\d\d\.$",
                            re.I)


def _cited_ahead(lines: list[tuple[str, int, int, int]], k: int) -> bool:
    """Whether line ``k`` opens an entry without a bullet whose citation closes it within three lines ('Title.
    Publisher' / '(2024).'), the entry a citation that parses."""
    first = lines[k][0]
    if not first[:1].isupper() or ITEM.match(first) or LIST_HEADING.match(first) or (
            THEME.match(first) and len(first.split()) <= 6):
        return False  # a bullet's item, or a heading or theme over the items
    body: list[str] = []
    for n, (text, _, _, _) in enumerate(lines[k: k + 3]):
        if not text or n and ITEM.match(text):
            return False
        body.append(text)
        if CITATION_CLOSE.search(" ".join(body)):
            return parse_entry(" ".join(body)) is not None
    return False


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
    furniture = frozenset(_furniture(lines))
    done: set[int] = set()
    for i, (text, _, _, _) in enumerate(lines):
        if not (LIST_HEADING.match(text) or LIST_TOPIC.match(text)) or len(text.split()) > 12:
            continue
        items = _items(lines, i, furniture)
        doc = next((p.doc for p in passages), "")
        groups = goal_groups(ctx, doc, original, lines[i][1], items[-1][2]) if items else []
        # a list said to be ordered by goal under themes that each speak of one goal ('De er ordnet etter målet de gir
        # kunnskap til.' / 'Deltakelse' / items) groups its items by goal
        if not groups and items and ORDERED_BY_GOAL.search(original[lines[i][1]: items[0][1]]):
            groups = theme_groups(ctx, doc, original, lines[i][1], items[-1][2])
        # a list grouped under themes that name no goal ('Havbruk og miljø') spans the goals: no item takes the goal
        # whose stated scope the list stands in
        themed = not groups and items and _themed(lines, i, items[-1][2])
        for body, start, end, ongoing in items:
            p = _passage_at(passages, start)
            if p is None or start in done or _seed_list(p):
                continue
            done.add(start)
            tag = GOAL_TAG.search(body) or MID_TAG.search(body) or DASH_TAG.search(body)
            body = body[: tag.start()] + body[tag.end():] if tag else body
            info = parse_entry(body) or (work_in_progress(body) if ongoing else None)
            if info is None or len(str(info["title"])) < 8:
                continue
            # a list grouped under goal titles ('Effektmål 1' / items) places each item under its group's goal
            # (within a goal's numbered section, the section's goal holds)
            spans_goals = themed and not ((heading := ctx.goal_of(p)) is not None and heading.section)
            group = next((keys for at, keys in reversed(groups) if at < start), [] if spans_goals else None)
            if tag and tag.group("code"):  # '[VM-D]': the goal printed with that code
                number = key_number(tag.group("code"))
                group = ctx.keys_for(doc, number) if number in ctx.parts else group
            elif tag:
                group = tag_goal_keys(ctx, doc, tag) or group  # '[effektmål 2]' too
            elif told := TOLD_GOAL.search(body):
                group = named_goal_keys(ctx, doc, told.group("goal")) or group
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
