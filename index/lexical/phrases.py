"""Phrase tables: word sequences a question may use -> the terms the documents use for them.

Two tables share this machinery: English -> Norwegian (:mod:`index.lexical.glossary`) and
everyday Norwegian -> administrative Norwegian (:mod:`index.lexical.paraphrases`). A table
file has one ``phrase<TAB>terms`` line an entry; each table says how a phrase becomes
the words it is matched by (canonical English words, Norwegian lemmas) and which other
forms a question's word may take (an English plural's singular, a Norwegian word's lemma).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import resources
from itertools import product

from kg.errors import SearchIndexError

KeyWords = Callable[[str], tuple[str, ...]]


def packaged_lines(name: str) -> list[str]:
    """Lines of a table file shipped in this package, found as an installed package finds it."""
    return resources.files("index.lexical").joinpath(name).read_text(encoding="utf-8").splitlines()


def parse_table(lines: Iterable[str], source: str, key_words: KeyWords, columns: str) -> dict[str, str]:
    """Phrase -> terms from ``phrase<TAB>terms`` lines (``#`` starts a comment line).

    ``columns`` names the two columns in error messages (``"english<TAB>norwegian terms"``).
    Raises :class:`SearchIndexError` naming the line for a line without both columns and for
    a phrase whose matched words repeat an earlier one (``follow-up`` = ``follow up``).
    """
    entries: dict[str, str] = {}
    seen: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(lines, 1):
        text = line.rstrip("\r\n")
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        phrase, tab, rest = text.partition("\t")
        phrase, terms = phrase.strip(), " ".join(rest.split())
        key = key_words(phrase)
        if not tab or not key or not terms:
            raise SearchIndexError(f"{source}:{number}: expected '{columns}', got {text!r}")
        if key in seen:
            raise SearchIndexError(f"{source}:{number}: {phrase!r} repeats the key of line {seen[key]}")
        seen[key] = number
        entries[phrase] = terms
    return entries


class PhraseTable:
    """Longest-match lookup of a question's words in a table of phrases."""

    def __init__(self, entries: dict[str, str], key_words: KeyWords) -> None:
        self.index: dict[tuple[str, ...], str] = {key_words(k): v for k, v in entries.items()}
        self.longest = max(map(len, self.index), default=0)
        self._starts = frozenset((key[0], len(key)) for key in self.index)  # skips windows no key can fill

    def terms(self, forms: list[tuple[str, ...]]) -> str:
        """The terms of the phrases found in a question, in question order.

        ``forms[i]`` are the forms word ``i`` may be matched as, the word as asked first.
        Longest phrases are matched first and their words are not matched again; each
        occurrence adds its terms.
        """
        taken = [False] * len(forms)
        found: list[tuple[int, str]] = []
        for size in range(min(self.longest, len(forms)), 0, -1):
            for start in range(len(forms) - size + 1):
                if any(taken[start:start + size]) or not any((f, size) in self._starts for f in forms[start]):
                    continue
                value = next((self.index[k] for k in product(*forms[start:start + size]) if k in self.index), None)
                if value is not None:
                    found.append((start, value))
                    taken[start:start + size] = [True] * size
        return " ".join(value for _, value in sorted(found))
