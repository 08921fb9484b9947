"""Goals stated in the body of a document, in the house styles of Norwegian steering documents.

A goal is *stated* when the text gives its title, not when it only points at it:

- on a line of its own: 'Hovedmål 1: Barn og unge …', '• Delmål 1.1: …', 'Virksomhetsmål 2: …',
  'Samfunnsmål: …' (a heading or a bullet of a goal list in an allocation letter);
- in a sentence that defines it: 'Hovedmål 2 er at utsatte barn …' (``kg.mentions.goal_sentences``);
- with its title quoted: 'Under delmål 1.2 «…» har vi …', 'delmål 2.1 – «…» –',
  'delmål 2.2 i tildelingsbrevet for 2019: «…»'.

'jf. hovedmål 1', 'under mål 4' or 'nummerert som delmål 4.2' give no title and are not goals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.goal_areas import AREA, AREA_LEVELS, SECTION_HEAD, numbered_by_area
from kg.mentions.goal_codes import TABLE_GAP, capitals_headings, declared_goals, overview_goals, tagged_headings
from kg.mentions.goal_defined import defined_titles
from kg.mentions.goal_maps import area_table_goals, coded_table_goals, lettered_goals, map_goals, section_goals
from kg.mentions.goal_named_headings import named_headings
from kg.mentions.goal_numbered_lines import numbered_level_goals
from kg.mentions.goal_sentences import sentence_goals
from kg.mentions.outline import TOC_ENTRY
from kg.mentions.side_columns import column_goals
from kg.mentions.text import clean

#: Words that name a goal's level; "resultatmål" is left out (it names a steering parameter's target).
LEVEL_WORDS = ("overordnede mål", "overordnet mål", "overordna mål", "strategiske mål", "strategisk mål", "hovedmål",
               "hovudmål", "delmål", "virksomhetsmål", "verksemdsmål", "styringsmål", "samfunnsmål", "effektmål",
               "brukermål", "brukarmål", "sektormål", "mål for resultatområdet", "mål")
UNNUMBERED_LEVELS = ("samfunnsmål", "effektmål", "brukermål", "brukarmål", "virksomhetsmål", "verksemdsmål",
                     "sektormål", "overordnet mål", "overordna mål", "hovedmål", "hovudmål", "mål for resultatområdet")
# unnumbered levels stated once in each numbered area chapter ('3.1 Resultatområde 1 …' / 'Overordna mål: …' /
# 'Mål for resultatområdet: …'): each area's goal of the level is its own
CHAPTER_LEVELS = ("overordnet mål", "overordna mål", "mål for resultatområdet")
_LEVEL = r"(?P<word>(?i:" + "|".join(LEVEL_WORDS) + r"))"
_NUMBER = r"(?P<num>[A-Z]?\d{1,2}(?:\.\d{1,2}){0,2}(?:[a-h](?![\wæøå]))?)"  # ('1a': a sub-goal lettered under goal 1)
# a main goal lettered, its title after a wide gap or a colon ('Hovedmål A   Badeanlegg …', 'Hovedmål B: …'), or
# after a dash where the title is whole (five words or more, no page number closing a contents entry: 'Hovedmål A –
# Flere deltar i frivillig arbeid'; 'Hovedmål A – Trygge anlegg' is a short name of a goal stated elsewhere)
_LETTER = (r"(?P<num>[A-ZÆØÅ])(?=[ \t]*:|[ \t]{2,}|[ \t]+[–-][ \t]+[A-ZÆØÅ]\S*(?:[ \t]+\S+){4}"
           r"(?![^\n]*[ \t]\d{1,3}[ \t]*$))")

_CAPITALISED = r"(?P<word>" + "|".join(w[0].upper() + w[1:] for w in LEVEL_WORDS) + r")"
LINE = re.compile(
    # ('Brukermålet – …': the one goal of its level in the definite form)
    # ('III.1  Hovedmål A – …': under a part's roman number and a section's)
    r"^[ \t\f]*(?:[•▪●*·–-][ \t]*|[IVX]{1,4}\.\d{1,2}[ \t]+)?" + _CAPITALISED
    + r"(?:(?<=[a-zæøå]mål)et(?=[ \t]+[:–-]))?"
    r"(?:[ \t]+(?:" + _NUMBER + "|" + _LETTER.replace("num", "letter") + r"))?"
    r"(?:[ \t]*[:.–-][ \t]+|[ \t]+(?=\S+ \S+ \S))(?!" + _CAPITALISED.replace("?P<word>", "?:") + r"\b)"
    r"(?P<title>[A-ZÆØÅ«\"“].*)$",
    re.MULTILINE,
)
# 'Resultatmål 1.1: Fleire små produsentar når ut …' under a strategic goal: a goal of the level below, set apart
# from a parameter's target ('Resultatmål 2021: Minst 90 prosent') by its goal number and its worded title.
RESULT_LINE = re.compile(r"^[ \t\f]*(?:[•▪●*·–-][ \t]*)?(?P<word>Resultatmål)[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?)"
                         r"(?:[ \t]*[:–-][ \t]+|[ \t]{2,})(?P<title>[A-ZÆØÅ][^\d%\n]*[a-zæøå][^\d%\n]*)$",
                         re.MULTILINE)
QUOTED = re.compile(  # ('resultatmål 2.1 i tildelingsbrevet, «…»': a result goal quoted with its number too)
    r"\b" + _LEVEL.replace("|mål)", "|mål|resultatmål)") + r"[ \t]+" + _NUMBER + r"(?!\d)" +
    r"(?P<between>(?:[ \t]*[–:,-])?[ \t]*|(?:[^.«»\n]|\n(?![ \t]*\n)){1,100}[:,])\s*«(?P<title>[^«»]{10,300})»",
)
# ('… skal bidra til samfunnsmålet «Befolkningen har …»': the agency's one societal goal, quoted; not a ministry's
# sector goal, 'det overordnede målet «…». Dette er et sektormål for departementet')
QUOTED_LEVEL = re.compile(r"\b(?P<word>[Ss]amfunnsmålet)[ \t\n]+«(?P<title>[^«»]{10,300})»")
# A level word alone on its line, the goal's title on the next ('Samfunnsmål' / 'Kysten er trygg …').
# ('SAMFUNNSMÅL      Kysten er …': in capitals, the title beside it after a wide gap)
HEADED = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"  # ('2.1  Overordna mål': a section's heading)
                    r"(?:(?P<word>Samfunnsmål|Sektormål|Bruk[ea]rmål|Overordnet mål|Overordna mål):?[ \t]*\n[ \t]*"
                    r"|(?P<capitals>SAMFUNNSMÅL|SEKTORMÅL)[ \t]{3,})(?P<title>[A-ZÆØÅ][^\n]{10,})$", re.MULTILINE)
# A level word and number alone on a line, the title on the next ('Overordnet mål 1' / 'Alle som …'); here a
# 'Resultatmål 1.1' is a goal under goal 1, not a parameter's target.
NUMBERED_HEADED = re.compile(r"^[ \t\f]*(?P<word>Overordnet mål|Overordna mål|Strategisk mål|Hovedmål|Hovudmål|Delmål|"
                             r"Virksomhetsmål|Verksemdsmål|Styringsmål|Resultatmål|Effektmål|Bruk[ea]rmål|Mål)[ \t]+"
                             r"(?P<num>\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})(?:[ \t]+\((?:ny|nytt|endra|endret)\))?[ \t]*\n"
                             r"[ \t]*(?P<title>[A-ZÆØÅ][^\n]{10,})$",
                             re.MULTILINE)
# A level in capitals heading a section, alone or with its code ('SAMFUNNSMÅL', 'EFFEKTMÅL E1', 'STRATEGISK MÅL A'),
# the goal's title on the next line; a page's running head may stand between them.
CAPITALS_HEADED = re.compile(r"^[ \t\f]*(?P<word>SAMFUNNSMÅL|SEKTORMÅL|EFFEKTMÅL|BRUKERMÅL|BRUKARMÅL|VIRKSOMHETSMÅL|"
                             r"MÅL(?=[ \t]+\d)|"
                             r"VERKSEMDSMÅL|HOVEDMÅL|HOVUDMÅL|DELMÅL|OVERORDNET MÅL|OVERORDNA MÅL|STRATEGISK MÅL)"
                             r"(?:[ \t]+(?P<num>[A-ZÆØÅ]{0,3}\d{1,2}(?:\.\d{1,2})?|[A-ZÆØÅ]))?[ \t]*\n"
                             r"(?:[^\n]*\S[ \t]{3,}\d{1,3}[ \t]*\n)?[ \t\f]*(?P<title>[A-ZÆØÅ][^\n]{10,})$",
                             re.MULTILINE)
# a page's foot line ('Side 2 av 6', 'Årsrapport 2024      12'): a page break sets what follows apart
PAGE_FOOT = re.compile(r"^.*(?:\b[Ss]ide\s+\d{1,3}(?:\s+av\s+\d{1,3})?|\S\s{3,}\d{1,3})\s*$")
# '… skal bidra til følgende samfunnsmål:' and the goal set off on an indented line below
INTRODUCED = re.compile(r"\b(?:følgende|ett|eitt)\s+(?P<word>samfunnsmål|sektormål)(?:\s+for\s+[\wæøå]+)?\s*:[ \t]*\n"
                        r"(?:[ \t]*\n)?[ \t]*"
                        r"(?P<title>[A-ZÆØÅ][^\n]{10,})$", re.MULTILINE)
# 'Det tidligere virksomhetsmål 5 «…»': a goal that no longer is one
FORMER = re.compile(r"\b(?:tidligere|forrige|daværende)[ \t]+$", re.IGNORECASE)
GONE = re.compile(r"[^.!?]{0,120}?\b(?:overført|tatt ut|teke ut|utgått|utgår|avvikl\w*|ikkje rapportert|"
                  r"ikke rapportert)\b")
LETTERED_SUB = re.compile(r"^(\d{1,2})[a-h]$")  # 'Delmål 1b': the second sub-goal of goal 1
# '1. Etaten skal øke …' with 'Styringsparametre:' on the line after its title: a numbered goal of a letter.
NUMBERED = re.compile(r"^[ \t]*(?P<num>\d{1,2})\.[ \t]+(?P<title>[A-ZÆØÅ][^\n]{10,})$", re.MULTILINE)
# a torn parameter table right under the goal: its first header cell alone on the next line
TORN_HEADER = re.compile(r"\n[ \t]*Styringsparamet(?:er|re|rar)?[ \t]*\n")
PARAMETERS_NEXT = re.compile(r"\n[ \t]*Styringsparamet(?:er|re)\w*[ \t]*:")
# 'a) Kommunene har god kompetanse …' under '… arbeide mot følgende mål:', 'Styringsparametere:' after a blank line
LETTERED = re.compile(r"^[ \t]*(?P<num>[a-h])\)[ \t]+(?P<title>[A-ZÆØÅ][^\n]{10,})$", re.MULTILINE)
PARAMETERS_BELOW = re.compile(r"\n(?:[ \t]*\n)?[ \t]*Styringsparamet(?:er|re)\w*[ \t]*:")
# a numbered item that opens like a steering parameter is one, not a goal
MEASURED = re.compile(r"(?:Andel|Antall|Tal(?:et)?|Del|Gjennomsnittleg|Gjennomsnittlig|Saksbehandlingstid)\b")
ITEM_END = re.compile(r"\n[ \t]*\n|\n[ \t]*\d{1,2}\.[ \t]+[A-ZÆØÅ]")
LEVEL_BEFORE = re.compile(r"\b(?P<word>virksomhetsmål|hovedmål|hovudmål|mål)\b", re.IGNORECASE)
# A line that only continues a wrapped title: starts in lower case, or the line before ends mid-phrase.
OPEN_END = re.compile(r"(?:[-,–/]|\b(?:og|i|for|av|til|på|med|om|som|et|en|ei|de|den|det|under|mot|fra|at|gjennom|"
                      r"etter|ved|hos|per|innen|uten|eller|mellom|blant|over))$")
NEW_ITEM = re.compile(r"^[ \t]*(?:[•▪●*·–-]|\d{1,2}[.)]\s|[a-zæøå]\)\s)")


@dataclass(frozen=True)
class GoalStatement:
    """A goal whose title the text gives: level word, number as printed, title, and where it stands."""

    word: str
    number: str
    title: str
    start: int
    end: int
    style: str  # line | sentence | quoted | listed (a line of an overview of coded goals)
    area: str = ""  # the area's number where the text numbers goals anew in each area
    printed: str = ""  # the code as printed where the number is read out of it ('DM1.1' for 1.1)
    named: str = ""  # the area an unnumbered goal's heading names it by ('drikkevann' of 'Mål for drikkevann')

    @property
    def level(self) -> str:
        # 'NSLs strategiske mål 2': an inflected adjective names the same level
        return " ".join(self.word.lower().split()).replace("strategiske", "strategisk").replace("overordnede",
                                                                                               "overordnet")

    @property
    def rank(self) -> int:
        """Depth in the goal hierarchy: 0 for a main goal ('2'), 1 for a sub-goal ('2.3')."""
        return self.number.count(".") + bool(LETTERED_SUB.match(self.number))

    @property
    def parent_number(self) -> str:
        if "." in self.number:
            return self.number.rsplit(".", 1)[0]
        lettered = LETTERED_SUB.match(self.number)
        return lettered.group(1) if lettered else ""


def _title_end(text: str, line_end: int, max_lines: int = 3) -> int:
    """Where a title begun on one line ends: wrapped continuation lines are taken along."""
    end = line_end
    for _ in range(max_lines):
        if end >= len(text) or text[end] != "\n":
            break
        nxt_end = text.find("\n", end + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        nxt = text[end + 1 : nxt_end]
        so_far = text[:end].rstrip()
        if not nxt.strip() or NEW_ITEM.match(nxt) or LINE.match(nxt) or len(nxt.strip()) > 110:
            break
        unbalanced = so_far.count("«") > so_far.count("»") or so_far.count("(") > so_far.count(")")
        if not (nxt.strip()[:1].islower() or unbalanced or OPEN_END.search(so_far)):
            break
        end = nxt_end
    return end


def _set_apart(text: str, start: int, end: int) -> bool:
    return text[:start].rstrip(" \t\f").endswith("\n\n") and re.match(r"[ \t]*\n[ \t]*\n", text[end:]) is not None


def _inside(pos: int, removed: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= pos < e for s, e in removed)


def find_statements(text: str, removed: tuple[tuple[int, int], ...] = ()) -> list[GoalStatement]:
    """Every goal the text states, in reading order (at most one statement per start position)."""
    found: dict[int, GoalStatement] = {}
    # areas that number goals anew stand alone on their line; a chapter's area ('3.2 Resultatområde 1 …') keys its
    # one goal of a level only
    areas = [(a.start(), a.group("num")) for a in AREA.finditer(text) if not a.group("section")]
    chapters = [(a.start(), a.group("num")) for a in AREA.finditer(text)]
    lines = list(LINE.finditer(text))
    headed = {m.start() for m in lines if m.group("word") == "Mål" and not m.group("num")
              and not m.group("letter") and _set_apart(text, m.start(), m.end())}
    for m in lines:
        level, number = m.group("word").lower(), m.group("num") or m.group("letter") or ""
        # 'Delmål: …' without a number stands for the one goal of its area ('Virksomhetsområde 3')
        area = next((num for at, num in reversed(chapters if level in CHAPTER_LEVELS else areas) if at < m.start()),
                    "") if not number else ""
        if not number and level not in UNNUMBERED_LEVELS and not (area and level in AREA_LEVELS) \
                and not (m.start() in headed and len(headed) >= 2):
            continue  # unnumbered 'Mål: …' lines only as the headings of a report's goals, set apart
        if not number and level in ("hovedmål", "hovudmål") and not re.match(r"[ \t]*:", text[m.end("word"):]):
            continue  # an unnumbered main goal only as 'Hovedmål: …' (not 'Hovedmål B – …  4', a contents entry)
        if TABLE_GAP.search(m.group("title")) or TOC_ENTRY.match(text, m.start()):
            continue  # a table row, or an entry of the contents (the body states the goal whole)
        end = _title_end(text, m.end())
        title = clean(text[m.start("title") : end])
        if len(title.split()) >= 2:
            found[m.start("word")] = GoalStatement(m.group("word"), number, title.rstrip("."), m.start("word"), end,
                                                   "line", area if not number and level in (*AREA_LEVELS,
                                                                                            *CHAPTER_LEVELS) else "")
    for m in RESULT_LINE.finditer(text):
        end = _title_end(text, m.end())
        if len(m.group("title").split()) >= 4 and not TABLE_GAP.search(m.group("title")):
            found[m.start("word")] = GoalStatement(m.group("word"), m.group("num"),
                                                   clean(text[m.start("title"): end]).rstrip("."), m.start("word"),
                                                   end, "line")
    for m in NUMBERED.finditer(text):
        end = _title_end(text, m.end())
        # 'Styringsparametere:' right below the title, or closing the item's paragraph about the goal
        item = ITEM_END.search(text, end, end + 800)
        if PARAMETERS_NEXT.match(text, end) or PARAMETERS_NEXT.search(text, end, item.start() if item else end + 800) \
                and text[end - 1: end] == "." and not MEASURED.match(m.group("title")):
            levels = list(LEVEL_BEFORE.finditer(text, max(0, m.start() - 600), m.start()))
            word = levels[-1].group("word").capitalize() if levels else "Mål"
            found[m.start()] = GoalStatement(word, m.group("num"), clean(text[m.start("title"): end]).rstrip("."),
                                             m.start(), end, "line")
    for m in LETTERED.finditer(text):
        end = _title_end(text, m.end())
        levels = list(LEVEL_BEFORE.finditer(text, max(0, m.start() - 2000), m.start()))  # the list's intro
        if PARAMETERS_BELOW.match(text, end) and levels and not MEASURED.match(m.group("title")):
            found[m.start()] = GoalStatement(levels[-1].group("word").capitalize(), m.group("num"),
                                             clean(text[m.start("title"): end]).rstrip("."), m.start(), end, "line")
    for m in NUMBERED_HEADED.finditer(text):
        end = _title_end(text, m.end())
        before = text[: m.start()].rstrip(" \t\f")
        previous = before.rstrip("\n").rsplit("\n", 1)[-1]
        set_apart = (not before or before.endswith("\n\n") or PAGE_FOOT.match(previous) is not None) and (
            end == len(text) or re.match(r"\n[ \t\f]*(?:\n|$)", text[end:]) is not None
            or PARAMETERS_NEXT.match(text, end) is not None) or TORN_HEADER.match(text, end) is not None
        if TABLE_GAP.search(m.group("title")) or len(m.group("title").split()) < 4 or not set_apart:
            continue  # a table's row, or a torn table's cells ('Effektmål 1' / 'Delvis nådd'): not set apart
        found.setdefault(m.start("word"), GoalStatement(m.group("word"), m.group("num"),
                                                        clean(text[m.start("title"): end]).rstrip("."),
                                                        m.start("word"), end, "line"))
    for m in HEADED.finditer(text):
        if len(m.group("title").split()) < 3:
            continue  # a torn table's header cells ('Brukarmål' / 'Styringsparameter'), not a goal
        end = _title_end(text, m.end())
        word, at = (m.group("word"), m.start("word")) if m.group("word") else (m.group("capitals").capitalize(),
                                                                            m.start("capitals"))
        found.setdefault(at, GoalStatement(word, "", clean(text[m.start("title"): end]).rstrip("."), at, end, "line"))
    for m in CAPITALS_HEADED.finditer(text):
        if len(m.group("title").split()) < 3 or TABLE_GAP.search(m.group("title")) or m.group("title").isupper():
            continue  # a torn table's header cells, or the next heading in capitals
        end = _title_end(text, m.end())
        word = m.group("word").capitalize()
        found.setdefault(m.start("title"), GoalStatement(word, m.group("num") or "", clean(text[m.start("title"): end])
                                                         .rstrip("."), m.start("word"), end, "line"))
    for m in INTRODUCED.finditer(text):
        end = _title_end(text, m.end())
        stop = re.compile(r"(?<=[a-zæøå])\.(?=\s)").search(text, m.start("title"), end)
        end = stop.start() if stop else end  # the goal's sentence, not the next one its wrapped line runs into
        found.setdefault(m.start("title"), GoalStatement(m.group("word").capitalize(), "",
                                                         clean(text[m.start("title"): end]).rstrip("."),
                                                         m.start("title"), end, "line"))
    for g in sentence_goals(text):
        # an area's one goal of its level ('Effektmålet for området er at …') is keyed by its area
        area = next((num for at, num in reversed(chapters) if at < g.start), "") if g.area_goal else ""
        if g.by_section and not area:  # ('3.2  KUNNSKAP OM BESTANDANE' / 'Delmålet er at …'): keyed by its section
            area = next((m.group("num") for m in reversed(list(SECTION_HEAD.finditer(text, 0, g.start)))), "")
        found.setdefault(g.start, GoalStatement(g.word, g.number, g.title, g.start, g.end, g.style, area))
    for m in QUOTED.finditer(text):
        if m.start("word") in found or FORMER.search(text, max(0, m.start("word") - 30), m.start("word")) \
                or GONE.match(text, m.end()):
            continue  # a former goal ('tidligere mål 2 «…»'), or one the sentence says is gone ('… vart overført til')
        word = m.group("word")
        found[m.start("word")] = GoalStatement(word[0].upper() + word[1:], m.group("num"), clean(m.group("title")),
                                               m.start("word"), m.end(), "quoted")
    for m in QUOTED_LEVEL.finditer(text):
        found.setdefault(m.start("word"), GoalStatement("Samfunnsmål", "", clean(m.group("title")), m.start("word"),
                                                        m.end(), "quoted"))
    listed = overview_goals(text, _title_end)
    for word, number, printed, title, start, end, style in [*listed, *capitals_headings(text, listed),
                                                            *tagged_headings(text, listed), *map_goals(text),
                                                            *section_goals(text), *area_table_goals(text),
                                                            *coded_table_goals(text), *lettered_goals(text),
                                                            *numbered_level_goals(text, _title_end),
                                                            *declared_goals(text, _title_end), *column_goals(text)]:
        found.setdefault(start, GoalStatement(word, number, title, start, end, style,
                                              printed=printed if printed != number else ""))
    for name, title, start, end in named_headings(text):  # 'Mål for drikkevann' / the goal's sentence
        found.setdefault(start, GoalStatement("Mål", "", title, start, end, "line", named=name))
    kept = [s for _, s in sorted(found.items()) if not _inside(s.start, removed)]
    return numbered_by_area(defined_titles(kept, text), text)
