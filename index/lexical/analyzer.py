"""Norwegian text analysis for lexical retrieval: words, stop words, lemmas, compound parts, stems.

A word becomes the snowball ``norwegian`` stem of its lemma (simplemma, Norsk
Ordbank data); a compound unknown to the lexicon is also split into known parts,
dropping the linking ``s``/``e`` (``fosterhjemsmangel`` -> ``fosterhjem`` +
``mangel``), so a question about *mangel på fosterhjem* meets the compound.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache

import simplemma
import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.nb.stop_words import STOP_WORDS as NB_STOP

WORD = re.compile(r"[^\W_]+", re.UNICODE)
MIN_PART = 3
MIN_COMPOUND = 7
LINKS = ("s", "e")
#: spaCy's Norwegian list comes from news text and stops nouns that carry meaning in steering documents
#: ("mål" is a goal here, not a sports score); those are kept as words.
CONTENT_WORDS = frozenset({"mål", "kroner", "leder", "kontakt", "land", "landet", "plass", "personer", "mennesker",
                           "folk", "saken", "by", "sted", "stedet", "grunn", "kamp", "kampen"})
STOP_WORDS = frozenset((NB_STOP - CONTENT_WORDS) | EN_STOP
                       | {"hvilke", "hvilken", "hvilket", "hva", "hvem", "hvordan", "hvorfor"})

#: A snowball stemmer keeps the word it is stemming on itself: shared by request threads it mixes their words
#: up (and a wrong stem would stay in the cache below), so each thread has its own.
_stemmers = threading.local()


def _stem(word: str) -> str:
    stemmer = getattr(_stemmers, "norwegian", None)
    if stemmer is None:
        stemmer = _stemmers.norwegian = snowballstemmer.stemmer("norwegian")
    return str(stemmer.stemWord(word))


@lru_cache(maxsize=200_000)
def _known(word: str) -> bool:
    return len(word) >= MIN_PART and simplemma.is_known(word, lang="nb")


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="nb"))


def _head_forms(head: str) -> Iterator[str]:
    yield head
    for link in LINKS:
        if head.endswith(link) and len(head) - 1 >= MIN_PART:
            yield head[: -len(link)]


def _whole(word: str) -> bool:
    lemma = _lemma(word)
    return _known(word) or (lemma != word and _known(lemma))


def _tail_parts(tail: str, depth: int) -> tuple[str, ...]:
    if _whole(tail):
        return (_lemma(tail),)
    # Deeper parts must be longer: three-letter words inside long compounds are mostly noise.
    return split_compound(tail, depth + 1) if len(tail) >= 2 * (MIN_PART + 1) else ()


@lru_cache(maxsize=200_000)
def split_compound(word: str, depth: int = 0) -> tuple[str, ...]:
    """Known parts of a compound, left to right (lemma of the last part), or ``()`` if it does not split."""
    if len(word) < MIN_COMPOUND or depth > 2:
        return ()
    shortest = MIN_PART + (1 if depth else 0)
    # Longest head first: in Norwegian the last part carries the meaning, and a short
    # tail ("mangel", "mål") is a safer split than a long unknown one.
    for i in range(len(word) - shortest, shortest - 1, -1):
        head, tail = word[:i], word[i:]
        if tail in STOP_WORDS:
            continue
        first = next((h for h in _head_forms(head) if _known(h)), None)
        if first is None:
            continue
        if first != head and _known(word[: i - 1]) and _whole(word[i - 1 :]):
            # "følgeevaluering": "følge" + "evaluering" beats "følge(e)" + "valuering".
            first, tail = word[: i - 1], word[i - 1 :]
        rest = _tail_parts(tail, depth)
        if rest:
            return (first, *rest)
    return ()


#: Terms of words analysed before: filled as words are analysed and from a saved table
#: (:mod:`index.lexical.vocabulary`), so a build analyses only the words it has not met yet.
KNOWN_TERMS: dict[str, tuple[str, ...]] = {}
#: Bound on :data:`KNOWN_TERMS` in a long-lived process.
MAX_KNOWN = 2_000_000


def word_terms(word: str) -> tuple[str, ...]:
    """Index terms of one lower-cased word: stem of the whole (lemmatised) word, then of its parts."""
    terms = KNOWN_TERMS.get(word)
    if terms is None:
        if len(KNOWN_TERMS) >= MAX_KNOWN:
            KNOWN_TERMS.clear()
        terms = KNOWN_TERMS[word] = _analyse_word(word)
    return terms


def _analyse_word(word: str) -> tuple[str, ...]:
    if word in STOP_WORDS:
        return ()
    if word.isdigit():
        return (word,)
    terms = [_stem(_lemma(word))]
    if not _known(word):
        terms += [_stem(part) for part in split_compound(word)]
    return tuple(dict.fromkeys(t for t in terms if t))


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, lower-cased word)`` for each word of ``text``."""
    for m in WORD.finditer(text):
        yield m.start(), m.end(), m.group().lower()


def analyse(text: str) -> list[str]:
    """The terms of ``text`` in order (a word may give several)."""
    return [term for _, _, w in words(text) for term in word_terms(w)]
