"""Gold files: a malformed line stops the evaluation with the file and line named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluation.answers import load_answer_questions
from kg.evaluation.retrieval import load_questions


def test_a_malformed_answers_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "answers.jsonl"
    path.write_text('{"id": "a1", "lang": "nb", "type": "Measure", "question": "q", "gold": []}\n{"id": "a2"}\n',
                    encoding="utf-8")
    with pytest.raises(KGError, match=r"answers\.jsonl:2: not a typed-answer question"):
        load_answer_questions(path)


def test_a_broken_retrieval_line_is_named_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    good = '{"id": "q1", "lang": "en", "paraphrased": true, "question": "q", "gold": [{"doc": "d", "start": 0, "end": 4}]}'
    path.write_text(f"{good}\n\n{good[:-3]}\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"questions\.jsonl:3: not a retrieval question"):
        load_questions(path)
    path.write_text(f"{good}\n\n", encoding="utf-8")
    assert [q.gold[0].end for q in load_questions(path)] == [4]


def test_a_missing_gold_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(KGError, match=r"absent\.jsonl: cannot read the gold file"):
        load_questions(tmp_path / "absent.jsonl")
