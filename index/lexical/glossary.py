"""English question words -> Norwegian terms of public administration, for lexical retrieval.

The corpus is Norwegian; BM25 cannot match "foster home" to *fosterhjem*. A question's
English words and phrases found in the glossary add their Norwegian equivalents to its
lexical query (the dense model reads English on its own). The entries, in
``glossary_en_nb.tsv`` next to this module, are the general vocabulary of Norwegian
public policy and mål- og resultatstyring, not names from any one document.

Matching works on canonical words: lower case, hyphens as spaces (``foster-home`` is
``foster home``), no possessive ``'s`` and British spelling (``organization`` is
``organisation``), the same for the file's keys and the question's words. Longer phrases
win over the words inside them, and a question's plural that is no key of its own is
also tried in the singular (``families`` -> ``family``, ``policies`` -> ``policy``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.lexical.phrases import PhraseTable, packaged_lines, parse_table

DATA_FILE = "glossary_en_nb.tsv"
# Words that mark a question as English (and are not Norwegian words too).
ENGLISH_MARKERS = frozenset({"the", "which", "what", "who", "whom", "how", "why", "when", "where", "does", "did",
                             "are", "was", "were", "has", "have", "of", "in", "on", "and", "that", "this",
                             "there", "any", "many", "much", "about", "with", "their"})
_WORDS = re.compile(r"[\w'’-]+", re.UNICODE)
# American -> British spelling, so that the file lists one spelling of each key.
_BRITISH = (
    (re.compile(r"yz(?=(e|es|ed|ing|er|ers)$)"), "ys"),  # analyze -> analyse
    (re.compile(r"iz(?=(e|es|ed|ing|er|ers|ation|ations|ational)$)"), "is"),  # organization -> organisation
    (re.compile(r"^(behavi|lab|hon|neighb|fav)or"), r"\1our"),  # behavior -> behaviour
    (re.compile(r"^(cent|fib|theat)er(?=s?$)"), r"\1re"),  # center -> centre
    (re.compile(r"^counsel(?=ing|or)"), "counsell"),  # counseling -> counselling
)


def _canonical(token: str) -> list[str]:
    """Canonical words of one raw token: ``Foster-Home's`` -> ``["foster", "home"]``."""
    words = []
    for part in token.lower().replace("’", "'").split("-"):
        word = part.strip("'")
        if word.endswith("'s"):
            word = word[:-2]
        for pattern, replacement in _BRITISH:
            word = pattern.sub(replacement, word)
        if word:
            words.append(word)
    return words


def canonical_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as the glossary matches them (see the module docstring)."""
    return tuple(w for token in _WORDS.findall(text) for w in _canonical(token))


def singular(word: str) -> str | None:
    """The singular of a regular English plural (``policies`` -> ``policy``), or ``None`` if not plural."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("yses"):
        return word[:-4] + "ysis"  # analyses -> analysis
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def parse_glossary(lines: Iterable[str], source: str = DATA_FILE) -> dict[str, str]:
    """English key -> Norwegian terms from ``english<TAB>norwegian terms`` lines (``#`` starts a comment line).

    Raises :class:`SearchIndexError` naming the line for a line without both columns and
    for a key that repeats an earlier one once canonical (``follow-up`` = ``follow up``).
    """
    return parse_table(lines, source, canonical_words, "english<TAB>norwegian terms")


def load_glossary() -> dict[str, str]:
    """The glossary shipped with the package (:data:`DATA_FILE`)."""
    return parse_glossary(packaged_lines(DATA_FILE), DATA_FILE)


GLOSSARY: dict[str, str] = load_glossary()
_TABLE = PhraseTable(GLOSSARY, canonical_words)


def is_english(question: str) -> bool:
    """True when the question uses English function words (Norwegian questions do not)."""
    return any(w in ENGLISH_MARKERS for w in _WORDS.findall(question.lower()))


def _forms(word: str) -> tuple[str, ...]:
    plain = singular(word)
    return (word, plain) if plain else (word,)


def norwegian_terms(question: str) -> str:
    """Norwegian equivalents of the English words and phrases of ``question``, in question order.

    Longest phrases are matched first and their words are not matched again; each
    occurrence adds its terms. A question that is not English gets ``""``.
    """
    if not is_english(question):
        return ""  # not an English question: Norwegian words go to the index as they are
    return _TABLE.terms([_forms(w) for w in canonical_words(question)])
