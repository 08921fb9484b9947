"""English questions reach the Norwegian lexical index through the glossary."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from index.lexical.analyzer import analyse
from index.lexical.bm25 import BM25Index
from index.lexical.glossary import (
    DATA_FILE,
    ENGLISH_MARKERS,
    GLOSSARY,
    canonical_words,
    is_english,
    load_glossary,
    norwegian_terms,
    parse_glossary,
    singular,
)
from kg.errors import SearchIndexError

ROOT = Path(__file__).resolve().parents[2]
# English words that carry no meaning of their own: none may be a key by itself.
FUNCTION_WORDS = ENGLISH_MARKERS | {"a", "an", "to", "for", "by", "at", "from", "or", "is", "be", "it", "its",
                                    "they", "them", "we", "our", "you", "he", "she", "not", "as", "if", "than"}


def test_english_phrases_get_their_norwegian_terms_longest_first() -> None:
    terms = norwegian_terms("Which measures address foster-home shortage?").split()
    assert {"tiltak", "fosterhjem", "mangel"} <= set(terms)
    assert "barnevern" in norwegian_terms("Who evaluates the child welfare reform?").split()


def test_norwegian_questions_are_left_alone() -> None:
    assert not is_english("Hvilke tiltak skal motvirke mangelen på fosterhjem?")
    assert norwegian_terms("Hvem evaluerer barnevernsreformen for barn?") == ""
    assert norwegian_terms("Hvor stort var merforbruket i årsregnskapet for familievernet?") == ""
    assert is_english("What happened during foster care week?")


def test_an_english_question_finds_the_norwegian_passage_lexically() -> None:
    texts = [
        "Bufetat rekrutterer fosterhjem gjennom nasjonale kampanjer, fordi mangelen på fosterhjem er stor.",
        "Familievernet tilbyr mekling etter samlivsbrudd.",
        "Tilskudd til inkludering av barn og unge ble fordelt til kommunene.",
    ]
    index = BM25Index.build(texts)
    scores = index.scores("Which campaigns address the shortage of foster homes?")
    assert int(scores.argmax()) == 0 and scores[0] > 0
    assert int(index.scores("How large were the grants for including children?").argmax()) == 2
    assert int(index.scores("Does the family counseling service offer mediation after divorce?").argmax()) == 1


def test_the_shipped_glossary_loads_with_unique_keys_and_usable_values() -> None:
    assert load_glossary() == GLOSSARY  # found through importlib.resources, as an installed package finds it
    assert len(GLOSSARY) >= 800
    assert len({canonical_words(k) for k in GLOSSARY}) == len(GLOSSARY)
    for english, norwegian in GLOSSARY.items():
        assert english == english.strip().lower(), english
        # Every entry must reach the index: a value of Norwegian stop words alone would add nothing.
        assert analyse(norwegian), f"{english!r} -> {norwegian!r} gives no index terms"


def test_the_glossary_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert DATA_FILE in config["tool"]["setuptools"]["package-data"]["index.lexical"]
    assert (ROOT / "index" / "lexical" / DATA_FILE).is_file()


def test_no_key_is_an_english_function_word() -> None:
    singles = {k for k in GLOSSARY if len(canonical_words(k)) == 1}
    assert not singles & FUNCTION_WORDS


def test_the_parser_names_malformed_and_repeated_lines() -> None:
    lines = ["# heading", "", "follow-up\toppfølging", "care order\tomsorgsovertakelse   "]
    assert parse_glossary(lines) == {"follow-up": "oppfølging", "care order": "omsorgsovertakelse"}
    with pytest.raises(SearchIndexError, match=r":5: 'follow up' repeats the key of line 3"):
        parse_glossary([*lines, "follow up\tfølge opp"])  # the same key once hyphens are spaces
    with pytest.raises(SearchIndexError, match=":1: expected"):
        parse_glossary(["goal\t  "])
    with pytest.raises(SearchIndexError, match=":1: expected"):
        parse_glossary(["goal mål"])


def test_a_phrase_beats_the_words_inside_it() -> None:
    terms = norwegian_terms("Which child welfare services have a care order backlog?").split()
    assert {"barnevernstjeneste", "omsorgsovertakelse"} <= set(terms)
    assert not {"barn", "tjeneste", "omsorg"} & set(terms)  # child, services and care alone are keys too
    assert "barn" in norwegian_terms("How many children were in care?").split()


def test_plural_words_are_also_tried_in_the_singular() -> None:
    assert singular("families") == "family"
    assert singular("services") == "service"
    assert singular("policies") == "policy"
    assert singular("processes") == "process"
    assert singular("churches") == "church"
    assert singular("analyses") == "analysis"
    assert singular("cases") == "case"
    for word in ("process", "status", "analysis", "has", "its"):
        assert singular(word) is None
    assert "politikk" in norwegian_terms("Which policies support families?").split()
    assert "fosterforeldre" in norwegian_terms("How are foster parents recruited?").split()  # a phrase's plural
    # A plural that is a key of its own keeps its own meaning.
    assert "mindreårige" in norwegian_terms("How many minors arrived?").split()


def test_spelling_and_possessives_do_not_matter() -> None:
    assert canonical_words("Foster-Home's organization behavior counseling center, parents' analyze") == (
        "foster", "home", "organisation", "behaviour", "counselling", "centre", "parents", "analyse")
    american = norwegian_terms("What did the family counseling center's organization prioritize?")
    british = norwegian_terms("What did the family counselling centre's organisation prioritise?")
    assert american == british and "familievernkontor" in american.split()


def test_an_english_question_gets_the_administrative_terms_in_question_order() -> None:
    terms = norwegian_terms("How did sick leave and overspending develop in the annual accounts?").split()
    assert {"sykefravær", "merforbruk", "årsregnskap"} <= set(terms)
    assert terms.index("sykefravær") < terms.index("merforbruk") < terms.index("årsregnskap")
    terms = norwegian_terms("What did the performance audit by the national audit office say about internal control?")
    assert terms.split() == ["forvaltningsrevisjon", "riksrevisjonen", "internkontroll"]
