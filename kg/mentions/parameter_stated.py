"""Steering parameters stated one by one: 'Styringsparameter: <text> (resultatmål: <target>)', '– Styringsparameter:
<text>. Resultatmål: <target>.', 'Styringsparameter 2.1: <text>', 'Styringsparameter A.1 – <text>' on a line of
its own; how far the stated text runs, the results printed after it and the target the next sentences tell.
"""

from __future__ import annotations

import re

from kg.mentions.amounts import leading_number
from kg.mentions.goal_statements import OPEN_END
from kg.mentions.parameter_lines import CELLS, Line
from kg.mentions.text import clean

TARGET_WORDS = r"resultatmål|prestasjonskrav|ambisjon(?:snivå)?|resultatkrav|målverdi|måltal(?:l)?"
STATED = re.compile(
    # a coded 'Resultatmål A.1: <text>. Mål: …' is a parameter where a target or a result follows (see _stated)
    # ('Resultatmål: Antall fartøy … – minst 40.': uncoded, a measure's noun after the colon)
    r"^[ \t\f]*(?:[•▪●*·–-][ \t]*)?(?P<word>Styringsparamet(?:er|re)|Styringsindikator|"
    r"Resultatmål(?=[ \t]+[A-ZÆØÅ]?\.?\d)|"
    r"Resultatmål(?=[ \t]*:[ \t]*(?:Antall|Andel|Tal|Del|Gjennomsnittlig|Gjennomsnittleg|Saksbehandlingstid)\b))"
    # ('1.1.a', '1.1 a': a sub-goal's number and a letter)
    r"(?:[ \t]+(?P<code>(?:SP|S)?[ \t]?\d{1,2}(?:\.\d{1,2})?(?:[. ]?[a-h](?![\wæøå]))?|[A-ZÆØÅ]\.\d{1,2})(?!\.?\d))?"
    # the text after a separator, or right after a code where it opens with a capital ('Styringsparameter 1.1 Talet')
    r"(?:[ \t]*[:.–][ \t]*|(?:(?<=\d)|(?<=\.[a-h]))[ \t]+(?=[A-ZÆØÅ]))(?P<rest>\S.*)$"
)
IN_PARENS = re.compile(r"^(?P<label>.+?)\s*\((?P<kind>" + TARGET_WORDS + r")\s*:\s*(?P<target>[^)]+)\)(?P<after>.*)$",
                       re.IGNORECASE)
# '<text>. Mål: minst 60 %. Resultat 2024: 58 % (2023: 57 %)': the results after the target
AFTER_LABEL = re.compile(r"^(?P<label>.+?)\.\s+(?P<kind>" + TARGET_WORDS + r"|mål)\s*:\s*(?P<target>.+?)"
                         r"(?:\.\s+(?P<after>Resultat\b.*)|\.?)$", re.IGNORECASE)
# 'Andel … i uken' / 'Resultatkrav: Minst 58 prosent': the target on a line of its own, its word capitalised
LINE_TARGET = re.compile(r"^(?P<label>.+?)\s+(?P<kind>Resultatmål|Prestasjonskrav|Ambisjonsnivå|Resultatkrav|Målverdi)"
                         r"(?:\s+(?:19|20)\d\d)?\s*:\s*(?P<target>.+?)\.?(?:\s+(?P<after>Resultat\s*:.*))?$")
# '<text>' / 'Resultat 2023: 68 prosent' / 'Mål: 70 prosent': the results on lines of their own, then the target
# (a target after a dash in the text is read by DASH_TARGET)
RESULTS_FIRST = re.compile(r"^(?P<label>(?:(?!\s[–-]\s).)+?)\s+(?P<after>Resultat[ \t]+(?:19|20)\d{2}[ \t]*:.*?)"
                           r"(?:\s+(?P<kind>Mål|Resultatmål|Resultatkrav|Prestasjonskrav|Måltal|Måltall)\s*:\s*(?P<target>.+?))?\.?$")
# '<text> – minst 40': the target after a dash, opened by a bound
DASH_TARGET = re.compile(r"^(?P<label>.+?)\s+[–-]\s+(?P<target>(?:minst|maks(?:imalt)?|høyst|høgst|under|over|inntil|"
                         r"færre enn|flere enn|fleire enn)\s[^.]+?)(?:\.\s+(?P<after>Resultat\b.*)|\.?)$",
                         re.IGNORECASE)
# a goal's level and number alone on a line ('Delmål 1.2') ends the parameters stated under the goal before it
LEVEL_LINE = r"[A-ZÆØÅ][a-zæøå]*mål[ \t]+[A-ZÆØÅ]?\d{1,2}(?:\.\d{1,2})?[ \t]*:?[ \t]*$"
NEXT_PART = re.compile(r"^\s*(?:" + TARGET_WORDS + r"|resultat|mål(?=\s*:))\b", re.IGNORECASE)
YEAR = r"(?:19|20)\d{2}"
VALUE = r"-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:[ \t]?(?:%|prosent|[a-zæøå]+))?"
# (not a target's year: 'Ambisjon 2024: 80 %', 'Mål 2024: …')
# ('utgangsnivå 2023: 58 prosent': a baseline is that year's result)
YEAR_COLON = re.compile(r"(?:[Rr]esultat[ \t]+|[Uu]tgangsniv[åa][ \t]+|(?<![A-Za-zæøå] ))(?P<year>" + YEAR
                        + r")[ \t]*:[ \t]*(?P<value>" + VALUE + r")")
VALUE_IN_YEAR = re.compile(r"(?P<value>-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?[ \t]?(?:%|prosent|[a-zæøå]+)?)"
                           r"[ \t]+i[ \t]+(?P<year>" + YEAR + r")\b")
# '<text> [minst 64 prosent] (utgangsnivå 2023: 58 prosent)': the target in square brackets
IN_BRACKETS = re.compile(r"^(?P<label>.+?)\s*\[(?P<target>[^\[\]]{1,60})\](?P<after>\s*(?:\(.*\))?\.?)$")


def split_target(text: str, bound: bool = False) -> tuple[str, str | None, str | None, str]:
    """A stated parameter's words, its target and the target's word, and what follows them (its results), in the
    ways the genre prints them; a target after a dash only where ``bound`` (a 'Resultatmål: …' line)."""
    tm = IN_PARENS.match(text) or AFTER_LABEL.match(text) or LINE_TARGET.match(text) or RESULTS_FIRST.match(text)
    if tm:
        target = clean(tm.group("target")) if tm.group("target") else None
        return tm.group("label"), target, tm.group("kind").lower() if target else None, tm.group("after") or ""
    if bm := IN_BRACKETS.match(text):
        return bm.group("label"), clean(bm.group("target")), "mål", bm.group("after")
    if bound and (dm := DASH_TARGET.match(text)):
        return dm.group("label"), clean(dm.group("target")), "resultatmål", dm.group("after") or ""
    return text, None, None, ""


def result(year: str, value: str, line: Line) -> dict[str, object]:
    """One year's result as a parameter keeps it, with the line it stands on."""
    value = " ".join(value.split()).rstrip(".,;")
    return {"year": int(year), "value": value, "numeric": leading_number(value), "start": line.start, "end": line.end}


def results_after(lines: list[Line], i: int) -> list[dict[str, object]]:
    """Results printed right after a parameter: a row of years over a row of values (its label, 'Resultat', left
    out), 'YYYY: value' lines, or the first sentence of the next paragraph ('… 84,1 prosent i 2019, mot 82,5
    prosent i 2018 …')."""
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    if i >= len(lines) or STATED.match(lines[i].text):
        return []
    cells = CELLS.split(lines[i].text.strip())
    if len(cells) >= 2 and all(re.fullmatch(YEAR, c) for c in cells):
        j = i + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        values = CELLS.split(lines[j].text.strip()) if j < len(lines) else []
        if len(values) == len(cells) + 1 and re.fullmatch(r"Resultat(?:er)?", values[0]):
            values = values[1:]  # the row's label ('Resultat   3 912   3 540')
        if len(values) == len(cells) and all(leading_number(v) is not None for v in values):
            return [result(y, v, lines[j]) for y, v in zip(cells, values, strict=True)]
        return []
    found = []
    while i < len(lines) and YEAR_COLON.match(lines[i].text.strip()):
        closing = LINE_END_TARGET.search(lines[i].text)  # 'Resultatkrav 2023: 225' is the target, not a result
        text = lines[i].text[: closing.start()] if closing else lines[i].text
        found += [result(m.group("year"), m.group("value"), lines[i]) for m in YEAR_COLON.finditer(text)]
        i += 1
    if found:
        return found
    sentence = re.split(r"(?<=[.!?])\s", lines[i].text.strip() + " " + (lines[i + 1].text if i + 1 < len(lines)
                                                                         else ""))[0]
    pairs = list(VALUE_IN_YEAR.finditer(sentence))
    return [result(m.group("year"), m.group("value"), lines[i]) for m in pairs] if len(pairs) >= 2 else []


# the target told in the sentences after the parameter: 'Resultatkravet er under 10 prosent', 'resultatkrav på …'
TOLD_TARGET = re.compile(r"\b(?P<kind>resultatkrav|prestasjonskrav|resultatmål|ambisjon(?:snivå)?)(?:et)?\s+"
                         r"(?:(?:er|var|for\s+" + YEAR + r"\s+(?:er|var))\s+|på\s+)(?P<target>(?:(?:minst|"
                         r"maks(?:imalt)?|høyst|høgst|under|over|inntil)\s+)?\d[\d  ]*(?:,\d+)?\s*"
                         r"(?:%|prosent|[a-zæøå]+)?)", re.IGNORECASE)


# a line of results closed by the target: '2021: 212   2022: 219   Resultatkrav 2023: 225'
LINE_END_TARGET = re.compile(r"(?P<kind>" + TARGET_WORDS + r")(?:[ \t]+" + YEAR + r")?[ \t]*:[ \t]*(?P<target>\S.*?)"
                             r"[ \t]*$", re.IGNORECASE)


def target_told(lines: list[Line], i: int) -> tuple[str, str] | None:
    """The target the paragraph from line ``i`` tells (up to the next parameter or a blank line), or the target
    that closes its line of results."""
    para: list[str] = []
    for ln in lines[i: i + 4]:
        if not ln.text.strip() or STATED.match(ln.text):
            break
        if YEAR_COLON.match(ln.text.strip()) and (closing := LINE_END_TARGET.search(ln.text)):
            return closing.group("target").strip(), closing.group("kind").lower()
        para.append(ln.text)
    m = TOLD_TARGET.search(clean("\n".join(para)))
    return (m.group("target").strip(), m.group("kind").lower()) if m else None


# 'Indikator for brukarmål 1.1', 'Styringsparametere for mål 2' over the parameters of that goal
CAPTION_FOR = re.compile(r"^\s*(?:Styrings)?(?:indikator|parameter|parametr)\w*\s+for\s+(?P<goal>[a-zæøå]*mål\s+"
                         r"[A-ZÆØÅ]?\d{1,2}(?:\.\d{1,2})?)\b", re.IGNORECASE)


def caption_above(lines: list[Line], i: int) -> str:
    """The goal a caption names over the parameter stated on line ``i`` (up to the parameter before it)."""
    for ln in reversed(lines[max(0, i - 6): i]):
        if STATED.match(ln.text):
            return ""
        if cm := CAPTION_FOR.match(ln.text):
            return cm.group("goal")
    return ""


def block_end(lines: list[Line], i: int) -> int:
    """Index of the last line of a stated parameter that begins on line ``i`` (wrapped text, its target)."""
    j = i
    while j + 1 < len(lines) and j - i < 4:
        text = " ".join(ln.text for ln in lines[i : j + 1])
        nxt = lines[j + 1].text
        if not nxt.strip() or STATED.match(nxt) or re.match(r"^\s*(?:[•▪●*·–-]|" + YEAR + r"\b|Resultatmål[ \t]+"
                                                         r"[A-ZÆØÅ]?\.?\d|" + LEVEL_LINE + ")", nxt):
            break
        unbalanced = text.count("(") > text.count(")")
        if not (unbalanced or NEXT_PART.match(nxt) or not text.rstrip().endswith((".", ")", "]"))):
            break
        # a label set on its own line, then a sentence on the result ('… vannkvaliteten' / 'Resultatet for …')
        first = nxt.strip()[:1]
        if not (unbalanced or NEXT_PART.match(nxt)) and first.isalnum() and not first.islower() and not OPEN_END.search(
                text.rstrip()) and len(text.split()) >= 6 and "." not in text.split(":", 1)[-1].split("–", 1)[-1]:
            break
        j += 1
    return j


# 'Andel kommuner som har vedtatt en plan' / 'Målverdi 2023: minst 60 prosent' / 'Resultat 2023: 54 prosent (2022:
# 41 prosent)': a parameter named alone on its line, its target and results on the lines below
# the nouns a parameter's words open with: what it measures
MEASURED = (r"Andel|Antall|Tal(?:et)?|Del|Gjennomsnittleg|Gjennomsnittlig|Saksbehandlingstid|Brukertilfredshet|"
            r"Brukartilfredsheit")
NAMED = re.compile(r"^[ \t]*(?:" + MEASURED + r")\b(?:[^.:;]|\.(?=\w)){5,150}$")  # ('… på Forsyningsklar.no')
# ('  • Resultatkrav: Minst 50 prosent    Oppnådd: 52 prosent (2020: 47 prosent)': a bullet, what was achieved after)
TARGET_BELOW = re.compile(r"^[ \t]*(?:[•▪●–-][ \t]*)?(?P<kind>" + TARGET_WORDS + r")(?:[ \t]+" + YEAR
                          + r")?[ \t]*:[ \t]*(?P<target>\S.*?)(?:[ \t]{2,}(?:Oppnådd|Resultat)[ \t]*:.*)?$",
                          re.IGNORECASE)


def named_block(lines: list[Line], i: int) -> tuple[int, str, str | None, str, list[dict[str, object]]] | None:
    """A parameter named alone on line ``i`` over its target line and a results line: the index of its last line,
    its name, target (none for a dash or 'ikke fastsatt'), the target's word and its results."""
    if not NAMED.match(lines[i].text) or i + 2 >= len(lines):
        return None
    # (the name wrapped onto a second line: 'Andel av befolkningen som … egen' / 'husholdning')
    wrapped = lines[i + 1].text.strip()[:1].islower() and TARGET_BELOW.match(lines[i + 2].text) is not None
    tm = TARGET_BELOW.match(lines[i + 1 + wrapped].text)
    if tm is None:
        return None
    target = tm.group("target").strip().rstrip(".")
    name = clean("\n".join(ln.text for ln in lines[i: i + 1 + wrapped]))
    i += wrapped
    last, results = i + 1, [result(m.group("year"), m.group("value"), lines[i + 1])
                            for m in YEAR_COLON.finditer(lines[i + 1].text[tm.end("target"):])]
    if i + 2 < len(lines) and re.match(r"^[ \t]*Resultat", lines[i + 2].text):
        last = i + 2
        results = [result(m.group("year"), m.group("value"), lines[last])
                   for m in YEAR_COLON.finditer(lines[last].text)]
    none = target in ("–", "-") or re.match(r"(?i)ikke|ikkje|ingen", target) is not None
    return last, name, None if none else target, tm.group("kind").lower(), results


# 'Styringsparameter 1a.1 er talet på skular som har teke i bruk opplegget. Resultatkravet for 2024 var 300 skular.
# Resultatet vart 342 (2023: 281).': a coded parameter defined in a sentence, its target and results told after it
# ('Styringsparameteren for E1 er delen av …, med mål om under 4 prosent.': the goal's code, the target in the
# sentence)
DEFINED = re.compile(r"^[ \t]*Styringsparamet(?:er|re)(?:[ \t]+(?P<code>(?:SP|S)?[ \t]?\d{1,2}[a-h]?(?:\.\d{1,2})?)|"
                     r"(?:en|et)[ \t]+for[ \t]+(?P<goal>(?:[a-zæøå]*mål[ \t]+)?[A-ZÆØÅ]{0,3}\d{1,2}(?:\.\d{1,2})?))"
                     r"[ \t]+er[ \t]+(?=(?:talet|tal|antall|antallet|andel|andelen|delen|del|prosentdel|prosentdelen|"
                     r"gjennomsnittleg|gjennomsnittlig|saksbehandlingstid|sakshandsamingstid|brukertilfredshet|"
                     r"brukartilfredsheit|grad|graden|nivå|nivået)\b)")
AIM_AFTER = re.compile(r",\s+med\s+(?P<kind>mål)\s+om\s+(?P<target>[^.;,]+)$")
SENTENCE_END = re.compile(r"(?<![\d.])\.(?=\s|$)|;")
# '43 prosent (2023: 37 prosent)': this year's result, the year before's in brackets
WITH_BEFORE = re.compile(r"(?P<value>" + VALUE + r")\s*\((?P<year>" + YEAR + r")\s*:\s*(?P<before>" + VALUE + r")\)")


def defined_parameter(lines: list[Line], i: int) -> tuple[int, str, str, tuple[str, str] | None,
                                                          list[dict[str, object]], str] | None:
    """A parameter defined on line ``i`` ('Styringsparameter 3.1 er …'): the index of its paragraph's last line,
    its code, its words, the target the paragraph tells, the results it gives and the goal it names."""
    m = DEFINED.match(lines[i].text)
    if m is None:
        return None
    last = i
    while last + 1 < len(lines) and lines[last + 1].text.strip() and last - i < 6 \
            and not STATED.match(lines[last + 1].text) and not DEFINED.match(lines[last + 1].text):
        last += 1
    text = clean("\n".join([lines[i].text[m.end():], *(ln.text for ln in lines[i + 1: last + 1])]))
    end = SENTENCE_END.search(text)
    label, rest = (text[: end.start()], text[end.end():]) if end else (text, "")
    told = TOLD_TARGET.search(rest)
    if (aim := AIM_AFTER.search(label)) is not None:
        label, told = label[: aim.start()], aim
    results = []
    for w in WITH_BEFORE.finditer(rest):
        results += [result(str(int(w.group("year")) + 1), w.group("value"), lines[last]),
                    result(w.group("year"), w.group("before"), lines[last])]
    return last, " ".join((m.group("code") or "").split()), label, \
        (told.group("target").strip(), told.group("kind").lower()) if told else None, results, m.group("goal") or ""


# 'Styringsparametere:' alone on its line over dash bullets that each name a measured quantity ('– Andel tilsyn …')
LIST_LEAD = re.compile(r"^[ \t]*Styrings(?:parametere|parametrar|parametre|indikatorar|indikatorer)[ \t]*:\s*$")
LIST_BULLET = re.compile(r"^[ \t]*[•▪●–-][ \t]+(?P<label>(?:" + MEASURED + r"|Sakshandsamingstid)\b.*)$")


def listed_parameters(lines: list[Line], i: int) -> tuple[int, list[tuple[int, int, str]]] | None:
    """The dash bullets under a 'Styringsparametere:' lead on line ``i``: the index after them and each bullet's
    first and last line and words (wrapped onto indented lines)."""
    if not LIST_LEAD.match(lines[i].text):
        return None
    found: list[tuple[int, int, str]] = []
    j = i + 1
    while j < len(lines) and (m := LIST_BULLET.match(lines[j].text)):
        k, words = j, [m.group("label")]
        while k + 1 < len(lines) and lines[k + 1].text[:1] in (" ", "\t") and lines[k + 1].text.strip() \
                and not LIST_BULLET.match(lines[k + 1].text):
            k += 1
            words.append(lines[k].text)
        found.append((j, k, clean("\n".join(words)).rstrip(".")))
        j = k + 1
    return (j, found) if found else None
