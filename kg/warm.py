"""Imported by a process pool's fork server before it forks the workers (:mod:`kg.executors.processes`).

Importing this module loads what every document needs and no document changes: the per-document code, the
Norwegian lemma dictionary (about a second to decode) and spaCy's language registry. Workers forked after
it share them instead of each loading them for its first document. Nothing here depends on a document, so
results stay the same with or without it.
"""

from __future__ import annotations

import simplemma

import kg.perdocument  # noqa: F401 - the per-document code, imported once for every worker
from kg.mentions.language import pipeline

simplemma.lemmatize("barna", lang="nb")
pipeline()
