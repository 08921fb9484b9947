"""Frames and drawn tables are layout: their bars read as spaces and their rules as hyphens, every offset kept;
a bar in running text or a running head stays as printed. The texts are invented."""

from __future__ import annotations

from kg.passages.frames import unframed

BOX = """──────────────────────────────────────────
| Mål 1   Flere barn deltar i idrett,     |
|         uavhengig av økonomi            |
──────────────────────────────────────────
|   a) Andel barn som deltar (mål: 70 %)  |
──────────────────────────────────────────"""

TABLE = """Nr.      | Oppdrag                        | Frist
─────────┼────────────────────────────────┼──────
2026-01  | Direktoratet skal utarbeide en | 1.4.2026
         | plan for aktivitetsmidler.     |"""

HEAD = """Årsrapport 2024 | Direktoratet for havner

Teksten fortsetter her."""


def test_a_boxed_goal_reads_as_indented_lines_between_ruled_lines() -> None:
    out = unframed(BOX)
    assert len(out) == len(BOX)
    lines = out.split("\n")
    assert lines[0] == "-" * 42
    assert lines[1].startswith("  Mål 1   Flere barn deltar i idrett,") and "|" not in lines[1]
    assert lines[4].strip() == "a) Andel barn som deltar (mål: 70 %)"


def test_a_drawn_tables_bars_and_crossings_become_columns_and_a_ruled_line() -> None:
    out = unframed(TABLE).split("\n")
    assert "|" not in "".join(out)
    assert set(out[1]) == {"-"}
    assert out[2].split() == ["2026-01", "Direktoratet", "skal", "utarbeide", "en", "1.4.2026"]


def test_a_single_bar_in_a_running_head_stays() -> None:
    assert unframed(HEAD) == HEAD
