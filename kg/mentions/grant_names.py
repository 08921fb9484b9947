"""Grant schemes named in running text: a capitalised *Tilskudd til …* (or *Driftstilskudd til …*) inside a
sentence is a scheme's name; at a sentence's start, where what follows says it is a scheme: its goal or post in
brackets (*Tilskot til X (resultatmål 2.1) hadde …*), its applications (*… hadde 103 søknader*), its call
(*… vart lyst ut*), what it went to (*… gjekk i 2023 til 41 prosjekt*) or the goal it serves (*… skal bidra til
brukarmål B2*). A compound on *-ordningen* opening a sentence so followed is a scheme too (*Bolystordningen
mottok 1 140 søknader*), unless it is a short name of a scheme the document names in full.

Steering documents write a scheme's name with a capital T wherever it stands (*Kap. 846 post 61 skal brukes
til Tilskudd til fritidsaktiviteter for barn …*, *en evaluering av Tilskudd til lokale …*), while the generic
word is lower case (*tilskudd til kommunene*). The name runs from *Tilskudd* to the end of the noun phrase:
a punctuation mark, a parenthesis, or the first finite verb or clause word after it (*skal*, *dekkes*, *ble*,
*som*, …). Only a name inside a sentence counts: at a sentence's start the capital says nothing. Each name in
a goal's scope supports that goal.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.mentions.base import Extraction, Key, Link, Mention, Span, span_of
from kg.mentions.goal_codes import TABLE_GAP
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.measure_words import LINKING
from kg.mentions.text import clean, grant_inflection, grant_key
from kg.passages.base import Passage

# the rest is looked ahead at, so that a name a line further on is not swallowed by the one before it
NAME = re.compile(r"(?<![.!?:]\s)(?<!^)(?<=\s)(?P<head>Tilsk(?:udd|ot)|[A-ZÆØÅ][a-zæøå]{3,}tilsk(?:udd|ot)) til\s+"
                  r"(?=(?P<rest>[^.,;:()\n«»\"]+(?:\n[^.,;:()\n«»\"]+)?))")
# Words that end the noun phrase of a name: finite verbs, modal verbs and clause words.
STOP = re.compile(
    r"\s(?:skal|skulle|kan|vil|må|bør|er|var|vart|ble|blei|blir|har|hadde|dekkes|dekker|gis|gir|ga|gikk|gjekk|går|fikk|fekk|får|"
    r"forvaltes|forvalter|finansierer|finansieres|finansierte|kom|mottok|støttet|utgjorde|nådde|bidro|støtter|støttes|støttar|bidreg|medverkar|omfatter|omfattes|retter|rettes|lyses|lyst|utlyses|utlyst|økte|økes|som|der|hvor|fordi|men|samt|gjennom|"
    r"innenfor|etter|fra\s+\d+|i\s+\d{4}|og\s+(?:post|kap(?:ittel|\.)?)\s*\d+|med\s+\d+|på\s+\d+|til\s+\d+|hvorav|bidra|bidrar|evalueres|videreføres|"
    r"overføres|tildeles|tildelt|gjennomføres|gjennomført|avvikles|avviklet|fordeles|fordelt|fordelte|fordelde|innvilges|innvilget|bevilges|bevilget|over\s+kap|til\s+å|på\s+oppdrag|"
    r"(?:til|under)\s+(?:[a-zæøå]+\s+)?[a-zæøå]*mål(?:et|ene)?\s+\d|under\s+[A-ZÆØÅ]{1,3}\d|slik\s+at|når|på\s+(?:en|et)|i\s+lys\s+av|i\s+tråd\s+med|"
    r"i\s+samsvar\s+med|og\s+[a-zæøå]+ing(?:a|en|ene)\s+(?:av|om)|og\s+(?:sørge|sikre|påse|vurdere|følge|gi|legge|rapportere|foreslå|utvikle|styrke|oversende|sende|levere|"
    r"utarbeide|gjennomføre|lage|etablere|presentere|beskrive|informere))\b"
)
# at a sentence's start, the name must be followed by what only a scheme has
START_NAME = re.compile(r"(?:(?<=[.!?:]\s)|^)(?P<head>Tilsk(?:udd|ot))\s+til\s+(?=(?P<rest>[^.,;:()\n«»\"]+"
                        r"(?:\n[^.,;:()\n«»\"]+)?))")
SCHEME_CONTEXT = re.compile(r"\s*\((?:[a-zæøå]*mål\s+\d|post\s+\d{2}|kap\.)[^)]*\)"
                            r"|\s+(?:hadde|fikk|fekk|mottok|tok\s+imot)\s+(?:inn\s+)?\d[\d  ]*\s+søknad"
                            r"|\s+(?:ble|vart|blei)\s+(?:lyst|utlyst)\s+ut\b"
                            r"|\s+(?:gikk|gjekk)\s+(?:i\s+(?:19|20)\d\d\s+)?til\s+\d[\d  ]*\s+[a-zæøå]+"
                            r"|\s+skal\s+bidra\s+til\s+[a-zæøå]*mål\s+(?:[A-ZÆØÅ]{1,2})?\d")
# a scheme named by one compound on '-ordningen' at a sentence's start, where what follows says it is a scheme
# ('Bolystordningen mottok 1 140 søknader')
START_COMPOUND = re.compile(r"(?:(?<=[.!?:]\s)|^)(?P<name>[A-ZÆØÅ][a-zæøå]{3,}(?:-\n[a-zæøå]+)?ordning(?:en|a)?)"
                            r"(?![\wæøå-])")
# a scheme's name in quotes, anywhere ('«Tilskot til villreinformidling» fekk 19 søknader'); never a title with a dash
QUOTED_NAME = re.compile(r"«(?P<name>Tilsk(?:udd|ot)\s+til\s+[^«»–\-:.]{3,100})»")
# a paragraph opened by a scheme's name and a colon, its figures told after it
LEAD_NAME = re.compile(r"(?:^|(?<=\n))(?P<name>"
                       r"(?!(?:Styringsparamet|Resultat|Mål\b|Status|Frist|Oppdrag|Tabell|Kilde|Merknad))"
                       r"[A-ZÆØÅ][a-zæøå]+(?:[ \t\n]+[a-zæøå][\wæøå-]*){1,9}):[ \t\n]+(?=\S)")
FUNDS_HEAD = re.compile(r"^[A-ZÆØÅa-zæøå]*(?:tilsk(?:udd|ot)|midl(?:er|ar)|ordning|stipend)[a-zæøå]*\b",
                        re.IGNORECASE)
APPLICATIONS = re.compile(r"\bsøknad(?:er|ar|ene|ane)?\b", re.IGNORECASE)
FIGURES_TOLD = re.compile(r"\b(?:innvilg\w*|tildelt|tilsagn\w*)\b", re.IGNORECASE)
# a scheme that pays out money, named in lower case as what the agency runs ('skal forvalte medfinansieringsordninga
# for digitaliseringsprosjekt i kommunesektoren slik at …')
MANAGED = re.compile(r"\bforvalt(?:e|er|ar|a|et|ast|es)\s+(?P<head>[a-zæøå]*(?:finansierings|støtte|stipend)ordning"
                     r"(?:a|en))\s+(?P<prep>for|til)\s+(?=(?P<rest>[^.,;:()\n«»\"]+))")
GOAL_TAG = re.compile(r"\s*\((?P<goal>[a-zæøå]*mål\s+\d{1,2}(?:\.\d{1,2})?)\)")
MAX_WORDS = 12
DANGLING = ("og", "eller", "i", "for", "til", "av", "mot", "med")  # a name cut off before its end
# A compound on '-tilskudd' named as one scheme: in the definite form with a capital ('Integreringstilskuddet',
# 'Kompetansetilskuddet til kommunene'), or after a capitalised word inside a sentence ('Regionale miljøtilskudd').
COMPOUND = re.compile(r"(?<![\wæøå])(?:[A-ZÆØÅ][a-zæøå]{3,}tilsk(?:udd|ot)et"
                      r"|(?<=[a-zæøå,] )[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]{3,}"
                      r"tilsk(?:udd|ot)(?:et)?)(?![\wæøå])(?:\s+til\s+(?!å\b)[a-zæøå]{3,}(?=[\s.,;:)]))?")


def _name(rest: str, head: str = "Tilskudd", prep: str = "til") -> str | None:
    rest = re.split(r"(?<![-\s])[ \t]{3,}(?=\S)", rest)[0]  # a wide gap ends a table's cell
    stop = STOP.search(" " + rest)
    words = []
    for i, w in enumerate(clean(rest[: stop.start() - 1] if stop else rest).split()):
        # a number, a dash or a new capitalised word (a title page's next line, a publisher) ends the name;
        # only the word right after 'til' may be capitalised ('Tilskudd til Kvinner i arbeid')
        if any(c.isdigit() for c in w) or w in ("-", "–") or (i and w[:1].isupper()):
            break
        words.append(w)
    if words[-3:] == ["i", "regi", "av"]:  # 'i regi av' a named organisation: the organisation is no part of it
        words = words[:-3]
    if words[-2:] == ["i", "regi"]:  # 'i regi' cut off before 'av' (never 'i frivillig regi')
        return None
    if not words or len(words) > MAX_WORDS or words[-1] in DANGLING:
        return None
    return f"{head} {prep} " + " ".join(words)


# '… (kap. 862 post 70) blir forvalta av Senter for …': the sentence names who runs the scheme
RUN_BY = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:som\s+)?(?:blir|vert|er|blei|ble)?\s*forvalt(?:es|ast|a|et)\s+"
                    r"av\s+(?P<org>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,2})")


def run_by_other(org: str, own: tuple[str, ...]) -> bool:
    """Whether the organisation named ``org`` (its first words as printed) is none of the document's ``own``
    (publisher, addressee, commissioner): not their first words, nor their initials ('DOF' for 'Direktoratet for
    oppvekst og fritid')."""
    words = org.lower().split()
    for name in own:
        parts = name.lower().split()
        initials = "".join(w[0] for w in parts if w not in LINKING)
        if words[: min(3, len(parts))] == parts[:3] or words[0] == initials:
            return False
    return bool(own)


def grant_name_mentions(passages: list[Passage], ctx: GoalContext, original: str,
                        own: tuple[str, ...] = ()) -> Extraction:
    """A GrantScheme mention for each capitalised 'Tilskudd til …' inside a sentence of a paragraph, or at its
    start where what follows names the scheme's goal, post, applications or call; none where the sentence says
    an organisation other than the document's ``own`` runs it."""
    out = Extraction()
    for p in passages:
        if p.kind not in ("paragraph", "list"):
            continue
        for m in [*NAME.finditer(p.text), *START_NAME.finditer(p.text)]:
            name = _name(m.group("rest"), m.group("head"))
            if name is None:
                continue
            start = m.start()
            end = start + _extent(p.text, start, name)
            if m.re is START_NAME and not SCHEME_CONTEXT.match(p.text, end):
                continue
            if (run := RUN_BY.match(p.text, end)) and run_by_other(run.group("org"), own):
                continue  # another agency's scheme ('… blir forvalta av Senter for …')
            tagged = GOAL_TAG.match(p.text, end)
            if name.endswith("-"):
                continue  # a name cut where a table's cell wraps a word at its hyphen
            span = span_of(p, start, end, original)
            if WRAPPED_CELL.match(original, span.end):
                continue  # a table's cell whose name runs on on the next line
            _mention(out, p, ctx, name, span, goals=named_goal_keys(ctx, p.doc, tagged.group("goal")) if tagged else [])
        for m in QUOTED_NAME.finditer(p.text):  # '… søknader om «Tilskot til tiltak i villreinområda»'
            name = clean(m.group("name"))
            if len(name.split()) <= MAX_WORDS and not any(c.isdigit() for c in name):
                _mention(out, p, ctx, name, span_of(p, m.start("name"), m.end("name"), original))
        for m in START_COMPOUND.finditer(p.text):
            stem = re.sub(r"(?<=\w{4})s$", "", clean(m.group("name")).lower().split("ordning")[0])  # linking -s
            if SCHEME_CONTEXT.match(p.text, m.end()) and not re.search(
                    rf"\bTilsk(?:udd|ot)\s+til\s+[^.]{{0,60}}\b{re.escape(stem)}", original, re.IGNORECASE):
                # (not a short name of a scheme the document names in full: 'Landstraumordninga' for 'Tilskot til
                # landstraumanlegg i hamner')
                _mention(out, p, ctx, clean(m.group("name")), span_of(p, m.start(), m.end(), original))
        for lead in LEAD_NAME.finditer(p.text):
            # 'Inkluderingsmidler for frivilligheten: I 2024 mottok DLU 1 140 søknader. 412 ble innvilget …', on a
            # line of its own after a sentence's end
            before = p.text[: lead.start()].rstrip()
            name = lead.group("name")
            if not FUNDS_HEAD.match(name) or STOP.search(" " + name):
                continue  # a name whose first word says it gives money ('Inkluderingsmidler', 'Tilskudd'), no verb
            if (not before or before.endswith((".", "!", "?"))) and FIGURES_TOLD.search(
                    p.text, lead.end(), lead.end() + 300) and APPLICATIONS.search(p.text, lead.end(), lead.end() + 300):
                _mention(out, p, ctx, clean(name), span_of(p, lead.start(), lead.end("name"), original))
        for m in MANAGED.finditer(p.text):
            name = _name(m.group("rest"), m.group("head"), m.group("prep"))
            if name is not None:
                start = m.start("head")
                _mention(out, p, ctx, name, span_of(p, start, start + _extent(p.text, start, name), original))
        for m in COMPOUND.finditer(p.text):
            name = clean(m.group(0))
            bare = re.sub(r"tilskuddet\b", "tilskudd", name)  # the scheme's name without the definite ending
            _mention(out, p, ctx, name, span_of(p, m.start(), m.end(), original), bare if bare != name else None)
    return out


def _mention(out: Extraction, p: Passage, ctx: GoalContext, name: str, span: Span, alias: str | None = None,
             goals: list[Key] | None = None) -> None:
    if TABLE_GAP.search(span.text):
        return  # words of two table columns read as one name ('… av Tilskudd' / 'lærebedriftstilskuddet     til …')
    key: Key = ("GrantScheme", grant_key(name))
    attrs = (("alias", alias),) if alias else ()
    out.mentions.append(Mention("GrantScheme", key, name, span, "grant.named-in-prose", 0.8, attrs))
    if goals:  # 'Tilskot til X (resultatmål 2.1)': the goal the bracket names
        out.links += [Link(key, "supportsGoal", g, span, "grant.goal-in-brackets", 0.8) for g in goals]
        return
    goal = ctx.goal_near(p, span.start)
    if goal is not None:
        out.links.append(Link(key, "supportsGoal", goal_key(p.doc, goal.number, goal.part), span,
                              "grant.named-in-goal-section", 0.75))


# after a name: a wide gap to the row's other cells, and the name's next words in lower case on the line below
WRAPPED_CELL = re.compile(r"[ \t]{2,}\S[^\n]*\n[ \t]*[a-zæøå]")


def _extent(text: str, start: int, name: str) -> int:
    """Length in ``text`` from ``start`` that spells ``name`` (its words may be wrapped over lines)."""
    pos, i = start, 0
    words = name.split()
    for w in words:
        j = text.find(w, pos)
        if j < 0:
            break
        pos, i = j + len(w), i + 1
    return pos - start


def inflection(key: Key) -> tuple[frozenset[str], int]:
    """A grant scheme mention's key as :func:`kg.mentions.text.grant_inflection` reads it."""
    return grant_inflection(str(key[1]))


def known_grant_goals(found: Extraction, passages: list[Passage], ctx: GoalContext, original: str) -> list[Link]:
    """A scheme the document names (in a table, a heading, a sentence) and that no rule has placed under a goal
    supports the goal of the first goal section whose text names it, at a sentence's start too."""
    placed = {link.subject for link in found.links if link.predicate == "supportsGoal"
              and link.rule != "grant.overview-table-in-goal-section"}
    names: dict[Key, str] = {}
    out: list[Link] = []
    ordered = sorted((p for p in passages if p.kind in ("paragraph", "list", "table")), key=lambda x: x.start)
    # (a scheme placed in another inflection of its name is placed: 'i beiteområde' / 'i beiteområdet')
    placed_as = {inflection(k) for k in placed}
    for m in found.mentions:
        if m.type != "GrantScheme" or m.key in placed or not m.label[:1].isupper() or inflection(m.key) in placed_as:
            continue
        if len(m.label.split()) >= 3:
            names.setdefault(m.key, m.label)
        elif m.rule == "grant.named-in-prose" and m.key not in names:
            # a short name ('ordningen «Lokallagsstøtte»') is too common a word to look for elsewhere: the goal
            # section where the sentence that calls it a scheme stands
            p = next((q for q in ordered if q.start <= m.span.start < q.end), None)
            goal = ctx.goal_near(p, m.span.start) if p is not None and ctx.goal_of(p) else None
            if goal is not None:
                out.append(Link(m.key, "supportsGoal", goal_key(m.span.doc, goal.number, goal.part), m.span,
                                "grant.named-in-goal-section", 0.7))
                placed.add(m.key)
    for key, name in names.items():
        spelt = re.compile(r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\wæøå])")
        for p in ordered:
            hit = spelt.search(p.text) if ctx.goal_of(p) else None
            span = span_of(p, hit.start(), hit.end(), original) if hit else None
            goal = ctx.goal_near(p, span.start) if span else None
            if goal is not None and span is not None:
                out.append(Link(key, "supportsGoal", goal_key(p.doc, goal.number, goal.part), span,
                                "grant.named-in-goal-section", 0.7))
                break
    return out


# a scheme named by its one compound of 'ordning' or 'tilskudd' ('Medfinansieringsordningen skal bidra til …',
# 'Driftstilskuddet rapporteres under …')
COMPOUND_NAME = re.compile(r"^(?P<stem>[A-ZÆØÅ][a-zæøå]{3,}(?:ordning|tilskudd|tilskot))(?:en|a|et)$")


def short_scheme_names(found: Extraction) -> Extraction:
    """A scheme named by the one compound of *ordning* or *tilskudd* that opens the full name of one other scheme of
    the document (*Medfinansieringsordningen* for *Medfinansieringsordningen for digitaliseringsprosjekter i
    kommunesektoren*, *Driftstilskuddet* for *Driftstilskudd til frivillige organisasjoner*) is that scheme: its
    mentions and links take the full name's key, where no other scheme's name opens so. So does a name read in prose
    that stops short of a scheme named at the same place (*Tilskot til sjøhus* in a table's row *Tilskot til sjøhus,
    naust og hamneanlegg*)."""
    schemes = [m for m in found.mentions if m.type == "GrantScheme"]
    full: dict[Key, Key] = {}
    for m in schemes:
        same_place = {s.key for s in schemes if m.rule == "grant.named-in-prose" and s.span.doc == m.span.doc
                      and s.span.start == m.span.start and len(s.label) > len(m.label) and s.label.startswith(m.label)}
        if len(same_place) == 1:
            full[m.key] = next(iter(same_place))
        cm = COMPOUND_NAME.match(m.label.strip())
        if cm is None:
            continue
        opens = re.compile(re.escape(cm.group("stem")) + r"(?:en|a|et)?\s", re.IGNORECASE)
        longer = {s.key for s in schemes if s.span.doc == m.span.doc and opens.match(s.label)}
        if len(longer) == 1:
            full[m.key] = next(iter(longer))
    if not full:
        return found
    return Extraction([replace(m, key=full[m.key]) if m.type == "GrantScheme" and m.key in full else m
                       for m in found.mentions],
                      [replace(link, subject=full.get(link.subject, link.subject), object=full.get(link.object,
                                                                                                   link.object))
                       for link in found.links])
