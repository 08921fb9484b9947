"""Measures named and then described in apposition: *Vertskapsskolen, direktoratets nettbaserte kurs i …*, *Lesesommer,
den nasjonale sommerkampanjen for barn …*.

A capitalised name the document never writes in lower case, a comma or *er*, then a determiner or a genitive (*en*,
*den*, *direktoratets*, *senteret sitt*) and up to three words of which one is a measure noun (a programme,
campaign, course, portal, service …): the name is a measure's. It addresses the goal of the section it stands in.
"""

from __future__ import annotations

import re

from simplemma import is_known

from kg.mentions.base import Extraction, Mention, span_of
from kg.mentions.goals import GoalContext, addresses_goal
from kg.mentions.language import head_of, lemma
from kg.mentions.measure_words import MEASURE_NAME_HEADS, RUN_BY_OTHERS
from kg.mentions.targets import measure_key
from kg.passages.base import Passage

APPOSITION = re.compile(
    r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][a-zæøå]{3,}(?:[ ][A-ZÆØÅ][a-zæøå]+){0,2}(?:[ ]\d{1,4}\+?)?)"
    r"(?:,|(?P<defined>[ \t]+er))[ \t]+"
    r"(?:en|et|ei|eit|ein|den|det|vår|vårt|(?P<genitive>[a-zæøå]{2,}(?:ets|ens|as)|[a-zæøå]{2,}(?:et|en|a)[ \t]+"
    r"(?:sitt|si|sin|sine)))[ \t]+"
    r"(?P<words>(?:[a-zæøå-]+,?[ \t]+){0,3}[a-zæøå-]+)")
STOP_WORDS = ("i", "for", "til", "med", "om", "på", "av", "og", "som", "der")
EXTRA_HEADS = ("veiviser", "podkast", "app", "tilbud", "tjeneste", "ordning", "veileder",
               "teneste", "tilbod", "rettleiar", "rettleiingsteneste", "veiledning", "rettleiing", "oversikt",
               "egenvurdering", "markedsplass", "database", "nettverk", "møteplass",
               "kartløsning", "løsning", "forløp", "base")


def apposition_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """A Measure mention for each name described in apposition as a measure (see the module's docstring)."""
    out = Extraction()
    heads = MEASURE_NAME_HEADS + EXTRA_HEADS
    for p in passages:
        if p.kind not in ("paragraph", "list"):
            continue
        for m in APPOSITION.finditer(p.text):
            # 'ein open, søkbar database'; 'telefon- og chattilbod' (the first part of a shared compound is no word)
            words = re.sub(r"\S+-\s+(?:og|eller)\s+", "", m.group("words")).replace(",", " ").split()
            cut = next((k for k, w in enumerate(words) if w in STOP_WORDS), len(words))
            if not any(head_of(lemma(w), heads) for w in words[:cut]):
                continue
            name = m.group("name")
            if RUN_BY_OTHERS.match(p.text[m.end("name"):]):
                continue  # 'X, et program i regi av Direktoratet for …': another body's measure
            if m.group("defined") and " " not in name and is_known(name.lower(), lang="nb") and not (
                    m.group("genitive") and re.search(r"[a-zæøå,][ \t]*\n?[ \t]*" + re.escape(name) + r"(?![\wæøå])",
                                                      original)):
                # 'Mekling er et tilbud …', 'Ordningen er direktoratets …': a common noun defined; 'Sjøveien er
                # direktoratets …' names one, as the text writes it capitalised inside a sentence ('i Sjøveien')
                continue
            # the agency's own ('Turvenn er direktoratets viktigste tiltak') is a name, also where the word is written
            # in lower case elsewhere ('gikk tur med en turvenn'), unless it is a word of the language
            owned = bool(m.group("genitive")) and " " not in name and not is_known(name.lower(), lang="nb")
            if (re.search(r"(?<![\wæøå])" + re.escape(name.lower()) + r"(?![\wæøå])", original) and not owned) \
                    or name.startswith(("Tilskudd", "Det", "Den", "Dette")):
                continue  # a common word at a sentence's start, not a name
            span = span_of(p, m.start("name"), m.end("name"), original)
            mention = Mention("Measure", measure_key(name), name, span, "measure.named-in-apposition", 0.75)
            out.mentions.append(mention)
            out.links.extend(addresses_goal(ctx, p, mention))
    return out
