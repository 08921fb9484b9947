"""`kg eval` offers a section for every gold set the evaluation modules define, and refuses unknown ones."""

from __future__ import annotations

from typer.testing import CliRunner

from kg.cli import app
from kg.cli.eval import SECTIONS
from kg.evaluation.gold import ANSWER_SETS, COLLECTION_SETS, EXTRACTION_SETS, QUESTION_SETS


def test_every_gold_set_has_an_eval_section() -> None:
    assert set(EXTRACTION_SETS) | set(QUESTION_SETS) | set(ANSWER_SETS) | set(COLLECTION_SETS) == set(SECTIONS)
    assert all(docs.is_dir() and gold.is_dir() for docs, gold, _ in COLLECTION_SETS.values())
    assert all(path.exists() for path, _ in EXTRACTION_SETS.values())


def test_an_unknown_section_is_named_in_a_one_line_error() -> None:
    result = CliRunner().invoke(app, ["eval", "--only", "nonsense"])
    assert result.exit_code == 1 and "unknown section 'nonsense'" in result.output
