"""What an assignment orders evaluated: 'gjennomføre en evaluering av X', 'sette i gang en ekstern evaluering av
X', 'evaluere X', 'sørge for at X blir evaluert', 'X skal evalueres'."""

from __future__ import annotations

import re

from kg.mentions.targets import POINTERS, Target, classify, measure_key
from kg.mentions.text import grant_key

_STOP = (r"(?=\s+(?:i samarbeid med|med vekt på|med sikte på|og (?:vurdere|gi|legge|levere|rapportere|foreslå)|"
         r"innen|fram til|frem til|slik at|som skal|for å|gjennomføres|gjennomført|blir|ble|er|skal|kan|vil)\b"
         # the next sentence's subject where a title runs on into the text ('… av Forebyggingsløftet Direktoratet skal')
         r"|\s+[A-ZÆØÅ][\wæøå]+\s+(?:skal|må|bør|vil)\b"
         r"|[,.;:()]|$)")
ORDERS = (
    re.compile(r"\b(?:\w*evaluering(?:en)?|evalueringer)\s+av\s+(?P<t>.+?)" + _STOP, re.I),
    re.compile(r"\bevaluere\s+(?P<t>.+?)" + _STOP, re.I),
    re.compile(r"\b(?:sørge for|påse|sikre)\s+at\s+(?P<t>.+?)\s+(?:blir|skal bli|bli)\s+evaluert\b", re.I),
    re.compile(r"(?:^|[.;]\s+)(?P<t>[A-ZÆØÅ][^.;]+?)\s+skal\s+evalueres\b"),
)
LEAD = re.compile(r"^(?:den|det|de|en|et|hele)\s+", re.I)
# 'følge opp anbefalingene (fra den eksterne) evalueringen av X': an evaluation already made, followed up
FOLLOWED_UP = re.compile(r"\b(?:anbefaling\w*|funn\w*|resultat\w*|oppfølging\w*|følge\s+opp)\s+(?:i|fra|av|etter)\s+"
                         r"(?:(?:den|det|de)\s+)?(?:[a-zæøå]+\s+)?$",
                         re.I)
# 'tilskuddsordningen Tilskudd til …', 'programmet Jobbsjansen': the generic word before a name is not the name
KIND_WORD = re.compile(r"^(?:tilsk(?:udd|ot)s)?(?:ordningen|ordninga|programmet|tiltaket|prosjektet|satsingen|satsinga|"
                       r"tjenesten|tenesta)\s+"
                       r"(?=[A-ZÆØÅ])")


def ordered_evaluation(text: str) -> Target | None:
    """The thing an assignment's text orders evaluated, typed like other evaluation targets, or ``None``."""
    for pattern in ORDERS:
        m = pattern.search(text)
        if not m or FOLLOWED_UP.search(text, max(0, m.start() - 60), m.start()):
            continue
        phrase = LEAD.sub("", m.group("t").strip())
        kind = KIND_WORD.match(phrase)
        if kind and kind.group().lower().startswith(("tilskudds", "tilskots")):
            # 'tilskuddsordningen <Name>': a grant scheme, whatever its name says
            name = phrase[kind.end():]
            if len(name.split()) <= 10:
                return Target("GrantScheme", ("GrantScheme", grant_key(name)), name, 0, len(name))
        phrase = phrase[kind.end():] if kind else phrase
        words = phrase.split()
        if not words or len(words) > 10:
            continue
        if words[0].lower() in POINTERS and not any(w[:1].isupper() for w in words[1:]):
            continue  # 'evalueringen av ordningen fra 2022': points back at something, names nothing
        if phrase[0].isupper() and len(words) <= 6:
            # a name as printed ('Nettverksråd i barnevernet'): the whole of it, not only its head
            t = classify(phrase)
            if t is None or t.type == "Measure":
                return Target("Measure", measure_key(phrase), phrase, 0, len(phrase))
            return t
        t = classify(phrase)
        if t is None or (t.type == "Measure" and t.label == phrase and len(words) > 4):
            continue  # a description ('om tiltakene virker'), not something named
        return t
    return None
