"""Search index: embeddings (``index.embeddings``), vectors (``index.vectors``), lexical (``index.lexical``).

One folder per concept, ``base.py`` in each is the contract and one file per
backend; :class:`index.store.SearchIndex` ties them together for one build.
"""
