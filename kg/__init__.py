"""bufdir-kg: a knowledge graph with semantic search over Norwegian steering documents.

The public verbs are :func:`kg.pipeline.build` (corpus -> graph + index) and, once
built, search through :mod:`kg.search`.
"""

from __future__ import annotations

__version__ = "0.1.0"
