"""The words around a measure's name in a sentence: where the name ends, the short name its words spell, and the
inflected common nouns that open no name."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.mentions.language import lemma

# words that close a noun phrase: finite verbs and clause openers
CLAUSE_WORDS = ("er", "var", "ble", "blir", "har", "hadde", "skal", "kan", "vil", "gir", "ga", "får", "fikk", "som",
                "slik", "der", "hvor")
MODALS = ("skal", "må", "bør", "vil", "kan")
# the vocabulary of measures' names: generic nouns of the genre, not corpus facts
MEASURE_NAME_HEADS = ("tiltak", "program", "kampanje", "prosjekt", "satsing", "pilot", "modell", "metode",
                      "verktøy", "ressurs", "portal", "konsept", "kurs", "nettside", "nettsted", "opplegg",
                      "kompetansepakke", "veiviser", "podkast", "løsning", "register", "database", "teneste",
                      "markedsplass", "nettstad", "tilbud", "tilbod", "oversikt", "veileder", "rettleiar")
# heads of a compound that is itself a measure's name ('Kystportalen', 'Læringsprogrammet')
COMPOUND_NAME_HEADS = ("portal", "kampanj", "program", "opplegg", "kurs", "skole", "teller", "liste", "guide", "los",
                       "app", "løft", "nettverk", "rettleiar", "verkstad", "verksted", "sekk", "veileder", "akademi",
                       "pilot", "verktøy", "satsing", "kart")
# nouns that head a measure's name only bare ('tjenesten Fritidsguiden'), not in compounds ('barnevernstjenesten')
BARE_HEADS = ("tjenesten", "ordningen", "tenesta", "ordninga")
OPENING_PREPOSITIONS = ("gjennom", "via", "med", "på", "i", "under", "etter")
DEFINITION_HEADS = ("tiltak", "program", "kampanje", "prosjekt", "satsing", "pilot", "modell", "metode",
                    "arbeidsmåte", "verktøy", "ressurs", "portal", "tjeneste", "intensjonsavtale", "avtale", "team",
                    "nettressurs")
# words of time and quantity: 'Havnesikkerhetsprisen for andre gang' is the prize, then when
NOT_NAMING = ("første", "andre", "tredje", "fjerde", "femte", "gang", "gangen", "året", "år", "alle", "hele", "flere",
              "mange", "noen")
PREPOSITIONS = ("på", "for", "i", "til", "med", "mot", "uten", "utan")
LINKING = ("i", "og", "for", "til", "av", "med", "på", "om")  # words a short name's initials may leave out


def closed(doc: Doc, i: int) -> bool:
    """Whether a clause boundary follows at token ``i``: the name before it ends there."""
    if i >= len(doc):
        return True
    t = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    # 'X skal videreføre programmet Y og prioritere …': 'og' joins a second infinitive to the modal verb
    infinitive = t.lower_ == "og" and nxt is not None and nxt.is_lower and nxt.text.endswith("e") \
        and any(w.lower_ in MODALS for w in doc[t.sent.start : i])
    return (t.is_punct and t.text not in ("-", "–", "/")) or t.lower_ in CLAUSE_WORDS or infinitive


def prepositional(doc: Doc, i: int) -> SpacySpan | None:
    """The sentence-case name that the definite word at ``i`` opens with a preposition's phrase after it, closed by
    a clause boundary, a past tense or a conjunction ('pilotprosjektet Biblioteket på hjul, som …', '… på hjul
    vart starta', '… på hjul eller …'); a genitive ('Barnets') opens none."""
    if i + 3 > len(doc) or doc[i].lower_.endswith("s") or doc[i + 1].lower_ not in PREPOSITIONS:
        return None
    for end in (i + 4, i + 3):  # one or two words after the preposition ('for universell utforming')
        words = doc[i + 2: end]
        if end <= len(doc) and all(w.is_alpha and w.is_lower and w.lower_ not in LINKING and len(w) > 2
                                   and w.lower_ not in NOT_NAMING for w in words) \
                and (closed(doc, end) or doc[end].lower_ in ("og", "eller", "vart", "blei")):
            return doc[i:end]
    return None


def spelt_out(doc: Doc, i: int) -> SpacySpan | None:
    """The sentence-case name from token ``i`` whose words' initials a short name in brackets after it spells
    ('Samordnet lokal forebygging (SLF)', 'Digitalt utenforskap i kommunen (DUK)': the small linking words may be
    left out)."""
    for k in (4, 3, 2):
        end = i + k
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper \
                and all(t.is_alpha for t in doc[i:end]) \
                and doc[end + 1].text in ("".join(t.text[0] for t in doc[i:end]).upper(),
                                          "".join(t.text[0] for t in doc[i:end] if t.lower_ not in LINKING).upper()):
            return doc[i:end]
    return None


def inflected(word: str) -> bool:
    """A definite or genitive form of a common noun ('Barnets', 'Tjenesten'), which opens no name."""
    low = word.lower()
    return lemma(word) != low and low.endswith(("s", "en", "et", "ene", "er"))


def split_on(doc: Doc, i: int) -> tuple[str, int] | None:
    """The lower-case word split by a hyphen over the line break at token ``i`` ('kyst-' / 'miljø'), joined, and
    the offset where it ends."""
    if i + 2 < len(doc) and doc[i].text.endswith("-") and doc[i].text[:-1].isalpha() and doc[i].is_lower \
            and doc[i + 1].is_space and "\n" in doc[i + 1].text and doc[i + 2].is_alpha and doc[i + 2].is_lower:
        return doc[i].text[:-1] + doc[i + 2].text, doc[i + 2].idx + len(doc[i + 2].text)
    return None


# a measure said to be run by someone the text does not name ('…, som drives av en privat stiftelse'), or by a body it
# names ('«X», som Kulturminnedirektoratet har ansvaret for', '…, som Helsedirektoratet forvalter', not by a short
# name, which is mostly the agency's own: '…, som DFT også forvaltar'; 'X, et program i regi av Direktoratet for …')
RUN_BY_OTHERS = re.compile(r"^\s*,?\s*(?:som\s+(?:drives|driftes|eies|driv|blir\s+driven)\s+av\s+"
                           r"(?:en|ei|et|ein|eit|andre)\b|(?:(?:et|en|ei|eit|ein)\s+[a-zæøå]+\s+)?i\s+regi\s+av\s+"
                           r"[A-ZÆØÅ]|som\s+[A-ZÆØÅ][^,.;]{2,60}?\s+(?:har|hadde)\s+ansvar(?:et)?\s+for|"
                           r"som\s+(?![A-ZÆØÅ]{2,6}\b)[A-ZÆØÅ][^,.;]{2,60}?\s+(?:forvalter|forvaltar)\b)")
# 'Riksantikvaren har fortsatt det overordnede ansvaret for verneverdige skip, herunder programmet …': a programme in
# another body's remit
OTHERS_REMIT = re.compile(r"(?:^|\s)(?P<org>[A-ZÆØÅ][\wæøå-]{3,})\s+(?:har|hadde)\s+(?:[a-zæøå]+\s+){0,3}"
                          r"ansvar(?:et)?\s+for\b(?:(?!ansvar)[^.;:])*\bherunder\s*$")


def in_others_remit(before: str, original: str) -> bool:
    """Whether the words ``before`` a measure's noun place it in the remit of a body the document names (a name
    it never writes in lower case, not 'Senteret'), as one of the things that body is responsible for."""
    m = OTHERS_REMIT.search(before)
    return m is not None and re.search(rf"(?<![\wæøå]){re.escape(m.group('org').lower())}(?![\wæøå])",
                                       original) is None
