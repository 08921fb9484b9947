"""English questions reach the Norwegian lexical index through the glossary."""

from __future__ import annotations

from index.lexical.bm25 import BM25Index
from index.lexical.glossary import is_english, norwegian_terms


def test_english_phrases_get_their_norwegian_terms_longest_first() -> None:
    terms = norwegian_terms("Which measures address foster-home shortage?").split()
    assert {"tiltak", "fosterhjem", "mangel"} <= set(terms)
    assert "barnevern" in norwegian_terms("Who evaluates the child welfare reform?").split()


def test_norwegian_questions_are_left_alone() -> None:
    assert not is_english("Hvilke tiltak skal motvirke mangelen på fosterhjem?")
    assert norwegian_terms("Hvem evaluerer barnevernsreformen for barn?") == ""
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
