"""Everyday Norwegian question words -> the administrative terms steering documents use.

A journalist asks how the state *finds more foster families*; the annual report writes
about *rekruttering av fosterhjem*. Neither BM25 nor a small embedding model reliably
connects the two, the way neither connects *foster home* to *fosterhjem* without the
English glossary. The entries, in ``paraphrases_nb.tsv`` next to this module, are the
general vocabulary of Norwegian child-welfare, family and public-administration
documents (no names from any one document); a Norwegian question's phrases found
there add their administrative terms to its lexical query and its embedded text.

Phrases are matched on lemmas (simplemma, Norsk Ordbank forms), so the file lists each
phrase once in its base form: ``fosterfamilie`` matches *fosterfamiliene*. Reflexive
and possessive pronouns are skipped on both sides (``ta med seg barnet`` = ``ta med barnet``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import simplemma

from index.lexical.analyzer import words
from index.lexical.glossary import is_english
from index.lexical.phrases import PhraseTable, packaged_lines, parse_table

DATA_FILE = "paraphrases_nb.tsv"
#: Pronouns that a phrase may or may not carry ("tar med seg barnet", "får sin hjelp").
SKIPPED = frozenset({"seg", "sin", "si", "sitt", "sine"})


@lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="nb")).lower()


def key_words(phrase: str) -> tuple[str, ...]:
    """The lemmas a phrase is matched by: ``Fosterfamiliene`` -> ``("fosterfamilie",)``."""
    return tuple(_lemma(w) for _, _, w in words(phrase) if w not in SKIPPED)


def parse_paraphrases(lines: Iterable[str], source: str = DATA_FILE) -> dict[str, str]:
    """Everyday phrase -> administrative terms from ``phrase<TAB>terms`` lines (``#`` starts a comment).

    Raises :class:`kg.errors.SearchIndexError` naming the line for a malformed line or a
    phrase whose lemmas repeat an earlier one.
    """
    return parse_table(lines, source, key_words, "everyday phrase<TAB>administrative terms")


def load_paraphrases() -> dict[str, str]:
    """The paraphrase table shipped with the package (:data:`DATA_FILE`)."""
    return parse_paraphrases(packaged_lines(DATA_FILE), DATA_FILE)


PARAPHRASES: dict[str, str] = load_paraphrases()
_TABLE = PhraseTable(PARAPHRASES, key_words)


def administrative_terms(question: str, table: PhraseTable = _TABLE) -> str:
    """Administrative terms for the everyday phrases of a Norwegian ``question``, in question order
    (from the shipped table unless another is given).

    An English question gets ``""`` (its words go through the English glossary instead).
    """
    if is_english(question):
        return ""
    return table.terms([_forms(w) for _, _, w in words(question) if w not in SKIPPED])


def _forms(word: str) -> tuple[str, ...]:
    """The word, its lemma and, for a present-tense verb the lexicon reads as a noun ("gransker",
    "behandler"), its infinitive: phrases are written in base forms."""
    forms = [word, _lemma(word)]
    if word.endswith("er") and len(word) > 5:
        forms.append(word[:-1])
    return tuple(dict.fromkeys(forms))
