"""Norwegian analysis: compounds meet their parts, inflections meet their lemma, stop words vanish."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from index.lexical.analyzer import KNOWN_TERMS, analyse, split_compound, word_terms, words


def test_compound_is_split_into_known_parts_without_linking_s() -> None:
    assert split_compound("fosterhjemsmangel") == ("fosterhjem", "mangel")
    assert split_compound("følgeevaluering") == ("følge", "evaluering")


def test_question_wording_meets_the_compound_in_the_text() -> None:
    question = set(analyse("Hvilke tiltak skal motvirke mangelen på fosterhjem?"))
    text = set(analyse("Fosterhjemsmangelen er stor i hele landet."))
    assert {"mangel", "fosterhjem"} <= question & text


def test_stop_words_and_question_words_give_no_terms() -> None:
    assert analyse("hvilke er det som på og i") == []


def test_known_words_are_not_split() -> None:
    assert split_compound("barnevern") == () or "barnevern" in analyse("barnevern")
    assert analyse("kommunene") == analyse("kommune")


def test_nouns_of_steering_documents_are_not_stop_words() -> None:
    # spaCy's news-based list stops "mål" (a score); in a steering document it is a goal
    assert all(analyse(word) for word in ("mål", "kroner", "leder"))
    assert set(analyse("virksomhetens mål")) & set(analyse("Mål 3"))
    assert not set(analyse("hvilke er det som har vært"))


def test_words_analysed_in_many_threads_at_once_get_the_terms_they_get_alone() -> None:
    # A server analyses questions in many request threads; a word's terms are cached for the process, so a
    # term mangled by two threads sharing one stemmer would stay wrong (or the request fails outright).
    report = (Path(__file__).resolve().parents[2] / "corpus" / "003_94fa0a46c54e0df6.txt").read_text("utf-8")
    vocabulary = list(dict.fromkeys(w for _, _, w in words(report)))[:4000]
    KNOWN_TERMS.clear()
    found: dict[str, tuple[str, ...]] = {}
    failures: list[BaseException] = []

    def analyse_all(offset: int) -> None:
        for word in vocabulary[offset:] + vocabulary[:offset]:
            try:
                found[word] = word_terms(word)
            except Exception as exc:  # collected: the assertion below names it
                failures.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=analyse_all, args=(i * 500,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    KNOWN_TERMS.clear()
    alone = {w: word_terms(w) for w in vocabulary}
    assert {w: t for w, t in found.items() if t != alone[w]} == {}
    assert failures == []
