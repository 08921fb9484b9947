"""Quality gates: extraction against a hand-annotated gold set (and, later, retrieval)."""
