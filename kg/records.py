"""Build records on disk: documents and passages as JSON lines, and back.

A passage is stored with its offset map (so spans map back to the source text exactly) and its section's
span; a document with its page spans.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.documents.base import Document, PageSpan
from kg.passages.base import OffsetMap, Passage, Section
from kg.passages.pages import PageRef


def passage_record(p: Passage) -> dict[str, Any]:
    """A passage as stored: the public JSON plus its offset map."""
    return {**p.as_json(), "section_span": [p.section.start, p.section.end], "offsets": p.offsets.segments}


def passage_from_record(r: dict[str, Any]) -> Passage:
    sec = r["section"]
    span = r.get("section_span", [0, 0])
    return Passage(
        id=r["id"],
        doc=r["doc_id"],
        doc_name=r["doc"],
        kind=r["kind"],
        section=Section(sec["number"], sec["title"], tuple(sec["path"]), span[0], span[1]),
        page=PageRef.from_json(r),
        start=r["start"],
        end=r["end"],
        text=r["text"],
        offsets=OffsetMap(tuple(tuple(s) for s in r["offsets"])),
    )


def document_record(d: Document) -> dict[str, Any]:
    return asdict(d)


def document_from_record(r: dict[str, Any]) -> Document:
    return Document(
        **{
            **r,
            "pages": tuple(PageSpan(**p) for p in r.get("pages", ())),
            "removed": tuple(tuple(x) for x in r.get("removed", ())),
        }
    )


def write_jsonl(path: Path, rows: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
