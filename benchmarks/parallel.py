"""Time the per-document stage (read, segment, describe, mentions) serially and on N worker processes.

    python -m benchmarks.parallel tests/data/collection3 tests/data/collection tests/data/collection2 \\
        [--workers 2] [--repeat 2] [--ray]

The folders' files are copied into one corpus. Each executor reads the whole corpus ``--repeat`` times in a
fresh pool (worker start-up and model loading included, as in ``kg build``); the first run (cold: the
language pipeline built, for processes the fork server started, as in one ``kg build``) and the best run
are printed, and the results are checked equal to the serial ones. The load average is printed before and after: on a
shared machine it says how much of the cores the measurement had.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from kg.executors import create
from kg.pipeline import read_documents


def _corpus(folders: list[Path]) -> Path:
    corpus = Path(tempfile.mkdtemp(prefix="kg-parallel-"))
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                shutil.copy(path, corpus / path.name)
    return corpus


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--ray", action="store_true", help="also time Ray started locally")
    args = parser.parse_args()
    corpus = _corpus(args.folders)
    runs = [("serial", None), ("processes", args.workers)] + ([("ray", args.workers)] if args.ray else [])
    reference = None
    print(f"documents: {len(list(corpus.iterdir()))}, cores: {os.cpu_count()}, load before: {_load()}")
    for name, workers in runs:
        seconds = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            with create(name, workers) as executor:
                results = list(read_documents(corpus, executor))
            seconds.append(time.perf_counter() - t)
        reference = reference or results
        same = "same as serial" if results == reference else "DIFFERENT from serial"
        print(f"{name:10s} workers={workers or 1}: first {seconds[0]:6.2f} s, best {min(seconds):6.2f} s "
              f"of {args.repeat}, {same}; load {_load()}")
    shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
