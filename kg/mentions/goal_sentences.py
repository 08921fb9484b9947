"""Goals stated inside a sentence of running text, in the ways Norwegian steering documents word them.

- 'Hovedmål 2 er at utsatte barn …' (the level and number open the sentence);
- 'Innsatsområdet skal bidra til effektmål 2, at befolkningen …', '… skal bidra til direktoratets virksomhetsmål
  1: Kommunene har …' (the goal in apposition to its name);
- 'Samfunnsmålet for etaten er uendret: Kysten er …', 'Direktoratets samfunnsoppdrag er at …' (the one goal of
  its level);
- '… skal bidra til at flere kommuner har …, som er virksomhetsmål 1 i tildelingsbrevet' (named after it);
- 'For område C er målet at det bygges … (virksomhetsmål 3).' (named in brackets at the sentence's end);
- 'Virksomhetsmål 4 – at beslutninger … bygger på kunnskap – følges opp …' (set off by dashes);
- 'Delmål 1.1 er at …, og delmål 1.2 er at …' (two in one sentence), '… arbeide for at … (delmål 2.1), og for at …
  (delmål 2.2)', 'Delmålene under hovedmål 3 er 3.1 …, og 3.2 …' (listed by number);
- 'Planen skal bidra til etatens samfunnsmål om at ingen skal …' (the one goal of its level);
- 'Hovedmålet for planen er at flere eldre deltar …' (a plan's one main goal);
- 'Effektmål for området: …', 'Effektmålet for resultatområdet er at …' (the one goal of its level in an area);
- 'følgende virksomhetsmål for DTK: 1) færre …, 2) domfelte …, og 3) kommunenes …' (numbered inside the sentence);
- 'Delmålet er at …', 'Det tredje delmålet er at …', '… medverke til delmålet om at …' (a section's one sub-goal);
- '3.1 Trygg og rask saksbehandling' / 'Mål: Søkere får …' (a section's one goal on the line under its heading).

A sentence that only points at a goal ('jf. hovedmål 1', 'under mål 4') states none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kg.mentions.text import breakable, clean

# A clause runs to its sentence's end; the point of an ordinal ('etter 4. trinn') does not end it,
CLAUSE_CHAR = r"(?:[^.!?]|(?<=\d)\.(?=\s+[a-zæøå])|(?<=\d)\.(?=\d))"  # nor does a number's point ('delmål 1.2')
CLAUSE_END = r"(?:(?<!\d)[.!?]|(?<=\d)[.!?](?!\s+[a-zæøå]))(?=\s|$)"
_NUMBER = r"(?P<num>[A-Z]?\d{1,2}(?:\.\d{1,2}){0,2})"
_STARTS = r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*"
_SENTENCE_STARTS = r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*"
_LEVELS = r"hovedmål|hovudmål|delmål|virksomhetsmål|mål|samfunnsmål|effektmål|bruk[ea]rmål"
_LOWER_LEVEL = r"(?P<word>" + _LEVELS + r")"
_UPPER_LEVEL = r"(?P<word>Hovedmål|Hovudmål|Delmål|Virksomhetsmål|Mål|Samfunnsmål|Effektmål|Bruk[ea]rmål)"
# what introduces a goal's wording as a clause: 'skal bidra til at', 'målet er at', 'målet om at'
_GOAL_CLAUSE = r"\b(?:(?:bidra|bidrar|bidro)[ \t]+til|målet(?:[ \t]+er)?|(?:målet|mål)[ \t]+om)\s+at\s+"

OPENING = re.compile(_STARTS + _UPPER_LEVEL + r"[ \t]+" + _NUMBER + r"\s+(?:er|skal være)\s+at\s+(?P<title>"
                     + CLAUSE_CHAR + r"{10,400}?)" + CLAUSE_END)
# the goal's owner may stand before it and a main goal be lettered ('bidra til Badetilsynets hovedmål B, at …'); the
# wording may follow a colon ('skal bidra til direktoratets virksomhetsmål 1: Kommunene har …')
# ('… hovedmål 1 for DUS: aktiv og bærekraftig bruk …', '… delmål 1.2, redusert tap av beitedyr …': the owner after
# the number, the wording after a colon in lower case or set off by a comma; never a question the sentence goes on to:
# '… bidrar til effektmål 2, om den når …')
# ('… bidra til direktoratets hovedmål 1 Flere barn …, og særlig til delmål 1.1 Barn …': the wording right after the
# number, a second goal joined by ', og særlig til'; '… virksomhetsmål 1 i DOFs tildelingsbrev: Flere …')
APPOSED = re.compile(r"\b(?:(?:bidra|bidrar|bidro)\s+til|(?<=,\s)og\s+(?:særlig|særleg|spesielt)\s+til)\s+"
                     r"(?:[A-ZÆØÅa-zæøå][\wæøå-]+s\s+)?" + _LOWER_LEVEL
                     + r"\s+(?:" + _NUMBER + r"|(?P<letter>[A-ZÆØÅ]))(?:\s+for\s+[A-ZÆØÅ][\wæøå-]*|\s+i\s+[A-ZÆØÅ]"
                     r"[\wæøå-]*\s+tildelingsbrev(?=:))?"
                     + r"(?P<sep>,\s+at\s+|:[ \t]+(?=[A-ZÆØÅ])|:\s+(?=[a-zæøå])|"
                     r"(?<=\d)[ \t]+(?=[A-ZÆØÅ][a-zæøå]+\s[a-zæøå])|"
                     r",\s+(?=[a-zæøå])(?!(?:og|men|som|samt|"
                     r"der|i|ved|gjennom|blant|med|eller|slik|fordi|mens|noe|dette|det|om|hvordan|hvor|hva|hvilke|"
                     r"når|korleis|kor|kva)\b))"
                     r"(?P<title>" + CLAUSE_CHAR + r"{10,400}?)" + CLAUSE_END)
NAMED_AFTER = re.compile(_GOAL_CLAUSE + r"(?P<title>[^.!?,;()]{10,300}?),\s+som\s+er\s+" + _LOWER_LEVEL + r"[ \t]+"
                         + _NUMBER + r"\b")
BRACKETED = re.compile(_GOAL_CLAUSE + r"(?P<title>[^.!?;()]{10,300}?)\s*\(" + _LOWER_LEVEL + r"[ \t]+" + _NUMBER
                       + r"\)\s*" + CLAUSE_END)
# 'Planen skal bidra til Badetilsynets samfunnsmål om at ingen skal …': the one goal of its level, worded after it
ABOUT = re.compile(r"\b(?:bidra|bidrar|bidro)[ \t]+til[ \t]+(?:[A-ZÆØÅ][\wæøå-]+s[ \t]+)?"
                   r"(?P<word>samfunnsmål|sektormål)(?:et)?\s+om\s+at\s+(?P<title>" + CLAUSE_CHAR + r"{10,300}?)"
                   + CLAUSE_END)
# '…, og delmål 1.2 er at kommunene …': a second goal stated in the same sentence
CHAINED = re.compile(r",\s+og\s+" + _LOWER_LEVEL + r"[ \t]+" + _NUMBER + r"\s+er\s+at\s+(?P<title>" + CLAUSE_CHAR
                     + r"{10,400}?)" + CLAUSE_END)
# 'arbeide for at flere unge etablerer seg som bønder (delmål 2.1), og for at …': named in brackets inside a sentence
FOR_THAT = re.compile(r"\b(?:for|om)\s+at\s+(?P<title>[^.!?;()]{10,300}?)\s*\(" + _LOWER_LEVEL + r"[ \t]+" + _NUMBER
                      + r"\)(?=\s*[,.;])")
# 'Delmålene under hovedmål 3 er 3.1 søknader … behandles raskt, og 3.2 flere tjenester er digitale.': listed by number
LISTED = re.compile(_STARTS + r"(?P<word>Delmålene|Delmåla)\s+(?:under|for|til)\s+[a-zæøå]*mål\s+\d{1,2}\s+er\s+"
                    r"(?P<items>\d{1,2}\.\d{1,2}\s" + CLAUSE_CHAR + r"{10,600}?)" + CLAUSE_END)
LISTED_ITEM = re.compile(r"(?:^|,\s+(?:og\s+)?|\s+og\s+)(?P<num>\d{1,2}\.\d{1,2})\s+(?P<title>.+?)"
                         r"(?=,\s+(?:og\s+)?\d{1,2}\.\d|\s+og\s+\d{1,2}\.\d|$)", re.DOTALL)
# 'Delmålet er at forvaltinga …', 'Det tredje delmålet er at …', '… skal medverke til delmålet om at …': a section's
# one sub-goal, unnumbered, keyed by its section
SECTION_SUB = re.compile(r"(?:" + _SENTENCE_STARTS + r"(?:Det[ \t]+(?:første|fyrste|andre|tredje|fjerde|femte)[ \t]+"
                         r"(?P<nth>delmål)|(?P<own>Delmål))et\s+er\s+at|\b(?:medverke|medverka|bidra|bidrar)\s+til\s+"
                         r"(?P<served>delmål)et\s+om\s+at)\s+(?P<title>" + CLAUSE_CHAR + r"{10,300}?)" + CLAUSE_END)
# 'For 2025 gjelder følgende virksomhetsmål for DTK: 1) færre barn …, 2) domfelte får …, og 3) kommunenes …': a
# numbered list inside the sentence
INLINE = re.compile(r"\b" + breakable("følgende") + r"\s+(?P<word>" + _LEVELS + r")(?:\s+for\s+[\wæøåÆØÅ-]+)?\s*:\s*"
                    r"(?P<items>1\)\s" + CLAUSE_CHAR + r"{10,900}?)" + CLAUSE_END, re.IGNORECASE)
INLINE_ITEM = re.compile(r"(?:^|,\s+(?:og\s+)?|\s+og\s+)(?P<num>\d{1,2})\)\s+(?P<title>.+?)"
                         r"(?=,\s+(?:og\s+)?\d{1,2}\)\s|\s+og\s+\d{1,2}\)\s|$)", re.DOTALL)
# 'Effektmål for området: Befolkningen har …', 'Effektmålet for resultatområdet er at …': the area's one goal
AREA_GOAL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<word>Effektmål|Brukermål|Brukarmål)(?:et)?[ \t]+for[ \t]+"
                       r"(?:området|resultatområdet|innsatsområdet|virksomhetsområdet)(?:[ \t]*:[ \t]*(?=[A-ZÆØÅ])"
                       r"(?P<line>[^\n]{10,300})|\s+er\s+at\s+(?P<title>" + CLAUSE_CHAR + r"{10,300}?)"
                       + CLAUSE_END + ")")
DASHED = re.compile(r"\b" + _UPPER_LEVEL + r"[ \t]+" + _NUMBER
                    + r"[ \t]+[–-]\s+at\s+(?P<title>[^–.!?]{10,300}?)\s+[–-]\s")
# after the colon, a level's name in capitals alone on its line heads the goal ('SAMFUNNSMÅL' / '…'); a ministry's
# sector goal told so ('Sektormålet for … er: …') is none of the agency's goals; a noun phrase after 'er' opens with an
# article ('Samfunnsmålet for DSN er eit inkluderande sivilsamfunn …')
DEFINED = re.compile(_SENTENCE_STARTS + r"(?P<word>Samfunnsmål|Samfunnsoppdrag)et\b"
                     r"(?:[^.:!?\n]|\n(?![ \t]*\n)){0,60}"
                     r"(?::[ \t]*\n?[ \t]*(?=[A-ZÆØÅ])(?![A-ZÆØÅ]+[ \t]*\n)|\ber at\s"
                     r"|\ber\s+(?=(?:eit|ein|ei|en|et)\s))"
                     r"(?P<title>" + CLAUSE_CHAR + r"{10,300}?)" + CLAUSE_END)
# 'Direktoratets samfunnsoppdrag er at …', 'Direkto-/ratets samfunnsmål er levende lokalsamfunn …', 'DSNs samfunnsmål
# er:' over the goal set off below: the agency's own (never the ministry's or the government's), as a clause or a noun
# phrase (not 'er uendret', 'er omtalt i …')
OWN_DEFINED = re.compile(_SENTENCE_STARTS + r"(?!Departementets|Regjeringens|Stortingets)[A-ZÆØÅ][\wæøå]+"
                         r"(?:-\n[a-zæøå]+)?s[ \t]+(?P<word>samfunnsoppdrag|samfunnsmål)[ \t]+er"
                         r"(?::\s*(?=[A-ZÆØÅ])|\s+(?:at\s+|(?=[a-zæøå])(?!(?:uendret|endret|beskrevet|omtalt|fastsatt|"
                         r"gitt|nærmere|også|derfor|videre|ikke|knyttet|definert|formulert|som|slik|lik|det|den|de|dette|"
                         r"todelt|delt)\b)))"
                         r"(?P<title>[^.!?]{10,300}?)[.!?](?=\s|$)")

# a section headed by the level alone, its first sentence the agency's mission ('2.1 Samfunnsoppdrag' / 'Nærdir skal
# bidra til levende lokalsamfunn der alle kan delta.')
HEADED = re.compile(r"(?:^|(?<=\n))[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?P<word>Samfunnsoppdrag|Samfunnsmål)"
                    r"(?:et)?[ \t]*\n[ \t]*(?!Departementet|Regjeringen|Stortinget)(?P<title>[A-ZÆØÅ][\wæøå-]*"
                    r"(?:[ \t]+[\wæøå-]+){0,3}[ \t]+skal[ \t]+" + CLAUSE_CHAR + r"{10,300}?)" + CLAUSE_END)

# 'Hovedmålet for planen er at flere eldre deltar …': a plan's or strategy's one main goal, unnumbered
PLAN_MAIN = re.compile(_SENTENCE_STARTS + r"(?P<word>Hovedmål|Hovudmål)et\s+(?:for|med|i)\s+(?:planen|strategien|"
                       r"handlingsplanen|satsingen|programmet|arbeidet)\s+er\s+at\s+(?P<title>" + CLAUSE_CHAR
                       + r"{10,300}?)" + CLAUSE_END)
# '3.1 Trygg og rask saksbehandling' / 'Mål: Søkere får …': a section's goal on the line under its heading, its words
# wrapped onto lower-case lines (an area's heading, 'Resultatområde 1 …', gives its goal a key of its own)
HEADING_GOAL = re.compile(r"(?:^|(?<=\n))[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?![A-ZÆØÅ][a-zæøå]*område\b)"
                          r"[A-ZÆØÅ][^\n:]{3,80}\n[ \t]*"
                          r"(?P<word>Mål|Delmål|Hovedmål|Hovudmål|Virksomhetsmål|Verksemdsmål):[ \t]*"
                          r"(?P<title>[A-ZÆØÅ][^\n]{10,200}(?:\n[ \t]*[a-zæøå][^\n]{0,100})?)")
JOINED = re.compile(r",\s+og\s+(?:særlig\s+|særleg\s+|spesielt\s+)?til\s+[a-zæøå]*mål\s+\d")
NOT_WORDING = re.compile(r"\d|\bmål\b|\bpost(?:en)?\b")


class SentenceGoal(NamedTuple):
    """A goal a sentence states: level word as printed, number ('' for the one goal of a level), title, span, and
    whether it is the one goal of its level in the area around it."""

    word: str
    number: str
    title: str
    start: int
    end: int
    area_goal: bool = False
    by_section: bool = False  # unnumbered, the one goal of its level in its numbered section
    scoped: bool = True  # False for a goal only cited with its words ('… bidra til hovedmål 1 Flere …')

    @property
    def style(self) -> str:
        """How the goal is stated: a goal only cited with its words opens no section of its own ('quoted')."""
        return "sentence" if self.scoped else "quoted"


def sentence_goals(text: str) -> Iterator[SentenceGoal]:
    """The goals the sentences of ``text`` state, pattern by pattern (the first to claim a start wins)."""
    for m in PLAN_MAIN.finditer(text):
        yield SentenceGoal(m.group("word"), "", clean(m.group("title")), m.start("word"), m.end())
    for m in OWN_DEFINED.finditer(text):
        yield SentenceGoal(m.group("word").capitalize(), "", clean(m.group("title")), m.start("word"), m.end())
    for m in DEFINED.finditer(text):
        yield SentenceGoal(m.group("word"), "", clean(m.group("title")), m.start("word"), m.end())
    for m in HEADED.finditer(text):
        yield SentenceGoal(m.group("word"), "", clean(m.group("title")), m.start("word"), m.end())
    for m in OPENING.finditer(text):
        title = re.split(r",\s+og\s+[a-zæøå]*mål\s+\d", m.group("title"))[0]  # ', og delmål 1.2 er at …' is another
        yield SentenceGoal(m.group("word"), m.group("num"), clean(title), m.start("word"),
                           m.start("title") + len(title))
    for m in CHAINED.finditer(text):
        yield SentenceGoal(m.group("word").capitalize(), m.group("num"), clean(m.group("title")), m.start("word"),
                           m.end())
    for m in LISTED.finditer(text):
        for item in LISTED_ITEM.finditer(m.group("items")):
            at = m.start("items") + item.start("num")
            yield SentenceGoal("Delmål", item.group("num"), clean(item.group("title")), at,
                               m.start("items") + item.end("title"))
    for pattern in (APPOSED, DASHED):
        for m in _joined_matches(pattern, text):
            title = JOINED.split(m.group("title"))[0]  # ', og særlig til delmål 1.1 …' is another
            if "sep" in m.groupdict() and not m.group("sep").rstrip().endswith(("at", ":")) \
                    and NOT_WORDING.search(title):
                continue  # '… til mål 1, post 71 til mål 2 …': the next item of a list, not the goal's words
            number = m.group("num") or m.groupdict().get("letter") or ""
            yield SentenceGoal(m.group("word").capitalize(), number, clean(title), m.start("word"),
                               m.start("title") + len(title), scoped=(m.groupdict().get("sep") or "-").strip() != "")
    for m in SECTION_SUB.finditer(text):
        yield SentenceGoal("Delmål", "", clean(m.group("title")), m.start("title"), m.end(), True, True)
    for m in INLINE.finditer(text):
        items = list(INLINE_ITEM.finditer(m.group("items")))
        if len(items) >= 2 and [int(i.group("num")) for i in items] == list(range(1, len(items) + 1)):
            for item in items:
                yield SentenceGoal(m.group("word").capitalize(), item.group("num"), clean(item.group("title")),
                                   m.start("items") + item.start("num"), m.start("items") + item.end("title"))
    for m in AREA_GOAL.finditer(text):
        part = "line" if m.group("line") else "title"
        yield SentenceGoal(m.group("word"), "", clean(m.group(part)).rstrip("."), m.start(part), m.end(), True)
    for m in HEADING_GOAL.finditer(text):
        yield SentenceGoal(m.group("word"), "", clean(m.group("title")).rstrip("."), m.start("title"), m.end(), True,
                           True)
    for m in ABOUT.finditer(text):
        yield SentenceGoal(m.group("word").capitalize(), "", clean(m.group("title")), m.start("title"), m.end())
    for pattern in (NAMED_AFTER, BRACKETED, FOR_THAT):
        for m in pattern.finditer(text):
            yield SentenceGoal(m.group("word").capitalize(), m.group("num"), clean(m.group("title")),
                               m.start("title"), m.end())


def _joined_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern``, each searched for again after a goal's wording that a second goal joins (', og
    særlig til delmål 1.1 …'), so that the second one is found too."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        joined = JOINED.search(m.group("title"))
        pos = m.start("title") + joined.start() + 1 if joined else m.end()
