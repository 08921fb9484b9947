"""Read one file of every supported type with the installed package's readers (run by smoke_install.sh).

Run with ``python -I`` from outside the checkout: ``kg`` must come from site-packages.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(folder: Path) -> int:
    import kg
    from kg.documents import SUFFIXES, read_document
    from kg.passages import segment

    if "site-packages" not in (kg.__file__ or ""):
        print(f"smoke: kg imported from {kg.__file__}, not from the installed package", file=sys.stderr)
        return 1
    files = sorted(p for p in folder.iterdir() if p.is_file())
    covered = {p.suffix.lower() for p in files}
    # .htm is read by the same reader as .html
    missing = {s for s in SUFFIXES if s != ".htm"} - covered
    passed = failed = 0
    for path in files:
        try:
            doc = read_document(path)
            passages = segment(doc).passages
            if not doc.text.strip() or not passages:
                raise ValueError("no text read")
        except Exception as exc:  # report every file, then fail
            failed += 1
            print(f"smoke: FAIL {path.name}: {type(exc).__name__}: {exc}")
        else:
            passed += 1
            print(f"smoke: ok   {path.name}: {doc.media_type}, {len(doc.text)} characters, {len(passages)} passages")
    if missing:
        failed += len(missing)
        print(f"smoke: FAIL no sample file for {', '.join(sorted(missing))} in {folder}")
    print(f"smoke: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
