"""N synthetic annual reports made from the seed report, for the scale benchmark (:mod:`benchmarks.scale`).

    python -m benchmarks.synthetic OUT_FOLDER --docs 20 [--seed 1] [--share 1.0]

Each document is the seed annual report (``corpus/003_…txt``) rewritten for an invented agency: its name and
short name, the report year (2020–2025, every year in the text shifted with it), the goal and steering
parameter numbers, words of the goal texts and of the whole text swapped from a small vocabulary, amounts
scaled by a random factor (Norwegian format kept: ``1 234 567``, ``12,5``) and grant scheme names changed.
``--share`` keeps that share of the report's numbered sections (a seeded choice; the front matter, every
heading and the first lines of each goal's section always stay, so a reader finds the same outline and
goals), for documents shorter than a whole annual report. The files are plain text like the seed, with a
``metadata.csv`` naming each file's title, kind, organisation and year, so a build reads them like any
corpus. The same seed gives the same documents, byte for byte; every document differs from every other, so
the embedding cache cannot answer one document's passages from another's.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from dataclasses import dataclass
from pathlib import Path

SEED_REPORT = Path("corpus/003_94fa0a46c54e0df6.txt")
SEED_YEAR = 2024
YEARS = range(2020, 2026)

#: Invented agencies: full name, short name.
AGENCIES = (
    ("Direktoratet for kystsamfunn og fiskerikultur", "Kysdir"), ("Statens senter for ungdomsdeltakelse", "Unsent"),
    ("Direktoratet for familiestøtte og likeverd", "Fadir"), ("Nasjonalt tilsyn for oppvekstmiljø", "Optil"),
    ("Direktoratet for inkludering og språk", "Insdir"), ("Statens etat for fosterhjem og omsorg", "Fomsetat"),
    ("Direktoratet for frivillighet og fritid", "Fridir"), ("Senter for barns rettigheter i Norden", "Sebarn"),
    ("Direktoratet for livsløp og aldring", "Livdir"), ("Statens råd for likestilling i arbeidslivet", "Likråd"),
    ("Direktoratet for nærmiljø og bolig", "Nærdir"), ("Nasjonal etat for krisehjelp", "Kriset"),
)

#: Words that may be swapped for another, per occurrence, in every text of a document.
VOCABULARY = {
    "trygg": ("sikker", "stabil", "god"), "trygge": ("sikre", "stabile", "gode"), "gode": ("trygge", "bedre", "sterke"),
    "god": ("trygg", "bedre", "sterk"), "styrke": ("forbedre", "utvikle", "forsterke"),
    "bidra": ("medvirke", "hjelpe"), "kommunene": ("fylkeskommunene", "kommunene"), "familier": ("husholdninger",),
    "tjenestene": ("tilbudene", "tjenestetilbudene"), "kvalitet": ("standard", "kvalitet"), "ungdom": ("unge",),
    "arbeidet": ("innsatsen", "arbeidet"), "viktig": ("sentral", "vesentlig"), "viktige": ("sentrale", "vesentlige"),
    "tiltak": ("virkemidler", "tiltak"), "økt": ("styrket", "høyere"), "flere": ("mange", "flere"),
    "utfordringer": ("problemer", "vansker"), "kunnskap": ("innsikt", "kompetanse"), "samarbeid": ("samspill",),
    "behov": ("behovet", "etterspørsel"), "hjelp": ("støtte", "bistand"), "arbeid": ("innsats",),
    "utvikling": ("fremgang", "endring"), "blir": ("er", "blir"), "bedre": ("godt", "sterkere"),
}
#: What a grant scheme ("Tilskudd til …") may be for.
SCHEME_TOPICS = ("kystkultur", "frivillige lag", "lokale møteplasser", "digital deltakelse", "ferietilbud",
                 "foreldreveiledning", "språkopplæring", "nærmiljøtiltak", "idrettsdeltakelse", "sommerjobber")

_HEADING = re.compile(r"^ ?\d+(?:\.\d+)*\.? \S")
GOAL_LINES = 12
_GOAL_HEADING = re.compile(r"^ ?\d+(?:\.\d+)* Mål \d")
_YEAR = re.compile(r"(?<!\d)(?<!\d,)(20[0-3]\d)(?!\d|,\d)")
_GROUPED = re.compile(r"(?<!\d)(?<!\d,)\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?(?!\d|,\d)")
_DECIMAL = re.compile(r"(?<![\d, ])(\d{1,4}),(\d{1,2})(?![\d])")
_GOAL = re.compile(r"\b([Mm]ål) (\d{1,2})\b")
_PARAMETER = re.compile(r"\bS (\d{1,2})\.")
_SCHEME = re.compile(r"\b([Tt]ilskudd til) (\w+)")
_WORD = re.compile(r"\b(" + "|".join(sorted(VOCABULARY, key=len, reverse=True)) + r")\b")


@dataclass(frozen=True)
class Synthetic:
    """One generated document: its file name and what the manifest says about it."""

    file: str
    title: str
    organisation: str
    short: str
    year: int


def _scale_grouped(match: re.Match[str], factor: float) -> str:
    text = match.group(0)
    sep = "\u00a0" if "\u00a0" in text else " "
    whole, _, decimals = text.partition(",")
    value = int(re.sub(r"\D", "", whole)) * factor
    out = f"{round(value):,}".replace(",", sep)
    return f"{out},{decimals}" if decimals else out


def _scale_decimal(match: re.Match[str], factor: float) -> str:
    places = len(match.group(2))
    value = float(f"{match.group(1)}.{match.group(2)}") * factor
    return f"{value:.{places}f}".replace(".", ",")


def _sections(text: str, share: float, rng: random.Random) -> str:
    """The front matter, every heading and a seeded ``share`` of the text's numbered sections, in order."""
    if share >= 1.0:
        return text
    blocks: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if _HEADING.match(line) and blocks[-1]:
            blocks.append([])
        blocks[-1].append(line)
    kept = [blocks[0]]
    for block in blocks[1:]:
        if rng.random() < share:
            kept.append(block)
        elif _GOAL_HEADING.match(block[0]):  # every report states its goals: their headings and first lines stay
            kept.append(block[:GOAL_LINES])
        else:  # every heading stays, so the numbering a reader follows ("3.2" before "3.2.1") is whole
            kept.append(block[:1])
    return "".join(line for block in kept for line in block)


def rewrite(seed: str, organisation: str, short: str, year: int, rng: random.Random, share: float = 1.0) -> str:
    """The seed report's text as ``organisation`` (``short``) would print it for ``year``.

    Every random choice comes from ``rng``, so a seeded generator gives the same text.
    """
    text = _sections(seed, share, rng)
    shift = year - SEED_YEAR
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    factor = rng.uniform(0.55, 1.8)
    text = _GROUPED.sub(lambda m: _scale_grouped(m, factor * rng.uniform(0.9, 1.1)), text)
    text = _DECIMAL.sub(lambda m: _scale_decimal(m, factor * rng.uniform(0.9, 1.1)), text)
    goals = list(range(1, 21))
    rng.shuffle(goals)
    text = _GOAL.sub(lambda m: f"{m.group(1)} {goals[(int(m.group(2)) - 1) % len(goals)]}", text)
    offset = rng.randint(0, 30)
    text = _PARAMETER.sub(lambda m: f"S {int(m.group(1)) + offset}.", text)
    text = _SCHEME.sub(lambda m: f"{m.group(1)} {rng.choice(SCHEME_TOPICS)}" if rng.random() < 0.6
                       else m.group(0), text)
    # One agency words its goals one way throughout: each vocabulary word is swapped everywhere or nowhere.
    words = {w: rng.choice(alternatives) if rng.random() < 0.6 else w for w, alternatives in VOCABULARY.items()}
    text = _WORD.sub(lambda m: words[m.group(1)], text)
    for old, new in (("Barne-, ungdoms- og familiedirektoratet", organisation), ("Bufdirs", f"{short}s"),
                     ("Bufdir", short), ("Bufetats", f"{short}-etatens"), ("Bufetat", f"{short}-etaten")):
        text = text.replace(old, new)
    return text


def plan(count: int, seed: int = 1) -> list[Synthetic]:
    """Which agency and year each of ``count`` documents is for (the same for the same seed)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        organisation, short = AGENCIES[i % len(AGENCIES)]
        year = rng.choice(YEARS)
        out.append(Synthetic(f"{i:05d}_{short.lower()}_{year}.txt", f"Årsrapport {year} {short}",
                             organisation, short, year))
    return out


def generate(out: Path, count: int, seed: int = 1, share: float = 1.0, start: int = 0,
             source: Path = SEED_REPORT) -> list[Path]:
    """Write documents ``start .. count-1`` of the seeded set into ``out`` with their ``metadata.csv`` rows.

    A document's text depends only on ``seed`` and its position, so the first M of N documents are the
    M documents of a set of M, and one more can be made later with ``start=N, count=N+1``.
    """
    seed_text = source.read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, doc in enumerate(plan(count, seed)):
        if i < start:
            continue
        rng = random.Random(f"{seed}:{i}")
        path = out / doc.file
        path.write_text(rewrite(seed_text, doc.organisation, doc.short, doc.year, rng, share), encoding="utf-8")
        written.append(path)
    write_manifest(out, [d for d in plan(count, seed) if (out / d.file).exists()])
    return written


def write_manifest(out: Path, documents: list[Synthetic]) -> None:
    """``metadata.csv`` for ``documents``: title, kind (årsrapport), organisation and year of each file."""
    with (out / "metadata.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "title", "kind", "organisation", "year"])
        for d in documents:
            writer.writerow([d.file, d.title, "årsrapport", d.organisation, d.year])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--share", type=float, default=1.0, help="share of the seed report's sections kept")
    args = parser.parse_args()
    for path in generate(args.out, args.docs, args.seed, args.share):
        print(path)


if __name__ == "__main__":
    main()
