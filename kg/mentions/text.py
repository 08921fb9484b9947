"""Normalisation shared by the rules: labels, keys, slugs and Norwegian number formats."""

from __future__ import annotations

import re
import unicodedata

import snowballstemmer

QUOTES = "«»\"“”‘’'"
_SPACE = re.compile(r"\s+")
_GRANT_PREFIX = re.compile(
    r"^(?:(?:driftstilsk(?:udd|ot)|tilsk(?:udd|ot)s?ordning(?:en|a)?|tilsk(?:uddet|otet)|tilsk(?:udd|ot)|"
    r"ordningen|ordninga)\s+(?:til|for)?\s*)+", re.IGNORECASE)
# Nynorsk plural and definite endings read as Bokmål in a scheme's key ('møteplassar' is 'møteplasser')
# Nynorsk plural endings as Bokmål writes them: 'ordningar' -> 'ordninger', 'distrikta' -> 'distriktene'
_NYNORSK_ENDING = re.compile(r"(?<=[a-zæøå]{4})(?:ar|ane)\b|(?<=[a-zæøå]{5}[bcdfgkpt])a\b")
#: A table's ruled line ('------', '======').
RULED_LINE = re.compile(r"^[-–—=_]{5,}$")
NUMBER_GROUPS = re.compile(r"^-?(?:0|[1-9]\d{0,2})(?: \d{3})*$")
_STEM = snowballstemmer.stemmer("norwegian")
# Function words carry no identity: two titles sharing only 'av' and 'for' are not alike.
STOPWORDS = frozenset(["av", "og", "i", "for", "til", "på", "med", "om", "en", "et", "ei", "den", "det", "de",
                       "som", "at", "er", "skal", "blir", "har", "the", "of", "and"])


def clean(text: str) -> str:
    """Collapse white space, re-join words hyphenated over a line break and trim punctuation."""
    # (a part joined by a dash keeps its hyphen: 'meister–lærling-' / 'ordninga')
    text = re.sub(r"(\S*)(\w)-\s*\n\s*(\w)", lambda m: f"{m.group(1)}{m.group(2)}-{m.group(3)}"
                  if m.group(3).isupper() or m.group(2).isupper() or "–" in m.group(1)
                  else f"{m.group(1)}{m.group(2)}{m.group(3)}", text)
    # a line break a passage has already turned into a space: 'lese- prosjekter' (never 'lese- og skrive-')
    text = re.sub(r"([a-zæøå]{2})- ((?!og\b|eller\b|samt\b|enn\b|til\b)[a-zæøå]{2})", r"\1\2", text)
    return _SPACE.sub(" ", text).strip(" \t\n•-–:;,")


def norm(text: str) -> str:
    """Case-, quote- and space-insensitive form of a label, for matching mentions."""
    text = unicodedata.normalize("NFC", text).lower()
    text = "".join(ch for ch in text if ch not in QUOTES)
    text = re.sub(r"[^\w+ /-]", " ", text)
    return _SPACE.sub(" ", text).strip(" -")


# Nynorsk words of the genre's goal titles as Bokmål writes them ('i heile landet' is 'i hele landet')
NYNORSK_WORDS = {"heile": "hele", "fleire": "flere", "meir": "mer", "betre": "bedre", "ikkje": "ikke", "ein": "en",
                 "eit": "et", "berekraftig": "bærekraftig", "berekraftige": "bærekraftige", "auka": "økt",
                 "auke": "øke", "tilbod": "tilbud", "tenester": "tjenester", "tenesta": "tjenesten", "tal": "antall",
                 "talet": "antallet", "teke": "tatt", "teken": "tatt", "kva": "hva", "korleis": "hvordan",
                 "frå": "fra", "vert": "blir", "sams": "felles", "innverknad": "innflytelse", "deltek": "deltar"}
# and its endings and word parts ('sakshandsamingstid', 'gjennomsnittleg', 'frivilligsentralar', 'deltakarar',
# 'byggjesøknad', 'samanhengande', 'fellesløysinga', 'livshendingar', 'sikkerheit', 'ungdomsmedverknad',
# 'avgjerder', 'låginntektsfamiliar', 'verkemidla')
NYNORSK_PARTS = ((re.compile(r"handsam"), "behandl"), (re.compile(r"rettleiing"), "veiledning"),
                 (re.compile(r"rettleiar"), "veileder"), (re.compile(r"(?<=\w{4})leg(e?)$"), r"lig\1"),
                 (re.compile(r"yggj"), "ygg"), (re.compile(r"^saman"), "sammen"), (re.compile(r"løysing"), "løsning"),
                 (re.compile(r"hending"), "hendels"), (re.compile(r"(?<=\w{3})heit(?=$|a$|en$|er$)"), "het"),
                 (re.compile(r"verknad"), "virkning"), (re.compile(r"^avgjerd"), "beslutning"),
                 (re.compile(r"^låg(?=inntekt)"), "lav"), (re.compile(r"^verkemid"), "virkemid"),
                 (re.compile(r"(?<=\w{4})arar$"), "ere"), (re.compile(r"(?<=\w{4})ar$"), "er"),
                 (re.compile(r"(?<=\w{4})ane$"), "ene"))


def _bokmal(word: str) -> str:
    word = NYNORSK_WORDS.get(word, word)
    for pattern, replacement in NYNORSK_PARTS:
        word = pattern.sub(replacement, word)
    return word


def stems(text: str) -> frozenset[str]:
    """The word stems of a title (numbers, one-letter and function words dropped); the genre's Nynorsk 'tilskot'
    (in a compound too: 'etableringstilskot') is stemmed as the Bokmål 'tilskudd', and its common Nynorsk words as
    their Bokmål forms, so the two languages' titles of one scheme or goal compare."""
    words = [re.sub(r"tilskot", "tilskudd", _bokmal(w)) for w in norm(text).replace("/", " ").replace("-", " ").split()
             if len(w) > 1 and not w.isdigit() and _bokmal(w) not in STOPWORDS]
    return frozenset(_STEM.stemWords(words))


def grant_inflection(key: str) -> tuple[frozenset[str], int]:
    """A scheme's key (:func:`grant_key`) as its words' stems and their number: the same for the name in any
    inflection ('fellestiltak i beiteområde', '… i beiteområdet', '… i beiteområder')."""
    return stems(key), len(key.split())


def grant_key(name: str) -> str:
    """Key of a grant scheme: its name without the generic 'Tilskudd til'/'tilskuddsordningen' prefix."""
    key = re.sub(r"(?<=\w)tilskuddet\b", "tilskudd", norm(name))  # 'Kompetansetilskuddet' is 'Kompetansetilskudd'
    key = re.sub(r"(?<=\w)- (?=(?:og|eller) )", " ", key)  # 'barne- og ungdoms…' as a table's wrap may lose the dash
    stripped = _GRANT_PREFIX.sub("", key).strip()
    return _NYNORSK_ENDING.sub(lambda m: "er" if m.group(0) == "ar" else "ene", stripped or key)


def slug(text: str, limit: int = 80) -> str:
    """ASCII slug for IRIs: stable for the same label across runs."""
    text = norm(text).replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].rstrip("-") or "x"


def to_int(text: str) -> int:
    """A Norwegian-formatted integer ('1 296 264', '-5 000 000') as an int."""
    return int(re.sub(r"[\s\u00a0]", "", text))


def split_numbers(tokens: list[str], count: int) -> list[list[int]]:
    """Every way to read digit groups as ``count`` numbers formatted with thousand separators."""
    results: list[list[int]] = []

    def valid(groups: list[str]) -> bool:
        return bool(NUMBER_GROUPS.match(" ".join(groups)))

    def walk(i: int, acc: list[int]) -> None:
        if len(acc) == count:
            if i == len(tokens):
                results.append(acc)
            return
        for j in range(i + 1, len(tokens) + 1):
            if valid(tokens[i:j]):
                walk(j, [*acc, to_int(" ".join(tokens[i:j]))])

    walk(0, [])
    return results


def breakable(word: str) -> str:
    """A pattern for ``word`` that also matches it split by a hyphen at a line's end ('føl-' / 'gende')."""
    return r"(?:-[ \t]*\n[ \t]*)?".join(re.escape(c) for c in word)
