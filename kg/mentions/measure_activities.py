"""Measures an agency reports running, in its own words: *I 2024 lanserte vi nettkurset Trygg digital hverdag,
…*, *arrangerte vi Digitalukene for seniorer i oktober*, *Hjelpelinja for digitale tjenester, som vi har drevet
siden 2021, …*; and the numbered measures of a plan, *Tiltak 3  Digital svømmedagbok for elever*.

An annual report tells what the agency did in the first person plural. A name in capitals right after a verb of
starting or running something and *vi* (with a definite noun before it, *nettkurset*, or none), or a name in
capitals opening a sentence and followed by *, som vi*, is a measure's. The name runs over its lower-case words
to a comma, a clause word or a time (*i oktober*, *i 2024*). It addresses the goal of the section it stands in.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Mention, Span, span_of
from kg.mentions.deadlines import MONTHS
from kg.mentions.goals import GoalContext, addresses_goal
from kg.mentions.language import head_of, lemma
from kg.mentions.measure_words import MEASURE_NAME_HEADS, RUN_BY_OTHERS
from kg.mentions.targets import measure_key
from kg.passages.base import Passage

_VERBS = (r"lanserte|startet|etablerte|opprettet|arrangerte|åpnet|utviklet|videreførte|gjennomførte|drev|driftet|"
          r"sendte|starta|oppretta|opna|utvikla|vidareførte|dreiv|innførte|innførde")
# 'lanserte vi (også) (nettkurset) Trygg …': the verb, 'vi', an adverb, maybe an article or a definite noun, then the
# name
RUN_BY_US = re.compile(rf"\b(?:{_VERBS})[ \t\n]+vi[ \t\n]+(?:(?:også|dessuten|òg|i[ \t]+(?:19|20)\d\d)[ \t\n]+)?"
                       r"(?:(?:et|en|ei|eit|ein)[ \t\n]+|[a-zæøå]{4,}(?:et|en|a)[ \t\n]+)?(?=[A-ZÆØÅ])")
# 'vi etablerte (også) et Nettverk for …': 'vi', the verb, an article, then the name
WE_DID = re.compile(rf"\bvi[ \t\n]+(?:også[ \t\n]+)?(?:{_VERBS})[ \t\n]+(?:(?:et|en|ei|eit|ein)[ \t\n]+)?(?=[A-ZÆØÅ])")
# 'Hjelpelinja for digitale tjenester, som vi …' opening a sentence
WE_RUN = re.compile(r"(?:^|(?<=[.!?][ \t\n]))(?=[A-ZÆØÅ][a-zæøå]{4,}[^.!?,]{0,60},[ \t\n]+som[ \t\n]+vi\b)")
# 'Digital politiattest 2.0 ble tatt i bruk fra april': a name of two words or more opening a sentence whose verb
# says it was put to use
TAKEN_UP = re.compile(r"(?:^|(?<=[.!?][ \t\n]))(?=[A-ZÆØÅ](?:[^.!?,\n]|(?<=\d)\.(?=\d)){3,60}?[ \t\n]+"
                      r"(?:ble|vart)[ \t\n]+(?:tatt[ \t\n]+i[ \t\n]+bruk|innført|lansert|satt[ \t\n]+i[ \t\n]+drift)"
                      r"\b)")
# '… valde ut gjennom Pilot med risikobasert tilsyn i Bergen': a measure's noun capitalised inside a sentence, a
# title of its own
TITLE_NOUNS = ("Pilot", "Pilotprosjekt", "Prosjekt", "Program", "Kampanje", "Forsøk", "Satsing")
TITLED = re.compile(rf"(?<=[a-zæøå,][ \t\n])(?=(?:{'|'.join(TITLE_NOUNS)})[ \t\n]+(?:med|for|om|mot)[ \t\n]+[a-zæøå])")
NEW = frozenset({"Ny", "Nytt", "Nye"})  # 'Ny digital søknadsløsning ble tatt i bruk': a description
TAKEN_VERB = re.compile(r"[ \t\n]+(?:ble|vart)[ \t\n]")
WORD = re.compile(r"[^\s]+")
CLAUSE_WORDS = frozenset({"er", "var", "ble", "blir", "vart", "har", "hadde", "skal", "kan", "vil", "som", "der",
                          "med", "og", "men", "etter", "fra", "frå", "gir", "ga", "gav"})
# words that do not open a name: determiners, pronouns, months, the agency itself
NOT_NAMES = frozenset({"Det", "Den", "De", "Vi", "Dette", "Disse", "Denne", "Direktoratet", "Departementet", "Norge",
                       "Tilskudd", "Tilskot", *(m.capitalize() for m in MONTHS)})
MAX_WORDS = 6
# a steering term opening the words before ', som vi …' ('Resultatkravet om …, som vi rapporterte på'): no name
STEERING_TERM = re.compile(r"(?i)^(?:resultatkrav|resultatmål|prestasjonskrav|styringsparamet|styringsindikator|"
                           r"indikator|oppdrag)\w*$")
# 'Tiltak 3  Digital svømmedagbok for elever' on a line of its own: a plan's numbered measure and its name
# ('Tiltak 1.2  Besøksvenn 2.0 – nasjonal modell for …': numbered in its area, a description after a dash)
NUMBERED = re.compile(r"^[ \t\f]*Tiltak[ \t]+\d{1,2}(?:\.\d{1,2})?[ \t]*[:.–-]?[ \t]+"
                      r"(?P<name>[A-ZÆØÅ«](?:[^\n.!?–]|(?<=\d)\.(?=[ \t\d])){2,100}?)"
                      r"(?:[ \t]+[–-][ \t]+[^\n]*)?[ \t]*$", re.MULTILINE)
# a definite noun before a name ('Kampanjen «Ring en venn»', 'Transportordningen Seniorskyss'): the name alone
KIND_BEFORE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:en|et|a)[ \t]+(?=«|[A-ZÆØÅ])")
# a definite verbal noun opens a description, not a name ('Kartleggingen av …, som vi …', 'Undersøkelsen')
VERBAL_NOUN = ("ingen", "ingene", "elsen", "elsene", "inga", "ingane")


def _name(text: str, at: int) -> tuple[int, int] | None:
    """Start and end of the name that opens at ``at``: a capitalised word and the lower-case words after it, to
    a comma, a clause word or a time."""
    words = list(WORD.finditer(text, at))[: MAX_WORDS + 3]
    first = words[0].group().rstrip(",.") if words else ""
    if not first or first in NOT_NAMES or first.endswith(VERBAL_NOUN):
        return None
    if len(words) > 1 and words[1].group()[:1].isupper() and head_of(lemma(first.lower()), MEASURE_NAME_HEADS):
        return _name(text, words[1].start())  # 'Kampanjen Si ja til fritid, som vi …': the noun names no one
    titled = first in TITLE_NOUNS  # 'Pilot med risikobasert tilsyn i Bergen og Tromsø': the places belong to it
    end = at
    for k, w in enumerate(words[: MAX_WORDS + 2 * titled]):
        token = w.group()
        bare = token.rstrip(",.;:")
        places = titled and bare == "og" and words[k - 1].group()[:1].isupper() and k + 1 < len(words) \
            and words[k + 1].group()[:1].isupper()
        if k and not (titled and k == 1 and bare == "med" or places) and (
                bare in CLAUSE_WORDS or (k > 1 and bare in ("med", "fra")) or (
                bare == "i" and k + 1 < len(words) and (
                words[k + 1].group().rstrip(",.").lower() in MONTHS or words[k + 1].group()[:1].isdigit()))):
            break
        version = k > 0 and re.fullmatch(r"\d{1,2}\.\d{1,2}", bare) is not None  # 'Digital politiattest 2.0'
        if not bare or (k and not (bare.islower() or bare[:1].isupper() or version)) \
                or (bare[:1].isdigit() and not version):
            break
        if k and bare[:1].isupper() and "\n" in text[end: w.start()] \
                and words[k - 1].group().lower() not in ("i", "og", "for", "til", "av", "med", "på", "om"):
            break  # a capital opening the next line after a word that closes a phrase: the next line's text
        end = w.start() + len(bare)
        if bare != token:
            break  # a comma or full stop ends the name
    return (at, end) if end > at else None


def _described(name: str) -> bool:
    """Whether a sentence's subject describes rather than names: 'Ny digital søknadsløsning', or a definite noun
    and lower-case words after it ('Grunnopplæringsdelen av programmet'; not 'Heisregisteret 3.0')."""
    first, *rest = name.split()
    return first in NEW or (first.lower().endswith(("en", "et", "a", "ene")) and all(w.islower() for w in rest))


def _known_prefix(text: str, found: tuple[int, int], original: str) -> tuple[int, int]:
    """The name cut to its longest beginning (of two words or more) that the document also writes elsewhere, where
    the whole is written only here ('… innførte Forenklet søknad om momskompensasjon for lag med …' beside
    'Følgeevaluering av forenklet søknad om momskompensasjon')."""
    words = list(WORD.finditer(text, found[0], found[1]))

    def times(end: int) -> int:
        phrase = r"\s+".join(re.escape(w) for w in text[found[0]:end].split())
        return len(re.findall(rf"(?<![\wæøå]){phrase}(?![\wæøå])", original, re.IGNORECASE))

    if len(words) < 3 or times(found[1]) > 1:
        return found
    for k in range(len(words) - 1, 1, -1):
        if times(words[k - 1].end()) > 1:
            return found[0], words[k - 1].end()
    return found


def activity_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """A Measure mention for each measure the agency says it runs (see the module's docstring)."""
    out = Extraction()
    seen: set[tuple[str, int]] = set()
    for p in passages:
        if p.kind not in ("paragraph", "list"):
            continue
        for pattern, rule in ((RUN_BY_US, "measure.run-by-us"), (WE_DID, "measure.run-by-us"),
                              (WE_RUN, "measure.we-run"), (TITLED, "measure.titled-noun"),
                              (TAKEN_UP, "measure.taken-up")):
            for m in pattern.finditer(p.text):
                found = _name(p.text, m.end())
                if found is None or (pattern is TAKEN_UP and (" " not in p.text[found[0]:found[1]].strip()
                                                               or not TAKEN_VERB.match(p.text, found[1])
                                                               or _described(p.text[found[0]:found[1]]))):
                    continue  # the whole subject is the name, of two words or more
                found = found if pattern is TITLED else _known_prefix(p.text, found, original)  # (its places too)
                name = re.sub(r"\s+", " ", p.text[found[0]:found[1]])
                one_word = " " not in name
                if (one_word and re.search(r"(?<![\wæøå])" + re.escape(name.lower()) + r"(?![\wæøå])", original)) \
                        or len(name) < 4 or (p.id, found[0]) in seen or STEERING_TERM.match(name.split()[0]):
                    continue  # a common word written with a capital at a sentence's start, not a name
                if RUN_BY_OTHERS.match(p.text[found[1]:]):
                    continue  # '…, som Helsedirektoratet forvalter': another body's programme
                seen.add((p.id, found[0]))
                span = span_of(p, found[0], found[1], original)
                mention = Mention("Measure", measure_key(name), name, span, rule, 0.7)
                out.mentions.append(mention)
                out.links.extend(addresses_goal(ctx, p, mention))
    return out


def numbered_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """A Measure mention for each numbered measure of a plan (*Tiltak 3  Name*, *Tiltak 1.2  Name – what it is*),
    addressing its section's goal."""
    out = Extraction()
    for m in NUMBERED.finditer(original):
        name = re.sub(r"\s+", " ", KIND_BEFORE.sub("", m.group("name"))).strip(" «»")
        p = next((p for p in passages if p.start <= m.start("name") < p.end), None)
        if p is None or len(name.split()) > 12:
            continue
        start = m.start("name")
        span = Span(p.id, p.doc, p.doc_name, start, m.end("name"), p.page, p.section, original[start:m.end("name")])
        mention = Mention("Measure", measure_key(name), name, span, "measure.numbered", 0.8)
        out.mentions.append(mention)
        out.links.extend(addresses_goal(ctx, p, mention))
    return out
