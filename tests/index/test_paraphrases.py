"""Everyday Norwegian questions reach the documents' administrative words through the paraphrase table."""

from __future__ import annotations

import pytest

from index.lexical.bm25 import BM25Index
from index.lexical.paraphrases import (
    PARAPHRASES,
    administrative_terms,
    key_words,
    load_paraphrases,
    parse_paraphrases,
)
from index.lexical.phrases import PhraseTable
from kg.errors import SearchIndexError

# Words that carry no meaning of their own: none may be a phrase by itself.
FUNCTION_WORDS = {"og", "i", "på", "til", "for", "av", "med", "om", "som", "er", "at", "det", "den", "de", "en",
                  "et", "ei", "hva", "hvem", "hvilke", "hvordan", "hvorfor", "ikke", "har", "skal", "kan", "blir"}


def test_phrases_match_on_lemmas_longest_first_and_skip_reflexives() -> None:
    entries = parse_paraphrases(["fosterfamilie\tfosterhjem", "ta med barn ut av land\tbarnebortføring",
                                 "barn\tbarn mindreårig", "granske\tgranskning tilsyn"], "test.tsv")
    table = PhraseTable(entries, key_words)
    assert administrative_terms("Hvordan finner staten flere fosterfamilier?", table) == "fosterhjem"
    # inflected words meet the base-form phrase, "seg" is skipped, and the longer phrase wins over "barn"
    assert administrative_terms("når en forelder tar med seg barnet ut av landet", table) == "barnebortføring"
    assert administrative_terms("barna venter", table) == "barn mindreårig"
    # a present-tense verb the lexicon reads as a noun still meets its infinitive
    assert administrative_terms("Hvem gransker institusjonene?", table) == "granskning tilsyn"


def test_a_malformed_line_or_a_repeated_phrase_is_named() -> None:
    with pytest.raises(SearchIndexError, match=r"x\.tsv:2: expected"):
        parse_paraphrases(["fosterfamilie\tfosterhjem", "no tab here"], "x.tsv")
    with pytest.raises(SearchIndexError, match=r"x\.tsv:2: 'fosterfamiliene' repeats the key of line 1"):
        parse_paraphrases(["fosterfamilie\tfosterhjem", "fosterfamiliene\tfosterhjem"], "x.tsv")


def test_english_questions_take_the_glossary_not_the_paraphrases() -> None:
    assert administrative_terms("Which measures address foster-home shortage?") == ""
    assert administrative_terms("Hvordan finner staten flere fosterfamilier?")


def test_the_shipped_table_loads_with_general_phrases() -> None:
    assert load_paraphrases() == PARAPHRASES  # found through importlib.resources, as an installed package finds it
    assert len(PARAPHRASES) >= 500
    assert not [k for k in PARAPHRASES if key_words(k) and set(key_words(k)) <= FUNCTION_WORDS]
    assert all(not any(ch.isdigit() for ch in k) for k in PARAPHRASES)


def test_an_everyday_question_finds_the_administrative_passage_lexically() -> None:
    texts = [
        "Bufetat har styrket rekrutteringen av fosterhjem gjennom lokale kampanjer.",
        "Familievernet tilbyr mekling etter samlivsbrudd.",
        "Statsforvalteren fører tilsyn med barnevernsinstitusjonene.",
    ]
    index = BM25Index.build(texts)
    question = "Hva gjør staten for å skaffe flere fosterfamilier?"
    assert "fosterhjem" in administrative_terms(question).split()
    scores = index.scores(question)
    assert int(scores.argmax()) == 0 and scores[0] > 0
